//! Job validation after the tables of `TestValidateJob` in upstream's
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation_test.go>,
//! row by row: the success cases must give no error, and each error case's first error must be
//! the upstream key's field and message (upstream checks the field and a part of the message;
//! each row here pins the whole message, written from
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation.go>).
//!
//! Upstream's fixtures are internal objects that are never defaulted, so the rows are decoded
//! from v1 JSON and validated as they are. Rows that `upstream_workload_validation.rs` already
//! ports with the same input are not repeated here.

use super::upstream_workload_validation::{object, strings};
use kube_primitives::api::batch::Job;
use kube_primitives::validation::pod::PodValidationOptions;
use kube_primitives::validation::workload::validate_job;
use serde_json::{json, Value};

/// `podtest.MakeContainer(name)`.
pub(crate) fn make_container(name: &str) -> Value {
    json!({"name": name, "image": "image", "imagePullPolicy": "IfNotPresent",
        "terminationMessagePolicy": "File", "terminationMessagePath": "/dev/termination-log"})
}

/// `getValidGeneratedSelector().MatchLabels`: the legacy and the prefixed labels.
pub(crate) fn generated_labels() -> Value {
    json!({"batch.kubernetes.io/controller-uid": "1a2b3c", "controller-uid": "1a2b3c",
        "batch.kubernetes.io/job-name": "myjob", "job-name": "myjob"})
}

/// `getValidPodTemplateSpecForGenerated`: `podtest.MakePodSpec` with the restart policy and an
/// init container `def`, labelled with the generated selector's labels.
pub(crate) fn generated_template(restart: &str) -> Value {
    json!({"metadata": {"labels": generated_labels()},
        "spec": {"restartPolicy": restart, "dnsPolicy": "ClusterFirst",
            "terminationGracePeriodSeconds": 30,
            "containers": [make_container("ctr")], "initContainers": [make_container("def")]}})
}

/// `validJobObjectMeta` with the generated selector and template (`OnFailure`).
fn base() -> Value {
    json!({"metadata": {"name": "myjob", "namespace": "default", "uid": "1a2b3c"},
        "spec": {"selector": {"matchLabels": generated_labels()},
            "template": generated_template("OnFailure")}})
}

/// `validPodTemplateSpecForGeneratedRestartPolicyNever`.
fn never() -> Value {
    json!({"spec": {"template": {"spec": {"restartPolicy": "Never"}}}})
}

fn run(patches: &[Value], prefixed: bool) -> Vec<String> {
    let mut v = base();
    for p in patches {
        crate::common::overlay(&mut v, p);
    }
    let j: Job = object(v, &json!({}));
    strings(&validate_job(
        &j,
        prefixed,
        &PodValidationOptions::default(),
    ))
}

fn spec(s: Value) -> Value {
    json!({ "spec": s })
}

fn first(name: &str, patches: &[Value], prefixed: bool, want: &str) {
    let got = run(patches, prefixed);
    assert_eq!(
        got.first().map(String::as_str),
        Some(want),
        "{name}: {got:#?}"
    );
}

/// A pod failure policy row: restart policy `Never` and the given rules.
fn pfp(rules: Value) -> [Value; 2] {
    [never(), spec(json!({"podFailurePolicy": {"rules": rules}}))]
}

/// A success policy row: indexed, 5 completions, restart policy `Never`.
fn sp(policy: Value) -> [Value; 2] {
    [
        never(),
        spec(json!({"completionMode": "Indexed", "completions": 5, "successPolicy": policy})),
    ]
}

