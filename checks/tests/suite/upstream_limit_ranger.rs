//! The LimitRanger admission tests, row by row:
//! kubernetes `plugin/pkg/admission/limitranger/admission_test.go`
//! (<https://github.com/kubernetes/kubernetes/blob/v1.36.0/plugin/pkg/admission/limitranger/admission_test.go>).
//!
//! Upstream's error rows only ask for *an* error; each row here also names the message
//! `PodValidateLimitFunc` builds, worked out from the constraint functions' formats in
//! admission.go. `TestLimitRanger_GetLimitRangesFixed22422` is about the plugin's lister cache
//! and has no counterpart in a library without I/O.

use kube_primitives::api::core::{LimitRangeSpec, PersistentVolumeClaim, Pod, Time};
use kube_primitives::quota::{
    aggregate_message, apply_limit_range_defaults, limit_ranger_handles, validate_pod_limits,
    validate_pvc_limits, LimitRangeDefaults, PodAdmission, QuotaAdmission, ResourceList,
    LIMIT_RANGER_ANNOTATION,
};
use serde_json::{json, Map, Value};

/// `getComputeResourceList`.
fn compute(cpu: &str, memory: &str) -> Value {
    let mut m = Map::new();
    if !cpu.is_empty() {
        m.insert("cpu".into(), json!(cpu));
    }
    if !memory.is_empty() {
        m.insert("memory".into(), json!(memory));
    }
    Value::Object(m)
}

/// `getLocalStorageResourceList`.
fn local(ephemeral_storage: &str) -> Value {
    one("ephemeral-storage", ephemeral_storage)
}

/// `getStorageResourceList`.
fn storage(s: &str) -> Value {
    one("storage", s)
}

fn one(name: &str, q: &str) -> Value {
    let mut m = Map::new();
    if !q.is_empty() {
        m.insert(name.into(), json!(q));
    }
    Value::Object(m)
}

fn none() -> Value {
    json!({})
}

/// `getResourceRequirements`.
fn reqs(requests: Value, limits: Value) -> Value {
    json!({"requests": requests, "limits": limits})
}

/// `validPod`: `n` containers `foo-0`, `foo-1`, … sharing `resources`.
fn valid_pod(name: &str, n: usize, resources: Value) -> Value {
    let containers: Vec<Value> = (0..n)
        .map(|i| json!({"name": format!("foo-{i}"), "image": format!("foo:V{i}"), "resources": resources}))
        .collect();
    json!({"metadata": {"name": name, "namespace": "test"}, "spec": {"containers": containers}})
}

/// `validPodInit`: appends init containers `foo-0`, `foo-1`, ….
fn with_init(mut pod: Value, resources: &[Value]) -> Value {
    let inits: Vec<Value> = resources
        .iter()
        .enumerate()
        .map(|(i, r)| json!({"name": format!("foo-{i}"), "image": format!("foo:V{i}"), "resources": r}))
        .collect();
    pod["spec"]["initContainers"] = Value::Array(inits);
    pod
}

