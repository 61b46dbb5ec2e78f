//! `LabelSet`: an ordered set of labels with upstream's helpers (`labels.Set`).

use alloc::collections::BTreeMap;
use alloc::string::String;
use core::fmt;

use serde::{Deserialize, Serialize};

use super::Labels;
use crate::meta::field::ErrorList;
use crate::selector::{Operator, Requirement, Selector};

/// Labels in key order, serialized as a JSON object (Go's `labels.Set`).
///
/// ```
/// use kube_primitives::labels::LabelSet;
///
/// let labels = LabelSet::from_pairs([("tier", "web"), ("app", "shop")]);
/// assert_eq!(labels.to_string(), "app=shop,tier=web");
/// assert_eq!(LabelSet::new().to_string(), "<none>");
/// assert!(labels.as_selector().matches(&labels));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LabelSet(BTreeMap<String, String>);

impl LabelSet {
    /// No labels.
    pub fn new() -> LabelSet {
        LabelSet::default()
    }

    /// Labels from `(key, value)` pairs; a later pair wins.
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> LabelSet {
        LabelSet(
            pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )
    }

    /// Sets a label, returning the previous value.
    pub fn insert(&mut self, key: impl Into<String>, value: impl Into<String>) -> Option<String> {
        self.0.insert(key.into(), value.into())
    }

    /// The labels as a map.
    pub fn as_map(&self) -> &BTreeMap<String, String> {
        &self.0
    }

    /// The number of labels.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no labels.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether the two sets disagree on the value of a key both have: Go's `Conflicts`.
    ///
    /// ```
    /// use kube_primitives::labels::LabelSet;
    ///
    /// let a = LabelSet::from_pairs([("app", "web")]);
    /// assert!(a.conflicts(&LabelSet::from_pairs([("app", "db")])));
    /// assert!(!a.conflicts(&LabelSet::from_pairs([("tier", "db")])));
    /// ```
    #[doc(alias = "Conflicts")]
    pub fn conflicts(&self, other: &LabelSet) -> bool {
        self.0
            .iter()
            .any(|(k, v)| other.0.get(k).is_some_and(|o| o != v))
    }

    /// Both sets together, `other` winning on shared keys: Go's `Merge`.
    #[doc(alias = "Merge")]
    pub fn merge(&self, other: &LabelSet) -> LabelSet {
        let mut out = self.clone();
        out.0
            .extend(other.0.iter().map(|(k, v)| (k.clone(), v.clone())));
        out
    }

    /// Go's `Equals`.
    #[doc(alias = "Equals")]
    pub fn equals(&self, other: &LabelSet) -> bool {
        self == other
    }

    /// A selector requiring exactly these labels, unvalidated: Go's `SelectorFromSet`. An
    /// empty set gives [`Selector::everything`].
    #[doc(alias = "SelectorFromSet")]
    pub fn as_selector(&self) -> Selector {
        Selector::from_requirements(self.0.iter().map(|(k, v)| Requirement {
            key: k.clone(),
            op: Operator::Equals,
            values: alloc::vec![v.clone()],
        }))
    }

    /// [`LabelSet::as_selector`], validating keys and values: Go's `ValidatedSelectorFromSet`.
    ///
    /// # Errors
    ///
    /// The first invalid label's errors, as upstream's `NewRequirement` words them.
    #[doc(alias = "ValidatedSelectorFromSet")]
    pub fn as_validated_selector(&self) -> Result<Selector, ErrorList> {
        let reqs = self
            .0
            .iter()
            .map(|(k, v)| Requirement::new(k, Operator::Equals, [v.as_str()]))
            .collect::<Result<alloc::vec::Vec<_>, _>>()?;
        Ok(Selector::from_requirements(reqs))
    }
}

impl Labels for LabelSet {
    fn label(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }
}

impl<K: Into<String>, V: Into<String>> FromIterator<(K, V)> for LabelSet {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        LabelSet::from_pairs(iter)
    }
}

impl From<BTreeMap<String, String>> for LabelSet {
    fn from(map: BTreeMap<String, String>) -> Self {
        LabelSet(map)
    }
}

impl fmt::Display for LabelSet {
    /// Go's `FormatLabels`: `k=v` pairs in key order joined by `,`, or `<none>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("<none>");
        }
        for (i, (k, v)) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{k}={v}")?;
        }
        Ok(())
    }
}
