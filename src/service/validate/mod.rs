//! Service validation with the API server's messages (`ValidateService` and `validateServicePort`
//! in
//! [`pkg/apis/core/validation/validation.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go),
//! Kubernetes 1.36).

use alloc::string::String;
use alloc::vec::Vec;

use crate::api::core::Service;
use crate::api::core::{protocol, service_affinity, service_type, traffic_policy, CLUSTER_IP_NONE};
use crate::meta::field::{BadValue, Error, ErrorList, Json, Path};
use crate::meta::validate::ip;
use crate::meta::{validate_labels, validate_object_meta, NameValidator};

mod ports;
mod rules;

use ports::{port_key, validate_port};
use rules::{
    validate_non_special_ip, validate_session_affinity, validate_traffic_policies,
    validate_type_rules,
};

const PROTOCOLS: [&str; 3] = [protocol::SCTP, protocol::TCP, protocol::UDP];
const TYPES: [&str; 4] = [
    service_type::CLUSTER_IP,
    service_type::EXTERNAL_NAME,
    service_type::LOAD_BALANCER,
    service_type::NODE_PORT,
];
const AFFINITIES: [&str; 2] = [service_affinity::CLIENT_IP, service_affinity::NONE];
const TRAFFIC_POLICIES: [&str; 2] = [traffic_policy::CLUSTER, traffic_policy::LOCAL];

/// A named Go string type (`core.Protocol`, `core.ServiceType`, …): printed as JSON.
fn named(s: &str) -> BadValue {
    BadValue::Json(Json::String(s.into()))
}

/// Validates a service as the API server does on create, after defaulting — call
/// [`Service::with_defaults`] first to see what it sees. Go's `ValidateService`.
///
/// Checks, in upstream order: the metadata (namespaced, a DNS-1035 name); ports required unless
/// headless or `ExternalName`; the type's rules (`None` cluster IPs refused for `NodePort` and
/// `LoadBalancer`; no cluster IPs, IP families or family policy and a DNS-1123 `externalName`
/// for `ExternalName`); every port (a DNS-1123 name, required and unique when there are several;
/// number; protocol; target port number or name; `appProtocol` a qualified name); the selector's
/// labels; session affinity and its `ClientIP` timeout (1 to 86400 s); external IPs (valid, not
/// unspecified, loopback or link-local); the type; node ports (not for `ClusterIP`, not twice
/// per protocol); ports unique per protocol; `allocateLoadBalancerNodePorts`; external and
/// internal traffic policies and the health-check node port.
///
/// Not checked (they need more of the spec than this crate models): the dual-stack rules tying
/// `clusterIP`, `clusterIPs`, `ipFamilies` and `ipFamilyPolicy` together, load-balancer source
/// ranges and class, traffic distribution and the topology annotations.
///
/// ```
/// use kube_primitives::api::core::Service;
/// use kube_primitives::service::validate_service;
///
/// let svc: Service = serde_json::from_str(r#"{
///     "metadata": {"name": "web", "namespace": "shop"},
///     "spec": {"ports": [{"port": 80}, {"port": 443}], "sessionAffinity": "Sticky"}
/// }"#).unwrap();
/// let errs = validate_service(&svc.with_defaults());
/// assert_eq!(
///     errs.to_string(),
///     "[spec.ports[0].name: Required value, spec.ports[1].name: Required value, \
///      spec.sessionAffinity: Unsupported value: \"Sticky\": supported values: \"ClientIP\", \"None\"]"
/// );
/// ```
#[must_use]
#[doc(alias = "ValidateService")]
pub fn validate_service(service: &Service) -> ErrorList {
    validate(service, false)
}

/// Validates a service manifest as the API server would on create: [`Service::with_defaults`],
/// then [`validate_service`] without the checks the server's own allocation satisfies before it
/// validates (a `LoadBalancer` with `externalTrafficPolicy: Local` gets its
/// `healthCheckNodePort` allocated). Cluster IPs and node ports are allocated too, but nothing
/// here requires them.
///
/// ```
/// use kube_primitives::api::core::Service;
/// use kube_primitives::service::validate_service_manifest;
///
/// let svc: Service = serde_json::from_str(r#"{
///     "metadata": {"name": "edge", "namespace": "shop"},
///     "spec": {"type": "LoadBalancer", "externalTrafficPolicy": "Local", "ports": [{"port": 443}]}
/// }"#).unwrap();
/// assert!(validate_service_manifest(&svc).into_vec().is_empty());
/// ```
#[must_use]
pub fn validate_service_manifest(service: &Service) -> ErrorList {
    validate(&service.clone().with_defaults(), true)
}

