//! Defaulting of the workload kinds as the API server applies it on decoding: the generated
//! `SetObjectDefaults_<Kind>` of `pkg/apis/apps/v1`, `pkg/apis/batch/v1` and `pkg/apis/policy/v1`
//! (v1.36), which run the kind's hand-written `SetDefaults_<Kind>`
//! ([apps/v1/defaults.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/v1/defaults.go),
//! [batch/v1/defaults.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/v1/defaults.go))
//! and then the pod template's defaults ([`default_pod_spec`]), with the feature gates at
//! their 1.36 defaults.
//!
//! ```
//! use kube_primitives::api::apps::Deployment;
//! use kube_primitives::api::IntOrString;
//! use kube_primitives::validation::defaults::default_deployment;
//!
//! let mut d = Deployment::default();
//! default_deployment(&mut d);
//! assert_eq!(d.spec.replicas, Some(1));
//! assert_eq!(d.spec.strategy.type_, "RollingUpdate");
//! let ru = d.spec.strategy.rolling_update.as_ref().unwrap();
//! assert_eq!(ru.max_surge, Some(IntOrString::String("25%".into())));
//! assert_eq!(d.spec.revision_history_limit, Some(10));
//! assert_eq!(d.spec.progress_deadline_seconds, Some(600));
//! assert_eq!(d.spec.template.spec.restart_policy, "Always");
//! ```

use alloc::borrow::ToOwned;
use alloc::string::String;

use super::default_pod_spec;
use crate::api::apps::{
    DaemonSet, Deployment, ReplicaSet, RollingUpdateDaemonSet, RollingUpdateDeployment,
    RollingUpdateStatefulSetStrategy, StatefulSet, StatefulSetPersistentVolumeClaimRetentionPolicy,
};
use crate::api::batch::{CronJob, Job, JobSpec};
use crate::api::policy::PodDisruptionBudget;
use crate::api::IntOrString;

/// Revisions a Deployment, StatefulSet or DaemonSet keeps when it states no limit.
const REVISION_HISTORY_LIMIT: i32 = 10;

/// Go's `SetObjectDefaults_Deployment`: one replica, a `RollingUpdate` strategy with 25%
/// surge and 25% unavailable, ten revisions kept, a 600 s progress deadline, then the template.
#[doc(alias = "SetObjectDefaults_Deployment")]
#[doc(alias = "SetDefaults_Deployment")]
pub fn default_deployment(d: &mut Deployment) {
    let spec = &mut d.spec;
    spec.replicas.get_or_insert(1);
    let strategy = &mut spec.strategy;
    if strategy.type_.is_empty() {
        "RollingUpdate".clone_into(&mut strategy.type_);
    }
    if strategy.type_ == "RollingUpdate" {
        let ru = strategy
            .rolling_update
            .get_or_insert_with(RollingUpdateDeployment::default);
        ru.max_unavailable
            .get_or_insert_with(|| IntOrString::String(String::from("25%")));
        ru.max_surge
            .get_or_insert_with(|| IntOrString::String(String::from("25%")));
    }
    spec.revision_history_limit
        .get_or_insert(REVISION_HISTORY_LIMIT);
    spec.progress_deadline_seconds.get_or_insert(600);
    default_pod_spec(&mut spec.template.spec);
}

/// Go's `SetObjectDefaults_ReplicaSet`: one replica, then the template.
#[doc(alias = "SetObjectDefaults_ReplicaSet")]
#[doc(alias = "SetDefaults_ReplicaSet")]
pub fn default_replica_set(rs: &mut ReplicaSet) {
    rs.spec.replicas.get_or_insert(1);
    default_pod_spec(&mut rs.spec.template.spec);
}

/// Go's `SetObjectDefaults_DaemonSet`: a `RollingUpdate` strategy with one unavailable and no
/// surge, ten revisions kept, then the template.
#[doc(alias = "SetObjectDefaults_DaemonSet")]
#[doc(alias = "SetDefaults_DaemonSet")]
pub fn default_daemon_set(ds: &mut DaemonSet) {
    let spec = &mut ds.spec;
    let strategy = &mut spec.update_strategy;
    if strategy.type_.is_empty() {
        "RollingUpdate".clone_into(&mut strategy.type_);
    }
    if strategy.type_ == "RollingUpdate" {
        let ru = strategy
            .rolling_update
            .get_or_insert_with(RollingUpdateDaemonSet::default);
        ru.max_unavailable.get_or_insert(IntOrString::Int(1));
        ru.max_surge.get_or_insert(IntOrString::Int(0));
    }
    spec.revision_history_limit
        .get_or_insert(REVISION_HISTORY_LIMIT);
    default_pod_spec(&mut spec.template.spec);
}

