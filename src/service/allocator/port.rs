//! `PortAllocator`
//! ([`pkg/registry/core/service/portallocator/allocator.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/registry/core/service/portallocator/allocator.go)).

use alloc::string::{String, ToString};
use core::fmt;

use super::bitmap::Bitmap;
use super::{PortRange, RandomSource};

/// Why a port cannot be allocated; `Display` is upstream's text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AllocationError {
    /// `range is full`.
    Full,
    /// `provided port is already allocated`.
    Allocated,
    /// `provided port is not in the valid range. The range of valid ports is 30000-32767`.
    NotInRange {
        /// The valid range, printed.
        valid: String,
    },
}

impl fmt::Display for AllocationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AllocationError::Full => f.write_str("range is full"),
            AllocationError::Allocated => f.write_str("provided port is already allocated"),
            AllocationError::NotInRange { valid } => write!(
                f,
                "provided port is not in the valid range. The range of valid ports is {valid}"
            ),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for AllocationError {}

/// The NodePort allocator: explicit requests anywhere in the range; random picks from the upper
/// band first, keeping the lower `min(max(16, size/32), 128)` ports for explicit requests until the
/// upper band is full. Go's `PortAllocator`.
///
/// ```
/// use kube_primitives::service::{PortAllocator, SplitMix64};
///
/// let mut ports = PortAllocator::new("30000-32767".parse().unwrap());
/// assert_eq!(ports.static_band(), 86);
/// ports.allocate(30080).unwrap();
/// assert_eq!(ports.allocate(30080).unwrap_err().to_string(), "provided port is already allocated");
/// let mut rng = SplitMix64::new(7);
/// let p = ports.allocate_next(&mut rng).unwrap();
/// assert!((30086..=32767).contains(&p));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PortAllocator {
    range: PortRange,
    bits: Bitmap,
    offset: usize,
}

/// Upstream's `calculateRangeOffset`: `min(max(16, size/32), 128)`, and 0 for ranges of at
/// most 16 ports.
fn static_band(size: u32) -> usize {
    if size <= 16 {
        0
    } else {
        (size / 32).clamp(16, 128) as usize
    }
}

impl PortAllocator {
    /// An empty allocator over `range`. Go's `NewInMemory`.
    #[doc(alias = "NewInMemory")]
    pub fn new(range: PortRange) -> PortAllocator {
        let offset = static_band(range.size());
        PortAllocator {
            range,
            bits: Bitmap::new(range.size() as usize, offset),
            offset,
        }
    }

    /// The range.
    pub fn range(&self) -> PortRange {
        self.range
    }

    /// How many ports at the bottom of the range random picks leave for explicit requests. Go's
    /// `calculateRangeOffset`.
    #[doc(alias = "calculateRangeOffset")]
    pub fn static_band(&self) -> usize {
        self.offset
    }

    fn offset_of(&self, port: i64) -> Option<usize> {
        self.range
            .contains(port)
            .then(|| usize::try_from(port - i64::from(self.range.base())).ok())
            .flatten()
    }

    /// Reserves `port`. Go's `Allocate`.
    ///
    /// # Errors
    ///
    /// The port is outside the range, or already allocated.
    #[doc(alias = "Allocate")]
    pub fn allocate(&mut self, port: i64) -> Result<(), AllocationError> {
        let Some(i) = self.offset_of(port) else {
            return Err(AllocationError::NotInRange {
                valid: self.range.to_string(),
            });
        };
        if self.bits.allocate(i) {
            Ok(())
        } else {
            Err(AllocationError::Allocated)
        }
    }

    /// Reserves a free port chosen with `rng`. Go's `AllocateNext`.
    ///
    /// # Errors
    ///
    /// Every port is allocated.
    #[doc(alias = "AllocateNext")]
    pub fn allocate_next(&mut self, rng: &mut impl RandomSource) -> Result<u32, AllocationError> {
        let i = self.bits.allocate_next(rng).ok_or(AllocationError::Full)?;
        // `i` is below the range size, so the port is at most 65535.
        let offset = u32::try_from(i).map_err(|_| AllocationError::Full)?;
        Ok(self.range.base() + offset)
    }

    /// Frees `port`; freeing a free port or one outside the range does nothing. Go's `Release`.
    #[doc(alias = "Release")]
    pub fn release(&mut self, port: i64) {
        if let Some(i) = self.offset_of(port) {
            self.bits.release(i);
        }
    }

    /// Whether `port` is allocated. Go's `Has`.
    #[doc(alias = "Has")]
    pub fn has(&self, port: i64) -> bool {
        self.offset_of(port).is_some_and(|i| self.bits.has(i))
    }

    /// How many ports are free. Go's `Free`.
    #[doc(alias = "Free")]
    pub fn free(&self) -> usize {
        self.bits.free()
    }

    /// How many ports are allocated. Go's `Used`.
    #[doc(alias = "Used")]
    pub fn used(&self) -> usize {
        self.range.size() as usize - self.bits.free()
    }

    /// The allocated ports, in order. Go's `ForEach`.
    #[doc(alias = "ForEach")]
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        let base = self.range.base();
        // Offsets are below the range size, at most 65535.
        self.bits
            .iter()
            .filter_map(move |i| u32::try_from(i).ok().map(|i| base + i))
    }
}
