//! `Service` and `Endpoints`.

use k8s_openapi::api::core::v1 as k8s;

use super::{non_default, opt_string, opt_vec, vec_from};
use crate::api::core::{
    ClientIpConfig, EndpointAddress, EndpointPort, EndpointSubset, Endpoints, ObjectReference,
    Service, ServicePort, ServiceSpec, SessionAffinityConfig,
};

/// Metadata and spec; the status and the load-balancer fields are not modelled and are
/// dropped. The selector keeps the difference between absent and empty.
///
/// ```
/// use k8s_openapi::api::core::v1 as k8s;
/// use kube_primitives::api::core::Service;
///
/// let svc: k8s::Service = serde_json::from_value(serde_json::json!({
///     "metadata": {"name": "web"},
///     "spec": {"ports": [{"port": 80, "targetPort": "http"}], "selector": {"app": "web"}}
/// })).unwrap();
/// let ours = Service::from(svc).with_defaults();
/// assert_eq!(ours.spec.type_, "ClusterIP");
/// assert_eq!(k8s::Service::from(ours).spec.unwrap().ports.unwrap()[0].protocol.as_deref(), Some("TCP"));
/// ```
impl From<k8s::Service> for Service {
    fn from(s: k8s::Service) -> Service {
        Service {
            metadata: s.metadata.into(),
            spec: s.spec.map(Into::into).unwrap_or_default(),
        }
    }
}

impl From<Service> for k8s::Service {
    fn from(s: Service) -> k8s::Service {
        k8s::Service {
            metadata: s.metadata.into(),
            spec: Some(s.spec.into()),
            status: None,
            ..Default::default()
        }
    }
}

impl From<k8s::ServiceSpec> for ServiceSpec {
    fn from(s: k8s::ServiceSpec) -> ServiceSpec {
        ServiceSpec {
            type_: s.type_.unwrap_or_default(),
            cluster_ip: s.cluster_ip.unwrap_or_default(),
            ports: vec_from(s.ports),
            selector: s.selector,
            publish_not_ready_addresses: s.publish_not_ready_addresses.unwrap_or_default(),
            ip_families: s.ip_families.unwrap_or_default(),
            allocate_load_balancer_node_ports: s.allocate_load_balancer_node_ports,
            session_affinity: s.session_affinity.unwrap_or_default(),
            session_affinity_config: s.session_affinity_config.map(|c| SessionAffinityConfig {
                client_ip: c.client_ip.map(|ip| ClientIpConfig {
                    timeout_seconds: ip.timeout_seconds,
                }),
            }),
            external_name: s.external_name.unwrap_or_default(),
            cluster_ips: s.cluster_ips.unwrap_or_default(),
            ip_family_policy: s.ip_family_policy,
            external_ips: s.external_ips.unwrap_or_default(),
            external_traffic_policy: s.external_traffic_policy.unwrap_or_default(),
            internal_traffic_policy: s.internal_traffic_policy,
            health_check_node_port: s.health_check_node_port.unwrap_or_default(),
        }
    }
}

impl From<ServiceSpec> for k8s::ServiceSpec {
    fn from(s: ServiceSpec) -> k8s::ServiceSpec {
        k8s::ServiceSpec {
            type_: opt_string(s.type_),
            cluster_ip: opt_string(s.cluster_ip),
            ports: opt_vec(s.ports),
            selector: s.selector,
            publish_not_ready_addresses: non_default(s.publish_not_ready_addresses),
            ip_families: opt_vec(s.ip_families),
            allocate_load_balancer_node_ports: s.allocate_load_balancer_node_ports,
            session_affinity: opt_string(s.session_affinity),
            session_affinity_config: s.session_affinity_config.map(|c| {
                k8s::SessionAffinityConfig {
                    client_ip: c.client_ip.map(|ip| k8s::ClientIPConfig {
                        timeout_seconds: ip.timeout_seconds,
                        ..Default::default()
                    }),
                    ..Default::default()
                }
            }),
            external_name: opt_string(s.external_name),
            cluster_ips: opt_vec(s.cluster_ips),
            ip_family_policy: s.ip_family_policy,
            external_ips: opt_vec(s.external_ips),
            external_traffic_policy: opt_string(s.external_traffic_policy),
            internal_traffic_policy: s.internal_traffic_policy,
            health_check_node_port: non_default(s.health_check_node_port),
            ..Default::default()
        }
    }
}

