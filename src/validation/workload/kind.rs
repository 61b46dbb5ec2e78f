//! Which workload kind an object is, from its `apiVersion` and `kind`, and decoding it as that
//! kind.

use core::fmt;

use serde::de::{DeserializeSeed, Deserializer};
use serde::Deserialize;

use super::Workload;
use crate::api::apps::{DaemonSet, Deployment, ReplicaSet, StatefulSet};
use crate::api::batch::{CronJob, Job};
use crate::api::policy::PodDisruptionBudget;

/// One of the kinds a [`Workload`] holds. As a [`DeserializeSeed`] it decodes an object of that
/// kind, for callers that learn the kind at run time (an admission review's `kind`, a manifest's
/// `apiVersion`/`kind`).
///
/// ```
/// use kube_primitives::validation::workload::{validate_create, Request, Workload, WorkloadKind};
/// use serde::de::DeserializeSeed;
///
/// let doc = serde_json::json!({"apiVersion": "batch/v1", "kind": "Job",
///     "metadata": {"name": "pi", "namespace": "default"},
///     "spec": {"template": {"spec": {"restartPolicy": "Never",
///         "containers": [{"name": "pi", "image": "perl"}]}}}});
/// let kind = WorkloadKind::from_type("batch/v1", "Job").unwrap();
/// assert_eq!(kind.to_string(), "batch/v1, Kind=Job");
/// let mut job: Workload = kind.deserialize(&doc).unwrap();
/// let req = Request::new(None, false, "6a0b1f0e-5c44-4c3c-9a53-0d9d1a3c4b2f", "x7k2p");
/// assert!(validate_create(&mut job, &req).is_empty());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkloadKind {
    /// `apps/v1` Deployment.
    Deployment,
    /// `apps/v1` ReplicaSet.
    ReplicaSet,
    /// `apps/v1` StatefulSet.
    StatefulSet,
    /// `apps/v1` DaemonSet.
    DaemonSet,
    /// `batch/v1` Job.
    Job,
    /// `batch/v1` CronJob.
    CronJob,
    /// `policy/v1` PodDisruptionBudget.
    PodDisruptionBudget,
}

impl WorkloadKind {
    /// The kind `api_version`/`kind` name, if a [`Workload`] holds it.
    #[must_use]
    pub fn from_type(api_version: &str, kind: &str) -> Option<WorkloadKind> {
        Some(match (api_version, kind) {
            ("apps/v1", "Deployment") => WorkloadKind::Deployment,
            ("apps/v1", "ReplicaSet") => WorkloadKind::ReplicaSet,
            ("apps/v1", "StatefulSet") => WorkloadKind::StatefulSet,
            ("apps/v1", "DaemonSet") => WorkloadKind::DaemonSet,
            ("batch/v1", "Job") => WorkloadKind::Job,
            ("batch/v1", "CronJob") => WorkloadKind::CronJob,
            ("policy/v1", "PodDisruptionBudget") => WorkloadKind::PodDisruptionBudget,
            _ => return None,
        })
    }

    /// The kind's `apiVersion`.
    #[must_use]
    pub fn api_version(self) -> &'static str {
        match self {
            WorkloadKind::Deployment
            | WorkloadKind::ReplicaSet
            | WorkloadKind::StatefulSet
            | WorkloadKind::DaemonSet => "apps/v1",
            WorkloadKind::Job | WorkloadKind::CronJob => "batch/v1",
            WorkloadKind::PodDisruptionBudget => "policy/v1",
        }
    }

    /// The kind's name.
    #[must_use]
    pub fn kind(self) -> &'static str {
        match self {
            WorkloadKind::Deployment => "Deployment",
            WorkloadKind::ReplicaSet => "ReplicaSet",
            WorkloadKind::StatefulSet => "StatefulSet",
            WorkloadKind::DaemonSet => "DaemonSet",
            WorkloadKind::Job => "Job",
            WorkloadKind::CronJob => "CronJob",
            WorkloadKind::PodDisruptionBudget => "PodDisruptionBudget",
        }
    }
}

/// As Go's `schema.GroupVersionKind` prints: `apps/v1, Kind=Deployment`.
impl fmt::Display for WorkloadKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, Kind={}", self.api_version(), self.kind())
    }
}

impl<'de> DeserializeSeed<'de> for WorkloadKind {
    type Value = Workload;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Workload, D::Error> {
        Ok(match self {
            WorkloadKind::Deployment => {
                Workload::Deployment(Deployment::deserialize(deserializer)?)
            }
            WorkloadKind::ReplicaSet => {
                Workload::ReplicaSet(ReplicaSet::deserialize(deserializer)?)
            }
            WorkloadKind::StatefulSet => {
                Workload::StatefulSet(StatefulSet::deserialize(deserializer)?)
            }
            WorkloadKind::DaemonSet => Workload::DaemonSet(DaemonSet::deserialize(deserializer)?),
            WorkloadKind::Job => Workload::Job(Job::deserialize(deserializer)?),
            WorkloadKind::CronJob => Workload::CronJob(CronJob::deserialize(deserializer)?),
            WorkloadKind::PodDisruptionBudget => {
                Workload::PodDisruptionBudget(PodDisruptionBudget::deserialize(deserializer)?)
            }
        })
    }
}
