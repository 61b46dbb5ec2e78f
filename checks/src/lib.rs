//! The test suites and benchmarks of `kube-primitives`, in a workspace member of their own so
//! that building the library or running its quickstart never compiles their dependencies
//! (criterion, proptest, regex, flate2, json-patch, k8s-openapi). Everything is in `tests/` and
//! `benches/`; this library is empty.
//!
//! `cargo test --workspace` from the repository root runs them with every other test, doc tests
//! included.
#![forbid(unsafe_code)]
