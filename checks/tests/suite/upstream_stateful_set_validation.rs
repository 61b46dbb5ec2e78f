//! StatefulSet rows of pkg/apis/apps/validation/validation_test.go: `TestValidateStatefulSet`
//! (the rows `upstream_workload_validation` does not have), `TestValidateStatefulSetMinReadySeconds`
//! and `TestValidateStatefulSetUpdate`. Upstream compares field paths and error types only; each
//! row here pins the whole message, written from pkg/apps/validation/validation.go (v1.36.0),
//! with the texts the 1.36 API server answers (the update message names `revisionHistoryLimit`
//! too at 1.36).
//!
//! The sets are written as v1 JSON and defaulted first, so upstream's rows with an empty pod
//! management policy, update strategy, restart policy or retention policy (which v1 defaulting
//! fills in) are not rows here.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/validation/validation_test.go>

use super::upstream_pod_validation_more::NAME_PART;
use super::upstream_workload_validation::{object, strings, template};
use crate::common::overlay;
use kube_primitives::api::apps::StatefulSet;
use kube_primitives::validation::defaults::default_stateful_set;
use kube_primitives::validation::pod::PodValidationOptions;
use kube_primitives::validation::workload::{validate_stateful_set, validate_stateful_set_update};
use serde_json::{json, Value};

/// upstream's `mkStatefulSet(&validPodTemplate, tweaks...)`, the tweaks as a JSON merge.
fn stateful_set(patch: &Value) -> StatefulSet {
    let base = json!({"metadata": {"name": "abc", "namespace": "default"},
        "spec": {"podManagementPolicy": "OrderedReady", "selector": {"matchLabels": {"a": "b"}},
                 "template": template("Always"), "updateStrategy": {"type": "RollingUpdate"}}});
    let mut ss: StatefulSet = object(base, patch);
    default_stateful_set(&mut ss);
    ss
}

fn validate(patch: Value) -> Vec<String> {
    strings(&validate_stateful_set(
        &stateful_set(&patch),
        &PodValidationOptions::default(),
    ))
}

fn rolling(max_unavailable: Value) -> Value {
    json!({"spec": {"replicas": 3, "updateStrategy": {"type": "RollingUpdate",
        "rollingUpdate": {"maxUnavailable": max_unavailable}}}})
}

