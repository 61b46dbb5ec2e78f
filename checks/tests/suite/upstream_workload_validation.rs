//! Workload validation after the tables of upstream's validation tests, row by row with the
//! upstream expectations (field path, type and message):
//!
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/validation/validation_test.go>
//!   (`TestValidateDeployment`, `TestValidateDeploymentStrategy`-style rows of
//!   `TestValidateDeployment`, `TestValidateDaemonSetUpdateStrategy`, `TestValidateStatefulSet`,
//!   `TestValidateReplicaSet`)
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation_test.go>
//!   (`TestValidateJob`, `TestValidateCronJobSpec`)
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/policy/validation/validation_test.go>
//!   (`TestValidateMinAvailablePodDisruptionBudgetSpec`, `TestValidatePodDisruptionBudgetSpec`,
//!   `TestValidateUnhealthyPodEvictionPolicyDisruptionBudgetSpec`)
//!
//! Objects are written as v1 JSON and defaulted first, as upstream's fixtures are valid
//! internal objects (with the defaults filled in).

use crate::common::overlay;
use kube_primitives::api::apps::{DaemonSet, Deployment, ReplicaSet, StatefulSet};
use kube_primitives::api::batch::{CronJob, Job};
use kube_primitives::api::policy::PodDisruptionBudget;
use kube_primitives::meta::field::ErrorList;
use kube_primitives::selector::LabelSelectorValidationOptions;
use kube_primitives::validation::defaults::{
    default_cron_job, default_daemon_set, default_deployment, default_job, default_replica_set,
    default_stateful_set,
};
use kube_primitives::validation::pod::PodValidationOptions;
use kube_primitives::validation::workload::{
    parse_standard, validate_cron_job, validate_daemon_set, validate_deployment, validate_job,
    validate_job_update, validate_pod_disruption_budget, validate_replica_set,
    validate_stateful_set,
};
use serde_json::{json, Value};

/// upstream's `validPodTemplate`: labels `a: b`, restart policy `Always`, one container.
pub(crate) fn template(restart: &str) -> Value {
    json!({"metadata": {"labels": {"a": "b"}}, "spec": {"restartPolicy": restart, "dnsPolicy": "ClusterFirst",
        "containers": [{"name": "abc", "image": "image", "imagePullPolicy": "IfNotPresent",
                        "terminationMessagePolicy": "File"}]}})
}

pub(crate) fn object<T: serde::de::DeserializeOwned>(base: Value, patch: &Value) -> T {
    let mut v = base;
    overlay(&mut v, patch);
    serde_json::from_value(v).expect("fixture decodes")
}

pub(crate) fn strings(errs: &ErrorList) -> Vec<String> {
    errs.iter().map(ToString::to_string).collect()
}

fn opts() -> PodValidationOptions {
    PodValidationOptions::default()
}

fn deployment(patch: &Value) -> Vec<String> {
    let base = json!({"metadata": {"name": "abc", "namespace": "default"},
        "spec": {"selector": {"matchLabels": {"a": "b"}}, "template": template("Always")}});
    let mut d: Deployment = object(base, patch);
    default_deployment(&mut d);
    strings(&validate_deployment(&d, &opts()))
}

