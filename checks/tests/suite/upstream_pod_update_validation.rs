//! `TestValidatePodUpdate` from pkg/apis/core/validation/validation_test.go, through the API
//! server's update path: both pods are decoded and defaulted as the API server decodes them, the
//! new one is prepared as the registry prepares an update (`prepare_pod_for_update`), then
//! `validate_pod_update` runs with the default options. Upstream checks a substring of the
//! aggregated error; each row here pins the whole error list, read from validation.go
//! (`ValidatePodUpdate`, `ValidatePodSpecificAnnotationUpdates`, `validateOnlyAddedTolerations`,
//! `validateOnlyDeletedSchedulingGates`, `validateNodeSelectorMutation`,
//! `validateNodeAffinityMutation`) and apimachinery's `ValidateObjectMetaUpdate`.
//!
//! Two things differ from upstream's direct call, both from the API server: the generic update
//! checks (`validateCommonFields`) run `ValidateObjectMetaUpdate` once more, so an immutable
//! metadata field is reported twice (as the 1.36 API server answers in
//! `validate_pod.jsonl`); and the create-path spec checks (`validatePodMetadataAndSpec`) run
//! before the update checks, so e.g. a negative `activeDeadlineSeconds` also fails the spec's
//! 1..=2147483647 range. Feature gates are at their 1.36 defaults.
//!
//! The error `spec: Forbidden: pod updates may not change fields other than …` carries a diff of
//! the internal specs after a newline; rows assert its prefix up to that newline only (see
//! [`FORBIDDEN`]).
//!
//! Not ported:
//! - "nothing" is "activeDeadlineSeconds no change, nil" again; "bad label change" is "labels"
//!   again; the second "preferredDuringSchedulingIgnoredDuringExecution can have removals for
//!   gated pods" repeats the first; "image change", "more containers" and "activeDeadlineSeconds
//!   change to nil from positive" are already in `upstream_pod_validation::pod_update`.
//! - "updated workloadRef": our v1 `PodSpec` has no `workloadRef` (the alpha `GenericWorkload`
//!   field), so the row cannot be expressed.
//! - "cpu limit change with pod-level resources", "memory limit change with pod-level
//!   resources": upstream asserts only the forbidden change; the pod-level consistency errors
//!   these pods also raise were not read from upstream source in time to pin the whole list.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use kube_primitives::validation::pod::{
    prepare_pod_for_update, validate_pod_update, PodValidationOptions,
};
use serde_json::{json, Value};

use super::upstream_pod_validation::{merge, pod};

/// The start of upstream's forbidden-change error: `updatablePodSpecFieldsNoResources` joined
/// with `,` (validation.go), then the newline before the spec diff. A wanted entry equal to this
/// matches any error that starts with it.
const FORBIDDEN: &str = concat!(
    "spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,",
    "`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,",
    "`spec.tolerations` (only additions to existing tolerations),",
    "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n",
);

/// The errors of the update path for the valid pod with `old` and `new` merged in.
fn update_errors(old: Value, new: Value) -> Vec<String> {
    let mut old = pod(old);
    old.metadata.resource_version = "1".into();
    let mut new = pod(new);
    new.metadata.resource_version = "1".into();
    prepare_pod_for_update(&mut new, &old);
    validate_pod_update(&new, &old, &PodValidationOptions::default())
        .into_vec()
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn update(name: &str, old: Value, new: Value, want: &[&str]) {
    let got = update_errors(old, new);
    let matches = got.len() == want.len()
        && got.iter().zip(want).all(|(g, w)| {
            if *w == FORBIDDEN {
                g.starts_with(w)
            } else {
                g == w
            }
        });
    assert!(matches, "{name}\n got: {got:#?}\nwant: {want:#?}");
}

/// `a` with `b` merged in.
fn with(mut a: Value, b: Value) -> Value {
    merge(&mut a, b);
    a
}

fn spec(s: Value) -> Value {
    json!({ "spec": s })
}

fn containers(list: Value) -> Value {
    spec(json!({ "containers": list }))
}

fn init_containers(list: Value) -> Value {
    spec(json!({ "initContainers": list }))
}

/// One container named `container` with the given fields.
fn container(extra: Value) -> Value {
    containers(json!([with(
        json!({"name": "container", "image": "image"}),
        extra
    )]))
}

/// A gated pod (`schedulingGates: [baz]`) with `s` in its spec.
fn gated(s: Value) -> Value {
    spec(with(json!({"schedulingGates": [{"name": "baz"}]}), s))
}

fn node_affinity(na: Value) -> Value {
    json!({"affinity": {"nodeAffinity": na}})
}

/// Required node affinity with the given terms.
fn required(terms: Value) -> Value {
    node_affinity(
        json!({"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": terms}}),
    )
}

