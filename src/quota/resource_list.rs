//! The helpers of
//! [`k8s.io/apiserver/pkg/quota/v1/resources.go`](https://github.com/kubernetes/apiserver/blob/v0.36.3/pkg/quota/v1/resources.go)
//! (v0.36.3) on [`ResourceList`].

use alloc::string::String;
use alloc::vec::Vec;

use crate::api::core::ResourceList;
use crate::api::Quantity;

impl ResourceList {
    /// Go's `Equals`: the same names with equal quantities (compared by value).
    #[doc(alias = "Equals")]
    pub fn equals(&self, other: &ResourceList) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .all(|(k, v)| other.0.get(k).is_some_and(|o| v == o))
    }

    /// Go's `LessThanOrEqual`: whether no quantity exceeds the other list's for the names both
    /// have, and the names that do.
    #[doc(alias = "LessThanOrEqual")]
    pub fn less_than_or_equal<'a>(&self, other: &'a ResourceList) -> (bool, Vec<&'a str>) {
        let exceeded: Vec<&str> = other
            .0
            .iter()
            .filter(|(k, limit)| self.0.get(*k).is_some_and(|v| v > *limit))
            .map(|(k, _)| k.as_str())
            .collect();
        (exceeded.is_empty(), exceeded)
    }

    /// Go's `Max`: the larger quantity per name (the other list's on a tie), names of both.
    #[doc(alias = "Max")]
    pub fn max(&self, other: &ResourceList) -> ResourceList {
        let mut out = other.clone();
        for (k, v) in &self.0 {
            if other.0.get(k).map_or(true, |o| v > o) {
                out.0.insert(k.clone(), v.clone());
            }
        }
        out
    }

    /// Go's `Add`: sums per name; names in one list only are copied.
    #[doc(alias = "Add")]
    pub fn add(&self, other: &ResourceList) -> ResourceList {
        let mut out = self.clone();
        for (k, v) in &other.0 {
            match out.0.get_mut(k) {
                Some(q) => *q += v,
                None => {
                    out.0.insert(k.clone(), v.clone());
                }
            }
        }
        out
    }

    /// Go's `Subtract`: differences per name; names only in `other` are negated.
    #[doc(alias = "Subtract")]
    pub fn subtract(&self, other: &ResourceList) -> ResourceList {
        let mut out = self.clone();
        for (k, v) in &other.0 {
            match out.0.get_mut(k) {
                Some(q) => *q -= v,
                None => {
                    out.0.insert(k.clone(), -v.clone());
                }
            }
        }
        out
    }

    /// Go's `SubtractWithNonNegativeResult`: differences, with anything not positive (and names
    /// only in `other`) as `0`.
    #[doc(alias = "SubtractWithNonNegativeResult")]
    pub fn subtract_non_negative(&self, other: &ResourceList) -> ResourceList {
        let mut out = ResourceList::new();
        for (k, v) in &self.0 {
            let mut q = v.clone();
            if let Some(o) = other.0.get(k) {
                q -= o;
            }
            out.0
                .insert(k.clone(), if q.signum() > 0 { q } else { Quantity::zero() });
        }
        for k in other.0.keys() {
            out.0.entry(k.clone()).or_insert_with(Quantity::zero);
        }
        out
    }

    /// Go's `Mask`: only the listed names.
    #[doc(alias = "Mask")]
    pub fn mask<S: AsRef<str>>(&self, names: &[S]) -> ResourceList {
        let keep = |k: &str| names.iter().any(|n| n.as_ref() == k);
        ResourceList(
            self.0
                .iter()
                .filter(|(k, _)| keep(k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        )
    }

    /// Go's `ResourceNames`.
    #[doc(alias = "ResourceNames")]
    pub fn resource_names(&self) -> Vec<&str> {
        self.0.keys().map(String::as_str).collect()
    }

    /// Adds each of `defaults` this list lacks; returns the names it added, in name order.
    pub(crate) fn fill_missing<'a>(&mut self, defaults: &'a ResourceList) -> Vec<&'a str> {
        let mut added = Vec::new();
        for (name, q) in defaults.iter() {
            if self.get(name).is_none() {
                self.insert(name, q.clone());
                added.push(name);
            }
        }
        added
    }

    /// Go's `IsZero`: every quantity is zero.
    #[doc(alias = "IsZero")]
    pub fn is_zero(&self) -> bool {
        self.0.values().all(Quantity::is_zero)
    }

    /// Go's `IsNegative`: the names with a negative quantity.
    #[doc(alias = "IsNegative")]
    pub fn is_negative(&self) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(_, v)| v.signum() < 0)
            .map(|(k, _)| k.as_str())
            .collect()
    }

    /// Go's `RemoveZeros`: without the zero quantities.
    #[doc(alias = "RemoveZeros")]
    pub fn remove_zeros(&self) -> ResourceList {
        ResourceList(
            self.0
                .iter()
                .filter(|(_, v)| !v.is_zero())
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        )
    }
}

/// Go's `Contains`.
#[doc(alias = "Contains")]
pub fn contains<S: AsRef<str>>(items: &[S], item: &str) -> bool {
    items.iter().any(|i| i.as_ref() == item)
}

/// Go's `ContainsPrefix`: whether `item` starts with one of the prefixes.
#[doc(alias = "ContainsPrefix")]
pub fn contains_prefix<S: AsRef<str>>(prefixes: &[S], item: &str) -> bool {
    prefixes.iter().any(|p| item.starts_with(p.as_ref()))
}

/// Go's `Intersection`: names in both, deduplicated and sorted.
#[doc(alias = "Intersection")]
pub fn intersection<'a, S: AsRef<str>, T: AsRef<str>>(a: &'a [S], b: &[T]) -> Vec<&'a str> {
    let mut out: Vec<&str> = a
        .iter()
        .map(AsRef::as_ref)
        .filter(|i| contains(b, i))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Go's `Difference`: names in `a` but not `b`, deduplicated and sorted.
#[doc(alias = "Difference")]
pub fn difference<'a, S: AsRef<str>, T: AsRef<str>>(a: &'a [S], b: &[T]) -> Vec<&'a str> {
    let mut out: Vec<&str> = a
        .iter()
        .map(AsRef::as_ref)
        .filter(|i| !contains(b, i))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The object-count quota name of a resource (`ObjectCountQuotaResourceNameFor`):
/// `count/<resource>` for the core group, `count/<resource>.<group>` otherwise. Go's
/// `ObjectCountQuotaResourceNameFor` in
/// [`k8s.io/apiserver/pkg/quota/v1/generic/evaluator.go`](https://github.com/kubernetes/apiserver/blob/v0.36.3/pkg/quota/v1/generic/evaluator.go)
/// (v0.36.3).
///
/// ```
/// use kube_primitives::api::GroupResource;
/// use kube_primitives::quota::object_count_name;
///
/// let gr = |g: &str, r: &str| GroupResource { group: g.into(), resource: r.into() };
/// assert_eq!(object_count_name(&gr("", "configmaps")), "count/configmaps");
/// assert_eq!(object_count_name(&gr("apps", "deployments")), "count/deployments.apps");
/// ```
#[doc(alias = "ObjectCountQuotaResourceNameFor")]
#[must_use]
pub fn object_count_name(resource: &crate::api::GroupResource) -> String {
    if resource.group.is_empty() {
        alloc::format!("count/{}", resource.resource)
    } else {
        alloc::format!("count/{}.{}", resource.resource, resource.group)
    }
}