#[test]
fn validate_deployment_rows() {
    assert_eq!(deployment(&json!({})), Vec::<String>::new());
    let rows: &[(&str, Value, &str)] = &[
        (
            "metadata.name: Required value",
            json!({"metadata": {"name": ""}}),
            "metadata.name: Required value: name or generateName is required",
        ),
        (
            "labels don't match selector",
            json!({"spec": {"selector": {"matchLabels": {"a": "b", "c": "d"}}}}),
            "spec.template.metadata.labels: Invalid value: {\"a\":\"b\"}: `selector` does not match template `labels`",
        ),
        (
            "empty selector",
            json!({"spec": {"selector": {"matchLabels": null}}}),
            "spec.selector: Invalid value: {}: empty selector is invalid for deployment",
        ),
        (
            "invalid restart policy",
            json!({"spec": {"template": {"spec": {"restartPolicy": "OnFailure"}}}}),
            "spec.template.spec.restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"",
        ),
        (
            "invalid strategy type",
            json!({"spec": {"strategy": {"type": "randomType"}}}),
            "spec.strategy: Unsupported value: {\"Type\":\"randomType\",\"RollingUpdate\":null}: supported values: \"Recreate\", \"RollingUpdate\"",
        ),
        (
            "rollingUpdate with Recreate",
            json!({"spec": {"strategy": {"type": "Recreate", "rollingUpdate": {}}}}),
            "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
        ),
        (
            "invalid maxSurge percentage",
            json!({"spec": {"strategy": {"rollingUpdate": {"maxSurge": "20Percent"}}}}),
            "spec.strategy.rollingUpdate.maxSurge: Invalid value: \"20Percent\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
        ),
        (
            "maxUnavailable above 100%",
            json!({"spec": {"strategy": {"rollingUpdate": {"maxUnavailable": "110%"}}}}),
            "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: \"110%\": must not be greater than 100%",
        ),
        (
            "both zero",
            json!({"spec": {"strategy": {"rollingUpdate": {"maxUnavailable": 0, "maxSurge": "0%"}}}}),
            "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0",
        ),
        (
            "negative revision history limit",
            json!({"spec": {"revisionHistoryLimit": -2}}),
            "spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0",
        ),
        (
            "progress deadline not above minReadySeconds",
            json!({"spec": {"progressDeadlineSeconds": 10, "minReadySeconds": 10}}),
            "spec.progressDeadlineSeconds: Invalid value: 10: must be greater than minReadySeconds",
        ),
    ];
    for (name, patch, want) in rows {
        let got = deployment(patch);
        assert!(got.iter().any(|g| g == want), "{name}: {got:#?}");
    }
}

#[test]
fn validate_replica_set_rows() {
    let base = || {
        json!({"metadata": {"name": "abc", "namespace": "default"},
            "spec": {"selector": {"matchLabels": {"a": "b"}}, "template": template("Always")}})
    };
    let run = |patch: Value| {
        let mut rs: ReplicaSet = object(base(), &patch);
        default_replica_set(&mut rs);
        strings(&validate_replica_set(&rs, &opts()))
    };
    assert_eq!(run(json!({})), Vec::<String>::new());
    assert_eq!(
        run(json!({"spec": {"replicas": -1}})),
        ["spec.replicas: Invalid value: -1: must be greater than or equal to 0"]
    );
    assert_eq!(
        run(json!({"metadata": {"namespace": ""}})),
        ["metadata.namespace: Required value"]
    );
    assert_eq!(
        run(json!({"spec": {"template": {"spec": {"activeDeadlineSeconds": 1}}}})),
        ["spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported"]
    );
}

#[test]
fn validate_daemon_set_update_strategy_rows() {
    let run = |strategy: Value| {
        let base = json!({"metadata": {"name": "abc", "namespace": "default"},
            "spec": {"selector": {"matchLabels": {"a": "b"}}, "template": template("Always"),
                     "updateStrategy": strategy}});
        let mut ds: DaemonSet = object(base, &json!({}));
        default_daemon_set(&mut ds);
        strings(&validate_daemon_set(&ds, 1, &opts()))
    };
    assert_eq!(run(json!({"type": "OnDelete"})), Vec::<String>::new());
    assert_eq!(
        run(json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 0}})),
        ["spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0"]
    );
    assert_eq!(
        run(json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1, "maxSurge": 1}})),
        ["spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero"]
    );
    assert_eq!(
        run(json!({"type": "Other"})),
        ["spec.updateStrategy: Unsupported value: {\"Type\":\"Other\",\"RollingUpdate\":null}: supported values: \"RollingUpdate\", \"OnDelete\""]
    );
}

