//! ResourceQuota admission after plugin/pkg/admission/resourcequota/admission_test.go (one
//! test per upstream test, pods, services and claims), plus rows of our own for services by
//! type and claims by storage class.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/plugin/pkg/admission/resourcequota/admission_test.go>

use kube_primitives::api::core::{Pod, ResourceQuota, Time};
use kube_primitives::quota::{
    admit, check_request, LimitedResource, Operation, PodAdmission, QuotaError,
};
use serde_json::{json, Value};

const NOW: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z

fn now() -> Time {
    Time::from_unix_seconds(NOW)
}

fn rl(pairs: &[(&str, &str)]) -> Value {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), json!(v)))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// A quota in namespace `test` with `scopes`, `status.hard` and `status.used`.
fn quota(
    name: &str,
    scopes: &[&str],
    hard: &[(&str, &str)],
    used: &[(&str, &str)],
) -> ResourceQuota {
    serde_json::from_value(json!({
        "metadata": {"name": name, "namespace": "test", "resourceVersion": "124"},
        "spec": {"hard": rl(hard), "scopes": scopes},
        "status": {"hard": rl(hard), "used": rl(used)}
    }))
    .unwrap()
}

/// upstream's `validPod`: `n` containers with the same requests and limits.
fn valid_pod(name: &str, n: usize, requests: &[(&str, &str)], limits: &[(&str, &str)]) -> Pod {
    let containers: Vec<Value> = (0..n)
        .map(|i| {
            json!({"name": format!("foo-{i}"), "image": format!("foo:V{i}"),
                        "resources": {"requests": rl(requests), "limits": rl(limits)}})
        })
        .collect();
    serde_json::from_value(json!({
        "metadata": {"name": name, "namespace": "test"},
        "spec": {"containers": containers}
    }))
    .unwrap()
}

fn used(q: &ResourceQuota) -> String {
    q.status.used.to_string()
}

fn create(pod: &Pod) -> PodAdmission<'_> {
    PodAdmission::create(pod, now())
}

#[test]
fn admission_ignores_delete() {
    let q = quota("quota", &[], &[("cpu", "1")], &[("cpu", "1")]);
    let pod = valid_pod("name", 1, &[("cpu", "2")], &[]);
    let mut req = create(&pod);
    req.operation = Operation::Delete;
    assert_eq!(admit(std::slice::from_ref(&q), &req, &[]), Ok(vec![]));
    assert_eq!(
        check_request(std::slice::from_ref(&q), &req, &[]),
        Ok(vec![q])
    );
}

#[test]
fn admission_ignores_subresources() {
    let q = quota("quota", &[], &[("memory", "2Gi")], &[("memory", "1Gi")]);
    let pod = valid_pod("123", 1, &[("cpu", "100m"), ("memory", "2Gi")], &[]);
    let err = admit(std::slice::from_ref(&q), &create(&pod), &[]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "pods \"123\" is forbidden: exceeded quota: quota, requested: memory=2Gi, used: memory=1Gi, limited: memory=2Gi"
    );
    let mut req = create(&pod);
    req.subresource = "subresource";
    assert_eq!(admit(&[q], &req, &[]), Ok(vec![]));
}

fn cpu_mem_pods_quota() -> ResourceQuota {
    quota(
        "quota",
        &[],
        &[("cpu", "3"), ("memory", "100Gi"), ("pods", "5")],
        &[("cpu", "1"), ("memory", "50Gi"), ("pods", "3")],
    )
}

#[test]
fn admit_below_quota_limit() {
    let pod = valid_pod("allowed-pod", 1, &[("cpu", "100m"), ("memory", "2Gi")], &[]);
    let writes = admit(&[cpu_mem_pods_quota()], &create(&pod), &[]).unwrap();
    assert_eq!(writes.len(), 1);
    assert_eq!(used(&writes[0]), "cpu=1100m,memory=52Gi,pods=4");
}

