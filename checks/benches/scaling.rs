//! How every entry point that takes a collection grows with it: each runs at n = 1,000, 10,000
//! and 100,000 (labels and annotations, selector requirements and values, field-selector terms,
//! node-selector terms, containers and statuses in one pod, pods behind a service and in a quota
//! recount, quotas and LimitRange items in admission, node conditions in a zone, pods and replica
//! sets in a rollout, services in a pod's environment, resolv.conf lines). Read the growth from
//! 10k to 100k: about 10× is linear, about 13× is n log n.
//!
//! `SCALING_MAX=10000 cargo bench --bench scaling` stops at a smaller size.

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use kube_primitives::api::core::{
    LimitRangeSpec, NodeCondition, NodeSelector, Pod, ResourceQuota, Service, Time,
};
use kube_primitives::meta::field::Path;
use kube_primitives::meta::{validate_annotations, validate_labels};
use kube_primitives::node::{compute_zone_state, EvictionSettings};
use kube_primitives::probe::{kubelet_conditions, pod_phase, ContainerStatuses, PodPhase};
use kube_primitives::quota::{
    admit, apply_limit_range_defaults, compute_pod_qos, pod_requests, recalculate_usage,
    validate_pod_limits, NamespaceObjects, PodAdmission, PodResourcesOptions,
};
use kube_primitives::selector::{FieldSelector, NodeSelectorMatcher, Selector};
use kube_primitives::service::ResolvConf;
use kube_primitives::service::{endpoints_for_service, service_env_vars};
use kube_primitives::workload::{pods_to_delete, RankedPod};
use serde_json::json;

