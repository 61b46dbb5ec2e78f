//! The controllers' decisions over a realistically sized namespace: the Endpoints object for a
//! service of 100 pods (3 ports), one pod's quota admission against 3 quotas, the quota recount
//! over 100 pods, ranking 100 pods for deletion, one pod through the LimitRanger (defaults and
//! checks), one health-check pass over 100 nodes, and one rolling-update scale-down step over 5
//! old replica sets. None of these is a per-request hot path in Kubernetes; the numbers say what
//! an operator embedding them pays.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use kube_primitives::api::apps::ReplicaSet;
use kube_primitives::api::core::{LimitRangeSpec, Node, Pod, ResourceQuota, Service, Time};
use kube_primitives::node::{node_health, NodeHealth, NodeHealthSettings};
use kube_primitives::quota::{
    admit, apply_limit_range_defaults, recalculate_usage, validate_pod_limits, LimitRangeDefaults,
    NamespaceObjects, PodAdmission,
};
use kube_primitives::service::endpoints_for_service;
use kube_primitives::workload::{pods_to_delete, reconcile_old_replica_sets, RankedPod};
use serde_json::json;

fn pods(n: usize) -> Vec<Pod> {
    (0..n)
        .map(|i| {
            let ip = format!("10.1.{}.{}", i / 250, i % 250 + 1);
            let ready = if i % 7 == 0 { "False" } else { "True" };
            serde_json::from_value(json!({
                "metadata": {"name": format!("web-{i}"), "namespace": "shop", "uid": format!("uid-{i:04}"),
                             "labels": {"app": "web", "pod-template-hash": "5d8f"},
                             "creationTimestamp": Time::from_unix_seconds(1_767_000_000 + i as i64 * 60).to_string()},
                "spec": {"nodeName": format!("node-{}", i % 10), "containers": [{"name": "app",
                    "ports": [{"name": "http", "containerPort": 8080, "protocol": "TCP"},
                              {"name": "metrics", "containerPort": 9090, "protocol": "TCP"}],
                    "resources": {"requests": {"cpu": "250m", "memory": "256Mi"}, "limits": {"memory": "512Mi"}}}]},
                "status": {"phase": "Running", "podIP": ip, "podIPs": [{"ip": ip}],
                           "conditions": [{"type": "Ready", "status": ready,
                                           "lastTransitionTime": "2026-01-01T00:00:00Z"}]}
            }))
            .expect("pod")
        })
        .collect()
}