#[test]
fn admit_dry_run() {
    let pod = valid_pod("allowed-pod", 1, &[("cpu", "100m"), ("memory", "2Gi")], &[]);
    let mut req = create(&pod);
    req.dry_run = true;
    assert_eq!(admit(&[cpu_mem_pods_quota()], &req, &[]), Ok(vec![]));
    // A dry run is still checked.
    let big = valid_pod(
        "not-allowed-pod",
        1,
        &[("cpu", "3"), ("memory", "2Gi")],
        &[],
    );
    let mut req = create(&big);
    req.dry_run = true;
    assert!(admit(&[cpu_mem_pods_quota()], &req, &[]).is_err());
}

#[test]
fn admit_exceed_quota_limit() {
    let pod = valid_pod(
        "not-allowed-pod",
        1,
        &[("cpu", "3"), ("memory", "2Gi")],
        &[],
    );
    let err = admit(&[cpu_mem_pods_quota()], &create(&pod), &[]).unwrap_err();
    assert_eq!(
        *err.error,
        QuotaError::Exceeded {
            quota: "quota".into(),
            requested: serde_json::from_value(rl(&[("cpu", "3")])).unwrap(),
            used: serde_json::from_value(rl(&[("cpu", "1")])).unwrap(),
            limited: serde_json::from_value(rl(&[("cpu", "3")])).unwrap(),
        }
    );
}

#[test]
fn admit_enforce_quota_constraints() {
    let q = quota(
        "quota",
        &[],
        &[
            ("cpu", "3"),
            ("memory", "100Gi"),
            ("limits.memory", "200Gi"),
            ("pods", "5"),
        ],
        &[
            ("cpu", "1"),
            ("memory", "50Gi"),
            ("limits.memory", "100Gi"),
            ("pods", "3"),
        ],
    );
    let pod = valid_pod(
        "not-allowed-pod",
        1,
        &[("cpu", "100m"), ("memory", "2Gi")],
        &[("cpu", "200m")],
    );
    let err = admit(&[q], &create(&pod), &[]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "pods \"not-allowed-pod\" is forbidden: failed quota: quota: must specify limits.memory for: foo-0"
    );
}

#[test]
fn admit_pod_in_namespace_without_quota() {
    let pod = valid_pod(
        "not-allowed-pod",
        1,
        &[("cpu", "100m"), ("memory", "2Gi")],
        &[("cpu", "200m")],
    );
    assert_eq!(admit(&[], &create(&pod), &[]), Ok(vec![]));
}

fn scoped_pair(a: &str, b: &str) -> [ResourceQuota; 2] {
    let hard = [("cpu", "3"), ("memory", "100Gi"), ("pods", "5")];
    let used = [("cpu", "1"), ("memory", "50Gi"), ("pods", "3")];
    [
        quota(&format!("quota-{}", a.to_lowercase()), &[a], &hard, &used),
        quota(&format!("quota-{}", b.to_lowercase()), &[b], &hard, &used),
    ]
}

#[test]
fn admit_below_terminating_quota_limit() {
    let quotas = scoped_pair("NotTerminating", "Terminating");
    let mut pod = valid_pod("allowed-pod", 1, &[("cpu", "100m"), ("memory", "2Gi")], &[]);
    pod.spec.active_deadline_seconds = Some(30);
    let writes = admit(&quotas, &create(&pod), &[]).unwrap();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].metadata.name, "quota-terminating");
    assert_eq!(used(&writes[0]), "cpu=1100m,memory=52Gi,pods=4");
}

#[test]
fn admit_below_terminating_quota_limit_when_pod_scope_updated() {
    let quotas = scoped_pair("NotTerminating", "Terminating");
    let mut old = valid_pod("allowed-pod", 1, &[("cpu", "100m"), ("memory", "2Gi")], &[]);
    old.metadata.resource_version = "1".into();
    let mut pod = old.clone();
    pod.spec.active_deadline_seconds = Some(30);
    // Moving into the Terminating scope charges the terminating quota for the whole pod; the
    // non-terminating quota is not credited (it is recounted by the controller later).
    let writes = admit(
        &quotas,
        &PodAdmission::update(&pod, Some(&old), "", now()),
        &[],
    )
    .unwrap();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].metadata.name, "quota-terminating");
    assert_eq!(used(&writes[0]), "cpu=1100m,memory=52Gi,pods=4");
    // An update that keeps the scope is not evaluated at all.
    let mut same = old.clone();
    same.spec.active_deadline_seconds = Some(-1);
    let req = PodAdmission::update(&same, Some(&old), "", now());
    assert!(!req.is_evaluated());
    assert_eq!(admit(&quotas, &req, &[]), Ok(vec![]));
}

