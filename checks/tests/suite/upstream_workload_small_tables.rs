//! Small workload tables of pkg/apis/apps/validation/validation_test.go, through the public
//! validators (`validate_daemon_set`, …), feature gates at their 1.36 defaults. Upstream builds
//! internal objects and checks only that an error occurs (or the error count, or the field
//! prefix); each row here is the same object as v1 JSON, defaulted as the API server decodes it,
//! and pins the whole error list, written from pkg/apis/apps/validation/validation.go and
//! pkg/apis/core/validation/validation.go (v1.36.0), value renderings checked against the 1.36
//! API server's answers (conformance vectors, validate_workload.jsonl).
//!
//! - `TestValidateDaemonSet`: `validate_daemon_set` with `templateGeneration` 0 (upstream's
//!   fixtures leave it unset). Upstream's error fixtures have no update strategy; as v1 JSON they
//!   get the v1 default (RollingUpdate, maxUnavailable 1), which is valid, so no row has a
//!   `spec.updateStrategy` error. `podtest.MakePodSpec(podtest.SetLabels(…))` drops the labels
//!   (they are the pod's, not the spec's), so those templates have no labels.
//!
//! - `TestDaemonSetUpdateMaxSurge`: `validate_rolling_update_daemon_set` on the bare
//!   `rollingUpdate` (an unset field is upstream's zero `IntOrString`; the v1 defaults, which
//!   would fill `maxUnavailable: 1` and `maxSurge: 0` in a whole set, are not applied).
//! - `TestValidateDeploymentUpdate`, `TestValidateReplicaSetUpdate`: `validate_deployment_update`
//!   / `validate_replica_set_update` on defaulted v1 objects (resource versions 1 and 2).
//!
//! Skipped: the "invalid selector" rows of `TestValidateDeploymentUpdate` and
//! `TestValidateReplicaSetUpdate` (the update changes the selector; whether
//! `ValidateDeploymentUpdate`/`ValidateReplicaSetUpdate` themselves append
//! `spec.selector: … field is immutable` differs between the stored upstream copies: the test
//! expects 3 errors, the validation.go copy appends the immutability check, which makes 4; the
//! v1.36.0 text could not be pinned).
//!
//! From pkg/apis/batch/validation/validation_test.go:
//!
//! - `TestValidateScheduleFormatNormalCases`: through the CronJob create path
//!   (`allowTZInSchedule` false) and the update path from a CronJob whose schedule already has a
//!   `TZ=` prefix (`allowTZInSchedule` true), with the helpers of `upstream_cron_job_validation`.
//! - Skipped: `TestValidateIndexesString` (`validateIndexesFormat` is reached only through Job
//!   status validation of `completedIndexes`/`failedIndexes`, which the library does not expose).
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/validation/validation_test.go>,
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation_test.go>
//! (messages: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/validation/validation.go>,
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation.go>)

use super::upstream_pod_validation::merge;
use super::upstream_pod_validation_more::NAME_PART;
use super::upstream_workload_validation::{strings, template};
use crate::common::overlay;
use kube_primitives::api::apps::{DaemonSet, Deployment, ReplicaSet, RollingUpdateDaemonSet};
use kube_primitives::meta::field::Path;
use kube_primitives::validation::defaults::{
    default_daemon_set, default_deployment, default_replica_set,
};
use kube_primitives::validation::pod::PodValidationOptions;
use kube_primitives::validation::workload::{
    validate_daemon_set, validate_deployment_update, validate_replica_set_update,
    validate_rolling_update_daemon_set,
};
use serde_json::{json, Value};

/// `ValidateDaemonSet` on upstream's set (name `abc`, namespace `default`, selector `a: b`,
/// `validPodTemplate`, OnDelete) with `patch` merged in (RFC 7396: a `null` removes).
fn daemon_set(patch: &Value) -> Vec<String> {
    let mut v = json!({"metadata": {"name": "abc", "namespace": "default"},
        "spec": {"selector": {"matchLabels": {"a": "b"}}, "template": template("Always"),
                 "updateStrategy": {"type": "OnDelete"}}});
    merge(&mut v, patch.clone());
    let mut ds: DaemonSet = serde_json::from_value(v).expect("fixture decodes");
    default_daemon_set(&mut ds);
    strings(&validate_daemon_set(
        &ds,
        0,
        &PodValidationOptions::default(),
    ))
}

