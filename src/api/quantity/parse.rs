//! `resource.ParseQuantity` and its scanner `parseQuantityString`.

use super::amount::{multiply, Amount};
use super::bigint::{pow10_u128, wrap_i32, BigUint};
use super::dec::Dec;
use super::digits::{digit_run, eight_digits};
use super::text::Text;
use super::{Format, Quantity, QuantityError, Repr};

/// The pieces upstream's scanner cuts a quantity into.
struct Pieces<'a> {
    positive: bool,
    /// The signed number as written (leading zeros kept), or `"0"` when it is only zeros.
    value: &'a [u8],
    /// Integer digits without leading zeros (`"0"` when there are none).
    num: &'a [u8],
    /// Digits after the `.`.
    denom: &'a [u8],
    suffix: &'a [u8],
}

fn is_suffix_byte(b: u8) -> bool {
    matches!(
        b,
        b'e' | b'E' | b'i' | b'n' | b'u' | b'm' | b'k' | b'K' | b'M' | b'G' | b'T' | b'P'
    )
}

/// Go's `parseQuantityString`.
fn scan(input: &str) -> Result<Pieces<'_>, QuantityError> {
    let s = input.as_bytes();
    let mut p = Pieces {
        positive: true,
        value: b"",
        num: b"",
        denom: b"",
        suffix: b"",
    };
    let end = s.len();
    let mut pos = 0;
    match s.first() {
        Some(b'-') => {
            p.positive = false;
            pos = 1;
        }
        Some(b'+') => pos = 1,
        _ => {}
    }
    // Leading zeros; only zeros read as "0".
    while s.get(pos) == Some(&b'0') {
        pos += 1;
    }
    if pos >= end {
        p.num = b"0";
        p.value = b"0";
        return Ok(p);
    }
    let digits = |from: usize| from + s.get(from..).map_or(0, digit_run);
    let num_end = digits(pos);
    p.num = s.get(pos..num_end).unwrap_or_default();
    if num_end >= end {
        p.value = s;
        return Ok(p);
    }
    pos = num_end;
    if p.num.is_empty() {
        p.num = b"0";
    }
    if s.get(pos) == Some(&b'.') {
        pos += 1;
        let denom_end = digits(pos);
        p.denom = s.get(pos..denom_end).unwrap_or_default();
        if denom_end >= end {
            p.value = s;
            return Ok(p);
        }
        pos = denom_end;
    }
    p.value = s.get(..pos).unwrap_or_default();
    let suffix_start = pos;
    while s.get(pos).is_some_and(|&b| is_suffix_byte(b)) {
        pos += 1;
    }
    if matches!(s.get(pos), Some(b'-' | b'+')) {
        pos += 1;
    }
    let bad = digits(pos);
    if bad >= end {
        p.suffix = s.get(suffix_start..).unwrap_or_default();
        return Ok(p);
    }
    // Only ASCII was scanned, so `bad` starts a character: the span covers all of it.
    let width = input
        .get(bad..)
        .and_then(|r| r.chars().next())
        .map_or(1, char::len_utf8);
    Err(QuantityError::FormatWrong {
        span: bad..bad.saturating_add(width),
    })
}

/// A suffix's base, exponent and format: upstream's `quantitySuffixer.interpret`.
fn interpret(suffix: &[u8]) -> Option<(u32, i32, Format)> {
    let decimal = |e| Some((10, e, Format::DecimalSI));
    let binary = |e| Some((2, e, Format::BinarySI));
    match suffix {
        b"" => decimal(0),
        b"n" => decimal(-9),
        b"u" => decimal(-6),
        b"m" => decimal(-3),
        b"k" => decimal(3),
        b"M" => decimal(6),
        b"G" => decimal(9),
        b"T" => decimal(12),
        b"P" => decimal(15),
        b"E" => decimal(18),
        b"Ki" => binary(10),
        b"Mi" => binary(20),
        b"Gi" => binary(30),
        b"Ti" => binary(40),
        b"Pi" => binary(50),
        b"Ei" => binary(60),
        [b'e' | b'E', exp @ ..] if !exp.is_empty() => {
            // strconv.ParseInt(…, 10, 64), then truncated to int32.
            let exp = core::str::from_utf8(exp).ok()?.parse::<i64>().ok()?;
            Some((10, wrap_i32(exp), Format::DecimalExponent))
        }
        _ => None,
    }
}

