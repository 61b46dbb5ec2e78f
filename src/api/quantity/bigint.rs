//! A small unsigned big integer: just what exact quantity arithmetic needs.
//!
//! Little-endian 64-bit limbs, two of them inline, so values below 2^128 (every quantity a
//! manifest realistically holds, scaled to nano units) never allocate.

use alloc::string::String;
use core::cmp::Ordering;

use smallvec::SmallVec;

/// 10^19, the largest power of ten in a `u64`.
pub(crate) const TEN19: u64 = 10_000_000_000_000_000_000;

/// 10^k, for k < 20.
pub(crate) fn pow10(k: u32) -> u64 {
    if k < 20 {
        pow10_u128(k) as u64
    } else {
        0
    }
}

/// An unsigned integer of any size; no high zero limbs (zero is empty).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct BigUint(SmallVec<[u64; 2]>);

impl BigUint {
    pub(crate) fn zero() -> BigUint {
        BigUint(SmallVec::new())
    }

    pub(crate) fn from_u64(v: u64) -> BigUint {
        let mut b = BigUint::zero();
        if v != 0 {
            b.0.push(v);
        }
        b
    }

    pub(crate) fn from_u128(v: u128) -> BigUint {
        let mut b = BigUint::from_u64(v as u64);
        let high = (v >> 64) as u64;
        if high != 0 {
            if b.0.is_empty() {
                b.0.push(0);
            }
            b.0.push(high);
        }
        b
    }