/// Preferred node affinity, weight 1, with the given preference.
fn preferred(term: Value) -> Value {
    node_affinity(
        json!({"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 1, "preference": term}]}),
    )
}

/// `key In [value]`.
fn is_in(key: &str, value: &str) -> Value {
    json!({"key": key, "operator": "In", "values": [value]})
}

fn name(n: &str) -> Value {
    json!({"metadata": {"name": n}})
}

fn tolerations(list: Value) -> Value {
    spec(json!({"nodeName": "node1", "tolerations": list}))
}

fn toleration(value: &str, effect: &str, seconds: Option<i64>) -> Value {
    json!({"key": "key1", "value": value, "operator": "Equal", "effect": effect, "tolerationSeconds": seconds})
}

const TIME: &str = "2026-01-02T03:04:05Z";

// TestValidatePodUpdate
#[test]
fn metadata() {
    // TestValidatePodUpdate: ids
    update(
        "ids",
        name("bar"),
        name("foo"),
        &[
            r#"metadata.name: Invalid value: "foo": field is immutable"#,
            r#"metadata.name: Invalid value: "foo": field is immutable"#,
        ],
    );
    // TestValidatePodUpdate: labels
    update(
        "labels",
        json!({"metadata": {"labels": {"bar": "foo"}}}),
        json!({"metadata": {"labels": {"foo": "bar"}}}),
        &[],
    );
    // TestValidatePodUpdate: annotations
    update(
        "annotations",
        json!({"metadata": {"annotations": {"bar": "foo"}}}),
        json!({"metadata": {"annotations": {"foo": "bar"}}}),
        &[],
    );
    // TestValidatePodUpdate: deletion timestamp added
    update(
        "deletion timestamp added",
        json!({}),
        json!({"metadata": {"deletionTimestamp": TIME}}),
        &[
            r#"metadata.deletionTimestamp: Invalid value: "2026-01-02T03:04:05Z": field is immutable"#,
            r#"metadata.deletionTimestamp: Invalid value: "2026-01-02T03:04:05Z": field is immutable"#,
        ],
    );
    // TestValidatePodUpdate: deletion grace period seconds changed
    update(
        "deletion grace period seconds changed",
        json!({"metadata": {"deletionTimestamp": TIME, "deletionGracePeriodSeconds": 31}}),
        json!({"metadata": {"deletionTimestamp": TIME, "deletionGracePeriodSeconds": 30}}),
        &[
            "metadata.deletionGracePeriodSeconds: Invalid value: 30: field is immutable",
            "metadata.deletionGracePeriodSeconds: Invalid value: 30: field is immutable",
        ],
    );
}

// TestValidatePodUpdate
#[test]
fn deletion_timestamp_removed() {
    // TestValidatePodUpdate: deletion timestamp removed
    // Upstream's direct `ValidatePodUpdate` call rejects the removal (twice: the generic
    // ObjectMeta check runs again on the API server path).
    let mut old = pod(json!({"metadata": {"deletionTimestamp": TIME}}));
    old.metadata.resource_version = "1".into();
    let mut new = pod(json!({}));
    new.metadata.resource_version = "1".into();
    let direct: Vec<String> = validate_pod_update(&new, &old, &PodValidationOptions::default())
        .into_vec()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        direct,
        [
            "metadata.deletionTimestamp: Invalid value: null: field is immutable",
            "metadata.deletionTimestamp: Invalid value: null: field is immutable",
        ]
    );
    // Through the API server, rest.BeforeUpdate (apiserver v0.36.3, pkg/registry/rest/update.go)
    // puts the old deletion timestamp back first: the update is accepted.
    update(
        "deletion timestamp removed",
        json!({"metadata": {"deletionTimestamp": TIME}}),
        json!({}),
        &[],
    );
}

// TestValidatePodUpdate
#[test]
fn containers_and_images() {
    let foo = |image: &str| json!({"name": "foo", "image": image});
    let bar = |image: &str| json!({"name": "bar", "image": image});
    // TestValidatePodUpdate: less containers
    update(
        "less containers",
        with(
            name("foo"),
            containers(json!([foo("foo:V1"), bar("bar:V1")])),
        ),
        with(name("foo"), containers(json!([foo("foo:V2")]))),
        &["spec.containers: Forbidden: pod updates may not add or remove containers"],
    );
    // TestValidatePodUpdate: more init containers
    update(
        "more init containers",
        with(
            name("foo"),
            init_containers(json!([foo("foo:V1"), bar("bar:V1")])),
        ),
        with(name("foo"), init_containers(json!([foo("foo:V2")]))),
        &["spec.initContainers: Forbidden: pod updates may not add or remove containers"],
    );
    let one = |image: &str| json!([{"name": "container", "image": image}]);
    // TestValidatePodUpdate: init container image change
    update(
        "init container image change",
        init_containers(one("foo:V2")),
        init_containers(one("foo:V1")),
        &[],
    );
    // TestValidatePodUpdate: image change to empty
    // Reported by the spec checks and by `ValidateContainerUpdates` (as the 1.36 API server
    // answers in validate_pod.jsonl).
    update(
        "image change to empty",
        containers(one("foo:V2")),
        containers(one("")),
        &[
            "spec.containers[0].image: Required value",
            "spec.containers[0].image: Required value",
        ],
    );
    // TestValidatePodUpdate: init container image change to empty
    update(
        "init container image change to empty",
        init_containers(one("foo:V2")),
        init_containers(one("")),
        &[
            "spec.initContainers[0].image: Required value",
            "spec.initContainers[0].image: Required value",
        ],
    );
    // TestValidatePodUpdate: ephemeralContainer changes are not allowed via normal pod update
    update(
        "ephemeralContainer changes are not allowed via normal pod update",
        json!({}),
        spec(json!({"ephemeralContainers": [{"name": "ephemeral", "image": "busybox"}]})),
        &[FORBIDDEN],
    );
}

// TestValidatePodUpdate
#[test]
fn active_deadline_seconds() {
    let ads = |s: i64| spec(json!({"activeDeadlineSeconds": s}));
    // TestValidatePodUpdate: activeDeadlineSeconds no change, nil
    update(
        "activeDeadlineSeconds no change, nil",
        json!({}),
        json!({}),
        &[],
    );
    // TestValidatePodUpdate: activeDeadlineSeconds no change, set
    update(
        "activeDeadlineSeconds no change, set",
        ads(30),
        ads(30),
        &[],
    );
    // TestValidatePodUpdate: activeDeadlineSeconds change to positive from nil
    update(
        "activeDeadlineSeconds change to positive from nil",
        json!({}),
        ads(30),
        &[],
    );
    // TestValidatePodUpdate: activeDeadlineSeconds change to smaller positive
    update(
        "activeDeadlineSeconds change to smaller positive",
        ads(31),
        ads(30),
        &[],
    );
    // TestValidatePodUpdate: activeDeadlineSeconds change to larger positive
    update(
        "activeDeadlineSeconds change to larger positive",
        ads(30),
        ads(31),
        &["spec.activeDeadlineSeconds: Invalid value: 31: must be less than or equal to previous value"],
    );
    // The spec checks (1..=MaxInt32) run first, then `ValidatePodUpdate`'s own range
    // (0..=MaxInt32), which returns early.
    let negative = [
        "spec.activeDeadlineSeconds: Invalid value: -30: must be between 1 and 2147483647, inclusive",
        "spec.activeDeadlineSeconds: Invalid value: -30: must be between 0 and 2147483647, inclusive",
    ];
    // TestValidatePodUpdate: activeDeadlineSeconds change to negative from nil
    update(
        "activeDeadlineSeconds change to negative from nil",
        json!({}),
        ads(-30),
        &negative,
    );
    // TestValidatePodUpdate: activeDeadlineSeconds change to negative from positive
    update(
        "activeDeadlineSeconds change to negative from positive",
        ads(30),
        ads(-30),
        &negative,
    );
    // Zero passes `ValidatePodUpdate`'s range but not the spec's.
    let zero = [
        "spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive",
    ];
    // TestValidatePodUpdate: activeDeadlineSeconds change to zero from positive
    update(
        "activeDeadlineSeconds change to zero from positive",
        ads(30),
        ads(0),
        &zero,
    );
    // TestValidatePodUpdate: activeDeadlineSeconds change to zero from nil
    update(
        "activeDeadlineSeconds change to zero from nil",
        json!({}),
        ads(0),
        &zero,
    );
}

/// `getResources(cpu, memory, ephemeralStorage, "")` of the test file: empty strings are left out.
fn res(cpu: &str, memory: &str, ephemeral: &str) -> Value {
    let mut m = serde_json::Map::new();
    for (k, v) in [
        ("cpu", cpu),
        ("memory", memory),
        ("ephemeral-storage", ephemeral),
    ] {
        if !v.is_empty() {
            m.insert(k.into(), json!(v));
        }
    }
    Value::Object(m)
}

fn limits(l: Value) -> Value {
    container(json!({"resources": {"limits": l}}))
}

fn requests(r: Value) -> Value {
    container(json!({"resources": {"requests": r}}))
}

fn both(l: Value, r: Value) -> Value {
    container(json!({"resources": {"limits": l, "requests": r}}))
}

// TestValidatePodUpdate
#[test]
fn resources() {
    let rows = [
        // TestValidatePodUpdate: cpu limit change
        (
            "cpu limit change",
            limits(res("100m", "0", "1Gi")),
            limits(res("200m", "0", "1Gi")),
        ),
        // TestValidatePodUpdate: memory limit change
        (
            "memory limit change",
            limits(res("100m", "200Mi", "")),
            limits(res("100m", "100Mi", "")),
        ),
        // TestValidatePodUpdate: storage limit change
        (
            "storage limit change",
            limits(res("100m", "100Mi", "2Gi")),
            limits(res("100m", "100Mi", "1Gi")),
        ),
        // TestValidatePodUpdate: cpu request change
        (
            "cpu request change",
            requests(res("200m", "0", "")),
            requests(res("100m", "0", "")),
        ),
        // TestValidatePodUpdate: memory request change
        (
            "memory request change",
            requests(res("0", "100Mi", "")),
            requests(res("0", "200Mi", "")),
        ),
        // TestValidatePodUpdate: storage request change
        (
            "storage request change",
            requests(res("100m", "0", "1Gi")),
            requests(res("100m", "0", "2Gi")),
        ),
        // TestValidatePodUpdate: Pod QoS unchanged, guaranteed -> guaranteed
        (
            "Pod QoS unchanged, guaranteed -> guaranteed",
            both(res("100m", "100Mi", "1Gi"), res("100m", "100Mi", "1Gi")),
            both(res("200m", "400Mi", "1Gi"), res("200m", "400Mi", "1Gi")),
        ),
        // TestValidatePodUpdate: Pod QoS unchanged, burstable -> burstable
        (
            "Pod QoS unchanged, burstable -> burstable",
            both(res("400m", "400Mi", "2Gi"), res("200m", "200Mi", "1Gi")),
            both(res("200m", "200Mi", "2Gi"), res("100m", "100Mi", "1Gi")),
        ),
        // TestValidatePodUpdate: Pod QoS unchanged, burstable -> burstable, add limits
        (
            "Pod QoS unchanged, burstable -> burstable, add limits",
            requests(res("100m", "100Mi", "")),
            both(res("200m", "200Mi", ""), res("100m", "100Mi", "")),
        ),
        // TestValidatePodUpdate: Pod QoS unchanged, burstable -> burstable, remove limits
        (
            "Pod QoS unchanged, burstable -> burstable, remove limits",
            both(res("200m", "200Mi", ""), res("100m", "100Mi", "")),
            requests(res("100m", "100Mi", "")),
        ),
        // TestValidatePodUpdate: Pod QoS unchanged, burstable -> burstable, add requests
        (
            "Pod QoS unchanged, burstable -> burstable, add requests",
            limits(res("200m", "500Mi", "1Gi")),
            both(res("400m", "", "1Gi"), res("300m", "", "1Gi")),
        ),
        // TestValidatePodUpdate: Pod QoS unchanged, burstable -> burstable, remove requests
        (
            "Pod QoS unchanged, burstable -> burstable, remove requests",
            both(res("200m", "300Mi", "2Gi"), res("100m", "200Mi", "")),
            limits(res("400m", "500Mi", "2Gi")),
        ),
        // TestValidatePodUpdate: Pod QoS change, guaranteed -> burstable
        (
            "Pod QoS change, guaranteed -> burstable",
            both(res("100m", "100Mi", ""), res("100m", "100Mi", "")),
            both(res("200m", "200Mi", ""), res("100m", "100Mi", "")),
        ),
        // TestValidatePodUpdate: Pod QoS change, burstable -> guaranteed
        (
            "Pod QoS change, burstable -> guaranteed",
            requests(res("100m", "100Mi", "")),
            both(res("100m", "100Mi", ""), res("100m", "100Mi", "")),
        ),
        // TestValidatePodUpdate: Pod QoS change, besteffort -> burstable
        (
            "Pod QoS change, besteffort -> burstable",
            json!({}),
            both(res("200m", "200Mi", ""), res("100m", "100Mi", "")),
        ),
        // TestValidatePodUpdate: Pod QoS change, burstable -> besteffort
        (
            "Pod QoS change, burstable -> besteffort",
            both(res("200m", "200Mi", ""), res("100m", "100Mi", "")),
            json!({}),
        ),
    ];
    for (name, old, new) in rows {
        update(name, old, new, &[FORBIDDEN]);
    }
}

// TestValidatePodUpdate
#[test]
fn other_spec_fields() {
    // TestValidatePodUpdate: fsGroupChangePolicy change
    update(
        "fsGroupChangePolicy change",
        json!({}),
        spec(json!({"securityContext": {"fsGroupChangePolicy": "OnRootMismatch"}})),
        &[FORBIDDEN],
    );
    // TestValidatePodUpdate: port change
    update(
        "port change",
        container(json!({"ports": [{"hostPort": 8000, "containerPort": 80}]})),
        container(json!({"ports": [{"hostPort": 8080, "containerPort": 80}]})),
        &[FORBIDDEN],
    );
    // TestValidatePodUpdate: removed nodeName from pod spec
    update(
        "removed nodeName from pod spec",
        json!({}),
        spec(json!({"nodeName": "foo"})),
        &[FORBIDDEN],
    );
    let priority = |p: &str| spec(json!({"nodeName": "node1", "priorityClassName": p}));
    // TestValidatePodUpdate: changed priority class name
    update(
        "changed priority class name",
        priority("foo-priority"),
        priority("bar-priority"),
        &[FORBIDDEN],
    );
    // TestValidatePodUpdate: removed priority class name
    update(
        "removed priority class name",
        priority("foo-priority"),
        priority(""),
        &[FORBIDDEN],
    );
    let grace = |g: i64| spec(json!({"terminationGracePeriodSeconds": g}));
    // TestValidatePodUpdate: update termination grace period seconds
    update(
        "update termination grace period seconds",
        grace(-1),
        grace(1),
        &[],
    );
    // TestValidatePodUpdate: update termination grace period seconds not 1
    update(
        "update termination grace period seconds not 1",
        grace(-1),
        grace(0),
        &[FORBIDDEN],
    );
}

// TestValidatePodUpdate
#[test]
fn pod_os() {
    let os = |name: &str| spec(json!({"os": {"name": name}}));
    let selinux = json!({"spec": {"securityContext": {"seLinuxOptions": {"role": "dummy"}}}});
    // TestValidatePodUpdate: pod OS changing from Linux to Windows, IdentifyPodOS featuregate set
    // TestValidatePodUpdate: pod OS changing from Linux to Windows, IdentifyPodOS featuregate set, we'd get SELinux errors as well
    // (the same pods; upstream checks one error of each row)
    update(
        "pod OS changing from Linux to Windows",
        with(os("linux"), selinux.clone()),
        with(os("windows"), selinux),
        &[
            "spec.securityContext.seLinuxOptions: Forbidden: cannot be set for a windows pod",
            FORBIDDEN,
        ],
    );
    // TestValidatePodUpdate: invalid PodOS update, IdentifyPodOS featuregate set
    update(
        "invalid PodOS update",
        json!({}),
        os("dummy"),
        &[
            r#"spec.os: Unsupported value: "dummy": supported values: "linux", "windows""#,
            FORBIDDEN,
        ],
    );
    // TestValidatePodUpdate: update pod spec OS to a valid value, featuregate disabled
    update(
        "update pod spec OS to a valid value",
        os("windows"),
        os("linux"),
        &[FORBIDDEN],
    );
}

// TestValidatePodUpdate
#[test]
fn tolerations_updates() {
    let modified = [
        "spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds",
    ];
    // TestValidatePodUpdate: existing toleration value modified in pod spec updates
    update(
        "existing toleration value modified in pod spec updates",
        tolerations(json!([{"key": "key1", "value": "value1"}])),
        tolerations(json!([{"key": "key1", "value": "value2"}])),
        &modified,
    );
    // TestValidatePodUpdate: existing toleration value modified in pod spec updates with modified tolerationSeconds
    update(
        "existing toleration value modified in pod spec updates with modified tolerationSeconds",
        tolerations(json!([toleration("value1", "NoExecute", Some(10))])),
        tolerations(json!([toleration("value2", "NoExecute", None)])),
        &modified,
    );
    // TestValidatePodUpdate: modified tolerationSeconds in existing toleration value in pod spec updates
    update(
        "modified tolerationSeconds in existing toleration value in pod spec updates",
        tolerations(json!([toleration("value1", "NoExecute", Some(20))])),
        tolerations(json!([toleration("value1", "NoExecute", Some(10))])),
        &[],
    );
    // TestValidatePodUpdate: toleration modified in updates to an unscheduled pod
    update(
        "toleration modified in updates to an unscheduled pod",
        spec(json!({"tolerations": [{"key": "key1", "value": "value1"}]})),
        spec(json!({"tolerations": [{"key": "key1", "value": "value2"}]})),
        &modified,
    );
    // TestValidatePodUpdate: tolerations unmodified in updates to a scheduled pod
    update(
        "tolerations unmodified in updates to a scheduled pod",
        tolerations(json!([{"key": "key1", "value": "value1"}])),
        tolerations(json!([{"key": "key1", "value": "value1"}])),
        &[],
    );
    // TestValidatePodUpdate: added valid new toleration to existing tolerations in pod spec updates
    update(
        "added valid new toleration to existing tolerations in pod spec updates",
        tolerations(json!([toleration("value1", "NoExecute", Some(10))])),
        tolerations(json!([
            toleration("value1", "NoExecute", Some(20)),
            {"key": "key2", "value": "value2", "operator": "Equal", "effect": "NoExecute", "tolerationSeconds": 30}
        ])),
        &[],
    );
    // TestValidatePodUpdate: added invalid new toleration to existing tolerations in pod spec updates
    // `ValidateTolerations` runs in the spec checks and again in `validateOnlyAddedTolerations`.
    update(
        "added invalid new toleration to existing tolerations in pod spec updates",
        tolerations(json!([toleration("value1", "NoExecute", Some(10))])),
        tolerations(json!([
            toleration("value1", "NoExecute", Some(20)),
            {"key": "key2", "value": "value2", "operator": "Equal", "effect": "NoSchedule", "tolerationSeconds": 30}
        ])),
        &[
            r#"spec.tolerations[1].effect: Invalid value: "NoSchedule": effect must be 'NoExecute' when `tolerationSeconds` is set"#,
            r#"spec.tolerations[1].effect: Invalid value: "NoSchedule": effect must be 'NoExecute' when `tolerationSeconds` is set"#,
        ],
    );
}

// TestValidatePodUpdate
#[test]
fn mirror_pod_annotation() {
    let mirror = |value: Option<&str>| {
        let mut p = spec(json!({"nodeName": "foo"}));
        if let Some(v) = value {
            merge(
                &mut p,
                json!({"metadata": {"annotations": {"kubernetes.io/config.mirror": v}}}),
            );
        }
        p
    };
    // TestValidatePodUpdate: added mirror pod annotation
    update(
        "added mirror pod annotation",
        mirror(None),
        mirror(Some("")),
        &["metadata.annotations[kubernetes.io/config.mirror]: Forbidden: may not add mirror pod annotation"],
    );
    // TestValidatePodUpdate: removed mirror pod annotation
    update(
        "removed mirror pod annotation",
        mirror(Some("")),
        mirror(None),
        &["metadata.annotations[kubernetes.io/config.mirror]: Forbidden: may not remove or update mirror pod annotation"],
    );
    // TestValidatePodUpdate: changed mirror pod annotation
    update(
        "changed mirror pod annotation",
        mirror(Some("bar")),
        mirror(Some("foo")),
        &["metadata.annotations[kubernetes.io/config.mirror]: Forbidden: may not remove or update mirror pod annotation"],
    );
}

// TestValidatePodUpdate
#[test]
fn scheduling_gates() {
    let gates = |names: &[&str]| {
        let list: Vec<Value> = names.iter().map(|n| json!({"name": n})).collect();
        spec(json!({"schedulingGates": list}))
    };
    // TestValidatePodUpdate: update pod spec schedulingGates: add new scheduling gate
    update(
        "update pod spec schedulingGates: add new scheduling gate",
        json!({}),
        gates(&["foo"]),
        &["spec.schedulingGates[0].name: Forbidden: only deletion is allowed, but found new scheduling gate 'foo'"],
    );
    // TestValidatePodUpdate: update pod spec schedulingGates: mutating an existing scheduling gate
    update(
        "update pod spec schedulingGates: mutating an existing scheduling gate",
        gates(&["foo"]),
        gates(&["bar"]),
        &["spec.schedulingGates[0].name: Forbidden: only deletion is allowed, but found new scheduling gate 'bar'"],
    );
    // TestValidatePodUpdate: update pod spec schedulingGates: mutating an existing scheduling gate along with deletion
    update(
        "update pod spec schedulingGates: mutating an existing scheduling gate along with deletion",
        gates(&["foo", "bar"]),
        gates(&["baz"]),
        &["spec.schedulingGates[0].name: Forbidden: only deletion is allowed, but found new scheduling gate 'baz'"],
    );
    // TestValidatePodUpdate: update pod spec schedulingGates: legal deletion
    update(
        "update pod spec schedulingGates: legal deletion",
        gates(&["foo"]),
        json!({}),
        &[],
    );
}

fn selector(s: Value) -> Value {
    json!({ "nodeSelector": s })
}

// TestValidatePodUpdate
#[test]
fn node_selector_agreeing() {
    // TestValidatePodUpdate: adding node selector is allowed for gated pods
    update(
        "adding node selector is allowed for gated pods",
        gated(json!({})),
        gated(selector(json!({"foo": "bar"}))),
        &[],
    );
    // TestValidatePodUpdate: adding node selector is not allowed for non-gated pods
    update(
        "adding node selector is not allowed for non-gated pods",
        spec(selector(json!({"foo": "bar"}))),
        spec(selector(json!({"foo": "bar", "foo2": "bar2"}))),
        &[FORBIDDEN],
    );
    // TestValidatePodUpdate: removing node selector is not allowed for non-gated pods
    update(
        "removing node selector is not allowed for non-gated pods",
        spec(selector(json!({"foo": "bar"}))),
        json!({}),
        &[FORBIDDEN],
    );
    // TestValidatePodUpdate: old pod spec has scheduling gate, new pod spec does not, and node selector is added
    update(
        "old pod spec has scheduling gate, new pod spec does not, and node selector is added",
        gated(selector(json!({"foo": "bar"}))),
        spec(selector(json!({"foo": "bar", "foo2": "bar2"}))),
        &[],
    );
}

/// The old required term of the node affinity rows: `expr In [foo]`.
fn expr_foo() -> Value {
    json!([{"matchExpressions": [is_in("expr", "foo")]}])
}

/// The new required term of the addition rows: one more expression and a field.
fn expr_foo_added() -> Value {
    json!([{
        "matchExpressions": [is_in("expr", "foo"), is_in("expr2", "foo2")],
        "matchFields": [is_in("metadata.name", "foo")]
    }])
}

/// One term with `expr In [e]` and `metadata.name In [f]`.
fn expr_and_field(e: &str, f: &str) -> Value {
    json!([{"matchExpressions": [is_in("expr", e)], "matchFields": [is_in("metadata.name", f)]}])
}

// TestValidatePodUpdate
#[test]
fn node_affinity_agreeing() {
    // TestValidatePodUpdate: addition to nodeAffinity is not allowed for non-gated pods
    update(
        "addition to nodeAffinity is not allowed for non-gated pods",
        spec(required(expr_foo())),
        spec(required(expr_foo_added())),
        &[FORBIDDEN],
    );
    let term = json!({"topologyKey": "foo", "labelSelector": {"matchLabels": {"foo": "bar"}}});
    // TestValidatePodUpdate: the podAffinity cannot be updated on gated pods
    update(
        "the podAffinity cannot be updated on gated pods",
        gated(json!({})),
        gated(with(
            required(expr_foo()),
            json!({"affinity": {"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [term.clone()]}}}),
        )),
        &[FORBIDDEN],
    );
    // TestValidatePodUpdate: the podAntiAffinity cannot be updated on gated pods
    update(
        "the podAntiAffinity cannot be updated on gated pods",
        gated(json!({})),
        gated(with(
            required(expr_foo()),
            json!({"affinity": {"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [term]}}}),
        )),
        &[FORBIDDEN],
    );
}

type Row = (&'static str, Value, Value, Vec<String>);

/// `only additions are allowed` for `nodeSelectorTerms[0]`, with the new term as upstream renders
/// the internal `NodeSelectorTerm` (JSON of a struct without JSON tags).
fn term_only_additions(term_json: &str) -> String {
    format!(
        "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]: Invalid value: {term_json}: only additions are allowed (no mutations or deletions)"
    )
}

/// `no additions/deletions to non-empty NodeSelectorTerms list are allowed`, with the new terms
/// as rendered.
fn terms_count_changed(terms_json: &str) -> String {
    format!(
        "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Invalid value: {terms_json}: no additions/deletions to non-empty NodeSelectorTerms list are allowed"
    )
}

/// Upstream's `IsValidLabelValue` message (from the `TestValidatePodCreate` row on node affinity
/// label values).
const LABEL_VALUE: &str = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

/// The rows on gated pods' node selector and node affinity (`validateNodeSelectorMutation`,
/// `validateNodeAffinityMutation` and the munging after them in `ValidatePodUpdate`).
fn gated_rows() -> Vec<Row> {
    let only_selector_additions = |value: &str| {
        format!("spec.nodeSelector: Invalid value: {value}: only additions to spec.nodeSelector are allowed (no mutations or deletions)")
    };
    let pref_foo = json!({"matchExpressions": [is_in("expr", "foo")]});
    vec![
        // TestValidatePodUpdate: removing node selector is not allowed for gated pods
        (
            "removing node selector is not allowed for gated pods",
            gated(selector(json!({"foo": "bar"}))),
            gated(json!({})),
            vec![only_selector_additions("null")],
        ),
        // TestValidatePodUpdate: modifying value of existing node selector is not allowed
        (
            "modifying value of existing node selector is not allowed",
            gated(selector(json!({"foo": "bar"}))),
            gated(selector(json!({"foo": "new value"}))),
            // `ValidatePodSpec` checks the selector's values as label values first.
            vec![
                format!(r#"spec.nodeSelector: Invalid value: "new value": {LABEL_VALUE}"#),
                only_selector_additions(r#"{"foo":"new value"}"#),
            ],
        ),
        // TestValidatePodUpdate: addition to nodeAffinity is allowed for gated pods
        (
            "addition to nodeAffinity is allowed for gated pods",
            gated(required(expr_foo())),
            gated(required(expr_foo_added())),
            vec![],
        ),
        // TestValidatePodUpdate: old RequiredDuringSchedulingIgnoredDuringExecution is non-nil, new RequiredDuringSchedulingIgnoredDuringExecution is nil, pod is gated
        (
            "old RequiredDuringSchedulingIgnoredDuringExecution is non-nil, new RequiredDuringSchedulingIgnoredDuringExecution is nil, pod is gated",
            gated(required(expr_foo())),
            gated(node_affinity(json!({}))),
            vec![terms_count_changed("null")],
        ),
        // TestValidatePodUpdate: old pod spec has scheduling gate, new pod spec does not, and node affinity addition occurs
        (
            "old pod spec has scheduling gate, new pod spec does not, and node affinity addition occurs",
            gated(required(expr_foo())),
            spec(required(expr_foo_added())),
            vec![],
        ),
        // TestValidatePodUpdate: nodeAffinity deletion from MatchExpressions not allowed
        (
            "nodeAffinity deletion from MatchExpressions not allowed",
            gated(required(expr_foo())),
            gated(required(json!([{"matchFields": [is_in("metadata.name", "foo")]}]))),
            vec![term_only_additions(
                r#"{"MatchExpressions":null,"MatchFields":[{"Key":"metadata.name","Operator":"In","Values":["foo"]}]}"#,
            )],
        ),
        // TestValidatePodUpdate: nodeAffinity deletion from MatchFields not allowed
        (
            "nodeAffinity deletion from MatchFields not allowed",
            gated(required(expr_and_field("foo", "foo"))),
            gated(required(expr_foo())),
            vec![term_only_additions(
                r#"{"MatchExpressions":[{"Key":"expr","Operator":"In","Values":["foo"]}],"MatchFields":null}"#,
            )],
        ),
        // TestValidatePodUpdate: nodeAffinity modification of item in MatchExpressions not allowed
        (
            "nodeAffinity modification of item in MatchExpressions not allowed",
            gated(required(expr_and_field("foo", "foo"))),
            gated(required(expr_and_field("bar", "foo"))),
            vec![term_only_additions(
                r#"{"MatchExpressions":[{"Key":"expr","Operator":"In","Values":["bar"]}],"MatchFields":[{"Key":"metadata.name","Operator":"In","Values":["foo"]}]}"#,
            )],
        ),
        // TestValidatePodUpdate: nodeAffinity modification of item in MatchFields not allowed
        (
            "nodeAffinity modification of item in MatchFields not allowed",
            gated(required(expr_and_field("foo", "foo"))),
            gated(required(expr_and_field("foo", "bar"))),
            vec![term_only_additions(
                r#"{"MatchExpressions":[{"Key":"expr","Operator":"In","Values":["foo"]}],"MatchFields":[{"Key":"metadata.name","Operator":"In","Values":["bar"]}]}"#,
            )],
        ),
        // TestValidatePodUpdate: nodeSelectorTerms addition on gated pod should fail
        (
            "nodeSelectorTerms addition on gated pod should fail",
            gated(required(expr_and_field("foo", "foo"))),
            gated(required(json!([
                {"matchExpressions": [is_in("expr", "foo")], "matchFields": [is_in("metadata.name", "bar")]},
                {"matchExpressions": [is_in("expr", "foo2")], "matchFields": [is_in("metadata.name", "bar2")]}
            ]))),
            vec![terms_count_changed(concat!(
                r#"[{"MatchExpressions":[{"Key":"expr","Operator":"In","Values":["foo"]}],"MatchFields":[{"Key":"metadata.name","Operator":"In","Values":["bar"]}]},"#,
                r#"{"MatchExpressions":[{"Key":"expr","Operator":"In","Values":["foo2"]}],"MatchFields":[{"Key":"metadata.name","Operator":"In","Values":["bar2"]}]}]"#,
            ))],
        ),
        // TestValidatePodUpdate: preferredDuringSchedulingIgnoredDuringExecution can modified for gated pods
        (
            "preferredDuringSchedulingIgnoredDuringExecution can modified for gated pods",
            gated(preferred(pref_foo.clone())),
            gated(preferred(json!({"matchExpressions": [is_in("expr", "foo2")]}))),
            vec![],
        ),
        // TestValidatePodUpdate: preferredDuringSchedulingIgnoredDuringExecution can have additions for gated pods
        (
            "preferredDuringSchedulingIgnoredDuringExecution can have additions for gated pods",
            gated(preferred(pref_foo.clone())),
            gated(preferred(json!({
                "matchExpressions": [is_in("expr", "foo"), is_in("expr2", "foo2")],
                "matchFields": [is_in("metadata.name", "bar")]
            }))),
            vec![],
        ),
        // TestValidatePodUpdate: preferredDuringSchedulingIgnoredDuringExecution can have removals for gated pods
        (
            "preferredDuringSchedulingIgnoredDuringExecution can have removals for gated pods",
            gated(preferred(pref_foo)),
            gated(json!({})),
            vec![],
        ),
        // TestValidatePodUpdate: new node affinity is nil
        (
            "new node affinity is nil",
            gated(required(expr_foo())),
            gated(json!({"affinity": {}})),
            vec![terms_count_changed("null")],
        ),
        // TestValidatePodUpdate: empty NodeSelectorTerm (selects nothing) cannot become populated (selects something)
        (
            "empty NodeSelectorTerm (selects nothing) cannot become populated (selects something)",
            gated(required(json!([{}]))),
            gated(required(expr_foo())),
            vec![term_only_additions(
                r#"{"MatchExpressions":[{"Key":"expr","Operator":"In","Values":["foo"]}],"MatchFields":null}"#,
            )],
        ),
        // TestValidatePodUpdate: nil affinity can be mutated for gated pods
        (
            "nil affinity can be mutated for gated pods",
            gated(json!({})),
            gated(required(expr_foo())),
            vec![],
        ),
        // TestValidatePodUpdate: allow update pod if old pod already has invalid label-value in node affinity
        // Upstream passes `AllowInvalidLabelValueInRequiredNodeAffinity`; the API server derives
        // it from the old pod (`GetValidationOptionsFromPodSpecAndMeta`), as here.
        (
            "allow update pod if old pod already has invalid label-value in node affinity",
            gated(required(json!([{"matchExpressions": [is_in("expr", "-1")]}]))),
            spec(required(json!([{"matchExpressions": [is_in("expr", "-1")]}]))),
            vec![],
        ),
        // TestValidatePodUpdate: not allow update node affinity to an invalid label-value
        (
            "not allow update node affinity to an invalid label-value",
            gated(required(json!([{"matchExpressions": [is_in("expr", "bar")]}]))),
            gated(required(json!([{"matchExpressions": [is_in("expr", "-1")]}]))),
            vec![
                format!(r#"spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values[0]: Invalid value: "-1": {LABEL_VALUE}"#),
                term_only_additions(
                    r#"{"MatchExpressions":[{"Key":"expr","Operator":"In","Values":["-1"]}],"MatchFields":null}"#,
                ),
            ],
        ),
    ]
}

// TestValidatePodUpdate
/// Every gated row (`validateNodeSelectorMutation`, `validateNodeAffinityMutation`, and
/// `AllowInvalidLabelValueInRequiredNodeAffinity` derived from the old pod), all mismatches
/// reported at once.
#[test]
fn gated_node_selector_and_affinity() {
    let mut failed = Vec::new();
    for (name, old, new, want) in gated_rows() {
        let got = update_errors(old, new);
        if got != want {
            failed.push(format!("{name}\n got: {got:#?}\nwant: {want:#?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}

// GetValidationOptionsFromPodSpecAndMeta (pkg/api/pod/util.go, v1.36.0): what the old pod already
// had stays allowed on update (`hasInvalidLabelValueInAffinitySelector`,
// `hasRestartableInitContainerResizePolicy`).
#[test]
fn options_from_the_old_pod() {
    let anti_affinity = |value: &str| {
        spec(
            json!({"affinity": {"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{
                "topologyKey": "kubernetes.io/hostname",
                "labelSelector": {"matchExpressions": [{"key": "app", "operator": "In", "values": [value]}]}
            }]}}}),
        )
    };
    // An invalid label value the old pod already had: the image may still change.
    let image = |image: &str| containers(json!([{"name": "ctr", "image": image}]));
    update(
        "old pod with invalid affinity label value",
        with(anti_affinity("-bad-"), image("image")),
        with(anti_affinity("-bad-"), image("other")),
        &[],
    );
    // A new one is refused, with the label-value error on the selector.
    let errs = update_errors(anti_affinity("good"), anti_affinity("-bad-"));
    assert!(
        errs.first().is_some_and(|e| e.starts_with(
            "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchExpressions[0].values[0]: Invalid value: \"-bad-\""
        )),
        "{errs:#?}"
    );
}