/// The decimal digits a binary suffix is worth: upstream's `int64(float32(exponent)*3/10)`, which
/// is exact for the binary exponents (multiples of ten).
fn binary_digits(exponent: i32) -> i64 {
    i64::from(exponent) * 3 / 10
}

/// `strconv.ParseInt(digits, 10, 64)` for ASCII digits.
fn parse_i64(digits: &[u8]) -> Option<i64> {
    digits.iter().try_fold(0i64, |v, &d| {
        v.checked_mul(10)?.checked_add(i64::from(d - b'0'))
    })
}

/// What [`scan_simple`] read: small scalars, so that [`parse`] builds the [`Quantity`] in its
/// own return slot rather than copying one out of an `Option`.
enum Simple {
    /// An `int64Amount`: value, scale, format, and whether the input is kept as upstream's
    /// cached string.
    Int(i64, i32, Format, bool),
    /// A binary quantity with a fraction, for [`binary_fraction`].
    BinaryFraction(bool, u64, usize, i32),
}

/// The common shapes (`100m`, `-2.5Gi`, `12345`) in one pass: an optional `-`, digits without
/// leading zeros, an optional fraction, and an SI or binary suffix, with at most 18 digits. This
/// is exactly upstream's fast path for those inputs; `None` sends everything else (and anything
/// outside that path) to [`parse`]'s general code.
#[inline]
fn scan_simple(s: &[u8]) -> Option<Simple> {
    let (negative, body) = match s {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, s),
    };
    if body.first() == Some(&b'0') {
        return None;
    }
    // Integer digits, then an optional fraction: at most 18 of them, which a `u64` holds.
    let mut value: u64 = 0;
    let int_digits = read_digits(body, &mut value);
    let mut rest = body.get(int_digits..)?;
    let dot = rest.first() == Some(&b'.');
    let mut denom = 0;
    if dot {
        rest = rest.get(1..)?;
        denom = read_digits(rest, &mut value);
        rest = rest.get(denom..)?;
    }
    let digits = int_digits + denom;
    // Upstream counts an empty integer part as the digit "0".
    let counted = digits + usize::from(int_digits == 0);
    if digits == 0 || counted > 18 {
        return None;
    }
    let (exponent, format) = simple_suffix(rest)?;
    let (value, scale, canonical) = if format == Format::BinarySI {
        if denom > 0 {
            return Some(Simple::BinaryFraction(negative, value, denom, exponent));
        }
        let precision = 15 - i64::try_from(counted).ok()? - binary_digits(exponent) - 1;
        if precision < 0 {
            return None;
        }
        let v = multiply(i64::try_from(value).ok()?, 1i64 << exponent)?;
        (v, 0, value & 0x07 != 0)
    } else {
        let scale = exponent - i32::try_from(denom).ok()?;
        if scale < -9 {
            return None;
        }
        // Only an input with a `.` is kept (below), so only then is canonicity worked out.
        let canonical = dot && scale % 3 == 0 && value % 1000 != 0 && int_digits > 0;
        (i64::try_from(value).ok()?, scale, canonical)
    };
    let value = if negative {
        value.wrapping_neg()
    } else {
        value
    };
    // Without a `+`, leading zeros or a `.`, a canonical input is what printing gives anyway.
    Some(Simple::Int(value, scale, format, canonical && dot))
}

