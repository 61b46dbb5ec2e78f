//! The four behaviours of Kubernetes 1.36 that the crate once missed, each checked against what
//! the upstream function named beside it computes (expectations worked out from that code, not
//! from this crate's output):
//!
//! 1. `AggregateContainerRequests`/`AggregateContainerLimits` in
//!    `k8s.io/component-helpers/resource/helpers.go` (v0.36.3) consult container statuses only
//!    for app containers and restartable init containers (sidecars).
//! 2. `podRequests`/`podLimits`/`isSupportedPodLevelResource` in
//!    `plugin/pkg/admission/limitranger/admission.go` (v1.36.0) take only `cpu` and `memory`
//!    from pod-level resources.
//! 3. `CheckRequest` in `k8s.io/apiserver/pkg/admission/plugin/resourcequota/controller.go`
//!    (v0.36.3) computes a pod's usage twice when limited resources apply, and `PodRequests`
//!    adds the overhead in place to pod-level `inf.Dec` quantities.
//! 4. `syncService` and `podToEndpointAddressForService` in
//!    `pkg/controller/endpoint/endpoints_controller.go` (v1.36.0) with
//!    `TriggerTimeTracker` of `k8s.io/endpointslice/util/trigger_time_tracker.go` (v0.36.3).

use kube_primitives::api::core::{LimitRangeSpec, Pod, ResourceQuota, Service, Time};
use kube_primitives::quota::{
    admit, pod_limits, pod_requests, pod_requests_aliasing, validate_pod_limits, LimitedResource,
    PodAdmission, PodResourcesOptions, ResourceList,
};
use kube_primitives::service::{
    endpoints_for_service, EndpointsTriggerTracker, ENDPOINT_CONTROLLER_NAME,
    LAST_CHANGE_TRIGGER_TIME_ANNOTATION, MANAGED_BY_LABEL,
};
use serde_json::{json, Value};

fn pod(v: Value) -> Pod {
    serde_json::from_value(v).unwrap()
}

fn list(l: &ResourceList) -> String {
    l.to_string()
}

fn status_opts() -> PodResourcesOptions {
    let mut o = PodResourcesOptions::default();
    o.use_status_resources = true;
    o
}

// 1. A regular init container named like a resized app container: upstream's loop over
// `pod.Spec.InitContainers` reads `containerStatuses[container.Name]` only inside
// `if container.RestartPolicy != nil && *container.RestartPolicy == Always`, so the init
// container keeps its own spec.
#[test]
fn regular_init_container_ignores_a_status_of_the_same_name() {
    let p = pod(json!({
        "spec": {
            "containers": [{"name": "app", "resources": {"requests": {"cpu": "100m"}}}],
            "initContainers": [{"name": "app", "resources": {
                "requests": {"cpu": "50m", "ephemeral-storage": "1Gi", "hugepages-2Mi": "4Mi"},
                "limits": {"hugepages-2Mi": "4Mi"}
            }}]
        },
        "status": {
            "conditions": [{"type": "PodResizePending", "status": "True", "reason": "Infeasible"}],
            "containerStatuses": [{"name": "app", "resources": {
                "requests": {"cpu": "200m"}, "limits": {"cpu": "400m"}
            }}]
        }
    }));
    // App container: infeasible resize → max(actuated, allocated) = 200m; limits = actuated.
    // Init container: its spec (50m, 1Gi, 4Mi); the pod takes the max per resource.
    assert_eq!(
        list(&pod_requests(&p, &status_opts())),
        "cpu=200m,ephemeral-storage=1Gi,hugepages-2Mi=4Mi"
    );
    assert_eq!(
        list(&pod_limits(&p, &status_opts())),
        "cpu=400m,hugepages-2Mi=4Mi"
    );
}

// A sidecar (restartable init container) does read its status, from the init statuses first.
#[test]
fn sidecar_reads_its_status() {
    let p = pod(json!({
        "spec": {
            "containers": [{"name": "app"}],
            "initContainers": [{"name": "proxy", "restartPolicy": "Always",
                                "resources": {"requests": {"cpu": "100m"}}}]
        },
        "status": {
            "containerStatuses": [{"name": "proxy", "resources": {"requests": {"cpu": "900m"}}}],
            "initContainerStatuses": [{"name": "proxy", "resources": {"requests": {"cpu": "300m"}}}]
        }
    }));
    assert_eq!(list(&pod_requests(&p, &status_opts())), "cpu=300m");
}

