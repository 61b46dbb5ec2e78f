//! Kubernetes core primitives in pure Rust: the logic Kubernetes itself runs, without a cluster
//! and without Go.
//!
//! Pure functions and types: no I/O, no clock, no threads. For every input the crate accepts what
//! Kubernetes accepts, rejects what it rejects, and reproduces the upstream error text byte for
//! byte.
//!
//! # Scope
//!
//! The reference is `k8s.io/apimachinery` **v0.36.3** and the Kubernetes 1.36 code it ships with.
//! Where upstream behaviour is odd, we match it and say so in the item's docs.
//!
//! | module | what | upstream |
//! |---|---|---|
//! | [`meta::validate`] | name and format validators (DNS labels, qualified names, IPs, …) | `k8s.io/apimachinery/pkg/util/validation` |
//! | [`meta::field`] | field paths, field errors and error lists | `k8s.io/apimachinery/pkg/util/validation/field` |
//! | [`meta`] | `ObjectMeta` validation, labels, annotations, owners, finalizers | `k8s.io/apimachinery/pkg/api/validation` |
//! | [`meta::decode`] | decoding with the field path of the first error | – |
//! | [`api`] | `Quantity`, group/version/kind/resource, API paths, version priority | `k8s.io/apimachinery/pkg/api/resource`, `pkg/runtime/schema` |
//! | [`api::image`] | container image references, `ParseImageName`, the defaulted pull policy | `github.com/distribution/reference` v0.6.0, `pkg/util/parsers` |
//! | [`api::core`], [`api::apps`], [`api::batch`], [`api::policy`], [`api::coordination`] | wire types with every field of the 1.36 types (`Pod`, `Node`, `Service`, `Deployment`, `Job`, `PodDisruptionBudget`, `Lease`, …) | `k8s.io/api` |
//! | [`clock`] | `Instant`, the caller's clock that every "now" is given as | – |
//! | [`labels`] | label keys, values and label sets | `k8s.io/apimachinery/pkg/labels` |
//! | [`selector`] | label, field and node selectors | `k8s.io/apimachinery/pkg/labels`, `pkg/fields`, component-helpers `nodeaffinity` |
//! | [`service`] | service environment variables, DNS, validation, the Endpoints object, allocators | `pkg/kubelet/envvars`, `pkg/kubelet/network/dns`, `pkg/controller/endpoint` |
//! | [`quota`] | resource lists, pod requests and QoS, quota usage and admission, LimitRanger | `k8s.io/apiserver/pkg/quota/v1`, component-helpers `resource`, `plugin/pkg/admission/limitranger` |
//! | [`probe`] | crash-loop back-off, probes, restarts, pod phase and kubelet conditions | `pkg/kubelet`, client-go `flowcontrol` |
//! | [`node`] | node health, zones, eviction rate limiting, taints and tolerations | `pkg/controller/nodelifecycle`, component-helpers `scheduling/corev1` |
//! | [`workload`] | replica set reconcile and deletion order, rollout arithmetic | `pkg/controller/replicaset`, `pkg/controller/deployment` |
//! | [`validation`] | the API server's v1 defaulting; pod validation on create and update; workload validation (being completed) | `pkg/apis/core/v1/defaults.go`, `pkg/apis/core/validation` |
//!
//! # Example
//!
//! ```
//! use kube_primitives::meta::validate;
//!
//! assert!(validate::dns1123_subdomain("my-app.example.com").is_empty());
//!
//! let errs = validate::dns1123_label("My_App");
//! assert_eq!(
//!     errs[0].to_string(),
//!     "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', \
//!      and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', \
//!      regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
//! );
//! ```
//!
//! # Features
//!
//! - `std` (default): implements `std::error::Error` conveniences. Without it the crate is
//!   `no_std` + `alloc`.
//! - `k8s-openapi`: conversions to and from k8s-openapi's types and extension traits on them
//!   (module `interop`); the application picks k8s-openapi's Kubernetes version feature.
//! - `kube`: `Selector` ⇄ `kube_core::Selector` and a reflector-store predicate (module `interop`);
//!   needs kube-core's minimum Rust version (1.89). Implies `k8s-openapi` and `std`.
//! - `schemars`: `JsonSchema` for `Quantity`, `IntOrString`, `ResourceList`, `Selector`,
//!   `FieldSelector` and `LabelSelector`, for kube-rs custom resources (module `interop`).
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::cast_lossless,
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    clippy::cast_precision_loss,
    clippy::cast_sign_loss
)]
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod api;
pub mod clock;
#[cfg(any(feature = "k8s-openapi", feature = "kube", feature = "schemars"))]
pub mod interop;
pub mod labels;
pub mod meta;
pub mod node;
pub mod probe;
pub mod quota;
pub mod selector;
pub mod service;
mod sort;
mod text;
pub mod validation;
pub mod workload;

/// The README's examples run as doctests. Some need the bridges, so they run where those are on,
/// as under `cargo test --workspace` (the `checks` member turns them on, with k8s-openapi's newest
/// version feature).
#[cfg(all(doctest, feature = "k8s-openapi", feature = "kube"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
