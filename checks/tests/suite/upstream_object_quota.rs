//! What services and persistent volume claims charge against a ResourceQuota, after
//! pkg/quota/v1/evaluator/core/services_test.go (`TestServiceEvaluatorUsage`,
//! `TestServiceEvaluatorMatchesResources`) and persistent_volume_claims_test.go
//! (`TestPersistentVolumeClaimEvaluatorUsage`, `...MatchingResources`, `...MatchingScopes`).
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/tree/v1.36.0/pkg/quota/v1/evaluator/core>

use kube_primitives::api::core::{
    PersistentVolumeClaim, ScopedResourceSelectorRequirement, Service,
};
use kube_primitives::quota::{
    pvc_matches_scope, pvc_matching_resources, pvc_usage, service_matching_resources,
    service_usage, ResourceList,
};
use serde_json::{json, Value};

fn rl(v: Value) -> ResourceList {
    serde_json::from_value(v).unwrap()
}

fn svc(spec: Value) -> Service {
    serde_json::from_value(json!({"metadata": {"name": "s", "namespace": "test"}, "spec": spec}))
        .unwrap()
}

#[test]
fn service_evaluator_usage() {
    let usage = |nodeports: &str, lbs: &str| {
        rl(json!({"count/services": "1", "services": "1",
                  "services.nodeports": nodeports, "services.loadbalancers": lbs}))
    };
    let port = |p: i32| json!({"port": p});
    let rows = [
        (
            "loadbalancer",
            json!({"type": "LoadBalancer", "ports": [port(27443)]}),
            usage("1", "1"),
        ),
        (
            "loadbalancer_ports",
            json!({"type": "LoadBalancer", "ports": [port(27443), port(27444)]}),
            usage("2", "1"),
        ),
        ("clusterip", json!({"type": "ClusterIP"}), usage("0", "0")),
        (
            "nodeports",
            json!({"type": "NodePort", "ports": [port(27443)]}),
            usage("1", "0"),
        ),
        (
            "multi-nodeports",
            json!({"type": "NodePort", "ports": [port(27443), port(27444)]}),
            usage("2", "0"),
        ),
        (
            "nodeports-disabled",
            json!({"type": "LoadBalancer", "ports": [port(27443), port(27444)],
            "allocateLoadBalancerNodePorts": false}),
            usage("0", "1"),
        ),
        (
            "nodeports-default-enabled",
            json!({"type": "LoadBalancer", "ports": [port(27443), port(27444)]}),
            usage("2", "1"),
        ),
        (
            "nodeports-explicitly-enabled",
            json!({"type": "LoadBalancer", "ports": [port(27443), port(27444)],
            "allocateLoadBalancerNodePorts": true}),
            usage("2", "1"),
        ),
        (
            "nodeports-disabled-but-specified",
            json!({"type": "LoadBalancer",
            "ports": [{"port": 27443, "nodePort": 32001}, port(27444)],
            "allocateLoadBalancerNodePorts": false}),
            usage("1", "1"),
        ),
    ];
    for (name, spec, want) in rows {
        let got = service_usage(&svc(spec));
        assert!(got.equals(&want), "{name}: got {got}, want {want}");
    }
}

#[test]
fn service_evaluator_matches_resources() {
    let input = [
        "count/services",
        "services",
        "services.nodeports",
        "services.loadbalancers",
        "cpu",
        "pods",
        "requests.storage",
    ];
    assert_eq!(
        service_matching_resources(&input),
        [
            "count/services",
            "services",
            "services.loadbalancers",
            "services.nodeports"
        ]
    );
}

fn claim(v: Value) -> PersistentVolumeClaim {
    serde_json::from_value(v).unwrap()
}

#[test]
fn pvc_evaluator_usage() {
    let base = |storage: &str, class: Option<&str>| {
        let mut spec = json!({"accessModes": ["ReadWriteOnce", "ReadOnlyMany"],
            "selector": {"matchExpressions": [{"key": "key2", "operator": "Exists"}]},
            "resources": {"requests": {"storage": storage}}});
        if let Some(c) = class {
            spec["storageClassName"] = json!(c);
        }
        claim(json!({"metadata": {"name": "foo", "namespace": "ns"}, "spec": spec}))
    };
    let allocated = |size: &str, alloc: &str| {
        claim(json!({
            "metadata": {"name": "foo", "namespace": "ns"},
            "spec": {"resources": {"requests": {"storage": size}}},
            "status": {"allocatedResources": {"storage": alloc}}
        }))
    };
    let plain = |storage: &str| {
        rl(
            json!({"requests.storage": storage, "persistentvolumeclaims": "1",
        "count/persistentvolumeclaims": "1"}),
        )
    };
    let gold = |storage: &str| {
        rl(
            json!({"requests.storage": storage, "persistentvolumeclaims": "1",
        "gold.storageclass.storage.k8s.io/requests.storage": storage,
        "gold.storageclass.storage.k8s.io/persistentvolumeclaims": "1",
        "count/persistentvolumeclaims": "1"}),
        )
    };
    let rows = [
        ("pvc-usage", base("10Gi", None), plain("10Gi")),
        (
            "pvc-usage-by-class",
            base("10Gi", Some("gold")),
            gold("10Gi"),
        ),
        ("pvc-usage-rounded", base("1001m", None), plain("2")),
        (
            "pvc-usage-by-class-rounded",
            base("1001m", Some("gold")),
            gold("2"),
        ),
        (
            "pvc-usage-higher-allocated-resource",
            allocated("5G", "10G"),
            plain("10G"),
        ),
        (
            "pvc-usage-lower-allocated-resource",
            allocated("10G", "5G"),
            plain("10G"),
        ),
    ];
    for (name, pvc, want) in rows {
        let got = pvc_usage(&pvc);
        assert!(got.equals(&want), "{name}: got {got}, want {want}");
    }
    // The beta annotation names the class before storageClassName does.
    let mut annotated = base("1Gi", Some("gold"));
    annotated.metadata.annotations.insert(
        "volume.beta.kubernetes.io/storage-class".into(),
        "silver".into(),
    );
    assert!(pvc_usage(&annotated)
        .get("silver.storageclass.storage.k8s.io/requests.storage")
        .is_some());
    // A whole request keeps its text; an allocation without a request charges no storage.
    assert_eq!(
        pvc_usage(&base("10Gi", None))
            .get("requests.storage")
            .unwrap()
            .to_string(),
        "10Gi"
    );
    let no_request = claim(json!({"status": {"allocatedResources": {"storage": "5Gi"}}}));
    assert!(pvc_usage(&no_request).get("requests.storage").is_none());
}

