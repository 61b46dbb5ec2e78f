//! Service validation with the API server's messages (`ValidateService` and
//! `validateServicePort` in `pkg/apis/core/validation/validation.go`, Kubernetes 1.36).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::api::core::{Service, ServicePort, MAX_CLIENT_IP_AFFINITY_SECONDS};
use crate::api::IntOrString;
use crate::meta::field::{BadValue, Error, ErrorList, Json, Path};
use crate::meta::validate::{
    dns1123_label, dns1123_subdomain, ip, parse_ip_sloppy, port_name, port_number, qualified_name,
};
use crate::meta::{validate_labels, validate_object_meta, NameValidator};

const PROTOCOLS: [&str; 3] = ["SCTP", "TCP", "UDP"];
const TYPES: [&str; 4] = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
const AFFINITIES: [&str; 2] = ["ClientIP", "None"];
const TRAFFIC_POLICIES: [&str; 2] = ["Cluster", "Local"];

/// A named Go string type (`core.Protocol`, `core.ServiceType`, …): printed as JSON.
fn named(s: &str) -> BadValue {
    BadValue::Json(Json::String(s.into()))
}

/// Validates a service as the API server does on create, after defaulting — call
/// [`Service::with_defaults`] first to see what it sees.
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
    let headless = cluster_ips == ["None"];
    if spec.ports.is_empty() && !headless && spec.type_ != "ExternalName" {
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
    if spec.type_ == "ClusterIP" {
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

    if spec.allocate_load_balancer_node_ports.is_some() && spec.type_ != "LoadBalancer" {
        errs.push(Error::forbidden(
            &spec_path.child("allocateLoadBalancerNodePorts"),
            "may only be used when `type` is 'LoadBalancer'",
        ));
    }
    if spec.type_ == "LoadBalancer" && spec.allocate_load_balancer_node_ports.is_none() {
        // Upstream names this field without its `spec.` prefix.
        errs.push(Error::required(
            &Path::new("allocateLoadBalancerNodePorts"),
            "",
        ));
    }
    validate_traffic_policies(service, &spec_path, allocating, &mut errs);
    errs
}

fn validate_type_rules(
    service: &Service,
    cluster_ips: &[&str],
    headless: bool,
    errs: &mut ErrorList,
) {
    let spec = &service.spec;
    let spec_path = Path::new("spec");
    match spec.type_.as_str() {
        "LoadBalancer" | "NodePort" if headless => {
            let first = cluster_ips.first().copied().unwrap_or_default();
            errs.push(Error::invalid(
                &spec_path.child("clusterIPs").index(0),
                first,
                format!("may not be set to 'None' for {} services", spec.type_),
            ));
        }
        "ExternalName" => {
            for (field, set) in [
                ("clusterIPs", !cluster_ips.is_empty()),
                ("ipFamilies", !spec.ip_families.is_empty()),
                ("ipFamilyPolicy", spec.ip_family_policy.is_some()),
            ] {
                if set {
                    errs.push(Error::forbidden(
                        &spec_path.child(field),
                        "may not be set for ExternalName services",
                    ));
                }
            }
            // A trailing dot marks the name as fully qualified.
            let cname = spec
                .external_name
                .strip_suffix('.')
                .unwrap_or(&spec.external_name);
            let p = spec_path.child("externalName");
            if cname.is_empty() {
                errs.push(Error::required(&p, ""));
            }
            for v in &dns1123_subdomain(cname) {
                if !cname.is_empty() {
                    errs.push(Error::invalid(&p, cname, v));
                }
            }
        }
        _ => {}
    }
}

/// `validateServicePort`.
fn validate_port<'a>(
    port: &'a ServicePort,
    require_name: bool,
    names: &mut Vec<&'a str>,
    path: &Path,
    errs: &mut ErrorList,
) {
    let name_path = path.child("name");
    if require_name && port.name.is_empty() {
        errs.push(Error::required(&name_path, ""));
    } else if !port.name.is_empty() {
        for v in &dns1123_label(&port.name) {
            errs.push(Error::invalid(&name_path, port.name.as_str(), v));
        }
        if names.contains(&port.name.as_str()) {
            errs.push(Error::duplicate(&name_path, port.name.as_str()));
        } else {
            names.push(&port.name);
        }
    }
    for v in &port_number(i64::from(port.port)) {
        errs.push(Error::invalid(&path.child("port"), i64::from(port.port), v));
    }
    let protocol_path = path.child("protocol");
    if port.protocol.is_empty() {
        errs.push(Error::required(&protocol_path, ""));
    } else if !PROTOCOLS.contains(&port.protocol.as_str()) {
        errs.push(Error::not_supported(
            &protocol_path,
            named(&port.protocol),
            &PROTOCOLS,
        ));
    }
    let target_path = path.child("targetPort");
    match &port.target_port {
        // An unset target port is the number 0.
        None => {
            for v in &port_number(0) {
                errs.push(Error::invalid(&target_path, 0i64, v));
            }
        }
        Some(IntOrString::Int(n)) => {
            for v in &port_number(i64::from(*n)) {
                errs.push(Error::invalid(&target_path, i64::from(*n), v));
            }
        }
        Some(IntOrString::String(name)) => {
            for v in &port_name(name) {
                errs.push(Error::invalid(&target_path, name.as_str(), v));
            }
        }
    }
    if let Some(app) = &port.app_protocol {
        for v in &qualified_name(app) {
            errs.push(Error::invalid(&path.child("appProtocol"), app.as_str(), v));
        }
    }
}

