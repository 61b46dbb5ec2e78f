//! Go's `inf.Dec` as `resource.Quantity` uses it: a signed unscaled integer and an `int32` scale,
//! value = unscaled × 10^-scale.
//!
//! The unscaled integer is kept as `coef × 10^pad` so that the trailing zeros of huge values stay
//! virtual: parsing `1e-20000000` or thirty digits followed by `E2147483647` costs microseconds,
//! where Go's `ParseQuantity` never returns. Every Go operation on the unscaled integer that this
//! crate emulates (its low 64 bits, rounding, comparisons, canonical digits) works on that form
//! without writing the zeros out, except adding values whose scales differ by more than
//! [`MAX_DIGITS`] digits.

use core::cmp::Ordering;
use core::fmt;

use super::bigint::{pow10_u128, pow10_wrapping, to_i64, wrap_i32, wrap_i64, BigUint};
use super::digits::digit_run;

/// The most decimal digits an operation writes out (`Quantity::MAX_WRITTEN_DIGITS`). Beyond
/// it, arithmetic saturates (see `Quantity::checked_add`) and formatting falls back as
/// documented on `Quantity`.
pub(crate) const MAX_DIGITS: u64 = 100_000;

/// An `inf.Dec`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Dec {
    neg: bool,
    coef: BigUint,
    pad: u64,
    /// `inf.Scale`: digits after the decimal point (value = unscaled × 10^-scale).
    pub(crate) scale: i32,
}

/// A canonical decimal form over borrowed digits: `coef` without its lowest `drop` digits
/// (zeros), then `zeros` more zeros (at most two), times 10^`exponent`.
pub(crate) struct CanonicalDigits<'a> {
    pub(crate) neg: bool,
    coef: &'a BigUint,
    drop: u64,
    zeros: u64,
    pub(crate) exponent: i32,
}

impl CanonicalDigits<'_> {
    /// Writes the digits, without the sign.
    pub(crate) fn write_digits<W: fmt::Write>(&self, w: &mut W) -> fmt::Result {
        self.coef.write_decimal_dropping(w, self.drop)?;
        for _ in 0..self.zeros {
            w.write_char('0')?;
        }
        Ok(())
    }
}

/// An operation would have to write out more than [`MAX_DIGITS`] digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TooLarge;

impl Dec {
    /// `inf.NewDec(v, scale)`.
    pub(crate) fn from_i64(v: i64, scale: i32) -> Dec {
        Dec {
            neg: v < 0,
            coef: BigUint::from_u64(v.unsigned_abs()),
            pad: 0,
            scale,
        }
    }

    pub(crate) fn from_parts(neg: bool, coef: BigUint, pad: u64, scale: i32) -> Dec {
        let mut d = Dec {
            neg,
            coef,
            pad,
            scale,
        };
        d.fix_zero();
        d
    }

    fn fix_zero(&mut self) {
        if self.coef.is_zero() {
            self.neg = false;
            self.pad = 0;
        }
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.coef.is_zero()
    }

    pub(crate) fn is_neg(&self) -> bool {
        self.neg
    }

    pub(crate) fn sign(&self) -> i32 {
        if self.is_zero() {
            0
        } else if self.neg {
            -1
        } else {
            1
        }
    }

    pub(crate) fn neg(&mut self) {
        if !self.is_zero() {
            self.neg = !self.neg;
        }
    }

    /// `inf.Dec.SetString`: an optional sign, digits with at most one `.`, at least one digit.
    pub(crate) fn parse(s: &[u8]) -> Option<Dec> {
        let (neg, body) = match s {
            [b'-', rest @ ..] => (true, rest),
            [b'+', rest @ ..] => (false, rest),
            _ => (false, s),
        };
        let (int, rest) = body.split_at(digit_run(body));
        let frac = match rest {
            [] => rest,
            [b'.', frac @ ..] if digit_run(frac) == frac.len() => frac,
            _ => return None,
        };
        if int.len() + frac.len() == 0 {
            return None;
        }
        let coef = BigUint::from_digits(int, frac);
        Some(Dec::from_parts(
            neg,
            coef,
            0,
            i32::try_from(frac.len()).unwrap_or(i32::MAX),
        ))
    }