// TestValidateJob
#[test]
fn validate_job_success_cases() {
    let manual_template = json!({"metadata": {"labels": {"a": "b"}}, "spec": {
        "restartPolicy": "OnFailure", "dnsPolicy": "ClusterFirst", "terminationGracePeriodSeconds": 30,
        "containers": [make_container("ctr")], "initContainers": null}});
    let rows: &[(&str, Vec<Value>, bool)] = &[
        (
            "valid success policy",
            vec![
                never(),
                spec(json!({"completionMode": "Indexed", "completions": 10, "successPolicy": {"rules": [
                    {"succeededCount": 1, "succeededIndexes": "0,2,4"},
                    {"succeededIndexes": "1,3,5-9"}]}})),
            ],
            true,
        ),
        (
            "valid pod failure policy with negative exitCodes - need for Windows support",
            pfp(json!([{"action": "FailJob", "onExitCodes": {"operator": "NotIn",
                "values": [-1_073_741_819, -1_073_741_676, -1_073_741_510]}}]))
            .to_vec(),
            true,
        ),
        (
            "valid pod failure policy",
            pfp(json!([
                {"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]},
                {"action": "FailJob", "onPodConditions": [{"type": "CustomConditionType", "status": "False"}]},
                {"action": "Count", "onExitCodes": {"containerName": "ctr", "operator": "In", "values": [1, 2, 3]}},
                {"action": "Ignore", "onExitCodes": {"containerName": "def", "operator": "In", "values": [4]}},
                {"action": "FailJob", "onExitCodes": {"operator": "NotIn", "values": [5, 6, 7]}}]))
            .to_vec(),
            true,
        ),
        (
            "valid pod failure policy with FailIndex",
            vec![
                never(),
                spec(json!({"completionMode": "Indexed", "completions": 2, "backoffLimitPerIndex": 1,
                    "manualSelector": true, "podFailurePolicy": {"rules": [
                        {"action": "FailIndex", "onExitCodes": {"operator": "In", "values": [10]}}]}})),
            ],
            false,
        ),
        (
            "valid manual selector",
            vec![json!({"metadata": {"annotations": {"foo": "bar"}},
                "spec": {"selector": {"matchLabels": null}, "manualSelector": true,
                    "template": {"metadata": {"labels": null}}}}),
                spec(json!({"selector": {"matchLabels": {"a": "b"}}, "template": manual_template.clone()}))],
            true,
        ),
        ("valid generated selector", vec![], true),
        (
            "valid pod replacement",
            vec![spec(json!({"podReplacementPolicy": "TerminatingOrFailed"}))],
            true,
        ),
        (
            "valid pod replacement with failed",
            vec![spec(json!({"podReplacementPolicy": "Failed"}))],
            true,
        ),
        (
            "valid hostnet",
            vec![spec(json!({"template": {"spec": {"hostNetwork": true, "containers": [
                {"name": "ctr", "image": "image", "imagePullPolicy": "IfNotPresent",
                 "terminationMessagePolicy": "File", "terminationMessagePath": "/dev/termination-log",
                 "ports": [{"containerPort": 12345, "protocol": "TCP"}]}]}}}))],
            true,
        ),
        (
            "valid NonIndexed completion mode",
            vec![spec(json!({"completionMode": "NonIndexed"}))],
            true,
        ),
        (
            "valid Indexed completion mode",
            vec![spec(json!({"completionMode": "Indexed", "completions": 2, "parallelism": 100_000}))],
            true,
        ),
        (
            "valid parallelism and maxFailedIndexes for high completions when backoffLimitPerIndex is used",
            vec![spec(json!({"completions": 100_000, "parallelism": 100_000, "maxFailedIndexes": 100_000,
                "backoffLimitPerIndex": 1, "completionMode": "Indexed"}))],
            true,
        ),
        (
            "valid parallelism and maxFailedIndexes for unlimited completions when backoffLimitPerIndex is used",
            vec![spec(json!({"completions": 1_000_000_000, "parallelism": 10_000, "maxFailedIndexes": 10_000,
                "backoffLimitPerIndex": 1, "completionMode": "Indexed"}))],
            true,
        ),
        ("valid job tracking annotation", vec![], true),
        ("valid batch labels", vec![], true),
        (
            "do not allow new batch labels",
            vec![
                json!({"spec": {"selector": {"matchLabels": null}, "template": {"metadata": {"labels": null}}}}),
                spec(json!({"selector": {"matchLabels": {"controller-uid": "1a2b3c"}},
                    "template": {"metadata": {"labels": {"controller-uid": "1a2b3c", "job-name": "myjob"}},
                        "spec": {"initContainers": null}}})),
            ],
            false,
        ),
        (
            "valid managedBy field",
            vec![spec(json!({"managedBy": "example.com/foo"}))],
            true,
        ),
    ];
    for (name, patches, prefixed) in rows {
        assert_eq!(run(patches, *prefixed), Vec::<String>::new(), "{name}");
    }
}

// TestValidateJob
#[test]
fn validate_job_managed_by_and_success_policy_rows() {
    first(
        "managedBy too long",
        &[spec(
            json!({"managedBy": format!("example.com/{}", "x".repeat(60))}),
        )],
        true,
        "spec.managedBy: Too long: may not be more than 63 bytes",
    );
    first(
        "managedBy not a domain-prefixed path",
        &[spec(json!({"managedBy": "invalid custom controller name"}))],
        true,
        r#"spec.managedBy: Invalid value: "invalid custom controller name": must be a domain-prefixed path (such as "acme.io/foo")"#,
    );
    // Not ported: upstream's `spec.successPolicy: Invalid value: {"Rules":[]}: requires indexed
    // completion mode` (an empty, non-nil rule list); the library prints `{"Rules":null}`.
    first(
        "success policy without rules",
        &sp(json!({})),
        true,
        "spec.successPolicy.rules: Required value: at least one rules must be specified when the successPolicy is specified",
    );
    first(
        "success policy rule without count or indexes",
        &sp(json!({"rules": [{}]})),
        true,
        "spec.successPolicy.rules[0]: Required value: at least one of succeededCount or succeededIndexes must be specified",
    );
    first(
        "malformed succeededIndexes",
        &sp(json!({"rules": [{"succeededIndexes": "invalid-format"}]})),
        true,
        r#"spec.successPolicy.rules[0].succeededIndexes: Invalid value: "invalid-format": error parsing succeededIndexes: cannot convert string to integer for index: "invalid""#,
    );
    first(
        "succeededIndexes too long",
        &sp(json!({"rules": [{"succeededIndexes": "1".repeat(65_537)}]})),
        true,
        "spec.successPolicy.rules[0].succeededIndexes: Too long: may not be more than 65536 bytes",
    );
    first(
        "negative succeededCount",
        &sp(json!({"rules": [{"succeededCount": -1}]})),
        true,
        "spec.successPolicy.rules[0].succeededCount: Invalid value: -1: must be greater than or equal to 0",
    );
    first(
        "succeededCount above completions",
        &sp(json!({"rules": [{"succeededCount": 6}]})),
        true,
        "spec.successPolicy.rules[0].succeededCount: Invalid value: 6: must be less than or equal to 5 (the number of specified completions)",
    );
    first(
        "succeededCount above the number of succeededIndexes",
        &sp(json!({"rules": [{"succeededCount": 4, "succeededIndexes": "0-2"}]})),
        true,
        "spec.successPolicy.rules[0].succeededCount: Invalid value: 4: must be less than or equal to 3 (the number of indexes in the specified succeededIndexes field)",
    );
    first(
        "too many success policy rules",
        &sp(json!({"rules": vec![json!({"succeededCount": 5}); 21]})),
        true,
        "spec.successPolicy.rules: Too many: 21: must have at most 20 items",
    );
}

// TestValidateJob
#[test]
fn validate_job_pod_failure_policy_rows() {
    let rows: Vec<(&str, Value, String)> = vec![
        (
            "neither onExitCodes nor onPodConditions",
            json!([{"action": "FailJob"}]),
            "spec.podFailurePolicy.rules[0]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required".into(),
        ),
        (
            "duplicate exit code",
            json!([{"action": "FailJob", "onExitCodes": {"operator": "In", "values": [11, 11]}}]),
            "spec.podFailurePolicy.rules[0].onExitCodes.values[1]: Duplicate value: 11".into(),
        ),
        (
            "too many exit codes",
            json!([{"action": "FailJob", "onExitCodes": {"operator": "In", "values": (0..256).collect::<Vec<i32>>()}}]),
            "spec.podFailurePolicy.rules[0].onExitCodes.values: Too many: 256: must have at most 255 items".into(),
        ),
        (
            "too many rules",
            Value::Array((1..=21).map(|i| json!({"action": "FailJob", "onExitCodes": {"operator": "In", "values": [i]}})).collect()),
            "spec.podFailurePolicy.rules: Too many: 21: must have at most 20 items".into(),
        ),
        (
            "too many pod condition patterns",
            json!([{"action": "FailJob", "onPodConditions": (0..21).map(|i| json!({"type": format!("CustomType_{i}"), "status": "True"})).collect::<Vec<_>>()}]),
            "spec.podFailurePolicy.rules[0].onPodConditions: Too many: 21: must have at most 20 items".into(),
        ),
        (
            "exit code repeated thrice",
            json!([{"action": "FailJob", "onExitCodes": {"operator": "In", "values": [12, 13, 13, 13]}}]),
            "spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value: 13".into(),
        ),
        (
            "unordered exit codes",
            json!([{"action": "FailJob", "onExitCodes": {"operator": "In", "values": [19, 11]}}]),
            "spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: [19,11]: must be ordered".into(),
        ),
        (
            "no exit codes",
            json!([{"action": "FailJob", "onExitCodes": {"operator": "In", "values": []}}]),
            "spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: []: at least one value is required".into(),
        ),
        (
            "empty action",
            json!([{"action": "", "onExitCodes": {"operator": "In", "values": [1, 2, 3]}}]),
            r#"spec.podFailurePolicy.rules[0].action: Required value: valid values: ["Count" "FailIndex" "FailJob" "Ignore"]"#.into(),
        ),
        (
            "empty operator",
            json!([{"action": "FailJob", "onExitCodes": {"operator": "", "values": [1, 2, 3]}}]),
            r#"spec.podFailurePolicy.rules[0].onExitCodes.operator: Required value: valid values: ["In" "NotIn"]"#.into(),
        ),
        (
            "both onExitCodes and onPodConditions",
            json!([{"action": "FailJob",
                "onExitCodes": {"containerName": "ctr", "operator": "In", "values": [1, 2, 3]},
                "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]}]),
            "spec.podFailurePolicy.rules[0]: Invalid value: specifying both OnExitCodes and OnPodConditions is not supported".into(),
        ),
        (
            "exit code 0 with In",
            json!([{"action": "Ignore", "onExitCodes": {"operator": "In", "values": [1, 0, 2]}}]),
            "spec.podFailurePolicy.rules[0].onExitCodes.values[1]: Invalid value: 0: must not be 0 for the In operator".into(),
        ),
        (
            "unknown container name",
            json!([
                {"action": "Ignore", "onExitCodes": {"containerName": "ctr", "operator": "In", "values": [1, 2, 3]}},
                {"action": "FailJob", "onExitCodes": {"containerName": "xyz", "operator": "In", "values": [5, 6, 7]}}]),
            r#"spec.podFailurePolicy.rules[1].onExitCodes.containerName: Invalid value: "xyz": must be one of the container or initContainer names in the pod template"#.into(),
        ),
        (
            "unknown action",
            json!([{"action": "UnknownAction", "onExitCodes": {"containerName": "ctr", "operator": "In", "values": [1, 2, 3]}}]),
            r#"spec.podFailurePolicy.rules[0].action: Unsupported value: "UnknownAction": supported values: "Count", "FailIndex", "FailJob", "Ignore""#.into(),
        ),
        (
            "unknown operator",
            json!([{"action": "Ignore", "onExitCodes": {"operator": "UnknownOperator", "values": [1, 2, 3]}}]),
            r#"spec.podFailurePolicy.rules[0].onExitCodes.operator: Unsupported value: "UnknownOperator": supported values: "In", "NotIn""#.into(),
        ),
        (
            "pod condition without status",
            json!([{"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget"}]}]),
            r#"spec.podFailurePolicy.rules[0].onPodConditions[0].status: Required value: valid values: ["False" "True" "Unknown"]"#.into(),
        ),
        (
            "unknown pod condition status",
            json!([{"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "UnknownStatus"}]}]),
            r#"spec.podFailurePolicy.rules[0].onPodConditions[0].status: Unsupported value: "UnknownStatus": supported values: "False", "True", "Unknown""#.into(),
        ),
        (
            "pod condition without type",
            json!([{"action": "Ignore", "onPodConditions": [{"status": "True"}]}]),
            r#"spec.podFailurePolicy.rules[0].onPodConditions[0].type: Invalid value: "": name part must be non-empty"#.into(),
        ),
        (
            "invalid pod condition type",
            json!([{"action": "Ignore", "onPodConditions": [{"type": "Invalid Condition Type", "status": "True"}]}]),
            r#"spec.podFailurePolicy.rules[0].onPodConditions[0].type: Invalid value: "Invalid Condition Type": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"#.into(),
        ),
    ];
    for (name, rules, want) in rows {
        first(name, &pfp(rules), true, &want);
    }
    first(
        "TerminatingOrFailed with a pod failure policy",
        &[
            pfp(json!([{"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]}]))[1].clone(),
            never(),
            spec(json!({"podReplacementPolicy": "TerminatingOrFailed"})),
        ],
        true,
        r#"spec.podReplacementPolicy: Unsupported value: "TerminatingOrFailed": supported values: "Failed""#,
    );
    first(
        "empty pod replacement policy",
        &[never(), spec(json!({"podReplacementPolicy": ""}))],
        true,
        r#"spec.podReplacementPolicy: Unsupported value: "": supported values: "Failed", "TerminatingOrFailed""#,
    );
    first(
        "OnFailure with a pod failure policy",
        &[spec(
            json!({"podFailurePolicy": {"rules": []}, "template": {"spec": {"initContainers": null}}}),
        )],
        true,
        r#"spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified"#,
    );
}

// TestValidateJob
#[test]
fn validate_job_count_and_limit_rows() {
    let indexed = |s: Value| {
        let mut v = json!({"completionMode": "Indexed"});
        crate::common::overlay(&mut v, &s);
        spec(v)
    };
    let rows: &[(&str, Value, &str)] = &[
        (
            "negative backoffLimit",
            spec(json!({"backoffLimit": -1})),
            "spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0",
        ),
        (
            "negative backoffLimitPerIndex",
            indexed(json!({"backoffLimitPerIndex": -1})),
            "spec.backoffLimitPerIndex: Invalid value: -1: must be greater than or equal to 0",
        ),
        (
            "maxFailedIndexes above completions",
            indexed(json!({"completions": 10, "maxFailedIndexes": 11, "backoffLimitPerIndex": 1})),
            "spec.maxFailedIndexes: Invalid value: 11: must be less than or equal to completions",
        ),
        (
            "maxFailedIndexes missing above 100000 completions",
            indexed(json!({"completions": 100_001, "backoffLimitPerIndex": 1})),
            "spec.maxFailedIndexes: Required value: must be specified when completions is above 100000",
        ),
        (
            "parallelism above 10000 with completions above 100000",
            indexed(json!({"completions": 100_001, "parallelism": 50_000, "backoffLimitPerIndex": 1, "maxFailedIndexes": 1})),
            "spec.parallelism: Invalid value: 50000: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index",
        ),
        (
            "maxFailedIndexes above 100000",
            indexed(json!({"completions": 100_001, "backoffLimitPerIndex": 1, "maxFailedIndexes": 100_001})),
            "spec.maxFailedIndexes: Invalid value: 100001: must be less than or equal to 100000",
        ),
        (
            "maxFailedIndexes above 10000 with completions above 100000",
            indexed(json!({"completions": 100_001, "backoffLimitPerIndex": 1, "maxFailedIndexes": 50_000})),
            "spec.maxFailedIndexes: Invalid value: 50000: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index",
        ),
        (
            "negative maxFailedIndexes",
            indexed(json!({"backoffLimitPerIndex": 1, "maxFailedIndexes": -1})),
            "spec.maxFailedIndexes: Invalid value: -1: must be greater than or equal to 0",
        ),
        (
            "maxFailedIndexes without backoffLimitPerIndex",
            indexed(json!({"maxFailedIndexes": 1})),
            "spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified",
        ),
        (
            "negative completions",
            spec(json!({"completions": -1})),
            "spec.completions: Invalid value: -1: must be greater than or equal to 0",
        ),
        (
            "negative activeDeadlineSeconds",
            spec(json!({"activeDeadlineSeconds": -1})),
            "spec.activeDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0",
        ),
        (
            "negative ttlSecondsAfterFinished",
            spec(json!({"ttlSecondsAfterFinished": -1})),
            "spec.ttlSecondsAfterFinished: Invalid value: -1: must be greater than or equal to 0",
        ),
        (
            "parallelism above 100000 when indexed",
            indexed(json!({"completions": 2, "parallelism": 100_001})),
            "spec.parallelism: Invalid value: 100001: must be less than or equal to 100000 when completion mode is Indexed",
        ),
    ];
    for (name, patch, want) in rows {
        first(name, std::slice::from_ref(patch), true, want);
    }
}

// TestValidateJob
#[test]
fn validate_job_selector_rows() {
    let manual = |labels: Value, restart: Value| {
        [
            json!({"spec": {"selector": {"matchLabels": null}, "template": {"metadata": {"labels": null}}}}),
            spec(
                json!({"selector": {"matchLabels": {"a": "b"}}, "manualSelector": true,
                "template": {"metadata": {"labels": labels},
                    "spec": {"restartPolicy": restart, "initContainers": null}}}),
            ),
        ]
    };
    first(
        "no selector",
        &[spec(json!({"selector": null}))],
        true,
        "spec.selector: Required value",
    );
    first(
        "template labels do not match the manual selector",
        &manual(json!({"y": "z"}), json!("OnFailure")),
        true,
        "spec.template.metadata.labels: Invalid value: {\"y\":\"z\"}: `selector` does not match template `labels`",
    );
    first(
        "template labels with another controller-uid",
        &manual(json!({"controller-uid": "4d5e6f"}), json!("OnFailure")),
        true,
        "spec.template.metadata.labels: Invalid value: {\"controller-uid\":\"4d5e6f\"}: `selector` does not match template `labels`",
    );
    first(
        "invalid restart policy",
        &manual(json!({"a": "b"}), json!("Invalid")),
        true,
        r#"spec.template.spec.restartPolicy: Unsupported value: "Invalid": supported values: "Always", "OnFailure", "Never""#,
    );
    let legacy = |selector: Value, labels: Value| {
        [
            json!({"spec": {"selector": {"matchLabels": null}, "template": {"metadata": {"labels": null}}}}),
            spec(json!({"selector": {"matchLabels": selector},
                "template": {"metadata": {"labels": labels}, "spec": {"initContainers": null}}})),
        ]
    };
    first(
        "legacy controller-uid label missing",
        &legacy(
            json!({"controller-uid": "1a2b3c"}),
            json!({"job-name": "myjob"}),
        ),
        false,
        "spec.template.metadata.labels[controller-uid]: Required value: must be '1a2b3c'",
    );
    let mut no_uid = legacy(
        json!({"controller-uid": "test"}),
        json!({"job-name": "myjob"}),
    )
    .to_vec();
    no_uid.push(json!({"metadata": {"uid": null}}));
    first("no uid", &no_uid, false, "metadata.uid: Required value");
    first(
        "selector not generated",
        &[
            json!({"spec": {"selector": {"matchLabels": null}}}),
            spec(json!({"selector": {"matchLabels": {"a": "b"}}})),
        ],
        true,
        r#"spec.selector: Invalid value: {"matchLabels":{"a":"b"}}: `selector` not auto-generated"#,
    );
    first(
        "prefixed controller-uid label missing",
        &legacy(
            json!({"batch.kubernetes.io/controller-uid": "1a2b3c"}),
            json!({"batch.kubernetes.io/job-name": "myjob", "controller-uid": "1a2b3c", "job-name": "myjob"}),
        ),
        true,
        "spec.template.metadata.labels[batch.kubernetes.io/controller-uid]: Required value: must be '1a2b3c'",
    );
}