fn limit_range(v: Value) -> LimitRangeSpec {
    serde_json::from_value(v).unwrap()
}

fn messages(lr: &LimitRangeSpec, p: &Pod) -> Vec<String> {
    validate_pod_limits(lr, p)
        .iter()
        .map(ToString::to_string)
        .collect()
}

// 2. The LimitRanger's `Pod` min with pod-level hugepages: `podRequests` overrides only cpu and
// memory, so the containers' sum (none) is checked and `minConstraint` reports the missing
// request.
#[test]
fn limit_ranger_pod_min_ignores_pod_level_hugepages() {
    let lr = limit_range(json!({"limits": [{"type": "Pod", "min": {"hugepages-2Mi": "2Mi"}}]}));
    let p = pod(json!({"spec": {
        "resources": {"requests": {"hugepages-2Mi": "1Mi"}},
        "containers": [{"name": "a"}]
    }}));
    assert_eq!(
        messages(&lr, &p),
        ["minimum hugepages-2Mi usage per Pod is 2Mi.  No request is specified"]
    );
}

// …and the `Pod` max: the pod-level limit (100Mi) is not used; two containers of 2Mi are.
#[test]
fn limit_ranger_pod_max_sums_container_hugepages() {
    let lr = limit_range(json!({"limits": [{"type": "Pod", "max": {"hugepages-2Mi": "2Mi"}}]}));
    let c = |name: &str| {
        json!({"name": name, "resources": {
            "requests": {"hugepages-2Mi": "2Mi"}, "limits": {"hugepages-2Mi": "2Mi"}
        }})
    };
    let p = pod(json!({"spec": {
        "resources": {"limits": {"hugepages-2Mi": "100Mi"}},
        "containers": [c("a"), c("b")]
    }}));
    assert_eq!(
        messages(&lr, &p),
        ["maximum hugepages-2Mi usage per Pod is 2Mi, but limit is 4Mi"]
    );
}

// For cpu and memory the pod-level values decide, in the LimitRanger too.
#[test]
fn limit_ranger_pod_level_cpu_decides() {
    let lr = limit_range(json!({"limits": [{"type": "Pod", "max": {"cpu": "1"}}]}));
    let p = pod(json!({"spec": {
        "resources": {"limits": {"cpu": "2"}},
        "containers": [{"name": "a", "resources": {"limits": {"cpu": "500m"}}}]
    }}));
    assert_eq!(
        messages(&lr, &p),
        ["maximum cpu usage per Pod is 1, but limit is 2"]
    );
}

fn quota(hard: Value, used: Value) -> ResourceQuota {
    serde_json::from_value(json!({
        "metadata": {"name": "q", "namespace": "ns"},
        "spec": {"hard": hard},
        "status": {"hard": hard, "used": used}
    }))
    .unwrap()
}

// 3. `PodRequests` stores the pod-level `0.5Gi` (an inf.Dec) into its result and adds the
// overhead to it in place; with limited resources for pods `CheckRequest` calls `Usage` twice,
// so Go charges 0.5Gi + 2 × 1Gi.
#[test]
fn quota_admission_counts_aliased_overhead_twice() {
    let p = pod(json!({
        "metadata": {"name": "p", "namespace": "ns"},
        "spec": {
            "resources": {"requests": {"memory": "0.5Gi"}},
            "overhead": {"memory": "1Gi"},
            "containers": [{"name": "a"}]
        }
    }));
    let quotas = [quota(
        json!({"requests.memory": "10Gi"}),
        json!({"requests.memory": "0"}),
    )];
    let limited = [LimitedResource::pods(["requests.memory"])];
    let used = |aliasing: bool| {
        let mut req = PodAdmission::create(&p, Time::from_unix_seconds(0));
        req.upstream_aliasing = aliasing;
        let written = admit(&quotas, &req, &limited).unwrap();
        written[0]
            .status
            .used
            .get("requests.memory")
            .unwrap()
            .to_string()
    };
    assert_eq!(used(false), "1536Mi");
    assert_eq!(used(true), "2560Mi");
    // Without limited resources Go computes the usage once: no difference.
    let mut req = PodAdmission::create(&p, Time::from_unix_seconds(0));
    req.upstream_aliasing = true;
    let written = admit(&quotas, &req, &[]).unwrap();
    assert_eq!(
        written[0]
            .status
            .used
            .get("requests.memory")
            .unwrap()
            .to_string(),
        "1536Mi"
    );
}

