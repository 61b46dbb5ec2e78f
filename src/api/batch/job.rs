//! `batch/v1.Job`.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/batch/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{
    empty_as_null, is_zero, list, null_as_default, LabelSelector, ObjectMeta, PodTemplateSpec, Time,
};
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// `batch/v1.Job`: represents the configuration of a single job.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Job {
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
    /// `spec`: specification of the desired behavior of a job.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: JobSpec,
    /// `status`: current status of a job.
    #[serde(deserialize_with = "null_as_default")]
    pub status: JobStatus,
}

/// `batch/v1.JobSpec`: describes how the job execution will look like.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct JobSpec {
    /// `parallelism`: specifies the maximum desired number of pods the job should run at any given
    /// time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallelism: Option<i32>,
    /// `completions`: specifies the desired number of successfully finished pods the job should be run
    /// with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completions: Option<i32>,
    /// `activeDeadlineSeconds`: specifies the duration in seconds relative to the startTime that the
    /// job may be continuously active before the system tries to terminate it; value must be positive
    /// integer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_deadline_seconds: Option<i64>,
    /// `podFailurePolicy`: specifies the policy of handling failed pods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod_failure_policy: Option<PodFailurePolicy>,
    /// `successPolicy`: specifies the policy when the Job can be declared as succeeded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success_policy: Option<SuccessPolicy>,
    /// `backoffLimit`: specifies the number of retries before marking this job failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backoff_limit: Option<i32>,
    /// `backoffLimitPerIndex`: specifies the limit for the number of retries within an index before
    /// marking this index as failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backoff_limit_per_index: Option<i32>,
    /// `maxFailedIndexes`: specifies the maximal number of failed indexes before marking the Job as
    /// failed, when backoffLimitPerIndex is set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_failed_indexes: Option<i32>,
    /// `selector`: A label query over pods that should match the pod count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<LabelSelector>,
    /// `manualSelector`: controls generation of pod labels and pod selectors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manual_selector: Option<bool>,
    /// `template`: describes the pod that will be created when executing a job.
    #[serde(deserialize_with = "null_as_default")]
    pub template: PodTemplateSpec,
    /// `ttlSecondsAfterFinished`: limits the lifetime of a Job that has finished execution (either
    /// Complete or Failed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl_seconds_after_finished: Option<i32>,
    /// `completionMode`: specifies how Pod completions are tracked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completion_mode: Option<String>,
    /// `suspend`: specifies whether the Job controller should create Pods or not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
    /// `podReplacementPolicy`: specifies when to create replacement Pods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod_replacement_policy: Option<String>,
    /// `managedBy`: field indicates the controller that manages a Job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub managed_by: Option<String>,
}

/// `batch/v1.PodFailurePolicy`: describes how failed pods influence the backoffLimit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodFailurePolicy {
    /// `rules`: A list of pod failure policy rules.
    #[serde(deserialize_with = "list", serialize_with = "empty_as_null")]
    pub rules: Vec<PodFailurePolicyRule>,
}

/// `batch/v1.PodFailurePolicyRule`: describes how a pod failure is handled when the requirements
/// are met.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodFailurePolicyRule {
    /// `action`: specifies the action taken on a pod failure when the requirements are satisfied.
    #[serde(deserialize_with = "null_as_default")]
    pub action: String,
    /// `onExitCodes`: represents the requirement on the container exit codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_exit_codes: Option<PodFailurePolicyOnExitCodesRequirement>,
    /// `onPodConditions`: represents the requirement on the pod conditions.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub on_pod_conditions: Vec<PodFailurePolicyOnPodConditionsPattern>,
}

/// `batch/v1.PodFailurePolicyOnExitCodesRequirement`: describes the requirement for handling a
/// failed pod based on its container exit codes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodFailurePolicyOnExitCodesRequirement {
    /// `containerName`: restricts the check for exit codes to the container with the specified name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    /// `operator`: represents the relationship between the container exit code(s) and the specified
    /// values.
    #[serde(deserialize_with = "null_as_default")]
    pub operator: String,
    /// `values`: specifies the set of values.
    #[serde(deserialize_with = "list", serialize_with = "empty_as_null")]
    pub values: Vec<i32>,
}

