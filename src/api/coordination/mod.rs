//! `coordination.k8s.io/v1` wire types, in part.

mod lease;

pub use lease::{Lease, LeaseSpec, NODE_LEASE_NAMESPACE};
