//! Workload defaulting after upstream's defaulting tests, row by row:
//!
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/v1/defaults_test.go>
//!   (`TestSetDefaultDaemonSetSpec`, `TestSetDefaultStatefulSet`, `TestSetDefaultDeployment`,
//!   `TestSetDefaultReplicaSetReplicas`)
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/v1/defaults_test.go>
//!   (`TestSetDefaultJob`, `TestSetDefaultCronJob`)

use kube_primitives::api::apps::{DaemonSet, Deployment, ReplicaSet, StatefulSet};
use kube_primitives::api::batch::{CronJob, Job};
use kube_primitives::api::IntOrString;
use kube_primitives::validation::defaults::{
    default_cron_job, default_daemon_set, default_deployment, default_job, default_replica_set,
    default_stateful_set,
};
use serde_json::json;

fn pct(s: &str) -> Option<IntOrString> {
    Some(IntOrString::String(s.into()))
}

#[test]
fn set_default_deployment() {
    let mut d = Deployment::default();
    default_deployment(&mut d);
    assert_eq!(d.spec.replicas, Some(1));
    assert_eq!(d.spec.strategy.type_, "RollingUpdate");
    let ru = d.spec.strategy.rolling_update.clone().unwrap();
    assert_eq!((ru.max_surge, ru.max_unavailable), (pct("25%"), pct("25%")));
    assert_eq!(d.spec.revision_history_limit, Some(10));
    assert_eq!(d.spec.progress_deadline_seconds, Some(600));
    assert_eq!(d.spec.template.spec.restart_policy, "Always");

    // Recreate keeps no rolling update block; given values stay.
    let mut d: Deployment = serde_json::from_value(json!({"spec": {"replicas": 5,
        "strategy": {"type": "Recreate"}, "revisionHistoryLimit": 0, "progressDeadlineSeconds": 30}}))
    .unwrap();
    default_deployment(&mut d);
    assert_eq!(d.spec.replicas, Some(5));
    assert!(d.spec.strategy.rolling_update.is_none());
    assert_eq!(d.spec.revision_history_limit, Some(0));
    assert_eq!(d.spec.progress_deadline_seconds, Some(30));

    let mut d: Deployment =
        serde_json::from_value(json!({"spec": {"strategy": {"rollingUpdate": {"maxSurge": 3}}}}))
            .unwrap();
    default_deployment(&mut d);
    let ru = d.spec.strategy.rolling_update.unwrap();
    assert_eq!(
        (ru.max_surge, ru.max_unavailable),
        (Some(IntOrString::Int(3)), pct("25%"))
    );
}

#[test]
fn set_default_replica_set_replicas() {
    let mut rs = ReplicaSet::default();
    default_replica_set(&mut rs);
    assert_eq!(rs.spec.replicas, Some(1));
    let mut rs: ReplicaSet = serde_json::from_value(json!({"spec": {"replicas": 0}})).unwrap();
    default_replica_set(&mut rs);
    assert_eq!(rs.spec.replicas, Some(0));
}

#[test]
fn set_default_daemon_set_spec() {
    let mut ds = DaemonSet::default();
    default_daemon_set(&mut ds);
    let s = &ds.spec.update_strategy;
    assert_eq!(s.type_, "RollingUpdate");
    let ru = s.rolling_update.clone().unwrap();
    assert_eq!(ru.max_unavailable, Some(IntOrString::Int(1)));
    assert_eq!(ru.max_surge, Some(IntOrString::Int(0)));
    assert_eq!(ds.spec.revision_history_limit, Some(10));

    let mut ds: DaemonSet = serde_json::from_value(
        json!({"spec": {"updateStrategy": {"type": "OnDelete"}, "revisionHistoryLimit": 1}}),
    )
    .unwrap();
    default_daemon_set(&mut ds);
    assert!(ds.spec.update_strategy.rolling_update.is_none());
    assert_eq!(ds.spec.revision_history_limit, Some(1));
}

