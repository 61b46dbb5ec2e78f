//! A small unsigned big integer in decimal limbs: just what exact quantity arithmetic needs.
//!
//! Quantities are read and written in decimal and scaled by powers of ten, so the limbs are
//! base 10^19 (the largest power of ten in a `u64`), little-endian. Parsing, printing, counting
//! digits and multiplying or dividing by powers of ten are then linear in the number of digits
//! (or constant), where binary limbs make parsing and printing quadratic: a megabyte quantity
//! costs milliseconds, not minutes. The few binary operations upstream performs (`×2^k` for the
//! binary suffixes, stripping factors of 1024, the low 64 bits `big.Int.Int64` keeps) work on
//! the decimal limbs directly, with the cost stated on each.
//!
//! Two limbs are inline, so values below 10^38 (every quantity a manifest realistically holds,
//! scaled to nano units) never allocate.

use core::cmp::Ordering;
use core::fmt;

use smallvec::SmallVec;

use super::digits::{ascii, digits_between, put_digits, put_limb, POW10_64};
pub(crate) use super::digits::{pow10, to_index};

mod binary;

/// 10^19, the limb base: the largest power of ten in a `u64`.
pub(crate) const TEN19: u64 = 10_000_000_000_000_000_000;

/// Decimal digits per limb.
const LIMB_DIGITS: u64 = 19;

/// [`TEN19`] for 128-bit arithmetic.
const BASE: u128 = 10_000_000_000_000_000_000;

/// A count as an `i64`; counts of digits never come near the limit.
pub(crate) fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// The two's complement reading of 64 bits, as Go's `int64(uint64)` conversion.
#[expect(clippy::cast_possible_wrap, reason = "the wrap is the point")]
pub(crate) fn wrap_i64(v: u64) -> i64 {
    v as i64
}

/// The low 32 bits as two's complement, as Go's `int32(…)` conversion.
#[expect(
    clippy::cast_possible_truncation,
    reason = "Go truncates to 32 bits here"
)]
pub(crate) fn wrap_i32(v: i64) -> i32 {
    v as i32
}

/// A length as a count of digits or limbs.
fn to_count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// The low 64 bits of `v`, for values the caller knows to fit.
#[expect(
    clippy::cast_possible_truncation,
    reason = "callers pass values below 2^64, or want the low bits"
)]
fn low64(v: u128) -> u64 {
    v as u64
}

/// `(v / 10^19, v % 10^19)`, in 64-bit arithmetic when `v` allows: 128-bit division is a
/// library call.
fn split(v: u128) -> (u128, u64) {
    match u64::try_from(v) {
        Ok(v) => (u128::from(v / TEN19), v % TEN19),
        Err(_) => (v / BASE, low64(v % BASE)),
    }
}

/// The number of decimal digits of `v` (zero has none).
fn u64_digits(v: u64) -> u64 {
    v.checked_ilog10().map_or(0, |l| u64::from(l) + 1)
}

/// An unsigned integer of any size: base-10^19 limbs, least significant first, no high zero
/// limbs (zero is empty), so equal values have equal limbs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct BigUint(SmallVec<[u64; 2]>);

impl BigUint {
    pub(crate) fn zero() -> BigUint {
        BigUint(SmallVec::new())
    }

    pub(crate) fn from_u64(v: u64) -> BigUint {
        let mut b = BigUint::zero();
        if v != 0 {
            b.0.push(v % TEN19);
            if v >= TEN19 {
                b.0.push(v / TEN19);
            }
        }
        b
    }

    pub(crate) fn from_u128(v: u128) -> BigUint {
        let mut b = BigUint::zero();
        let mut v = v;
        while v != 0 {
            let (q, r) = split(v);
            b.0.push(r);
            v = q;
        }
        b
    }

    /// The value, when it fits 128 bits.
    pub(crate) fn to_u128(&self) -> Option<u128> {
        if self.0.len() > 3 {
            return None;
        }
        self.0.iter().rev().try_fold(0u128, |acc, &l| {
            acc.checked_mul(BASE)?.checked_add(u128::from(l))
        })
    }

