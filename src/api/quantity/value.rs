//! Reading a quantity as a number: `Value`, `MilliValue`, `ScaledValue`, `AsApproximateFloat64`.

use super::{Quantity, Repr};

/// Go's `math.Pow10`: a product (or quotient) of two table entries, so the result matches Go's
/// bit for bit; `+Inf` above 10^308, `0` below 10^-323.
pub(crate) fn go_pow10(n: i64) -> f64 {
    const TAB: [f64; 32] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
    ];
    const POS32: [f64; 10] = [
        1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
    ];
    const NEG32: [f64; 11] = [
        1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
    ];
    let index = |i: i64| usize::try_from(i).unwrap_or(usize::MAX);
    let tab = |i: i64| TAB.get(index(i)).copied().unwrap_or(1.0);
    if (0..=308).contains(&n) {
        POS32.get(index(n / 32)).copied().unwrap_or(f64::INFINITY) * tab(n % 32)
    } else if (-323..=0).contains(&n) {
        let m = -n;
        NEG32.get(index(m / 32)).copied().unwrap_or(0.0) / tab(m % 32)
    } else if n > 0 {
        f64::INFINITY
    } else {
        0.0
    }
}

/// Go's `float64(int64)`: to nearest, ties to even, as Rust's conversion.
#[expect(
    clippy::cast_precision_loss,
    reason = "Go's conversion rounds the same way"
)]
fn int_to_f64(v: i64) -> f64 {
    v as f64
}

impl Quantity {
    /// ceil(value × 10^-`scale`) as an `i64`: Go's `ScaledValue`.
    ///
    /// Rounds up (away from zero on the fast path).
    ///
    /// # Past `i64`
    ///
    /// Nothing saturates and nothing reports overflow: the result is upstream's, and depends on
    /// how upstream holds the value ([`Quantity::is_inf_dec`]):
    ///
    /// - held as `inf.Dec` (19 digits or more, binary fractions, sums that left `int64`): the
    ///   low 64 bits of the rounded result as two's complement, as Go's `big.Int.Int64` keeps
    ///   them: `9223372036854775808` has value `i64::MIN`, 2^64 + 1 has value 1, and
    ///   `9223372036854775807` has milli-value −1000;
    /// - held in upstream's `int64` fast form: when the scaling overflows, the wrapped product
    ///   if the scales differ by 1, 2, 3, 6 or 9 digits, else 0: `9300000000000000` has
    ///   milli-value −9146744073709551616 (9.3×10^18 − 2^64), `10E` has value 0.
    ///
    /// Compare first ([`Quantity::cmp_i64`], [`Quantity::MAX_MILLI_VALUE`]) when the value may
    /// be that large.
    ///
    /// ```
    /// use kube_primitives::api::Quantity;
    ///
    /// let q: Quantity = "1.5G".parse().unwrap();
    /// assert_eq!(q.scaled_value(6), 1500);
    ///
    /// let past: Quantity = "9223372036854775808".parse().unwrap();
    /// assert_eq!(past.value(), i64::MIN);
    /// let fast: Quantity = "9300000000000000".parse().unwrap();
    /// assert_eq!(fast.milli_value(), -9_146_744_073_709_551_616);
    /// assert_eq!("10E".parse::<Quantity>().unwrap().value(), 0);
    /// ```
    #[doc(alias = "ScaledValue")]
    pub fn scaled_value(&self, scale: i32) -> i64 {
        match &self.repr {
            Repr::Int(a) => a.as_scaled_i64(scale).0,
            Repr::Dec(d) => d.scaled_value(i64::from(scale.wrapping_neg())),
        }
    }

    /// The value rounded up to a whole number: Go's `Value`.
    ///
    /// Past `i64` the result wraps as upstream's does, without saturating; see
    /// [`Quantity::scaled_value`].
    ///
    /// ```
    /// use kube_primitives::api::Quantity;
    ///
    /// assert_eq!("1500m".parse::<Quantity>().unwrap().value(), 2);
    /// assert_eq!("18446744073709551617".parse::<Quantity>().unwrap().value(), 1); // 2^64 + 1
    /// ```
    #[doc(alias = "Value")]
    pub fn value(&self) -> i64 {
        self.scaled_value(0)
    }

    /// The value in thousandths, rounded up: Go's `MilliValue`.
    ///
    /// Past `i64` the result wraps as upstream's does, without saturating; see
    /// [`Quantity::scaled_value`].
    ///
    /// ```
    /// use kube_primitives::api::Quantity;
    ///
    /// assert_eq!("1.5".parse::<Quantity>().unwrap().milli_value(), 1500);
    /// assert_eq!("9223372036854775807".parse::<Quantity>().unwrap().milli_value(), -1000);
    /// ```
    #[doc(alias = "MilliValue")]
    pub fn milli_value(&self) -> i64 {
        self.scaled_value(-3)
    }

    /// The largest whole number whose value in thousandths fits an `i64`: Go's
    /// `MaxMilliValue`.
    pub const MAX_MILLI_VALUE: i64 = i64::MAX / 1000;

    /// The value as a float, possibly losing precision, `±Inf` when out of range: Go's
    /// `AsApproximateFloat64`.
    ///
    /// ```
    /// use kube_primitives::api::Quantity;
    ///
    /// assert_eq!("1.5Gi".parse::<Quantity>().unwrap().as_approximate_f64(), 1_610_612_736.0);
    /// ```
    #[doc(alias = "AsApproximateFloat64")]
    pub fn as_approximate_f64(&self) -> f64 {
        let (base, exponent) = match &self.repr {
            Repr::Int(a) => (int_to_f64(a.value), i64::from(a.scale)),
            Repr::Dec(d) => (d.unscaled_f64(), i64::from(d.scale.wrapping_neg())),
        };
        if exponent == 0 {
            base
        } else {
            base * go_pow10(exponent)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow10_matches_go() {
        assert_eq!(go_pow10(0), 1.0);
        assert_eq!(go_pow10(22), 1e22);
        assert_eq!(go_pow10(308), 1e308);
        assert_eq!(go_pow10(309), f64::INFINITY);
        assert_eq!(go_pow10(-9), 1e-9);
        assert_eq!(go_pow10(-324), 0.0);
    }
}
