//! `v1.ResourceList`: resource names and quantities.

use alloc::collections::BTreeMap;
use alloc::string::String;
use core::fmt;

use serde::{Deserialize, Serialize};

use crate::api::Quantity;

/// Resource names and quantities (`v1.ResourceList`), kept in name order; serialized as a JSON
/// object. Upstream iterates Go maps, so where it returns names in map order this type returns
/// them in name order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ResourceList(pub(crate) BTreeMap<String, Quantity>);

impl ResourceList {
    /// An empty list.
    pub fn new() -> ResourceList {
        ResourceList::default()
    }

    /// Sets a quantity, returning the previous one.
    pub fn insert(&mut self, name: impl Into<String>, quantity: Quantity) -> Option<Quantity> {
        self.0.insert(name.into(), quantity)
    }

    /// The quantity of `name`.
    pub fn get(&self, name: &str) -> Option<&Quantity> {
        self.0.get(name)
    }

    /// The entries, in name order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &Quantity)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// How many resources are listed.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no resource is listed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: Into<String>> FromIterator<(K, Quantity)> for ResourceList {
    fn from_iter<I: IntoIterator<Item = (K, Quantity)>>(iter: I) -> Self {
        ResourceList(iter.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }
}

impl fmt::Display for ResourceList {
    /// `name=quantity` pairs in name order, joined by `,`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (k, v)) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{k}={v}")?;
        }
        Ok(())
    }
}