#[test]
fn validate_stateful_set_rows() {
    let run = |patch: Value| {
        let base = json!({"metadata": {"name": "abc", "namespace": "default"},
            "spec": {"selector": {"matchLabels": {"a": "b"}}, "template": template("Always")}});
        let mut ss: StatefulSet = object(base, &patch);
        default_stateful_set(&mut ss);
        strings(&validate_stateful_set(&ss, &opts()))
    };
    assert_eq!(run(json!({})), Vec::<String>::new());
    assert_eq!(
        run(json!({"spec": {"podManagementPolicy": "foo"}})),
        ["spec.podManagementPolicy: Invalid value: \"foo\": must be 'OrderedReady' or 'Parallel'"]
    );
    assert_eq!(
        run(json!({"spec": {"updateStrategy": {"type": "OnDelete", "rollingUpdate": {"partition": 1}}}})),
        ["spec.updateStrategy.rollingUpdate: Invalid value: {\"Partition\":1,\"MaxUnavailable\":null}: only allowed for updateStrategy 'RollingUpdate'"]
    );
    assert_eq!(
        run(json!({"spec": {"updateStrategy": {"rollingUpdate": {"partition": -1}}}})),
        ["spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0"]
    );
    assert_eq!(
        run(json!({"spec": {"persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Foo"}}})),
        ["spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: \"Foo\": supported values: \"Retain\", \"Delete\""]
    );
    assert_eq!(
        run(json!({"metadata": {"name": "abc.def"}})),
        ["metadata.name: Invalid value: \"abc.def\": must not contain dots"]
    );
}

fn job(patch: &Value) -> Vec<String> {
    let base = json!({"metadata": {"name": "myjob", "namespace": "default",
            "uid": "1a2b3c"},
        "spec": {"selector": {"matchLabels": {"a": "b"}}, "manualSelector": true,
                 "template": template("OnFailure")}});
    let mut j: Job = object(base, patch);
    default_job(&mut j);
    strings(&validate_job(&j, true, &opts()))
}

#[test]
fn validate_job_rows() {
    assert_eq!(job(&json!({})), Vec::<String>::new());
    let rows: &[(Value, &str)] = &[
        (
            json!({"spec": {"parallelism": -1}}),
            "spec.parallelism: Invalid value: -1: must be greater than or equal to 0",
        ),
        (
            json!({"spec": {"template": {"spec": {"restartPolicy": "Always"}}}}),
            "spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"",
        ),
        (
            json!({"spec": {"backoffLimitPerIndex": 1}}),
            "spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode",
        ),
        (
            json!({"spec": {"completionMode": "Indexed", "completions": null, "parallelism": 1}}),
            "spec.completions: Required value: when completion mode is Indexed",
        ),
        (
            json!({"spec": {"completionMode": "Indexed", "completions": 200000, "backoffLimitPerIndex": 1}}),
            "spec.maxFailedIndexes: Required value: must be specified when completions is above 100000",
        ),
        (
            json!({"spec": {"completionMode": "Indexed", "completions": 5, "backoffLimitPerIndex": 1, "maxFailedIndexes": 6}}),
            "spec.maxFailedIndexes: Invalid value: 6: must be less than or equal to completions",
        ),
        (
            json!({"spec": {"template": {"spec": {"restartPolicy": "Never"}}, "podFailurePolicy": {"rules": [
                {"action": "Ignore", "onExitCodes": {"operator": "In", "values": [2, 1]}}]}}}),
            "spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: [2,1]: must be ordered",
        ),
        (
            json!({"spec": {"template": {"spec": {"restartPolicy": "Never"}}, "podFailurePolicy": {"rules": [
                {"action": "Ignore", "onExitCodes": {"operator": "In", "values": [0]}}]}}}),
            "spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator",
        ),
        (
            json!({"spec": {"successPolicy": {"rules": [{"succeededCount": 1}]}}}),
            "spec.successPolicy: Invalid value: {\"Rules\":[{\"SucceededIndexes\":null,\"SucceededCount\":1}]}: requires indexed completion mode",
        ),
        (
            json!({"spec": {"completionMode": "Indexed", "completions": 10, "successPolicy": {"rules": [{"succeededIndexes": "3-1"}]}}}),
            "spec.successPolicy.rules[0].succeededIndexes: Invalid value: \"3-1\": error parsing succeededIndexes: non-increasing order, previous: 3, current: 1",
        ),
        (
            json!({"spec": {"podReplacementPolicy": "Unknown"}}),
            "spec.podReplacementPolicy: Unsupported value: \"Unknown\": supported values: \"Failed\", \"TerminatingOrFailed\"",
        ),
    ];
    for (patch, want) in rows {
        let got = job(patch);
        assert!(got.iter().any(|g| g == want), "{want}: {got:#?}");
    }
}