#[test]
fn admit_below_best_effort_quota_limit() {
    let quotas = [
        quota(
            "quota-besteffort",
            &["BestEffort"],
            &[("pods", "5")],
            &[("pods", "3")],
        ),
        quota(
            "quota-not-besteffort",
            &["NotBestEffort"],
            &[("cpu", "3"), ("memory", "100Gi"), ("pods", "5")],
            &[("cpu", "1"), ("memory", "50Gi"), ("pods", "3")],
        ),
    ];
    let pod = valid_pod("allowed-pod", 1, &[], &[]);
    let writes = admit(&quotas, &create(&pod), &[]).unwrap();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].metadata.name, "quota-besteffort");
    assert_eq!(used(&writes[0]), "pods=4");
    // A best-effort quota that tracks cpu demands what a best-effort pod never states.
    let strict = quota(
        "strict",
        &["BestEffort"],
        &[("cpu", "1"), ("pods", "5")],
        &[("cpu", "0"), ("pods", "3")],
    );
    assert_eq!(
        admit(&[strict], &create(&pod), &[])
            .unwrap_err()
            .to_string(),
        "pods \"allowed-pod\" is forbidden: failed quota: strict: must specify cpu for: foo-0"
    );
}

#[test]
fn admit_best_effort_quota_limit_ignores_burstable() {
    let q = quota(
        "quota-besteffort",
        &["BestEffort"],
        &[("pods", "5")],
        &[("pods", "3")],
    );
    let pod = valid_pod("allowed-pod", 1, &[("cpu", "100m"), ("memory", "1Gi")], &[]);
    assert_eq!(admit(&[q], &create(&pod), &[]), Ok(vec![]));
}

#[test]
fn admit_rejects_negative_usage() {
    let q = quota(
        "quota",
        &[],
        &[("cpu", "3"), ("pods", "5")],
        &[("cpu", "1"), ("pods", "3")],
    );
    let pod = valid_pod("bad-pod", 1, &[("cpu", "-1")], &[]);
    let err = admit(std::slice::from_ref(&q), &create(&pod), &[]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "pods \"bad-pod\" is forbidden: quota usage is negative for resource(s): cpu,requests.cpu"
    );
    let pod = valid_pod("good-pod", 1, &[("cpu", "1")], &[]);
    assert_eq!(
        used(&admit(&[q], &create(&pod), &[]).unwrap()[0]),
        "cpu=2,pods=4"
    );
}

#[test]
fn admit_when_unrelated_resource_exceeds_quota() {
    let q = quota(
        "quota",
        &[],
        &[("services", "3"), ("pods", "4")],
        &[("services", "4"), ("pods", "1")],
    );
    let pod = valid_pod("allowed-pod", 1, &[], &[]);
    assert_eq!(
        used(&admit(&[q], &create(&pod), &[]).unwrap()[0]),
        "pods=2,services=4"
    );
}

#[test]
fn admit_limited_resource_no_quota() {
    let limited = [LimitedResource::pods(["cpu"])];
    let pod = valid_pod(
        "not-allowed-pod",
        1,
        &[("cpu", "100m"), ("memory", "2Gi")],
        &[],
    );
    let err = admit(&[], &create(&pod), &limited).unwrap_err();
    assert_eq!(
        err.to_string(),
        "pods \"not-allowed-pod\" is forbidden: insufficient quota to consume: cpu,requests.cpu"
    );
}

#[test]
fn admit_limited_resource_no_quota_ignores_non_matching_resources() {
    let limited = [LimitedResource::pods(["services"])];
    let pod = valid_pod("allowed-pod", 1, &[("cpu", "100m"), ("memory", "2Gi")], &[]);
    assert_eq!(admit(&[], &create(&pod), &limited), Ok(vec![]));
}

