//! Bridges to the kube-rs ecosystem: conversions between this crate's wire types and
//! [k8s-openapi]'s (feature `k8s-openapi`), and between [`Selector`](crate::selector::Selector)
//! and `kube_core::Selector` (feature `kube`).
//!
//! Both features are opt-in; the default build does not depend on either crate.
//!
//! # `k8s-openapi`
//!
//! The library enables no Kubernetes version feature of k8s-openapi, as library crates on
//! k8s-openapi must not: the application picks one (`k8s-openapi = { version = "0.29", features
//! = ["v1_36"] }`). Only fields present in every version from 1.33 to 1.37 are converted, so any
//! version choice compiles.
//!
//! - Ours → k8s-openapi is [`From`]: fields this crate does not model become `None` or their
//!   default; empty strings, lists and maps become `None`.
//! - k8s-openapi → ours is [`From`] where nothing can fail and [`TryFrom`] where k8s-openapi
//!   holds a string this crate parses (a [`Quantity`](crate::api::Quantity)); the error is a
//!   [`ConversionError`] naming the field path, such as
//!   `spec.containers[0].resources.limits.cpu`.
//! - Fields that k8s-openapi does not model in every version are not converted: a container's
//!   `restartPolicyRules` (Kubernetes 1.34+) is dropped towards k8s-openapi and empty from it.
//! - k8s-openapi's times are `jiff::Timestamp`s, whose range ends on 9999-12-30 (UTC) where
//!   Go's and ours go on: a later [`Time`](crate::api::core::Time) saturates to jiff's bound.
//!
//! ```
//! # #[cfg(feature = "k8s-openapi")] {
//! use k8s_openapi::api::core::v1 as k8s;
//! use kube_primitives::api::core::Pod;
//! use kube_primitives::quota::{compute_pod_qos, QosClass};
//!
//! let pod: k8s::Pod = serde_json::from_value(serde_json::json!({
//!     "metadata": {"name": "web"},
//!     "spec": {"containers": [{"name": "app", "resources": {"requests": {"cpu": "250m"}}}]}
//! })).unwrap();
//! let ours = Pod::try_from(pod).unwrap();
//! assert_eq!(compute_pod_qos(&ours), QosClass::Burstable);
//! let back = k8s::Pod::from(ours);
//! assert_eq!(back.spec.unwrap().containers[0].name, "app");
//! # }
//! ```
//!
//! Extension traits call the common functions on k8s-openapi's types without converting them
//! by hand: [`QuantityExt`], [`LabelSelectorExt`], [`ObjectMetaExt`]; k8s-openapi's `ObjectMeta`
//! implements [`Labels`](crate::labels::Labels), so a selector matches it without copying.
//!
//! # `kube`
//!
//! `Selector` ⇄ `kube_core::Selector`, and a predicate for kube-runtime's
//! `Store::state_filter`; see [`KubeSelectorExt`]. The feature depends on `kube-core` only
//! (never the client) and needs kube-core's minimum Rust version, 1.89, where the rest of the
//! crate needs 1.81. It implies `k8s-openapi` and `std`.
//!
//! # `schemars`
//!
//! [`JsonSchema`](https://docs.rs/schemars/1/schemars/trait.JsonSchema.html) for the types a
//! custom resource's spec holds, so they sit in a kube-rs `#[derive(CustomResource)]` struct:
//! [`Quantity`](crate::api::Quantity) and [`IntOrString`](crate::api::IntOrString) are
//! `x-kubernetes-int-or-string` (as k8s-openapi declares its `Quantity`),
//! [`ResourceList`](crate::api::core::ResourceList) an object of quantities,
//! [`Selector`](crate::selector::Selector) and [`FieldSelector`](crate::selector::FieldSelector)
//! strings (they (de)serialize as their canonical text), and
//! [`LabelSelector`](crate::api::core::LabelSelector) the object of `metav1.LabelSelector`.
//! The feature needs only `schemars` (no_std builds keep working).
//!
//! ```
//! # #[cfg(feature = "schemars")] {
//! use kube_primitives::api::Quantity;
//! use kube_primitives::selector::Selector;
//! use serde_json::json;
//!
//! let quantity = schemars::schema_for!(Quantity);
//! assert_eq!(quantity.get("x-kubernetes-int-or-string"), Some(&json!(true)));
//! let selector = schemars::schema_for!(Selector);
//! assert_eq!(selector.get("type"), Some(&json!("string")));
//! # }
//! ```
//!
//! [k8s-openapi]: https://docs.rs/k8s-openapi

#[cfg(feature = "k8s-openapi")]
mod error;
#[cfg(feature = "k8s-openapi")]
mod k8s_openapi;
#[cfg(feature = "kube")]
mod kube;
#[cfg(feature = "schemars")]
mod schema;

#[cfg(feature = "k8s-openapi")]
pub use error::ConversionError;
#[cfg(feature = "k8s-openapi")]
pub use k8s_openapi::{LabelSelectorExt, ObjectMetaExt, QuantityExt};
#[cfg(feature = "kube")]
pub use kube::KubeSelectorExt;
