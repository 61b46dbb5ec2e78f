//! Allocation as pure logic: NodePort ranges and ClusterIP blocks with the allocators the API
//! server runs over them
//! ([`pkg/registry/core/service/{portallocator,ipallocator,allocator}`](https://github.com/kubernetes/kubernetes/tree/v1.36.0/pkg/registry/core/service)).
//! Randomness comes from the caller through [`RandomSource`]; [`SplitMix64`] is a seedable one.

mod bitmap;
mod cidr;
mod ip;
mod port;
mod port_range;
mod random;

pub use cidr::{Cidr, CidrError};
pub use ip::{IpAllocationError, IpAllocator};
pub use port::{AllocationError, PortAllocator};
pub use port_range::{PortRange, PortRangeError};
pub use random::{RandomSource, SplitMix64};