/// An error fixture: the set without an update strategy, then `patch`.
fn ds_error(patch: Value) -> Value {
    let mut p = json!({"spec": {"updateStrategy": null}});
    overlay(&mut p, &patch);
    p
}

const MISMATCH: &str = "`selector` does not match template `labels`";

/// `validPodTemplate`'s spec without its labels (`podtest.MakePodSpec(podtest.SetLabels(…))`),
/// as a merge patch of the template (`metadata: null` removes the labels).
fn unlabelled_template(restart: &str) -> Value {
    let mut t = template(restart);
    t["metadata"] = Value::Null;
    t
}

// TestValidateDaemonSet: success cases
#[test]
fn validate_daemon_set_valid_rows() {
    assert_eq!(daemon_set(&json!({})), Vec::<String>::new(), "abc");
    assert_eq!(
        daemon_set(&json!({"metadata": {"name": "abc-123"}})),
        Vec::<String>::new(),
        "abc-123"
    );
    assert_eq!(
        daemon_set(
            &json!({"metadata": {"name": "hostnet"}, "spec": {"template": {"spec": {
                "hostNetwork": true,
                "containers": [{"name": "abc", "image": "image", "imagePullPolicy": "IfNotPresent",
                                "terminationMessagePolicy": "File",
                                "ports": [{"containerPort": 12345, "protocol": "TCP"}]}]
            }}}})
        ),
        Vec::<String>::new(),
        "hostnet"
    );
}

// TestValidateDaemonSet: error cases
#[test]
fn validate_daemon_set_error_rows() {
    let row = |name: &str, patch: Value, want: &[&str]| {
        assert_eq!(daemon_set(&ds_error(patch)), want, "{name}");
    };
    row(
        "zero-length ID",
        json!({"metadata": {"name": ""}}),
        &["metadata.name: Required value: name or generateName is required"],
    );
    row(
        "missing-namespace",
        json!({"metadata": {"name": "abc-123", "namespace": null}}),
        &["metadata.namespace: Required value"],
    );
    row(
        "nil selector",
        json!({"spec": {"selector": null}}),
        &[&format!(
            r#"spec.template.metadata.labels: Invalid value: {{"a":"b"}}: {MISMATCH}"#
        )],
    );
    row(
        "empty selector",
        json!({"spec": {"selector": {"matchLabels": null}}}),
        &["spec.selector: Invalid value: {}: empty selector is invalid for daemonset"],
    );
    row(
        "selector_doesnt_match",
        json!({"spec": {"selector": {"matchLabels": {"foo": "bar"}}}}),
        &[&format!(
            r#"spec.template.metadata.labels: Invalid value: {{"a":"b"}}: {MISMATCH}"#
        )],
    );
    row(
        "invalid template",
        json!({"spec": {"template": null}}),
        &[
            &format!("spec.template.metadata.labels: Invalid value: null: {MISMATCH}"),
            "spec.template.spec.containers: Required value",
        ],
    );
    let bad_label = json!({"NoUppercaseOrSpecialCharsLike=Equals": "bar"});
    row(
        "invalid_label",
        json!({"metadata": {"name": "abc-123", "labels": bad_label}}),
        &[&format!(
            r#"metadata.labels: Invalid value: "NoUppercaseOrSpecialCharsLike=Equals": {NAME_PART}"#
        )],
    );
    row(
        "invalid_label 2",
        json!({"metadata": {"name": "abc-123", "labels": bad_label},
               "spec": {"selector": null, "template": unlabelled_template("Always")}}),
        &[
            &format!(
                r#"metadata.labels: Invalid value: "NoUppercaseOrSpecialCharsLike=Equals": {NAME_PART}"#
            ),
            &format!("spec.template.metadata.labels: Invalid value: null: {MISMATCH}"),
        ],
    );
    row(
        "invalid_annotation",
        json!({"metadata": {"name": "abc-123", "annotations": bad_label}}),
        &[&format!(
            r#"metadata.annotations: Invalid value: "NoUppercaseOrSpecialCharsLike=Equals": {NAME_PART}"#
        )],
    );
    for (name, policy) in [
        ("invalid restart policy 1", "OnFailure"),
        ("invalid restart policy 2", "Never"),
    ] {
        row(
            name,
            json!({"metadata": {"name": "abc-123"},
                   "spec": {"template": unlabelled_template(policy)}}),
            &[
                &format!("spec.template.metadata.labels: Invalid value: null: {MISMATCH}"),
                &format!(
                    r#"spec.template.spec.restartPolicy: Unsupported value: "{policy}": supported values: "Always""#
                ),
            ],
        );
    }
    row(
        "template may not contain ephemeral containers",
        json!({"spec": {"updateStrategy": {"type": "OnDelete"}, "template": {"spec": {
            "ephemeralContainers": [{"name": "debug", "image": "image",
                "imagePullPolicy": "IfNotPresent", "terminationMessagePolicy": "File"}]
        }}}}),
        &["spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template"],
    );
}

