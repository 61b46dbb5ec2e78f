//! `PreferredSchedulingTerms`: the scheduler's node-affinity score.

use alloc::vec::Vec;

use super::term::Term;
use crate::api::core::PreferredSchedulingTerm;
use crate::labels::Labels;
use crate::meta::field::{ErrorList, Path};

/// Compiled preferred node-affinity terms: a node scores the sum of the weights of the terms it
/// matches.
///
/// ```
/// use std::collections::BTreeMap;
/// use kube_primitives::api::core::{NodeSelectorRequirement, NodeSelectorTerm, PreferredSchedulingTerm};
/// use kube_primitives::selector::PreferredSchedulingTerms;
///
/// let terms = PreferredSchedulingTerms::new(&[
///     PreferredSchedulingTerm::new(5, NodeSelectorTerm::from_expressions(vec![NodeSelectorRequirement::new("ssd", "Exists", Vec::<String>::new())])),
///     PreferredSchedulingTerm::new(7, NodeSelectorTerm::from_expressions(vec![NodeSelectorRequirement::new("gpu", "Exists", Vec::<String>::new())])),
/// ]).unwrap();
/// let labels = BTreeMap::from([("ssd".to_string(), String::new())]);
/// assert_eq!(terms.score("node-1", &labels), 5);
/// ```
#[derive(Clone, Debug)]
pub struct PreferredSchedulingTerms {
    terms: Vec<(i64, Term)>,
}

impl PreferredSchedulingTerms {
    /// `NewPreferredSchedulingTerms`: terms of weight 0 and empty terms are skipped (and not
    /// checked); errors name `[i]…`.
    ///
    /// # Errors
    ///
    /// Every checked term's errors, in order.
    pub fn new(terms: &[PreferredSchedulingTerm]) -> Result<PreferredSchedulingTerms, ErrorList> {
        let root = Path::none();
        let mut errs = ErrorList::new();
        let mut out = Vec::with_capacity(terms.len());
        for (i, t) in terms.iter().enumerate() {
            let p = &t.preference;
            if t.weight == 0 || (p.match_expressions.is_empty() && p.match_fields.is_empty()) {
                continue;
            }
            match Term::compile(p, &root.index(i)) {
                Ok(term) => out.push((i64::from(t.weight), term)),
                Err(e) => errs.append(e),
            }
        }
        if errs.is_empty() {
            Ok(PreferredSchedulingTerms { terms: out })
        } else {
            Err(errs)
        }
    }

    /// The sum of the weights of the terms the node named `name` with `labels` matches.
    pub fn score(&self, name: &str, labels: &(impl Labels + ?Sized)) -> i64 {
        self.terms
            .iter()
            .filter(|(_, t)| t.matches(labels, name))
            .map(|(w, _)| *w)
            .sum()
    }
}