/// `TestValidateJobUpdate`'s template rows: the template is immutable but for the scheduling
/// directives and container resources of a suspended job whose pods are gone (never started,
/// or marked `Suspended=True`, with no active pods: the job strategy at 1.36, where
/// `MutableSchedulingDirectivesForSuspendedJobs` and `MutablePodResourcesForSuspendedJobs` are
/// beta and on, KEP-5440). `validatePodTemplateUpdate` of
/// <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation.go>
/// then compares only the pod spec (`validatePodResourceUpdatesOnly`), so its error sits on
/// `spec.template.spec`.
#[test]
fn validate_job_update_template_rows() {
    let base = json!({"metadata": {"name": "myjob", "namespace": "default", "uid": "1a2b3c",
            "resourceVersion": "1"},
        "spec": {"selector": {"matchLabels": {"a": "b"}}, "manualSelector": true,
                 "template": template("OnFailure")}});
    let update = |old_patch: Value, patch: Value| {
        let mut old: Job = object(base.clone(), &old_patch);
        default_job(&mut old);
        let mut new = old.clone();
        let mut v = serde_json::to_value(&new).unwrap();
        overlay(&mut v, &patch);
        new = serde_json::from_value(v).unwrap();
        default_job(&mut new);
        strings(&validate_job_update(&new, &old, &opts()))
    };
    let scheduling = json!({"spec": {"template": {"spec": {
        "nodeSelector": {"zone": "a"},
        "tolerations": [{"key": "k", "operator": "Exists"}],
        "schedulingGates": [{"name": "gate"}],
        "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {
            "nodeSelectorTerms": [{"matchExpressions": [{"key": "zone", "operator": "In", "values": ["a"]}]}]}}}}}}});
    let resources = json!({"spec": {"template": {"spec": {"containers": [{"name": "abc",
        "image": "image", "imagePullPolicy": "IfNotPresent", "terminationMessagePolicy": "File",
        "resources": {"requests": {"cpu": "2"}, "limits": {"cpu": "4", "example.com/gpu": "2"}}}]}}}});
    let suspended = json!({"spec": {"suspend": true}});
    let started =
        json!({"spec": {"suspend": true}, "status": {"startTime": "2026-01-01T00:00:00Z"}});
    let started_then_suspended = json!({"spec": {"suspend": true}, "status": {
        "startTime": "2026-01-01T00:00:00Z",
        "conditions": [{"type": "Suspended", "status": "True"}]}});
    let suspended_with_pods = json!({"spec": {"suspend": true}, "status": {"active": 1}});

    assert_eq!(update(json!({}), json!({})), Vec::<String>::new());
    for old in [suspended.clone(), started_then_suspended.clone()] {
        assert_eq!(
            update(old.clone(), scheduling.clone()),
            Vec::<String>::new()
        );
        assert_eq!(update(old, resources.clone()), Vec::<String>::new());
    }
    // Template labels and annotations may change too (a scheduling directive).
    assert_eq!(
        update(
            suspended.clone(),
            json!({"spec": {"template": {"metadata": {"annotations": {"x": "y"}}}}})
        ),
        Vec::<String>::new()
    );
    let immutable = |errs: Vec<String>, path: &str| -> Value {
        assert_eq!(errs.len(), 1, "{errs:#?}");
        let body = errs[0]
            .strip_prefix(&format!("{path}: Invalid value: "))
            .and_then(|rest| rest.strip_suffix(": field is immutable"))
            .unwrap_or_else(|| panic!("{}", errs[0]));
        serde_json::from_str(body).expect("the value is Go's JSON of the internal struct")
    };
    // Not suspended, started without the Suspended condition, or pods still active: the
    // scheduling directives and resources are frozen too, and the whole template is compared.
    for old in [
        json!({}),
        started,
        suspended_with_pods,
        json!({"spec": {"suspend": true}, "status": {"startTime": "2026-01-01T00:00:00Z",
            "conditions": [{"type": "Suspended", "status": "False"}]}}),
    ] {
        let v = immutable(update(old.clone(), scheduling.clone()), "spec.template");
        assert_eq!(v["labels"], json!({"a": "b"}));
        assert_eq!(v["Spec"]["NodeSelector"], json!({"zone": "a"}));
        assert_eq!(v["Spec"]["SchedulingGates"], json!([{"Name": "gate"}]));
        let v = immutable(update(old, resources.clone()), "spec.template");
        assert_eq!(
            v["Spec"]["Containers"][0]["Resources"]["Limits"],
            json!({"cpu": "4", "example.com/gpu": "2"})
        );
    }
    // Suspended, but the change is neither a scheduling directive nor resources: only the pod
    // spec is compared, on spec.template.spec.
    let v = immutable(
        update(
            suspended.clone(),
            json!({"spec": {"template": {"spec": {"containers": [{"name": "abc", "image": "other",
                "imagePullPolicy": "IfNotPresent", "terminationMessagePolicy": "File"}]}}}}),
        ),
        "spec.template.spec",
    );
    assert_eq!(v["Containers"][0]["Image"], "other");
    assert_eq!(v["RestartPolicy"], "OnFailure");
    // Renaming a container: its resources no longer line up, so they count as a change.
    let v = immutable(
        update(
            suspended,
            json!({"spec": {"template": {"spec": {"containers": [{"name": "renamed",
                "image": "image", "imagePullPolicy": "IfNotPresent",
                "terminationMessagePolicy": "File", "resources": {"requests": {"cpu": "2"}}}]}}}}),
        ),
        "spec.template.spec",
    );
    assert_eq!(v["Containers"][0]["Name"], "renamed");
}

