//! The canonical form: Go's `Quantity.CanonicalizeBytes` and the suffix tables of `suffix.go`.

use core::fmt::{self, Write};

use super::bigint::{pow10_u128, BigUint};
use super::dec::CanonicalDigits;
use super::{Format, Quantity, Repr};

/// The decimal SI suffix of 10^exponent, or `""` where upstream has none (beyond `E`, upstream
/// prints the digits alone).
fn decimal_suffix(exponent: i32) -> &'static str {
    match exponent {
        -9 => "n",
        -6 => "u",
        -3 => "m",
        3 => "k",
        6 => "M",
        9 => "G",
        12 => "T",
        15 => "P",
        18 => "E",
        _ => "",
    }
}

/// The binary SI suffix of 2^exponent, or `""` where upstream has none.
fn binary_suffix(exponent: i32) -> &'static str {
    match exponent {
        10 => "Ki",
        20 => "Mi",
        30 => "Gi",
        40 => "Ti",
        50 => "Pi",
        60 => "Ei",
        _ => "",
    }
}

/// Signed digits: an `i64` on the fast path, else a sign and a magnitude.
enum Digits<'a> {
    Int(i64),
    Wide(bool, u128),
    Big(bool, BigUint),
    /// Borrowed from an `inf.Dec`: a long value prints without a copy.
    Dec(CanonicalDigits<'a>),
}

fn write_decimal(
    f: &mut fmt::Formatter<'_>,
    digits: &Digits,
    exponent: i32,
    format: Format,
) -> fmt::Result {
    let mut out = Out::new();
    if !out.digits(digits) {
        return match format {
            Format::DecimalExponent if exponent != 0 => write!(f, "{digits}e{exponent}"),
            Format::DecimalExponent => write!(f, "{digits}"),
            _ => write!(f, "{digits}{}", decimal_suffix(exponent)),
        };
    }
    match format {
        Format::DecimalExponent if exponent != 0 => {
            out.push(b"e");
            out.int(exponent < 0, u128::from(exponent.unsigned_abs()));
        }
        Format::DecimalExponent => {}
        _ => out.push(decimal_suffix(exponent).as_bytes()),
    }
    f.write_str(out.as_str())
}

fn write_binary(f: &mut fmt::Formatter<'_>, digits: &Digits, exponent: i32) -> fmt::Result {
    let suffix = binary_suffix(exponent.wrapping_mul(10));
    let mut out = Out::new();
    if !out.digits(digits) {
        return write!(f, "{digits}{suffix}");
    }
    out.push(suffix.as_bytes());
    f.write_str(out.as_str())
}

/// A canonical form assembled on the stack and written in one call: `core::fmt` per piece costs
/// more than the arithmetic.
struct Out {
    buf: [u8; 64],
    len: usize,
}

impl Out {
    fn new() -> Out {
        Out {
            buf: [0; 64],
            len: 0,
        }
    }

    fn push(&mut self, bytes: &[u8]) {
        if let Some(dst) = self.buf.get_mut(self.len..self.len + bytes.len()) {
            dst.copy_from_slice(bytes);
            self.len += bytes.len();
        }
    }

    /// Writes a signed integer.
    fn int(&mut self, neg: bool, mut m: u128) {
        if neg {
            self.push(b"-");
        }
        let mut tmp = [0u8; 40];
        let mut i = tmp.len();
        let mut put = |i: &mut usize, d: u8| {
            *i = i.saturating_sub(1);
            if let Some(slot) = tmp.get_mut(*i) {
                *slot = b'0' + d;
            }
        };
        // 128-bit division is slow: only for the digits above 64 bits.
        while m > u128::from(u64::MAX) {
            put(&mut i, (m % 10) as u8);
            m /= 10;
        }
        let mut v = u64::try_from(m).unwrap_or(0);
        loop {
            put(&mut i, (v % 10) as u8);
            v /= 10;
            if v == 0 {
                break;
            }
        }
        self.push(tmp.get(i..).unwrap_or_default());
    }

