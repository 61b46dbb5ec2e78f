//! Field selectors, as [`k8s.io/apimachinery/pkg/fields`](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/fields/selector.go):
//! `metadata.name=web,status.phase!=Running`, matched against the fields an API kind exposes.
//!
//! ```
//! use std::collections::BTreeMap;
//! use kube_primitives::selector::FieldSelector;
//!
//! let selector: FieldSelector = "status.phase!=Running,metadata.name=web".parse().unwrap();
//! assert_eq!(selector.to_string(), "metadata.name=web,status.phase!=Running");
//! let fields = BTreeMap::from([("metadata.name".to_string(), "web".to_string())]);
//! assert!(selector.matches(&fields));
//! ```

mod error;
mod escape;
mod parse;
mod selector;

pub use error::FieldSelectorError;
pub use escape::{escape_value, unescape_value};
pub use selector::{FieldRequirement, FieldSelector};