    /// The value of ASCII decimal digits, `high` followed by `low` (the integer and fraction
    /// digits of a quantity; other bytes give a wrong value, never a panic). Linear: every 19
    /// digits make one limb, read eight at a time.
    pub(crate) fn from_digits(high: &[u8], low: &[u8]) -> BigUint {
        let total = high.len().saturating_add(low.len());
        let mut b = BigUint(SmallVec::with_capacity(total / 19 + 1));
        let mut end = total;
        while end > 0 {
            let start = end.saturating_sub(19);
            b.0.push(digits_between(high, low, start, end));
            end = start;
        }
        b.trim();
        b
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    /// The number of decimal digits (zero has none). Constant time.
    pub(crate) fn decimal_len(&self) -> u64 {
        match self.0.split_last() {
            None => 0,
            Some((top, rest)) => to_count(rest.len()) * LIMB_DIGITS + u64_digits(*top),
        }
    }

    /// `self = self * m + a`. Linear.
    pub(crate) fn mul_add_small(&mut self, m: u64, a: u64) {
        // limb × m + carry < 10^19 × 2^64 + 2^65: within 128 bits.
        let mut carry = u128::from(a);
        for limb in self.0.iter_mut() {
            let (q, r) = split(u128::from(*limb) * u128::from(m) + carry);
            *limb = r;
            carry = q;
        }
        while carry != 0 {
            let (q, r) = split(carry);
            self.0.push(r);
            carry = q;
        }
        self.trim();
    }

    /// `self += 1`.
    pub(crate) fn increment(&mut self) {
        for limb in self.0.iter_mut() {
            if *limb + 1 < TEN19 {
                *limb += 1;
                return;
            }
            *limb = 0;
        }
        self.0.push(1);
    }

    /// `self *= 10^k`: a shift of the digits, linear in the result. The caller bounds `k`.
    pub(crate) fn mul_pow10(&mut self, k: u64) {
        if self.is_zero() || k == 0 {
            return;
        }
        let r = k % LIMB_DIGITS;
        if r != 0 {
            self.shift_up(r);
        }
        let limbs = to_index(k / LIMB_DIGITS);
        if limbs > 0 {
            self.0.insert_many(0, core::iter::repeat(0).take(limbs));
        }
    }

    /// Multiplies by 10^r, 0 < r < 19, moving the top r digits of every limb into the next.
    fn shift_up(&mut self, r: u64) {
        let split_at = POW10_64
            .get(to_index(LIMB_DIGITS - r))
            .copied()
            .unwrap_or(1);
        let mul = POW10_64.get(to_index(r)).copied().unwrap_or(1);
        let mut carry = 0;
        for limb in self.0.iter_mut() {
            let (high, low) = (*limb / split_at, *limb % split_at);
            *limb = low * mul + carry;
            carry = high;
        }
        if carry != 0 {
            self.0.push(carry);
        }
    }

    /// Divides by 10^r, 0 < r < 19, dropping the remainder.
    fn shift_down(&mut self, r: u64) {
        let div = POW10_64.get(to_index(r)).copied().unwrap_or(1);
        let up = POW10_64
            .get(to_index(LIMB_DIGITS - r))
            .copied()
            .unwrap_or(1);
        let mut carry = 0;
        for limb in self.0.iter_mut().rev() {
            let (q, rem) = (*limb / div, *limb % div);
            *limb = q + carry;
            carry = rem * up;
        }
        self.trim();
    }

    /// Compares `self × 10^shift` with `other` without writing the product out: its limbs are
    /// made one at a time from the top. Linear in the limbs compared.
    pub(crate) fn cmp_shifted(&self, shift: u64, other: &BigUint) -> Ordering {
        let q = to_index(shift / LIMB_DIGITS);
        let r = shift % LIMB_DIGITS;
        if self.is_zero() || q > other.0.len() {
            return if self.is_zero() {
                BigUint::zero().cmp(other)
            } else {
                Ordering::Greater
            };
        }
        let split_at = POW10_64
            .get(to_index(LIMB_DIGITS - r))
            .copied()
            .unwrap_or(1);
        let mul = POW10_64.get(to_index(r)).copied().unwrap_or(1);
        let get = |i: Option<usize>| i.and_then(|i| self.0.get(i)).copied().unwrap_or(0);
        let limb = |j: usize| {
            let i = j.checked_sub(q);
            if r == 0 {
                return get(i);
            }
            let below = i.and_then(|i| i.checked_sub(1));
            (get(i) % split_at) * mul + get(below) / split_at
        };
        let len = (self.0.len() + q + 1).max(other.0.len());
        for j in (0..len).rev() {
            match limb(j).cmp(&other.0.get(j).copied().unwrap_or(0)) {
                Ordering::Equal => {}
                unequal => return unequal,
            }
        }
        Ordering::Equal
    }

    /// `self /= 10^k`, returning whether the remainder was non-zero. Linear.
    pub(crate) fn div_pow10(&mut self, k: u64) -> bool {
        if self.is_zero() || k == 0 {
            return false;
        }
        if k >= self.decimal_len() {
            *self = BigUint::zero();
            return true;
        }
        let limbs = to_index(k / LIMB_DIGITS);
        let r = k % LIMB_DIGITS;
        let mut inexact = self.0.iter().take(limbs).any(|&l| l != 0);
        self.0.drain(..limbs.min(self.0.len()));
        if r != 0 {
            let div = POW10_64.get(to_index(r)).copied().unwrap_or(1);
            inexact |= self.0.first().is_some_and(|&l| l % div != 0);
            self.shift_down(r);
        }
        inexact
    }

    /// The low 64 bits of `self / 10^k` and whether the division leaves a remainder, without
    /// dividing the whole number: the quotient's low four limbs are digits `k..k + 76`. Linear
    /// only in the scan for a remainder.
    pub(crate) fn low_u64_div_pow10(&self, k: u64) -> (u64, bool) {
        if k >= self.decimal_len() {
            return (0, !self.is_zero());
        }
        let skip = to_index(k / LIMB_DIGITS);
        let r = k % LIMB_DIGITS;
        let div = POW10_64.get(to_index(r)).copied().unwrap_or(1);
        let up = POW10_64
            .get(to_index(LIMB_DIGITS - r))
            .copied()
            .unwrap_or(1);
        let limb = |i: usize| self.0.get(skip + i).copied().unwrap_or(0);
        let inexact = self.0.iter().take(skip).any(|&l| l != 0) || (r != 0 && limb(0) % div != 0);
        let mut low = 0u64;
        let mut place = 1u64;
        for i in 0..4 {
            let q = if r == 0 {
                limb(i)
            } else {
                limb(i) / div + (limb(i + 1) % div) * up
            };
            low = low.wrapping_add(q.wrapping_mul(place));
            place = place.wrapping_mul(TEN19);
        }
        (low, inexact)
    }

    /// Removes trailing decimal zeros, returning how many. Linear.
    pub(crate) fn strip_tens(&mut self) -> u64 {
        let whole = self.0.iter().take_while(|&&l| l == 0).count();
        let Some(&first) = self.0.get(whole) else {
            return 0;
        };
        self.0.drain(..whole);
        let mut r = 0;
        let mut v = first;
        while v % 10 == 0 {
            v /= 10;
            r += 1;
        }
        if r != 0 {
            self.shift_down(r);
        }
        to_count(whole) * LIMB_DIGITS + r
    }

    /// `self += other`. Linear in the shorter operand (plus any carry run).
    pub(crate) fn add_assign(&mut self, other: &BigUint) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        let mut carry = 0;
        let n = other.0.len().min(self.0.len());
        let (head, tail) = self.0.split_at_mut(n);
        for (limb, &o) in head.iter_mut().zip(other.0.iter()) {
            (*limb, carry) = add_limb(*limb, o + carry);
        }
        for limb in tail {
            if carry == 0 {
                break;
            }
            (*limb, carry) = add_limb(*limb, carry);
        }
        if carry != 0 {
            self.0.push(carry);
        }
    }

