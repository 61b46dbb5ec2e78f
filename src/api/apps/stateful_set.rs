//! `apps/v1.StatefulSet`.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/apps/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{
    is_zero, list, null_as_default, LabelSelector, ObjectMeta, PersistentVolumeClaim,
    PodTemplateSpec, Time,
};
use crate::api::IntOrString;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// `apps/v1.StatefulSet`: represents a set of pods with consistent identities.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StatefulSet {
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
    /// `spec`: defines the desired identities of pods in this set.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: StatefulSetSpec,
    /// `status`: the current status of Pods in this StatefulSet.
    #[serde(deserialize_with = "null_as_default")]
    pub status: StatefulSetStatus,
}

/// `apps/v1.StatefulSetSpec`: A StatefulSetSpec is the specification of a StatefulSet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StatefulSetSpec {
    /// `replicas`: the desired number of replicas of the given Template.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i32>,
    /// `selector`: a label query over pods that should match the replica count.
    pub selector: Option<LabelSelector>,
    /// `template`: the object that describes the pod that will be created if insufficient replicas are
    /// detected.
    #[serde(deserialize_with = "null_as_default")]
    pub template: PodTemplateSpec,
    /// `volumeClaimTemplates`: a list of claims that pods are allowed to reference.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub volume_claim_templates: Vec<PersistentVolumeClaim>,
    /// `serviceName`: the name of the service that governs this StatefulSet.
    #[serde(deserialize_with = "null_as_default")]
    pub service_name: String,
    /// `podManagementPolicy`: controls how pods are created during initial scale up, when replacing
    /// pods on nodes, or when scaling down.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub pod_management_policy: String,
    /// `updateStrategy`: indicates the StatefulSetUpdateStrategy that will be employed to update Pods
    /// in the StatefulSet when a revision is made to Template.
    #[serde(deserialize_with = "null_as_default")]
    pub update_strategy: StatefulSetUpdateStrategy,
    /// `revisionHistoryLimit`: the maximum number of revisions that will be maintained in the
    /// StatefulSet's revision history.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision_history_limit: Option<i32>,
    /// `minReadySeconds`: minimum number of seconds for which a newly created pod should be ready
    /// without any of its container crashing for it to be considered available.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub min_ready_seconds: i32,
    /// `persistentVolumeClaimRetentionPolicy`: describes the lifecycle of persistent volume claims
    /// created from volumeClaimTemplates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub persistent_volume_claim_retention_policy:
        Option<StatefulSetPersistentVolumeClaimRetentionPolicy>,
    /// `ordinals`: controls the numbering of replica indices in a StatefulSet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ordinals: Option<StatefulSetOrdinals>,
}

/// `apps/v1.StatefulSetUpdateStrategy`: indicates the strategy that the StatefulSet controller will
/// use to perform updates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StatefulSetUpdateStrategy {
    /// `type`: indicates the type of the StatefulSetUpdateStrategy.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub type_: String,
    /// `rollingUpdate`: used to communicate parameters when Type is
    /// RollingUpdateStatefulSetStrategyType.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rolling_update: Option<RollingUpdateStatefulSetStrategy>,
}

/// `apps/v1.RollingUpdateStatefulSetStrategy`: used to communicate parameter for
/// RollingUpdateStatefulSetStrategyType.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RollingUpdateStatefulSetStrategy {
    /// `partition`: indicates the ordinal at which the StatefulSet should be partitioned for updates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partition: Option<i32>,
    /// `maxUnavailable`: the maximum number of pods that can be unavailable during the update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_unavailable: Option<IntOrString>,
}

/// `apps/v1.StatefulSetPersistentVolumeClaimRetentionPolicy`: describes the policy used for PVCs
/// created from the StatefulSet VolumeClaimTemplates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StatefulSetPersistentVolumeClaimRetentionPolicy {
    /// `whenDeleted`: specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when
    /// the StatefulSet is deleted.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub when_deleted: String,
    /// `whenScaled`: specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when
    /// the StatefulSet is scaled down.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub when_scaled: String,
}

/// `apps/v1.StatefulSetOrdinals`: describes the policy used for replica ordinal assignment in this
/// StatefulSet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StatefulSetOrdinals {
    /// `start`: the number representing the first replica's index.
    #[serde(deserialize_with = "null_as_default")]
    pub start: i32,
}

/// `apps/v1.StatefulSetStatus`: represents the current state of a StatefulSet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StatefulSetStatus {
    /// `observedGeneration`: the most recent generation observed for this StatefulSet.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub observed_generation: i64,
    /// `replicas`: the number of Pods created by the StatefulSet controller.
    #[serde(deserialize_with = "null_as_default")]
    pub replicas: i32,
    /// `readyReplicas`: the number of pods created for this StatefulSet with a Ready Condition.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub ready_replicas: i32,
    /// `currentReplicas`: the number of Pods created by the StatefulSet controller from the StatefulSet
    /// version indicated by currentRevision.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub current_replicas: i32,
    /// `updatedReplicas`: the number of Pods created by the StatefulSet controller from the StatefulSet
    /// version indicated by updateRevision.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub updated_replicas: i32,
    /// `currentRevision`: if not empty, indicates the version of the StatefulSet used to generate Pods
    /// in the sequence \[0,currentReplicas).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub current_revision: String,
    /// `updateRevision`: if not empty, indicates the version of the StatefulSet used to generate Pods
    /// in the sequence \[replicas-updatedReplicas,replicas).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub update_revision: String,
    /// `collisionCount`: the count of hash collisions for the StatefulSet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collision_count: Option<i32>,
    /// `conditions`: represents the latest available observations of a statefulset's current state.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<StatefulSetCondition>,
    /// `availableReplicas`: total number of available pods (ready for at least minReadySeconds)
    /// targeted by this statefulset.
    #[serde(deserialize_with = "null_as_default")]
    pub available_replicas: i32,
}

/// `apps/v1.StatefulSetCondition`: describes the state of a statefulset at a certain point.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StatefulSetCondition {
    /// `type`: type of statefulset condition.
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