#[test]
fn set_default_stateful_set() {
    let mut ss = StatefulSet::default();
    default_stateful_set(&mut ss);
    assert_eq!(ss.spec.pod_management_policy, "OrderedReady");
    assert_eq!(ss.spec.update_strategy.type_, "RollingUpdate");
    let ru = ss.spec.update_strategy.rolling_update.clone().unwrap();
    assert_eq!(ru.partition, Some(0));
    // MaxUnavailableStatefulSet is off: no maxUnavailable default.
    assert_eq!(ru.max_unavailable, None);
    let policy = ss
        .spec
        .persistent_volume_claim_retention_policy
        .clone()
        .unwrap();
    assert_eq!(
        (policy.when_deleted.as_str(), policy.when_scaled.as_str()),
        ("Retain", "Retain")
    );
    assert_eq!(ss.spec.replicas, Some(1));
    assert_eq!(ss.spec.revision_history_limit, Some(10));

    // A RollingUpdate type without the block gets none; OnDelete none either.
    let mut ss: StatefulSet = serde_json::from_value(json!({"spec": {"updateStrategy": {"type": "RollingUpdate"}, "podManagementPolicy": "Parallel"}})).unwrap();
    default_stateful_set(&mut ss);
    assert!(ss.spec.update_strategy.rolling_update.is_none());
    assert_eq!(ss.spec.pod_management_policy, "Parallel");
}

#[test]
fn set_default_job() {
    let run = |spec: serde_json::Value| {
        let mut j: Job = serde_json::from_value(json!({"spec": spec})).unwrap();
        default_job(&mut j);
        j
    };
    // Neither completions nor parallelism: both 1.
    let j = run(json!({}));
    assert_eq!((j.spec.completions, j.spec.parallelism), (Some(1), Some(1)));
    assert_eq!(j.spec.backoff_limit, Some(6));
    assert_eq!(j.spec.completion_mode.as_deref(), Some("NonIndexed"));
    assert_eq!(j.spec.suspend, Some(false));
    assert_eq!(
        j.spec.pod_replacement_policy.as_deref(),
        Some("TerminatingOrFailed")
    );
    // Only completions: parallelism 1; only parallelism: completions stay unset.
    let j = run(json!({"completions": 2}));
    assert_eq!((j.spec.completions, j.spec.parallelism), (Some(2), Some(1)));
    let j = run(json!({"parallelism": 2}));
    assert_eq!((j.spec.completions, j.spec.parallelism), (None, Some(2)));
    // A per-index backoff limit: the global one becomes MaxInt32.
    let j = run(json!({"backoffLimitPerIndex": 2, "completionMode": "Indexed", "completions": 2}));
    assert_eq!(j.spec.backoff_limit, Some(i32::MAX));
    // A pod failure policy: Failed replacement, condition patterns True.
    let j = run(
        json!({"podFailurePolicy": {"rules": [{"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget"}]}]}}),
    );
    assert_eq!(j.spec.pod_replacement_policy.as_deref(), Some("Failed"));
    let pfp = j.spec.pod_failure_policy.unwrap();
    assert_eq!(pfp.rules[0].on_pod_conditions[0].status, "True");
    // Labels from the template when the job has none.
    let mut j: Job = serde_json::from_value(
        json!({"spec": {"template": {"metadata": {"labels": {"app": "x"}}}}}),
    )
    .unwrap();
    default_job(&mut j);
    assert_eq!(j.metadata.labels.get("app").map(String::as_str), Some("x"));
}

#[test]
fn set_default_cron_job() {
    let mut cj = CronJob::default();
    default_cron_job(&mut cj);
    assert_eq!(cj.spec.concurrency_policy, "Allow");
    assert_eq!(cj.spec.suspend, Some(false));
    assert_eq!(cj.spec.successful_jobs_history_limit, Some(3));
    assert_eq!(cj.spec.failed_jobs_history_limit, Some(1));
    // The job template gets no Job defaults.
    assert_eq!(cj.spec.job_template.spec.backoff_limit, None);

    let mut cj: CronJob = serde_json::from_value(
        json!({"spec": {"concurrencyPolicy": "Forbid", "suspend": true,
        "successfulJobsHistoryLimit": 5, "failedJobsHistoryLimit": 5}}),
    )
    .unwrap();
    default_cron_job(&mut cj);
    assert_eq!(cj.spec.concurrency_policy, "Forbid");
    assert_eq!(cj.spec.suspend, Some(true));
    assert_eq!(cj.spec.successful_jobs_history_limit, Some(5));
}
