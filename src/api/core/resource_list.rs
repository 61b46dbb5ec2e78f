//! `v1.ResourceList`: resource names and quantities.

use alloc::collections::btree_map::{self, BTreeMap, Entry};
use alloc::string::String;
use core::fmt;

use serde::{Deserialize, Serialize};

use crate::api::Quantity;

/// Resource names and quantities (`v1.ResourceList`), kept in name order; serialized as a JSON
/// object. Upstream iterates Go maps, so where it returns names in map order this type returns
/// them in name order.
///
/// It works like the map it is: build it from pairs or a `BTreeMap`, change entries in place,
/// iterate it by reference or by value.
///
/// ```
/// use std::collections::BTreeMap;
/// use kube_primitives::api::core::ResourceList;
/// use kube_primitives::api::{Format, Quantity};
///
/// let mut list: ResourceList = [("cpu", Quantity::new(2, Format::DecimalSI)), ("memory", "1Gi".parse().unwrap())]
///     .into_iter()
///     .collect();
/// *list.entry("cpu").or_default() += &"500m".parse().unwrap();
/// if let Some(memory) = list.get_mut("memory") {
///     *memory += &"1Gi".parse().unwrap();
/// }
/// assert_eq!(list.to_string(), "cpu=2500m,memory=2Gi");
/// assert_eq!(list.remove("cpu").map(|q| q.to_string()).as_deref(), Some("2500m"));
/// let names: Vec<&str> = (&list).into_iter().map(|(name, _)| name).collect();
/// assert_eq!(names, ["memory"]);
/// let map: BTreeMap<String, Quantity> = list.clone().into_iter().collect();
/// assert_eq!(ResourceList::from(map), list);
/// ```
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

    /// The quantity of `name`, to change in place.
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Quantity> {
        self.0.get_mut(name)
    }

    /// Removes `name`, returning its quantity.
    pub fn remove(&mut self, name: &str) -> Option<Quantity> {
        self.0.remove(name)
    }

    /// The entry of `name`, to insert or change in place (`BTreeMap::entry`).
    pub fn entry(&mut self, name: impl Into<String>) -> Entry<'_, String, Quantity> {
        self.0.entry(name.into())
    }

    /// Whether `name` is listed.
    pub fn contains_key(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    /// The entries, in name order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &Quantity)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The entries with their quantities to change in place, in name order.
    pub fn iter_mut(&mut self) -> impl ExactSizeIterator<Item = (&str, &mut Quantity)> {
        self.0.iter_mut().map(|(k, v)| (k.as_str(), v))
    }

    /// Keeps only the entries for which `keep` is true.
    pub fn retain(&mut self, mut keep: impl FnMut(&str, &mut Quantity) -> bool) {
        self.0.retain(|k, v| keep(k, v));
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

impl From<BTreeMap<String, Quantity>> for ResourceList {
    fn from(map: BTreeMap<String, Quantity>) -> Self {
        ResourceList(map)
    }
}

impl From<ResourceList> for BTreeMap<String, Quantity> {
    fn from(list: ResourceList) -> Self {
        list.0
    }
}

impl<K: Into<String>> Extend<(K, Quantity)> for ResourceList {
    fn extend<I: IntoIterator<Item = (K, Quantity)>>(&mut self, iter: I) {
        self.0.extend(iter.into_iter().map(|(k, v)| (k.into(), v)));
    }
}

impl IntoIterator for ResourceList {
    type Item = (String, Quantity);
    type IntoIter = btree_map::IntoIter<String, Quantity>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a ResourceList {
    type Item = (&'a str, &'a Quantity);
    type IntoIter = core::iter::Map<
        btree_map::Iter<'a, String, Quantity>,
        fn((&'a String, &'a Quantity)) -> (&'a str, &'a Quantity),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
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