#[test]
fn admit_limited_resource_with_quota() {
    let q = quota(
        "quota",
        &[],
        &[("requests.cpu", "10")],
        &[("requests.cpu", "1")],
    );
    let limited = [LimitedResource::pods(["requests.cpu"])];
    let pod = valid_pod("allowed-pod", 1, &[("cpu", "100m"), ("memory", "2Gi")], &[]);
    assert_eq!(
        used(&admit(&[q], &create(&pod), &limited).unwrap()[0]),
        "requests.cpu=1100m"
    );
}

#[test]
fn admit_limited_resource_with_multiple_quota() {
    let q1 = quota(
        "quota",
        &[],
        &[("requests.cpu", "10")],
        &[("requests.cpu", "1")],
    );
    let q2 = quota("quota2", &[], &[("memory", "10Gi")], &[("memory", "1Gi")]);
    let limited = [LimitedResource::pods(["requests.cpu"])];
    let pod = valid_pod("allowed-pod", 1, &[("cpu", "100m"), ("memory", "2Gi")], &[]);
    let writes = admit(&[q1, q2], &create(&pod), &limited).unwrap();
    let got: Vec<String> = writes.iter().map(used).collect();
    assert_eq!(got, ["requests.cpu=1100m", "memory=3Gi"]);
}

#[test]
fn admit_limited_resource_with_quota_that_does_not_cover() {
    let q = quota("quota", &[], &[("memory", "10Gi")], &[("memory", "1Gi")]);
    let limited = [LimitedResource::pods(["cpu"])];
    let pod = valid_pod(
        "not-allowed-pod",
        1,
        &[("cpu", "100m"), ("memory", "2Gi")],
        &[],
    );
    let err = admit(&[q], &create(&pod), &limited).unwrap_err();
    assert_eq!(
        *err.error,
        QuotaError::InsufficientQuota(vec!["cpu".into(), "requests.cpu".into()])
    );
}

/// Rows of `TestAdmitLimitedScopeWithCoverQuota`: a pod whose priority class is limited needs
/// a quota whose scopes cover it.
#[test]
fn admit_limited_scope_with_cover_quota() {
    let limited: Vec<LimitedResource> = serde_json::from_value(json!([{
        "resource": "pods",
        "matchScopes": [{"scopeName": "PriorityClass", "operator": "In", "values": ["cluster-services"]}]
    }]))
    .unwrap();
    let covering: ResourceQuota = serde_json::from_value(json!({
        "metadata": {"name": "quota", "namespace": "test"},
        "spec": {"scopeSelector": {"matchExpressions": [
            {"scopeName": "PriorityClass", "operator": "In", "values": ["cluster-services"]}]}},
        "status": {"hard": {"pods": "10"}, "used": {"pods": "1"}}
    }))
    .unwrap();
    let other: ResourceQuota = serde_json::from_value(json!({
        "metadata": {"name": "quota", "namespace": "test"},
        "spec": {"scopeSelector": {"matchExpressions": [
            {"scopeName": "PriorityClass", "operator": "In", "values": ["another-priorityclass-name"]}]}},
        "status": {"hard": {"pods": "10"}, "used": {"pods": "1"}}
    }))
    .unwrap();
    let with_class = |class: &str| {
        let mut p = valid_pod("pod", 1, &[("cpu", "100m")], &[]);
        p.spec.priority_class_name = class.into();
        p
    };
    let cluster = with_class("cluster-services");
    // No quota at all: refused, naming the limited scope (not a Forbidden error upstream).
    let err = admit(&[], &create(&cluster), &limited).unwrap_err();
    assert_eq!(
        err.to_string(),
        "insufficient quota to match these scopes: [{PriorityClass In [cluster-services]}]"
    );
    // A quota whose scope the pod does not fall under does not cover it.
    assert!(admit(std::slice::from_ref(&other), &create(&cluster), &limited).is_err());
    // Once the pod falls under a quota scope of the same name, it is covered, whatever the
    // values: the other class's quota next to one that matches every class.
    let mut any_class = other.clone();
    any_class.metadata.name = "any".into();
    any_class.spec.scope_selector = serde_json::from_value(json!({"matchExpressions": [
        {"scopeName": "PriorityClass", "operator": "Exists"}]}))
    .unwrap();
    assert_eq!(
        admit(&[other, any_class], &create(&cluster), &limited)
            .unwrap()
            .len(),
        1
    );
    // The covering quota is charged.
    assert_eq!(
        used(&admit(std::slice::from_ref(&covering), &create(&cluster), &limited).unwrap()[0]),
        "pods=2"
    );
    // A pod of another class is not limited.
    let plain = with_class("fake-priority");
    assert_eq!(admit(&[], &create(&plain), &limited), Ok(vec![]));
    assert_eq!(admit(&[covering], &create(&plain), &limited), Ok(vec![]));
}