fn validate(service: &Service, allocating: bool) -> ErrorList {
    let spec = &service.spec;
    let mut errs = validate_object_meta(
        &service.metadata,
        true,
        NameValidator::Dns1035Label,
        &Path::new("metadata"),
    );
    let spec_path = Path::new("spec");
    // The REST strategy fills clusterIPs from clusterIP before validating.
    let cluster_ips: Vec<&str> = if spec.cluster_ips.is_empty() && !spec.cluster_ip.is_empty() {
        alloc::vec![spec.cluster_ip.as_str()]
    } else {
        spec.cluster_ips.iter().map(String::as_str).collect()
    };
    let headless = cluster_ips == [CLUSTER_IP_NONE];
    if spec.ports.is_empty() && !headless && spec.type_ != service_type::EXTERNAL_NAME {
        errs.push(Error::required(&spec_path.child("ports"), ""));
    }
    validate_type_rules(service, &cluster_ips, headless, &mut errs);

    let ports_path = spec_path.child("ports");
    let mut names: Vec<&str> = Vec::new();
    for (i, port) in spec.ports.iter().enumerate() {
        validate_port(
            port,
            spec.ports.len() > 1,
            &mut names,
            &ports_path.index(i),
            &mut errs,
        );
    }
    if let Some(selector) = &spec.selector {
        errs.append(validate_labels(selector, &spec_path.child("selector")));
    }
    validate_session_affinity(service, &spec_path, &mut errs);

    let ips_path = spec_path.child("externalIPs");
    for (i, address) in spec.external_ips.iter().enumerate() {
        let p = ips_path.index(i);
        let violations = ip(address);
        if violations.is_valid() {
            validate_non_special_ip(address, &p, &mut errs);
        }
        for v in &violations {
            errs.push(Error::invalid(&p, address.as_str(), v));
        }
    }

    let type_path = spec_path.child("type");
    if spec.type_.is_empty() {
        errs.push(Error::required(&type_path, ""));
    } else if !TYPES.contains(&spec.type_.as_str()) {
        errs.push(Error::not_supported(&type_path, named(&spec.type_), &TYPES));
    }
    if spec.type_ == service_type::CLUSTER_IP {
        for (i, port) in spec.ports.iter().enumerate() {
            if port.node_port != 0 {
                errs.push(Error::forbidden(
                    &ports_path.index(i).child("nodePort"),
                    "may not be used when `type` is 'ClusterIP'",
                ));
            }
        }
    }
    let mut node_ports: Vec<(&str, i32)> = Vec::new();
    for (i, port) in spec.ports.iter().enumerate() {
        if port.node_port == 0 {
            continue;
        }
        let key = (port.protocol.as_str(), port.node_port);
        if node_ports.contains(&key) {
            let p = ports_path.index(i).child("nodePort");
            errs.push(Error::duplicate(&p, i64::from(port.node_port)));
        }
        node_ports.push(key);
    }
    let mut seen: Vec<(&str, i32)> = Vec::new();
    for (i, port) in spec.ports.iter().enumerate() {
        let key = (port.protocol.as_str(), port.port);
        if seen.contains(&key) {
            errs.push(Error::duplicate(&ports_path.index(i), port_key(port)));
        }
        seen.push(key);
    }

    if spec.allocate_load_balancer_node_ports.is_some() && spec.type_ != service_type::LOAD_BALANCER
    {
        errs.push(Error::forbidden(
            &spec_path.child("allocateLoadBalancerNodePorts"),
            "may only be used when `type` is 'LoadBalancer'",
        ));
    }
    if spec.type_ == service_type::LOAD_BALANCER && spec.allocate_load_balancer_node_ports.is_none()
    {
        // Upstream names this field without its `spec.` prefix.
        errs.push(Error::required(
            &Path::new("allocateLoadBalancerNodePorts"),
            "",
        ));
    }
    validate_traffic_policies(service, &spec_path, allocating, &mut errs);
    errs
}