#[test]
fn validate_generated_selector_rows() {
    // Not a manual selector: the generated labels must be on the template.
    let got = job(&json!({"spec": {"manualSelector": null}}));
    assert_eq!(
        got,
        [
            "spec.template.metadata.labels[controller-uid]: Required value: must be '1a2b3c'",
            "spec.template.metadata.labels[job-name]: Required value: must be 'myjob'",
            "spec.template.metadata.labels[batch.kubernetes.io/controller-uid]: Required value: must be '1a2b3c'",
            "spec.template.metadata.labels[batch.kubernetes.io/job-name]: Required value: must be 'myjob'",
            "spec.selector: Invalid value: {\"matchLabels\":{\"a\":\"b\"}}: `selector` not auto-generated",
        ]
    );
}

fn cron_job(patch: &Value) -> Vec<String> {
    let base = json!({"metadata": {"name": "mycronjob", "namespace": "default"},
        "spec": {"schedule": "* * * * ?", "jobTemplate": {"spec": {"template": template("OnFailure")}}}});
    let mut cj: CronJob = object(base, patch);
    default_cron_job(&mut cj);
    strings(&validate_cron_job(&cj, &opts()))
}

#[test]
fn validate_cron_job_rows() {
    assert_eq!(cron_job(&json!({})), Vec::<String>::new());
    let rows: &[(Value, &str)] = &[
        (
            json!({"spec": {"schedule": "error"}}),
            "spec.schedule: Invalid value: \"error\": expected exactly 5 fields, found 1: [error]",
        ),
        (
            json!({"spec": {"schedule": "TZ=UTC 0 * * * *"}}),
            "spec.schedule: Invalid value: \"TZ=UTC 0 * * * *\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead",
        ),
        (
            json!({"spec": {"timeZone": ""}}),
            "spec.timeZone: Invalid value: \"\": timeZone must be nil or non-empty string",
        ),
        (
            json!({"spec": {"timeZone": "Continent/Zone"}}),
            "spec.timeZone: Invalid value: \"Continent/Zone\": unknown time zone Continent/Zone",
        ),
        (
            json!({"spec": {"timeZone": "Local"}}),
            "spec.timeZone: Invalid value: \"Local\": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones",
        ),
        (
            json!({"spec": {"startingDeadlineSeconds": -1}}),
            "spec.startingDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0",
        ),
        (
            json!({"spec": {"concurrencyPolicy": "Sometimes"}}),
            "spec.concurrencyPolicy: Unsupported value: \"Sometimes\": supported values: \"Allow\", \"Forbid\", \"Replace\"",
        ),
        (
            json!({"spec": {"jobTemplate": {"spec": {"manualSelector": true}}}}),
            "spec.jobTemplate.spec.manualSelector: Unsupported value: true: supported values: \"nil\", \"false\"",
        ),
        (
            json!({"metadata": {"name": "10000000002000000000300000000040000000005000000000123"}}),
            "metadata.name: Invalid value: \"10000000002000000000300000000040000000005000000000123\": must be no more than 52 characters",
        ),
    ];
    for (patch, want) in rows {
        let got = cron_job(patch);
        assert!(got.iter().any(|g| g == want), "{want}: {got:#?}");
    }
}