/// Go's `SetObjectDefaults_StatefulSet`: `OrderedReady` pod management, a `RollingUpdate`
/// strategy with partition 0 (no `maxUnavailable`: the `MaxUnavailableStatefulSet` gate is off
/// at 1.36), `Retain` PVC retention, one replica, ten revisions kept; then the template and
/// the volume claim templates.
///
/// A strategy given as `RollingUpdate` without `rollingUpdate` stays without it: upstream
/// creates the block only when it fills in the type.
#[doc(alias = "SetObjectDefaults_StatefulSet")]
#[doc(alias = "SetDefaults_StatefulSet")]
pub fn default_stateful_set(ss: &mut StatefulSet) {
    let spec = &mut ss.spec;
    if spec.pod_management_policy.is_empty() {
        "OrderedReady".clone_into(&mut spec.pod_management_policy);
    }
    let strategy = &mut spec.update_strategy;
    if strategy.type_.is_empty() {
        "RollingUpdate".clone_into(&mut strategy.type_);
        strategy
            .rolling_update
            .get_or_insert_with(RollingUpdateStatefulSetStrategy::default);
    }
    if strategy.type_ == "RollingUpdate" {
        if let Some(ru) = &mut strategy.rolling_update {
            ru.partition.get_or_insert(0);
        }
    }
    let policy = spec
        .persistent_volume_claim_retention_policy
        .get_or_insert_with(StatefulSetPersistentVolumeClaimRetentionPolicy::default);
    if policy.when_deleted.is_empty() {
        "Retain".clone_into(&mut policy.when_deleted);
    }
    if policy.when_scaled.is_empty() {
        "Retain".clone_into(&mut policy.when_scaled);
    }
    spec.replicas.get_or_insert(1);
    spec.revision_history_limit
        .get_or_insert(REVISION_HISTORY_LIMIT);
    default_pod_spec(&mut spec.template.spec);
    for pvc in &mut spec.volume_claim_templates {
        if pvc.spec.volume_mode.is_none() {
            pvc.spec.volume_mode = Some(String::from("Filesystem"));
        }
    }
}

/// Go's `SetObjectDefaults_Job`: completions and parallelism 1 when both are unset (else
/// parallelism 1), a backoff limit of 6 (`MaxInt32` with a per-index limit), the job's labels
/// from the template's when it has none, `NonIndexed` completion, not suspended, pod failure
/// policy condition patterns with status `True`, pod replacement `TerminatingOrFailed` (`Failed`
/// with a pod failure policy); then the template.
#[doc(alias = "SetObjectDefaults_Job")]
#[doc(alias = "SetDefaults_Job")]
pub fn default_job(job: &mut Job) {
    let spec = &mut job.spec;
    if spec.completions.is_none() && spec.parallelism.is_none() {
        spec.completions = Some(1);
    }
    spec.parallelism.get_or_insert(1);
    if spec.backoff_limit.is_none() {
        spec.backoff_limit = Some(if spec.backoff_limit_per_index.is_some() {
            i32::MAX
        } else {
            6
        });
    }
    // Go tests for a non-nil map; a decoded `labels: {}` is indistinguishable here and copies
    // nothing either way.
    if job.metadata.labels.is_empty() {
        job.metadata
            .labels
            .clone_from(&spec.template.metadata.labels);
    }
    spec.completion_mode
        .get_or_insert_with(|| String::from("NonIndexed"));
    spec.suspend.get_or_insert(false);
    default_pod_failure_policy(spec);
    if spec.pod_replacement_policy.is_none() {
        let policy = if spec.pod_failure_policy.is_some() {
            "Failed"
        } else {
            "TerminatingOrFailed"
        };
        spec.pod_replacement_policy = Some(String::from(policy));
    }
    default_pod_spec(&mut spec.template.spec);
}

/// Go's `SetObjectDefaults_CronJob`: `Allow` concurrency, not suspended, three successful and
/// one failed job kept; then the job template's pod failure policy (its `+default` marker) and
/// pod template (the job template itself gets no `SetDefaults_Job`: the controller's Job is
/// defaulted when it is created).
#[doc(alias = "SetObjectDefaults_CronJob")]
#[doc(alias = "SetDefaults_CronJob")]
pub fn default_cron_job(cj: &mut CronJob) {
    let spec = &mut cj.spec;
    if spec.concurrency_policy.is_empty() {
        "Allow".clone_into(&mut spec.concurrency_policy);
    }
    spec.suspend.get_or_insert(false);
    spec.successful_jobs_history_limit.get_or_insert(3);
    spec.failed_jobs_history_limit.get_or_insert(1);
    default_pod_failure_policy(&mut spec.job_template.spec);
    default_pod_spec(&mut spec.job_template.spec.template.spec);
}

/// Go's `SetObjectDefaults_PodDisruptionBudget`: policy/v1 defaults nothing (an unset
/// `unhealthyPodEvictionPolicy` means `IfHealthyBudget` without being filled in).
#[doc(alias = "SetObjectDefaults_PodDisruptionBudget")]
pub fn default_pod_disruption_budget(pdb: &mut PodDisruptionBudget) {
    let _ = pdb;
}

/// The `+default="True"` of a pod failure policy's condition patterns, which the generated
/// defaults apply wherever a `JobSpec` appears.
fn default_pod_failure_policy(spec: &mut JobSpec) {
    if let Some(pfp) = &mut spec.pod_failure_policy {
        for rule in &mut pfp.rules {
            for pattern in &mut rule.on_pod_conditions {
                if pattern.status.is_empty() {
                    "True".clone_into(&mut pattern.status);
                }
            }
        }
    }
}
