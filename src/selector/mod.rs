//! Label selectors, as [`k8s.io/apimachinery/pkg/labels`](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/labels/selector.go):
//! the string syntax (`app=web,tier in (a,b),!legacy`), requirements, matching; the structured
//! `LabelSelector`; and field selectors ([`FieldSelector`]). Beyond upstream: indexes that
//! answer "which of these selectors match this label set?" ([`SelectorIndex`]) and "which of
//! these label sets does this selector pick?" ([`LabelSetIndex`]) without testing each, and
//! selector algebra ([`Selector::intersects`], [`Selector::is_subset_of`],
//! [`Selector::normalized`]).
//!
//! Inside, one representation (`repr.rs`: requirements whose strings are spans of one buffer)
//! is produced by the parsers (`parse_fast.rs` for common input, `parse.rs` for the rest) and
//! read by matching (`matches.rs`), printing (`display.rs`), the indexes (`index/`) and the
//! algebra (`algebra/`).
//!
//! ```
//! use std::collections::BTreeMap;
//! use kube_primitives::selector::Selector;
//!
//! let selector: Selector = "app=web,tier notin (cache),replicas>1".parse().unwrap();
//! let labels = BTreeMap::from([
//!     ("app".to_string(), "web".to_string()),
//!     ("replicas".to_string(), "3".to_string()),
//! ]);
//! assert!(selector.matches(&labels));
//! ```

mod algebra;
mod compiled;
mod display;
mod error;
mod fields;
mod from_set;
mod index;
mod lex;
mod matches;
mod node;
mod operator;
mod parse;
mod parse_fast;
mod repr;
mod requirement;
mod structured;
mod wire;

pub use compiled::{RequirementRef, Selector};
pub use error::{Expected, ParseError, Unexpected};
pub use fields::{
    escape_value, unescape_value, FieldRequirement, FieldSelector, FieldSelectorError,
};
pub use index::{LabelSetIndex, SelectorIndex};
pub use node::{
    LazyNodeSelector, NodeSelectorMatcher, PreferredSchedulingTerms, RequiredNodeAffinity,
};
pub use operator::Operator;
pub use parse::MAX_SELECTOR_LEN;
pub use requirement::Requirement;
pub use structured::{
    format_label_selector, label_selector_has_invalid_label_value, validate_label_selector,
    validate_requirement, LabelSelectorError, LabelSelectorValidationOptions, ToLabelSelectorError,
};
