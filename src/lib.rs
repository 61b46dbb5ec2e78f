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
//! | module | upstream |
//! |---|---|
//! | [`meta::validate`] | `k8s.io/apimachinery/pkg/util/validation`, `pkg/api/validate/content` |
//! | [`meta::field`] | `k8s.io/apimachinery/pkg/util/validation/field` |
//! | [`meta`] (object metadata) | `k8s.io/apimachinery/pkg/api/validation`, `pkg/apis/meta/v1/validation` |
//! | [`api`] | `k8s.io/apimachinery/pkg/runtime/schema`, `pkg/apis/meta/v1` wire types |
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
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
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
pub mod labels;
pub mod meta;
pub mod node;
pub mod probe;
pub mod quota;
pub mod selector;
pub mod service;
mod sort;
mod text;
pub mod workload;

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