// TestDaemonSetUpdateMaxSurge
#[test]
fn daemon_set_update_max_surge_rows() {
    const P: &str = "spec.updateStrategy.rollingUpdate";
    let required = format!("{P}.maxUnavailable: Required value: cannot be 0 when maxSurge is 0");
    let both = format!(
        r#"{P}.maxSurge: Invalid value: "1%": may not be set when maxUnavailable is non-zero"#
    );
    let unavailable_101 =
        format!(r#"{P}.maxUnavailable: Invalid value: "101%": must not be greater than 100%"#);
    let surge_101 =
        format!(r#"{P}.maxSurge: Invalid value: "101%": must not be greater than 100%"#);
    let rows: &[(&str, Value, &[&str])] = &[
        ("invalid: unset", json!({}), &[&required]),
        (
            "invalid: zero percent",
            json!({"maxUnavailable": "0%"}),
            &[&required],
        ),
        ("invalid: zero", json!({"maxUnavailable": 0}), &[&required]),
        ("valid: one", json!({"maxUnavailable": 1}), &[]),
        ("valid: one percent", json!({"maxUnavailable": "1%"}), &[]),
        ("valid: 100%", json!({"maxUnavailable": "100%"}), &[]),
        (
            "invalid: greater than 100%",
            json!({"maxUnavailable": "101%"}),
            &[&unavailable_101],
        ),
        // upstream names this row "valid" but expects an error
        (
            "valid: surge and unavailable set",
            json!({"maxUnavailable": "1%", "maxSurge": "1%"}),
            &[&both],
        ),
        (
            "invalid: surge enabled, unavailable zero percent",
            json!({"maxUnavailable": "0%"}),
            &[&required],
        ),
        (
            "invalid: surge enabled, unavailable zero",
            json!({"maxUnavailable": 0}),
            &[&required],
        ),
        (
            "valid: surge enabled, unavailable one",
            json!({"maxUnavailable": 1}),
            &[],
        ),
        (
            "valid: surge enabled, unavailable one percent",
            json!({"maxUnavailable": "1%"}),
            &[],
        ),
        (
            "valid: surge enabled, unavailable 100%",
            json!({"maxUnavailable": "100%"}),
            &[],
        ),
        (
            "invalid: surge enabled, unavailable greater than 100%",
            json!({"maxUnavailable": "101%"}),
            &[&unavailable_101],
        ),
        (
            "invalid: surge enabled, surge zero percent",
            json!({"maxSurge": "0%"}),
            &[&required],
        ),
        (
            "invalid: surge enabled, surge zero",
            json!({"maxSurge": 0}),
            &[&required],
        ),
        (
            "valid: surge enabled, surge one",
            json!({"maxSurge": 1}),
            &[],
        ),
        (
            "valid: surge enabled, surge one percent",
            json!({"maxSurge": "1%"}),
            &[],
        ),
        (
            "valid: surge enabled, surge 100%",
            json!({"maxSurge": "100%"}),
            &[],
        ),
        (
            "invalid: surge enabled, surge greater than 100%",
            json!({"maxSurge": "101%"}),
            &[&surge_101],
        ),
        (
            "invalid: surge enabled, surge and unavailable set",
            json!({"maxUnavailable": "1%", "maxSurge": "1%"}),
            &[&both],
        ),
        (
            "invalid: surge enabled, surge and unavailable zero percent",
            json!({"maxUnavailable": "0%", "maxSurge": "0%"}),
            &[&required],
        ),
        (
            "invalid: surge enabled, surge and unavailable zero",
            json!({"maxUnavailable": 0, "maxSurge": 0}),
            &[&required],
        ),
        (
            "invalid: surge enabled, surge and unavailable mixed zero",
            json!({"maxUnavailable": 0, "maxSurge": "0%"}),
            &[&required],
        ),
    ];
    for (name, ru, want) in rows {
        let ru: RollingUpdateDaemonSet = serde_json::from_value(ru.clone()).expect("decodes");
        let got = strings(&validate_rolling_update_daemon_set(
            &ru,
            &Path::new("spec")
                .child("updateStrategy")
                .child("rollingUpdate"),
        ));
        assert_eq!(got, *want, "{name}");
    }
}

/// upstream's `readWriteVolumePodTemplate`: `validPodTemplate` with a read-write GCE PD volume.
fn read_write_volume_template() -> Value {
    let mut t = template("Always");
    t["spec"]["volumes"] = json!([{"name": "gcepd", "gcePersistentDisk":
        {"pdName": "my-PD", "fsType": "ext4", "partition": 1, "readOnly": false}}]);
    t
}

/// upstream's `invalidPodTemplate`: no containers, an invalid label key (as a merge patch of
/// `validPodTemplate`, so `a: null` removes the valid label).
fn invalid_pod_template() -> Value {
    let mut t = template("Always");
    t["metadata"] = json!({"labels": {"a": null, "NoUppercaseOrSpecialCharsLike=Equals": "b"}});
    t["spec"]["containers"] = json!([]);
    t
}

/// The old and new object of an update row: name `old_name`/`abc`, namespace `default`,
/// selector `a: b`, `validPodTemplate` (`extra` holds the kind's own old spec fields), the new
/// one with `new_spec` merged in.
fn update_pair(old_name: &str, extra: &Value, new_spec: Value) -> (Value, Value) {
    let mut old = json!({"metadata": {"name": old_name, "namespace": "default", "resourceVersion": "1"},
        "spec": {"selector": {"matchLabels": {"a": "b"}}, "template": template("Always")}});
    merge(&mut old, json!({ "spec": extra }));
    let mut new = old.clone();
    new["metadata"] = json!({"name": "abc", "namespace": "default", "resourceVersion": "2"});
    merge(&mut new, json!({ "spec": new_spec }));
    (old, new)
}

fn deployment_update(old_name: &str, new_spec: Value) -> Vec<String> {
    let (old, new) = update_pair(
        old_name,
        &json!({"strategy": {"type": "Recreate"}}),
        new_spec,
    );
    let decode = |v: Value| {
        let mut d: Deployment = serde_json::from_value(v).expect("fixture decodes");
        default_deployment(&mut d);
        d
    };
    strings(&validate_deployment_update(
        &decode(new),
        &decode(old),
        &PodValidationOptions::default(),
    ))
}

fn replica_set_update(old_name: &str, new_spec: Value) -> Vec<String> {
    let (old, new) = update_pair(old_name, &json!({}), new_spec);
    let decode = |v: Value| {
        let mut rs: ReplicaSet = serde_json::from_value(v).expect("fixture decodes");
        default_replica_set(&mut rs);
        rs
    };
    strings(&validate_replica_set_update(
        &decode(new),
        &decode(old),
        &PodValidationOptions::default(),
    ))
}

/// The errors of upstream's "invalid pod" update rows (both kinds).
fn invalid_pod_errors() -> Vec<String> {
    vec![
        r#"metadata.name: Invalid value: "abc": field is immutable"#.to_string(),
        format!(
            r#"spec.template.metadata.labels: Invalid value: {{"NoUppercaseOrSpecialCharsLike=Equals":"b"}}: {MISMATCH}"#
        ),
        format!(
            r#"spec.template.labels: Invalid value: "NoUppercaseOrSpecialCharsLike=Equals": {NAME_PART}"#
        ),
        "spec.template.spec.containers: Required value".to_string(),
    ]
}

// TestValidateDeploymentUpdate
#[test]
fn validate_deployment_update_rows() {
    assert_eq!(
        deployment_update(
            "abc",
            json!({"replicas": 1, "template": read_write_volume_template()})
        ),
        Vec::<String>::new(),
        "positive replicas"
    );
    assert_eq!(
        deployment_update(
            "abc",
            json!({"replicas": 2, "template": read_write_volume_template()})
        ),
        Vec::<String>::new(),
        "Read-write volume verification"
    );
    assert_eq!(
        deployment_update(
            "",
            json!({"replicas": 2, "template": invalid_pod_template()})
        ),
        invalid_pod_errors(),
        "invalid pod"
    );
    assert_eq!(
        deployment_update(
            "abc",
            json!({"replicas": -1, "template": read_write_volume_template()})
        ),
        ["spec.replicas: Invalid value: -1: must be greater than or equal to 0"],
        "negative replicas"
    );
}

// TestValidateReplicaSetUpdate
#[test]
fn validate_replica_set_update_rows() {
    assert_eq!(
        replica_set_update("abc", json!({"replicas": 3})),
        Vec::<String>::new(),
        "positive replicas"
    );
    assert_eq!(
        replica_set_update(
            "abc",
            json!({"replicas": 3, "template": read_write_volume_template()})
        ),
        Vec::<String>::new(),
        "Read-write volume verification"
    );
    assert_eq!(
        replica_set_update(
            "",
            json!({"replicas": 2, "template": invalid_pod_template()})
        ),
        invalid_pod_errors(),
        "invalid pod"
    );
    assert_eq!(
        replica_set_update("abc", json!({"replicas": -1})),
        ["spec.replicas: Invalid value: -1: must be greater than or equal to 0"],
        "negative replicas"
    );
}

// TestValidateScheduleFormatNormalCases
#[test]
fn schedule_format_normal_cases_rows() {
    use super::upstream_cron_job_validation::{create, cron_job, update};
    const TZ: &str = "TZ=UTC 0 0 * * *";
    let with = |schedule: &str, time_zone: Option<&str>| {
        cron_job(&json!({"spec": {"schedule": schedule, "timeZone": time_zone}}))
    };
    assert_eq!(
        create(&with("0 0 * * *", None)),
        Vec::<String>::new(),
        "valid schedule without timezone"
    );
    assert_eq!(
        create(&with("0 0 * * *", Some("UTC"))),
        Vec::<String>::new(),
        "valid schedule with timezone field"
    );
    assert_eq!(
        create(&with(TZ, None)),
        [format!(
            r#"spec.schedule: Invalid value: "{TZ}": cannot use TZ or CRON_TZ in schedule, use timeZone field instead"#
        )],
        "TZ in schedule when not allowed"
    );
    // allowTZInSchedule: the old CronJob's schedule already has TZ
    let old = with(TZ, None);
    assert_eq!(
        update(&with(TZ, None), &old),
        Vec::<String>::new(),
        "TZ in schedule when allowed"
    );
    assert_eq!(
        update(&with(TZ, Some("UTC")), &old),
        [format!(
            r#"spec.schedule: Invalid value: "{TZ}": cannot use both timeZone field and TZ or CRON_TZ in schedule"#
        )],
        "TZ in schedule with timezone field"
    );
}