#[test]
fn admit_resize_charges_growth() {
    let q = quota(
        "quota",
        &[],
        &[("requests.cpu", "2")],
        &[("requests.cpu", "1")],
    );
    let mut old = valid_pod("pod", 1, &[("cpu", "500m")], &[]);
    old.metadata.resource_version = "7".into();
    let mut pod = valid_pod("pod", 1, &[("cpu", "1")], &[]);
    pod.metadata.resource_version = "8".into();
    let req = PodAdmission::update(&pod, Some(&old), "resize", now());
    assert_eq!(
        used(&admit(std::slice::from_ref(&q), &req, &[]).unwrap()[0]),
        "requests.cpu=1500m"
    );
    // Shrinking charges nothing (growth is never negative).
    let req = PodAdmission::update(&old, Some(&pod), "resize", now());
    assert_eq!(admit(std::slice::from_ref(&q), &req, &[]), Ok(vec![]));
    // Without a resourceVersion the old pod may not exist yet: charged in full.
    let mut unstored = old.clone();
    unstored.metadata.resource_version.clear();
    let req = PodAdmission::update(&pod, Some(&unstored), "resize", now());
    assert_eq!(
        used(&admit(std::slice::from_ref(&q), &req, &[]).unwrap()[0]),
        "requests.cpu=2"
    );
    // Without the old pod at all: refused.
    let req = PodAdmission::update(&pod, None, "resize", now());
    assert_eq!(
        admit(&[q], &req, &[]).unwrap_err().to_string(),
        "pods \"pod\" is forbidden: unable to get previous usage since prior version of object was not found"
    );
}

#[test]
fn status_unknown_for_quota() {
    let q = quota(
        "quota",
        &[],
        &[("cpu", "3"), ("pods", "5")],
        &[("pods", "3")],
    );
    let pod = valid_pod("pod", 1, &[("cpu", "1")], &[]);
    assert_eq!(
        admit(&[q], &create(&pod), &[]).unwrap_err().to_string(),
        "pods \"pod\" is forbidden: status unknown for quota: quota, resources: cpu,pods"
    );
}

#[test]
fn forbidden_names_fall_back_to_generate_name() {
    let q = quota("quota", &[], &[("pods", "0")], &[("pods", "0")]);
    let mut pod = valid_pod("", 1, &[], &[]);
    pod.metadata.generate_name = "web-".into();
    let text = admit(std::slice::from_ref(&q), &create(&pod), &[])
        .unwrap_err()
        .to_string();
    assert!(
        text.starts_with("pods \"web-\" is forbidden: exceeded quota: quota"),
        "{text}"
    );
    pod.metadata.generate_name.clear();
    let text = admit(&[q], &create(&pod), &[]).unwrap_err().to_string();
    assert!(
        text.starts_with("pods \"Unknown\" is forbidden: "),
        "{text}"
    );
}

// Services and claims go through the same CheckRequest with their own evaluators.

use kube_primitives::api::core::{PersistentVolumeClaim, Service};
use kube_primitives::quota::QuotaAdmission;

fn service(name: &str, spec: Value, rv: &str) -> Service {
    serde_json::from_value(json!({"metadata": {"name": name, "namespace": "test", "resourceVersion": rv}, "spec": spec})).unwrap()
}

