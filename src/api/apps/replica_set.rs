//! `apps/v1.ReplicaSet`: what the deployment controller reads of it.

use serde::{Deserialize, Serialize};

use crate::api::core::{null_as_default, LabelSelector, ObjectMeta};

/// The annotation holding a replica set's deployment revision.
pub const REVISION_ANNOTATION: &str = "deployment.kubernetes.io/revision";
/// The annotation holding the deployment's `spec.replicas` when the replica set was last scaled.
pub const DESIRED_REPLICAS_ANNOTATION: &str = "deployment.kubernetes.io/desired-replicas";
/// The annotation holding the deployment's `spec.replicas + maxSurge` when the replica set was
/// last scaled.
pub const MAX_REPLICAS_ANNOTATION: &str = "deployment.kubernetes.io/max-replicas";

/// A replica set (`apps/v1.ReplicaSet`), in part.
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
#[serde(default)]
pub struct ReplicaSet {
    /// `metadata`.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: ReplicaSetSpec,
    /// `status`.
    #[serde(deserialize_with = "null_as_default")]
    pub status: ReplicaSetStatus,
}

/// `apps/v1.ReplicaSetSpec`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ReplicaSetSpec {
    /// `replicas`: `None` means 1 (the API default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i32>,
    /// `minReadySeconds`.
    #[serde(deserialize_with = "null_as_default")]
    pub min_ready_seconds: i32,
    /// `selector`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<LabelSelector>,
}

/// `apps/v1.ReplicaSetStatus`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ReplicaSetStatus {
    /// `replicas`: pods observed.
    #[serde(deserialize_with = "null_as_default")]
    pub replicas: i32,
    /// `readyReplicas`.
    #[serde(deserialize_with = "null_as_default")]
    pub ready_replicas: i32,
    /// `availableReplicas`.
    #[serde(deserialize_with = "null_as_default")]
    pub available_replicas: i32,
    /// `observedGeneration`.
    #[serde(deserialize_with = "null_as_default")]
    pub observed_generation: i64,
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