fn sizes() -> Vec<usize> {
    let max: usize = std::env::var("SCALING_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    [1_000, 10_000, 100_000]
        .into_iter()
        .filter(|&n| n <= max)
        .collect()
}

fn map(n: usize, key: impl Fn(usize) -> String) -> BTreeMap<String, String> {
    (0..n).map(|i| (key(i), format!("value-{i}"))).collect()
}

fn pod(i: usize) -> Pod {
    let ip = format!("10.{}.{}.{}", i / 65_536 % 256, i / 256 % 256, i % 256);
    serde_json::from_value(json!({
        "metadata": {"name": format!("web-{i}"), "namespace": "shop", "uid": format!("uid-{i}"),
                     "labels": {"app": "web"},
                     "creationTimestamp": Time::from_unix_seconds(1_767_000_000 + i as i64).to_string()},
        "spec": {"nodeName": format!("node-{}", i % 100), "containers": [{"name": "app",
            "ports": [{"name": "http", "containerPort": 8080, "protocol": "TCP"}],
            "resources": {"requests": {"cpu": "250m", "memory": "256Mi"}, "limits": {"memory": "512Mi"}}}]},
        "status": {"phase": "Running", "podIP": ip, "podIPs": [{"ip": ip}],
                   "conditions": [{"type": "Ready", "status": if i % 7 == 0 { "False" } else { "True" },
                                   "lastTransitionTime": "2026-01-01T00:00:00Z"}]}
    }))
    .expect("pod")
}

/// One pod with `n` containers, each with a status (half of them resized).
fn wide_pod(n: usize) -> Pod {
    let containers: Vec<_> = (0..n)
        .map(|i| json!({"name": format!("c{i}"), "resources": {"requests": {"cpu": "10m", "memory": "8Mi"},
                                                                 "limits": {"cpu": "20m", "memory": "8Mi"}}}))
        .collect();
    let statuses: Vec<_> = (0..n)
        .rev()
        .map(|i| {
            let mut s = json!({"name": format!("c{i}"), "ready": true, "restartCount": 0, "image": "i", "imageID": "",
                               "started": true, "state": {"running": {"startedAt": "2026-01-01T00:00:00Z"}}});
            if i % 2 == 0 {
                s["resources"] = json!({"requests": {"cpu": "15m"}});
            }
            s
        })
        .collect();
    serde_json::from_value(json!({
        "metadata": {"name": "wide", "namespace": "shop"},
        "spec": {"containers": containers},
        "status": {"phase": "Running", "containerStatuses": statuses}
    }))
    .expect("wide pod")
}

fn quota(i: usize) -> ResourceQuota {
    serde_json::from_value(json!({
        "metadata": {"name": format!("q{i}"), "namespace": "shop"},
        "spec": {"hard": {"requests.cpu": "1000", "pods": "1000000"}},
        "status": {"hard": {"requests.cpu": "1000", "pods": "1000000"},
                   "used": {"requests.cpu": "1", "pods": "1"}}
    }))
    .expect("quota")
}

fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    let now = Time::from_unix_seconds(1_767_225_600);
    let labels_path = Path::new("metadata").child("labels");
    for n in sizes() {
        let id = |name: &str| BenchmarkId::new(name, n);

        let labels = map(n, |i| format!("example.com/key-{i}"));
        g.bench_function(id("validate_labels"), |b| {
            b.iter(|| validate_labels(black_box(&labels), &labels_path))
        });
        g.bench_function(id("validate_annotations"), |b| {
            b.iter(|| validate_annotations(black_box(&labels), &labels_path))
        });

        let requirements: Vec<String> = (0..n).map(|i| format!("key-{i}=value-{i}")).collect();
        let text = requirements.join(",");
        g.bench_function(id("selector_parse_requirements"), |b| {
            b.iter(|| Selector::parse(black_box(&text)))
        });
        let values: Vec<String> = (0..n).map(|i| format!("v{i}")).collect();
        let text = format!("key in ({})", values.join(","));
        g.bench_function(id("selector_parse_values"), |b| {
            b.iter(|| Selector::parse(black_box(&text)))
        });
        let many = Selector::parse(&requirements.join(",")).expect("selector");
        let pod_labels = map(n, |i| format!("key-{i}"));
        g.bench_function(id("selector_match_requirements"), |b| {
            b.iter(|| many.matches(black_box(&pod_labels)))
        });

        let terms: Vec<String> = (0..n).map(|i| format!("metadata.f{i}=v{i}")).collect();
        let text = terms.join(",");
        g.bench_function(id("field_selector_parse"), |b| {
            b.iter(|| FieldSelector::parse(black_box(&text)))
        });

        let node_selector: NodeSelector = serde_json::from_value(json!({"nodeSelectorTerms":
            (0..n).map(|i| json!({"matchExpressions": [{"key": format!("zone-{i}"), "operator": "In", "values": ["a"]}]}))
                .collect::<Vec<_>>()}))
        .expect("node selector");
        let node_labels = map(10, |i| format!("label-{i}"));
        g.bench_function(id("node_selector_terms"), |b| {
            b.iter(|| {
                NodeSelectorMatcher::new(black_box(&node_selector))
                    .map(|m| m.matches("node", &node_labels))
            })
        });

        let wide = wide_pod(n);
        let with_status = {
            let mut o = PodResourcesOptions::default();
            o.use_status_resources = true;
            o
        };
        g.bench_function(id("pod_requests_containers"), |b| {
            b.iter(|| pod_requests(black_box(&wide), &with_status))
        });
        g.bench_function(id("pod_qos_containers"), |b| {
            b.iter(|| compute_pod_qos(black_box(&wide)))
        });
        g.bench_function(id("pod_phase_containers"), |b| {
            b.iter(|| pod_phase(black_box(&wide), false, true))
        });
        let view = ContainerStatuses::of(&wide.status);
        g.bench_function(id("pod_conditions_containers"), |b| {
            b.iter(|| {
                kubelet_conditions(black_box(&wide), &wide.status, PodPhase::Running, view, &[])
            })
        });

        let pods: Vec<Pod> = (0..n).map(pod).collect();
        let service: Service = serde_json::from_value(json!({
            "metadata": {"name": "web", "namespace": "shop"},
            "spec": {"clusterIP": "10.96.0.20", "selector": {"app": "web"},
                     "ports": [{"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"}]}
        }))
        .expect("service");
        g.bench_function(id("endpoints_pods"), |b| {
            b.iter(|| endpoints_for_service(&service, black_box(&pods)))
        });
        let recount_quota = quota(0);
        g.bench_function(id("quota_recount_pods"), |b| {
            b.iter(|| {
                recalculate_usage(
                    &recount_quota,
                    NamespaceObjects::new(black_box(&pods), &[], &[]),
                    now,
                )
            })
        });
        let quotas: Vec<ResourceQuota> = (0..n).map(quota).collect();
        let first = &pods[1];
        g.bench_function(id("quota_admission_quotas"), |b| {
            b.iter(|| admit(black_box(&quotas), &PodAdmission::create(first, now), &[]))
        });
        let limit_range: LimitRangeSpec = serde_json::from_value(json!({"limits":
            (0..n).map(|i| json!({"type": if i % 2 == 0 { "Container" } else { "Pod" },
                                  "max": {"cpu": "64", "memory": "1Ti"},
                                  "default": {"cpu": "500m"}, "defaultRequest": {"cpu": "100m"}}))
                .collect::<Vec<_>>()}))
        .expect("limit range");
        g.bench_function(id("limit_range_items"), |b| {
            b.iter(|| {
                let d = apply_limit_range_defaults(black_box(&limit_range), first);
                validate_pod_limits(&limit_range, &d.pod)
            })
        });

        let conditions: Vec<NodeCondition> = (0..n)
            .map(|i| NodeCondition::new("Ready", if i % 3 == 0 { "False" } else { "True" }))
            .collect();
        let settings = EvictionSettings::default();
        g.bench_function(id("zone_state_nodes"), |b| {
            b.iter(|| {
                compute_zone_state(
                    black_box(&conditions)
                        .iter()
                        .map(|c| Some(c.status.as_str())),
                    &settings,
                )
            })
        });

        let ranked: Vec<RankedPod<'_>> =
            pods.iter().map(|p| RankedPod { pod: p, rank: 0 }).collect();
        g.bench_function(id("deletion_order_pods"), |b| {
            b.iter(|| pods_to_delete(black_box(&ranked), n / 2, now))
        });

        let services: Vec<Service> = (0..n)
            .map(|i| {
                serde_json::from_value(json!({
                    "metadata": {"name": format!("svc-{i}"), "namespace": "shop"},
                    "spec": {"clusterIP": format!("10.96.{}.{}", i / 256 % 256, i % 256),
                             "ports": [{"name": "http", "port": 80, "protocol": "TCP"}]}
                }))
                .expect("service")
            })
            .collect();
        g.bench_function(id("service_env_services"), |b| {
            b.iter(|| service_env_vars(black_box(&services)))
        });

        let resolv: String = (0..n)
            .map(|i| {
                format!(
                    "search s{i}.example.com\nnameserver 10.0.{}.{}\noptions ndots:{}\n",
                    i / 256 % 256,
                    i % 256,
                    i % 5
                )
            })
            .collect();
        g.bench_function(id("resolv_conf_lines"), |b| {
            b.iter(|| ResolvConf::parse(black_box(&resolv)))
        });
    }
    g.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
