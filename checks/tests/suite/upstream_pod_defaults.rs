//! The v1 defaulting of pods, pod templates and what they hold, after
//! `pkg/apis/core/v1/defaults_test.go`, test by test and row by row, plus a corpus run.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/v1/defaults_test.go>
//!
//! Go's `roundTrip` (encode, decode, default) becomes a direct call: [`default_pod`] for a
//! `*v1.Pod`, [`default_pod_spec`] for the template of a ReplicationController or a
//! PodTemplate, [`default_volume`] where upstream calls `SetDefaults_Volume`. Feature gates are
//! at their 1.36 defaults (`PodLevelResources`, `ImageVolume` on).
//!
//! Ported: `TestWorkloadDefaults` (both subtests, features enabled), `TestPodDefaults`
//! (features enabled), `TestPodResourcesDefaults` (17 rows), `TestPodHostNetworkDefaults`
//! (2 rows), `TestSetDefaultReplicationControllerInitContainers` (6 rows),
//! `TestSetDefaultSecretVolumeSource`, `TestSetDefaultConfigMapVolumeSource`,
//! `TestSetDefaultDownwardAPIVolumeSource`, `TestSetDefaultProjectedVolumeSource`,
//! `TestSetDefaultEphemeral` (3 rows), `TestSetDefaultPodSpecHostNetwork`,
//! `TestSetDefaultObjectFieldSelectorAPIVersion`, `TestSetMinimumScalePod`,
//! `TestSetDefaultRequestsPod`, `TestDefaultRequestIsNotSetForReplicationController`,
//! `TestSetDefaultProbe`, `TestSetDefaultSchedulerName`, `TestSetDefaultHostPathVolumeSource`,
//! `TestSetDefaultEnableServiceLinks`, `TestSetDefaults_Volume` (4 rows).
//!
//! Left out: the tests of other kinds (ReplicationController selector, labels and replicas,
//! Service, Secret, PersistentVolume(Claim), Endpoints, Namespace, NodeStatus, LimitRangeItem);
//! `TestSetDefaultResizePolicy` (1.36's `defaults.go` no longer defaults `resizePolicy`); the
//! `DefaultHostNetworkHostPortsInPodTemplates` gate rows of `TestPodHostNetworkDefaults` (the
//! gate is gone; its "off" behaviour is what the two kept rows pin); the `features disabled`
//! halves of `TestWorkloadDefaults` / `TestPodDefaults` (gates off are not 1.36 behaviour);
//! and any row needing `defaultPodLimits` (not in 1.36).
//!
//! The rows were read from the newest copy of the file at hand, which predates 1.36 (it still
//! has `TestSetDefaultResizePolicy`); tables 1.36 added after it (e.g. pod-level hugepages
//! rows) are not here yet.

use crate::common;

use std::collections::BTreeMap;

use kube_primitives::api::core::{Pod, PodSpec, Volume};
use kube_primitives::api::Quantity;
use kube_primitives::validation::defaults::{
    default_pod, default_pod_spec, default_volume, round_up_to_milli,
};
use serde_json::{json, Value};

fn pod(v: Value) -> Pod {
    serde_json::from_value(v).expect("test pod decodes")
}

fn spec(v: Value) -> PodSpec {
    serde_json::from_value(v).expect("test pod spec decodes")
}

/// `roundTrip` of a `*v1.Pod`.
fn defaulted_pod(v: Value) -> Pod {
    let mut p = pod(v);
    default_pod(&mut p);
    p
}

/// `roundTrip` of a ReplicationController: its template's spec.
fn defaulted_template_spec(v: Value) -> PodSpec {
    let mut s = spec(v);
    default_pod_spec(&mut s);
    s
}

fn q(s: &str) -> Quantity {
    s.parse().expect("quantity parses")
}

// ---------------------------------------------------------------------------------------------
// TestWorkloadDefaults / TestPodDefaults: every default under a PodTemplateSpec / Pod.
// ---------------------------------------------------------------------------------------------

/// Leaves of a JSON value, by JSON pointer: a non-empty object or array is expanded, anything
/// else (scalars, `{}`, `[]`) is a leaf.
fn leaves(path: &str, v: &Value, out: &mut BTreeMap<String, Value>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                leaves(&format!("{path}/{k}"), x, out);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, x) in a.iter().enumerate() {
                leaves(&format!("{path}/{i}"), x, out);
            }
        }
        _ => {
            out.insert(path.to_owned(), v.clone());
        }
    }
}

/// What defaulting changed: the leaves of `after` that are new or differ from `before`, and
/// the leaves of `before` that are gone (reported with `null`).
fn changes(before: &Value, after: &Value) -> BTreeMap<String, Value> {
    let (mut b, mut a) = (BTreeMap::new(), BTreeMap::new());
    leaves("", before, &mut b);
    leaves("", after, &mut a);
    let mut out = BTreeMap::new();
    for (k, v) in &a {
        if b.get(k) != Some(v) {
            out.insert(k.clone(), v.clone());
        }
    }
    for k in b.keys() {
        if !a.contains_key(k) && !out.keys().any(|o| o.starts_with(&format!("{k}/"))) {
            out.insert(k.clone(), Value::Null);
        }
    }
    out
}

