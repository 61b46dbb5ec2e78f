//! The quota controller's recount of `status.used`, after
//! pkg/controller/resourcequota/resource_quota_controller_test.go (`TestSyncResourceQuota`: the
//! pods rows) and the services and claims it also counts.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/resourcequota/resource_quota_controller_test.go>

use kube_primitives::api::core::{PersistentVolumeClaim, Pod, ResourceQuota, Service, Time};
use kube_primitives::quota::{recalculate_usage, NamespaceObjects};
use serde_json::{json, Value};

fn now() -> Time {
    Time::from_unix_seconds(1_767_225_600)
}

fn quota(spec: Value) -> ResourceQuota {
    serde_json::from_value(
        json!({"metadata": {"name": "quota", "namespace": "testing"}, "spec": spec}),
    )
    .unwrap()
}

/// upstream's `newTestPodsWithPriorityClasses`-style pods: requests 100m/1Gi, limits 200m/2Gi.
fn pod(name: &str, phase: &str, extra: Value) -> Pod {
    let mut v = json!({
        "metadata": {"name": name, "namespace": "testing"},
        "spec": {"containers": [{"name": "ctr", "resources": {
            "requests": {"cpu": "100m", "memory": "1Gi"}, "limits": {"cpu": "200m", "memory": "2Gi"}}}]},
        "status": {"phase": phase}
    });
    if let (Value::Object(spec), Value::Object(e)) = (&mut v["spec"], extra) {
        spec.extend(e);
    }
    serde_json::from_value(v).unwrap()
}

#[test]
fn pods_running_and_failed() {
    let q = quota(json!({"hard": {"cpu": "3", "memory": "100Gi", "pods": "5"}}));
    let pods = [
        pod("pod-running", "Running", json!({})),
        pod("pod-running-2", "Running", json!({})),
        pod("pod-failed", "Failed", json!({})),
    ];
    let used = recalculate_usage(&q, NamespaceObjects::new(&pods, &[], &[]), now());
    assert_eq!(used.to_string(), "cpu=200m,memory=2Gi,pods=2");
}

#[test]
fn scopes_select_what_is_counted() {
    let pods = [
        pod(
            "terminating",
            "Running",
            json!({"activeDeadlineSeconds": 60}),
        ),
        pod("long-running", "Running", json!({})),
        pod(
            "best-effort",
            "Pending",
            json!({"containers": [{"name": "c"}]}),
        ),
        pod("high", "Running", json!({"priorityClassName": "high"})),
    ];
    let objects = NamespaceObjects::new(&pods, &[], &[]);
    let count = |spec: Value| recalculate_usage(&quota(spec), objects, now()).to_string();
    assert_eq!(
        count(json!({"hard": {"pods": "10"}, "scopes": ["Terminating"]})),
        "pods=1"
    );
    assert_eq!(
        count(json!({"hard": {"pods": "10"}, "scopes": ["NotTerminating"]})),
        "pods=3"
    );
    assert_eq!(
        count(json!({"hard": {"pods": "10"}, "scopes": ["BestEffort"]})),
        "pods=1"
    );
    assert_eq!(
        count(json!({"hard": {"pods": "10", "requests.cpu": "10"}, "scopes": ["NotBestEffort"]})),
        "pods=3,requests.cpu=300m"
    );
    assert_eq!(
        count(
            json!({"hard": {"pods": "10"}, "scopeSelector": {"matchExpressions": [
        {"scopeName": "PriorityClass", "operator": "In", "values": ["high"]}]}})
        ),
        "pods=1"
    );
    // Nothing matching still reports every tracked resource, at 0.
    assert_eq!(
        count(
            json!({"hard": {"pods": "10", "limits.memory": "1Gi"}, "scopeSelector": {"matchExpressions": [
        {"scopeName": "PriorityClass", "operator": "In", "values": ["none"]}]}})
        ),
        "limits.memory=0,pods=0"
    );
}