    /// The value, when it fits 128 bits.
    pub(crate) fn to_u128(&self) -> Option<u128> {
        match self.0.as_slice() {
            [] => Some(0),
            [lo] => Some(u128::from(*lo)),
            [lo, hi] => Some(u128::from(*lo) | (u128::from(*hi) << 64)),
            _ => None,
        }
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    /// The low 64 bits.
    pub(crate) fn low_u64(&self) -> u64 {
        self.0.first().copied().unwrap_or(0)
    }

    /// The number of significant bits.
    pub(crate) fn bit_len(&self) -> u64 {
        match self.0.last() {
            None => 0,
            Some(top) => (self.0.len() as u64 - 1) * 64 + u64::from(64 - top.leading_zeros()),
        }
    }

    /// `self = self * m + a`.
    pub(crate) fn mul_add_small(&mut self, m: u64, a: u64) {
        let mut carry = u128::from(a);
        for limb in self.0.iter_mut() {
            let t = u128::from(*limb) * u128::from(m) + carry;
            *limb = t as u64;
            carry = t >> 64;
        }
        if carry != 0 {
            self.0.push(carry as u64);
        }
        self.trim();
    }

    /// The value of ASCII decimal digits (other bytes are not expected).
    pub(crate) fn from_digits(digits: &[u8]) -> BigUint {
        let mut b = BigUint::zero();
        let head = digits.len() % 19;
        let (first, rest) = digits.split_at(head);
        let chunk = |c: &[u8]| {
            c.iter()
                .fold(0u64, |v, &d| v * 10 + u64::from(d.wrapping_sub(b'0') % 10))
        };
        if !first.is_empty() {
            b.mul_add_small(1, chunk(first));
        }
        for c in rest.chunks(19) {
            b.mul_add_small(TEN19, chunk(c));
        }
        b
    }

    /// `self *= 10^k`. The caller bounds `k`.
    pub(crate) fn mul_pow10(&mut self, k: u64) {
        if self.is_zero() {
            return;
        }
        let mut k = k;
        while k >= 19 {
            self.mul_add_small(TEN19, 0);
            k -= 19;
        }
        if k > 0 {
            self.mul_add_small(pow10(k as u32), 0);
        }
    }

    /// `self *= 2^bits`.
    pub(crate) fn shl(&mut self, bits: u32) {
        if self.is_zero() {
            return;
        }
        let limbs = (bits / 64) as usize;
        let bits = bits % 64;
        if bits != 0 {
            let mut carry = 0u64;
            for limb in self.0.iter_mut() {
                let next = *limb >> (64 - bits);
                *limb = (*limb << bits) | carry;
                carry = next;
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        for _ in 0..limbs {
            self.0.insert(0, 0);
        }
    }

    /// `self /= d`, returning the remainder. `d` must not be zero.
    pub(crate) fn div_rem_small(&mut self, d: u64) -> u64 {
        let d = d.max(1);
        if let [only] = self.0.as_mut_slice() {
            let rem = *only % d;
            *only /= d;
            self.trim();
            return rem;
        }
        let d = u128::from(d);
        let mut rem: u128 = 0;
        for limb in self.0.iter_mut().rev() {
            let cur = (rem << 64) | u128::from(*limb);
            *limb = (cur / d) as u64;
            rem = cur % d;
        }
        self.trim();
        rem as u64
    }

    /// The remainder of `self / d` (`d` not zero), without changing `self`.
    pub(crate) fn rem_small(&self, d: u64) -> u64 {
        let d = d.max(1);
        if let [only] = self.0.as_slice() {
            return *only % d;
        }
        let d = u128::from(d);
        let mut rem: u128 = 0;
        for limb in self.0.iter().rev() {
            rem = ((rem << 64) | u128::from(*limb)) % d;
        }
        rem as u64
    }

    /// `self /= 10^k`, returning whether the remainder was non-zero.
    pub(crate) fn div_pow10(&mut self, k: u64) -> bool {
        let mut inexact = false;
        let mut k = k;
        while k >= 19 && !self.is_zero() {
            inexact |= self.div_rem_small(TEN19) != 0;
            k -= 19;
        }
        if k > 0 && !self.is_zero() {
            inexact |= self.div_rem_small(pow10(k as u32)) != 0;
        }
        inexact
    }

    /// Removes trailing decimal zeros, returning how many.
    pub(crate) fn strip_tens(&mut self) -> u64 {
        if self.is_zero() {
            return 0;
        }
        let mut times = 0;
        while self.rem_small(TEN19) == 0 {
            self.div_rem_small(TEN19);
            times += 19;
        }
        while self.rem_small(10) == 0 {
            self.div_rem_small(10);
            times += 1;
        }
        times
    }

    /// Removes factors of 1024, returning how many.
    pub(crate) fn strip_1024s(&mut self) -> u32 {
        if self.is_zero() {
            return 0;
        }
        let zeros = self.0.iter().take_while(|&&l| l == 0).count() as u64 * 64
            + u64::from(
                self.0
                    .iter()
                    .find(|&&l| l != 0)
                    .map_or(0, |l| l.trailing_zeros()),
            );
        let times = zeros / 10;
        self.shr((times * 10) as u32);
        times as u32
    }

    /// `self /= 2^bits`.
    fn shr(&mut self, bits: u32) {
        let limbs = (bits / 64) as usize;
        let bits = bits % 64;
        self.0.drain(..limbs.min(self.0.len()));
        if bits != 0 {
            let mut carry = 0u64;
            for limb in self.0.iter_mut().rev() {
                let next = *limb << (64 - bits);
                *limb = (*limb >> bits) | carry;
                carry = next;
            }
        }
        self.trim();
    }

    pub(crate) fn add(&self, other: &BigUint) -> BigUint {
        let (long, short) = if self.0.len() >= other.0.len() {
            (self, other)
        } else {
            (other, self)
        };
        let mut out = long.clone();
        let mut carry = false;
        for (i, limb) in out.0.iter_mut().enumerate() {
            let s = short.0.get(i).copied().unwrap_or(0);
            if s == 0 && !carry && i >= short.0.len() {
                break;
            }
            let (v, c1) = limb.overflowing_add(s);
            let (v, c2) = v.overflowing_add(u64::from(carry));
            *limb = v;
            carry = c1 || c2;
        }
        if carry {
            out.0.push(1);
        }
        out
    }

    /// `self - other`; `other` must not be larger.
    pub(crate) fn sub(&self, other: &BigUint) -> BigUint {
        let mut out = self.clone();
        let mut borrow = false;
        for (i, limb) in out.0.iter_mut().enumerate() {
            let s = other.0.get(i).copied().unwrap_or(0);
            let (v, b1) = limb.overflowing_sub(s);
            let (v, b2) = v.overflowing_sub(u64::from(borrow));
            *limb = v;
            borrow = b1 || b2;
        }
        out.trim();
        out
    }

    /// The number of decimal digits (zero has none).
    pub(crate) fn decimal_len(&self) -> u64 {
        match self.to_u128() {
            Some(v) => u128_digits(v),
            None => self.to_decimal().len() as u64,
        }
    }

    /// Decimal digits (`"0"` for zero).
    pub(crate) fn to_decimal(&self) -> String {
        if let Some(v) = self.to_u128() {
            return alloc::format!("{v}");
        }
        let mut chunks = alloc::vec::Vec::new();
        let mut n = self.clone();
        while !n.is_zero() {
            chunks.push(n.div_rem_small(TEN19));
        }
        let mut s = String::new();
        for (i, c) in chunks.iter().rev().enumerate() {
            if i == 0 {
                s.push_str(&alloc::format!("{c}"));
            } else {
                s.push_str(&alloc::format!("{c:019}"));
            }
        }
        s
    }

    /// The nearest `f64`, ties to even (Go's `big.Float.SetInt(x).Float64()`).
    pub(crate) fn to_f64(&self) -> f64 {
        let bits = self.bit_len();
        if bits <= 64 {
            return self.low_u64() as f64;
        }
        if bits > 1100 {
            return f64::INFINITY;
        }
        // Keep 64 top bits and a sticky bit for everything below them.
        let shift = bits - 64;
        let limb = (shift / 64) as usize;
        let off = (shift % 64) as u32;
        let get = |i: usize| self.0.get(i).copied().unwrap_or(0);
        let mut top = get(limb) >> off;
        if off != 0 {
            top |= get(limb + 1) << (64 - off);
        }
        let mut sticky = get(limb) & ((1u64 << off).wrapping_sub(1)) != 0;
        sticky |= self.0.iter().take(limb).any(|&l| l != 0);
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

/// The number of decimal digits of `v` (zero has none), without dividing.
pub(crate) fn u128_digits(v: u128) -> u64 {
    if v == 0 {
        return 0;
    }
    let bits = 128 - u64::from(v.leading_zeros());
    // floor(bits × log10(2)) is the digit count or one less.
    let approx = (bits * 1233) >> 12;
    approx + u64::from(v >= pow10_u128(approx as u32))
}

/// Powers of ten that fit a `u128`.
#[allow(clippy::indexing_slicing)] // compile time
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
    POW10_128.get(k as usize).copied().unwrap_or(u128::MAX)
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

    #[test]
    fn digits_round_trip() {
        for s in [
            "0",
            "1",
            "18446744073709551615",
            "18446744073709551616",
            "340282366920938463463374607431768211456",
            "123456789012345678901234567890123456789012345678901234567890",
        ] {
            assert_eq!(BigUint::from_digits(s.as_bytes()).to_decimal(), s);
        }
    }

    #[test]
    fn digit_counts() {
        for k in 0..39u32 {
            let p = 10u128.pow(k);
            assert_eq!(u128_digits(p), u64::from(k) + 1, "10^{k}");
            if k > 0 {
                assert_eq!(u128_digits(p - 1), u64::from(k), "10^{k}-1");
            }
        }
        assert_eq!(u128_digits(u128::MAX), 39);
        assert_eq!(u128_digits(0), 0);
    }

    #[test]
    fn arithmetic() {
        let a = BigUint::from_digits(b"99999999999999999999999999999999999999");
        let one = BigUint::from_u64(1);
        let b = a.add(&one);
        assert_eq!(b.to_decimal(), "100000000000000000000000000000000000000");
        assert_eq!(b.sub(&one), a);
        let mut c = b.clone();
        assert_eq!(c.strip_tens(), 38);
        assert_eq!(c, one);
        let mut d = BigUint::from_u64(3);
        d.shl(70);
        assert_eq!(d.to_decimal(), alloc::format!("{}", 3u128 << 70));
        assert_eq!(d.strip_1024s(), 7);
        let mut e = BigUint::from_u64(12345);
        e.mul_pow10(40);
        assert!(!e.clone().div_pow10(40));
        assert!(e.div_pow10(41));
        assert_eq!(e.to_decimal(), "1234");
        assert_eq!(pow10_wrapping(3), 1000);
        assert_eq!(pow10_wrapping(64), 0);
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
        let big = BigUint::from_digits(b"123456789012345678901234567890");
        assert_eq!(big.to_f64(), 123456789012345678901234567890.0);
    }
}