/// Compares what defaulting changed with upstream's `expectedDefaults` (as JSON pointer leaves),
/// listing every difference.
fn assert_changes(test: &str, before: &Value, after: &Value, expected: &BTreeMap<String, Value>) {
    let got = changes(before, after);
    let mut want = BTreeMap::new();
    for (k, v) in expected {
        leaves(k, v, &mut want);
    }
    let mut diffs = Vec::new();
    for (k, v) in &want {
        match got.get(k) {
            Some(g) if g == v => {}
            Some(g) => diffs.push(format!("  {k}: upstream {v}, ours {g}")),
            None => diffs.push(format!("  {k}: upstream {v}, ours not defaulted")),
        }
    }
    for (k, g) in &got {
        if !want.contains_key(k) {
            diffs.push(format!("  {k}: not defaulted upstream, ours {g}"));
        }
    }
    assert!(
        diffs.is_empty(),
        "{test}: defaults differ from upstream's expectedDefaults:\n{}",
        diffs.join("\n")
    );
}

/// A container with every defaulted child present and empty, as upstream's `detectDefaults`
/// fills them (`Env[0].ValueFrom.FieldRef`, lifecycle HTTP handlers, the three probes with
/// HTTP and gRPC handlers, one port); `limits` is the `{"": 0}` the walker puts in maps.
fn walked_container(with_limits: bool) -> Value {
    let probe = json!({"httpGet": {}, "grpc": {}});
    let mut c = json!({
        "name": "",
        "env": [{"name": "", "valueFrom": {"fieldRef": {}}}],
        "lifecycle": {"postStart": {"httpGet": {}}, "preStop": {"httpGet": {}}},
        "livenessProbe": probe,
        "readinessProbe": probe,
        "startupProbe": probe,
        "ports": [{"containerPort": 0}],
    });
    if with_limits {
        c["resources"] = json!({"limits": {"": "0"}});
    }
    c
}

/// Volume 0 has no source (the walker's first visit); volume 1 has every source whose children
/// are defaulted (the walker's later visits).
fn walked_volumes() -> Value {
    json!([
        {"name": ""},
        {
            "name": "",
            "azureDisk": {},
            "configMap": {},
            "downwardAPI": {"items": [{"path": "", "fieldRef": {}}]},
            "ephemeral": {"volumeClaimTemplate": {"spec": {}}},
            "hostPath": {"path": ""},
            "iscsi": {},
            "image": {},
            "projected": {"sources": [{
                "downwardAPI": {"items": [{"path": "", "fieldRef": {}}]},
                "serviceAccountToken": {"path": ""}
            }]},
            "rbd": {},
            "scaleIO": {},
            "secret": {}
        }
    ])
}

/// Upstream's expectedDefaults for one container, under `prefix`.
fn container_defaults(prefix: &str, requests: bool, out: &mut BTreeMap<String, Value>) {
    let mut put = |k: &str, v: Value| {
        out.insert(format!("{prefix}{k}"), v);
    };
    put("/env/0/valueFrom/fieldRef/apiVersion", json!("v1"));
    put("/imagePullPolicy", json!("IfNotPresent"));
    for h in ["postStart", "preStop"] {
        put(&format!("/lifecycle/{h}/httpGet/path"), json!("/"));
        put(&format!("/lifecycle/{h}/httpGet/scheme"), json!("HTTP"));
    }
    for p in ["livenessProbe", "readinessProbe", "startupProbe"] {
        put(&format!("/{p}/failureThreshold"), json!(3));
        put(&format!("/{p}/periodSeconds"), json!(10));
        put(&format!("/{p}/successThreshold"), json!(1));
        put(&format!("/{p}/timeoutSeconds"), json!(1));
        put(&format!("/{p}/httpGet/path"), json!("/"));
        put(&format!("/{p}/httpGet/scheme"), json!("HTTP"));
        put(&format!("/{p}/grpc/service"), json!(""));
    }
    put("/ports/0/protocol", json!("TCP"));
    put("/terminationMessagePath", json!("/dev/termination-log"));
    put("/terminationMessagePolicy", json!("File"));
    if requests {
        // "this gets defaulted from the limits field"
        put("/resources/requests", json!({"": "0"}));
    }
}

/// Upstream's expectedDefaults shared by the template and the pod.
fn spec_defaults(pod: bool) -> BTreeMap<String, Value> {
    let mut m = BTreeMap::new();
    container_defaults("/spec/containers/0", pod, &mut m);
    container_defaults("/spec/initContainers/0", pod, &mut m);
    container_defaults("/spec/ephemeralContainers/0", false, &mut m);
    let mut put = |k: &str, v: Value| {
        m.insert(k.to_owned(), v);
    };
    put("/spec/dnsPolicy", json!("ClusterFirst"));
    if pod {
        put("/spec/enableServiceLinks", json!(true));
    }
    put("/spec/restartPolicy", json!("Always"));
    put("/spec/schedulerName", json!("default-scheduler"));
    put("/spec/securityContext", json!({}));
    put("/spec/terminationGracePeriodSeconds", json!(30));
    put("/spec/volumes/0/emptyDir", json!({}));
    let v = "/spec/volumes/1";
    for (k, val) in [
        ("/azureDisk/cachingMode", json!("ReadWrite")),
        ("/azureDisk/fsType", json!("ext4")),
        ("/azureDisk/kind", json!("Shared")),
        ("/azureDisk/readOnly", json!(false)),
        ("/configMap/defaultMode", json!(420)),
        ("/downwardAPI/defaultMode", json!(420)),
        ("/downwardAPI/items/0/fieldRef/apiVersion", json!("v1")),
        (
            "/ephemeral/volumeClaimTemplate/spec/volumeMode",
            json!("Filesystem"),
        ),
        ("/hostPath/type", json!("")),
        ("/iscsi/iscsiInterface", json!("default")),
        ("/image/pullPolicy", json!("IfNotPresent")),
        ("/projected/defaultMode", json!(420)),
        (
            "/projected/sources/0/downwardAPI/items/0/fieldRef/apiVersion",
            json!("v1"),
        ),
        (
            "/projected/sources/0/serviceAccountToken/expirationSeconds",
            json!(3600),
        ),
        ("/rbd/keyring", json!("/etc/ceph/keyring")),
        ("/rbd/pool", json!("rbd")),
        ("/rbd/user", json!("admin")),
        ("/scaleIO/fsType", json!("xfs")),
        ("/scaleIO/storageMode", json!("ThinProvisioned")),
        ("/secret/defaultMode", json!(420)),
    ] {
        put(&format!("{v}{k}"), val);
    }
    m
}

