//! `LabelSet`: an ordered set of labels with upstream's helpers (`labels.Set`).

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::{Deserialize, Serialize};

use super::{Head, Labels, Seal, SortedPairs};

/// Labels in key order, serialized as a JSON object (Go's `labels.Set`).
///
/// Kept as a sorted vector: cheap to build from pairs, binary search to look up, and a selector
/// matches it in one merge pass.
///
/// ```
/// use kube_primitives::labels::LabelSet;
///
/// let labels = LabelSet::from_pairs([("tier", "web"), ("app", "shop")]);
/// assert_eq!(labels.to_string(), "app=shop,tier=web");
/// assert_eq!(LabelSet::new().to_string(), "<none>");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct LabelSet {
    pairs: Vec<(String, String)>,
    /// The [`Head`]s of every key and value, in step with `pairs`.
    heads: Vec<(Head, Head)>,
}

fn heads_of(key: &str, value: &str) -> (Head, Head) {
    (Head::of(key.as_bytes()), Head::of(value.as_bytes()))
}

impl LabelSet {
    /// From pairs sorted by key with unique keys.
    fn from_sorted(pairs: Vec<(String, String)>) -> LabelSet {
        let heads = pairs.iter().map(|(k, v)| heads_of(k, v)).collect();
        LabelSet { pairs, heads }
    }
}

impl LabelSet {
    /// No labels.
    pub fn new() -> LabelSet {
        LabelSet::default()
    }

    /// Labels from `(key, value)` pairs; a later pair wins.
    pub fn from_pairs<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> LabelSet
    where
        K: Into<String>,
        V: Into<String>,
    {
        let mut v: Vec<(String, String)> = pairs
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        // A stable sort keeps the last of equal keys last: that one wins.
        v.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out: Vec<(String, String)> = Vec::with_capacity(v.len());
        for pair in v {
            match out.last_mut() {
                Some(last) if last.0 == pair.0 => *last = pair,
                _ => out.push(pair),
            }
        }
        LabelSet::from_sorted(out)
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.pairs.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// Sets a label, returning the previous value.
    pub fn insert(&mut self, key: impl Into<String>, value: impl Into<String>) -> Option<String> {
        let (key, value) = (key.into(), value.into());
        match self.find(&key) {
            Ok(i) => {
                if let Some(h) = self.heads.get_mut(i) {
                    h.1 = Head::of(value.as_bytes());
                }
                self.pairs
                    .get_mut(i)
                    .map(|slot| core::mem::replace(&mut slot.1, value))
            }
            Err(i) => {
                self.heads.insert(i, heads_of(&key, &value));
                self.pairs.insert(i, (key, value));
                None
            }
        }
    }

    /// The labels, sorted by key.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The number of labels.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether there are no labels.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
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
        self.iter()
            .any(|(k, v)| other.label(k).is_some_and(|o| o != v))
    }

    /// Both sets together, `other` winning on shared keys: Go's `Merge`.
    #[doc(alias = "Merge")]
    pub fn merge(&self, other: &LabelSet) -> LabelSet {
        LabelSet::from_pairs(self.pairs.iter().chain(&other.pairs).cloned())
    }

    /// Go's `Equals`.
    #[doc(alias = "Equals")]
    pub fn equals(&self, other: &LabelSet) -> bool {
        self == other
    }
}

impl Labels for LabelSet {
    fn label(&self, key: &str) -> Option<&str> {
        self.find(key)
            .ok()
            .and_then(|i| self.pairs.get(i))
            .map(|(_, v)| v.as_str())
    }

    fn sorted_pairs(&self, _: Seal) -> Option<SortedPairs<'_>> {
        Some(SortedPairs {
            pairs: &self.pairs,
            heads: &self.heads,
        })
    }
}

impl Serialize for LabelSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for LabelSet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<String, String>::deserialize(deserializer)?;
        Ok(LabelSet::from_sorted(map.into_iter().collect()))
    }
}

impl<K: Into<String>, V: Into<String>> FromIterator<(K, V)> for LabelSet {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        LabelSet::from_pairs(iter)
    }
}

impl From<BTreeMap<String, String>> for LabelSet {
    fn from(map: BTreeMap<String, String>) -> Self {
        LabelSet::from_sorted(map.into_iter().collect())
    }
}

impl fmt::Display for LabelSet {
    /// Go's `FormatLabels`: `k=v` pairs in key order joined by `,`, or `<none>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pairs.is_empty() {
            return f.write_str("<none>");
        }
        for (i, (k, v)) in self.pairs.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{k}={v}")?;
        }
        Ok(())
    }
}