    /// `self -= other`; `other` must not be larger. Linear.
    pub(crate) fn sub_assign(&mut self, other: &BigUint) {
        let mut borrow = 0;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let s = other.0.get(i).copied().unwrap_or(0) + borrow;
            if s == 0 && i >= other.0.len() {
                break;
            }
            (*limb, borrow) = sub_limb(*limb, s);
        }
        self.trim();
    }

    /// `self = other - self`; `self` must not be larger. Linear.
    pub(crate) fn sub_from(&mut self, other: &BigUint) {
        self.0.resize(other.0.len().max(self.0.len()), 0);
        let mut borrow = 0;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let o = other.0.get(i).copied().unwrap_or(0);
            (*limb, borrow) = sub_limb(o, *limb + borrow);
        }
        self.trim();
    }

    /// The number of trailing decimal zeros (none for zero). Linear in the zero limbs.
    pub(crate) fn trailing_zeros(&self) -> u64 {
        let whole = self.0.iter().take_while(|&&l| l == 0).count();
        let Some(&first) = self.0.get(whole) else {
            return 0;
        };
        let mut r = 0;
        let mut v = first;
        while v % 10 == 0 {
            v /= 10;
            r += 1;
        }
        to_count(whole) * LIMB_DIGITS + r
    }

    /// Writes the decimal digits (`0` for zero). Linear; digits are batched so the writer sees
    /// a few large pieces.
    pub(crate) fn write_decimal<W: fmt::Write>(&self, w: &mut W) -> fmt::Result {
        self.write_decimal_dropping(w, 0)
    }

    /// Writes the decimal digits but the lowest `drop` (which must be fewer than all of them),
    /// so that a canonical form, which drops trailing zeros, prints without a copy.
    pub(crate) fn write_decimal_dropping<W: fmt::Write>(
        &self,
        w: &mut W,
        drop: u64,
    ) -> fmt::Result {
        let skip = to_index(drop / LIMB_DIGITS);
        let cut = to_index(drop % LIMB_DIGITS);
        let Some((top, rest)) = self.0.get(skip..).and_then(<[u64]>::split_last) else {
            return w.write_char('0');
        };
        let mut buf = [0u8; 19 * 32];
        let mut len = put_digits(&mut buf, 0, *top, u64_digits(*top).max(1));
        if rest.is_empty() {
            len = len.saturating_sub(cut).max(1);
        }
        for (i, &limb) in rest.iter().enumerate().rev() {
            if len + 19 > buf.len() {
                w.write_str(ascii(buf.get(..len).unwrap_or_default()))?;
                len = 0;
            }
            if let Some(dst) = buf.get_mut(len..len + 19) {
                put_limb(dst, limb);
            }
            len += if i == 0 { 19 - cut } else { 19 };
        }
        w.write_str(ascii(buf.get(..len).unwrap_or_default()))
    }
}

