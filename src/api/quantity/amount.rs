//! Go's `int64Amount` (`amount.go`, `math.go`): the fast representation of a quantity, an `int64`
//! and a base-10 scale. Its helpers keep upstream's overflow behaviour: some report overflow and
//! return the wrapped product, the general loop returns zero.

use super::dec::Dec;

/// `mostNegative`.
const MOST_NEGATIVE: i64 = i64::MIN;

/// value × 10^scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) struct Amount {
    pub(crate) value: i64,
    pub(crate) scale: i32,
}

/// `int64Add`: a+b, or `None` on overflow.
fn add(a: i64, b: i64) -> Option<i64> {
    a.checked_add(b)
}

/// `int64Multiply`.
pub(crate) fn multiply(a: i64, b: i64) -> Option<i64> {
    if a == 0 || b == 0 || a == 1 || b == 1 {
        return Some(a.wrapping_mul(b));
    }
    if a == MOST_NEGATIVE || b == MOST_NEGATIVE {
        return None;
    }
    a.checked_mul(b)
}

/// `int64MultiplyScale` (and its `10`, `100`, `1000` variants): the wrapped product and whether
/// it is exact.
fn multiply_scale(a: i64, b: i64) -> (i64, bool) {
    if a == 0 || a == 1 {
        return (a.wrapping_mul(b), true);
    }
    if a == MOST_NEGATIVE && b != 1 {
        return (0, false);
    }
    let c = a.wrapping_mul(b);
    (c, c.wrapping_div(b) == a)
}

/// `positiveScaleInt64`: base × 10^scale. Scales 1, 2, 3, 6 and 9 return the wrapped product on
/// overflow; every other scale returns 0. A negative scale (reached through `int32` wrap-around)
/// returns `base` unchanged, as upstream's loop does not run.
pub(crate) fn positive_scale(base: i64, scale: i32) -> (i64, bool) {
    match scale {
        0 => (base, true),
        1 => multiply_scale(base, 10),
        2 => multiply_scale(base, 100),
        3 => multiply_scale(base, 1000),
        6 => multiply_scale(base, 1_000_000),
        9 => multiply_scale(base, 1_000_000_000),
        _ => {
            let mut value = base;
            let mut i = 0;
            while i < scale {
                // Zero and one never overflow: upstream would loop `scale` times for nothing.
                if value == 0 {
                    return (0, true);
                }
                let (v, ok) = multiply_scale(value, 10);
                if !ok {
                    return (0, false);
                }
                value = v;
                i += 1;
            }
            (value, true)
        }
    }
}

/// `negativeScaleInt64`: base / 10^scale, rounded away from zero, and whether it was exact.
pub(crate) fn negative_scale(base: i64, scale: i32) -> (i64, bool) {
    if scale == 0 {
        return (base, true);
    }
    let mut value = base;
    let mut fraction = false;
    let mut i = 0;
    while i < scale {
        if !fraction && value % 10 != 0 {
            fraction = true;
        }
        value /= 10;
        if value == 0 {
            if fraction {
                return (if base > 0 { 1 } else { -1 }, false);
            }
            return (0, true);
        }
        i += 1;
    }
    if fraction {
        value = if base > 0 { value + 1 } else { value - 1 };
    }
    (value, !fraction)
}

/// `removeInt64Factors`: strips factors of `base`, returning the rest and how many. Inlined so
/// that the division is by a constant.
#[inline]
pub(crate) fn remove_factors(value: i64, base: i64) -> (i64, i32) {
    let negative = value < 0;
    let mut result = if negative {
        value.wrapping_neg()
    } else {
        value
    };
    let mut times = 0;
    while result >= base && result % base == 0 {
        times += 1;
        result /= base;
    }
    (
        if negative {
            result.wrapping_neg()
        } else {
            result
        },
        times,
    )
}

impl Amount {
    pub(crate) fn new(value: i64, scale: i32) -> Amount {
        Amount { value, scale }
    }

    /// `AsDec`.
    pub(crate) fn to_dec(self) -> Dec {
        Dec::from_i64(self.value, self.scale.wrapping_neg())
    }

    /// `AsInt64`.
    pub(crate) fn as_i64(self) -> Option<i64> {
        match self.scale {
            0 => Some(self.value),
            s if s < 0 => None,
            s => match positive_scale(self.value, s) {
                (v, true) => Some(v),
                _ => None,
            },
        }
    }

    /// `AsScaledInt64`: ceil(value × 10^(self.scale − scale)), rounding away from zero; the
    /// scale difference wraps in `int32`.
    pub(crate) fn as_scaled_i64(self, scale: i32) -> (i64, bool) {
        if self.scale < scale {
            (
                negative_scale(self.value, scale.wrapping_sub(self.scale)).0,
                true,
            )
        } else {
            positive_scale(self.value, self.scale.wrapping_sub(scale))
        }
    }

