//! `TestValidateDaemonSetUpdate` of pkg/apis/apps/validation/validation_test.go, through
//! `validate_daemon_set_update`. Upstream compares only the number of errors; each row here pins
//! the whole list, written from pkg/apis/apps/validation/validation.go (`ValidateDaemonSetUpdate`,
//! `ValidateDaemonSetSpecUpdate`, `ValidateDaemonSetSpec`, `ValidateDaemonSetUpdateStrategy`)
//! with the immutable selector of the update (`spec.selector: … field is immutable`, which the
//! 1.36 API server reports before the spec's errors, conformance vectors/validate_workload.jsonl).
//!
//! The sets are v1 JSON, defaulted. `templateGeneration` is an internal field (the v1
//! annotation `deprecated.daemonset.template.generation`); the function takes the new set's
//! generation as its argument and has no old generation: the strategy's `PrepareForUpdate`
//! increments it exactly when the template changes, so the success rows pass the new set's
//! generation and the rows that compare it with the old one cannot be written.
//!
//! Skipped (they depend on the old set's templateGeneration, which the API cannot express):
//! "decreased templateGeneration" (`spec.templateGeneration: Invalid value: 1: must not be
//! decremented`) and "unchanged templateGeneration upon template update"
//! (`spec.templateGeneration: Invalid value: 2: must be incremented upon template update`).
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/validation/validation_test.go>
//! (messages: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/validation/validation.go>)

use super::upstream_pod_validation::merge;
use super::upstream_pod_validation_more::NAME_PART;
use super::upstream_workload_validation::{strings, template};
use kube_primitives::api::apps::DaemonSet;
use kube_primitives::validation::defaults::default_daemon_set;
use kube_primitives::validation::pod::PodValidationOptions;
use kube_primitives::validation::workload::validate_daemon_set_update;
use serde_json::{json, Value};

/// upstream's set: `validPodTemplateAbc` (labels `a: b`), selector `a: b`, OnDelete, with the
/// change merged in (RFC 7396: `null` removes) and the given resource version.
fn daemon_set(patch: &Value, resource_version: &str) -> DaemonSet {
    let mut v = json!({"metadata": {"name": "abc", "namespace": "default", "resourceVersion": resource_version},
        "spec": {"selector": {"matchLabels": {"a": "b"}}, "template": template("Always"),
                 "updateStrategy": {"type": "OnDelete"}}});
    merge(&mut v, patch.clone());
    let mut ds: DaemonSet = serde_json::from_value(v).expect("fixture decodes");
    default_daemon_set(&mut ds);
    ds
}

/// The errors of updating `old` (resource version 1) to `new` (resource version 2), the new set
/// at `template_generation`.
fn update(old: &Value, new: &Value, template_generation: i64) -> Vec<String> {
    strings(&validate_daemon_set_update(
        &daemon_set(new, "2"),
        &daemon_set(old, "1"),
        template_generation,
        &PodValidationOptions::default(),
    ))
}

/// upstream's `validPodTemplateNodeSelector`: the template with a node selector and node name.
fn node_selector_template() -> Value {
    json!({"spec": {"template": {"spec": {"nodeSelector": {"a": "b"}, "nodeName": "xyz"}}}})
}

fn rolling(max_unavailable: i32) -> Value {
    json!({"spec": {"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": max_unavailable}}}})
}

// TestValidateDaemonSetUpdate: success cases (old generation → new generation in the comments)
#[test]
fn daemon_set_update_valid() {
    let mut equal_template = rolling(1);
    // An empty imagePullSecrets list: semantically the template of the old set.
    merge(
        &mut equal_template,
        json!({"spec": {"template": {"spec": {"imagePullSecrets": []}}}}),
    );
    let rows = [
        // 1 → 1
        ("no change", json!({}), json!({}), 1),
        // 3 → 4
        ("change template", json!({}), node_selector_template(), 4),
        // 1 → 1 (upstream's new template is the old one)
        ("change container image name", json!({}), json!({}), 1),
        // 4 → 4
        ("change update strategy", json!({}), rolling(1), 4),
        // 4 → 4
        (
            "unchanged templateGeneration upon semantically equal template update",
            json!({}),
            equal_template,
            4,
        ),
        // 1 → 2
        (
            "Read-write volume verification",
            json!({}),
            json!({"spec": {"template": {"spec": {"volumes": [{"name": "gcepd", "gcePersistentDisk":
                {"pdName": "my-PD", "fsType": "ext4", "partition": 1, "readOnly": false}}]}}}}),
            2,
        ),
    ];
    for (name, old, new, generation) in rows {
        assert_eq!(
            update(&old, &new, generation),
            Vec::<String>::new(),
            "{name}"
        );
    }
}

// TestValidateDaemonSetUpdate: error cases
#[test]
fn daemon_set_update_errors() {
    let invalid_selector = "NoUppercaseOrSpecialCharsLike=Equals";
    let rows: Vec<(&str, Value, Value, i64, Vec<String>)> = vec![
        (
            // upstream's old set has no name; 1 → 1
            "change daemon name",
            json!({"metadata": {"name": ""}}),
            json!({}),
            1,
            vec![r#"metadata.name: Invalid value: "abc": field is immutable"#.to_owned()],
        ),
        (
            // validPodTemplateDef: labels c: d, container def; 1 → 2
            "change selector",
            json!({}),
            json!({"spec": {"selector": {"matchLabels": {"a": null, "c": "d"}},
                "template": {"metadata": {"labels": {"a": null, "c": "d"}},
                    "spec": {"containers": [{"name": "def", "image": "image",
                        "imagePullPolicy": "IfNotPresent", "terminationMessagePolicy": "File"}]}}}}),
            2,
            vec![r#"spec.selector: Invalid value: {"matchLabels":{"c":"d"}}: field is immutable"#.to_owned()],
        ),
        (
            // 1 → 1; the invalid selector does not parse, so it is not matched with the labels
            "invalid selector",
            json!({}),
            json!({"spec": {"selector": {"matchLabels": {"a": null, invalid_selector: "b"}}}}),
            1,
            vec![
                format!(
                    r#"spec.selector: Invalid value: {{"matchLabels":{{"{invalid_selector}":"b"}}}}: field is immutable"#
                ),
                format!(
                    r#"spec.selector.matchLabels: Invalid value: "{invalid_selector}": {NAME_PART}"#
                ),
            ],
        ),
        (
            // a template without containers; 1 → 2
            "invalid pod",
            json!({}),
            json!({"spec": {"template": {"spec": {"containers": []}}}}),
            2,
            vec!["spec.template.spec.containers: Required value".to_owned()],
        ),
        (
            // 1 → 1
            "invalid update strategy",
            json!({}),
            json!({"spec": {"updateStrategy": {"type": "Random"}}}),
            1,
            vec![
                r#"spec.updateStrategy: Unsupported value: {"Type":"Random","RollingUpdate":null}: supported values: "RollingUpdate", "OnDelete""#
                    .to_owned(),
            ],
        ),
        (
            // -1 → -1: only ValidateDaemonSetSpec's check of the new generation
            "negative templateGeneration",
            json!({}),
            json!({}),
            -1,
            vec!["spec.templateGeneration: Invalid value: -1: must be greater than or equal to 0".to_owned()],
        ),
    ];
    for (name, old, new, generation, want) in rows {
        assert_eq!(update(&old, &new, generation), want, "{name}");
    }
}
