//! The canonical form: Go's `Quantity.CanonicalizeBytes` and the suffix tables of `suffix.go`.

use core::fmt::{self, Write};

use super::bigint::{pow10_u128, BigUint, TEN19};
use super::dec::CanonicalDigits;
use super::digits::{ascii, digit_pair, put_limb};
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

/// Signed digits of any size.
enum Digits<'a> {
    /// A sign and a magnitude of at most 128 bits: every ordinary quantity.
    Small(bool, u128),
    Big(bool, BigUint),
    /// Borrowed from an `inf.Dec`: a long value prints without a copy.
    Dec(CanonicalDigits<'a>),
}

impl Digits<'_> {
    fn int(v: i64) -> Digits<'static> {
        Digits::Small(v < 0, u128::from(v.unsigned_abs()))
    }

    fn small(&self) -> Option<(bool, u128)> {
        match self {
            Digits::Small(neg, m) => Some((*neg, *m)),
            Digits::Big(neg, m) => m.to_u128().map(|m| (*neg, m)),
            Digits::Dec(_) => None,
        }
    }
}

/// A suffix built on the stack: an SI suffix, or `e` and an `int32` exponent.
struct Suffix {
    buf: [u8; 12],
    len: usize,
}

impl Suffix {
    fn si(s: &str) -> Suffix {
        let mut suffix = Suffix {
            buf: [0; 12],
            len: s.len().min(12),
        };
        if let (Some(dst), Some(src)) = (
            suffix.buf.get_mut(..suffix.len),
            s.as_bytes().get(..suffix.len),
        ) {
            dst.copy_from_slice(src);
        }
        suffix
    }

    fn exponent(e: i32) -> Suffix {
        let mut digits = [0u8; 12];
        let mut at = put_u64(&mut digits, 12, u64::from(e.unsigned_abs()));
        if e < 0 {
            at -= 1;
            set(&mut digits, at, b'-');
        }
        at -= 1;
        set(&mut digits, at, b'e');
        let mut suffix = Suffix::si("");
        suffix.len = 12 - at;
        if let (Some(dst), Some(src)) = (suffix.buf.get_mut(..suffix.len), digits.get(at..)) {
            dst.copy_from_slice(src);
        }
        suffix
    }

    /// The suffix of 10^exponent in a decimal format.
    fn decimal(exponent: i32, format: Format) -> Suffix {
        match format {
            Format::DecimalExponent if exponent != 0 => Suffix::exponent(exponent),
            Format::DecimalExponent => Suffix::si(""),
            _ => Suffix::si(decimal_suffix(exponent)),
        }
    }

    fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }
}

fn set(buf: &mut [u8], at: usize, b: u8) {
    if let Some(slot) = buf.get_mut(at) {
        *slot = b;
    }
}

/// Writes `v` so that it ends at `end`, returning where it starts.
fn put_u64(buf: &mut [u8], end: usize, v: u64) -> usize {
    let mut at = end;
    let mut v = v;
    while v >= 100 {
        at -= 2;
        if let Some(dst) = buf.get_mut(at..at + 2) {
            dst.copy_from_slice(&digit_pair(v % 100));
        }
        v /= 100;
    }
    if v >= 10 {
        at -= 2;
        if let Some(dst) = buf.get_mut(at..at + 2) {
            dst.copy_from_slice(&digit_pair(v));
        }
    } else {
        at -= 1;
        set(buf, at, digit_pair(v)[1]);
    }
    at
}

fn write_decimal(
    f: &mut fmt::Formatter<'_>,
    digits: &Digits,
    exponent: i32,
    format: Format,
) -> fmt::Result {
    write_number(f, digits, Suffix::decimal(exponent, format).as_bytes())
}

fn write_binary(f: &mut fmt::Formatter<'_>, digits: &Digits, exponent: i32) -> fmt::Result {
    let suffix = binary_suffix(exponent.wrapping_mul(10));
    write_number(f, digits, suffix.as_bytes())
}

/// Writes the digits and the suffix. Up to 128 bits, the whole form is assembled on the stack
/// and written in one call: `core::fmt` per piece costs more than the arithmetic.
fn write_number(f: &mut fmt::Formatter<'_>, digits: &Digits, suffix: &[u8]) -> fmt::Result {
    match digits.small() {
        Some((neg, m)) => write_small_number(f, neg, m, suffix),
        None => {
            write!(f, "{digits}")?;
            f.write_str(ascii(suffix))
        }
    }
}