#[test]
fn admit_services_by_type() {
    let q = quota(
        "quota",
        &[],
        &[
            ("services", "10"),
            ("services.loadbalancers", "1"),
            ("services.nodeports", "2"),
        ],
        &[
            ("services", "3"),
            ("services.loadbalancers", "1"),
            ("services.nodeports", "0"),
        ],
    );
    let lb = service(
        "edge",
        json!({"type": "LoadBalancer", "ports": [{"port": 443}]}),
        "",
    );
    let err = admit(
        std::slice::from_ref(&q),
        &QuotaAdmission::create(&lb, now()),
        &[],
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "services \"edge\" is forbidden: exceeded quota: quota, requested: services.loadbalancers=1, used: services.loadbalancers=1, limited: services.loadbalancers=1"
    );
    let internal = service(
        "web",
        json!({"type": "ClusterIP", "ports": [{"port": 80}]}),
        "",
    );
    let writes = admit(
        std::slice::from_ref(&q),
        &QuotaAdmission::create(&internal, now()),
        &[],
    )
    .unwrap();
    assert_eq!(
        used(&writes[0]),
        "services=4,services.loadbalancers=1,services.nodeports=0"
    );
    // Turning a stored ClusterIP service into a NodePort one charges its node ports only.
    let old = service(
        "web",
        json!({"type": "ClusterIP", "ports": [{"port": 80}, {"port": 81}]}),
        "7",
    );
    let new = service(
        "web",
        json!({"type": "NodePort", "ports": [{"port": 80}, {"port": 81}]}),
        "7",
    );
    let writes = admit(
        std::slice::from_ref(&q),
        &QuotaAdmission::update(&new, Some(&old), "", now()),
        &[],
    )
    .unwrap();
    assert_eq!(
        used(&writes[0]),
        "services=3,services.loadbalancers=1,services.nodeports=2"
    );
    // A scoped quota never counts services.
    let scoped = quota(
        "scoped",
        &["BestEffort"],
        &[("services", "0")],
        &[("services", "0")],
    );
    assert_eq!(
        admit(&[scoped], &QuotaAdmission::create(&internal, now()), &[]),
        Ok(vec![])
    );
    // Services have no sub-resource quota looks at.
    let mut status = QuotaAdmission::update(&new, Some(&old), "status", now());
    status.dry_run = false;
    assert_eq!(admit(&[q], &status, &[]), Ok(vec![]));
}

fn claim(name: &str, class: &str, size: &str, rv: &str) -> PersistentVolumeClaim {
    serde_json::from_value(
        json!({"metadata": {"name": name, "namespace": "test", "resourceVersion": rv},
        "spec": {"storageClassName": class, "resources": {"requests": {"storage": size}}}}),
    )
    .unwrap()
}

#[test]
fn admit_claims_by_storage_class() {
    let q = quota(
        "storage",
        &[],
        &[
            ("requests.storage", "100Gi"),
            ("gold.storageclass.storage.k8s.io/requests.storage", "10Gi"),
            ("persistentvolumeclaims", "5"),
        ],
        &[
            ("requests.storage", "20Gi"),
            ("gold.storageclass.storage.k8s.io/requests.storage", "8Gi"),
            ("persistentvolumeclaims", "2"),
        ],
    );
    let gold = claim("db", "gold", "5Gi", "");
    let err = admit(
        std::slice::from_ref(&q),
        &QuotaAdmission::create(&gold, now()),
        &[],
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "persistentvolumeclaims \"db\" is forbidden: exceeded quota: storage, requested: gold.storageclass.storage.k8s.io/requests.storage=5Gi, used: gold.storageclass.storage.k8s.io/requests.storage=8Gi, limited: gold.storageclass.storage.k8s.io/requests.storage=10Gi"
    );
    let silver = claim("logs", "silver", "5Gi", "");
    let writes = admit(
        std::slice::from_ref(&q),
        &QuotaAdmission::create(&silver, now()),
        &[],
    )
    .unwrap();
    assert_eq!(
        used(&writes[0]),
        "gold.storageclass.storage.k8s.io/requests.storage=8Gi,persistentvolumeclaims=3,requests.storage=25Gi"
    );
    // Expanding a stored claim charges the growth; the status sub-resource is looked at too.
    let old = claim("logs", "silver", "5Gi", "3");
    let grown = claim("logs", "silver", "8Gi", "3");
    let writes = admit(
        std::slice::from_ref(&q),
        &QuotaAdmission::update(&grown, Some(&old), "", now()),
        &[],
    )
    .unwrap();
    assert_eq!(
        used(&writes[0]).split(',').next_back(),
        Some("requests.storage=23Gi")
    );
    let req = QuotaAdmission::update(&grown, Some(&old), "status", now());
    assert!(req.is_evaluated());
    assert_eq!(admit(std::slice::from_ref(&q), &req, &[]).unwrap().len(), 1);
    // Limited storage needs a covering quota; `matchContains` is a substring test, so the
    // per-class name is limited too.
    let limited: Vec<LimitedResource> = serde_json::from_value(json!([
        {"resource": "persistentvolumeclaims", "matchContains": ["requests.storage"]}]))
    .unwrap();
    assert_eq!(
        admit(&[], &QuotaAdmission::create(&silver, now()), &limited).unwrap_err().to_string(),
        "persistentvolumeclaims \"logs\" is forbidden: insufficient quota to consume: requests.storage,silver.storageclass.storage.k8s.io/requests.storage"
    );
    // The same configuration does not limit pods.
    let pod = valid_pod("p", 1, &[("cpu", "1")], &[]);
    assert_eq!(admit(&[], &create(&pod), &limited), Ok(vec![]));
}

