//! The allocation bitmap (`allocator.NewAllocationMapWithOffset` in
//! [`pkg/registry/core/service/allocator/bitmap.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/registry/core/service/allocator/bitmap.go)):
//! `max` items, the first `offset` of them reserved for explicit requests and handed out at random
//! only when the rest is full.

use alloc::vec::Vec;

use super::RandomSource;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Bitmap {
    words: Vec<u64>,
    max: usize,
    count: usize,
    offset: usize,
}

impl Bitmap {
    pub(super) fn new(max: usize, offset: usize) -> Bitmap {
        Bitmap {
            words: alloc::vec![0; max.div_ceil(64)],
            max,
            count: 0,
            offset: offset.min(max),
        }
    }

    pub(super) fn has(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    fn set(&mut self, i: usize, on: bool) {
        if let Some(w) = self.words.get_mut(i / 64) {
            if on {
                *w |= 1 << (i % 64);
            } else {
                *w &= !(1 << (i % 64));
            }
        }
    }

    /// Marks `i`; `false` when it already was (or is out of range).
    pub(super) fn allocate(&mut self, i: usize) -> bool {
        if i >= self.max || self.has(i) {
            return false;
        }
        self.set(i, true);
        self.count += 1;
        true
    }

    /// Upstream's `randomScanStrategyWithOffset`: a random start in the upper band, scanning
    /// forward with wrap-around; then the same in the lower band.
    pub(super) fn allocate_next(&mut self, rng: &mut impl RandomSource) -> Option<usize> {
        if self.count >= self.max {
            return None;
        }
        let upper = self.max - self.offset;
        let pick = |this: &Bitmap, base: usize, len: usize, start: usize| {
            (0..len)
                .map(|i| base + (start + i) % len)
                .find(|&at| !this.has(at))
        };
        let mut found = None;
        if upper > 0 {
            let start = rng.below(upper).min(upper - 1);
            found = pick(self, self.offset, upper, start);
        }
        if found.is_none() && self.offset > 0 {
            let start = rng.below(self.offset).min(self.offset - 1);
            found = pick(self, 0, self.offset, start);
        }
        let at = found?;
        self.set(at, true);
        self.count += 1;
        Some(at)
    }

    pub(super) fn release(&mut self, i: usize) {
        if self.has(i) {
            self.set(i, false);
            self.count -= 1;
        }
    }

    pub(super) fn max(&self) -> usize {
        self.max
    }

    pub(super) fn free(&self) -> usize {
        self.max - self.count
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.max).filter(|&i| self.has(i))
    }
}
