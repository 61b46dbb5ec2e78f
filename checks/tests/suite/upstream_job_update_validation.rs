//! Job updates after the table of `TestValidateJobUpdate` in upstream's
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation_test.go>,
//! row by row. Upstream compares the error type and field only; each row here pins the whole
//! message, written from
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation.go>
//! (`ValidateImmutableField`'s `field is immutable`), or, where the bad value is a whole
//! internal struct, the field, the type and the detail.
//!
//! Upstream passes `JobValidationOptions` explicitly; the library derives them from the old job
//! as the 1.36 job strategy does with its default gates (`MutableSchedulingDirectivesForSuspendedJobs`
//! and `MutablePodResourcesForSuspendedJobs`, both beta and on, KEP-5440): both
//! `AllowMutableSchedulingDirectives` and `AllowMutablePodResources` hold when the old job is
//! suspended, has no active pods, and never started (or carries `Suspended=True`). So a row that
//! allows either suspends the old job, and a suspended row that allows neither gives the old job
//! a `startTime` without the `Suspended` condition.
//!
//! The container-resource rows (`allow container resource updates only`, …, `reject pod spec
//! changes if update reorders containers`) pass `AllowMutablePodResources` alone, a combination
//! the 1.36 strategy never produces (it sets both or neither). They are ported anyway, with both
//! options on: `AllowMutableSchedulingDirectives` only copies the new template's node affinity,
//! node selector, tolerations, scheduling gates, labels and annotations into the old one
//! (`validatePodTemplateUpdate`), and none of these rows touches those, so upstream's outcome
//! (field `spec.template.spec`, the new pod spec as the value) is the same under both options.
//! No row of the table is skipped.

use super::upstream_job_validation::{generated_labels, generated_template, make_container};
use super::upstream_workload_validation::strings;
use crate::common::overlay;
use kube_primitives::api::batch::Job;
use kube_primitives::validation::pod::PodValidationOptions;
use kube_primitives::validation::workload::validate_job_update;
use serde_json::{json, Value};

fn update(old_patch: &Value, change: &Value) -> Vec<String> {
    let mut old_v = json!({"metadata": {"name": "abc", "namespace": "default", "resourceVersion": "1"},
        "spec": {"selector": {"matchLabels": generated_labels()},
            "template": generated_template("OnFailure")}});
    overlay(&mut old_v, old_patch);
    let mut new_v = old_v.clone();
    overlay(&mut new_v, change);
    let old: Job = serde_json::from_value(old_v).unwrap();
    let new: Job = serde_json::from_value(new_v).unwrap();
    strings(&validate_job_update(
        &new,
        &old,
        &PodValidationOptions::default(),
    ))
}

fn spec(s: Value) -> Value {
    json!({ "spec": s })
}

fn never() -> Value {
    json!({"template": {"spec": {"restartPolicy": "Never"}}})
}

fn with(mut a: Value, b: &Value) -> Value {
    overlay(&mut a, b);
    a
}

/// One error: `field: Invalid value: <value>: field is immutable`, whatever the value.
fn immutable(name: &str, got: &[String], field: &str) {
    assert_eq!(got.len(), 1, "{name}: {got:#?}");
    let prefix = format!("{field}: Invalid value: ");
    assert!(
        got[0].starts_with(&prefix) && got[0].ends_with(": field is immutable"),
        "{name}: {got:#?}"
    );
}

