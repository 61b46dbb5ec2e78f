//! Pod requests and limits after
//! staging/src/k8s.io/component-helpers/resource/helpers_test.go (`TestPodRequestsAndLimits`,
//! `TestPodRequestsAndLimitsWithoutOverhead`, `TestPodResourceRequests`,
//! `TestPodResourceLimits`, the non-missing-request rows of
//! `TestPodRequestsAndLimitsVerticalScalingWrappers`), row by row.
//!
//! Left out: rows for options this crate does not have (`Reuse`, DRA allocations, pod-level
//! in-place resize) and the newer "max of sums" aggregation row, which postdates the 1.36
//! behaviour the conformance vectors pin.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/staging/src/k8s.io/component-helpers/resource/helpers_test.go>

use kube_primitives::api::core::Pod;
use kube_primitives::quota::{pod_limits, pod_requests, PodResourcesOptions, ResourceList};
use serde_json::{json, Value};

fn pod(v: Value) -> Pod {
    serde_json::from_value(v).unwrap()
}

fn rl(v: Value) -> ResourceList {
    serde_json::from_value(v).unwrap()
}

fn opts(exclude_overhead: bool, use_status: bool) -> PodResourcesOptions {
    let mut o = PodResourcesOptions::default();
    o.exclude_overhead = exclude_overhead;
    o.use_status_resources = use_status;
    o
}

/// upstream's `getPod` with `podResources`.
fn get_pod(requests: Value, limits: Value, overhead: Value) -> Pod {
    pod(json!({"spec": {
        "containers": [{"name": "foobar", "resources": {"requests": requests, "limits": limits}}],
        "overhead": overhead
    }}))
}

fn check(p: &Pod, o: &PodResourcesOptions, requests: Value, limits: Value, name: &str) {
    assert!(
        pod_requests(p, o).equals(&rl(requests)),
        "{name}: requests {}",
        pod_requests(p, o)
    );
    assert!(
        pod_limits(p, o).equals(&rl(limits)),
        "{name}: limits {}",
        pod_limits(p, o)
    );
}

#[test]
fn pod_requests_and_limits() {
    let o = opts(false, false);
    let rows = [
        (
            "just-limit-no-overhead",
            json!({}),
            json!({"cpu": "9"}),
            json!({}),
            json!({}),
            json!({"cpu": "9"}),
        ),
        (
            "just-overhead",
            json!({}),
            json!({}),
            json!({"cpu": "5", "memory": "5"}),
            json!({"cpu": "5", "memory": "5"}),
            json!({}),
        ),
        (
            "req-and-overhead",
            json!({"cpu": "1", "memory": "10"}),
            json!({}),
            json!({"cpu": "5", "memory": "5"}),
            json!({"cpu": "6", "memory": "15"}),
            json!({}),
        ),
        (
            "all-req-lim-and-overhead",
            json!({"cpu": "1", "memory": "10"}),
            json!({"cpu": "2", "memory": "12"}),
            json!({"cpu": "5", "memory": "5"}),
            json!({"cpu": "6", "memory": "15"}),
            json!({"cpu": "7", "memory": "17"}),
        ),
        (
            "req-some-lim-and-overhead",
            json!({"cpu": "1", "memory": "10"}),
            json!({"cpu": "2"}),
            json!({"cpu": "5", "memory": "5"}),
            json!({"cpu": "6", "memory": "15"}),
            json!({"cpu": "7"}),
        ),
    ];
    for (name, req, lim, overhead, want_req, want_lim) in rows {
        check(&get_pod(req, lim, overhead), &o, want_req, want_lim, name);
    }
}

fn two_containers(overhead: Value, init: Value) -> Pod {
    pod(json!({"spec": {
        "overhead": overhead,
        "containers": [
            {"name": "foobar", "resources": {"requests": {"cpu": "1", "memory": "5"}, "limits": {"cpu": "2", "memory": "10"}}},
            {"name": "foobar2", "resources": {"requests": {"cpu": "4", "memory": "12"}, "limits": {"cpu": "8", "memory": "24"}}}
        ],
        "initContainers": init
    }}))
}