/// `TestWorkloadDefaults` / "empty PodTemplateSpec" (features enabled): the defaults a
/// PodTemplateSpec gets, and no others. Fields whose defaulting postdates the upstream table
/// (e.g. `fileKeyRef`) are not populated.
#[test]
fn workload_defaults_empty_pod_template_spec() {
    let input = json!({"spec": {
        "containers": [walked_container(false)],
        "initContainers": [walked_container(false)],
        "ephemeralContainers": [walked_container(false)],
        "volumes": walked_volumes(),
    }});
    let before = pod(input.clone());
    let mut after = before.clone();
    default_pod_spec(&mut after.spec);
    assert_changes(
        "TestWorkloadDefaults/empty PodTemplateSpec",
        &serde_json::to_value(&before).unwrap(),
        &serde_json::to_value(&after).unwrap(),
        &spec_defaults(false),
    );
}

/// `TestWorkloadDefaults` / "hostnet PodTemplateSpec with ports": a template's host ports are
/// not defaulted from its container ports.
#[test]
fn workload_defaults_hostnet_pod_template_spec_with_ports() {
    let s = defaulted_template_spec(json!({
        "hostNetwork": true,
        "containers": [{"name": "", "ports": [{"containerPort": 12345, "protocol": "TCP"}]}]
    }));
    let c = &s.containers[0];
    // upstream: [{"name":"","ports":[{"containerPort":12345,"protocol":"TCP"}],"resources":{},
    //   "terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File",
    //   "imagePullPolicy":"IfNotPresent"}]
    assert_eq!(c.ports.len(), 1);
    assert_eq!(
        c.ports[0].host_port, 0,
        "template host port must stay unset"
    );
    assert_eq!(c.ports[0].container_port, 12345);
    assert_eq!(c.ports[0].protocol, "TCP");
    assert_eq!(c.termination_message_path, "/dev/termination-log");
    assert_eq!(c.termination_message_policy, "File");
    assert!(c.resources.limits.is_empty() && c.resources.requests.is_empty());
    assert!(s.host_network);
    assert_eq!(
        c.image_pull_policy, "IfNotPresent",
        "image \"\" (unparsable: no tag) must default to IfNotPresent"
    );
}

/// `TestPodDefaults` (features enabled): the defaults a Pod gets, and no others.
#[test]
fn pod_defaults() {
    let input = json!({"spec": {
        "containers": [walked_container(true)],
        "initContainers": [walked_container(true)],
        "ephemeralContainers": [walked_container(true)],
        "volumes": walked_volumes(),
    }});
    let before = pod(input);
    let mut after = before.clone();
    default_pod(&mut after);
    assert_changes(
        "TestPodDefaults",
        &serde_json::to_value(&before).unwrap(),
        &serde_json::to_value(&after).unwrap(),
        &spec_defaults(true),
    );
}

// ---------------------------------------------------------------------------------------------
// TestPodResourcesDefaults
// ---------------------------------------------------------------------------------------------

struct ResourcesRow {
    name: &'static str,
    pod_resources: Option<Value>,
    containers: Value,
    expected_container_requests: Value,
    expected_pod_requests: Value,
}

fn lim(cpu: &str, mem: &str) -> Value {
    json!({"limits": {"cpu": cpu, "memory": mem}})
}

fn req(cpu: &str, mem: &str) -> Value {
    json!({"requests": {"cpu": cpu, "memory": mem}})
}

fn req_lim(rc: &str, rm: &str, lc: &str, lm: &str) -> Value {
    json!({"requests": {"cpu": rc, "memory": rm}, "limits": {"cpu": lc, "memory": lm}})
}

fn cm(cpu: &str, mem: &str) -> Value {
    json!({"cpu": cpu, "memory": mem})
}

