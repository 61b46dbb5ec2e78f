//! `apps/v1.Deployment`.
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

/// `apps/v1.Deployment`: enables declarative updates for Pods and ReplicaSets.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Deployment {
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
    /// `spec`: specification of the desired behavior of the Deployment.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: DeploymentSpec,
    /// `status`: most recently observed status of the Deployment.
    #[serde(deserialize_with = "null_as_default")]
    pub status: DeploymentStatus,
}

/// `apps/v1.DeploymentSpec`: the specification of the desired behavior of the Deployment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DeploymentSpec {
    /// `replicas`: number of desired pods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i32>,
    /// `selector`: label selector for pods.
    pub selector: Option<LabelSelector>,
    /// `template`: describes the pods that will be created.
    #[serde(deserialize_with = "null_as_default")]
    pub template: PodTemplateSpec,
    /// `strategy`: the deployment strategy to use to replace existing pods with new ones.
    #[serde(deserialize_with = "null_as_default")]
    pub strategy: DeploymentStrategy,
    /// `minReadySeconds`: minimum number of seconds for which a newly created pod should be ready
    /// without any of its container crashing, for it to be considered available.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub min_ready_seconds: i32,
    /// `revisionHistoryLimit`: the number of old ReplicaSets to retain to allow rollback.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision_history_limit: Option<i32>,
    /// `paused`: indicates that the deployment is paused.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub paused: bool,
    /// `progressDeadlineSeconds`: the maximum time in seconds for a deployment to make progress before
    /// it is considered to be failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress_deadline_seconds: Option<i32>,
}

/// `apps/v1.DeploymentStrategy`: describes how to replace existing pods with new ones.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DeploymentStrategy {
    /// `type`: type of deployment.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub type_: String,
    /// `rollingUpdate`: rolling update config params.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rolling_update: Option<RollingUpdateDeployment>,
}

/// `apps/v1.RollingUpdateDeployment`: Spec to control the desired behavior of rolling update.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RollingUpdateDeployment {
    /// `maxUnavailable`: the maximum number of pods that can be unavailable during the update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_unavailable: Option<IntOrString>,
    /// `maxSurge`: the maximum number of pods that can be scheduled above the desired number of pods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_surge: Option<IntOrString>,
}

/// `apps/v1.DeploymentStatus`: the most recently observed status of the Deployment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DeploymentStatus {
    /// `observedGeneration`: the generation observed by the deployment controller.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub observed_generation: i64,
    /// `replicas`: total number of non-terminating pods targeted by this deployment (their labels match
    /// the selector).
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub replicas: i32,
    /// `updatedReplicas`: total number of non-terminating pods targeted by this deployment that have
    /// the desired template spec.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub updated_replicas: i32,
    /// `readyReplicas`: total number of non-terminating pods targeted by this Deployment with a Ready
    /// Condition.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub ready_replicas: i32,
    /// `availableReplicas`: total number of available non-terminating pods (ready for at least
    /// minReadySeconds) targeted by this deployment.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub available_replicas: i32,
    /// `unavailableReplicas`: total number of unavailable pods targeted by this deployment.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub unavailable_replicas: i32,
    /// `terminatingReplicas`: total number of terminating pods targeted by this deployment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terminating_replicas: Option<i32>,
    /// `conditions`: represents the latest available observations of a deployment's current state.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<DeploymentCondition>,
    /// `collisionCount`: count of hash collisions for the Deployment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collision_count: Option<i32>,
}

/// `apps/v1.DeploymentCondition`: describes the state of a deployment at a certain point.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DeploymentCondition {
    /// `type`: type of deployment condition.
    #[serde(deserialize_with = "null_as_default")]
    pub type_: String,
    /// `status`: status of the condition, one of True, False, Unknown.
    #[serde(deserialize_with = "null_as_default")]
    pub status: String,
    /// `lastUpdateTime`: the last time this condition was updated.
    pub last_update_time: Option<Time>,
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
