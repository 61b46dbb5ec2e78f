//! `v1.Affinity`: the pod (anti-)affinity parts this crate reads.

use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::{null_as_default, LabelSelector};

/// `v1.Affinity`, in part (node affinity is read by [`crate::selector`] from its own types).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Affinity {
    /// `podAffinity`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod_affinity: Option<PodAffinity>,
    /// `podAntiAffinity` (the same shape as `podAffinity`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod_anti_affinity: Option<PodAffinity>,
}

/// `v1.PodAffinity` / `v1.PodAntiAffinity`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PodAffinity {
    /// `requiredDuringSchedulingIgnoredDuringExecution`.
    #[serde(
        rename = "requiredDuringSchedulingIgnoredDuringExecution",
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub required: Vec<PodAffinityTerm>,
    /// `preferredDuringSchedulingIgnoredDuringExecution`.
    #[serde(
        rename = "preferredDuringSchedulingIgnoredDuringExecution",
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub preferred: Vec<WeightedPodAffinityTerm>,
}

/// `v1.PodAffinityTerm`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodAffinityTerm {
    /// `namespaces`: other namespaces the term looks at.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub namespaces: Vec<String>,
    /// `namespaceSelector`: `Some` even when empty (`{}` selects every namespace).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace_selector: Option<LabelSelector>,
    /// `topologyKey`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub topology_key: String,
}

impl PodAffinityTerm {
    /// Whether the term reaches beyond the pod's namespace: it lists namespaces or has a
    /// namespace selector, even an empty one.
    #[must_use]
    pub fn is_cross_namespace(&self) -> bool {
        !self.namespaces.is_empty() || self.namespace_selector.is_some()
    }
}

/// `v1.WeightedPodAffinityTerm`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct WeightedPodAffinityTerm {
    /// `weight`.
    #[serde(deserialize_with = "null_as_default")]
    pub weight: i32,
    /// `podAffinityTerm`.
    #[serde(deserialize_with = "null_as_default")]
    pub pod_affinity_term: PodAffinityTerm,
}
