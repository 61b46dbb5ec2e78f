//! `policy/v1.PodDisruptionBudget`.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/policy/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{
    is_zero, list, null_as_default, Condition, LabelSelector, ObjectMeta, Time,
};
use crate::api::IntOrString;
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// `policy/v1.PodDisruptionBudget`: an object to define the max disruption that can be caused to a
/// collection of pods.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodDisruptionBudget {
    /// `kind`: a string value representing the REST resource this object represents.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub kind: String,
    /// `apiVersion`: defines the versioned schema of this representation of an object.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub api_version: String,
    /// `metadata`: standard object's metadata.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`: specification of the desired behavior of the PodDisruptionBudget.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: PodDisruptionBudgetSpec,
    /// `status`: most recently observed status of the PodDisruptionBudget.
    #[serde(deserialize_with = "null_as_default")]
    pub status: PodDisruptionBudgetStatus,
}

/// `policy/v1.PodDisruptionBudgetSpec`: a description of a PodDisruptionBudget.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodDisruptionBudgetSpec {
    /// `minAvailable`: an eviction is allowed if at least "minAvailable" pods selected by "selector"
    /// will still be available after the eviction, i.e. even in the absence of the evicted pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_available: Option<IntOrString>,
    /// `selector`: label query over pods whose evictions are managed by the disruption budget.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<LabelSelector>,
    /// `maxUnavailable`: an eviction is allowed if at most "maxUnavailable" pods selected by "selector"
    /// are unavailable after the eviction, i.e. even in absence of the evicted pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_unavailable: Option<IntOrString>,
    /// `unhealthyPodEvictionPolicy`: defines the criteria for when unhealthy pods should be considered
    /// for eviction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unhealthy_pod_eviction_policy: Option<String>,
}

/// `policy/v1.PodDisruptionBudgetStatus`: represents information about the status of a
/// PodDisruptionBudget.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodDisruptionBudgetStatus {
    /// `observedGeneration`: most recent generation observed when updating this PDB status.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub observed_generation: i64,
    /// `disruptedPods`: contains information about pods whose eviction was processed by the API server
    /// eviction subresource handler but has not yet been observed by the PodDisruptionBudget
    /// controller.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub disrupted_pods: BTreeMap<String, Time>,
    /// `disruptionsAllowed`: number of pod disruptions that are currently allowed.
    #[serde(deserialize_with = "null_as_default")]
    pub disruptions_allowed: i32,
    /// `currentHealthy`: current number of healthy pods.
    #[serde(deserialize_with = "null_as_default")]
    pub current_healthy: i32,
    /// `desiredHealthy`: minimum desired number of healthy pods.
    #[serde(deserialize_with = "null_as_default")]
    pub desired_healthy: i32,
    /// `expectedPods`: total number of pods counted by this disruption budget.
    #[serde(deserialize_with = "null_as_default")]
    pub expected_pods: i32,
    /// `conditions`: contain conditions for PDB. The disruption controller sets the DisruptionAllowed
    /// condition.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
}
