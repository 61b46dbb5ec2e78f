//! `resource.ParseQuantity` and its scanner `parseQuantityString`.

use super::amount::{multiply, Amount};
use super::dec::Dec;
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
fn scan(s: &[u8]) -> Result<Pieces<'_>, QuantityError> {
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
    let digits = |from: usize| {
        from + s
            .get(from..)
            .map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count())
    };
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
    if digits(pos) >= end {
        p.suffix = s.get(suffix_start..).unwrap_or_default();
        return Ok(p);
    }
    Err(QuantityError::FormatWrong)
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
            Some((10, exp as i32, Format::DecimalExponent))
        }
        _ => None,
    }
}

/// `strconv.ParseInt(digits, 10, 64)` for ASCII digits.
fn parse_i64(digits: &[u8]) -> Option<i64> {
    digits.iter().try_fold(0i64, |v, &d| {
        v.checked_mul(10)?.checked_add(i64::from(d - b'0'))
    })
}

/// The common shapes (`100m`, `-2.5Gi`, `12345`) in one pass: an optional `-`, digits without
/// leading zeros, an optional fraction, and an SI or binary suffix, with at most 18 digits. This
/// is exactly upstream's fast path for those inputs; `None` sends everything else (and anything
/// outside that path) to [`parse`]'s general code.
fn parse_simple(input: &str) -> Option<Quantity> {
    let s = input.as_bytes();
    let (negative, body) = match s {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, s),
    };
    if body.first() == Some(&b'0') {
        return None;
    }
    // Integer digits, then an optional fraction: at most 18 of them, which a `u64` holds.
    let digit = |i: usize| {
        body.get(i)
            .map(|b| b.wrapping_sub(b'0'))
            .filter(|d| *d <= 9)
    };
    let mut value: u64 = 0;
    let mut i = 0;
    while let Some(d) = digit(i) {
        value = value * 10 + u64::from(d);
        i += 1;
        if i > 18 {
            return None;
        }
    }
    let int_digits = i;
    let dot = body.get(i) == Some(&b'.');
    if dot {
        i += 1;
        while let Some(d) = digit(i) {
            value = value * 10 + u64::from(d);
            i += 1;
            if i > 19 {
                return None;
            }
        }
    }
    let digits = i - usize::from(dot);
    let denom = digits - int_digits;
    // Upstream counts an empty integer part as the digit "0".
    let counted = digits + usize::from(int_digits == 0);
    if digits == 0 || counted > 18 {
        return None;
    }
    let suffix = body.get(i..)?;
    let (base, exponent, format) = match suffix {
        b"" | b"n" | b"u" | b"m" | b"k" | b"M" | b"G" | b"T" | b"P" | b"E" | b"Ki" | b"Mi"
        | b"Gi" | b"Ti" | b"Pi" | b"Ei" => interpret(suffix)?,
        _ => return None,
    };
    let (value, scale, canonical) = if base == 2 {
        if denom > 0 {
            return None;
        }
        let precision = 15 - counted as i64 - ((exponent as f32) * 3.0 / 10.0) as i64 - 1;
        if precision < 0 {
            return None;
        }
        let v = multiply(value as i64, 1i64 << exponent)?;
        (v, 0, value & 0x07 != 0)
    } else {
        let scale = exponent - denom as i32;
        if scale < -9 {
            return None;
        }
        let canonical = scale % 3 == 0 && value % 1000 != 0 && int_digits > 0;
        (value as i64, scale, canonical)
    };
    let value = if negative {
        value.wrapping_neg()
    } else {
        value
    };
    // Without a `+`, leading zeros or a `.`, a canonical input is what printing gives anyway.
    let text = (canonical && dot).then(|| Text::new(input));
    Some(Quantity::with(
        Repr::Int(Amount::new(value, scale)),
        format,
        text,
    ))
}

/// Go's `ParseQuantity`.
pub(crate) fn parse(input: &str) -> Result<Quantity, QuantityError> {
    if let Some(q) = parse_simple(input) {
        return Ok(q);
    }
    if input.is_empty() {
        return Err(QuantityError::FormatWrong);
    }
    if input == "0" {
        // Upstream caches the input here; it prints as "0" anyway, so nothing is kept.
        return Ok(Quantity::with(
            Repr::Int(Amount::default()),
            Format::DecimalSI,
            None,
        ));
    }
    let p = scan(input.as_bytes())?;
    let (base, exponent, mut format) = interpret(p.suffix).ok_or(QuantityError::Suffix)?;

    let digits = (p.num.len() + p.denom.len()) as i64;
    let (precision, mut scale, mantissa) = match format {
        Format::BinarySI if exponent >= 0 && p.denom.is_empty() => {
            // 1Mi (2^20) has ~6 digits of decimal precision, hence exponent*3/10 (in float32).
            let p = 15 - p.num.len() as i64 - ((exponent as f32) * 3.0 / 10.0) as i64 - 1;
            (p, 0i32, 1i64 << exponent)
        }
        Format::BinarySI => (-1, 0, 1),
        // Upstream's maxInt64Factors is 18: a 19-digit number takes the exact path.
        _ => (18 - digits, exponent, 1),
    };

    if precision >= 0 {
        scale = scale.wrapping_sub(p.denom.len() as i32);
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

    let mut amount = Dec::parse(p.value).ok_or(QuantityError::Numeric)?;
    if base == 10 {
        amount.scale = amount.scale.wrapping_add(exponent.wrapping_neg());
    } else {
        amount.shl(exponent as u32);
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
        let p = scan(b"-012.50Mi").unwrap();
        assert!(!p.positive);
        assert_eq!(
            (p.value, p.num, p.denom, p.suffix),
            (&b"-012.50"[..], &b"12"[..], &b"50"[..], &b"Mi"[..])
        );
        let p = scan(b"+000").unwrap();
        assert_eq!((p.value, p.num), (&b"0"[..], &b"0"[..]));
        let p = scan(b".5e-3").unwrap();
        assert_eq!(
            (p.value, p.num, p.denom, p.suffix),
            (&b".5"[..], &b"0"[..], &b"5"[..], &b"e-3"[..])
        );
        assert!(scan(b"1.2.3").is_err());
        assert!(scan(b"1 Gi").is_err());
        assert!(scan(b"5KiB").is_err());
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