#[test]
fn pod_requests_and_limits_without_overhead() {
    let o = opts(true, false);
    let sum_req = json!({"cpu": "5", "memory": "17"});
    let sum_lim = json!({"cpu": "10", "memory": "34"});
    check(
        &two_containers(json!({}), json!([])),
        &o,
        sum_req.clone(),
        sum_lim.clone(),
        "two container no overhead - should just be sum of containers",
    );
    check(
        &two_containers(json!({"cpu": "3", "memory": "8"}), json!([])),
        &o,
        sum_req,
        sum_lim,
        "two container with overhead - shouldn't consider overhead",
    );
    let init = json!([
        {"name": "small-init", "resources": {"requests": {"cpu": "1", "memory": "5"}, "limits": {"cpu": "1", "memory": "5"}}},
        {"name": "big-init", "resources": {"requests": {"cpu": "40", "memory": "120"}, "limits": {"cpu": "80", "memory": "240"}}}
    ]);
    check(
        &two_containers(json!({"cpu": "3", "memory": "8"}), init),
        &o,
        json!({"cpu": "40", "memory": "120"}),
        json!({"cpu": "80", "memory": "240"}),
        "two container with overhead, massive init - should just be the largest init",
    );
}

fn c(name: &str, requests: Value) -> Value {
    json!({"name": name, "resources": {"requests": requests}})
}

fn sidecar(name: &str, requests: Value) -> Value {
    json!({"name": name, "restartPolicy": "Always", "resources": {"requests": requests}})
}

fn status(name: &str, allocated: Value, resources: Value) -> Value {
    json!({"name": name, "allocatedResources": allocated, "resources": {"requests": resources}})
}

const INFEASIBLE: &str =
    r#"[{"type": "PodResizePending", "status": "True", "reason": "Infeasible"}]"#;

struct Row {
    description: &'static str,
    options: PodResourcesOptions,
    overhead: Value,
    conditions: Value,
    init: Value,
    init_statuses: Value,
    containers: Value,
    statuses: Value,
    expected: Value,
}

fn row(description: &'static str, expected: Value) -> Row {
    Row {
        description,
        options: PodResourcesOptions::default(),
        overhead: json!({}),
        conditions: json!([]),
        init: json!([]),
        init_statuses: json!([]),
        containers: json!([]),
        statuses: json!([]),
        expected,
    }
}