/// `batch/v1.PodFailurePolicyOnPodConditionsPattern`: describes a pattern for matching an actual
/// pod condition type.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodFailurePolicyOnPodConditionsPattern {
    /// `type`: specifies the required Pod condition type.
    #[serde(deserialize_with = "null_as_default")]
    pub type_: String,
    /// `status`: specifies the required Pod condition status.
    #[serde(deserialize_with = "null_as_default")]
    pub status: String,
}

/// `batch/v1.SuccessPolicy`: describes when a Job can be declared as succeeded based on the success
/// of some indexes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SuccessPolicy {
    /// `rules`: represents the list of alternative rules for the declaring the Jobs as successful
    /// before `.status.succeeded &gt;= .spec.completions`.
    #[serde(deserialize_with = "list", serialize_with = "empty_as_null")]
    pub rules: Vec<SuccessPolicyRule>,
}

/// `batch/v1.SuccessPolicyRule`: describes rule for declaring a Job as succeeded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SuccessPolicyRule {
    /// `succeededIndexes`: specifies the set of indexes which need to be contained in the actual set of
    /// the succeeded indexes for the Job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub succeeded_indexes: Option<String>,
    /// `succeededCount`: specifies the minimal required size of the actual set of the succeeded indexes
    /// for the Job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub succeeded_count: Option<i32>,
}

/// `batch/v1.JobStatus`: represents the current state of a Job.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct JobStatus {
    /// `conditions`: the latest available observations of an object's current state.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<JobCondition>,
    /// `startTime`: represents time when the job controller started processing a job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Time>,
    /// `completionTime`: represents time when the job was completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completion_time: Option<Time>,
    /// `active`: the number of pending and running pods which are not terminating (without a
    /// deletionTimestamp).
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub active: i32,
    /// `succeeded`: the number of pods which reached phase Succeeded.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub succeeded: i32,
    /// `failed`: the number of pods which reached phase Failed.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub failed: i32,
    /// `terminating`: the number of pods which are terminating (in phase Pending or Running and have a
    /// deletionTimestamp).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terminating: Option<i32>,
    /// `completedIndexes`: holds the completed indexes when .spec.completionMode = "Indexed" in a text
    /// format.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub completed_indexes: String,
    /// `failedIndexes`: holds the failed indexes when spec.backoffLimitPerIndex is set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failed_indexes: Option<String>,
    /// `uncountedTerminatedPods`: holds the UIDs of Pods that have terminated but the job controller
    /// hasn't yet accounted for in the status counters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uncounted_terminated_pods: Option<UncountedTerminatedPods>,
    /// `ready`: the number of active pods which have a Ready condition and are not terminating (without
    /// a deletionTimestamp).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ready: Option<i32>,
}

/// `batch/v1.JobCondition`: describes current state of a job.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct JobCondition {
    /// `type`: type of job condition, Complete or Failed.
    #[serde(deserialize_with = "null_as_default")]
    pub type_: String,
    /// `status`: status of the condition, one of True, False, Unknown.
    #[serde(deserialize_with = "null_as_default")]
    pub status: String,
    /// `lastProbeTime`: last time the condition was checked.
    pub last_probe_time: Option<Time>,
    /// `lastTransitionTime`: last time the condition transit from one status to another.
    pub last_transition_time: Option<Time>,
    /// `reason`: (brief) reason for the condition's last transition.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub reason: String,
    /// `message`: human readable message indicating details about last transition.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub message: String,
}

/// `batch/v1.UncountedTerminatedPods`: holds UIDs of Pods that have terminated but haven't been
/// accounted in Job status counters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct UncountedTerminatedPods {
    /// `succeeded`: holds UIDs of succeeded Pods.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub succeeded: Vec<String>,
    /// `failed`: holds UIDs of failed Pods.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub failed: Vec<String>,
}
