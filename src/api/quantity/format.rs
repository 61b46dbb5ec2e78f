//! The canonical form: Go's `Quantity.CanonicalizeBytes` and the suffix tables of `suffix.go`.

use alloc::string::String;
use core::fmt::{self, Write};

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

/// Digits, as an `i64` on the fast path or written out otherwise.
enum Digits {
    Int(i64),
    Text(String),
}

impl fmt::Display for Digits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Digits::Int(v) => write!(f, "{v}"),
            Digits::Text(s) => f.write_str(s),
        }
    }
}

impl Quantity {
    /// `AsCanonicalBytes`: digits and a decimal exponent that is a multiple of three.
    fn canonical_decimal(&self) -> (Digits, i32) {
        if let Repr::Int(a) = &self.repr {
            if let Some((v, e)) = a.canonical_decimal() {
                return (Digits::Int(v), e);
            }
        }
        let (s, e) = self.to_dec().canonical_decimal();
        (Digits::Text(s), e)
    }

    /// Writes upstream's canonical form, ignoring any kept input.
    fn write_canonical(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_zero() {
            return f.write_char('0');
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
                        d.canonical_base1024().ok().map(|(s, e)| (Digits::Text(s), e))
                    }
                    (None, Repr::Dec(d)) => d
                        .canonical_base1024()
                        .ok()
                        .map(|(s, e)| (Digits::Text(s), e)),
                };
                if let Some((digits, exponent)) = digits {
                    return write!(f, "{digits}{}", binary_suffix(exponent.wrapping_mul(10)));
                }
                // Beyond what can be written out in binary form: decimal instead.
                format = Format::DecimalSI;
            } else {
                // Not a whole number: do not lose precision.
                format = Format::DecimalSI;
            }
        }
        let (digits, exponent) = self.canonical_decimal();
        match format {
            Format::DecimalExponent if exponent != 0 => write!(f, "{digits}e{exponent}"),
            Format::DecimalExponent => write!(f, "{digits}"),
            _ => write!(f, "{digits}{}", decimal_suffix(exponent)),
        }
    }

    /// The value rounded up to a whole number when that is exact (`AsScale(0)`), else `None`.
    fn integer_part(&self) -> Option<Repr> {
        match &self.repr {
            Repr::Int(a) => match a.as_scale(0) {
                (r, true) => Some(Repr::Int(r)),
                _ => None,
            },
            Repr::Dec(d) => {
                let mut r = d.clone();
                r.round_up(0);
                (r.cmp(d).is_eq()).then_some(Repr::Dec(r))
            }
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

