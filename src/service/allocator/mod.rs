//! Allocation as pure logic: NodePort ranges and the allocator the API server runs over them
//! (`pkg/registry/core/service/portallocator`, `pkg/registry/core/service/allocator`).
//! Randomness comes from the caller through [`RandomSource`]; [`SplitMix64`] is a seedable one.

mod bitmap;
mod port;
mod port_range;
mod random;

pub use port::{AllocationError, PortAllocator};
pub use port_range::{PortRange, PortRangeError};
pub use random::{RandomSource, SplitMix64};