/// The key upstream reports for a duplicate port: an internal `core.ServicePort` with only the
/// protocol and port set, as JSON (Go field names, no tags).
fn port_key(port: &ServicePort) -> BadValue {
    BadValue::Json(Json::Object(alloc::vec![
        ("Name".into(), Json::String(String::new())),
        ("Protocol".into(), Json::String(port.protocol.clone())),
        ("AppProtocol".into(), Json::Null),
        ("Port".into(), Json::Int(i64::from(port.port))),
        ("TargetPort".into(), Json::Int(0)),
        ("NodePort".into(), Json::Int(0)),
    ]))
}

fn validate_session_affinity(service: &Service, spec_path: &Path, errs: &mut ErrorList) {
    let spec = &service.spec;
    let p = spec_path.child("sessionAffinity");
    if spec.session_affinity.is_empty() {
        errs.push(Error::required(&p, ""));
    } else if !AFFINITIES.contains(&spec.session_affinity.as_str()) {
        errs.push(Error::not_supported(
            &p,
            named(&spec.session_affinity),
            &AFFINITIES,
        ));
    }
    let config_path = spec_path.child("sessionAffinityConfig");
    match spec.session_affinity.as_str() {
        "ClientIP" => {
            let needed = "when session affinity type is ClientIP";
            let Some(config) = &spec.session_affinity_config else {
                return errs.push(Error::required(&config_path, needed));
            };
            let client_path = config_path.child("clientIP");
            let Some(client) = &config.client_ip else {
                return errs.push(Error::required(&client_path, needed));
            };
            let timeout_path = client_path.child("timeoutSeconds");
            match client.timeout_seconds {
                None => errs.push(Error::required(&timeout_path, needed)),
                Some(t) if t <= 0 || t > MAX_CLIENT_IP_AFFINITY_SECONDS => {
                    errs.push(Error::invalid(
                        &timeout_path,
                        i64::from(t),
                        format!(
                            "must be greater than 0 and less than {MAX_CLIENT_IP_AFFINITY_SECONDS}"
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
        "None" if spec.session_affinity_config.is_some() => errs.push(Error::forbidden(
            &config_path,
            "must not be set when session affinity is None",
        )),
        _ => {}
    }
}

/// `ValidateNonSpecialIP` for an address that already parsed.
fn validate_non_special_ip(address: &str, path: &Path, errs: &mut ErrorList) {
    let Some(bytes) = parse_ip_sloppy(address) else {
        return errs.push(Error::invalid(path, address, "must be a valid IP address"));
    };
    let v4 = bytes.get(..12) == Some(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff][..]);
    let b = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let unspecified = if v4 {
        (12..16).all(|i| b(i) == 0)
    } else {
        bytes.iter().all(|&x| x == 0)
    };
    let loopback = if v4 {
        b(12) == 127
    } else {
        bytes.get(..15).is_some_and(|h| h.iter().all(|&x| x == 0)) && b(15) == 1
    };
    let link_local = if v4 {
        b(12) == 169 && b(13) == 254
    } else {
        b(0) == 0xfe && b(1) & 0xc0 == 0x80
    };
    let link_local_multicast = if v4 {
        b(12) == 224 && b(13) == 0 && b(14) == 0
    } else {
        b(0) == 0xff && b(1) & 0x0f == 0x02
    };
    if unspecified {
        errs.push(Error::invalid(
            path,
            address,
            format!("may not be unspecified ({address})"),
        ));
    }
    if loopback {
        errs.push(Error::invalid(
            path,
            address,
            "may not be in the loopback range (127.0.0.0/8, ::1/128)",
        ));
    }
    if link_local {
        errs.push(Error::invalid(
            path,
            address,
            "may not be in the link-local range (169.254.0.0/16, fe80::/10)",
        ));
    }
    if link_local_multicast {
        errs.push(Error::invalid(
            path,
            address,
            "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)",
        ));
    }
}

fn validate_traffic_policies(
    service: &Service,
    spec_path: &Path,
    allocating: bool,
    errs: &mut ErrorList,
) {
    let spec = &service.spec;
    let etp = spec.external_traffic_policy.as_str();
    let etp_path = spec_path.child("externalTrafficPolicy");
    if !service.is_externally_accessible() {
        if !etp.is_empty() {
            errs.push(Error::invalid(
                &etp_path,
                named(etp),
                "may only be set for externally-accessible services",
            ));
        }
    } else if etp.is_empty() {
        errs.push(Error::required(&etp_path, ""));
    } else if !TRAFFIC_POLICIES.contains(&etp) {
        errs.push(Error::not_supported(
            &etp_path,
            named(etp),
            &TRAFFIC_POLICIES,
        ));
    }
    let hc_path = spec_path.child("healthCheckNodePort");
    let hc = spec.health_check_node_port;
    let needs_health_check = spec.type_ == "LoadBalancer" && etp == "Local";
    if !needs_health_check {
        if hc != 0 {
            errs.push(Error::invalid(
                &hc_path,
                i64::from(hc),
                "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
            ));
        }
    } else if hc == 0 {
        if !allocating {
            errs.push(Error::required(&hc_path, ""));
        }
    } else {
        for v in &port_number(i64::from(hc)) {
            errs.push(Error::invalid(&hc_path, i64::from(hc), v));
        }
    }
    let itp_path = spec_path.child("internalTrafficPolicy");
    match &spec.internal_traffic_policy {
        None if matches!(
            spec.type_.as_str(),
            "NodePort" | "LoadBalancer" | "ClusterIP"
        ) =>
        {
            errs.push(Error::required(&itp_path, ""));
        }
        Some(p) if !TRAFFIC_POLICIES.contains(&p.as_str()) => {
            errs.push(Error::not_supported(&itp_path, named(p), &TRAFFIC_POLICIES));
        }
        _ => {}
    }
}