/// A sign, at most 128 bits of digits and a suffix, assembled backwards on the stack.
fn write_small_number(
    f: &mut fmt::Formatter<'_>,
    neg: bool,
    m: u128,
    suffix: &[u8],
) -> fmt::Result {
    let mut buf = [0u8; 64];
    let mut at = buf.len() - suffix.len();
    if let Some(dst) = buf.get_mut(at..) {
        dst.copy_from_slice(suffix);
    }
    let mut m = m;
    while u64::try_from(m).is_err() {
        at -= 19;
        if let Some(dst) = buf.get_mut(at..at + 19) {
            put_limb(dst, u64::try_from(m % u128::from(TEN19)).unwrap_or(0));
        }
        m /= u128::from(TEN19);
    }
    at = put_u64(&mut buf, at, u64::try_from(m).unwrap_or(0));
    if neg {
        at -= 1;
        set(&mut buf, at, b'-');
    }
    f.write_str(ascii(buf.get(at..).unwrap_or_default()))
}

impl fmt::Display for Digits<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Digits::Small(..) => write_number(f, self, b""),
            Digits::Big(neg, m) => {
                if *neg {
                    f.write_char('-')?;
                }
                m.write_decimal(f)
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

/// `m / 10^k` and whether it is exact, dividing by constants (a division by a variable is a
/// slow instruction).
fn div_pow10(m: u64, k: u32) -> (u128, bool) {
    fn by<const P: u64>(m: u64) -> (u128, bool) {
        (u128::from(m / P), m % P == 0)
    }
    match k {
        0 => (u128::from(m), true),
        1 => by::<10>(m),
        2 => by::<100>(m),
        3 => by::<1_000>(m),
        4 => by::<10_000>(m),
        5 => by::<100_000>(m),
        6 => by::<1_000_000>(m),
        7 => by::<10_000_000>(m),
        8 => by::<100_000_000>(m),
        9 => by::<1_000_000_000>(m),
        10 => by::<10_000_000_000>(m),
        11 => by::<100_000_000_000>(m),
        12 => by::<1_000_000_000_000>(m),
        13 => by::<10_000_000_000_000>(m),
        14 => by::<100_000_000_000_000>(m),
        15 => by::<1_000_000_000_000_000>(m),
        16 => by::<10_000_000_000_000_000>(m),
        17 => by::<100_000_000_000_000_000>(m),
        18 => by::<1_000_000_000_000_000_000>(m),
        19 => by::<10_000_000_000_000_000_000>(m),
        _ => (0, m == 0),
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
    fn canonical_decimal(self) -> Option<(u128, i32)> {
        let (mut m, times) = strip_tens(self.m);
        let mut e = self.e.checked_add(times)?;
        while e % 3 != 0 {
            m = m.checked_mul(10)?;
            e -= 1;
        }
        Some((m, e))
    }

    /// Upstream's binary canonical form, or `None` to use the decimal one (values below 1024,
    /// fractions) or the exact path (beyond 128 bits).
    fn canonical_binary(self) -> Option<Option<(u128, i32)>> {
        let whole = if self.e >= 0 {
            self.m.checked_mul(pow10_u128(self.e.unsigned_abs()))?
        } else {
            // Values below 1024 and fractions print in decimal. 128-bit division is a library
            // call: 64 bits when the value allows.
            let k = self.e.unsigned_abs();
            let (whole, exact) = match u64::try_from(self.m) {
                Ok(m) => div_pow10(m, k),
                Err(_) => {
                    let p = pow10_u128(k);
                    (self.m / p, self.m % p == 0)
                }
            };
            if whole < 1024 || !exact {
                return Some(None);
            }
            whole
        };
        if whole < 1024 {
            return Some(None);
        }
        let times = whole.trailing_zeros() / 10;
        Some(Some((
            whole >> (times * 10),
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

    /// The canonical form computed in 128 bits, when the value allows: no `Digits`, one write.
    fn write_small(&self, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
        let small = self.small()?;
        let mut format = self.format;
        if format == Format::BinarySI {
            match small.canonical_binary()? {
                Some((m, exponent)) => {
                    let suffix = binary_suffix(exponent.wrapping_mul(10));
                    return Some(write_small_number(f, small.neg, m, suffix.as_bytes()));
                }
                None => format = Format::DecimalSI,
            }
        }
        let (m, exponent) = small.canonical_decimal()?;
        let suffix = Suffix::decimal(exponent, format);
        Some(write_small_number(f, small.neg, m, suffix.as_bytes()))
    }

    /// `AsCanonicalBytes`, written: digits and a decimal exponent that is a multiple of three.
    fn write_canonical_decimal(&self, f: &mut fmt::Formatter<'_>, format: Format) -> fmt::Result {
        let held;
        let d = match &self.repr {
            Repr::Int(a) => {
                if let Some((v, e)) = a.canonical_decimal() {
                    return write_decimal(f, &Digits::int(v), e, format);
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
                    Repr::Int(a) => a.canonical_base1024().map(|(v, e)| (Digits::int(v), e)),
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
    ///
    /// Some values print without their exponent, as upstream prints them (`1000E` prints `1`);
    /// see [Values that print without their exponent](Quantity#values-that-print-without-their-exponent).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.text {
            Some(t) => f.write_str(t.as_str()),
            None => self.write_canonical(f),
        }
    }
}
