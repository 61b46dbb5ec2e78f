//! `v1.Affinity`: node affinity and pod (anti-)affinity.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use serde::{Deserialize, Serialize};

use crate::api::core::{
    list, null_as_default, LabelSelector, NodeSelector, PreferredSchedulingTerm,
};
use alloc::string::String;
use alloc::vec::Vec;

/// `v1.Affinity`: a pod's scheduling constraints; see
/// [`RequiredNodeAffinity::from_pod`](crate::selector::RequiredNodeAffinity::from_pod).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Affinity {
    /// `nodeAffinity`: describes node affinity scheduling rules for the pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_affinity: Option<NodeAffinity>,
    /// `podAffinity`: describes pod affinity scheduling rules (e.g. co-locate this pod in the same
    /// node, zone, etc. as some other pod(s)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod_affinity: Option<PodAffinity>,
    /// `podAntiAffinity` (the same shape as `podAffinity`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod_anti_affinity: Option<PodAffinity>,
}

/// `v1.PodAffinity` / `v1.PodAntiAffinity`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodAffinity {
    /// `requiredDuringSchedulingIgnoredDuringExecution`: if the affinity requirements specified by this
    /// field are not met at scheduling time, the pod will not be scheduled onto the node.
    #[serde(
        rename = "requiredDuringSchedulingIgnoredDuringExecution",
        deserialize_with = "list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub required: Vec<PodAffinityTerm>,
    /// `preferredDuringSchedulingIgnoredDuringExecution`: the scheduler will prefer to schedule pods to
    /// nodes that satisfy the affinity expressions specified by this field, but it may choose a node
    /// that violates one or more of the expressions.
    #[serde(
        rename = "preferredDuringSchedulingIgnoredDuringExecution",
        deserialize_with = "list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub preferred: Vec<WeightedPodAffinityTerm>,
}

/// `v1.PodAffinityTerm`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodAffinityTerm {
    /// `labelSelector`: A label query over a set of resources, in this case pods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_selector: Option<LabelSelector>,
    /// `namespaces`: other namespaces the term looks at.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub namespaces: Vec<String>,
    /// `topologyKey`: this pod should be co-located (affinity) or not co-located (anti-affinity) with
    /// the pods matching the labelSelector in the specified namespaces, where co-located is defined as
    /// running on a node whose value of the label with key topologyKey matches that of any node on
    /// which any of the …
    #[serde(deserialize_with = "null_as_default")]
    pub topology_key: String,
    /// `namespaceSelector`: `Some` even when empty (`{}` selects every namespace).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace_selector: Option<LabelSelector>,
    /// `matchLabelKeys`: a set of pod label keys to select which pods will be taken into consideration.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub match_label_keys: Vec<String>,
    /// `mismatchLabelKeys`: a set of pod label keys to select which pods will be taken into
    /// consideration.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub mismatch_label_keys: Vec<String>,
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
    /// `weight`: associated with matching the corresponding podAffinityTerm, in the range 1-100.
    #[serde(deserialize_with = "null_as_default")]
    pub weight: i32,
    /// `podAffinityTerm`: the term, weighted.
    #[serde(deserialize_with = "null_as_default")]
    pub pod_affinity_term: PodAffinityTerm,
}

/// `v1.NodeAffinity`: the node affinity scheduling rules of a pod, with the field names
/// shortened as in [`PodAffinity`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NodeAffinity {
    /// `requiredDuringSchedulingIgnoredDuringExecution`: if the affinity requirements specified by this
    /// field are not met at scheduling time, the pod will not be scheduled onto the node.
    #[serde(
        rename = "requiredDuringSchedulingIgnoredDuringExecution",
        skip_serializing_if = "Option::is_none"
    )]
    pub required: Option<NodeSelector>,
    /// `preferredDuringSchedulingIgnoredDuringExecution`: the scheduler will prefer to schedule pods to
    /// nodes that satisfy the affinity expressions specified by this field, but it may choose a node
    /// that violates one or more of the expressions.
    #[serde(
        rename = "preferredDuringSchedulingIgnoredDuringExecution",
        deserialize_with = "list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub preferred: Vec<PreferredSchedulingTerm>,
}