    /// Writes digits that fit 128 bits; `false` for bigger ones.
    fn digits(&mut self, d: &Digits) -> bool {
        match d {
            Digits::Int(v) => self.int(*v < 0, u128::from(v.unsigned_abs())),
            Digits::Wide(neg, m) => self.int(*neg, *m),
            Digits::Big(neg, m) => match m.to_u128() {
                Some(m) => self.int(*neg, m),
                None => return false,
            },
            Digits::Dec(_) => return false,
        }
        true
    }

    fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| core::str::from_utf8(b).ok())
            .unwrap_or_default()
    }
}

impl fmt::Display for Digits<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Digits::Int(v) => write!(f, "{v}"),
            Digits::Wide(neg, m) => {
                if *neg {
                    f.write_char('-')?;
                }
                match u64::try_from(*m) {
                    Ok(v) => write!(f, "{v}"),
                    Err(_) => write!(f, "{m}"),
                }
            }
            Digits::Big(neg, m) => {
                if *neg {
                    f.write_char('-')?;
                }
                match m.to_u128() {
                    Some(v) => match u64::try_from(v) {
                        Ok(v) => write!(f, "{v}"),
                        Err(_) => write!(f, "{v}"),
                    },
                    None => m.write_decimal(f),
                }
            }
            Digits::Dec(c) => {
                if c.neg {
                    f.write_char('-')?;
                }
                c.write_digits(f)
            }
        }
    }
}

/// ±m × 10^e with m in 128 bits: the shape every ordinary quantity has.
#[derive(Clone, Copy)]
struct Small {
    neg: bool,
    m: u128,
    e: i32,
}

/// Divides out every factor of ten, using 64-bit division when the value allows.
fn strip_tens(m: u128) -> (u128, i32) {
    if m == 0 {
        return (0, 0);
    }
    let mut times = 0;
    let mut m = m;
    while m > u128::from(u64::MAX) && m % 10 == 0 {
        m /= 10;
        times += 1;
    }
    if let Ok(mut v) = u64::try_from(m) {
        while v % 10 == 0 {
            v /= 10;
            times += 1;
        }
        m = u128::from(v);
    }
    (m, times)
}

impl Small {
    /// Upstream's decimal canonical form: digits without trailing zeros, then back up to an
    /// exponent that is a multiple of three. `None` when that leaves 128 bits.
    fn canonical_decimal(self) -> Option<(Digits<'static>, i32)> {
        let (mut m, times) = strip_tens(self.m);
        let mut e = self.e.checked_add(times)?;
        while e % 3 != 0 {
            m = m.checked_mul(10)?;
            e -= 1;
        }
        Some((Digits::Wide(self.neg, m), e))
    }

    /// Upstream's binary canonical form, or `None` to use the decimal one (values below 1024,
    /// fractions) or the exact path (beyond 128 bits).
    fn canonical_binary(self) -> Option<Option<(Digits<'static>, i32)>> {
        let whole = if self.e >= 0 {
            self.m.checked_mul(pow10_u128(self.e.unsigned_abs()))?
        } else {
            let p = pow10_u128(self.e.unsigned_abs());
            if self.m < 1024u128.saturating_mul(p) {
                return Some(None);
            }
            if self.m % p != 0 {
                return Some(None);
            }
            self.m / p
        };
        if whole < 1024 {
            return Some(None);
        }
        let times = whole.trailing_zeros() / 10;
        Some(Some((
            Digits::Wide(self.neg, whole >> (times * 10)),
            i32::try_from(times).unwrap_or(0),
        )))
    }
}

impl Quantity {
    fn small(&self) -> Option<Small> {
        let (neg, m, e) = match &self.repr {
            Repr::Int(a) => (a.value < 0, u128::from(a.value.unsigned_abs()), a.scale),
            Repr::Dec(d) => d.small_parts()?,
        };
        Some(Small { neg, m, e })
    }