/// `withRestartableInitContainer`.
fn with_sidecar(requests: Value, limits: Value, mut pod: Value) -> Value {
    let inits = pod["spec"]["initContainers"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let i = inits.len();
    let mut inits = inits;
    inits.push(json!({
        "name": format!("foo-{i}"), "image": format!("foo:V{i}"), "restartPolicy": "Always",
        "resources": reqs(requests, limits)
    }));
    pod["spec"]["initContainers"] = Value::Array(inits);
    pod
}

/// `createLimitRange`.
fn limit_range(
    type_: &str,
    min: Value,
    max: Value,
    default: Value,
    default_request: Value,
    ratio: Value,
) -> LimitRangeSpec {
    serde_json::from_value(json!({"limits": [{
        "type": type_, "min": min, "max": max, "default": default,
        "defaultRequest": default_request, "maxLimitRequestRatio": ratio
    }]}))
    .unwrap()
}

fn ctr_min(min: Value) -> LimitRangeSpec {
    limit_range("Container", min, none(), none(), none(), none())
}
fn ctr_max(max: Value) -> LimitRangeSpec {
    limit_range("Container", none(), max, none(), none(), none())
}
fn pod_min(min: Value) -> LimitRangeSpec {
    limit_range("Pod", min, none(), none(), none(), none())
}
fn pod_max(max: Value) -> LimitRangeSpec {
    limit_range("Pod", none(), max, none(), none(), none())
}

/// `validLimitRange`.
fn valid_limit_range() -> LimitRangeSpec {
    serde_json::from_value(json!({"limits": [
        {"type": "Pod", "max": compute("200m", "4Gi"), "min": compute("50m", "2Mi")},
        {"type": "Container", "max": compute("100m", "2Gi"), "min": compute("25m", "1Mi"),
         "default": compute("75m", "10Mi"), "defaultRequest": compute("50m", "5Mi")}
    ]}))
    .unwrap()
}

/// `validLimitRangeNoDefaults`.
fn valid_limit_range_no_defaults() -> LimitRangeSpec {
    serde_json::from_value(json!({"limits": [
        {"type": "Pod", "max": compute("200m", "4Gi"), "min": compute("50m", "2Mi")},
        {"type": "Container", "max": compute("100m", "2Gi"), "min": compute("25m", "1Mi")}
    ]}))
    .unwrap()
}

fn pod(v: Value) -> Pod {
    serde_json::from_value(v).unwrap()
}

/// `PodMutateLimitFunc` then `PodValidateLimitFunc`, as the test loops run them.
fn mutate_then_validate(lr: &LimitRangeSpec, p: Value) -> Vec<String> {
    let LimitRangeDefaults { pod: defaulted, .. } = apply_limit_range_defaults(lr, &pod(p));
    texts(&validate_pod_limits(lr, &defaulted))
}

fn texts<E: ToString>(errors: &[E]) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

fn list(l: &ResourceList) -> String {
    l.to_string()
}

#[test]
fn default_container_resource_requirements() {
    // TestDefaultContainerResourceRequirements: the Container item's defaultRequest and
    // default are what an empty container receives.
    let LimitRangeDefaults { pod: p, .. } = apply_limit_range_defaults(
        &valid_limit_range(),
        &pod(valid_pod("p", 1, reqs(none(), none()))),
    );
    let r = &p.spec.containers[0].resources;
    assert_eq!(list(&r.requests), "cpu=50m,memory=5Mi");
    assert_eq!(list(&r.limits), "cpu=75m,memory=10Mi");
}

#[test]
fn merge_pod_resource_requirements() {
    // TestMergePodResourceRequirements.
    let lr = valid_limit_range();

    // "pod with no resources enumerated should get each resource from default request"
    let LimitRangeDefaults {
        pod: p,
        annotation: note,
        ..
    } = apply_limit_range_defaults(
        &lr,
        &pod(valid_pod(
            "empty-resources",
            1,
            reqs(compute("", ""), compute("", "")),
        )),
    );
    let r = &p.spec.containers[0].resources;
    assert_eq!(list(&r.requests), "cpu=50m,memory=5Mi");
    assert_eq!(list(&r.limits), "cpu=75m,memory=10Mi");
    assert_eq!(
        note.as_deref(),
        Some("LimitRanger plugin set: cpu, memory request for container foo-0; cpu, memory limit for container foo-0")
    );
    assert_eq!(
        p.metadata.annotations.get(LIMIT_RANGER_ANNOTATION),
        note.as_ref()
    );

    // "pod with some resources enumerated should only merge empty"
    let input = reqs(compute("", "512Mi"), compute("", ""));
    let LimitRangeDefaults {
        pod: p,
        annotation: note,
        ..
    } = apply_limit_range_defaults(
        &lr,
        &pod(with_init(
            valid_pod("limit-memory", 1, input.clone()),
            &[input],
        )),
    );
    for c in p.spec.containers.iter().chain(&p.spec.init_containers) {
        assert_eq!(list(&c.resources.requests), "cpu=50m,memory=512Mi");
        assert_eq!(list(&c.resources.limits), "cpu=75m,memory=10Mi");
    }
    // Upstream expects only the container's part: its container and init container share one
    // Go map, so once the container is merged the init container lacks nothing. Decoded from
    // JSON, as the API server's pods are, each has its own lists and both are noted.
    assert_eq!(
        note.as_deref(),
        Some(
            "LimitRanger plugin set: cpu request for container foo-0; cpu, memory limit for \
             container foo-0; cpu request for init container foo-0; cpu, memory limit for init \
             container foo-0"
        )
    );

    // "pod with all resources enumerated should not merge anything"
    let input = reqs(compute("100m", "512Mi"), compute("200m", "1G"));
    let init = reqs(compute("200m", "1G"), compute("400m", "2G"));
    let before = pod(with_init(valid_pod("limit-memory", 1, input), &[init]));
    let LimitRangeDefaults {
        pod: p,
        annotation: note,
        ..
    } = apply_limit_range_defaults(&lr, &before);
    assert_eq!(p, before);
    assert_eq!(note, None);
    assert!(!p.metadata.annotations.contains_key(LIMIT_RANGER_ANNOTATION));
}

#[test]
fn pod_limit_func_success_cases() {
    // TestPodLimitFunc, successCases.
    let c = |cpu, mem| compute(cpu, mem);
    let cases: Vec<(&str, Value, LimitRangeSpec)> = vec![
        (
            "ctr-min-cpu-request",
            valid_pod("", 1, reqs(c("100m", ""), c("", ""))),
            ctr_min(c("50m", "")),
        ),
        (
            "ctr-min-cpu-request-limit",
            valid_pod("", 1, reqs(c("100m", ""), c("200m", ""))),
            ctr_min(c("50m", "")),
        ),
        (
            "ctr-min-memory-request",
            valid_pod("", 1, reqs(c("", "60Mi"), c("", ""))),
            ctr_min(c("", "50Mi")),
        ),
        (
            "ctr-min-memory-request-limit",
            valid_pod("", 1, reqs(c("", "60Mi"), c("", "100Mi"))),
            ctr_min(c("", "50Mi")),
        ),
        (
            "ctr-max-cpu-request-limit",
            valid_pod("", 1, reqs(c("500m", ""), c("1", ""))),
            ctr_max(c("2", "")),
        ),
        (
            "ctr-max-cpu-limit",
            valid_pod("", 1, reqs(c("", ""), c("1", ""))),
            ctr_max(c("2", "")),
        ),
        (
            "ctr-max-mem-request-limit",
            valid_pod("", 1, reqs(c("", "250Mi"), c("", "500Mi"))),
            ctr_max(c("", "1Gi")),
        ),
        (
            "ctr-max-cpu-ratio",
            valid_pod("", 1, reqs(c("500m", ""), c("750m", ""))),
            limit_range("Container", none(), none(), none(), none(), c("1.5", "")),
        ),
        (
            "ctr-max-mem-limit",
            valid_pod("", 1, reqs(c("", ""), c("", "500Mi"))),
            ctr_max(c("", "1Gi")),
        ),
        (
            "pod-min-cpu-request",
            valid_pod("", 2, reqs(c("75m", ""), c("", ""))),
            pod_min(c("100m", "")),
        ),
        (
            "pod-min-cpu-request-limit",
            valid_pod("", 2, reqs(c("75m", ""), c("200m", ""))),
            pod_min(c("100m", "")),
        ),
        (
            "pod-min-memory-request",
            valid_pod("", 2, reqs(c("", "60Mi"), c("", ""))),
            pod_min(c("", "100Mi")),
        ),
        (
            "pod-min-memory-request-limit",
            valid_pod("", 2, reqs(c("", "60Mi"), c("", "100Mi"))),
            pod_min(c("", "100Mi")),
        ),
        (
            "pod-init-min-memory-request",
            with_init(
                valid_pod("", 2, reqs(c("", "60Mi"), c("", ""))),
                &[reqs(c("", "100Mi"), c("", ""))],
            ),
            pod_min(c("", "100Mi")),
        ),
        (
            "pod-init-min-memory-request-limit",
            with_init(
                valid_pod("", 2, reqs(c("", "60Mi"), c("", "100Mi"))),
                &[reqs(c("", "80Mi"), c("", "100Mi"))],
            ),
            pod_min(c("", "100Mi")),
        ),
        (
            "pod-max-cpu-request-limit",
            valid_pod("", 2, reqs(c("500m", ""), c("1", ""))),
            pod_max(c("2", "")),
        ),
        (
            "pod-max-cpu-limit",
            valid_pod("", 2, reqs(c("", ""), c("1", ""))),
            pod_max(c("2", "")),
        ),
        (
            "pod-init-max-cpu-request-limit",
            with_init(
                valid_pod("", 2, reqs(c("500m", ""), c("1", ""))),
                &[reqs(c("1", ""), c("2", "")), reqs(c("1", ""), c("1", ""))],
            ),
            pod_max(c("2", "")),
        ),
        (
            "pod-init-max-cpu-limit",
            with_init(
                valid_pod("", 2, reqs(c("", ""), c("1", ""))),
                &[reqs(c("", ""), c("2", "")), reqs(c("", ""), c("2", ""))],
            ),
            pod_max(c("2", "")),
        ),
        (
            "pod-max-mem-request-limit",
            valid_pod("", 2, reqs(c("", "250Mi"), c("", "500Mi"))),
            pod_max(c("", "1Gi")),
        ),
        (
            "pod-max-mem-limit",
            valid_pod("", 2, reqs(c("", ""), c("", "500Mi"))),
            pod_max(c("", "1Gi")),
        ),
        (
            "pod-max-mem-ratio",
            valid_pod("", 3, reqs(c("", "300Mi"), c("", "450Mi"))),
            limit_range("Pod", none(), c("", "2Gi"), none(), none(), c("", "1.5")),
        ),
        (
            "ctr-1-min-local-ephemeral-storage-request",
            valid_pod("", 1, reqs(local("60Mi"), local(""))),
            ctr_min(local("50Mi")),
        ),
        (
            "ctr-1-min-local-ephemeral-storage-request-limit",
            valid_pod("", 1, reqs(local("60Mi"), local("100Mi"))),
            ctr_min(local("50Mi")),
        ),
        (
            "ctr-1-max-local-ephemeral-storage-request-limit",
            valid_pod("", 1, reqs(local("250Mi"), local("500Mi"))),
            ctr_max(local("1Gi")),
        ),
        (
            "ctr-1-max-local-ephemeral-storage-limit",
            valid_pod("", 1, reqs(local(""), local("500Mi"))),
            ctr_max(local("1Gi")),
        ),
        (
            "ctr-2-min-local-ephemeral-storage-request",
            valid_pod("", 2, reqs(local("60Mi"), local(""))),
            ctr_min(local("50Mi")),
        ),
        (
            "ctr-2-min-local-ephemeral-storage-request-limit",
            valid_pod("", 2, reqs(local("60Mi"), local("100Mi"))),
            ctr_min(local("50Mi")),
        ),
        (
            "ctr-2-max-local-ephemeral-storage-request-limit",
            valid_pod("", 2, reqs(local("250Mi"), local("500Mi"))),
            ctr_max(local("600Mi")),
        ),
        (
            "ctr-2-max-local-ephemeral-storage-limit",
            valid_pod("", 2, reqs(local(""), local("500Mi"))),
            ctr_max(local("600Mi")),
        ),
        (
            "pod-min-local-ephemeral-storage-request",
            valid_pod("", 2, reqs(local("60Mi"), local(""))),
            pod_min(local("100Mi")),
        ),
        (
            "pod-min-local-ephemeral-storage-request-limit",
            valid_pod("", 2, reqs(local("60Mi"), local("100Mi"))),
            pod_min(local("100Mi")),
        ),
        (
            "pod-init-min-local-ephemeral-storage-request",
            with_init(
                valid_pod("", 2, reqs(local("60Mi"), local(""))),
                &[reqs(local("100Mi"), local(""))],
            ),
            pod_min(local("100Mi")),
        ),
        (
            "pod-init-min-local-ephemeral-storage-request-limit",
            with_init(
                valid_pod("", 2, reqs(local("60Mi"), local("100Mi"))),
                &[reqs(local("80Mi"), local("100Mi"))],
            ),
            pod_min(local("100Mi")),
        ),
        (
            "pod-max-local-ephemeral-storage-request-limit",
            valid_pod("", 2, reqs(local("250Mi"), local("500Mi"))),
            pod_max(local("1Gi")),
        ),
        (
            "pod-max-local-ephemeral-storage-limit",
            valid_pod("", 2, reqs(local(""), local("500Mi"))),
            pod_max(local("1Gi")),
        ),
        (
            "pod-max-local-ephemeral-storage-ratio",
            valid_pod("", 3, reqs(local("300Mi"), local("450Mi"))),
            limit_range("Pod", none(), local("2Gi"), none(), none(), local("1.5")),
        ),
    ];
    assert_eq!(cases.len(), 37);
    for (name, p, lr) in cases {
        assert_eq!(mutate_then_validate(&lr, p), Vec::<String>::new(), "{name}");
    }
}

#[test]
fn pod_limit_func_error_cases() {
    // TestPodLimitFunc, errorCases, each with the message it gets.
    let c = |cpu, mem| compute(cpu, mem);
    let cases: Vec<(&str, Value, LimitRangeSpec, &[&str])> = vec![
        ("ctr-min-cpu-request", valid_pod("", 1, reqs(c("40m", ""), c("", ""))), ctr_min(c("50m", "")),
            &["minimum cpu usage per Container is 50m, but request is 40m"]),
        ("ctr-min-cpu-request-limit", valid_pod("", 1, reqs(c("40m", ""), c("200m", ""))), ctr_min(c("50m", "")),
            &["minimum cpu usage per Container is 50m, but request is 40m"]),
        ("ctr-min-cpu-no-request-limit", valid_pod("", 1, reqs(c("", ""), c("", ""))), ctr_min(c("50m", "")),
            &["minimum cpu usage per Container is 50m.  No request is specified"]),
        ("ctr-min-memory-request", valid_pod("", 1, reqs(c("", "40Mi"), c("", ""))), ctr_min(c("", "50Mi")),
            &["minimum memory usage per Container is 50Mi, but request is 40Mi"]),
        ("ctr-min-memory-request-limit", valid_pod("", 1, reqs(c("", "40Mi"), c("", "100Mi"))), ctr_min(c("", "50Mi")),
            &["minimum memory usage per Container is 50Mi, but request is 40Mi"]),
        ("ctr-min-memory-no-request-limit", valid_pod("", 1, reqs(c("", ""), c("", ""))), ctr_min(c("", "50Mi")),
            &["minimum memory usage per Container is 50Mi.  No request is specified"]),
        ("ctr-max-cpu-request-limit", valid_pod("", 1, reqs(c("500m", ""), c("2500m", ""))), ctr_max(c("2", "")),
            &["maximum cpu usage per Container is 2, but limit is 2500m"]),
        ("ctr-max-cpu-limit", valid_pod("", 1, reqs(c("", ""), c("2500m", ""))), ctr_max(c("2", "")),
            &["maximum cpu usage per Container is 2, but limit is 2500m"]),
        ("ctr-max-cpu-no-request-limit", valid_pod("", 1, reqs(c("", ""), c("", ""))), ctr_max(c("2", "")),
            &["maximum cpu usage per Container is 2.  No limit is specified"]),
        ("ctr-max-cpu-ratio", valid_pod("", 1, reqs(c("1250m", ""), c("2500m", ""))),
            limit_range("Container", none(), none(), none(), none(), c("1", "")),
            &["cpu max limit to request ratio per Container is 1, but provided ratio is 2.000000"]),
        ("ctr-max-mem-request-limit", valid_pod("", 1, reqs(c("", "250Mi"), c("", "2Gi"))), ctr_max(c("", "1Gi")),
            &["maximum memory usage per Container is 1Gi, but limit is 2Gi"]),
        ("ctr-max-mem-limit", valid_pod("", 1, reqs(c("", ""), c("", "2Gi"))), ctr_max(c("", "1Gi")),
            &["maximum memory usage per Container is 1Gi, but limit is 2Gi"]),
        ("ctr-max-mem-no-request-limit", valid_pod("", 1, reqs(c("", ""), c("", ""))), ctr_max(c("", "1Gi")),
            &["maximum memory usage per Container is 1Gi.  No limit is specified"]),
        ("pod-min-cpu-request", valid_pod("", 1, reqs(c("75m", ""), c("", ""))), pod_min(c("100m", "")),
            &["minimum cpu usage per Pod is 100m, but request is 75m"]),
        ("pod-min-cpu-request-limit", valid_pod("", 1, reqs(c("75m", ""), c("200m", ""))), pod_min(c("100m", "")),
            &["minimum cpu usage per Pod is 100m, but request is 75m"]),
        ("pod-min-memory-request", valid_pod("", 1, reqs(c("", "60Mi"), c("", ""))), pod_min(c("", "100Mi")),
            &["minimum memory usage per Pod is 100Mi, but request is 60Mi"]),
        ("pod-min-memory-request-limit", valid_pod("", 1, reqs(c("", "60Mi"), c("", "100Mi"))), pod_min(c("", "100Mi")),
            &["minimum memory usage per Pod is 100Mi, but request is 60Mi"]),
        ("pod-max-cpu-request-limit", valid_pod("", 3, reqs(c("500m", ""), c("1", ""))), pod_max(c("2", "")),
            &["maximum cpu usage per Pod is 2, but limit is 3"]),
        ("pod-max-cpu-limit", valid_pod("", 3, reqs(c("", ""), c("1", ""))), pod_max(c("2", "")),
            &["maximum cpu usage per Pod is 2, but limit is 3"]),
        ("pod-max-mem-request-limit", valid_pod("", 3, reqs(c("", "250Mi"), c("", "500Mi"))), pod_max(c("", "1Gi")),
            &["maximum memory usage per Pod is 1Gi, but limit is 1500Mi"]),
        ("pod-max-mem-limit", valid_pod("", 3, reqs(c("", ""), c("", "500Mi"))), pod_max(c("", "1Gi")),
            &["maximum memory usage per Pod is 1Gi, but limit is 1500Mi"]),
        // The init container's 1.5Gi is the pod's limit; Quantity prints it canonically.
        ("pod-init-max-mem-limit",
            with_init(valid_pod("", 1, reqs(c("", ""), c("", "500Mi"))), &[reqs(c("", ""), c("", "1.5Gi"))]),
            pod_max(c("", "1Gi")),
            &["maximum memory usage per Pod is 1Gi, but limit is 1536Mi"]),
        ("pod-max-mem-ratio", valid_pod("", 3, reqs(c("", "250Mi"), c("", "500Mi"))),
            limit_range("Pod", none(), c("", "2Gi"), none(), none(), c("", "1.5")),
            &["memory max limit to request ratio per Pod is 1500m, but provided ratio is 2.000000"]),
        ("ctr-1-min-local-ephemeral-storage-request", valid_pod("", 1, reqs(local("40Mi"), local(""))), ctr_min(local("50Mi")),
            &["minimum ephemeral-storage usage per Container is 50Mi, but request is 40Mi"]),
        ("ctr-1-min-local-ephemeral-storage-request-limit", valid_pod("", 1, reqs(local("40Mi"), local("100Mi"))), ctr_min(local("50Mi")),
            &["minimum ephemeral-storage usage per Container is 50Mi, but request is 40Mi"]),
        ("ctr-1-min-local-ephemeral-storage-no-request-limit", valid_pod("", 1, reqs(local(""), local(""))), ctr_min(local("50Mi")),
            &["minimum ephemeral-storage usage per Container is 50Mi.  No request is specified"]),
        ("ctr-1-max-local-ephemeral-storage-request-limit", valid_pod("", 1, reqs(local("250Mi"), local("2Gi"))), ctr_max(local("1Gi")),
            &["maximum ephemeral-storage usage per Container is 1Gi, but limit is 2Gi"]),
        ("ctr-1-max-local-ephemeral-storage-limit", valid_pod("", 1, reqs(local(""), local("2Gi"))), ctr_max(local("1Gi")),
            &["maximum ephemeral-storage usage per Container is 1Gi, but limit is 2Gi"]),
        ("ctr-1-max-local-ephemeral-storage-no-request-limit", valid_pod("", 1, reqs(local(""), local(""))), ctr_max(local("1Gi")),
            &["maximum ephemeral-storage usage per Container is 1Gi.  No limit is specified"]),
        // Two containers: one message each.
        ("ctr-2-min-local-ephemeral-storage-request", valid_pod("", 2, reqs(local("40Mi"), local(""))), ctr_min(local("50Mi")),
            &["minimum ephemeral-storage usage per Container is 50Mi, but request is 40Mi"; 2]),
        ("ctr-2-min-local-ephemeral-storage-request-limit", valid_pod("", 2, reqs(local("40Mi"), local("100Mi"))), ctr_min(local("50Mi")),
            &["minimum ephemeral-storage usage per Container is 50Mi, but request is 40Mi"; 2]),
        ("ctr-2-min-local-ephemeral-storage-no-request-limit", valid_pod("", 2, reqs(local(""), local(""))), ctr_min(local("50Mi")),
            &["minimum ephemeral-storage usage per Container is 50Mi.  No request is specified"; 2]),
        ("ctr-2-max-local-ephemeral-storage-request-limit", valid_pod("", 2, reqs(local("250Mi"), local("2Gi"))), ctr_max(local("1Gi")),
            &["maximum ephemeral-storage usage per Container is 1Gi, but limit is 2Gi"; 2]),
        ("ctr-2-max-local-ephemeral-storage-limit", valid_pod("", 2, reqs(local(""), local("2Gi"))), ctr_max(local("1Gi")),
            &["maximum ephemeral-storage usage per Container is 1Gi, but limit is 2Gi"; 2]),
        ("ctr-2-max-local-ephemeral-storage-no-request-limit", valid_pod("", 2, reqs(local(""), local(""))), ctr_max(local("1Gi")),
            &["maximum ephemeral-storage usage per Container is 1Gi.  No limit is specified"; 2]),
        ("pod-min-local-ephemeral-storage-request", valid_pod("", 1, reqs(local("60Mi"), local(""))), pod_min(local("100Mi")),
            &["minimum ephemeral-storage usage per Pod is 100Mi, but request is 60Mi"]),
        ("pod-min-local-ephemeral-storage-request-limit", valid_pod("", 1, reqs(local("60Mi"), local("100Mi"))), pod_min(local("100Mi")),
            &["minimum ephemeral-storage usage per Pod is 100Mi, but request is 60Mi"]),
        ("pod-max-local-ephemeral-storage-request-limit", valid_pod("", 3, reqs(local("250Mi"), local("500Mi"))), pod_max(local("1Gi")),
            &["maximum ephemeral-storage usage per Pod is 1Gi, but limit is 1500Mi"]),
        ("pod-max-local-ephemeral-storage-limit", valid_pod("", 3, reqs(local(""), local("500Mi"))), pod_max(local("1Gi")),
            &["maximum ephemeral-storage usage per Pod is 1Gi, but limit is 1500Mi"]),
        ("pod-init-max-local-ephemeral-storage-limit",
            with_init(valid_pod("", 1, reqs(local(""), local("500Mi"))), &[reqs(local(""), local("1.5Gi"))]),
            pod_max(local("1Gi")),
            &["maximum ephemeral-storage usage per Pod is 1Gi, but limit is 1536Mi"]),
        ("pod-max-local-ephemeral-storage-ratio", valid_pod("", 3, reqs(local("250Mi"), local("500Mi"))),
            limit_range("Pod", none(), local("2Gi"), none(), none(), local("1.5")),
            &["ephemeral-storage max limit to request ratio per Pod is 1500m, but provided ratio is 2.000000"]),
        // The sidecar's request adds to the app container's (1000m + 1500m); its limit is
        // unset, so the pod's limit stays within the maximum.
        ("ctr-max-cpu-limit-restartable-init-container",
            with_sidecar(c("1500m", ""), none(), valid_pod("", 1, reqs(c("1000m", ""), c("1500m", "")))),
            pod_max(c("2", "")),
            &["maximum cpu usage per Pod is 2, but request is 2500m"]),
    ];
    assert_eq!(cases.len(), 42);
    for (name, p, lr, want) in cases {
        assert_eq!(mutate_then_validate(&lr, p), want, "{name}");
    }
}

#[test]
fn pod_limit_func_apply_default() {
    // TestPodLimitFuncApplyDefault: containers and init containers alike get the defaults.
    let p = with_init(
        valid_pod("foo", 1, reqs(none(), none())),
        &[reqs(none(), none())],
    );
    let LimitRangeDefaults { pod: p, .. } =
        apply_limit_range_defaults(&valid_limit_range(), &pod(p));
    for c in p.spec.containers.iter().chain(&p.spec.init_containers) {
        let get = |l: &ResourceList, n: &str| l.get(n).map(ToString::to_string);
        assert_eq!(get(&c.resources.limits, "memory").as_deref(), Some("10Mi"));
        assert_eq!(get(&c.resources.limits, "cpu").as_deref(), Some("75m"));
        assert_eq!(get(&c.resources.requests, "memory").as_deref(), Some("5Mi"));
        assert_eq!(get(&c.resources.requests, "cpu").as_deref(), Some("50m"));
    }
}

/// TestLimitRangerIgnoresSubresource and TestLimitRangerAdmitPod: a create is defaulted and
/// checked (and fails: the range has minimums and no defaults); updates, sub-resources and
/// pods being deleted are left alone.
#[test]
fn limit_ranger_admit_pod_and_ignores_subresource() {
    let lr = valid_limit_range_no_defaults();
    let now = Time::from_unix_seconds(1_767_225_600);
    let test_pod = pod(valid_pod("testPod", 1, json!({})));

    let create = PodAdmission::create(&test_pod, now);
    assert!(limit_ranger_handles(&create));
    let LimitRangeDefaults {
        pod: defaulted,
        annotation: note,
        ..
    } = apply_limit_range_defaults(&lr, &test_pod);
    assert_eq!(note, None);
    let errs = texts(&validate_pod_limits(&lr, &defaulted));
    // In our order: items as listed, then min, max and ratio by resource name (upstream walks
    // Go maps here, so its order varies from run to run).
    assert_eq!(
        errs,
        [
            "minimum cpu usage per Pod is 50m.  No request is specified",
            "minimum memory usage per Pod is 2Mi.  No request is specified",
            "maximum cpu usage per Pod is 200m.  No limit is specified",
            "maximum memory usage per Pod is 4Gi.  No limit is specified",
            "minimum cpu usage per Container is 25m.  No request is specified",
            "minimum memory usage per Container is 1Mi.  No request is specified",
            "maximum cpu usage per Container is 100m.  No limit is specified",
            "maximum memory usage per Container is 2Gi.  No limit is specified",
        ]
    );
    assert!(aggregate_message(&errs).is_some());

    assert!(!limit_ranger_handles(&PodAdmission::update(
        &test_pod,
        Some(&test_pod),
        "",
        now
    )));
    assert!(!limit_ranger_handles(&PodAdmission::update(
        &test_pod,
        Some(&test_pod),
        "status",
        now
    )));

    // "a pod that is undergoing termination should never be blocked"
    let mut terminating = pod(valid_pod("terminatingPod", 1, json!({})));
    terminating.metadata.deletion_timestamp = Some(now);
    assert!(!limit_ranger_handles(&PodAdmission::update(
        &terminating,
        Some(&terminating),
        "resize",
        now
    )));
    // Without the deletion mark the same resize is checked.
    assert!(limit_ranger_handles(&PodAdmission::update(
        &test_pod,
        Some(&test_pod),
        "resize",
        now
    )));
}

#[test]
fn claims_are_checked_on_create_and_update() {
    let claim: PersistentVolumeClaim = serde_json::from_value(json!({
        "metadata": {"name": "data", "namespace": "test"},
        "spec": {"resources": {"requests": {"storage": "1Gi"}}}
    }))
    .unwrap();
    let now = Time::from_unix_seconds(0);
    assert!(limit_ranger_handles(&QuotaAdmission::create(&claim, now)));
    assert!(limit_ranger_handles(&QuotaAdmission::update(
        &claim,
        Some(&claim),
        "",
        now
    )));
    assert!(!limit_ranger_handles(&QuotaAdmission::update(
        &claim,
        Some(&claim),
        "status",
        now
    )));
}

#[test]
fn persistent_volume_claim_limit_func() {
    // TestPersistentVolumeClaimLimitFunc.
    let pvc = |min: Value, max: Value| {
        limit_range("PersistentVolumeClaim", min, max, none(), none(), none())
    };
    let request = |s: &str| -> ResourceList { serde_json::from_value(storage(s)).unwrap() };
    let success = [
        (
            "pvc-is-min-storage-request",
            request("1Gi"),
            pvc(storage("1Gi"), none()),
        ),
        (
            "pvc-is-max-storage-request",
            request("1Gi"),
            pvc(none(), storage("1Gi")),
        ),
        (
            "pvc-no-minmax-storage-request",
            request("100Gi"),
            pvc(storage(""), storage("")),
        ),
        (
            "pvc-within-minmax-storage-request",
            request("5Gi"),
            pvc(storage("1Gi"), storage("10Gi")),
        ),
    ];
    for (name, req, lr) in success {
        assert_eq!(
            texts(&validate_pvc_limits(&lr, &req)),
            Vec::<String>::new(),
            "{name}"
        );
    }
    let errors = [
        (
            "pvc-below-min-storage-request",
            request("500Mi"),
            pvc(storage("1Gi"), none()),
            "minimum storage usage per PersistentVolumeClaim is 1Gi, but request is 500Mi",
        ),
        (
            "pvc-exceeds-max-storage-request",
            request("100Gi"),
            pvc(storage("1Gi"), storage("1Gi")),
            "maximum storage usage per PersistentVolumeClaim is 1Gi, but request is 100Gi",
        ),
    ];
    for (name, req, lr, want) in errors {
        assert_eq!(texts(&validate_pvc_limits(&lr, &req)), [want], "{name}");
    }
}
