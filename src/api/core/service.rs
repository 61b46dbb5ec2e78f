//! `v1.Service` and `v1.EnvVar`: the fields this crate's service logic reads.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::{null_as_default, optional_string_map, ObjectMeta};
use crate::api::IntOrString;

/// A service (`v1.Service`): metadata and the spec fields this crate reads.
///
/// ```
/// use kube_primitives::api::core::Service;
///
/// let svc: Service = serde_json::from_str(r#"{
///     "metadata": {"name": "web", "namespace": "shop"},
///     "spec": {"clusterIP": "10.0.0.11", "ports": [{"name": "http", "port": 80, "targetPort": 8080}]}
/// }"#).unwrap();
/// assert_eq!(svc.spec.cluster_ip, "10.0.0.11");
/// assert_eq!(svc.spec.ports[0].protocol, "");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[non_exhaustive]
pub struct Service {
    /// `metadata`.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: ServiceSpec,
}

/// `v1.ServiceSpec`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[non_exhaustive]
pub struct ServiceSpec {
    /// `type`: `ClusterIP` (the default when empty), `NodePort`, `LoadBalancer`, `ExternalName`.
    #[serde(
        rename = "type",
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub type_: String,
    /// `clusterIP`: an address, `None` for a headless service, or empty before allocation.
    #[serde(
        rename = "clusterIP",
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub cluster_ip: String,
    /// `ports`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub ports: Vec<ServicePort>,
    /// `selector`: the pods the service sends traffic to. `None` (absent or `null`) selects
    /// nothing and leaves the endpoints to someone else; `Some` of an empty map selects every
    /// pod in the namespace.
    #[serde(
        deserialize_with = "optional_string_map",
        skip_serializing_if = "Option::is_none"
    )]
    pub selector: Option<BTreeMap<String, String>>,
    /// `publishNotReadyAddresses`: endpoints list pods whether ready or not.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub publish_not_ready_addresses: bool,
    /// `ipFamilies`: `IPv4` and/or `IPv6`, the first one primary.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub ip_families: Vec<String>,
    /// `allocateLoadBalancerNodePorts`: `Some(false)` lets a load balancer go without node
    /// ports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allocate_load_balancer_node_ports: Option<bool>,
}

/// `v1.ServicePort`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[non_exhaustive]
pub struct ServicePort {
    /// `name`: required and unique when the service has more than one port.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `protocol`: `TCP` (the default when empty), `UDP` or `SCTP`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub protocol: String,
    /// `port`.
    #[serde(deserialize_with = "null_as_default")]
    pub port: i32,
    /// `targetPort`: a number or the name of a container port; `None` when unset (the API
    /// server defaults it to `port`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_port: Option<IntOrString>,
    /// `nodePort`: 0 when none is allocated.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "super::is_zero"
    )]
    pub node_port: i32,
    /// `appProtocol`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_protocol: Option<String>,
}

impl ServicePort {
    /// A port with a name, protocol (empty for the default, TCP) and number.
    pub fn new(name: &str, protocol: &str, port: i32) -> ServicePort {
        ServicePort {
            name: name.into(),
            protocol: protocol.into(),
            port,
            ..ServicePort::default()
        }
    }
}

impl Service {
    /// A service named `name` with a cluster IP and ports.
    pub fn new(name: &str, cluster_ip: &str, ports: Vec<ServicePort>) -> Service {
        let mut svc = Service::default();
        svc.metadata.name = name.into();
        svc.spec.cluster_ip = cluster_ip.into();
        svc.spec.ports = ports;
        svc
    }
}

/// An environment variable with a plain value (`v1.EnvVar` without `valueFrom`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvVar {
    /// `name`.
    pub name: String,
    /// `value`.
    #[serde(default)]
    pub value: String,
}

impl EnvVar {
    /// `name=value`.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> EnvVar {
        EnvVar {
            name: name.into(),
            value: value.into(),
        }
    }
}
