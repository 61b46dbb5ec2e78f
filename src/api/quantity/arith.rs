//! Exact arithmetic and comparison: Go's `Add`, `Sub`, `Neg`, `Mul`, `Cmp`, `CmpInt64`,
//! `RoundUp`, with `Eq`, `Ord` and `Hash` by value.

use core::cmp::Ordering;
use core::hash::{Hash, Hasher};
use core::ops::{Add, AddAssign, Neg, Sub, SubAssign};

use super::amount::Amount;
use super::bigint::{pow10, BigUint};
use super::dec::TooLarge;
use super::{Quantity, Repr};

impl Quantity {
    fn combine(&mut self, y: &Quantity, subtract: bool) -> Result<(), TooLarge> {
        self.text = None;
        if self.is_zero() {
            self.format = y.format;
        }
        if let (Repr::Int(a), Repr::Int(b)) = (&mut self.repr, &y.repr) {
            let mut sum = *a;
            let done = if subtract { sum.sub(*b) } else { sum.add(*b) };
            if done {
                *a = sum;
                return Ok(());
            }
        }
        let held;
        let other = match &y.repr {
            Repr::Dec(d) => d,
            Repr::Int(a) => {
                held = a.to_dec();
                &held
            }
        };
        let fits = match &self.repr {
            Repr::Dec(d) => d.add_fits(other),
            Repr::Int(a) => a.to_dec().add_fits(other),
        };
        if !fits {
            return Err(TooLarge);
        }
        // The sum is built in `self`'s digits: a long operand is not copied.
        let mine = match core::mem::replace(&mut self.repr, Repr::Int(Amount::default())) {
            Repr::Int(a) => a.to_dec(),
            Repr::Dec(d) => d,
        };
        self.repr = Repr::Dec(mine.add(other, subtract));
        Ok(())
    }

    /// `self + y`, or `None` when the exact sum would need more than
    /// [`Quantity::MAX_WRITTEN_DIGITS`] written-out digits (operands whose scales differ by that
    /// much; upstream never returns on these).
    ///
    /// The format is `self`'s, or `y`'s when `self` is zero (Go's `Add`).
    ///
    /// ```
    /// use kube_primitives::api::Quantity;
    ///
    /// let a: Quantity = "1Gi".parse().unwrap();
    /// let b: Quantity = "512Mi".parse().unwrap();
    /// assert_eq!(a.checked_add(&b).unwrap().to_string(), "1536Mi");
    /// ```
    #[doc(alias = "Add")]
    #[inline]
    pub fn checked_add(&self, y: &Quantity) -> Option<Quantity> {
        if let (Repr::Int(a), Repr::Int(b)) = (&self.repr, &y.repr) {
            let mut sum = *a;
            if sum.add(*b) {
                let format = if a.value == 0 { y.format } else { self.format };
                return Some(Quantity::with(Repr::Int(sum), format, None));
            }
        }
        let mut q = self.clone();
        q.combine(y, false).ok()?;
        Some(q)
    }

    /// `self - y`, or `None` in the same extreme case as [`Quantity::checked_add`].
    ///
    /// ```
    /// use kube_primitives::api::Quantity;
    ///
    /// let a: Quantity = "1".parse().unwrap();
    /// let b: Quantity = "250m".parse().unwrap();
    /// assert_eq!(a.checked_sub(&b).unwrap().to_string(), "750m");
    /// ```
    #[doc(alias = "Sub")]
    pub fn checked_sub(&self, y: &Quantity) -> Option<Quantity> {
        let mut q = self.clone();
        q.combine(y, true).ok()?;
        Some(q)
    }

    /// Multiplies by `y`; `false` when the result's unscaled value leaves the `i64` range (it is
    /// still exact): Go's `Mul`.
    #[doc(alias = "Mul")]
    pub fn mul_i64(&mut self, y: i64) -> bool {
        self.text = None;
        if let Repr::Int(a) = &mut self.repr {
            if a.mul(y) {
                return true;
            }
        }
        let mut d = self.to_dec();
        d.mul_i64(y);
        let fits = d.unscaled_is_i64();
        self.repr = Repr::Dec(d);
        fits
    }

    /// Rounds up (away from zero) to a multiple of 10^`scale`; `false` if that lost precision:
    /// Go's `RoundUp`.
    ///
    /// ```
    /// use kube_primitives::api::Quantity;
    ///
    /// let mut q: Quantity = "1.2345k".parse().unwrap();
    /// assert!(!q.round_up(3));
    /// assert_eq!(q.to_string(), "2k");
    /// ```
    #[doc(alias = "RoundUp")]
    pub fn round_up(&mut self, scale: i32) -> bool {
        match &mut self.repr {
            Repr::Int(a) => {
                if a.scale >= scale {
                    return true;
                }
                self.text = None;
                let (r, exact) = a.as_scale(scale);
                *a = r;
                exact
            }
            Repr::Dec(d) => {
                self.text = None;
                let before = d.clone();
                d.round_up(scale.wrapping_neg());
                d.cmp(&before).is_eq()
            }
        }
    }

    /// Compares with an integer: Go's `CmpInt64`.
    #[doc(alias = "CmpInt64")]
    pub fn cmp_i64(&self, y: i64) -> Ordering {
        match &self.repr {
            Repr::Int(a) => cmp_amounts(*a, Amount::new(y, 0)),
            Repr::Dec(d) => d.cmp_i64(y),
        }
    }