// TestValidateJobUpdate
#[test]
fn validate_job_update_spec_rows() {
    let none = Vec::<String>::new();
    assert_eq!(
        update(
            &spec(
                json!({"parallelism": 5, "activeDeadlineSeconds": 2, "ttlSecondsAfterFinished": 1})
            ),
            &spec(
                json!({"parallelism": 2, "activeDeadlineSeconds": 3, "ttlSecondsAfterFinished": 2, "manualSelector": true})
            ),
        ),
        none,
        "mutable fields"
    );
    assert_eq!(
        update(
            &json!({}),
            &spec(json!({"managedBy": "example.com/custom-controller"}))
        ),
        [r#"spec.managedBy: Invalid value: "example.com/custom-controller": field is immutable"#],
        "invalid attempt to set managedBy field"
    );
    assert_eq!(
        update(
            &spec(json!({"managedBy": "example.com/custom-controller1"})),
            &spec(json!({"managedBy": "example.com/custom-controller2"}))
        ),
        [r#"spec.managedBy: Invalid value: "example.com/custom-controller2": field is immutable"#],
        "invalid update of the managedBy field"
    );
    assert_eq!(
        update(&json!({}), &spec(json!({"completions": 1}))),
        ["spec.completions: Invalid value: 1: field is immutable"],
        "immutable completions for non-indexed jobs"
    );
    // The old template carries the new selector's extra label, so both selectors match it.
    assert_eq!(
        update(
            &spec(json!({"template": {"metadata": {"labels": {"foo": "bar"}}}})),
            &spec(json!({"selector": {"matchLabels": {"foo": "bar"}}}))
        ),
        [
            r#"spec.selector: Invalid value: {"matchLabels":{"batch.kubernetes.io/controller-uid":"1a2b3c","batch.kubernetes.io/job-name":"myjob","controller-uid":"1a2b3c","foo":"bar","job-name":"myjob"}}: field is immutable"#
        ],
        "immutable selector"
    );
    let indexed5 = spec(with(
        never(),
        &json!({"completionMode": "Indexed", "completions": 5}),
    ));
    assert_eq!(
        update(
            &indexed5,
            &spec(json!({"successPolicy": {"rules": [{"succeededCount": 2}]}}))
        ),
        [
            r#"spec.successPolicy: Invalid value: {"Rules":[{"SucceededIndexes":null,"SucceededCount":2}]}: field is immutable"#
        ],
        "add success policy"
    );
    let with_policy = with(
        indexed5.clone(),
        &spec(json!({"successPolicy": {"rules": [{"succeededIndexes": "1-3"}]}})),
    );
    assert_eq!(
        update(
            &with_policy,
            &spec(
                json!({"successPolicy": {"rules": [{"succeededIndexes": "1-3"}, {"succeededCount": 3}]}})
            )
        ),
        [
            r#"spec.successPolicy: Invalid value: {"Rules":[{"SucceededIndexes":"1-3","SucceededCount":null},{"SucceededIndexes":null,"SucceededCount":3}]}: field is immutable"#
        ],
        "update success policy"
    );
    assert_eq!(
        update(&with_policy, &spec(json!({"successPolicy": null}))),
        ["spec.successPolicy: Invalid value: null: field is immutable"],
        "remove success policy"
    );
    let rule = json!({"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]});
    let count = json!({"action": "Count", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]});
    immutable(
        "add pod failure policy",
        &update(
            &spec(never()),
            &spec(json!({"podFailurePolicy": {"rules": [rule]}})),
        ),
        "spec.podFailurePolicy",
    );
    let with_pfp = spec(with(
        never(),
        &json!({"podFailurePolicy": {"rules": [rule]}}),
    ));
    immutable(
        "update pod failure policy",
        &update(
            &with_pfp,
            &spec(json!({"podFailurePolicy": {"rules": [rule, count]}})),
        ),
        "spec.podFailurePolicy",
    );
    assert_eq!(
        update(&with_pfp, &spec(json!({"podFailurePolicy": null}))),
        ["spec.podFailurePolicy: Invalid value: null: field is immutable"],
        "remove pod failure policy"
    );
}

// TestValidateJobUpdate
#[test]
fn validate_job_update_per_index_rows() {
    let indexed3 = spec(with(
        never(),
        &json!({"completions": 3, "completionMode": "Indexed"}),
    ));
    let per_index = with(indexed3.clone(), &spec(json!({"backoffLimitPerIndex": 1})));
    let rows: &[(&str, &Value, Value, &[&str])] = &[
        (
            "set backoff limit per index",
            &indexed3,
            spec(json!({"backoffLimitPerIndex": 1})),
            &["spec.backoffLimitPerIndex: Invalid value: 1: field is immutable"],
        ),
        (
            "unset backoff limit per index",
            &per_index,
            spec(json!({"backoffLimitPerIndex": null})),
            &["spec.backoffLimitPerIndex: Invalid value: null: field is immutable"],
        ),
        (
            "update backoff limit per index",
            &per_index,
            spec(json!({"backoffLimitPerIndex": 2})),
            &["spec.backoffLimitPerIndex: Invalid value: 2: field is immutable"],
        ),
        (
            "set max failed indexes",
            &per_index,
            spec(json!({"maxFailedIndexes": 1})),
            &[],
        ),
    ];
    for (name, old, change, want) in rows {
        assert_eq!(update(old, change), *want, "{name}");
    }
    let max_failed = with(per_index.clone(), &spec(json!({"maxFailedIndexes": 1})));
    assert_eq!(
        update(&max_failed, &spec(json!({"maxFailedIndexes": null}))),
        Vec::<String>::new(),
        "unset max failed indexes"
    );
    assert_eq!(
        update(&max_failed, &spec(json!({"maxFailedIndexes": 2}))),
        Vec::<String>::new(),
        "update max failed indexes"
    );
}

// TestValidateJobUpdate
#[test]
fn validate_job_update_completion_rows() {
    immutable(
        "immutable pod template",
        &update(
            &spec(json!({"completions": 3, "completionMode": "Indexed"})),
            &spec(json!({"template": {"spec": {"dnsPolicy": "ClusterFirstWithHostNet"}}})),
        ),
        "spec.template",
    );
    assert_eq!(
        update(
            &spec(json!({"completionMode": "Indexed", "completions": 2})),
            &spec(json!({"completionMode": "NonIndexed"}))
        ),
        [r#"spec.completionMode: Invalid value: "NonIndexed": field is immutable"#],
        "immutable completion mode"
    );
    assert_eq!(
        update(
            &spec(json!({"completionMode": "NonIndexed", "completions": 2})),
            &spec(json!({"completions": 4}))
        ),
        ["spec.completions: Invalid value: 4: field is immutable"],
        "immutable completions for non-indexed job"
    );
    let indexed = |c: i32, p: i32| {
        spec(json!({"completionMode": "Indexed", "completions": c, "parallelism": p}))
    };
    let rows: &[(&str, Value, Value, &[&str])] = &[
        (
            "update completions and parallelism to same value is valid",
            indexed(1, 1),
            spec(json!({"completions": 2, "parallelism": 2})),
            &[],
        ),
        (
            "previous parallelism != previous completions, new parallelism == new completions",
            indexed(1, 2),
            spec(json!({"completions": 3, "parallelism": 3})),
            &[],
        ),
        (
            "indexed job updating completions and parallelism to different values is invalid",
            indexed(1, 1),
            spec(json!({"completions": 2, "parallelism": 3})),
            &["spec.completions: Invalid value: 2: can only be modified in tandem with spec.parallelism"],
        ),
        (
            "indexed job with completions set updated to nil does not panic",
            indexed(1, 1),
            spec(json!({"completions": null, "parallelism": 3})),
            &["spec.completions: Required value: when completion mode is Indexed"],
        ),
        (
            "indexed job with completions unchanged, parallelism reduced to less than completions",
            indexed(2, 2),
            spec(json!({"parallelism": 1})),
            &[],
        ),
        (
            "indexed job with completions unchanged, parallelism increased higher than completions",
            indexed(2, 2),
            spec(json!({"parallelism": 3})),
            &[],
        ),
    ];
    for (name, old, change, want) in rows {
        assert_eq!(update(old, change), *want, "{name}");
    }
}

// TestValidateJobUpdate
#[test]
fn validate_job_update_scheduling_directive_rows() {
    let affinity = |values: Value| {
        json!({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
            {"matchExpressions": [{"key": "foo", "operator": "In", "values": values}]}]}}})
    };
    let valid_affinity = affinity(json!(["bar", "value2"]));
    let old_affinity =
        spec(json!({"template": {"spec": {"affinity": affinity(json!(["bar", "value"]))}}}));
    let tolerations =
        json!([{"key": "foo", "operator": "Equal", "value": "bar", "effect": "PreferNoSchedule"}]);
    let mut labels = generated_labels();
    labels["bar"] = json!("baz");
    let changes: &[(&str, Value)] = &[
        (
            "node affinity",
            spec(json!({"template": {"spec": {"affinity": valid_affinity}}})),
        ),
        (
            "tolerations",
            spec(json!({"template": {"spec": {"tolerations": tolerations}}})),
        ),
        (
            "node selector",
            spec(json!({"template": {"spec": {"nodeSelector": {"foo": "bar"}}}})),
        ),
        (
            "annotations",
            spec(json!({"template": {"metadata": {"annotations": {"foo": "baz"}}}})),
        ),
        (
            "labels",
            spec(json!({"template": {"metadata": {"labels": labels}}})),
        ),
        (
            "schedulingGates",
            spec(json!({"template": {"spec": {"schedulingGates": [{"name": "gate"}]}}})),
        ),
    ];
    let suspended = spec(json!({"suspend": true}));
    for (what, change) in changes {
        // "immutable <what>": the job is running.
        immutable(what, &update(&json!({}), change), "spec.template");
        // "add/mutable <what>": AllowMutableSchedulingDirectives.
        assert_eq!(
            update(&suspended, change),
            Vec::<String>::new(),
            "mutable {what}"
        );
    }
    let old_suspended = with(old_affinity, &suspended);
    assert_eq!(
        update(
            &old_suspended,
            &spec(json!({"template": {"spec": {"affinity": valid_affinity}}}))
        ),
        Vec::<String>::new(),
        "update node affinity"
    );
    assert_eq!(
        update(
            &old_suspended,
            &spec(json!({"template": {"spec": {"affinity": {"nodeAffinity": null}}}}))
        ),
        Vec::<String>::new(),
        "remove node affinity"
    );
    assert_eq!(
        update(
            &old_suspended,
            &spec(json!({"template": {"spec": {"affinity": null}}}))
        ),
        Vec::<String>::new(),
        "remove affinity"
    );
}

/// `podtest.MakeContainer(name, podtest.SetContainerResources(resources))`.
fn container(name: &str, resources: Value) -> Value {
    let mut c = make_container(name);
    c["resources"] = resources;
    c
}

fn containers(list: Value) -> Value {
    spec(json!({"template": {"spec": {"containers": list}}}))
}

fn init_containers(list: Value) -> Value {
    spec(json!({"template": {"spec": {"initContainers": list}}}))
}

/// The one error, `field: Invalid value: <value>: field is immutable`, and its value (Go's JSON
/// of the internal struct) decoded.
fn immutable_value(name: &str, got: &[String], field: &str) -> Value {
    assert_eq!(got.len(), 1, "{name}: {got:#?}");
    let body = got[0]
        .strip_prefix(&format!("{field}: Invalid value: "))
        .and_then(|rest| rest.strip_suffix(": field is immutable"))
        .unwrap_or_else(|| panic!("{name}: {got:#?}"));
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{name}: {e}: {body}"))
}

/// Old job state under which the 1.36 strategy sets `AllowMutablePodResources` (and
/// `AllowMutableSchedulingDirectives`): suspended, no active pods, never started.
fn resources_mutable() -> Value {
    spec(json!({"suspend": true}))
}

/// Suspended, but started and not `Suspended=True`: the strategy sets neither option.
fn resources_frozen() -> Value {
    json!({"spec": {"suspend": true}, "status": {"startTime": "2026-01-01T00:00:00Z"}})
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .map(|c| c["Name"].as_str().unwrap())
        .collect()
}

#[test]
fn validate_job_update_container_resource_rows() {
    let new_resources = json!({"requests": {"cpu": "200m", "memory": "256Mi"},
        "limits": {"cpu": "500m", "memory": "512Mi"}});
    let change = containers(json!([container("ctr", new_resources)]));

    // TestValidateJobUpdate: allow container resource updates only
    assert_eq!(
        update(&resources_mutable(), &change),
        Vec::<String>::new(),
        "allow container resource updates only"
    );

    // TestValidateJobUpdate: reject container resource updates only with feature gate off
    let name = "reject container resource updates only with feature gate off";
    let v = immutable_value(name, &update(&resources_frozen(), &change), "spec.template");
    assert_eq!(v["labels"], generated_labels(), "{name}");
    assert_eq!(names(&v["Spec"]["Containers"]), ["ctr"], "{name}");
    let got = &v["Spec"]["Containers"][0]["Resources"];
    assert_eq!(
        got["Requests"],
        json!({"cpu": "200m", "memory": "256Mi"}),
        "{name}"
    );
    assert_eq!(
        got["Limits"],
        json!({"cpu": "500m", "memory": "512Mi"}),
        "{name}"
    );
}

#[test]
fn validate_job_update_init_container_resource_rows() {
    let old = with(
        resources_mutable(),
        &init_containers(json!([container(
            "init-container",
            json!({"requests": {"cpu": "100m", "memory": "64Mi"}})
        )])),
    );

    // TestValidateJobUpdate: allow init container resource updates only
    assert_eq!(
        update(
            &old,
            &init_containers(json!([container(
                "init-container",
                json!({"requests": {"cpu": "200m", "memory": "128Mi"},
                    "limits": {"cpu": "400m", "memory": "256Mi"}})
            )]))
        ),
        Vec::<String>::new(),
        "allow init container resource updates only"
    );

    // TestValidateJobUpdate: allow both container and init container resource updates
    let both = with(
        containers(json!([container(
            "ctr",
            json!({"requests": {"cpu": "200m", "memory": "256Mi"}})
        )])),
        &init_containers(json!([container(
            "init-container",
            json!({"requests": {"cpu": "150m", "memory": "128Mi"}})
        )])),
    );
    assert_eq!(
        update(&old, &both),
        Vec::<String>::new(),
        "allow both container and init container resource updates"
    );
}

#[test]
fn validate_job_update_resources_only_rows() {
    // TestValidateJobUpdate: reject container resource update with other field changes
    let name = "reject container resource update with other field changes";
    let mut c = container(
        "ctr",
        json!({"requests": {"cpu": "200m", "memory": "256Mi"}}),
    );
    c["image"] = json!("nginx:latest");
    let v = immutable_value(
        name,
        &update(&resources_mutable(), &containers(json!([c]))),
        "spec.template.spec",
    );
    assert_eq!(v["Containers"][0]["Image"], "nginx:latest", "{name}");
    assert_eq!(
        v["Containers"][0]["Resources"]["Requests"],
        json!({"cpu": "200m", "memory": "256Mi"}),
        "{name}"
    );
    assert_eq!(names(&v["InitContainers"]), ["def"], "{name}");
    assert_eq!(v["RestartPolicy"], "OnFailure", "{name}");

    // TestValidateJobUpdate: reject non-resource field updates when AllowMutablePodResources is true
    let name = "reject non-resource field updates when AllowMutablePodResources is true";
    let mut c = make_container("ctr");
    c["image"] = json!("nginx:latest");
    let v = immutable_value(
        name,
        &update(&resources_mutable(), &containers(json!([c]))),
        "spec.template.spec",
    );
    assert_eq!(names(&v["Containers"]), ["ctr"], "{name}");
    assert_eq!(v["Containers"][0]["Image"], "nginx:latest", "{name}");

    // TestValidateJobUpdate: reject pod spec changes when container count differs
    let name = "reject pod spec changes when container count differs";
    let v = immutable_value(
        name,
        &update(
            &resources_mutable(),
            &containers(json!([make_container("ctr"), make_container("sidecar")])),
        ),
        "spec.template.spec",
    );
    assert_eq!(names(&v["Containers"]), ["ctr", "sidecar"], "{name}");

    // TestValidateJobUpdate: reject pod spec changes when init container count differs
    // (upstream replaces the template's one init container `def` by `init-container`: the
    // count stays one, the name changes).
    let name = "reject pod spec changes when init container count differs";
    let v = immutable_value(
        name,
        &update(
            &resources_mutable(),
            &init_containers(json!([make_container("init-container")])),
        ),
        "spec.template.spec",
    );
    assert_eq!(names(&v["InitContainers"]), ["init-container"], "{name}");
    assert_eq!(names(&v["Containers"]), ["ctr"], "{name}");
}

#[test]
fn validate_job_update_reorder_rows() {
    let small = || json!({"requests": {"cpu": "100m", "memory": "64Mi"}});

    // TestValidateJobUpdate: reject pod spec changes if update reorders init containers
    let name = "reject pod spec changes if update reorders init containers";
    let old = with(
        resources_mutable(),
        &init_containers(json!([
            container("init-container", small()),
            container("init-container-2", small())
        ])),
    );
    let v = immutable_value(
        name,
        &update(
            &old,
            &init_containers(json!([
                container("init-container-2", small()),
                container("init-container", small())
            ])),
        ),
        "spec.template.spec",
    );
    assert_eq!(
        names(&v["InitContainers"]),
        ["init-container-2", "init-container"],
        "{name}"
    );
    assert_eq!(
        v["InitContainers"][0]["Resources"]["Requests"],
        json!({"cpu": "100m", "memory": "64Mi"}),
        "{name}"
    );

    // TestValidateJobUpdate: reject pod spec changes if update reorders containers
    let name = "reject pod spec changes if update reorders containers";
    let old = with(
        resources_mutable(),
        &containers(json!([
            container("container", small()),
            container("container-2", small())
        ])),
    );
    let v = immutable_value(
        name,
        &update(
            &old,
            &containers(json!([
                container("container-2", small()),
                container("container", small())
            ])),
        ),
        "spec.template.spec",
    );
    assert_eq!(
        names(&v["Containers"]),
        ["container-2", "container"],
        "{name}"
    );
    assert_eq!(names(&v["InitContainers"]), ["def"], "{name}");
}