/// A binary quantity with a fraction (`1.5Gi`, at most 18 digits). Upstream takes its `inf.Dec`
/// path: the digits times 2^exponent, rounded up to nano units, capped at 2^63−1, and printed in
/// decimal when below one. With at most nine fraction digits nothing rounds, and the product
/// (below 10^18 × 2^60) fits 128 bits, so that is computed here directly; anything else (zero,
/// longer fractions, the cap) returns `None` for the general path.
fn binary_fraction(negative: bool, value: u64, denom: usize, exponent: i32) -> Option<Quantity> {
    let frac = u32::try_from(denom).ok().filter(|&d| d <= 9)?;
    if value == 0 {
        return None;
    }
    let m = u128::from(value) << exponent.unsigned_abs();
    let unit = pow10_u128(frac);
    if m > u128::from(i64::MAX.unsigned_abs()) * unit {
        return None;
    }
    let format = if m < unit {
        Format::DecimalSI
    } else {
        Format::BinarySI
    };
    let amount = Dec::from_parts(negative, BigUint::from_u128(m), u64::from(9 - frac), 9);
    Some(Quantity::with(Repr::Dec(amount), format, None))
}

/// Reads up to 19 ASCII digits into `acc` (wrapping: the caller rejects 19), returning how
/// many.
#[inline]
fn read_digits(s: &[u8], acc: &mut u64) -> usize {
    let mut n = 0;
    // Eight at a time while they last (twice at most, staying below 19).
    while n < 16 {
        let Some(v) = s
            .get(n..)
            .and_then(<[u8]>::first_chunk)
            .and_then(eight_digits)
        else {
            break;
        };
        *acc = acc.wrapping_mul(100_000_000).wrapping_add(v);
        n += 8;
    }
    while n < 19 {
        let Some(d) = s.get(n).map(|b| b.wrapping_sub(b'0')).filter(|&d| d <= 9) else {
            break;
        };
        *acc = acc.wrapping_mul(10).wrapping_add(u64::from(d));
        n += 1;
    }
    n
}

/// The SI and binary suffixes with their exponents (the exponent forms take the general path).
#[inline]
fn simple_suffix(suffix: &[u8]) -> Option<(i32, Format)> {
    let exponent = match suffix {
        [] => 0,
        [b'n'] => -9,
        [b'u'] => -6,
        [b'm'] => -3,
        [b'k'] => 3,
        [b'M'] => 6,
        [b'G'] => 9,
        [b'T'] => 12,
        [b'P'] => 15,
        [b'E'] => 18,
        [c, b'i'] => {
            let e = match c {
                b'K' => 10,
                b'M' => 20,
                b'G' => 30,
                b'T' => 40,
                b'P' => 50,
                b'E' => 60,
                _ => return None,
            };
            return Some((e, Format::BinarySI));
        }
        _ => return None,
    };
    Some((exponent, Format::DecimalSI))
}

/// Go's `ParseQuantity`.
#[inline]
pub(crate) fn parse(input: &str) -> Result<Quantity, QuantityError> {
    // The commonest shape of all (`100m`, `512Mi`) here, with a byte loop that needs no
    // callee-saved register but the return slot's; everything else out of line.
    let s = input.as_bytes();
    if s.len() > 8 {
        return parse_long(input);
    }
    let mut value: u64 = 0;
    let mut n = 0;
    // Not `read_digits`' byte loop: without its 19-digit bound this one unrolls fully (100m:
    // 97 instructions per parse against 114).
    while let Some(d) = s.get(n).map(|b| b.wrapping_sub(b'0')).filter(|&d| d <= 9) {
        value = value * 10 + u64::from(d);
        n += 1;
    }
    match integer(s, value, n) {
        Some(q) => Ok(q),
        None => parse_scanned(input),
    }
}

/// [`parse`] for inputs over eight bytes: reading their digits eight at a time needs registers
/// that would make every call save and restore five of them, so it has a frame of its own.
#[inline(never)]
fn parse_long(input: &str) -> Result<Quantity, QuantityError> {
    let s = input.as_bytes();
    let mut value: u64 = 0;
    let n = read_digits(s, &mut value);
    match integer(s, value, n) {
        Some(q) => Ok(q),
        None => parse_scanned(input),
    }
}