// An int64-backed pod-level quantity (`512Mi`) is copied by value in Go: nothing aliases.
#[test]
fn int64_pod_level_quantities_do_not_alias() {
    let mut p = pod(json!({"spec": {
        "resources": {"requests": {"memory": "512Mi"}},
        "overhead": {"memory": "1Gi"}
    }}));
    let opts = PodResourcesOptions::default();
    assert_eq!(list(&pod_requests_aliasing(&mut p, &opts)), "memory=1536Mi");
    assert_eq!(list(&pod_requests_aliasing(&mut p, &opts)), "memory=1536Mi");
}

fn service(v: Value) -> Service {
    serde_json::from_value(v).unwrap()
}

fn ready_pod(name: &str, ip: &str, ready_at: &str) -> Pod {
    pod(json!({
        "metadata": {"name": name, "namespace": "ns", "labels": {"app": "a"}},
        "spec": {"nodeName": "n"},
        "status": {"podIP": ip, "podIPs": [{"ip": ip}],
                   "conditions": [{"type": "Ready", "status": "True",
                                   "lastTransitionTime": ready_at}]}
    }))
}

// 4. TestSyncEndpointsHeadlessWithoutPort / TestLastTriggerChangeTimeAnnotation: the managed-by
// label and the service's creation time as the first sync's trigger time, RFC3339Nano in UTC.
#[test]
fn endpoints_carry_managed_by_and_trigger_time() {
    let svc = service(json!({
        "metadata": {"name": "foo", "namespace": "ns", "labels": {"a": "b"},
                     "creationTimestamp": "2018-01-01T01:00:00.5+01:00"},
        "spec": {"selector": {"app": "a"}, "clusterIP": "None", "ipFamilies": ["IPv4"]}
    }));
    let ep =
        endpoints_for_service(&svc, &[ready_pod("p", "1.2.3.4", "2018-01-01T00:00:00Z")]).unwrap();
    let labels = &ep.metadata.labels;
    assert_eq!(
        labels.get(MANAGED_BY_LABEL).map(String::as_str),
        Some(ENDPOINT_CONTROLLER_NAME)
    );
    assert_eq!(labels.get("a").map(String::as_str), Some("b"));
    assert_eq!(
        ep.metadata
            .annotations
            .get(LAST_CHANGE_TRIGGER_TIME_ANNOTATION)
            .map(String::as_str),
        Some("2018-01-01T00:00:00.5Z")
    );
    // A service without a creation time gets no annotation.
    let mut bare = svc.clone();
    bare.metadata.creation_timestamp = None;
    let ep = endpoints_for_service(&bare, &[]).unwrap();
    assert!(ep.metadata.annotations.is_empty());
}

// TestPodToEndpointAddressForService with addBadIPPod: the controller writes the pod IP as
// ParseIPSloppy(ip).String() prints it.
#[test]
fn endpoints_write_canonical_addresses() {
    for (families, ip, want) in [
        (json!(["IPv4"]), "01.2.3.4", "1.2.3.4"),
        (json!(["IPv6"]), "02000::4", "2000::4"),
        (json!(["IPv6"]), "fd00:10:0::3", "fd00:10::3"),
    ] {
        let svc = service(json!({
            "metadata": {"name": "foo", "namespace": "ns"},
            "spec": {"selector": {"app": "a"}, "clusterIP": "None", "ipFamilies": families}
        }));
        let ep =
            endpoints_for_service(&svc, &[ready_pod("p", ip, "2018-01-01T00:00:00Z")]).unwrap();
        assert_eq!(ep.subsets[0].addresses[0].ip, want, "{ip}");
    }
}