/// `a + t` as a limb and a carry, for a limb `a` and `t <= 10^19` (their sum may pass 2^64).
fn add_limb(a: u64, t: u64) -> (u64, u64) {
    let room = TEN19 - t;
    if a >= room {
        (a - room, 1)
    } else {
        (a + t, 0)
    }
}

/// `a - s` as a limb and a borrow, for `s <= 10^19`.
fn sub_limb(a: u64, s: u64) -> (u64, u64) {
    if a >= s {
        (a - s, 0)
    } else {
        (TEN19 - s + a, 1)
    }
}

impl PartialOrd for BigUint {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for BigUint {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

/// Powers of ten that fit a `u128`.
#[expect(clippy::indexing_slicing, reason = "evaluated at compile time")]
const POW10_128: [u128; 39] = {
    let mut t = [1u128; 39];
    let mut i = 1;
    while i < 39 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// 10^k for k ≤ 38 (`u128::MAX` beyond).
pub(crate) fn pow10_u128(k: u32) -> u128 {
    POW10_128
        .get(to_index(u64::from(k)))
        .copied()
        .unwrap_or(u128::MAX)
}

/// 10^k mod 2^64 (zero once k reaches 64, as 2^64 divides 10^64).
pub(crate) fn pow10_wrapping(k: u64) -> u64 {
    if k >= 64 {
        return 0;
    }
    (0..k).fold(1u64, |acc, _| acc.wrapping_mul(10))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    fn big(s: &str) -> BigUint {
        BigUint::from_digits(s.as_bytes(), b"")
    }

    fn text(b: &BigUint) -> String {
        let mut s = String::new();
        b.write_decimal(&mut s).unwrap();
        s
    }

    #[test]
    fn digits_round_trip() {
        for s in [
            "0",
            "1",
            "18446744073709551615",
            "18446744073709551616",
            "9999999999999999999",
            "10000000000000000000",
            "340282366920938463463374607431768211456",
            "123456789012345678901234567890123456789012345678901234567890",
        ] {
            assert_eq!(text(&big(s)), s);
            assert_eq!(
                big(s).decimal_len(),
                if s == "0" { 0 } else { s.len() as u64 }
            );
        }
        assert_eq!(big("000123"), BigUint::from_u64(123));
        for split in 0..60 {
            let digits = "123456789012345678901234567890123456789012345678901234567890";
            let (high, low) = digits.split_at(split);
            assert_eq!(
                text(&BigUint::from_digits(high.as_bytes(), low.as_bytes())),
                digits
            );
        }
        assert_eq!(
            BigUint::from_digits(b"12", b"034"),
            BigUint::from_u64(12034)
        );
        let long = "7".repeat(1000);
        assert_eq!(text(&big(&long)), long);
    }

    #[test]
    fn conversions() {
        for v in [
            0u128,
            1,
            TEN19.into(),
            u64::MAX.into(),
            u128::MAX,
            10u128.pow(38),
        ] {
            let b = BigUint::from_u128(v);
            assert_eq!(b.to_u128(), Some(v));
            assert_eq!(b.low_u64(), low64(v));
            assert_eq!(text(&b), alloc::format!("{v}"));
        }
        assert_eq!(
            BigUint::from_u64(u64::MAX),
            BigUint::from_u128(u64::MAX.into())
        );
        let mut b = BigUint::from_u128(u128::MAX);
        b.mul_add_small(10, 0);
        assert_eq!(b.to_u128(), None);
        // 2^64 × 10^100 is 0 modulo 2^64.
        let mut p = big("18446744073709551616");
        p.mul_pow10(100);
        assert_eq!(p.low_u64(), 0);
        assert_eq!(big(&"9".repeat(30)).low_u64(), low64(10u128.pow(30) - 1));
    }

    #[test]
    fn arithmetic() {
        let a = big("99999999999999999999999999999999999999");
        let one = BigUint::from_u64(1);
        let mut b = a.clone();
        b.add_assign(&one);
        assert_eq!(text(&b), "100000000000000000000000000000000000000");
        let mut c = b.clone();
        c.sub_assign(&one);
        assert_eq!(c, a);
        let mut d = one.clone();
        d.sub_from(&b);
        assert_eq!(d, a);
        let nines = big(&"9".repeat(57));
        let mut twice = nines.clone();
        twice.add_assign(&nines);
        assert_eq!(text(&twice), alloc::format!("1{}8", "9".repeat(56)));
        twice.sub_assign(&nines);
        assert_eq!(twice, nines);
        let mut small = BigUint::from_u64(5);
        small.sub_from(&b);
        assert_eq!(text(&small), alloc::format!("{}5", "9".repeat(37)));
        let mut inc = a.clone();
        inc.increment();
        assert_eq!(inc, b);
        let mut c = b.clone();
        assert_eq!(c.trailing_zeros(), 38);
        let mut out = String::new();
        c.write_decimal_dropping(&mut out, 36).unwrap();
        assert_eq!(out, "100");
        assert_eq!(c.strip_tens(), 38);
        assert_eq!(c, one);
        let mut d = BigUint::from_u64(3);
        d.shl(70);
        assert_eq!(text(&d), alloc::format!("{}", 3u128 << 70));
        assert_eq!(d.strip_1024s(), 7);
        assert_eq!(d, BigUint::from_u64(3));
        let mut e = BigUint::from_u64(12345);
        e.mul_pow10(40);
        assert_eq!(text(&e), alloc::format!("12345{}", "0".repeat(40)));
        assert!(!e.clone().div_pow10(40));
        assert!(e.div_pow10(41));
        assert_eq!(text(&e), "1234");
        assert!(e.clone().div_pow10(5));
        let long = big(&alloc::format!("{}{}", "7".repeat(90), "0".repeat(30)));
        for k in [0u64, 1, 18, 19, 20, 30, 31, 57, 100, 119, 120, 200] {
            let mut q = long.clone();
            let inexact = q.div_pow10(k);
            assert_eq!(long.low_u64_div_pow10(k), (q.low_u64(), inexact), "k = {k}");
        }
        assert_eq!(pow10_wrapping(3), 1000);
        assert_eq!(pow10_wrapping(64), 0);
    }

    #[test]
    fn shifted_comparisons() {
        let a = big("123456789012345678901234567890");
        for shift in [0u64, 1, 5, 18, 19, 20, 38, 40] {
            let mut shifted = a.clone();
            shifted.mul_pow10(shift);
            for delta in [-1i64, 0, 1] {
                let mut other = shifted.clone();
                match delta {
                    -1 => other.sub_assign(&BigUint::from_u64(1)),
                    1 => other.increment(),
                    _ => {}
                }
                assert_eq!(
                    a.cmp_shifted(shift, &other),
                    shifted.cmp(&other),
                    "{shift} {delta}"
                );
            }
            assert_eq!(a.cmp_shifted(shift, &BigUint::zero()), Ordering::Greater);
            assert_eq!(BigUint::zero().cmp_shifted(shift, &a), Ordering::Less);
        }
    }

    #[test]
    fn digit_shifts_agree_with_u128() {
        let v: u128 = 123_456_789_012_345_678_901_234_567;
        for k in 0..11u32 {
            let mut up = BigUint::from_u128(v);
            up.mul_pow10(k.into());
            assert_eq!(up.to_u128(), Some(v * 10u128.pow(k)), "×10^{k}");
            let mut down = BigUint::from_u128(v);
            let inexact = down.div_pow10(k.into());
            let p = 10u128.pow(k);
            assert_eq!(down.to_u128(), Some(v / p), "/10^{k}");
            assert_eq!(inexact, v % p != 0);
        }
        let mut m = BigUint::from_u128(u128::MAX);
        m.mul_add_small(u64::MAX, u64::MAX);
        let mut want = BigUint::from_u128(u128::MAX);
        want.shl(64);
        want.sub_assign(&BigUint::from_u128(u128::MAX));
        want.add_assign(&BigUint::from_u64(u64::MAX));
        assert_eq!(m, want);
    }
}