    /// The canonical form computed in 128 bits, when the value allows.
    fn write_small(&self, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
        let small = self.small()?;
        let mut format = self.format;
        if format == Format::BinarySI {
            match small.canonical_binary()? {
                Some((digits, exponent)) => return Some(write_binary(f, &digits, exponent)),
                None => format = Format::DecimalSI,
            }
        }
        let (digits, exponent) = small.canonical_decimal()?;
        Some(write_decimal(f, &digits, exponent, format))
    }

    /// `AsCanonicalBytes`, written: digits and a decimal exponent that is a multiple of three.
    fn write_canonical_decimal(&self, f: &mut fmt::Formatter<'_>, format: Format) -> fmt::Result {
        let held;
        let d = match &self.repr {
            Repr::Int(a) => {
                if let Some((v, e)) = a.canonical_decimal() {
                    return write_decimal(f, &Digits::Int(v), e, format);
                }
                held = a.to_dec();
                &held
            }
            Repr::Dec(d) => d,
        };
        let digits = d.canonical_decimal();
        let exponent = digits.exponent;
        write_decimal(f, &Digits::Dec(digits), exponent, format)
    }

    /// Writes upstream's canonical form, ignoring any kept input.
    fn write_canonical(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_zero() {
            return f.write_char('0');
        }
        if let Some(done) = self.write_small(f) {
            return done;
        }
        let mut format = self.format;
        if format == Format::BinarySI {
            if self.cmp_i64(-1024).is_gt() && self.cmp_i64(1024).is_lt() {
                // Small binary values print in decimal, avoiding rounding.
                format = Format::DecimalSI;
            } else if let Some(rounded) = self.integer_part() {
                let digits = match rounded {
                    Repr::Int(a) => a.canonical_base1024().map(|(v, e)| (Digits::Int(v), e)),
                    Repr::Dec(_) => None,
                };
                let digits = match (digits, rounded) {
                    (Some(d), _) => Some(d),
                    (None, Repr::Int(a)) => {
                        let mut d = a.to_dec();
                        d.round_up(0);
                        d.canonical_base1024()
                            .ok()
                            .map(|(n, m, e)| (Digits::Big(n, m), e))
                    }
                    (None, Repr::Dec(d)) => d
                        .canonical_base1024()
                        .ok()
                        .map(|(n, m, e)| (Digits::Big(n, m), e)),
                };
                if let Some((digits, exponent)) = digits {
                    return write_binary(f, &digits, exponent);
                }
                // Beyond what can be written out in binary form: decimal instead.
                format = Format::DecimalSI;
            } else {
                // Not a whole number: do not lose precision.
                format = Format::DecimalSI;
            }
        }
        self.write_canonical_decimal(f, format)
    }

    /// The value rounded up to a whole number when that is exact (`AsScale(0)`), else `None`.
    fn integer_part(&self) -> Option<Repr> {
        match &self.repr {
            Repr::Int(a) => match a.as_scale(0) {
                (r, true) => Some(Repr::Int(r)),
                _ => None,
            },
            Repr::Dec(d) => d.integer_part().map(Repr::Dec),
        }
    }

    /// The canonical form even when the input was kept: Go's `CanonicalizeBytes`.
    ///
    /// ```
    /// use kube_primitives::api::Quantity;
    ///
    /// let q: Quantity = "+1Gi".parse().unwrap();
    /// assert_eq!(q.to_string(), "+1Gi"); // upstream prints a canonical input back as written
    /// assert_eq!(q.canonical().to_string(), "1Gi");
    /// ```
    #[doc(alias = "CanonicalizeBytes")]
    pub fn canonical(&self) -> impl fmt::Display + '_ {
        Canonical(self)
    }
}

struct Canonical<'a>(&'a Quantity);

impl fmt::Display for Canonical<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_canonical(f)
    }
}

impl fmt::Display for Quantity {
    /// Go's `Quantity.String()`: the kept input when it was canonical, else the canonical form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.text {
            Some(t) => f.write_str(t.as_str()),
            None => self.write_canonical(f),
        }
    }
}