    /// Multiplies the unscaled value by 2^bits.
    pub(crate) fn shl(&mut self, bits: u32) {
        self.coef.shl(bits);
    }

    /// The exact unscaled magnitude, if it has at most [`MAX_DIGITS`] digits.
    fn magnitude(&self) -> Result<BigUint, TooLarge> {
        if self.pad > MAX_DIGITS {
            return Err(TooLarge);
        }
        let mut m = self.coef.clone();
        m.mul_pow10(self.pad);
        Ok(m)
    }

    /// Go's `big.Int.Int64()` of the unscaled value: its low 64 bits, negated when negative.
    pub(crate) fn unscaled_i64(&self) -> i64 {
        let low = wrap_i64(self.coef.low_u64().wrapping_mul(pow10_wrapping(self.pad)));
        if self.neg {
            low.wrapping_neg()
        } else {
            low
        }
    }

    /// The unscaled magnitude when it fits 128 bits.
    fn small_magnitude(&self) -> Option<u128> {
        if self.coef.decimal_len() + self.pad > 38 {
            return None;
        }
        self.magnitude().ok()?.to_u128()
    }

    /// Whether the unscaled value fits an `int64` (`big.Int.IsInt64`).
    pub(crate) fn unscaled_is_i64(&self) -> bool {
        match self.small_magnitude() {
            Some(v) if self.neg => v <= 1 << 63,
            Some(v) => v < 1 << 63,
            None => false,
        }
    }

    /// Go's `unscaled.Cmp(maxInt64) < 0`: every negative value passes.
    pub(crate) fn unscaled_below_max_i64(&self) -> bool {
        self.neg || self.small_magnitude().is_some_and(|v| v < i64::MAX as u128)
    }

    /// The unscaled value as the nearest `f64` (Go's `big.Float.SetInt(…).Float64()`).
    pub(crate) fn unscaled_f64(&self) -> f64 {
        if self.is_zero() {
            return 0.0;
        }
        let magnitude = if self.coef.decimal_len() + self.pad > 400 {
            f64::INFINITY
        } else {
            self.magnitude().map_or(f64::INFINITY, |m| m.to_f64())
        };
        if self.neg {
            -magnitude
        } else {
            magnitude
        }
    }

    /// The exponent e with 10^(e-1) <= |value| < 10^e.
    fn magnitude_exponent(&self) -> i64 {
        to_i64(self.coef.decimal_len()) + to_i64(self.pad) - i64::from(self.scale)
    }