// TestValidateStatefulSet
#[test]
fn stateful_set_rows() {
    let successes = [
        ("alpha name", json!({"metadata": {"name": "abc"}})),
        (
            "alphanumeric name",
            json!({"metadata": {"name": "abc-123"}}),
        ),
        (
            "hostNetwork true",
            json!({"spec": {"template": {"spec": {"hostNetwork": true, "containers": [
                {"name": "abc", "image": "image", "imagePullPolicy": "IfNotPresent",
                 "ports": [{"containerPort": 12345, "protocol": "TCP"}]}]}}}}),
        ),
        (
            "parallel pod management",
            json!({"spec": {"podManagementPolicy": "Parallel"}}),
        ),
        (
            "ordered ready pod management",
            json!({"spec": {"podManagementPolicy": "OrderedReady"}}),
        ),
        (
            "update strategy",
            json!({"spec": {"replicas": 3, "updateStrategy": {"type": "RollingUpdate",
                "rollingUpdate": {"partition": 2}}}}),
        ),
        (
            "PVC policy",
            json!({"spec": {"persistentVolumeClaimRetentionPolicy":
                {"whenDeleted": "Delete", "whenScaled": "Retain"}}}),
        ),
        (
            "maxUnavailable with parallel pod management",
            json!({"spec": {"replicas": 3, "updateStrategy": {"type": "RollingUpdate",
                "rollingUpdate": {"partition": 2, "maxUnavailable": 2}}}}),
        ),
        (
            "ordinals.start positive value",
            json!({"spec": {"replicas": 3, "ordinals": {"start": 2}}}),
        ),
    ];
    for (name, patch) in successes {
        assert_eq!(validate(patch), Vec::<String>::new(), "{name}");
    }
    let long = "a".repeat(64);
    let template_labels =
        "spec.template.metadata.labels: Invalid value: {\"a\":\"b\"}: `selector` does not match template `labels`";
    let rows: Vec<(&str, Value, Vec<String>)> = vec![
        (
            "zero-length name",
            json!({"metadata": {"name": ""}}),
            vec!["metadata.name: Required value: name or generateName is required".into()],
        ),
        (
            "name-with-dots",
            json!({"metadata": {"name": "abc.123"}}),
            vec!["metadata.name: Invalid value: \"abc.123\": must not contain dots".into()],
        ),
        (
            "long name",
            json!({"metadata": {"name": long}}),
            vec![format!(
                "metadata.name: Invalid value: \"{long}\": must be no more than 63 characters"
            )],
        ),
        (
            "missing-namespace",
            json!({"metadata": {"namespace": ""}}),
            vec!["metadata.namespace: Required value".into()],
        ),
        (
            // A nil selector selects nothing: the template's labels do not match it.
            "empty selector",
            json!({"spec": {"selector": null}}),
            vec!["spec.selector: Required value".into(), template_labels.into()],
        ),
        (
            "selector_doesnt_match",
            json!({"spec": {"selector": {"matchLabels": {"a": null, "foo": "bar"}}}}),
            vec![template_labels.into()],
        ),
        (
            "negative_replicas",
            json!({"spec": {"replicas": -1}}),
            vec!["spec.replicas: Invalid value: -1: must be greater than or equal to 0".into()],
        ),
        (
            "invalid_label",
            json!({"metadata": {"labels": {"NoUppercaseOrSpecialCharsLike=Equals": "bar"}}}),
            vec![format!(
                "metadata.labels: Invalid value: \"NoUppercaseOrSpecialCharsLike=Equals\": {NAME_PART}"
            )],
        ),
        (
            "invalid_annotation",
            json!({"metadata": {"annotations": {"NoUppercaseOrSpecialCharsLike=Equals": "bar"}}}),
            vec![format!(
                "metadata.annotations: Invalid value: \"NoUppercaseOrSpecialCharsLike=Equals\": {NAME_PART}"
            )],
        ),
        (
            "invalid restart policy 1",
            json!({"spec": {"template": {"spec": {"restartPolicy": "OnFailure"}}}}),
            vec!["spec.template.spec.restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"".into()],
        ),
        (
            "invalid restart policy 2",
            json!({"spec": {"template": {"spec": {"restartPolicy": "Never"}}}}),
            vec!["spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"".into()],
        ),
        (
            "invalid update strategy",
            json!({"spec": {"replicas": 3, "updateStrategy": {"type": "foo"}}}),
            vec!["spec.updateStrategy: Invalid value: {\"Type\":\"foo\",\"RollingUpdate\":null}: must be 'RollingUpdate' or 'OnDelete'".into()],
        ),
        (
            // Upstream's template (invalidPodTemplate2) has no containers either; the pod
            // template here is the valid one, so that the row pins the deadline alone.
            "set active deadline seconds",
            json!({"spec": {"replicas": 3, "template": {"spec": {"activeDeadlineSeconds": 60}}}}),
            vec!["spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported".into()],
        ),
        (
            "invalid PersistentVolumeClaimRetentionPolicy",
            json!({"spec": {"persistentVolumeClaimRetentionPolicy": {
                "whenDeleted": "invalid-retention-policy", "whenScaled": "invalid-retention-policy"}}}),
            vec![
                "spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: \"invalid-retention-policy\": supported values: \"Retain\", \"Delete\"".into(),
                "spec.persistentVolumeClaimRetentionPolicy.whenScaled: Unsupported value: \"invalid-retention-policy\": supported values: \"Retain\", \"Delete\"".into(),
            ],
        ),
        (
            "zero maxUnavailable",
            rolling(json!(0)),
            vec!["spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: cannot be 0".into()],
        ),
        (
            "zero percent maxUnavailable",
            rolling(json!("0%")),
            vec!["spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: \"0%\": cannot be 0".into()],
        ),
        (
            "greater than 100 percent maxUnavailable",
            rolling(json!("101%")),
            vec!["spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: \"101%\": must not be greater than 100%".into()],
        ),
        (
            "invalid ordinals.start",
            json!({"spec": {"replicas": 3, "ordinals": {"start": -2}}}),
            vec!["spec.ordinals.start: Invalid value: -2: must be greater than or equal to 0".into()],
        ),
    ];
    for (name, patch, want) in rows {
        assert_eq!(validate(patch), want, "{name}");
    }
}

// TestValidateStatefulSetMinReadySeconds
#[test]
fn min_ready_seconds() {
    for (seconds, valid) in [
        (0_i64, true),
        (-1, false),
        (2_147_483_647, true),
        (-2_147_483_648, false),
    ] {
        let want: Vec<String> = if valid {
            vec![]
        } else {
            vec![format!(
                "spec.minReadySeconds: Invalid value: {seconds}: must be greater than or equal to 0"
            )]
        };
        assert_eq!(
            validate(json!({"spec": {"replicas": 3, "minReadySeconds": seconds}})),
            want,
            "{seconds}"
        );
    }
}

const FORBIDDEN: &str = "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

fn update(old: &Value, new: &Value) -> Vec<String> {
    let with_version = |patch: &Value| {
        let mut p = patch.clone();
        overlay(&mut p, &json!({"metadata": {"resourceVersion": "1"}}));
        stateful_set(&p)
    };
    strings(&validate_stateful_set_update(
        &with_version(new),
        &with_version(old),
        &PodValidationOptions::default(),
    ))
}

/// upstream's `validPVCTemplate` and its variants, with an access mode: at 1.36 the set's claim
/// templates are validated as claims, and a claim without one is invalid.
fn pvc(name: &str, class: &str, size: &str) -> Value {
    json!({"metadata": {"name": name}, "spec": {"storageClassName": class, "accessModes": ["ReadWriteOnce"],
        "resources": {"requests": {"storage": size}}}})
}

// TestValidateStatefulSetUpdate
#[test]
fn stateful_set_update_rows() {
    let two_containers = json!({"spec": {"template": {"spec": {"containers": [
        {"name": "abc", "image": "image", "imagePullPolicy": "IfNotPresent"},
        {"name": "def", "image": "image2", "imagePullPolicy": "IfNotPresent"}]}}}});
    let retain = |deleted: Option<&str>, scaled: &str| {
        let mut policy = json!({"whenScaled": scaled});
        if let Some(d) = deleted {
            policy["whenDeleted"] = d.into();
        }
        json!({"spec": {"persistentVolumeClaimRetentionPolicy": policy}})
    };
    let successes = [
        (
            "update replica count",
            json!({}),
            json!({"spec": {"replicas": 3}}),
        ),
        ("update containers 1", json!({}), two_containers.clone()),
        ("update containers 2", two_containers.clone(), json!({})),
        (
            "update containers and pvc retention policy 1",
            two_containers.clone(),
            retain(Some("Retain"), "Retain"),
        ),
        (
            "update containers and pvc retention policy 2",
            retain(None, "Retain"),
            json!({}),
        ),
        (
            "update update strategy",
            json!({}),
            json!({"spec": {"updateStrategy": {"type": "OnDelete"}}}),
        ),
        (
            "update min ready seconds 1",
            json!({}),
            json!({"spec": {"minReadySeconds": 10}}),
        ),
        (
            "update min ready seconds 2",
            json!({"spec": {"minReadySeconds": 5}}),
            json!({"spec": {"minReadySeconds": 10}}),
        ),
        (
            "update existing instance with now-invalid name",
            json!({"metadata": {"finalizers": ["final"]}}),
            json!({}),
        ),
        (
            "update existing instance with .spec.ordinals.start",
            json!({}),
            json!({"spec": {"ordinals": {"start": 3}}}),
        ),
    ];
    for (name, old, new) in successes {
        assert_eq!(update(&old, &new), Vec::<String>::new(), "{name}");
    }
    let claims = |list: Value| json!({"spec": {"volumeClaimTemplates": list}});
    let valid_pvc = pvc("pvc-abc", "storage-class1", "1Gi");
    let rows: Vec<(&str, Value, Value, &str)> = vec![
        (
            "update name",
            json!({}),
            json!({"metadata": {"name": "abc2"}}),
            "metadata.name: Invalid value: \"abc2\": field is immutable",
        ),
        (
            "update namespace",
            json!({}),
            json!({"metadata": {"namespace": "default1"}}),
            "metadata.namespace: Invalid value: \"default1\": field is immutable",
        ),
        (
            "update selector",
            json!({}),
            json!({"spec": {"selector": {"matchLabels": {"a": null, "c": "d"}},
                "template": {"metadata": {"labels": {"a": null, "c": "d"}}}}}),
            FORBIDDEN,
        ),
        (
            "update pod management policy 2",
            json!({"spec": {"podManagementPolicy": "Parallel"}}),
            json!({}),
            FORBIDDEN,
        ),
        (
            "update to negative replicas",
            json!({}),
            json!({"spec": {"replicas": -1}}),
            "spec.replicas: Invalid value: -1: must be greater than or equal to 0",
        ),
        (
            "update pvc template size",
            claims(json!([valid_pvc])),
            claims(json!([pvc("pvc-abc", "storage-class1", "2Gi")])),
            FORBIDDEN,
        ),
        (
            "update pvc template storage class",
            claims(json!([valid_pvc])),
            claims(json!([pvc("pvc-abc", "storage-class2", "1Gi")])),
            FORBIDDEN,
        ),
        (
            "add new pvc template",
            claims(json!([valid_pvc])),
            claims(json!([valid_pvc, pvc("pvc-abc2", "storage-class2", "2Gi")])),
            FORBIDDEN,
        ),
    ];
    for (name, old, new, want) in rows {
        assert_eq!(update(&old, &new), [want], "{name}");
    }
}
