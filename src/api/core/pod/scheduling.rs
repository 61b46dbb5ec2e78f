//! Scheduling parts of a pod spec: topology spread constraints, scheduling gates and
//! groups, and resource claims.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{list, null_as_default, LabelSelector};
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// `v1.TopologySpreadConstraint`: specifies how to spread matching pods among the given topology.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TopologySpreadConstraint {
    /// `maxSkew`: describes the degree to which pods may be unevenly distributed.
    #[serde(deserialize_with = "null_as_default")]
    pub max_skew: i32,
    /// `topologyKey`: the key of node labels.
    #[serde(deserialize_with = "null_as_default")]
    pub topology_key: String,
    /// `whenUnsatisfiable`: indicates how to deal with a pod if it doesn't satisfy the spread
    /// constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. - ScheduleAnyway
    /// tells the scheduler to schedule the pod in any location, but giving higher precedence to
    /// topologies that would …
    #[serde(deserialize_with = "null_as_default")]
    pub when_unsatisfiable: String,
    /// `labelSelector`: used to find matching pods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_selector: Option<LabelSelector>,
    /// `minDomains`: indicates a minimum number of eligible domains.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_domains: Option<i32>,
    /// `nodeAffinityPolicy`: indicates how we will treat Pod's nodeAffinity/nodeSelector when
    /// calculating pod topology spread skew.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_affinity_policy: Option<String>,
    /// `nodeTaintsPolicy`: indicates how we will treat node taints when calculating pod topology spread
    /// skew.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_taints_policy: Option<String>,
    /// `matchLabelKeys`: a set of pod label keys to select the pods over which spreading will be
    /// calculated.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub match_label_keys: Vec<String>,
}

/// `v1.PodSchedulingGate`: associated to a Pod to guard its scheduling.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodSchedulingGate {
    /// `name`: name of the scheduling gate.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
}

/// `v1.PodResourceClaim`: references exactly one ResourceClaim, either directly or by naming a
/// ResourceClaimTemplate which is then turned into a ResourceClaim for the pod.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodResourceClaim {
    /// `name`: uniquely identifies this resource claim inside the pod.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `resourceClaimName`: the name of a ResourceClaim object in the same namespace as this pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_claim_name: Option<String>,
    /// `resourceClaimTemplateName`: the name of a ResourceClaimTemplate object in the same namespace as
    /// this pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_claim_template_name: Option<String>,
}

/// `v1.PodSchedulingGroup`: identifies the runtime scheduling group instance that a Pod belongs to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodSchedulingGroup {
    /// `podGroupName`: specifies the name of the standalone PodGroup object that represents the runtime
    /// instance of this group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod_group_name: Option<String>,
}