#[test]
fn pod_resource_requests() {
    let infeasible: Value = serde_json::from_str(INFEASIBLE).unwrap();
    let rows = vec![
        Row {
            init: json!([c("", json!({"cpu": "4"}))]),
            containers: json!([c("", json!({"cpu": "1"}))]),
            ..row("nil options, larger init container", json!({"cpu": "4"}))
        },
        Row {
            init: json!([c("", json!({"cpu": "2"}))]),
            containers: json!([c("", json!({"cpu": "2"})), c("", json!({"cpu": "3"}))]),
            ..row("nil options, larger containers", json!({"cpu": "5"}))
        },
        Row {
            options: opts(true, false),
            overhead: json!({"cpu": "1"}),
            init: json!([c("", json!({"cpu": "2"}))]),
            containers: json!([c("", json!({"cpu": "2"})), c("", json!({"cpu": "3"}))]),
            ..row("pod overhead excluded", json!({"cpu": "5"}))
        },
        Row {
            overhead: json!({"cpu": "1", "memory": "1Gi"}),
            init: json!([{"resources": {"requests": {"cpu": "2"}, "limits": {"cpu": "2"}}}]),
            containers: json!([c("", json!({"cpu": "2"})), c("", json!({"cpu": "3"}))]),
            ..row(
                "pod overhead included",
                json!({"cpu": "6", "memory": "1Gi"}),
            )
        },
        Row {
            options: opts(false, true),
            conditions: infeasible.clone(),
            containers: json!([c("container-1", json!({"cpu": "4"}))]),
            statuses: json!([status("container-1", json!({}), json!({"cpu": "2"}))]),
            ..row("resized, infeasible", json!({"cpu": "2"}))
        },
        Row {
            options: opts(false, true),
            conditions: infeasible.clone(),
            containers: json!([c("container-1", json!({"cpu": "6"}))]),
            statuses: json!([status(
                "container-1",
                json!({"cpu": "4"}),
                json!({"cpu": "2"})
            )]),
            ..row("resized, infeasible & in-progress", json!({"cpu": "4"}))
        },
        Row {
            options: opts(false, true),
            containers: json!([c("container-1", json!({"cpu": "4"}))]),
            statuses: json!([status("container-1", json!({}), json!({"cpu": "2"}))]),
            ..row("resized, no resize status", json!({"cpu": "4"}))
        },
        Row {
            options: opts(false, true),
            containers: json!([c(
                "container-1",
                json!({"cpu": "30m", "memory": "20M", "ephemeral-storage": "10G"})
            )]),
            statuses: json!([status(
                "container-1",
                json!({"cpu": "20m", "memory": "10M", "ephemeral-storage": "30G"}),
                json!({"cpu": "10m", "memory": "30M", "ephemeral-storage": "20G"})
            )]),
            ..row(
                "resized: per-resource 3-way maximum",
                json!({"cpu": "30m", "memory": "30M", "ephemeral-storage": "30G"}),
            )
        },
        Row {
            options: opts(false, false),
            conditions: infeasible.clone(),
            containers: json!([c("container-1", json!({"cpu": "4"}))]),
            statuses: json!([status("container-1", json!({}), json!({"cpu": "2"}))]),
            ..row(
                "resized, infeasible, but don't use status",
                json!({"cpu": "4"}),
            )
        },
        Row {
            options: opts(false, true),
            conditions: infeasible.clone(),
            init: json!([sidecar("restartable-init-1", json!({"cpu": "4"}))]),
            init_statuses: json!([status("restartable-init-1", json!({}), json!({"cpu": "2"}))]),
            ..row(
                "resized, restartable init container, infeasible",
                json!({"cpu": "2"}),
            )
        },
        Row {
            options: opts(false, true),
            init: json!([sidecar("restartable-init-1", json!({"cpu": "4"}))]),
            init_statuses: json!([status("restartable-init-1", json!({}), json!({"cpu": "2"}))]),
            ..row(
                "resized, restartable init container, no resize status",
                json!({"cpu": "4"}),
            )
        },
        Row {
            options: opts(false, false),
            conditions: infeasible,
            init: json!([sidecar("restartable-init-1", json!({"cpu": "4"}))]),
            init_statuses: json!([status("restartable-init-1", json!({}), json!({"cpu": "2"}))]),
            ..row(
                "resized, restartable init container, infeasible, but don't use status",
                json!({"cpu": "4"}),
            )
        },
        Row {
            init: json!([sidecar("restartable-init-1", json!({"cpu": "1"}))]),
            containers: json!([c("container-1", json!({"cpu": "1"}))]),
            ..row("restartable init container", json!({"cpu": "2"}))
        },
        Row {
            init: json!([
                c("init-1", json!({"cpu": "5"})),
                sidecar("restartable-init-1", json!({"cpu": "1"})),
                sidecar("restartable-init-2", json!({"cpu": "2"})),
                sidecar("restartable-init-3", json!({"cpu": "3"}))
            ]),
            containers: json!([c("container-1", json!({"cpu": "1"}))]),
            ..row("multiple restartable init containers", json!({"cpu": "7"}))
        },
        Row {
            init: json!([
                c("init-1", json!({"cpu": "5"})),
                sidecar("restartable-init-1", json!({"cpu": "1"})),
                sidecar("restartable-init-2", json!({"cpu": "2"})),
                c("init-2", json!({"cpu": "5"})),
                sidecar("restartable-init-3", json!({"cpu": "3"}))
            ]),
            containers: json!([c("container-1", json!({"cpu": "1"}))]),
            ..row(
                "multiple restartable and regular init containers",
                json!({"cpu": "8"}),
            )
        },
        Row {
            init: json!([
                sidecar("restartable-init-1", json!({"cpu": "10"})),
                c("init-1", json!({"cpu": "200"}))
            ]),
            containers: json!([c("container-1", json!({"cpu": "100"}))]),
            ..row("restartable-init, init and regular", json!({"cpu": "210"}))
        },
    ];
    for r in rows {
        let p = pod(json!({
            "spec": {"containers": r.containers, "initContainers": r.init, "overhead": r.overhead},
            "status": {"containerStatuses": r.statuses, "initContainerStatuses": r.init_statuses,
                       "conditions": r.conditions}
        }));
        let got = pod_requests(&p, &r.options);
        assert!(
            got.equals(&rl(r.expected.clone())),
            "{}: got {got}, want {}",
            r.description,
            r.expected
        );
    }
}