    /// Exact comparison of |self| and |other|.
    fn cmp_abs(&self, other: &Dec) -> Ordering {
        match (self.is_zero(), other.is_zero()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        let by_exponent = self.magnitude_exponent().cmp(&other.magnitude_exponent());
        if by_exponent != Ordering::Equal {
            return by_exponent;
        }
        // Same magnitude: align the coefficients; their offset is below their digit counts.
        let a_off = to_i64(self.pad) - i64::from(self.scale);
        let b_off = to_i64(other.pad) - i64::from(other.scale);
        let shift = a_off.abs_diff(b_off);
        if let (Some(a), Some(b)) = (self.coef.to_u128(), other.coef.to_u128()) {
            let p = pow10_u128(u32::try_from(shift).unwrap_or(u32::MAX));
            let aligned = if a_off > b_off {
                a.checked_mul(p).map(|a| (a, b))
            } else {
                b.checked_mul(p).map(|b| (a, b))
            };
            if let Some((a, b)) = aligned {
                return a.cmp(&b);
            }
        }
        if a_off > b_off {
            self.coef.cmp_shifted(shift, &other.coef)
        } else {
            other.coef.cmp_shifted(shift, &self.coef).reverse()
        }
    }

    /// ±magnitude and a decimal exponent (value = ±magnitude × 10^exponent) when the digits
    /// fit 128 bits (the padding goes into the exponent).
    pub(crate) fn small_parts(&self) -> Option<(bool, u128, i32)> {
        let c = self.coef.to_u128()?;
        let exponent = i32::try_from(to_i64(self.pad) - i64::from(self.scale)).ok()?;
        Some((self.neg, c, exponent))
    }

    /// Exact comparison with an integer, without building a second decimal when both fit 128
    /// bits after alignment.
    pub(crate) fn cmp_i64(&self, v: i64) -> Ordering {
        if let (Some(c), true) = (
            self.coef.to_u128(),
            self.pad <= 38 && (0..=38).contains(&self.scale),
        ) {
            let lhs = c.checked_mul(pow10_u128(u32::try_from(self.pad).unwrap_or(u32::MAX)));
            let rhs =
                u128::from(v.unsigned_abs()).checked_mul(pow10_u128(self.scale.unsigned_abs()));
            let signed =
                |m: u128, neg: bool| i128::try_from(m).ok().map(|m| if neg { -m } else { m });
            if let (Some(l), Some(r)) = (
                lhs.and_then(|l| signed(l, self.neg)),
                rhs.and_then(|r| signed(r, v < 0)),
            ) {
                return l.cmp(&r);
            }
        }
        self.cmp(&Dec::from_i64(v, 0))
    }

    /// The value as a whole number at scale 0, when it is one (upstream's exact `AsScale(0)`).
    pub(crate) fn integer_part(&self) -> Option<Dec> {
        if self.scale <= 0 || self.is_zero() {
            let mut r = self.clone();
            r.round_up(0);
            return Some(r);
        }
        let scale = u64::from(self.scale.unsigned_abs());
        if self.pad >= scale {
            return Some(Dec::from_parts(
                self.neg,
                self.coef.clone(),
                self.pad - scale,
                0,
            ));
        }
        let k = scale - self.pad;
        let mut q = self.coef.clone();
        if k > q.decimal_len() || q.div_pow10(k) {
            return None;
        }
        Some(Dec::from_parts(self.neg, q, 0, 0))
    }

    /// `inf.Dec.Cmp`: exact.
    pub(crate) fn cmp(&self, other: &Dec) -> Ordering {
        match (self.sign(), other.sign()) {
            (a, b) if a != b => a.cmp(&b),
            (0, _) => Ordering::Equal,
            (1, _) => self.cmp_abs(other),
            _ => other.cmp_abs(self),
        }
    }

    /// `inf.Dec.Round(x, s, inf.RoundUp)`: to `s` digits after the point, away from zero. The scale
    /// difference is computed in `int32`, wrapping, as upstream computes it.
    pub(crate) fn round_up(&mut self, s: i32) {
        let shift = s.wrapping_sub(self.scale);
        self.scale = s;
        if self.is_zero() || shift == 0 {
            return;
        }
        if shift > 0 {
            self.pad += u64::from(shift.unsigned_abs());
            return;
        }
        let k = u64::from(shift.unsigned_abs());
        if self.pad >= k {
            self.pad -= k;
            return;
        }
        let k = k - self.pad;
        self.pad = 0;
        let inexact = if k > self.coef.decimal_len() {
            self.coef = BigUint::zero();
            true
        } else {
            self.coef.div_pow10(k)
        };
        if inexact {
            self.coef.increment();
        }
    }

    /// The pads of `self` and `other` aligned to their larger scale, as inf aligns them.
    fn aligned_pads(&self, other: &Dec) -> (i32, u64, u64) {
        let scale = self.scale.max(other.scale);
        let a_pad = self.pad + u64::from(scale.abs_diff(self.scale));
        let b_pad = other.pad + u64::from(scale.abs_diff(other.scale));
        (scale, a_pad, b_pad)
    }

    /// Whether [`Dec::add`] aligns the operands within [`MAX_DIGITS`] written-out digits.
    pub(crate) fn add_fits(&self, other: &Dec) -> bool {
        let (_, a_pad, b_pad) = self.aligned_pads(other);
        self.is_zero() || other.is_zero() || a_pad.abs_diff(b_pad) <= MAX_DIGITS
    }

    /// The exact `self + other`, or `self - other` when `subtract`; inf aligns both to the larger
    /// scale. Works in `self`'s digits, so a long sum costs one pass, not copies. The caller
    /// checks [`Dec::add_fits`] first.
    pub(crate) fn add(mut self, other: &Dec, subtract: bool) -> Dec {
        if other.is_zero() && self.scale >= other.scale {
            return self;
        }
        let other_neg = other.neg != subtract;
        let (scale, a_pad, b_pad) = self.aligned_pads(other);
        if self.is_zero() {
            return Dec::from_parts(other_neg, other.coef.clone(), b_pad, scale);
        }
        if other.is_zero() {
            return Dec::from_parts(self.neg, self.coef, a_pad, scale);
        }
        let pad = a_pad.min(b_pad);
        self.coef.mul_pow10(a_pad - pad);
        let shifted;
        let b = if b_pad == pad {
            &other.coef
        } else {
            let mut c = other.coef.clone();
            c.mul_pow10(b_pad - pad);
            shifted = c;
            &shifted
        };
        if self.neg == other_neg {
            self.coef.add_assign(b);
        } else if self.coef >= *b {
            self.coef.sub_assign(b);
        } else {
            self.coef.sub_from(b);
            self.neg = other_neg;
        }
        Dec::from_parts(self.neg, self.coef, pad, scale)
    }

    /// Multiplies the unscaled value by `y`.
    pub(crate) fn mul_i64(&mut self, y: i64) {
        let m = y.unsigned_abs();
        self.coef.mul_add_small(m, 0);
        self.neg ^= y < 0;
        self.fix_zero();
    }

    /// Go's `scaledValue(unscaled, scale, newScale)` (`scale_int.go`): ceil(value × 10^-newScale)
    /// as an `int64`, including its wrap-arounds and the truncated `Int64()` it takes of values
    /// that do not fit.
    pub(crate) fn scaled_value(&self, new_scale: i64) -> i64 {
        if self.is_zero() {
            return 0;
        }
        let dif = i64::from(self.scale) - new_scale;
        if dif == 0 {
            return self.unscaled_i64();
        }
        if dif < 0 {
            return self
                .unscaled_i64()
                .wrapping_mul(go_pow10_as_i64(dif.unsigned_abs()));
        }
        let dif = dif.unsigned_abs();
        if self.unscaled_below_max_i64() && dif < 19 {
            let divide = go_pow10_as_i64(dif);
            let v = self.unscaled_i64();
            let (q, r) = (v.wrapping_div(divide), v.wrapping_rem(divide));
            return if r != 0 { q.wrapping_add(1) } else { q };
        }
        // big.Int.DivMod: Euclidean, the remainder is never negative, so a negative quotient
        // with a remainder is one further from zero than the truncated one. Only the low 64
        // bits of the quotient are kept, so only they are computed.
        let (low, rem_nonzero) = if self.pad >= dif {
            let low = self
                .coef
                .low_u64()
                .wrapping_mul(pow10_wrapping(self.pad - dif));
            (low, false)
        } else {
            let (low, inexact) = self.coef.low_u64_div_pow10(dif - self.pad);
            (low.wrapping_add(u64::from(self.neg && inexact)), inexact)
        };
        let v = wrap_i64(low);
        let v = if self.neg { v.wrapping_neg() } else { v };
        v.wrapping_add(i64::from(rem_nonzero))
    }

    /// `infDecAmount.AsCanonicalBytes`: sign, digits and an exponent that is a multiple of three,
    /// all factors of ten moved into it. The exponent wraps in `int32` as upstream's. The digits
    /// are borrowed: trailing zeros are dropped from the printed form, not divided out.
    pub(crate) fn canonical_decimal(&self) -> CanonicalDigits<'_> {
        let tz = self.coef.trailing_zeros();
        let times = self.pad.wrapping_add(tz);
        let mut exponent = self
            .scale
            .wrapping_neg()
            .wrapping_add(wrap_i32(wrap_i64(times)));
        let mut back = 0;
        while exponent % 3 != 0 {
            back += 1;
            exponent = exponent.wrapping_sub(1);
        }
        let (drop, zeros) = if back <= tz {
            (tz - back, 0)
        } else {
            (0, back - tz)
        };
        CanonicalDigits {
            neg: self.neg,
            coef: &self.coef,
            drop,
            zeros,
            exponent,
        }
    }

