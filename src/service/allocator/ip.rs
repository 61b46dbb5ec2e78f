//! The ClusterIP allocator
//! ([`pkg/registry/core/service/ipallocator/bitmap.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/registry/core/service/ipallocator/bitmap.go)).

use alloc::string::{String, ToString};
use core::fmt;
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::bitmap::Bitmap;
use super::cidr::ip_bits;
use super::{Cidr, RandomSource};

/// Why an address cannot be allocated; `Display` is upstream's text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum IpAllocationError {
    /// `range is full`.
    Full,
    /// `provided IP is already allocated`.
    Allocated,
    /// `the provided IP (10.0.0.0) is not in the valid range. The range of valid IPs is 10.0.0.0/24`.
    NotInRange {
        /// The address.
        ip: IpAddr,
        /// The block, printed.
        valid: String,
    },
}

impl fmt::Display for IpAllocationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IpAllocationError::Full => f.write_str("range is full"),
            IpAllocationError::Allocated => f.write_str("provided IP is already allocated"),
            IpAllocationError::NotInRange { ip, valid } => write!(
                f,
                "the provided IP ({ip}) is not in the valid range. The range of valid IPs is {valid}"
            ),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for IpAllocationError {}

/// Upstream's `calculateRangeOffset` for service CIDRs: `min(max(16, size/16), 256)`, 0 for
/// blocks of at most 16 addresses.
fn static_band(host_bits: u32) -> usize {
    if host_bits >= 63 {
        return 256;
    }
    let size = 1u64 << host_bits;
    if size <= 16 {
        0
    } else {
        (size / 16).clamp(16, 256) as usize
    }
}

/// The ClusterIP allocator of one service CIDR: the network address (and for IPv4 the broadcast
/// address) is never handed out; IPv6 blocks are capped at 65,536 addresses; random picks leave the
/// lowest `min(max(16, size/16), 256)` addresses for explicit requests until the rest is full. Go's
/// `Range`.
///
/// ```
/// use kube_primitives::service::{IpAllocator, SplitMix64};
///
/// let mut ips = IpAllocator::new("10.96.0.0/24".parse().unwrap());
/// assert_eq!((ips.free(), ips.static_band()), (254, 16));
/// ips.allocate("10.96.0.10".parse().unwrap()).unwrap();
/// assert_eq!(
///     ips.allocate("10.96.0.255".parse().unwrap()).unwrap_err().to_string(),
///     "the provided IP (10.96.0.255) is not in the valid range. The range of valid IPs is 10.96.0.0/24"
/// );
/// let ip = ips.allocate_next(&mut SplitMix64::new(3)).unwrap();
/// assert!(ips.has(ip));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[doc(alias = "Range")]
pub struct IpAllocator {
    cidr: Cidr,
    /// The first allocatable address (the network address plus one), as a number.
    base: u128,
    bits: Bitmap,
    offset: usize,
}

impl IpAllocator {
    /// An empty allocator over `cidr`. Go's `NewInMemory`.
    #[doc(alias = "NewInMemory")]
    pub fn new(cidr: Cidr) -> IpAllocator {
        let host_bits = cidr.host_bits();
        let size: u128 = if host_bits >= 63 {
            i64::MAX as u128
        } else {
            1u128 << host_bits
        };
        let mut max = if cidr.is_ipv6() {
            size.min(65536)
        } else {
            size.saturating_sub(1)
        };
        max = max.saturating_sub(1);
        let max = usize::try_from(max).unwrap_or(0);
        let offset = static_band(host_bits);
        let (_, net) = ip_bits(cidr.network());
        IpAllocator {
            cidr,
            base: net + 1,
            bits: Bitmap::new(max, offset),
            offset,
        }
    }

    /// The block. Go's `CIDR`.
    #[doc(alias = "CIDR")]
    pub fn cidr(&self) -> Cidr {
        self.cidr
    }

    /// How many addresses at the bottom random picks leave for explicit requests. Go's
    /// `calculateRangeOffset`.
    #[doc(alias = "calculateRangeOffset")]
    pub fn static_band(&self) -> usize {
        self.offset.min(self.bits.max())
    }

    fn index_of(&self, ip: IpAddr) -> Option<usize> {
        if !self.cidr.contains(ip) {
            return None;
        }
        let (_, bits) = ip_bits(ip);
        let i = usize::try_from(bits.checked_sub(self.base)?).ok()?;
        (i < self.bits.max()).then_some(i)
    }

    #[expect(
        clippy::cast_possible_truncation,
        reason = "an IPv4 block's addresses are below 2^32"
    )]
    fn address(&self, i: usize) -> IpAddr {
        let n = self.base + i as u128;
        if self.cidr.is_ipv6() {
            IpAddr::V6(Ipv6Addr::from(n))
        } else {
            IpAddr::V4(Ipv4Addr::from(n as u32))
        }
    }

    /// Reserves `ip`. Go's `Allocate`.
    ///
    /// # Errors
    ///
    /// The address is outside the block, the network or broadcast address, or already taken.
    #[doc(alias = "Allocate")]
    pub fn allocate(&mut self, ip: IpAddr) -> Result<(), IpAllocationError> {
        let Some(i) = self.index_of(ip) else {
            return Err(IpAllocationError::NotInRange {
                ip,
                valid: self.cidr.to_string(),
            });
        };
        if self.bits.allocate(i) {
            Ok(())
        } else {
            Err(IpAllocationError::Allocated)
        }
    }

    /// Reserves a free address chosen with `rng`. Go's `AllocateNext`.
    ///
    /// # Errors
    ///
    /// Every address is taken.
    #[doc(alias = "AllocateNext")]
    pub fn allocate_next(
        &mut self,
        rng: &mut impl RandomSource,
    ) -> Result<IpAddr, IpAllocationError> {
        let i = self
            .bits
            .allocate_next(rng)
            .ok_or(IpAllocationError::Full)?;
        Ok(self.address(i))
    }

    /// Frees `ip`; freeing a free address or one outside the range does nothing. Go's `Release`.
    #[doc(alias = "Release")]
    pub fn release(&mut self, ip: IpAddr) {
        if let Some(i) = self.index_of(ip) {
            self.bits.release(i);
        }
    }

    /// Whether `ip` is allocated. Go's `Has`.
    #[doc(alias = "Has")]
    pub fn has(&self, ip: IpAddr) -> bool {
        self.index_of(ip).is_some_and(|i| self.bits.has(i))
    }

    /// How many addresses are free. Go's `Free`.
    #[doc(alias = "Free")]
    pub fn free(&self) -> usize {
        self.bits.free()
    }

    /// How many addresses are allocated. Go's `Used`.
    #[doc(alias = "Used")]
    pub fn used(&self) -> usize {
        self.bits.max() - self.bits.free()
    }

    /// The allocated addresses, in order. Go's `ForEach`.
    #[doc(alias = "ForEach")]
    pub fn iter(&self) -> impl Iterator<Item = IpAddr> + '_ {
        self.bits.iter().map(|i| self.address(i))
    }
}
