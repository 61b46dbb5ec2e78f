//! Caller-provided randomness.

/// A source of uniformly distributed indexes: Go's `rand.Intn` as the allocators use it.
#[doc(alias = "Intn")]
pub trait RandomSource {
    /// A value in `0..n`; `n` is at least 1.
    fn below(&mut self, n: usize) -> usize;
}

/// A small seedable generator (SplitMix64) for callers without their own.
///
/// ```
/// use kube_primitives::service::{RandomSource, SplitMix64};
///
/// let mut rng = SplitMix64::new(42);
/// assert!(rng.below(10) < 10);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

impl RandomSource for SplitMix64 {
    fn below(&mut self, n: usize) -> usize {
        // Multiply-shift: uniform enough for picking a start index.
        let scaled = (u128::from(self.next()) * n as u128) >> 64;
        // Below `n`, so it fits.
        usize::try_from(scaled).unwrap_or(0)
    }
}
