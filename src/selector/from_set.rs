//! Selectors from label sets: Go's `SelectorFromSet` and `ValidatedSelectorFromSet`. They live
//! here, not in `labels`, so that label sets know nothing of selectors.

use alloc::vec::Vec;

use super::repr::Reqs;
use super::{Operator, Requirement, Selector};
use crate::labels::LabelSet;
use crate::meta::field::ErrorList;

impl From<&LabelSet> for Selector {
    /// A selector requiring exactly these labels, unvalidated: Go's `SelectorFromSet`. An empty
    /// set gives [`Selector::everything`].
    ///
    /// ```
    /// use kube_primitives::labels::LabelSet;
    /// use kube_primitives::selector::Selector;
    ///
    /// let labels = LabelSet::from_pairs([("tier", "web"), ("app", "shop")]);
    /// let s = Selector::from(&labels);
    /// assert_eq!(s.to_string(), "app=shop,tier=web");
    /// assert!(s.matches(&labels));
    /// assert!(Selector::from(&LabelSet::new()).is_empty());
    /// ```
    #[doc(alias = "SelectorFromSet")]
    fn from(set: &LabelSet) -> Selector {
        let mut reqs = Reqs::default();
        reqs.items.reserve(set.len());
        for (k, v) in set.iter() {
            reqs.push_requirement(k, Operator::Equals, [v]);
        }
        reqs.finish();
        Selector::from_reqs(reqs)
    }
}

impl Selector {
    /// [`Selector::from`] a label set, validating keys and values: Go's
    /// `ValidatedSelectorFromSet`.
    ///
    /// # Errors
    ///
    /// The first invalid label's errors (in key order), as upstream's `NewRequirement` words
    /// them.
    ///
    /// ```
    /// use kube_primitives::labels::LabelSet;
    /// use kube_primitives::selector::Selector;
    ///
    /// let ok = LabelSet::from_pairs([("app", "web")]);
    /// assert_eq!(Selector::from_set_validated(&ok).unwrap().to_string(), "app=web");
    /// let bad = LabelSet::from_pairs([("app", "-web")]);
    /// assert!(Selector::from_set_validated(&bad).unwrap_err().to_string().starts_with("values[0][app]: Invalid value: \"-web\""));
    /// ```
    #[doc(alias = "ValidatedSelectorFromSet")]
    pub fn from_set_validated(set: &LabelSet) -> Result<Selector, ErrorList> {
        let reqs = set
            .iter()
            .map(|(k, v)| Requirement::new(k, Operator::Equals, [v]))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Selector::from_requirements(reqs))
    }
}
