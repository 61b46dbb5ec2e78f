//! `apps/v1.ReplicaSet`: what the deployment controller reads of it.

use serde::{Deserialize, Serialize};

use crate::api::core::{
    is_zero, list, null_as_default, LabelSelector, ObjectMeta, PodTemplateSpec, Time,
};
use alloc::string::String;
use alloc::vec::Vec;

/// The annotation holding a replica set's deployment revision.
pub const REVISION_ANNOTATION: &str = "deployment.kubernetes.io/revision";
/// The annotation holding the deployment's `spec.replicas` when the replica set was last scaled.
pub const DESIRED_REPLICAS_ANNOTATION: &str = "deployment.kubernetes.io/desired-replicas";
/// The annotation holding the deployment's `spec.replicas + maxSurge` when the replica set was
/// last scaled.
pub const MAX_REPLICAS_ANNOTATION: &str = "deployment.kubernetes.io/max-replicas";

/// A replica set (`apps/v1.ReplicaSet`).
///
/// ```
/// use kube_primitives::api::apps::ReplicaSet;
///
/// let rs: ReplicaSet = serde_json::from_str(r#"{"metadata": {"name": "web-5d8f",
///     "annotations": {"deployment.kubernetes.io/revision": "3"}}, "spec": {"replicas": 4}}"#).unwrap();
/// assert_eq!(rs.replicas(), 4);
/// assert_eq!(rs.revision(), Some(3));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ReplicaSet {
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
    /// `metadata`: if the Labels of a ReplicaSet are empty, they are defaulted to be the same as the
    /// Pod(s) that the ReplicaSet manages.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`: defines the specification of the desired behavior of the ReplicaSet.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: ReplicaSetSpec,
    /// `status`: the most recently observed status of the ReplicaSet.
    #[serde(deserialize_with = "null_as_default")]
    pub status: ReplicaSetStatus,
}

/// `apps/v1.ReplicaSetSpec`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ReplicaSetSpec {
    /// `replicas`: `None` means 1 (the API default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i32>,
    /// `minReadySeconds`: minimum number of seconds for which a newly created pod should be ready
    /// without any of its container crashing, for it to be considered available.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub min_ready_seconds: i32,
    /// `selector`: a label query over pods that should match the replica count.
    pub selector: Option<LabelSelector>,
    /// `template`: the object that describes the pod that will be created if insufficient replicas are
    /// detected.
    #[serde(deserialize_with = "null_as_default")]
    pub template: PodTemplateSpec,
}

/// `apps/v1.ReplicaSetStatus`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ReplicaSetStatus {
    /// `replicas`: pods observed.
    #[serde(deserialize_with = "null_as_default")]
    pub replicas: i32,
    /// `fullyLabeledReplicas`: the number of non-terminating pods that have labels matching the labels
    /// of the pod template of the replicaset.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub fully_labeled_replicas: i32,
    /// `readyReplicas`: the number of non-terminating pods targeted by this ReplicaSet with a Ready
    /// Condition.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub ready_replicas: i32,
    /// `availableReplicas`: the number of available non-terminating pods (ready for at least
    /// minReadySeconds) for this replica set.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub available_replicas: i32,
    /// `terminatingReplicas`: the number of terminating pods for this replica set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terminating_replicas: Option<i32>,
    /// `observedGeneration`: reflects the generation of the most recently observed ReplicaSet.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub observed_generation: i64,
    /// `conditions`: represents the latest available observations of a replica set's current state.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<ReplicaSetCondition>,
}

impl ReplicaSet {
    /// A replica set named `name` with `spec.replicas`.
    #[must_use]
    pub fn new(name: &str, replicas: i32) -> ReplicaSet {
        let mut rs = ReplicaSet::default();
        rs.metadata.name = name.into();
        rs.spec.replicas = Some(replicas);
        rs
    }

    /// `spec.replicas`, 1 when unset.
    #[must_use]
    pub fn replicas(&self) -> i32 {
        self.spec.replicas.unwrap_or(1)
    }

    /// An integer annotation as upstream reads it (`strconv.Atoi`; `None` when absent or not
    /// a number).
    fn int_annotation(&self, key: &str) -> Option<i64> {
        let v = self.metadata.annotations.get(key)?;
        crate::text::go_atoi(v).ok()
    }

    /// The deployment revision (`Revision`: `ParseInt(…, 10, 64)`), `None` when absent or not a
    /// number.
    #[must_use]
    #[doc(alias = "Revision")]
    pub fn revision(&self) -> Option<i64> {
        crate::text::parse_go_int(self.metadata.annotations.get(REVISION_ANNOTATION)?)
    }

    /// The `desired-replicas` annotation (`getIntFromAnnotation`: `Atoi`, then `int32()`,
    /// which keeps the low 32 bits).
    #[must_use]
    #[expect(
        clippy::cast_possible_truncation,
        reason = "upstream's int32() keeps the low 32 bits"
    )]
    pub fn desired_replicas(&self) -> Option<i32> {
        self.int_annotation(DESIRED_REPLICAS_ANNOTATION)
            .map(|v| v as i32)
    }

    /// The `max-replicas` annotation, read as [`ReplicaSet::desired_replicas`].
    #[must_use]
    #[expect(
        clippy::cast_possible_truncation,
        reason = "upstream's int32() keeps the low 32 bits"
    )]
    pub fn max_replicas(&self) -> Option<i32> {
        self.int_annotation(MAX_REPLICAS_ANNOTATION)
            .map(|v| v as i32)
    }
}

/// `apps/v1.ReplicaSetCondition`: describes the state of a replica set at a certain point.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ReplicaSetCondition {
    /// `type`: type of replica set condition.
    #[serde(deserialize_with = "null_as_default")]
    pub type_: String,
    /// `status`: status of the condition, one of True, False, Unknown.
    #[serde(deserialize_with = "null_as_default")]
    pub status: String,
    /// `lastTransitionTime`: the last time the condition transitioned from one status to another.
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
