//! `NodeSelector` and `LazyErrorNodeSelector`: compiled node selectors.

use alloc::vec::Vec;

use super::term::Term;
use crate::api::core::NodeSelector;
use crate::labels::Labels;
use crate::meta::field::{ErrorList, Path};
use crate::selector::Selector;

/// A compiled node selector that reports a broken term only when no other term matches:
/// upstream's `LazyErrorNodeSelector`, which the scheduler uses for required node affinity.
///
/// ```
/// use std::collections::BTreeMap;
/// use kube_primitives::api::core::{NodeSelector, NodeSelectorRequirement, NodeSelectorTerm};
/// use kube_primitives::selector::LazyNodeSelector;
///
/// let ns = NodeSelector::from_terms(vec![
///     NodeSelectorTerm::from_expressions(vec![NodeSelectorRequirement::new("zone", "Near", ["a"])]),
///     NodeSelectorTerm::from_expressions(vec![NodeSelectorRequirement::new("zone", "In", ["a"])]),
/// ]);
/// let lazy = LazyNodeSelector::new(&ns);
/// let in_a = BTreeMap::from([("zone".to_string(), "a".to_string())]);
/// assert_eq!(lazy.matches("n", &in_a), Ok(true));
/// let err = lazy.matches("n", &BTreeMap::new()).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"nodeSelectorTerms[0].matchExpressions[0].operator: Unsupported value: "Near": supported values: "In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt""#
/// );
/// ```
#[derive(Clone, Debug)]
pub struct LazyNodeSelector {
    terms: Vec<Result<Term, ErrorList>>,
}

impl LazyNodeSelector {
    /// `NewLazyErrorNodeSelector`: compiles every non-empty term; errors name
    /// `nodeSelectorTerms[i]…`.
    pub fn new(selector: &NodeSelector) -> LazyNodeSelector {
        LazyNodeSelector::new_at(selector, &Path::none())
    }

    /// [`LazyNodeSelector::new`] with errors under `path` (Go's `field.WithPath`).
    pub fn new_at(selector: &NodeSelector, path: &Path) -> LazyNodeSelector {
        let path = path.child("nodeSelectorTerms");
        let terms = selector
            .node_selector_terms
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.match_expressions.is_empty() || !t.match_fields.is_empty())
            .map(|(i, t)| Term::compile(t, &path.index(i)))
            .collect();
        LazyNodeSelector { terms }
    }

    /// Whether the node named `name` with `labels` matches a term. A node without a name skips
    /// every `matchFields`, as upstream's does.
    ///
    /// # Errors
    ///
    /// When no term matches, the errors of the broken terms (none: `Ok(false)`).
    pub fn matches(&self, name: &str, labels: &(impl Labels + ?Sized)) -> Result<bool, ErrorList> {
        let mut errs = ErrorList::new();
        for term in &self.terms {
            match term {
                Ok(t) if t.matches(labels, name) => return Ok(true),
                Ok(_) => {}
                Err(e) => errs.append(e.clone()),
            }
        }
        if errs.is_empty() {
            Ok(false)
        } else {
            Err(errs)
        }
    }

    pub(super) fn errors(&self) -> ErrorList {
        let mut errs = ErrorList::new();
        for e in self.terms.iter().filter_map(|t| t.as_ref().err()) {
            errs.append(e.clone());
        }
        errs
    }
}

/// A compiled node selector that refuses any broken term up front: upstream's `NodeSelector`
/// (`NewNodeSelector`).
#[derive(Clone, Debug)]
pub struct NodeSelectorMatcher {
    lazy: LazyNodeSelector,
}

impl NodeSelectorMatcher {
    /// `NewNodeSelector`.
    ///
    /// # Errors
    ///
    /// Every term's errors, in order.
    pub fn new(selector: &NodeSelector) -> Result<NodeSelectorMatcher, ErrorList> {
        NodeSelectorMatcher::new_at(selector, &Path::none())
    }

    /// [`NodeSelectorMatcher::new`] with errors under `path`.
    ///
    /// # Errors
    ///
    /// As [`NodeSelectorMatcher::new`].
    pub fn new_at(selector: &NodeSelector, path: &Path) -> Result<NodeSelectorMatcher, ErrorList> {
        let lazy = LazyNodeSelector::new_at(selector, path);
        let errs = lazy.errors();
        if errs.is_empty() {
            Ok(NodeSelectorMatcher { lazy })
        } else {
            Err(errs)
        }
    }

    /// Each term's label selector (`None`: the term has only `matchFields`), for the index.
    pub(crate) fn label_terms(&self) -> impl Iterator<Item = Option<&Selector>> {
        self.lazy
            .terms
            .iter()
            .filter_map(|t| t.as_ref().ok())
            .map(Term::labels)
    }

    /// Whether the node named `name` with `labels` matches a term.
    pub fn matches(&self, name: &str, labels: &(impl Labels + ?Sized)) -> bool {
        self.lazy.matches(name, labels).unwrap_or(false)
    }
}