#[test]
fn services_claims_and_namespaces() {
    let svc = |name: &str, ns: &str, ty: &str| -> Service {
        serde_json::from_value(json!({"metadata": {"name": name, "namespace": ns},
            "spec": {"type": ty, "ports": [{"port": 80}, {"port": 443}]}}))
        .unwrap()
    };
    let services = [
        svc("a", "testing", "LoadBalancer"),
        svc("b", "testing", "ClusterIP"),
        svc("c", "other", "NodePort"),
    ];
    let claims: Vec<PersistentVolumeClaim> = serde_json::from_value(json!([
        {"metadata": {"namespace": "testing"}, "spec": {"storageClassName": "gold", "resources": {"requests": {"storage": "10Gi"}}}},
        {"metadata": {"namespace": "testing"}, "spec": {"resources": {"requests": {"storage": "1Gi"}}}}
    ])).unwrap();
    let q = quota(
        json!({"hard": {"services": "10", "services.nodeports": "10", "services.loadbalancers": "2",
        "persistentvolumeclaims": "5", "requests.storage": "100Gi",
        "gold.storageclass.storage.k8s.io/requests.storage": "20Gi", "count/configmaps": "3"}}),
    );
    let used = recalculate_usage(&q, NamespaceObjects::new(&[], &services, &claims), now());
    assert_eq!(
        used.to_string(),
        "gold.storageclass.storage.k8s.io/requests.storage=10Gi,persistentvolumeclaims=2,requests.storage=11Gi,services=2,services.loadbalancers=1,services.nodeports=2"
    );
    // A scoped quota counts no services.
    let scoped = quota(json!({"hard": {"services": "10"}, "scopes": ["BestEffort"]}));
    assert_eq!(
        recalculate_usage(&scoped, NamespaceObjects::new(&[], &services, &[]), now()).to_string(),
        "services=0"
    );
}

/// Object counts of other kinds, as the generic object-count evaluators charge them
/// (`count/<resource>[.<group>]`, and the legacy names of configmaps, secrets,
/// replicationcontrollers and resourcequotas); TestSyncResourceQuota's object-count rows
/// count `count/*` keys the same way.
#[test]
fn object_counts_of_other_kinds() {
    use kube_primitives::api::GroupResource;
    let gr = |s: &str| GroupResource::parse(s);
    let q = quota(json!({"hard": {
        "configmaps": "10", "count/configmaps": "10", "secrets": "3",
        "count/deployments.apps": "5", "count/pods": "20", "count/widgets.example.com": "1",
        "count/gadgets.example.com": "1"
    }}));
    let pods = [
        pod("a", "Running", json!({})),
        pod("b", "Running", json!({})),
    ];
    let counts = [
        (gr("configmaps"), 4),
        (gr("deployments.apps"), 2),
        (gr("secrets"), 1),
        (gr("deployments.apps"), 1),
        // Pods are counted from the pod list, never from a count.
        (gr("pods"), 99),
        // A kind the quota does not limit adds nothing.
        (gr("jobs.batch"), 7),
        // A kind that exists but has no objects is counted as 0; a kind with no count at all
        // (gadgets) has no evaluator and stays out, as upstream when it is not served.
        (gr("widgets.example.com"), 0),
    ];
    let objects = NamespaceObjects::new(&pods, &[], &[]).with_counts(&counts);
    assert_eq!(
        recalculate_usage(&q, objects, now()).to_string(),
        "configmaps=4,count/configmaps=4,count/deployments.apps=3,count/pods=2,\
         count/widgets.example.com=0,secrets=1"
    );
    // A scoped quota counts no objects of these kinds (MatchesNoScopeFunc).
    let scoped = quota(
        json!({"hard": {"count/configmaps": "10", "pods": "5"}, "scopes": ["NotTerminating"]}),
    );
    assert_eq!(
        recalculate_usage(&scoped, objects, now()).to_string(),
        "count/configmaps=0,pods=2"
    );
}