fn lim(limits: Value) -> Value {
    json!({"resources": {"limits": limits}})
}

#[test]
fn pod_resource_limits() {
    let rows = [
        ("nil options, larger init container", opts(false, false), json!({}),
            json!([lim(json!({"cpu": "4"}))]), json!([lim(json!({"cpu": "1"}))]), json!({"cpu": "4"})),
        ("nil options, larger containers", opts(false, false), json!({}),
            json!([lim(json!({"cpu": "2"}))]), json!([lim(json!({"cpu": "2"})), lim(json!({"cpu": "3"}))]), json!({"cpu": "5"})),
        ("pod overhead excluded", opts(true, false), json!({"cpu": "1"}),
            json!([lim(json!({"cpu": "2"}))]), json!([lim(json!({"cpu": "2"})), lim(json!({"cpu": "3"}))]), json!({"cpu": "5"})),
        // Overhead is only added to resources that have a limit.
        ("pod overhead included", opts(false, false), json!({"cpu": "1", "memory": "1Gi"}),
            json!([lim(json!({"cpu": "2"}))]), json!([lim(json!({"cpu": "2"})), lim(json!({"cpu": "3"}))]), json!({"cpu": "6"})),
        ("no limited containers should result in no limits for the pod", opts(false, false), json!({}),
            json!([]), json!([{}]), json!({})),
        ("one limited and one unlimited container should result in the limited container's limits for the pod",
            opts(false, false), json!({}), json!([]),
            json!([lim(json!({"cpu": "2", "memory": "2Gi"})), {}]), json!({"cpu": "2", "memory": "2Gi"})),
    ];
    for (name, o, overhead, init, containers, want) in rows {
        let p = pod(
            json!({"spec": {"containers": containers, "initContainers": init, "overhead": overhead}}),
        );
        let got = pod_limits(&p, &o);
        assert!(
            got.equals(&rl(want.clone())),
            "{name}: got {got}, want {want}"
        );
    }
}

#[test]
fn non_missing_container_requests() {
    let mut o = PodResourcesOptions::default();
    o.non_missing_container_requests = rl(json!({"memory": "100Mi"}));
    for (name, spec) in [
        (
            "non missing container requests applied to init container",
            json!({"initContainers": [c("i1", json!({"cpu": "1"}))]}),
        ),
        (
            "non missing container requests applied to regular container",
            json!({"containers": [c("c1", json!({"cpu": "1"}))]}),
        ),
    ] {
        let p = pod(json!({"spec": spec}));
        check(
            &p,
            &o,
            json!({"cpu": "1", "memory": "100Mi"}),
            json!({}),
            name,
        );
    }
}

#[test]
fn container_limits_with_infeasible_resize() {
    let p = pod(json!({
        "spec": {"containers": [{"name": "c1", "resources": {"limits": {"cpu": "10"}}}]},
        "status": {
            "conditions": serde_json::from_str::<Value>(INFEASIBLE).unwrap(),
            "containerStatuses": [{"name": "c1", "resources": {"limits": {"cpu": "6"}}}]
        }
    }));
    check(
        &p,
        &opts(false, true),
        json!({}),
        json!({"cpu": "6"}),
        "container limits aggregation with infeasible resize",
    );
}