    /// `Add`: `false` (and `self` unchanged) when the sum leaves the fast path.
    #[inline]
    pub(crate) fn add(&mut self, b: Amount) -> bool {
        if b.value == 0 {
            return true;
        }
        if self.value == 0 {
            *self = b;
            return true;
        }
        if self.scale == b.scale {
            return match add(self.value, b.value) {
                Some(c) => {
                    self.value = c;
                    true
                }
                None => false,
            };
        }
        if self.scale > b.scale {
            let (c, ok) = positive_scale(self.value, self.scale.wrapping_sub(b.scale));
            match (ok, add(c, b.value)) {
                (true, Some(c)) => {
                    *self = Amount::new(c, b.scale);
                    true
                }
                _ => false,
            }
        } else {
            let (c, ok) = positive_scale(b.value, b.scale.wrapping_sub(self.scale));
            match (ok, add(self.value, c)) {
                (true, Some(c)) => {
                    self.value = c;
                    true
                }
                _ => false,
            }
        }
    }

    /// `Sub`: adds the negation (which wraps for `i64::MIN`, as upstream's does).
    pub(crate) fn sub(&mut self, b: Amount) -> bool {
        self.add(Amount::new(b.value.wrapping_neg(), b.scale))
    }

    /// `Mul`: `false` when the product leaves the fast path.
    pub(crate) fn mul(&mut self, b: i64) -> bool {
        if self.value == 0 {
            return true;
        }
        if b == 0 {
            *self = Amount::default();
            return true;
        }
        let Some(c) = multiply(self.value, b) else {
            return false;
        };
        let fits = match self.scale {
            0 => true,
            s if s > 0 => positive_scale(c, s).1,
            s => negative_scale(c, s.wrapping_neg()).1,
        };
        if fits {
            self.value = c;
        }
        fits
    }

    /// `AsScale`: rounded up (away from zero) to at least `scale`, and whether that was exact.
    pub(crate) fn as_scale(self, scale: i32) -> (Amount, bool) {
        if self.scale >= scale {
            return (self, true);
        }
        let (v, exact) = negative_scale(self.value, scale.wrapping_sub(self.scale));
        (Amount::new(v, scale), exact)
    }

    /// `AsCanonicalBytes`: the digits and an exponent that is a multiple of three, or `None`
    /// when upstream falls back to its decimal form.
    pub(crate) fn canonical_decimal(self) -> Option<(i64, i32)> {
        let (amount, times) = remove_factors(self.value, 10);
        let exponent = self.scale.wrapping_add(times);
        match exponent % 3 {
            1 | -2 => match multiply_scale(amount, 10) {
                (v, true) => Some((v, exponent.wrapping_sub(1))),
                _ => None,
            },
            2 | -1 => match multiply_scale(amount, 100) {
                (v, true) => Some((v, exponent.wrapping_sub(2))),
                _ => None,
            },
            _ => Some((amount, exponent)),
        }
    }

    /// `AsCanonicalBase1024Bytes`, or `None` when upstream falls back to its decimal form.
    pub(crate) fn canonical_base1024(self) -> Option<(i64, i32)> {
        match self.as_scaled_i64(0) {
            (v, true) => Some(remove_factors(v, 1024)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Rows from upstream's math_test.go and amount_test.go.
    #[test]
    fn scaling() {
        assert_eq!(negative_scale(-9, 1), (-1, false));
        assert_eq!(negative_scale(9, 1), (1, false));
        assert_eq!(negative_scale(1, 1), (1, false));
        assert_eq!(negative_scale(10, 1), (1, true));
        assert_eq!(negative_scale(-1001, 2), (-11, false));
        assert_eq!(positive_scale(1, 18), (1_000_000_000_000_000_000, true));
        assert_eq!(positive_scale(10, 18), (0, false));
        // Scale 3 returns the wrapped product, as upstream's int64MultiplyScale1000 does.
        assert_eq!(
            positive_scale(i64::MAX, 3),
            (i64::MAX.wrapping_mul(1000), false)
        );
        assert_eq!(remove_factors(1000, 10), (1, 3));
        assert_eq!(remove_factors(-2048, 1024), (-2, 1));
    }

    #[test]
    fn amounts() {
        let mut a = Amount::new(1, 3);
        assert!(a.add(Amount::new(5, 0)));
        assert_eq!(a, Amount::new(1005, 0));
        let mut big = Amount::new(i64::MAX, 0);
        assert!(!big.add(Amount::new(1, 0)));
        assert_eq!(Amount::new(15, -1).as_scale(0), (Amount::new(2, 0), false));
        assert_eq!(Amount::new(11, 4).canonical_decimal(), Some((110, 3)));
        assert_eq!(Amount::new(1536, 20).canonical_base1024(), None);
    }
}