/// An integer with an SI or binary suffix (`100m`, `512Mi`, `3`), given the `n` leading digits
/// of `s` and their `value` (wrapped when there are more than 18): at most 18 digits, the first
/// not `0`, no sign and no fraction. Upstream's fast path takes these and never keeps their
/// text (only a `+`, a leading zero or a `.` makes a canonical input differ from its printing).
#[inline(always)]
fn integer(s: &[u8], value: u64, n: usize) -> Option<Quantity> {
    if n > 18 || !matches!(s.first(), Some(b'1'..=b'9')) {
        return None;
    }
    let (exponent, format) = simple_suffix(s.get(n..)?)?;
    let value = i64::try_from(value).ok()?;
    let (value, scale) = if format == Format::BinarySI {
        // Upstream's precision test: 15 − digits − exponent·3/10 − 1 ≥ 0.
        let digits = i64::try_from(n).ok()?;
        if 15 - digits - binary_digits(exponent) - 1 < 0 {
            return None;
        }
        (multiply(value, 1i64 << exponent)?, 0)
    } else {
        (value, exponent)
    };
    Some(Quantity::with(
        Repr::Int(Amount::new(value, scale)),
        format,
        None,
    ))
}

/// [`parse`] for everything [`integer`] does not take.
#[inline(never)]
fn parse_scanned(input: &str) -> Result<Quantity, QuantityError> {
    match scan_simple(input.as_bytes()) {
        Some(Simple::Int(value, scale, format, keep)) => Ok(Quantity::with(
            Repr::Int(Amount::new(value, scale)),
            format,
            keep.then(|| Text::new(input)),
        )),
        Some(Simple::BinaryFraction(negative, value, denom, exponent)) => {
            match binary_fraction(negative, value, denom, exponent) {
                Some(q) => Ok(q),
                None => parse_general(input),
            }
        }
        None => parse_general(input),
    }
}