fn resources_rows() -> Vec<ResourcesRow> {
    let two_limits = json!([{"resources": lim("2m", "1Mi")}, {"resources": lim("1m", "5Mi")}]);
    let two_limits_as_requests = json!([cm("2m", "1Mi"), cm("1m", "5Mi")]);
    vec![
        ResourcesRow {
            name: "pod resources=unset, container resources=unset",
            pod_resources: None,
            containers: json!([{"resources": {}}, {"resources": {}}]),
            expected_container_requests: json!([{}, {}]),
            expected_pod_requests: json!({}),
        },
        ResourcesRow {
            name: "pod resources=unset, container requests=unset limits=set",
            pod_resources: None,
            containers: two_limits.clone(),
            expected_container_requests: two_limits_as_requests.clone(),
            expected_pod_requests: json!({}),
        },
        ResourcesRow {
            name: "pod resources=unset, container requests=set limits=unset",
            pod_resources: None,
            containers: json!([{"resources": req("2m", "1Mi")}, {"resources": req("1m", "5Mi")}]),
            expected_container_requests: json!([cm("2m", "1Mi"), cm("1m", "5Mi")]),
            expected_pod_requests: json!({}),
        },
        ResourcesRow {
            name: "pod resources=unset, container requests=set limits=set",
            pod_resources: None,
            containers: json!([
                {"resources": req_lim("1m", "1Mi", "2m", "1Mi")},
                {"resources": req_lim("1m", "1Mi", "1m", "5Mi")}
            ]),
            expected_container_requests: json!([cm("1m", "1Mi"), cm("1m", "1Mi")]),
            expected_pod_requests: json!({}),
        },
        ResourcesRow {
            name: "pod requests=unset limits=set, container resources=unset",
            pod_resources: Some(lim("2m", "1Mi")),
            containers: json!([]),
            expected_container_requests: json!([]),
            expected_pod_requests: cm("2m", "1Mi"),
        },
        ResourcesRow {
            name: "pod limits=nil, container requests=unset limits=set",
            pod_resources: Some(json!({"limits": null})),
            containers: two_limits.clone(),
            expected_container_requests: two_limits_as_requests.clone(),
            expected_pod_requests: json!({}),
        },
        ResourcesRow {
            name: "pod limits=empty map, container requests=unset limits=set",
            pod_resources: Some(json!({"limits": {}})),
            containers: two_limits.clone(),
            expected_container_requests: two_limits_as_requests.clone(),
            expected_pod_requests: json!({}),
        },
        ResourcesRow {
            name: "pod requests=empty map limits=set, container requests=unset limits=set",
            pod_resources: Some(json!({"requests": {}, "limits": cm("5m", "7Mi")})),
            containers: two_limits.clone(),
            expected_container_requests: two_limits_as_requests.clone(),
            expected_pod_requests: cm("3m", "6Mi"),
        },
        ResourcesRow {
            name: "pod requests=nil limits=set, container requests=unset limits=set",
            pod_resources: Some(json!({"requests": null, "limits": cm("5m", "7Mi")})),
            containers: two_limits.clone(),
            expected_container_requests: two_limits_as_requests.clone(),
            expected_pod_requests: cm("3m", "6Mi"),
        },
        ResourcesRow {
            name: "pod requests=unset limits=set, container requests=unset limits=set",
            pod_resources: Some(lim("5m", "7Mi")),
            containers: two_limits.clone(),
            expected_container_requests: two_limits_as_requests.clone(),
            expected_pod_requests: cm("3m", "6Mi"),
        },
        ResourcesRow {
            name: "pod requests=unset limits=set, container requests=set limits=unset",
            pod_resources: Some(lim("4m", "8Mi")),
            containers: json!([{"resources": req("1m", "1Mi")}, {"resources": req("1m", "2Mi")}]),
            expected_container_requests: json!([cm("1m", "1Mi"), cm("1m", "2Mi")]),
            expected_pod_requests: cm("2m", "3Mi"),
        },
        ResourcesRow {
            name: "pod requests=unset cpu limits=set, container resources=unset",
            pod_resources: Some(json!({"limits": {"cpu": "4m"}})),
            containers: json!([{"resources": {}}, {"resources": {}}]),
            expected_container_requests: json!([{}, {}]),
            expected_pod_requests: json!({"cpu": "4m"}),
        },
        ResourcesRow {
            name: "pod requests=unset limits=set, container requests=set limits=set",
            pod_resources: Some(lim("4m", "8Mi")),
            containers: json!([
                {"resources": req_lim("1m", "1Mi", "2m", "1Mi")},
                {"resources": req_lim("1m", "2Mi", "1m", "5Mi")}
            ]),
            expected_container_requests: json!([cm("1m", "1Mi"), cm("1m", "2Mi")]),
            expected_pod_requests: cm("2m", "3Mi"),
        },
        ResourcesRow {
            name: "pod requests=unset limits=set, container memory requests=set limits=unset",
            pod_resources: Some(lim("4m", "8Mi")),
            containers: json!([
                {"resources": {"requests": {"memory": "1Mi"}}},
                {"resources": {"requests": {"memory": "5Mi"}}}
            ]),
            // upstream's table lists cpu 2m / 1m here too; its loop only checks the requests
            // the containers have, and so does this port.
            expected_container_requests: json!([cm("2m", "1Mi"), cm("1m", "5Mi")]),
            expected_pod_requests: cm("4m", "6Mi"),
        },
        ResourcesRow {
            name: "pod limits=set, container unsupported requests=set limits=set",
            pod_resources: Some(lim("2m", "1Mi")),
            containers: json!([
                {"resources": {"limits": {"storage": "1Mi"}}},
                {"resources": {"limits": {"ephemeral-storage": "5Mi"}}}
            ]),
            expected_container_requests: json!([{"storage": "1Mi"}, {"ephemeral-storage": "5Mi"}]),
            expected_pod_requests: cm("2m", "1Mi"),
        },
        ResourcesRow {
            name: "pod unsupported resources limits=set, container unsupported requests=set limits=set",
            pod_resources: Some(json!({"limits": {"storage": "1Mi"}})),
            containers: json!([
                {"resources": {"limits": {"storage": "1Mi"}}},
                {"resources": {"limits": {"ephemeral-storage": "5Mi"}}}
            ]),
            expected_container_requests: json!([{"storage": "1Mi"}, {"ephemeral-storage": "5Mi"}]),
            expected_pod_requests: json!({}),
        },
        ResourcesRow {
            name: "pod supported and unsupported resources limits=set, container unsupported requests=set limits=set",
            pod_resources: Some(json!({"limits": {"cpu": "2m", "memory": "1Mi", "storage": "1Mi"}})),
            containers: json!([
                {"resources": {"limits": {"storage": "1Mi"}}},
                {"resources": {"limits": {"ephemeral-storage": "5Mi"}}}
            ]),
            expected_container_requests: json!([{"storage": "1Mi"}, {"ephemeral-storage": "5Mi"}]),
            expected_pod_requests: cm("2m", "1Mi"),
        },
    ]
}