#[test]
fn cron_schedule_parser_messages() {
    assert_eq!(parse_standard("@every 5m"), Ok(()));
    assert_eq!(parse_standard("0 0 * JAN-mar sun"), Ok(()));
    assert_eq!(
        parse_standard("61 * * * *"),
        Err("end of range (61) above maximum (59): 61".into())
    );
    assert_eq!(
        parse_standard("* * * * 7"),
        Err("end of range (7) above maximum (6): 7".into())
    );
    assert_eq!(
        parse_standard("5-1 * * * *"),
        Err("beginning of range (5) beyond end of range (1): 5-1".into())
    );
    assert_eq!(
        parse_standard("@every 5"),
        Err("failed to parse duration @every 5: time: missing unit in duration \"5\"".into())
    );
    assert_eq!(
        parse_standard("@sometimes"),
        Err("unrecognized descriptor: @sometimes".into())
    );
    assert_eq!(
        parse_standard("x * * * *"),
        Err("failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax".into())
    );
}

fn pdb(spec: Value) -> Vec<String> {
    let p: PodDisruptionBudget = serde_json::from_value(json!({"spec": spec})).unwrap();
    strings(&validate_pod_disruption_budget(
        &p,
        LabelSelectorValidationOptions::default(),
    ))
}

#[test]
fn validate_pod_disruption_budget_rows() {
    for ok in [
        json!({"minAvailable": 0}),
        json!({"minAvailable": "50%"}),
        json!({"maxUnavailable": "100%"}),
    ] {
        assert_eq!(pdb(ok), Vec::<String>::new());
    }
    assert_eq!(
        pdb(json!({"minAvailable": -1})),
        ["spec.minAvailable: Invalid value: -1: must be greater than or equal to 0"]
    );
    assert_eq!(
        pdb(json!({"minAvailable": "101%"})),
        ["spec.minAvailable: Invalid value: \"101%\": must not be greater than 100%"]
    );
    assert_eq!(
        pdb(json!({"minAvailable": 1, "maxUnavailable": 1})),
        ["spec: Invalid value: {\"MinAvailable\":1,\"Selector\":null,\"MaxUnavailable\":1,\"UnhealthyPodEvictionPolicy\":null}: minAvailable and maxUnavailable cannot be both set"]
    );
    assert_eq!(
        pdb(json!({"unhealthyPodEvictionPolicy": "Invalid"})),
        ["spec.unhealthyPodEvictionPolicy: Unsupported value: \"Invalid\": supported values: \"AlwaysAllow\", \"IfHealthyBudget\""]
    );
}

/// The registry path (`rest.BeforeCreate` and the job strategy's `PrepareForCreate`), as
/// upstream's `pkg/registry/batch/job/strategy_test.go` (`TestJobStrategy_PrepareForCreate`,
/// generated selector and labels) describes it.
#[test]
fn create_path_generates_name_then_job_selector() {
    use kube_primitives::validation::workload::{validate_create, Request, Workload};
    let j: Job = serde_json::from_value(json!({"metadata": {"generateName": "pi-"},
        "spec": {"template": template("Never")}}))
    .unwrap();
    let mut obj = Workload::Job(j);
    let req = Request::new(
        Some("default"),
        false,
        "00000000-0000-0000-0000-000000000001",
        "bcdfg",
    );
    // The name is generated before PrepareForCreate labels the template with it.
    assert_eq!(
        strings(&validate_create(&mut obj, &req)),
        Vec::<String>::new()
    );
    let Workload::Job(j) = &obj else {
        unreachable!()
    };
    assert_eq!(j.metadata.name, "pi-bcdfg");
    let labels = &j.spec.template.metadata.labels;
    assert_eq!(labels["batch.kubernetes.io/job-name"], "pi-bcdfg");
    assert_eq!(
        labels["controller-uid"],
        "00000000-0000-0000-0000-000000000001"
    );
    let selector = j.spec.selector.as_ref().unwrap();
    assert_eq!(
        selector.match_labels["batch.kubernetes.io/controller-uid"],
        "00000000-0000-0000-0000-000000000001"
    );
    assert_eq!(j.metadata.namespace, "default");
}