// The lister is a cache keyed by namespace/name: a later pod of the same name replaces the
// earlier, even when the later one is not selected.
#[test]
fn endpoints_see_one_pod_per_name() {
    let svc = service(json!({
        "metadata": {"name": "foo", "namespace": "ns"},
        "spec": {"selector": {"app": "a"}, "clusterIP": "None"}
    }));
    let first = ready_pod("p", "10.0.0.1", "2018-01-01T00:00:00Z");
    let second = ready_pod("p", "10.0.0.2", "2018-01-01T00:00:00Z");
    let ep = endpoints_for_service(&svc, &[first.clone(), second]).unwrap();
    let ips: Vec<&str> = ep.subsets[0]
        .addresses
        .iter()
        .map(|a| a.ip.as_str())
        .collect();
    assert_eq!(ips, ["10.0.0.2"]);
    let mut unselected = first.clone();
    unselected.metadata.labels.clear();
    let ep = endpoints_for_service(&svc, &[first, unselected]).unwrap();
    assert!(ep.subsets.is_empty());
}

fn t(s: &str) -> Option<Time> {
    Some(s.parse().unwrap())
}

// trigger_time_tracker_test.go: TestNewServiceNoPods, TestNewServiceExistingPods,
// TestPodAdded, TestPodsAdded, TestPodUpdated, TestPodsUpdated, TestPodsUpdatedNoOp,
// TestPodDeletedThenAdded, TestServiceDeletedThenAdded, TestServiceUpdatedNoPodChange.
#[test]
fn trigger_time_tracker() {
    let (t0, t1, t2, t3) = (
        "2019-01-01T00:00:00Z",
        "2019-01-01T00:00:01Z",
        "2019-01-01T00:00:02Z",
        "2019-01-01T00:00:03Z",
    );
    let svc = service(json!({
        "metadata": {"name": "my-service", "namespace": "ns", "creationTimestamp": t0},
        "spec": {"selector": {"app": "a"}}
    }));
    let p = |name: &str, at: &str| ready_pod(name, "10.0.0.1", at);

    // New service, no pods: the service's creation time.
    let mut tr = EndpointsTriggerTracker::new();
    assert_eq!(tr.trigger_time(&svc, &[]), t(t0));
    // New service with pods that became ready later: still the creation time.
    let mut tr = EndpointsTriggerTracker::new();
    assert_eq!(
        tr.trigger_time(&svc, &[p("pod1", t1), p("pod2", t2)]),
        t(t0)
    );

    // Pods added after the first sync: the earliest of their times.
    let mut tr = EndpointsTriggerTracker::new();
    tr.trigger_time(&svc, &[]);
    assert_eq!(tr.trigger_time(&svc, &[p("pod1", t2)]), t(t2));
    assert_eq!(
        tr.trigger_time(&svc, &[p("pod1", t2), p("pod2", t1), p("pod3", t3)]),
        t(t1)
    );

    // Updated pods: the earliest time that moved; none when nothing moved.
    let mut tr = EndpointsTriggerTracker::new();
    tr.trigger_time(&svc, &[p("pod1", t0), p("pod2", t0)]);
    assert_eq!(
        tr.trigger_time(&svc, &[p("pod1", t2), p("pod2", t0)]),
        t(t2)
    );
    assert_eq!(
        tr.trigger_time(&svc, &[p("pod1", t2), p("pod2", t3)]),
        t(t3)
    );
    assert_eq!(tr.trigger_time(&svc, &[p("pod1", t2), p("pod2", t3)]), None);

    // A pod deleted and added back counts as new.
    let mut tr = EndpointsTriggerTracker::new();
    tr.trigger_time(&svc, &[p("pod1", t1)]);
    tr.trigger_time(&svc, &[]);
    assert_eq!(tr.trigger_time(&svc, &[p("pod1", t1)]), t(t1));

    // A service deleted and created again is new again.
    let mut tr = EndpointsTriggerTracker::new();
    tr.trigger_time(&svc, &[]);
    tr.delete_service("ns", "my-service");
    let mut again = svc.clone();
    again.metadata.creation_timestamp = t(t2);
    assert_eq!(tr.trigger_time(&again, &[]), t(t2));

    // A service update that changes no trigger time: nothing to export.
    let mut tr = EndpointsTriggerTracker::new();
    tr.trigger_time(&svc, &[p("pod1", t1)]);
    let mut relabelled = svc.clone();
    relabelled.metadata.labels.insert("x".into(), "y".into());
    assert_eq!(tr.trigger_time(&relabelled, &[p("pod1", t1)]), None);
}
