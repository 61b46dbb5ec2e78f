//! Node selectors and required node affinity, as
//! [`k8s.io/component-helpers/scheduling/corev1/nodeaffinity`](https://github.com/kubernetes/component-helpers/blob/v0.36.3/scheduling/corev1/nodeaffinity/nodeaffinity.go):
//! terms are ORed, a term's requirements ANDed, an empty term selects no node; `Gt`/`Lt`
//! compare integers; `matchFields` reads `metadata.name`.
//!
//! ```
//! use std::collections::BTreeMap;
//! use kube_primitives::api::core::{NodeSelector, NodeSelectorRequirement, NodeSelectorTerm};
//! use kube_primitives::selector::NodeSelectorMatcher;
//!
//! let ns = NodeSelector::from_terms(vec![NodeSelectorTerm::from_expressions(vec![
//!     NodeSelectorRequirement::new("memory-gb", "Gt", ["16"]),
//! ])]);
//! let matcher = NodeSelectorMatcher::new(&ns).unwrap();
//! let labels = BTreeMap::from([("memory-gb".to_string(), "32".to_string())]);
//! assert!(matcher.matches("node-1", &labels));
//! ```

mod affinity;
mod preferred;
mod selector;
mod term;

pub use affinity::RequiredNodeAffinity;
pub use preferred::PreferredSchedulingTerms;
pub use selector::{LazyNodeSelector, NodeSelectorMatcher};
