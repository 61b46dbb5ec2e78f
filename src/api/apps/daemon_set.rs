//! `apps/v1.DaemonSet`.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/apps/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{
    is_zero, list, null_as_default, LabelSelector, ObjectMeta, PodTemplateSpec, Time,
};
use crate::api::IntOrString;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// `apps/v1.DaemonSet`: represents the configuration of a daemon set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DaemonSet {
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
    /// `spec`: the desired behavior of this daemon set.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: DaemonSetSpec,
    /// `status`: the current status of this daemon set.
    #[serde(deserialize_with = "null_as_default")]
    pub status: DaemonSetStatus,
}

/// `apps/v1.DaemonSetSpec`: the specification of a daemon set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DaemonSetSpec {
    /// `selector`: A label query over pods that are managed by the daemon set.
    pub selector: Option<LabelSelector>,
    /// `template`: an object that describes the pod that will be created.
    #[serde(deserialize_with = "null_as_default")]
    pub template: PodTemplateSpec,
    /// `updateStrategy`: an update strategy to replace existing DaemonSet pods with new pods.
    #[serde(deserialize_with = "null_as_default")]
    pub update_strategy: DaemonSetUpdateStrategy,
    /// `minReadySeconds`: the minimum number of seconds for which a newly created DaemonSet pod should
    /// be ready without any of its container crashing, for it to be considered available.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub min_ready_seconds: i32,
    /// `revisionHistoryLimit`: the number of old history to retain to allow rollback.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision_history_limit: Option<i32>,
}

/// `apps/v1.DaemonSetUpdateStrategy`: a struct used to control the update strategy for a DaemonSet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DaemonSetUpdateStrategy {
    /// `type`: type of daemon set update.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub type_: String,
    /// `rollingUpdate`: rolling update config params.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rolling_update: Option<RollingUpdateDaemonSet>,
}

/// `apps/v1.RollingUpdateDaemonSet`: Spec to control the desired behavior of daemon set rolling
/// update.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RollingUpdateDaemonSet {
    /// `maxUnavailable`: the maximum number of DaemonSet pods that can be unavailable during the
    /// update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_unavailable: Option<IntOrString>,
    /// `maxSurge`: the maximum number of nodes with an existing available DaemonSet pod that can have
    /// an updated DaemonSet pod during during an update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_surge: Option<IntOrString>,
}

/// `apps/v1.DaemonSetStatus`: represents the current status of a daemon set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DaemonSetStatus {
    /// `currentNumberScheduled`: the number of nodes that are running at least 1 daemon pod and are
    /// supposed to run the daemon pod.
    #[serde(deserialize_with = "null_as_default")]
    pub current_number_scheduled: i32,
    /// `numberMisscheduled`: the number of nodes that are running the daemon pod, but are not supposed
    /// to run the daemon pod.
    #[serde(deserialize_with = "null_as_default")]
    pub number_misscheduled: i32,
    /// `desiredNumberScheduled`: the total number of nodes that should be running the daemon pod
    /// (including nodes correctly running the daemon pod).
    #[serde(deserialize_with = "null_as_default")]
    pub desired_number_scheduled: i32,
    /// `numberReady`: the number of nodes that should be running the daemon pod and have one or more of
    /// the daemon pod running with a Ready Condition.
    #[serde(deserialize_with = "null_as_default")]
    pub number_ready: i32,
    /// `observedGeneration`: the most recent generation observed by the daemon set controller.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub observed_generation: i64,
    /// `updatedNumberScheduled`: the total number of nodes that are running updated daemon pod.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub updated_number_scheduled: i32,
    /// `numberAvailable`: the number of nodes that should be running the daemon pod and have one or
    /// more of the daemon pod running and available (ready for at least spec.minReadySeconds).
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub number_available: i32,
    /// `numberUnavailable`: the number of nodes that should be running the daemon pod and have none of
    /// the daemon pod running and available (ready for at least spec.minReadySeconds).
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub number_unavailable: i32,
    /// `collisionCount`: count of hash collisions for the DaemonSet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collision_count: Option<i32>,
    /// `conditions`: represents the latest available observations of a DaemonSet's current state.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<DaemonSetCondition>,
}

/// `apps/v1.DaemonSetCondition`: describes the state of a DaemonSet at a certain point.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DaemonSetCondition {
    /// `type`: type of DaemonSet condition.
    #[serde(deserialize_with = "null_as_default")]
    pub type_: String,
    /// `status`: status of the condition, one of True, False, Unknown.
    #[serde(deserialize_with = "null_as_default")]
    pub status: String,
    /// `lastTransitionTime`: last time the condition transitioned from one status to another.
    pub last_transition_time: Option<Time>,
    /// `reason`: the reason for the condition's last transition.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub reason: String,
    /// `message`: A human readable message indicating details about the transition.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub message: String,
}