/// The setting of TestAdmitHandlesOldObjects and TestAdmitHandlesCreatingUpdates: a quota
/// with one load balancer charged, and a LoadBalancer service (stored with `old_rv`) updated
/// into a NodePort one. Returns the quotas written.
fn load_balancer_to_node_port(old_rv: &str) -> Vec<ResourceQuota> {
    let q = quota(
        "quota",
        &[],
        &[
            ("services", "10"),
            ("services.loadbalancers", "10"),
            ("services.nodeports", "10"),
        ],
        &[
            ("services", "1"),
            ("services.loadbalancers", "1"),
            ("services.nodeports", "0"),
        ],
    );
    let old = service("service", json!({"type": "LoadBalancer"}), old_rv);
    let new = service(
        "service",
        json!({"type": "NodePort", "ports": [{"port": 1234}]}),
        "",
    );
    admit(
        &[q],
        &QuotaAdmission::update(&new, Some(&old), "", now()),
        &[],
    )
    .unwrap()
}

/// TestAdmitHandlesOldObjects: a stored LoadBalancer service becomes a NodePort one. The
/// delta is taken with negatives dropped (`SubtractWithNonNegativeResult`), so the load
/// balancer stays charged and the node port is added.
#[test]
fn admit_handles_old_objects() {
    let writes = load_balancer_to_node_port("1");
    assert_eq!(writes.len(), 1);
    assert_eq!(
        used(&writes[0]),
        "services=1,services.loadbalancers=1,services.nodeports=1"
    );
}

/// TestAdmitHandlesCreatingUpdates: an old object without a resourceVersion never existed, so
/// the update is charged in full, like a create.
#[test]
fn admit_handles_creating_updates() {
    let writes = load_balancer_to_node_port("");
    assert_eq!(
        used(&writes[0]),
        "services=2,services.loadbalancers=1,services.nodeports=1"
    );
}

fn pvc_quota() -> ResourceQuota {
    quota(
        "quota",
        &[],
        &[
            ("persistentvolumeclaims", "3"),
            ("requests.storage", "100Gi"),
        ],
        &[
            ("persistentvolumeclaims", "1"),
            ("requests.storage", "10Gi"),
        ],
    )
}

/// TestAdmitHandlesNegativePVCUpdates: shrinking a stored claim charges nothing and writes
/// nothing.
#[test]
fn admit_handles_negative_pvc_updates() {
    let old = claim("pvc-to-update", "", "10Gi", "1");
    let new = claim("pvc-to-update", "", "5Gi", "");
    assert_eq!(
        admit(
            &[pvc_quota()],
            &QuotaAdmission::update(&new, Some(&old), "", now()),
            &[]
        ),
        Ok(vec![])
    );
}

