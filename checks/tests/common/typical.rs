//! The typical pod of issue 17 (three containers with ports, env with a `fieldRef`, requests
//! and limits, both probes and mounts; a configMap, a secret and an emptyDir volume; security
//! contexts, node selector, tolerations, labels and annotations) and a Deployment around the
//! same template. Shared by the allocation test of the suite and the validation bench.

use kube_primitives::api::apps::Deployment;
use kube_primitives::api::core::Pod;
use kube_primitives::validation::defaults::{default_deployment, default_pod};
use kube_primitives::validation::pod::prepare_pod_for_create;
use serde_json::{json, Value};

/// One container of the typical pod: ports, env with a `fieldRef`, requests and limits, both
/// probes, three mounts and a security context.
fn container(name: &str, port: u16) -> Value {
    json!({
        "name": name,
        "image": format!("registry.example.com/team/{name}:1.4.2"),
        "imagePullPolicy": "IfNotPresent",
        "ports": [
            {"name": format!("http-{name}"), "containerPort": port, "protocol": "TCP"},
            {"name": format!("metrics-{name}"), "containerPort": port + 1000}
        ],
        "env": [
            {"name": "LOG_LEVEL", "value": "info"},
            {"name": "POD_NAME", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
            {"name": "POD_IP", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}}
        ],
        "resources": {
            "requests": {"cpu": "100m", "memory": "128Mi"},
            "limits": {"cpu": "500m", "memory": "256Mi"}
        },
        "livenessProbe": {
            "httpGet": {"path": "/healthz", "port": port},
            "initialDelaySeconds": 5,
            "periodSeconds": 10
        },
        "readinessProbe": {
            "tcpSocket": {"port": format!("http-{name}")},
            "periodSeconds": 5
        },
        "volumeMounts": [
            {"name": "config", "mountPath": format!("/etc/{name}"), "readOnly": true},
            {"name": "credentials", "mountPath": "/var/run/secrets/app", "readOnly": true},
            {"name": "scratch", "mountPath": "/tmp"}
        ],
        "securityContext": {
            "allowPrivilegeEscalation": false,
            "readOnlyRootFilesystem": true,
            "capabilities": {"drop": ["ALL"]}
        }
    })
}

fn pod_spec() -> Value {
    json!({
        "containers": [container("web", 8080), container("api", 8081), container("sidecar", 8082)],
        "volumes": [
            {"name": "config", "configMap": {"name": "web-config", "items": [{"key": "app.yaml", "path": "app.yaml"}]}},
            {"name": "credentials", "secret": {"secretName": "web-credentials"}},
            {"name": "scratch", "emptyDir": {"sizeLimit": "1Gi"}}
        ],
        "securityContext": {
            "runAsNonRoot": true,
            "runAsUser": 1000,
            "fsGroup": 2000,
            "seccompProfile": {"type": "RuntimeDefault"}
        },
        "serviceAccountName": "web",
        "nodeSelector": {"kubernetes.io/os": "linux", "node.example.com/pool": "general"},
        "tolerations": [
            {"key": "dedicated", "operator": "Equal", "value": "web", "effect": "NoSchedule"},
            {"key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300}
        ]
    })
}

fn labels() -> Value {
    json!({"app.kubernetes.io/name": "web", "app.kubernetes.io/version": "1.4.2"})
}

fn annotations() -> Value {
    json!({
        "prometheus.io/scrape": "true",
        "kubectl.kubernetes.io/default-container": "web"
    })
}

/// The typical pod of issue 17, as the API server holds it before validation: decoded,
/// defaulted and prepared for create.
pub fn typical_pod() -> Pod {
    let mut pod: Pod = serde_json::from_value(json!({
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
            "name": "web-7d4b9c",
            "namespace": "shop",
            "labels": labels(),
            "annotations": annotations()
        },
        "spec": pod_spec()
    }))
    .unwrap();
    default_pod(&mut pod);
    prepare_pod_for_create(&mut pod, "");
    pod
}

/// A Deployment around the same template, defaulted.
pub fn typical_deployment() -> Deployment {
    let mut d: Deployment = serde_json::from_value(json!({
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "web", "namespace": "shop", "labels": labels()},
        "spec": {
            "replicas": 3,
            "selector": {"matchLabels": labels()},
            "template": {
                "metadata": {"labels": labels(), "annotations": annotations()},
                "spec": pod_spec()
            }
        }
    }))
    .unwrap();
    default_deployment(&mut d);
    d
}