/// Go's `ParseQuantity`, step by step. Kept out of line so that the common shapes pay for none
/// of its stack frame.
#[inline(never)]
fn parse_general(input: &str) -> Result<Quantity, QuantityError> {
    if input.is_empty() {
        return Err(QuantityError::FormatWrong { span: 0..0 });
    }
    if input == "0" {
        // Upstream caches the input here; it prints as "0" anyway, so nothing is kept.
        return Ok(Quantity::with(
            Repr::Int(Amount::default()),
            Format::DecimalSI,
            None,
        ));
    }
    let p = scan(input)?;
    // The suffix runs to the end of the input and the number starts it.
    let (base, exponent, mut format) =
        interpret(p.suffix).ok_or_else(|| QuantityError::Suffix {
            span: input.len().saturating_sub(p.suffix.len())..input.len(),
        })?;

    let digits = i64::try_from(p.num.len() + p.denom.len()).unwrap_or(i64::MAX);
    let (precision, mut scale, mantissa) = match format {
        Format::BinarySI if exponent >= 0 && p.denom.is_empty() => {
            // 1Mi (2^20) has ~6 digits of decimal precision, hence exponent*3/10 (in float32).
            let p =
                15 - i64::try_from(p.num.len()).unwrap_or(i64::MAX) - binary_digits(exponent) - 1;
            (p, 0i32, 1i64 << exponent)
        }
        Format::BinarySI => (-1, 0, 1),
        // Upstream's maxInt64Factors is 18: a 19-digit number takes the exact path.
        _ => (18 - digits, exponent, 1),
    };

    if precision >= 0 {
        scale = scale.wrapping_sub(i32::try_from(p.denom.len()).unwrap_or(i32::MAX));
        if scale >= -9 {
            // The fast path, for at most 18 digits.
            let shifted_len = p.num.len() + p.denom.len();
            let mut shifted = [0u8; 19];
            if let Some(dst) = shifted.get_mut(..shifted_len) {
                let (a, b) = dst.split_at_mut(p.num.len());
                a.copy_from_slice(p.num);
                b.copy_from_slice(p.denom);
            }
            let shifted = shifted.get(..shifted_len).unwrap_or_default();
            if let Some(value) = parse_i64(shifted) {
                if let Some(mut result) = multiply(value, mantissa) {
                    if !p.positive {
                        result = result.wrapping_neg();
                    }
                    // Upstream keeps the input when it is already canonical.
                    let canonical = match format {
                        Format::BinarySI => exponent % 10 == 0 && value & 0x07 != 0,
                        _ => {
                            scale % 3 == 0
                                && !shifted.ends_with(b"000")
                                && shifted.first() != Some(&b'0')
                        }
                    };
                    let text = canonical.then(|| Text::new(input));
                    return Ok(Quantity::with(
                        Repr::Int(Amount::new(result, scale)),
                        format,
                        text,
                    ));
                }
            }
        }
    }

    let mut amount = Dec::parse(p.value).ok_or(QuantityError::Numeric {
        span: 0..p.value.len(),
    })?;
    if base == 10 {
        amount.scale = amount.scale.wrapping_add(exponent.wrapping_neg());
    } else {
        amount.shl(exponent.unsigned_abs());
    }
    let negative = amount.is_neg();
    if negative {
        amount.neg();
    }
    // Anything non-zero rounds up to at least 1n.
    if !amount.is_zero() {
        amount.round_up(9);
    }
    if format == Format::BinarySI {
        if amount.cmp_i64(i64::MAX).is_gt() {
            amount = Dec::from_i64(i64::MAX, 0);
        }
        if amount.cmp_i64(1).is_lt() && !amount.is_zero() {
            format = Format::DecimalSI;
        }
    }
    if negative {
        amount.neg();
    }
    Ok(Quantity::with(Repr::Dec(amount), format, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scanner_pieces() {
        let p = scan("-012.50Mi").unwrap();
        assert!(!p.positive);
        assert_eq!(
            (p.value, p.num, p.denom, p.suffix),
            (&b"-012.50"[..], &b"12"[..], &b"50"[..], &b"Mi"[..])
        );
        let p = scan("+000").unwrap();
        assert_eq!((p.value, p.num), (&b"0"[..], &b"0"[..]));
        let p = scan(".5e-3").unwrap();
        assert_eq!(
            (p.value, p.num, p.denom, p.suffix),
            (&b".5"[..], &b"0"[..], &b"5"[..], &b"e-3"[..])
        );
        assert!(scan("1.2.3").is_err());
        assert!(scan("1 Gi").is_err());
        assert!(scan("5KiB").is_err());
    }

    /// The shortcuts build exactly what upstream's general path builds, down to the
    /// representation (scale, padding, `inf.Dec` or not) and the kept text.
    #[test]
    fn shortcuts_agree_with_the_general_path() {
        let mut inputs = alloc::vec::Vec::new();
        for sign in ["", "-"] {
            for num in [
                "1",
                "15",
                "999999999999999999",
                "12345678901234567",
                "5",
                "100",
                "0",
            ] {
                for frac in ["", ".", ".5", ".000000001", ".123456789", ".25", ".0"] {
                    for suffix in ["", "m", "n", "k", "E", "Ki", "Gi", "Ei", "Pi"] {
                        inputs.push(alloc::format!("{sign}{num}{frac}{suffix}"));
                    }
                }
            }
        }
        inputs.extend([".5Gi", "0.5Ki", "0.0001Ki", "8.000000001Ei", "7.99Ei"].map(Into::into));
        for input in &inputs {
            // The text is kept only where it differs from the printed form.
            let key = |q: Result<Quantity, QuantityError>| {
                q.map(|q| {
                    (
                        alloc::format!("{:?}", q.repr),
                        q.format,
                        alloc::format!("{q}"),
                    )
                })
            };
            assert_eq!(key(parse(input)), key(parse_general(input)), "{input}");
        }
    }

    #[test]
    fn suffixes() {
        assert_eq!(interpret(b"Ki"), Some((2, 10, Format::BinarySI)));
        assert_eq!(interpret(b"e+3"), Some((10, 3, Format::DecimalExponent)));
        // Exponents are truncated to 32 bits.
        assert_eq!(
            interpret(b"e4294967297"),
            Some((10, 1, Format::DecimalExponent))
        );
        assert_eq!(interpret(b"e"), None);
        assert_eq!(interpret(b"e+"), None);
        assert_eq!(interpret(b"ki"), None);
    }
}