fn expected_list(v: &Value) -> BTreeMap<String, Quantity> {
    v.as_object()
        .map(|m| {
            m.iter()
                .map(|(k, x)| (k.clone(), q(x.as_str().unwrap())))
                .collect()
        })
        .unwrap_or_default()
}

/// `TestPodResourcesDefaults`: container requests from limits and pod-level requests, through
/// `SetDefaults_Pod` (here [`default_pod`]). As upstream, each request the pod has must equal
/// the row's (a missing expectation is zero); the pod-level requests are also checked the
/// other way round (every expected pod-level request is there).
#[test]
fn pod_resources_defaults() {
    let mut failures = Vec::new();
    for row in resources_rows() {
        let mut s = json!({"containers": row.containers});
        if let Some(r) = &row.pod_resources {
            s["resources"] = r.clone();
        }
        let p = defaulted_pod(json!({ "spec": s }));
        let expected_containers = row.expected_container_requests.as_array().unwrap();
        for (i, c) in p.spec.containers.iter().enumerate() {
            let want = expected_list(&expected_containers[i]);
            for (name, got) in c.resources.requests.iter() {
                let w = want.get(name).cloned().unwrap_or_else(Quantity::zero);
                if *got != w {
                    failures.push(format!(
                        "{}: container {i} request {name}: upstream {w}, ours {got}",
                        row.name
                    ));
                }
            }
        }
        if row.pod_resources.is_some() {
            let want = expected_list(&row.expected_pod_requests);
            let got = p
                .spec
                .resources
                .as_ref()
                .map(|r| r.requests.clone())
                .unwrap_or_default();
            for (name, g) in got.iter() {
                let w = want.get(name).cloned().unwrap_or_else(Quantity::zero);
                if *g != w {
                    failures.push(format!(
                        "{}: pod request {name}: upstream {w}, ours {g}",
                        row.name
                    ));
                }
            }
            for (name, w) in &want {
                if got.get(name).is_none() && !w.is_zero() {
                    failures.push(format!(
                        "{}: pod request {name}: upstream {w}, ours missing",
                        row.name
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `TestPodHostNetworkDefaults`: under `hostNetwork`, a pod's container ports become host ports;
/// a bare PodSpec's do not.
#[test]
fn pod_host_network_defaults() {
    for (name, host_net, expect_pod_default) in [
        ("hostNetwork=false", false, false),
        ("hostNetwork=true", true, true),
    ] {
        let s = json!({
            "hostNetwork": host_net,
            "containers": [{"name": "", "ports": [{"containerPort": 12345, "protocol": "TCP"}]}]
        });
        let p = defaulted_pod(json!({ "spec": s.clone() }));
        let got = p.spec.containers[0].ports[0].host_port;
        if expect_pod_default {
            assert_ne!(got, 0, "{name}: expected Pod HostPort to be defaulted");
        } else {
            assert_eq!(got, 0, "{name}: expected Pod HostPort to be 0");
        }
        let ps = defaulted_template_spec(s);
        assert_eq!(
            ps.containers[0].ports[0].host_port, 0,
            "{name}: expected PodSpec HostPort to be 0"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// TestSetDefaultReplicationControllerInitContainers (the template's init containers)
// ---------------------------------------------------------------------------------------------

fn rc_init_container(c: Value) -> kube_primitives::api::core::Container {
    let s = defaulted_template_spec(json!({ "initContainers": [c] }));
    assert_eq!(s.init_containers.len(), 1);
    s.init_containers.into_iter().next().unwrap()
}

/// `TestSetDefaultReplicationControllerInitContainers` / "imagePullIPolicy".
#[test]
fn rc_init_containers_image_pull_policy() {
    let c = rc_init_container(json!({"name": "install", "image": "busybox"}));
    assert_eq!(c.image_pull_policy, "Always");
}

/// `TestSetDefaultReplicationControllerInitContainers` / "FieldRef".
#[test]
fn rc_init_containers_field_ref() {
    let c = rc_init_container(json!({"name": "fun", "image": "alpine", "env": [{
        "name": "MY_POD_IP",
        "valueFrom": {"fieldRef": {"apiVersion": "", "fieldPath": "status.podIP"}}
    }]}));
    assert_eq!(c.env.len(), 1);
    assert_eq!(c.env[0].name, "MY_POD_IP");
    let field = c.env[0]
        .value_from
        .as_ref()
        .unwrap()
        .field_ref
        .as_ref()
        .unwrap();
    assert_eq!(field.api_version, "v1");
}

/// `TestSetDefaultReplicationControllerInitContainers` / "ContainerPort".
#[test]
fn rc_init_containers_container_port() {
    let c = rc_init_container(
        json!({"name": "fun", "image": "alpine", "ports": [{"name": "default"}]}),
    );
    assert_eq!(c.ports.len(), 1);
    assert_eq!(c.ports[0].name, "default");
    assert_eq!(c.ports[0].protocol, "TCP");
}

/// `TestSetDefaultReplicationControllerInitContainers` / "Resources".
#[test]
fn rc_init_containers_resources() {
    let c = rc_init_container(json!({"name": "fun", "image": "alpine", "resources": {
        "limits": {"cpu": "100m", "memory": "100Mi"},
        "requests": {"cpu": "100m", "memory": "100Mi"}
    }}));
    for list in [&c.resources.limits, &c.resources.requests] {
        assert_eq!(list.len(), 2);
        assert_eq!(list.get("cpu"), Some(&q("100m")));
        assert_eq!(list.get("memory"), Some(&q("100Mi")));
    }
}

/// `TestSetDefaultReplicationControllerInitContainers` / "Probe".
#[test]
fn rc_init_containers_probe() {
    let c = rc_init_container(json!({"name": "fun", "image": "alpine",
        "livenessProbe": {"httpGet": {"host": "localhost"}},
        "readinessProbe": {"httpGet": {"host": "localhost"}}
    }));
    for p in [
        c.liveness_probe.as_ref().unwrap(),
        c.readiness_probe.as_ref().unwrap(),
    ] {
        let get = p.http_get.as_ref().unwrap();
        assert_eq!(get.path, "/");
        assert_eq!(get.scheme, "HTTP");
        assert_eq!(p.timeout_seconds, 1);
        assert_eq!(p.period_seconds, 10);
        assert_eq!(p.success_threshold, 1);
        assert_eq!(p.failure_threshold, 3);
    }
}

/// `TestSetDefaultReplicationControllerInitContainers` / "LifeCycle" (upstream's validator
/// checks PostStart; PreStop is given the same way).
#[test]
fn rc_init_containers_lifecycle() {
    let c = rc_init_container(json!({"name": "fun", "image": "alpine",
        "ports": [{"name": "default"}],
        "lifecycle": {
            "postStart": {"httpGet": {"host": "localhost"}},
            "preStop": {"httpGet": {"host": "localhost"}}
        }
    }));
    let lifecycle = c.lifecycle.as_ref().unwrap();
    let post = lifecycle
        .post_start
        .as_ref()
        .unwrap()
        .http_get
        .as_ref()
        .unwrap();
    assert_eq!((post.path.as_str(), post.scheme.as_str()), ("/", "HTTP"));
    let pre = lifecycle
        .pre_stop
        .as_ref()
        .unwrap()
        .http_get
        .as_ref()
        .unwrap();
    assert_eq!((pre.path.as_str(), pre.scheme.as_str()), ("/", "HTTP"));
}

// ---------------------------------------------------------------------------------------------
// Volume sources
// ---------------------------------------------------------------------------------------------

fn defaulted_volume_in_pod(source: Value) -> Volume {
    let p = defaulted_pod(json!({"spec": {"volumes": [source]}}));
    p.spec.volumes.into_iter().next().unwrap()
}

/// `TestSetDefaultSecretVolumeSource`: `SecretVolumeSourceDefaultMode` (0644).
#[test]
fn secret_volume_source() {
    let v = defaulted_volume_in_pod(json!({"name": "", "secret": {}}));
    assert_eq!(v.secret.unwrap().default_mode, Some(0o644));
}

/// `TestSetDefaultConfigMapVolumeSource`: `ConfigMapVolumeSourceDefaultMode` (0644).
#[test]
fn config_map_volume_source() {
    let v = defaulted_volume_in_pod(json!({"name": "", "configMap": {}}));
    assert_eq!(v.config_map.unwrap().default_mode, Some(0o644));
}

/// `TestSetDefaultDownwardAPIVolumeSource`: `DownwardAPIVolumeSourceDefaultMode` (0644).
#[test]
fn downward_api_volume_source() {
    let v = defaulted_volume_in_pod(json!({"name": "", "downwardAPI": {}}));
    assert_eq!(v.downward_api.unwrap().default_mode, Some(0o644));
}

/// `TestSetDefaultProjectedVolumeSource`: `ProjectedVolumeSourceDefaultMode` (0644).
#[test]
fn projected_volume_source() {
    let v = defaulted_volume_in_pod(json!({"name": "", "projected": {}}));
    assert_eq!(v.projected.unwrap().default_mode, Some(0o644));
}

/// `TestSetDefaultEphemeral`: a generic ephemeral volume's claim template gets a volume mode.
#[test]
fn ephemeral_volume_mode() {
    for (name, given, expected) in [
        ("volume mode nil", None, "Filesystem"),
        ("volume mode filesystem", Some("Filesystem"), "Filesystem"),
        ("volume mode block", Some("Block"), "Block"),
    ] {
        let mut spec = json!({});
        if let Some(m) = given {
            spec["volumeMode"] = json!(m);
        }
        let v = defaulted_volume_in_pod(
            json!({"name": "", "ephemeral": {"volumeClaimTemplate": {"spec": spec}}}),
        );
        let mode = v
            .ephemeral
            .unwrap()
            .volume_claim_template
            .unwrap()
            .spec
            .volume_mode;
        assert_eq!(mode.as_deref(), Some(expected), "{name}");
    }
}

/// `TestSetDefaultHostPathVolumeSource`: `HostPathUnset` (`""`).
#[test]
fn host_path_volume_source() {
    let v = defaulted_volume_in_pod(json!({"name": "", "hostPath": {"path": "foo"}}));
    assert_eq!(v.host_path.unwrap().type_.as_deref(), Some(""));
}

/// `TestSetDefaults_Volume` (ImageVolume on): no source means `emptyDir`; an image volume's
/// pull policy follows the tag. Compared whole, as upstream's `cmp.Equal`.
#[test]
fn set_defaults_volume() {
    for (name, given, expected) in [
        ("defaults to emptyDir", json!({}), json!({"emptyDir": {}})),
        (
            "default image volume source pull policy is IfNotPresent",
            json!({"image": {"reference": "image:v1"}}),
            json!({"image": {"reference": "image:v1", "pullPolicy": "IfNotPresent"}}),
        ),
        (
            "default image volume source pull policy Always if 'latest' tag is used",
            json!({"image": {"reference": "image:latest"}}),
            json!({"image": {"reference": "image:latest", "pullPolicy": "Always"}}),
        ),
        (
            "default image volume source pull policy Always if no tag is used",
            json!({"image": {"reference": "image"}}),
            json!({"image": {"reference": "image", "pullPolicy": "Always"}}),
        ),
    ] {
        let mut v: Volume = serde_json::from_value(given).unwrap();
        default_volume(&mut v);
        let want: Volume = serde_json::from_value(expected).unwrap();
        assert_eq!(v, want, "{name}");
    }
}

// ---------------------------------------------------------------------------------------------
// Pods and their containers
// ---------------------------------------------------------------------------------------------

/// `TestSetDefaultPodSpecHostNetwork`: a host-network pod's container and init container ports
/// become host ports.
#[test]
fn pod_spec_host_network() {
    let p = defaulted_pod(json!({"spec": {
        "hostNetwork": true,
        "containers": [{"name": "", "ports": [{"containerPort": 8080}]}],
        "initContainers": [{"name": "", "ports": [{"containerPort": 8080}]}]
    }}));
    assert_eq!(p.spec.containers[0].ports[0].host_port, 8080);
    assert_eq!(p.spec.init_containers[0].ports[0].host_port, 8080);
}

/// `TestSetDefaultObjectFieldSelectorAPIVersion`.
#[test]
fn object_field_selector_api_version() {
    let p = defaulted_pod(json!({"spec": {
        "containers": [{"name": "", "env": [{"name": "", "valueFrom": {"fieldRef": {}}}]}]
    }}));
    let env = &p.spec.containers[0].env[0];
    let field = env.value_from.as_ref().unwrap().field_ref.as_ref().unwrap();
    assert_eq!(field.api_version, "v1");
}

/// `TestSetMinimumScalePod`: quantities finer than milli units are rounded up
/// (`SetObjectDefaults_Pod`).
#[test]
fn minimum_scale_pod() {
    let r = json!({"requests": {"memory": "1n"}, "limits": {"cpu": "2n"}});
    let p = defaulted_pod(json!({"spec": {
        "containers": [{"name": "", "resources": r}],
        "initContainers": [{"name": "", "resources": r}]
    }}));
    for c in [&p.spec.containers[0], &p.spec.init_containers[0]] {
        assert_eq!(
            c.resources.requests.get("memory"),
            Some(&q("1m")),
            "did not round resources: {:?}",
            c.resources
        );
    }
}

/// `round_up_to_milli` on its own, as `TestSetMinimumScalePod` observes it.
#[test]
fn minimum_scale_resource_list() {
    let mut list: kube_primitives::api::core::ResourceList =
        serde_json::from_value(json!({"memory": "1n", "cpu": "2n"})).unwrap();
    round_up_to_milli(&mut list);
    assert_eq!(list.get("memory"), Some(&q("1m")));
    assert_eq!(list.get("cpu"), Some(&q("1m")));
}

/// The Go test's `requestValue.String()` of a missing entry: the zero quantity, `"0"`.
fn request_string(list: &kube_primitives::api::core::ResourceList, name: &str) -> String {
    list.get(name)
        .map_or_else(|| "0".to_owned(), ToString::to_string)
}

/// `TestSetDefaultRequestsPod`: requests from limits, an explicit zero request kept; nothing
/// without limits.
#[test]
fn default_requests_pod() {
    let r = json!({"requests": {"memory": "0"}, "limits": {"cpu": "100m", "memory": "1Gi"}});
    let p = defaulted_pod(json!({"spec": {
        "containers": [{"name": "", "resources": r}],
        "initContainers": [{"name": "", "resources": r}]
    }}));
    for c in [&p.spec.containers[0], &p.spec.init_containers[0]] {
        assert_eq!(request_string(&c.resources.requests, "cpu"), "100m");
        assert_eq!(request_string(&c.resources.requests, "memory"), "0");
    }

    let p = defaulted_pod(json!({"spec": {
        "containers": [{"name": ""}],
        "initContainers": [{"name": ""}]
    }}));
    for c in [&p.spec.containers[0], &p.spec.init_containers[0]] {
        assert_eq!(request_string(&c.resources.requests, "cpu"), "0");
    }
}

/// `TestDefaultRequestIsNotSetForReplicationController`: a template keeps its requests as
/// written.
#[test]
fn default_request_is_not_set_for_replication_controller() {
    let s = defaulted_template_spec(json!({
        "containers": [{"name": "", "resources": {"limits": {"cpu": "100m"}}}]
    }));
    assert_eq!(
        request_string(&s.containers[0].resources.requests, "cpu"),
        "0"
    );
}

/// `TestSetDefaultProbe`: an empty probe gets timeout 1, period 10, success 1, failure 3 and
/// nothing else.
#[test]
fn default_probe() {
    let p = defaulted_pod(json!({"spec": {"containers": [{"name": "", "livenessProbe": {}}]}}));
    let probe = p.spec.containers[0].liveness_probe.as_ref().unwrap();
    assert_eq!(probe.initial_delay_seconds, 0);
    assert_eq!(probe.timeout_seconds, 1);
    assert_eq!(probe.period_seconds, 10);
    assert_eq!(probe.success_threshold, 1);
    assert_eq!(probe.failure_threshold, 3);
    assert_eq!(
        serde_json::to_value(probe).unwrap(),
        json!({"timeoutSeconds": 1, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 3}),
        "no other probe field is defaulted"
    );
}

/// `TestSetDefaultSchedulerName`: `v1.DefaultSchedulerName`.
#[test]
fn default_scheduler_name() {
    let p = defaulted_pod(json!({}));
    assert_eq!(p.spec.scheduler_name, "default-scheduler");
}

/// `TestSetDefaultEnableServiceLinks`: `v1.DefaultEnableServiceLinks` (true).
#[test]
fn default_enable_service_links() {
    let p = defaulted_pod(json!({}));
    assert_eq!(p.spec.enable_service_links, Some(true));
}

// ---------------------------------------------------------------------------------------------
// Corpus: defaulting real pods is idempotent and leaves them complete.
// ---------------------------------------------------------------------------------------------

/// How many sources a volume names: its JSON keys other than `name`.
fn volume_sources(v: &Volume) -> usize {
    match serde_json::to_value(v).unwrap() {
        Value::Object(m) => m.keys().filter(|k| k.as_str() != "name").count(),
        _ => 0,
    }
}

fn check_defaulted(at: &str, p: &Pod) -> Vec<String> {
    let mut bad = Vec::new();
    let s = &p.spec;
    for (kind, cs) in [
        ("container", &s.containers),
        ("initContainer", &s.init_containers),
    ] {
        for c in cs.iter() {
            let who = format!("{at}: {kind} {:?}", c.name);
            if c.image_pull_policy.is_empty() {
                bad.push(format!("{who}: empty imagePullPolicy"));
            }
            if c.termination_message_path.is_empty() {
                bad.push(format!("{who}: empty terminationMessagePath"));
            }
            if c.termination_message_policy.is_empty() {
                bad.push(format!("{who}: empty terminationMessagePolicy"));
            }
            for (name, _) in c.resources.limits.iter() {
                if !c.resources.requests.contains_key(name) {
                    bad.push(format!("{who}: limit {name} without a request"));
                }
            }
            for port in &c.ports {
                if port.protocol.is_empty() {
                    bad.push(format!(
                        "{who}: port {} without protocol",
                        port.container_port
                    ));
                }
            }
        }
    }
    for c in &s.ephemeral_containers {
        let who = format!("{at}: ephemeralContainer {:?}", c.name);
        if c.image_pull_policy.is_empty()
            || c.termination_message_path.is_empty()
            || c.termination_message_policy.is_empty()
        {
            bad.push(format!("{who}: not defaulted"));
        }
        if c.ports.iter().any(|port| port.protocol.is_empty()) {
            bad.push(format!("{who}: port without protocol"));
        }
    }
    if s.dns_policy.is_empty() {
        bad.push(format!("{at}: empty dnsPolicy"));
    }
    if s.restart_policy.is_empty() {
        bad.push(format!("{at}: empty restartPolicy"));
    }
    if s.scheduler_name.is_empty() {
        bad.push(format!("{at}: empty schedulerName"));
    }
    if s.termination_grace_period_seconds.is_none() {
        bad.push(format!("{at}: no terminationGracePeriodSeconds"));
    }
    if s.security_context.is_none() {
        bad.push(format!("{at}: no securityContext"));
    }
    if s.enable_service_links.is_none() {
        bad.push(format!("{at}: no enableServiceLinks"));
    }
    for v in &s.volumes {
        let n = volume_sources(v);
        if n != 1 {
            bad.push(format!("{at}: volume {:?} has {n} sources", v.name));
        }
    }
    bad
}

/// Every corpus pod: defaulting twice changes nothing the second time, and the defaulted pod
/// has every field `SetObjectDefaults_Pod` guarantees.
#[test]
fn corpus_pods_default_idempotently() {
    let mut total = 0usize;
    let mut decoded = 0usize;
    let mut undecodable = 0usize;
    let mut bad = Vec::new();
    for file in ["objects/pods.jsonl", "objects/pods_with_status.jsonl"] {
        let Some(records) = common::records(file) else {
            return;
        };
        for (at, record) in records {
            total += 1;
            let Some(object) = record.get("object") else {
                undecodable += 1;
                continue;
            };
            let Ok(mut p) = serde_json::from_value::<Pod>(object.clone()) else {
                undecodable += 1;
                continue;
            };
            decoded += 1;
            default_pod(&mut p);
            let once = p.clone();
            default_pod(&mut p);
            if p != once {
                let (a, b) = (
                    serde_json::to_value(&once).unwrap(),
                    serde_json::to_value(&p).unwrap(),
                );
                bad.push(format!("{at}: not idempotent: {:?}", changes(&a, &b)));
            }
            bad.extend(check_defaulted(&at, &p));
        }
    }
    eprintln!(
        "corpus pods: {total} records, {decoded} decoded, {undecodable} skipped (do not decode)"
    );
    assert!(
        bad.is_empty(),
        "{} problems, first ones:\n{}",
        bad.len(),
        bad.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
    );
    assert!(decoded >= 8000, "only {decoded} corpus pods decoded");
}