#[test]
fn pvc_evaluator_matching_resources() {
    let supported = [
        "count/persistentvolumeclaims",
        "requests.storage",
        "persistentvolumeclaims",
        "gold.storageclass.storage.k8s.io/requests.storage",
        "gold.storageclass.storage.k8s.io/persistentvolumeclaims",
    ];
    assert_eq!(pvc_matching_resources(&supported), supported);
    let unsupported = [
        "storage",
        "ephemeral-storage",
        "bronze.storageclass.storage.k8s.io/storage",
        "gold.storage.k8s.io/requests.storage",
    ];
    assert!(pvc_matching_resources(&unsupported).is_empty());
}

fn sel(op: &str, values: &[&str]) -> ScopedResourceSelectorRequirement {
    let mut v = json!({"scopeName": "VolumeAttributesClass", "operator": op});
    if !values.is_empty() {
        v["values"] = json!(values);
    }
    serde_json::from_value(v).unwrap()
}

#[test]
fn pvc_evaluator_matching_scopes() {
    let matched = |pvc: &PersistentVolumeClaim, selectors: &[ScopedResourceSelectorRequirement]| {
        selectors
            .iter()
            .filter(|s| pvc_matches_scope(s, pvc).unwrap())
            .cloned()
            .collect::<Vec<_>>()
    };
    let empty = claim(json!({}));
    let selectors = [
        sel("DoesNotExist", &[]),
        sel("Exists", &[]),
        sel("In", &["class1"]),
        sel("NotIn", &["class4"]),
    ];
    assert_eq!(
        matched(&empty, &selectors),
        [sel("DoesNotExist", &[]), sel("NotIn", &["class4"])]
    );

    let one = claim(json!({"spec": {"volumeAttributesClassName": "class1"}}));
    let selectors = [
        sel("DoesNotExist", &[]),
        sel("Exists", &[]),
        sel("In", &["class1"]),
        sel("In", &["class4"]),
        sel("NotIn", &["class4"]),
    ];
    assert_eq!(
        matched(&one, &selectors),
        [
            sel("Exists", &[]),
            sel("In", &["class1"]),
            sel("NotIn", &["class4"])
        ]
    );

    let target = claim(json!({"spec": {"volumeAttributesClassName": "class1"},
        "status": {"currentVolumeAttributesClassName": "class2"}}));
    let selectors = [
        sel("DoesNotExist", &[]),
        sel("Exists", &[]),
        sel("In", &["class1"]),
        sel("In", &["class2"]),
        sel("In", &["class1", "class2"]),
        sel("In", &["class1", "class2", "class4"]),
        sel("In", &["class4"]),
        sel("NotIn", &["class4"]),
    ];
    assert_eq!(
        matched(&target, &selectors),
        [
            sel("Exists", &[]),
            sel("In", &["class1"]),
            sel("In", &["class2"]),
            sel("In", &["class1", "class2"]),
            sel("In", &["class1", "class2", "class4"]),
            sel("NotIn", &["class4"])
        ]
    );

    let modify = claim(json!({"spec": {"volumeAttributesClassName": "class1"},
        "status": {"currentVolumeAttributesClassName": "class2",
                   "modifyVolumeStatus": {"targetVolumeAttributesClassName": "class3"}}}));
    let selectors = [
        sel("DoesNotExist", &[]),
        sel("Exists", &[]),
        sel("In", &["class1"]),
        sel("In", &["class2"]),
        sel("In", &["class3"]),
        sel("In", &["class1", "class2", "class3"]),
        sel("In", &["class1", "class2", "class3", "class4"]),
        sel("In", &["class4"]),
        sel("NotIn", &["class4"]),
    ];
    assert_eq!(
        matched(&modify, &selectors),
        [
            sel("Exists", &[]),
            sel("In", &["class1"]),
            sel("In", &["class2"]),
            sel("In", &["class3"]),
            sel("In", &["class1", "class2", "class3"]),
            sel("In", &["class1", "class2", "class3", "class4"]),
            sel("NotIn", &["class4"])
        ]
    );
    // Other scopes never apply to claims; a bad operator is an error.
    let other: ScopedResourceSelectorRequirement =
        serde_json::from_value(json!({"scopeName": "BestEffort", "operator": "Exists"})).unwrap();
    assert_eq!(pvc_matches_scope(&other, &one), Ok(false));
    assert!(pvc_matches_scope(&sel("Equals", &["class1"]), &one).is_err());
}