    /// `infDecAmount.AsCanonicalBase1024Bytes` of a value already rounded to scale 0: sign, digits
    /// and the base-1024 exponent holding every factor of 1024.
    ///
    /// Stripping factors of 1024 costs a pass over the digits per six factors, as upstream's
    /// loop costs one per factor: quadratic for a long multiple of a large power of two. So past
    /// [`MAX_DIGITS`] digits only values with fewer than 64 factors of two (one pass, told by
    /// the low 64 bits) are written out; the rest are [`TooLarge`].
    pub(crate) fn canonical_base1024(&self) -> Result<(bool, BigUint, i32), TooLarge> {
        let digits = self.coef.decimal_len().saturating_add(self.pad);
        let low = self.coef.low_u64().wrapping_mul(pow10_wrapping(self.pad));
        if digits > MAX_DIGITS && low == 0 {
            return Err(TooLarge);
        }
        let mut m = self.coef.clone();
        m.mul_pow10(self.pad);
        let exponent = i32::try_from(m.strip_1024s()).unwrap_or(i32::MAX);
        Ok((self.neg, m, exponent))
    }

    /// Value equality key: sign, coefficient without trailing zeros, and decimal exponent.
    pub(crate) fn normalized(&self) -> (bool, BigUint, i64) {
        let mut coef = self.coef.clone();
        let tz = coef.strip_tens();
        let exp = to_i64(self.pad) + to_i64(tz) - i64::from(self.scale);
        (self.neg, coef, exp)
    }
}

