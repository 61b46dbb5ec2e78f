//! API identity and the Kubernetes wire types shared by several modules.
//!
//! [`core`] holds the plain serde structs for objects (`ObjectMeta`, …), defined once and read by
//! every module. [`GroupVersion`] and [`GroupVersionKind`] follow
//! `k8s.io/apimachinery/pkg/runtime/schema`.

pub mod core;
mod group_version;
mod quantity;
mod scope;

pub use group_version::{GroupVersion, GroupVersionKind, ParseGroupVersionError};
pub use quantity::{Format, Quantity, QuantityError};
pub use scope::ResourceScope;
