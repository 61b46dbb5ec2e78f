//! The few operations upstream performs on the binary value of its `big.Int`, done on decimal
//! limbs: `×2^k` for the binary suffixes, stripping factors of 1024 for the binary canonical
//! form, the low 64 bits `Int64` keeps, and the nearest `f64`.

use smallvec::SmallVec;

use super::{low64, BigUint, BASE, TEN19};

impl BigUint {
    /// The value modulo 2^64 (what Go's `big.Int.Int64` keeps). Constant time: 10^76 is a
    /// multiple of 2^64, so only the low four limbs matter.
    pub(crate) fn low_u64(&self) -> u64 {
        let mut acc = 0u64;
        let mut place = 1u64;
        for &l in self.0.iter().take(4) {
            acc = acc.wrapping_add(l.wrapping_mul(place));
            place = place.wrapping_mul(TEN19);
        }
        acc
    }

    /// `self *= 2^bits`. Linear per 63 bits.
    pub(crate) fn shl(&mut self, bits: u32) {
        let mut bits = bits;
        while bits > 0 && !self.is_zero() {
            let step = bits.min(63);
            self.mul_add_small(1 << step, 0);
            bits -= step;
        }
    }

    /// `self /= 2^bits` for a multiple of 2^bits, `bits <= 60`. Linear: the remainder carried
    /// from limb to limb stays below 2^60, so each step is a shift.
    fn div_pow2(&mut self, bits: u32) {
        let mask = (1u128 << bits) - 1;
        let mut rem = 0u128;
        for limb in self.0.iter_mut().rev() {
            let cur = rem * BASE + u128::from(*limb);
            *limb = low64(cur >> bits);
            rem = cur & mask;
        }
        self.trim();
    }

    /// Removes factors of 1024, returning how many (Go's `removeBigIntFactors(d, 1024)`).
    ///
    /// Each pass over the limbs removes up to six factors (2^60), found from the low 64 bits, so
    /// the cost is the number of limbs times (factors / 6 + 1): linear unless the value is a
    /// multiple of a large power of two.
    pub(crate) fn strip_1024s(&mut self) -> u32 {
        let mut times = 0u32;
        loop {
            let low = self.low_u64();
            if self.is_zero() {
                return times;
            }
            let k = (low.trailing_zeros() / 10).min(6);
            if k == 0 {
                return times;
            }
            self.div_pow2(k * 10);
            times = times.saturating_add(k);
        }
    }

    /// The nearest `f64`, ties to even (Go's `big.Float.SetInt(x).Float64()`).
    pub(crate) fn to_f64(&self) -> f64 {
        // Past 309 digits every value is beyond f64's range.
        if self.decimal_len() > 310 {
            return f64::INFINITY;
        }
        let mut binary: SmallVec<[u64; 24]> = SmallVec::new();
        for &limb in self.0.iter().rev() {
            let mut carry = u128::from(limb);
            for b in binary.iter_mut() {
                let t = u128::from(*b) * BASE + carry;
                *b = low64(t);
                carry = t >> 64;
            }
            if carry != 0 {
                binary.push(low64(carry));
            }
        }
        binary_to_f64(&binary)
    }
}

/// The nearest `f64` to binary limbs (least significant first, no high zeros), ties to even.
#[expect(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a 54-bit mantissa converts exactly; shifts and exponents are bounded by the length"
)]
fn binary_to_f64(limbs: &[u64]) -> f64 {
    let Some(&top) = limbs.last() else {
        return 0.0;
    };
    let bits = (limbs.len() as u64 - 1) * 64 + u64::from(64 - top.leading_zeros());
    if bits <= 64 {
        return limbs.first().copied().unwrap_or(0) as f64;
    }
    if bits > 1100 {
        return f64::INFINITY;
    }
    // Keep 64 top bits and a sticky bit for everything below them.
    let shift = bits - 64;
    let limb = (shift / 64) as usize;
    let off = (shift % 64) as u32;
    let get = |i: usize| limbs.get(i).copied().unwrap_or(0);
    let mut top = get(limb) >> off;
    if off != 0 {
        top |= get(limb + 1) << (64 - off);
    }
    let mut sticky = get(limb) & ((1u64 << off).wrapping_sub(1)) != 0;
    sticky |= limbs.iter().take(limb).any(|&l| l != 0);
    // `top` has its highest bit set; round it to 53 bits by hand.
    let mantissa = top >> 11;
    let rest = top & 0x7FF;
    let half = 0x400;
    let round_up = rest > half || (rest == half && (sticky || mantissa & 1 == 1));
    let mantissa = mantissa + u64::from(round_up);
    let exp = shift as i32 + 11;
    // `powi` needs std; a power of two is exact from its bits. `exp` is at most 1047, so
    // two factors cover it (the product overflows to infinity past f64's range).
    let pow2 = |e: i32| f64::from_bits(((e.clamp(0, 1023) + 1023) as u64) << 52);
    let value = mantissa as f64 * pow2(exp.min(1023)) * pow2(exp - 1023);
    if value.is_finite() {
        value
    } else {
        f64::INFINITY
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigUint {
        BigUint::from_digits(s.as_bytes(), b"")
    }

    #[test]
    fn factors_of_1024() {
        // 5 × 2^700: 70 factors, over many passes.
        let mut v = BigUint::from_u64(5);
        v.shl(700);
        assert_eq!(v.strip_1024s(), 70);
        assert_eq!(v, BigUint::from_u64(5));
        let mut w = BigUint::from_u64(1 << 9);
        assert_eq!(w.strip_1024s(), 0);
    }

    #[test]
    fn floats_round_to_nearest_even() {
        assert_eq!(BigUint::from_u128(1 << 100).to_f64(), 2f64.powi(100));
        // 2^64 + 2^11 is exactly halfway between two doubles: ties to even (down).
        assert_eq!(
            BigUint::from_u128((1 << 64) + (1 << 11)).to_f64(),
            2f64.powi(64)
        );
        assert_eq!(
            BigUint::from_u128((1 << 64) + (1 << 11) + 1).to_f64(),
            2f64.powi(64) + 4096.0
        );
        assert_eq!(
            BigUint::from_u128((1 << 64) + 3 * (1 << 11)).to_f64(),
            2f64.powi(64) + 8192.0
        );
        assert_eq!(
            big("123456789012345678901234567890").to_f64(),
            123456789012345678901234567890.0
        );
        assert_eq!(big(&"9".repeat(308)).to_f64(), 1e308);
        assert_eq!(big(&"9".repeat(309)).to_f64(), f64::INFINITY);
    }
}