/// `int64(math.Pow10(n))` as Go computes it on amd64: exact up to 10^18; any larger power is
/// out of `int64` range, where the conversion yields `math.MinInt64`.
fn go_pow10_as_i64(n: u64) -> i64 {
    if n <= 18 {
        i64::try_from(super::bigint::pow10(u32::try_from(n).unwrap_or(0))).unwrap_or(i64::MIN)
    } else {
        i64::MIN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Dec {
        Dec::parse(s.as_bytes()).unwrap()
    }

    #[test]
    fn parses_like_inf() {
        assert_eq!(dec("1.50").scale, 2);
        assert_eq!(dec("-.5").unscaled_i64(), -5);
        assert_eq!(dec("5.").scale, 0);
        for bad in ["", "-", ".", "+.", "1.2.3", "1e3", "--1", " 1"] {
            assert!(Dec::parse(bad.as_bytes()).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn rounds_away_from_zero() {
        let mut d = dec("-1.21");
        d.round_up(1);
        assert_eq!((d.unscaled_i64(), d.scale), (-13, 1));
        let mut tiny = dec("1");
        tiny.scale = 20_000_000;
        tiny.round_up(9);
        assert_eq!((tiny.unscaled_i64(), tiny.scale), (1, 9));
        let mut huge = dec("123");
        huge.scale = -2_000_000_000;
        huge.round_up(9);
        assert_eq!(huge.scale, 9);
        assert_eq!(huge.canonical_decimal().exponent % 3, 0);
    }

    #[test]
    fn compares_exactly() {
        assert_eq!(dec("1.0").cmp(&dec("1")), Ordering::Equal);
        assert_eq!(dec("-2").cmp(&dec("1")), Ordering::Less);
        assert_eq!(dec("10").cmp(&dec("9.99")), Ordering::Greater);
        let mut big = dec("1");
        big.scale = -5000;
        assert_eq!(big.cmp(&dec("99999999999999999999999")), Ordering::Greater);
    }

    #[test]
    fn canonical_digits() {
        let digits_of = |d: &Dec| {
            let c = d.canonical_decimal();
            let mut text = alloc::string::String::new();
            c.write_digits(&mut text).unwrap();
            (c.neg, text, c.exponent)
        };
        let digits = |s: &str| digits_of(&dec(s));
        assert_eq!(digits("1.5"), (false, "1500".into(), -3));
        assert_eq!(digits("-1500"), (true, "1500".into(), 0));
        assert_eq!(digits("15000"), (false, "15".into(), 3));
        assert_eq!(digits("1500000"), (false, "1500".into(), 3));
        assert_eq!(digits("0.01"), (false, "10".into(), -3));
        let mut padded = dec("12");
        padded.pad = 40;
        assert_eq!(digits_of(&padded), (false, "120".into(), 39));
    }
}