/// TestAdmitHandlesPVCUpdates: growing a stored claim from 10Gi to 15Gi charges the 5Gi.
#[test]
fn admit_handles_pvc_updates() {
    let old = claim("pvc-to-update", "", "10Gi", "1");
    let new = claim("pvc-to-update", "", "15Gi", "");
    let writes = admit(
        &[pvc_quota()],
        &QuotaAdmission::update(&new, Some(&old), "", now()),
        &[],
    )
    .unwrap();
    assert_eq!(
        used(&writes[0]),
        "persistentvolumeclaims=1,requests.storage=15Gi"
    );
}

// Kinds quota only counts go through the generic object-count evaluator.

use kube_primitives::api::core::ObjectMeta;
use kube_primitives::api::GroupResource;
use kube_primitives::quota::CountedObject;

fn meta(name: &str) -> ObjectMeta {
    serde_json::from_value(json!({"name": name, "namespace": "test"})).unwrap()
}

#[test]
fn admit_object_counts() {
    let configmaps = GroupResource::parse("configmaps");
    let m = meta("settings");
    let cm = CountedObject::new(&configmaps, &m);
    // Both the count/ name and the legacy name are charged.
    let q = quota(
        "quota",
        &[],
        &[("count/configmaps", "10"), ("configmaps", "10")],
        &[("count/configmaps", "3"), ("configmaps", "3")],
    );
    let writes = admit(
        std::slice::from_ref(&q),
        &QuotaAdmission::create(&cm, now()),
        &[],
    )
    .unwrap();
    assert_eq!(used(&writes[0]), "configmaps=4,count/configmaps=4");
    // Full: refused with the core resource's name.
    let full = quota("quota", &[], &[("configmaps", "3")], &[("configmaps", "3")]);
    assert_eq!(
        admit(&[full], &QuotaAdmission::create(&cm, now()), &[])
            .unwrap_err()
            .to_string(),
        "configmaps \"settings\" is forbidden: exceeded quota: quota, requested: configmaps=1, \
         used: configmaps=3, limited: configmaps=3"
    );
    // Updates are not charged; a scoped quota never counts these kinds.
    assert_eq!(
        admit(
            std::slice::from_ref(&q),
            &QuotaAdmission::update(&cm, Some(&cm), "", now()),
            &[]
        ),
        Ok(vec![])
    );
    let scoped = quota(
        "scoped",
        &["NotTerminating"],
        &[("count/configmaps", "0")],
        &[("count/configmaps", "0")],
    );
    assert_eq!(
        admit(&[scoped], &QuotaAdmission::create(&cm, now()), &[]),
        Ok(vec![])
    );
    // A quota that does not track the kind is not touched.
    let other = quota(
        "other",
        &[],
        &[("count/secrets", "1")],
        &[("count/secrets", "1")],
    );
    assert_eq!(
        admit(&[other], &QuotaAdmission::create(&cm, now()), &[]),
        Ok(vec![])
    );
}

#[test]
fn admit_object_counts_of_grouped_kinds_and_limited_resources() {
    let widgets = GroupResource::parse("widgets.example.com");
    let m = meta("w1");
    let w = CountedObject::new(&widgets, &m);
    // Limited by configuration: with no covering quota the create is refused. The entry must
    // name the kind's group; one for the core group does not apply.
    let limited: Vec<LimitedResource> = serde_json::from_value(json!([
        {"apiGroup": "example.com", "resource": "widgets", "matchContains": ["count/widgets"]}
    ]))
    .unwrap();
    assert_eq!(
        admit(&[], &QuotaAdmission::create(&w, now()), &limited)
            .unwrap_err()
            .to_string(),
        "widgets.example.com \"w1\" is forbidden: insufficient quota to consume: \
         count/widgets.example.com"
    );
    let core_only: Vec<LimitedResource> = serde_json::from_value(json!([
        {"resource": "widgets", "matchContains": ["count/widgets"]}
    ]))
    .unwrap();
    assert_eq!(
        admit(&[], &QuotaAdmission::create(&w, now()), &core_only),
        Ok(vec![])
    );
    let q = quota(
        "quota",
        &[],
        &[("count/widgets.example.com", "5")],
        &[("count/widgets.example.com", "1")],
    );
    let writes = admit(&[q], &QuotaAdmission::create(&w, now()), &limited).unwrap();
    assert_eq!(used(&writes[0]), "count/widgets.example.com=2");
}
