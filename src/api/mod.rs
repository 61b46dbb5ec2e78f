//! API identity, quantities, and the Kubernetes wire types shared by several modules.
//!
//! - [`Quantity`]: exact resource amounts (`500m`, `1.5Gi`), as `k8s.io/apimachinery/pkg/api/resource`.
//! - [`GroupVersion`], [`GroupVersionKind`], [`GroupVersionResource`], [`GroupKind`],
//!   [`GroupResource`]: as `k8s.io/apimachinery/pkg/runtime/schema`, with REST paths.
//! - [`compare_kube_aware_versions`] and [`KubeVersion`]: version priority, as
//!   `k8s.io/apimachinery/pkg/version`.
//! - [`ResourceScope`]: which built-in kinds are namespaced.
//! - [`core`]: the plain serde structs for objects (`ObjectMeta`, `Pod`, …), defined once and
//!   read by every module; [`apps`], [`batch`] and [`policy`]: the workload kinds and
//!   `PodDisruptionBudget`.
//! - [`image`]: container image references (`busybox:1.36`, `registry:5000/app@sha256:…`), as
//!   `github.com/distribution/reference` parses them, and the pull policy defaulted from the tag.
//! - [`patch`]: RFC 6902 JSON Patch operations, which functions that change an object return so
//!   a webhook can patch the original document losslessly.

pub mod apps;
pub mod batch;
pub mod coordination;
pub mod core;
mod group_version;
pub mod image;
mod intstr;
pub mod patch;
mod path;
pub mod policy;
mod quantity;
mod scope;
mod version;

pub use group_version::{
    GroupKind, GroupResource, GroupVersion, GroupVersionKind, GroupVersionResource,
    ParseGroupVersionError,
};
pub use intstr::{IntOrString, IntOrStringError};
pub use quantity::{Format, Quantity, QuantityError};
pub use scope::ResourceScope;
pub use version::{
    compare_kube_aware_versions, version_priority, KubeVersion, NotKubeVersion, Stability,
};
