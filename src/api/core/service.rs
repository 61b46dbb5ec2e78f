//! `v1.Service` and `v1.EnvVar`: the fields this crate's service logic reads.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::{list, null_as_default, optional_string_map, ObjectMeta};
use super::{protocol, service_affinity, service_type, traffic_policy};
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
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
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
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub ip_families: Vec<String>,
    /// `allocateLoadBalancerNodePorts`: `Some(false)` lets a load balancer go without node
    /// ports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allocate_load_balancer_node_ports: Option<bool>,
    /// `sessionAffinity`: `None` (the default) or `ClientIP`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub session_affinity: String,
    /// `sessionAffinityConfig`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_affinity_config: Option<SessionAffinityConfig>,
    /// `externalName`: the DNS name an `ExternalName` service aliases.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub external_name: String,
    /// `clusterIPs`: the cluster IPs per family, the first equal to `clusterIP`.
    #[serde(
        rename = "clusterIPs",
        deserialize_with = "list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub cluster_ips: Vec<String>,
    /// `ipFamilyPolicy`: `SingleStack`, `PreferDualStack` or `RequireDualStack`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_family_policy: Option<String>,
    /// `externalIPs`: addresses outside the cluster the service also answers on.
    #[serde(
        rename = "externalIPs",
        deserialize_with = "list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub external_ips: Vec<String>,
    /// `externalTrafficPolicy`: `Cluster` or `Local`, for externally reachable services.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub external_traffic_policy: String,
    /// `internalTrafficPolicy`: `Cluster` or `Local`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_traffic_policy: Option<String>,
    /// `healthCheckNodePort`: for `LoadBalancer` services with `externalTrafficPolicy: Local`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "super::is_zero"
    )]
    pub health_check_node_port: i32,
}

/// `v1.SessionAffinityConfig`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SessionAffinityConfig {
    /// `clientIP`.
    #[serde(rename = "clientIP", skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<ClientIpConfig>,
}

/// `v1.ClientIPConfig`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ClientIpConfig {
    /// `timeoutSeconds`: how long a client sticks to an endpoint (default 10800, at most 86400).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<i32>,
}

/// The default `sessionAffinityConfig.clientIP.timeoutSeconds`: three hours.
pub const DEFAULT_CLIENT_IP_AFFINITY_SECONDS: i32 = 10_800;

/// The largest `sessionAffinityConfig.clientIP.timeoutSeconds`: one day.
pub const MAX_CLIENT_IP_AFFINITY_SECONDS: i32 = 86_400;

/// `v1.ServicePort`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
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
    /// The service as the API server stores it after defaulting (`SetDefaults_Service`):
    /// `sessionAffinity` `None` (which drops any affinity config) or, for `ClientIP`, a
    /// config of 10800 s unless a timeout is given; `type` `ClusterIP`; each port's protocol
    /// `TCP` and an unset (0 or empty) target port equal to the port; `externalTrafficPolicy`
    /// `Cluster` for externally reachable services; `internalTrafficPolicy` `Cluster` for
    /// `ClusterIP`, `NodePort` and `LoadBalancer`; `allocateLoadBalancerNodePorts` true for
    /// `LoadBalancer`. Also `clusterIPs` from `clusterIP` when only that is set, as the REST
    /// strategy does before validation.
    ///
    /// ```
    /// use kube_primitives::api::core::Service;
    ///
    /// let svc: Service = serde_json::from_str(r#"{"spec": {"ports": [{"port": 80}]}}"#).unwrap();
    /// let svc = svc.with_defaults();
    /// assert_eq!(svc.spec.type_, "ClusterIP");
    /// assert_eq!(svc.spec.session_affinity, "None");
    /// assert_eq!(svc.spec.ports[0].protocol, "TCP");
    /// ```
    ///
    /// Only the fields this type models survive in the returned service (metadata, selector,
    /// type, ports, IPs, affinity, traffic policies); use it to validate or compute. To change
    /// the caller's object without losing a field, apply
    /// [`service::defaults_patch`](crate::service::defaults_patch) to the original document.
    #[must_use]
    #[doc(alias = "SetDefaults_Service")]
    pub fn with_defaults(mut self) -> Service {
        let spec = &mut self.spec;
        if spec.session_affinity.is_empty() {
            spec.session_affinity = service_affinity::NONE.into();
        }
        if spec.session_affinity == service_affinity::NONE {
            spec.session_affinity_config = None;
        }
        if spec.session_affinity == service_affinity::CLIENT_IP {
            let timeout = spec
                .session_affinity_config
                .as_ref()
                .and_then(|c| c.client_ip.as_ref())
                .and_then(|c| c.timeout_seconds);
            if timeout.is_none() {
                spec.session_affinity_config = Some(SessionAffinityConfig {
                    client_ip: Some(ClientIpConfig {
                        timeout_seconds: Some(DEFAULT_CLIENT_IP_AFFINITY_SECONDS),
                    }),
                });
            }
        }
        if spec.type_.is_empty() {
            spec.type_ = service_type::CLUSTER_IP.into();
        }
        for port in &mut spec.ports {
            if port.protocol.is_empty() {
                port.protocol = protocol::TCP.into();
            }
            let unset = match &port.target_port {
                None => true,
                Some(IntOrString::Int(n)) => *n == 0,
                Some(IntOrString::String(s)) => s.is_empty(),
            };
            if unset {
                port.target_port = Some(IntOrString::Int(port.port));
            }
        }
        if self.is_externally_accessible() && self.spec.external_traffic_policy.is_empty() {
            self.spec.external_traffic_policy = traffic_policy::CLUSTER.into();
        }
        let spec = &mut self.spec;
        let in_cluster = matches!(
            spec.type_.as_str(),
            service_type::CLUSTER_IP | service_type::NODE_PORT | service_type::LOAD_BALANCER
        );
        if spec.internal_traffic_policy.is_none() && in_cluster {
            spec.internal_traffic_policy = Some(traffic_policy::CLUSTER.into());
        }
        if spec.type_ == service_type::LOAD_BALANCER
            && spec.allocate_load_balancer_node_ports.is_none()
        {
            spec.allocate_load_balancer_node_ports = Some(true);
        }
        if spec.cluster_ips.is_empty() && !spec.cluster_ip.is_empty() {
            spec.cluster_ips = alloc::vec![spec.cluster_ip.clone()];
        }
        self
    }

    /// Whether the service is reachable from outside the cluster (`ExternallyAccessible`):
    /// a `LoadBalancer`, a `NodePort`, or a `ClusterIP` service with external IPs.
    #[must_use]
    #[doc(alias = "ExternallyAccessible")]
    pub fn is_externally_accessible(&self) -> bool {
        let spec = &self.spec;
        matches!(
            spec.type_.as_str(),
            service_type::LOAD_BALANCER | service_type::NODE_PORT
        ) || (spec.type_ == service_type::CLUSTER_IP && !spec.external_ips.is_empty())
    }

    /// A service named `name` with a cluster IP and ports.
    pub fn new(name: &str, cluster_ip: &str, ports: Vec<ServicePort>) -> Service {
        let mut svc = Service::default();
        svc.metadata.name = name.into();
        svc.spec.cluster_ip = cluster_ip.into();
        svc.spec.ports = ports;
        svc
    }
}