    /// Sign, digits without trailing zeros, and decimal exponent: equal values, equal keys.
    fn normalized(&self) -> (bool, BigUint, i64) {
        match &self.repr {
            Repr::Int(a) => {
                let mut m = a.value.unsigned_abs();
                let mut e = i64::from(a.scale);
                while m != 0 && m % 10 == 0 {
                    m /= 10;
                    e += 1;
                }
                (
                    a.value < 0,
                    BigUint::from_u64(m),
                    if m == 0 { 0 } else { e },
                )
            }
            Repr::Dec(d) => {
                let (neg, c, e) = d.normalized();
                let e = if c.is_zero() { 0 } else { e };
                (neg, c, e)
            }
        }
    }
}

/// Exact comparison of two fast-path amounts, in 128 bits when the scales are close.
#[inline]
fn cmp_amounts(a: Amount, b: Amount) -> Ordering {
    if a.scale == b.scale {
        return a.value.cmp(&b.value);
    }
    let diff = i64::from(a.scale) - i64::from(b.scale);
    if diff.unsigned_abs() <= 19 {
        let p = i128::from(pow10(
            u32::try_from(diff.unsigned_abs()).unwrap_or(u32::MAX),
        ));
        let (x, y) = if diff > 0 {
            (i128::from(a.value) * p, i128::from(b.value))
        } else {
            (i128::from(a.value), i128::from(b.value) * p)
        };
        return x.cmp(&y);
    }
    a.to_dec().cmp(&b.to_dec())
}

impl Ord for Quantity {
    /// Exact comparison by value: Go's `Cmp`.
    fn cmp(&self, other: &Self) -> Ordering {
        // Borrowed: a copy of a long operand would make every comparison linear.
        match (&self.repr, &other.repr) {
            (Repr::Int(a), Repr::Int(b)) => cmp_amounts(*a, *b),
            (Repr::Dec(a), Repr::Dec(b)) => a.cmp(b),
            (Repr::Dec(a), Repr::Int(b)) => a.cmp(&b.to_dec()),
            (Repr::Int(a), Repr::Dec(b)) => a.to_dec().cmp(b),
        }
    }
}

impl PartialOrd for Quantity {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Quantity {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Quantity {}

impl Hash for Quantity {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.normalized().hash(state);
    }
}

impl Neg for Quantity {
    type Output = Quantity;

    /// Go's `Neg`.
    fn neg(mut self) -> Quantity {
        self.text = None;
        match &mut self.repr {
            Repr::Int(a) => a.value = a.value.wrapping_neg(),
            Repr::Dec(d) => d.neg(),
        }
        self
    }
}

impl AddAssign<&Quantity> for Quantity {
    /// Go's `Add`. In the extreme case where [`Quantity::checked_add`] gives `None`, the operand
    /// of larger magnitude is kept.
    fn add_assign(&mut self, y: &Quantity) {
        if self.combine(y, false).is_err() && y.cmp_abs(self).is_gt() {
            *self = y.clone();
        }
    }
}

impl SubAssign<&Quantity> for Quantity {
    /// Go's `Sub`, saturating as `+=` does.
    fn sub_assign(&mut self, y: &Quantity) {
        if self.combine(y, true).is_err() && y.cmp_abs(self).is_gt() {
            *self = -y.clone();
        }
    }
}

impl core::iter::Sum for Quantity {
    /// Adds every quantity to a zero total with `+=`, as Go code sums with `Add` into a zero
    /// `Quantity`: the total takes the format of the first operand added while it is zero, and
    /// an empty sum is `0` ([`Format::DecimalSI`](super::Format::DecimalSI)).
    ///
    /// ```
    /// use kube_primitives::api::Quantity;
    ///
    /// let requests = ["250m", "1", "500m"].map(|s| s.parse::<Quantity>().unwrap());
    /// let total: Quantity = requests.into_iter().sum();
    /// assert_eq!(total.to_string(), "1750m");
    /// ```
    fn sum<I: Iterator<Item = Quantity>>(iter: I) -> Quantity {
        iter.fold(Quantity::zero(), |mut total, q| {
            total += &q;
            total
        })
    }
}

impl<'a> core::iter::Sum<&'a Quantity> for Quantity {
    /// As the owned [`Sum`](#impl-Sum-for-Quantity), borrowing the operands.
    ///
    /// ```
    /// use kube_primitives::api::Quantity;
    ///
    /// let limits: Vec<Quantity> = ["1Gi", "512Mi"].iter().map(|s| s.parse().unwrap()).collect();
    /// assert_eq!(limits.iter().sum::<Quantity>().to_string(), "1536Mi");
    /// ```
    fn sum<I: Iterator<Item = &'a Quantity>>(iter: I) -> Quantity {
        iter.fold(Quantity::zero(), |mut total, q| {
            total += q;
            total
        })
    }
}

impl AddAssign for Quantity {
    fn add_assign(&mut self, y: Quantity) {
        *self += &y;
    }
}

impl SubAssign for Quantity {
    fn sub_assign(&mut self, y: Quantity) {
        *self -= &y;
    }
}

impl Add<&Quantity> for Quantity {
    type Output = Quantity;

    fn add(mut self, y: &Quantity) -> Quantity {
        self += y;
        self
    }
}

impl Sub<&Quantity> for Quantity {
    type Output = Quantity;

    fn sub(mut self, y: &Quantity) -> Quantity {
        self -= y;
        self
    }
}

impl Add for Quantity {
    type Output = Quantity;

    fn add(self, y: Quantity) -> Quantity {
        self + &y
    }
}

impl Sub for Quantity {
    type Output = Quantity;

    fn sub(self, y: Quantity) -> Quantity {
        self - &y
    }
}

impl Quantity {
    fn cmp_abs(&self, other: &Quantity) -> Ordering {
        let abs = |q: &Quantity| {
            if q.signum() < 0 {
                -q.clone()
            } else {
                q.clone()
            }
        };
        abs(self).cmp(&abs(other))
    }
}
