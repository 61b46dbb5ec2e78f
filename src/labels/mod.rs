//! Label keys, values and sets, as `k8s.io/apimachinery/pkg/labels/labels.go`.
//!
//! Matching works on the caller's own maps through the [`Labels`] lookup trait (implemented for
//! `BTreeMap<String, String>`, `HashMap<String, String>`, slices of pairs and [`LabelSet`]), so
//! nothing is copied to match.

mod head;
mod key;
mod sealed;
mod set;

pub use key::{InvalidLabel, LabelKey, LabelValue};
pub use set::LabelSet;

pub(crate) use head::{cmp_headed, cmp_heads_then, eq_headed, Head};
pub(crate) use sealed::{Seal, SortedPairs};

use alloc::collections::BTreeMap;
use alloc::string::String;

/// Read access to a set of labels: all a selector needs to match.
///
/// ```
/// use std::collections::HashMap;
/// use kube_primitives::labels::Labels;
///
/// let labels = HashMap::from([("app".to_string(), "web".to_string())]);
/// assert_eq!(labels.label("app"), Some("web"));
/// assert!(!labels.has_label("tier"));
/// assert_eq!([("app", "web")].as_slice().label("app"), Some("web"));
/// ```
pub trait Labels {
    /// The value of `key`, if present.
    fn label(&self, key: &str) -> Option<&str>;

    /// Whether `key` is present.
    fn has_label(&self, key: &str) -> bool {
        self.label(key).is_some()
    }

    /// The labels sorted by key with unique keys, when that is how they are kept (only
    /// [`LabelSet`] does): a selector then matches in one merge pass instead of one lookup per
    /// requirement. Sealed: only this crate can call or implement it.
    #[doc(hidden)]
    fn sorted_pairs(&self, _: Seal) -> Option<SortedPairs<'_>> {
        None
    }
}

impl<T: Labels + ?Sized> Labels for &T {
    fn label(&self, key: &str) -> Option<&str> {
        (**self).label(key)
    }

    fn sorted_pairs(&self, seal: Seal) -> Option<SortedPairs<'_>> {
        (**self).sorted_pairs(seal)
    }
}

impl Labels for BTreeMap<String, String> {
    fn label(&self, key: &str) -> Option<&str> {
        BTreeMap::get(self, key).map(String::as_str)
    }
}

#[cfg(feature = "std")]
impl<S: core::hash::BuildHasher> Labels for std::collections::HashMap<String, String, S> {
    fn label(&self, key: &str) -> Option<&str> {
        std::collections::HashMap::get(self, key).map(String::as_str)
    }
}

impl<K: AsRef<str>, V: AsRef<str>> Labels for [(K, V)] {
    fn label(&self, key: &str) -> Option<&str> {
        self.iter()
            .find(|(k, _)| k.as_ref() == key)
            .map(|(_, v)| v.as_ref())
    }
}