fn controllers(c: &mut Criterion) {
    let now = Time::from_unix_seconds(1_767_225_600);
    let pods = pods(100);
    let service: Service = serde_json::from_value(json!({
        "metadata": {"name": "web", "namespace": "shop"},
        "spec": {"clusterIP": "10.96.0.20", "selector": {"app": "web"}, "ports": [
            {"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"},
            {"name": "metrics", "port": 9090, "targetPort": "metrics", "protocol": "TCP"},
            {"name": "admin", "port": 8081, "targetPort": 8081, "protocol": "TCP"}]}
    }))
    .expect("service");
    let quotas: Vec<ResourceQuota> = serde_json::from_value(json!([
        {"metadata": {"name": "compute", "namespace": "shop"},
         "spec": {"hard": {"requests.cpu": "100", "requests.memory": "200Gi", "limits.memory": "400Gi"}},
         "status": {"hard": {"requests.cpu": "100", "requests.memory": "200Gi", "limits.memory": "400Gi"},
                    "used": {"requests.cpu": "25", "requests.memory": "25Gi", "limits.memory": "50Gi"}}},
        {"metadata": {"name": "count", "namespace": "shop"},
         "spec": {"hard": {"pods": "500", "count/pods": "1000"}},
         "status": {"hard": {"pods": "500", "count/pods": "1000"}, "used": {"pods": "100", "count/pods": "120"}}},
        {"metadata": {"name": "batch", "namespace": "shop"},
         "spec": {"hard": {"pods": "10"}, "scopes": ["Terminating"]},
         "status": {"hard": {"pods": "10"}, "used": {"pods": "0"}}}
    ]))
    .expect("quotas");

    let mut g = c.benchmark_group("controllers");
    g.bench_function("endpoints_100_pods", |b| {
        b.iter(|| endpoints_for_service(black_box(&service), black_box(&pods)))
    });
    let pod = &pods[1];
    g.bench_function("quota_admit", |b| {
        b.iter(|| {
            admit(
                black_box(&quotas),
                &PodAdmission::create(black_box(pod), now),
                &[],
            )
        })
    });
    g.bench_function("quota_recount_100_pods", |b| {
        b.iter(|| {
            recalculate_usage(
                black_box(&quotas[0]),
                NamespaceObjects::new(&pods, &[], &[]),
                now,
            )
        })
    });
    let ranked: Vec<RankedPod<'_>> = pods
        .iter()
        .enumerate()
        .map(|(i, pod)| RankedPod { pod, rank: i % 4 })
        .collect();
    g.bench_function("rank_100_pods_for_deletion", |b| {
        b.iter(|| pods_to_delete(black_box(&ranked), 10, now))
    });
    let lr: LimitRangeSpec = serde_json::from_value(json!({"limits": [
        {"type": "Container", "default": {"cpu": "500m", "memory": "512Mi"},
         "defaultRequest": {"cpu": "100m", "memory": "128Mi"},
         "max": {"cpu": "2", "memory": "2Gi"}, "min": {"cpu": "10m"},
         "maxLimitRequestRatio": {"memory": "4"}},
        {"type": "Pod", "max": {"cpu": "4", "memory": "4Gi"}}
    ]}))
    .expect("limit range");
    g.bench_function("limit_ranger_one_pod", |b| {
        b.iter(|| {
            let LimitRangeDefaults { pod: defaulted, .. } =
                apply_limit_range_defaults(black_box(&lr), black_box(pod));
            validate_pod_limits(&lr, &defaulted)
        })
    });
    let settings = NodeHealthSettings::default();
    let nodes: Vec<Node> = (0..100)
        .map(|i| {
            serde_json::from_value(json!({
                "metadata": {"name": format!("node-{i}"), "creationTimestamp": "2026-01-01T00:00:00Z"},
                "status": {"conditions": [
                    {"type": "Ready", "status": "True", "lastHeartbeatTime": "2026-01-01T12:00:00Z",
                     "lastTransitionTime": "2026-01-01T00:01:00Z"},
                    {"type": "MemoryPressure", "status": "False", "lastHeartbeatTime": "2026-01-01T12:00:00Z",
                     "lastTransitionTime": "2026-01-01T00:01:00Z"}]}
            }))
            .expect("node")
        })
        .collect();
    let seen: Vec<NodeHealth> = nodes
        .iter()
        .map(|n| node_health(n, None, None, now, &settings).health)
        .collect();
    g.bench_function("node_health_100_nodes", |b| {
        b.iter(|| {
            nodes
                .iter()
                .zip(&seen)
                .map(|(n, h)| node_health(black_box(n), Some(h), None, now, &settings))
                .filter(|u| u.write.is_some())
                .count()
        })
    });
    let old: Vec<ReplicaSet> = (0..5)
        .map(|i| {
            let mut rs = ReplicaSet::new(&format!("web-{i}"), 4);
            rs.status.available_replicas = 3;
            rs
        })
        .collect();
    let mut new = ReplicaSet::new("web-new", 5);
    new.status.available_replicas = 5;
    g.bench_function("old_replica_sets_scale_down", |b| {
        b.iter(|| reconcile_old_replica_sets(20, 5, black_box(&new), black_box(&old)))
    });
    g.finish();
}

criterion_group!(benches, controllers);
criterion_main!(benches);