impl From<k8s::ServicePort> for ServicePort {
    fn from(p: k8s::ServicePort) -> ServicePort {
        ServicePort {
            name: p.name.unwrap_or_default(),
            protocol: p.protocol.unwrap_or_default(),
            port: p.port,
            target_port: p.target_port.map(Into::into),
            node_port: p.node_port.unwrap_or_default(),
            app_protocol: p.app_protocol,
        }
    }
}

impl From<ServicePort> for k8s::ServicePort {
    fn from(p: ServicePort) -> k8s::ServicePort {
        k8s::ServicePort {
            name: opt_string(p.name),
            protocol: opt_string(p.protocol),
            port: p.port,
            target_port: p.target_port.map(Into::into),
            node_port: non_default(p.node_port),
            app_protocol: p.app_protocol,
            ..Default::default()
        }
    }
}

impl From<k8s::Endpoints> for Endpoints {
    fn from(e: k8s::Endpoints) -> Endpoints {
        Endpoints {
            metadata: e.metadata.into(),
            subsets: vec_from(e.subsets),
        }
    }
}

impl From<Endpoints> for k8s::Endpoints {
    fn from(e: Endpoints) -> k8s::Endpoints {
        k8s::Endpoints {
            metadata: e.metadata.into(),
            subsets: opt_vec(e.subsets),
            ..Default::default()
        }
    }
}

impl From<k8s::EndpointSubset> for EndpointSubset {
    fn from(s: k8s::EndpointSubset) -> EndpointSubset {
        EndpointSubset {
            addresses: vec_from(s.addresses),
            not_ready_addresses: vec_from(s.not_ready_addresses),
            ports: vec_from(s.ports),
        }
    }
}

impl From<EndpointSubset> for k8s::EndpointSubset {
    fn from(s: EndpointSubset) -> k8s::EndpointSubset {
        k8s::EndpointSubset {
            addresses: opt_vec(s.addresses),
            not_ready_addresses: opt_vec(s.not_ready_addresses),
            ports: opt_vec(s.ports),
            ..Default::default()
        }
    }
}

impl From<k8s::EndpointAddress> for EndpointAddress {
    fn from(a: k8s::EndpointAddress) -> EndpointAddress {
        EndpointAddress {
            ip: a.ip,
            hostname: a.hostname.unwrap_or_default(),
            node_name: a.node_name,
            target_ref: a.target_ref.map(Into::into),
        }
    }
}

impl From<EndpointAddress> for k8s::EndpointAddress {
    fn from(a: EndpointAddress) -> k8s::EndpointAddress {
        k8s::EndpointAddress {
            ip: a.ip,
            hostname: opt_string(a.hostname),
            node_name: a.node_name,
            target_ref: a.target_ref.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::EndpointPort> for EndpointPort {
    fn from(p: k8s::EndpointPort) -> EndpointPort {
        EndpointPort {
            name: p.name.unwrap_or_default(),
            port: p.port,
            protocol: p.protocol.unwrap_or_default(),
            app_protocol: p.app_protocol,
        }
    }
}

impl From<EndpointPort> for k8s::EndpointPort {
    fn from(p: EndpointPort) -> k8s::EndpointPort {
        k8s::EndpointPort {
            name: opt_string(p.name),
            port: p.port,
            protocol: opt_string(p.protocol),
            app_protocol: p.app_protocol,
            ..Default::default()
        }
    }
}

impl From<k8s::ObjectReference> for ObjectReference {
    fn from(r: k8s::ObjectReference) -> ObjectReference {
        ObjectReference {
            kind: r.kind.unwrap_or_default(),
            namespace: r.namespace.unwrap_or_default(),
            name: r.name.unwrap_or_default(),
            uid: r.uid.unwrap_or_default(),
            api_version: r.api_version.unwrap_or_default(),
            resource_version: r.resource_version.unwrap_or_default(),
            field_path: r.field_path.unwrap_or_default(),
        }
    }
}

impl From<ObjectReference> for k8s::ObjectReference {
    fn from(r: ObjectReference) -> k8s::ObjectReference {
        k8s::ObjectReference {
            kind: opt_string(r.kind),
            namespace: opt_string(r.namespace),
            name: opt_string(r.name),
            uid: opt_string(r.uid),
            api_version: opt_string(r.api_version),
            resource_version: opt_string(r.resource_version),
            field_path: opt_string(r.field_path),
            ..Default::default()
        }
    }
}
