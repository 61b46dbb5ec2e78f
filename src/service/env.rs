//! Go's `envvars.FromServices`
//! ([`pkg/kubelet/envvars/envvars.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/envvars/envvars.go)).

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::api::core::CLUSTER_IP_NONE;
use crate::api::core::{EnvVar, Service, ServicePort};
use crate::text::{to_lower, to_upper};

/// Go's `strings.ToUpper`/`ToLower`: each character's simple case mapping.
fn map_chars(s: &str, f: fn(char) -> char) -> String {
    s.chars().map(f).collect()
}

/// The variable-name form of a service or port name: `-` becomes `_`, then Go's `strings.ToUpper`
/// (simple case mapping: `ß` stays `ß`; dots are kept). Go's `makeEnvVariableName`.
///
/// ```
/// use kube_primitives::service::env_var_name;
///
/// assert_eq!(env_var_name("redis-primary"), "REDIS_PRIMARY");
/// assert_eq!(env_var_name("a.b-ß"), "A.B_ß");
/// ```
#[doc(alias = "makeEnvVariableName")]
pub fn env_var_name(name: &str) -> String {
    name.chars()
        .map(|c| if c == '-' { '_' } else { to_upper(c) })
        .collect()
}

/// Whether the service has a cluster IP: neither empty nor `None` (exactly; `none` is an address as
/// far as upstream's `IsServiceIPSet` is concerned). Go's `IsServiceIPSet` in
/// [`pkg/apis/core/v1/helper/helpers.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/v1/helper/helpers.go).
#[doc(alias = "IsServiceIPSet")]
pub fn is_service_ip_set(service: &Service) -> bool {
    !service.spec.cluster_ip.is_empty() && service.spec.cluster_ip != CLUSTER_IP_NONE
}

/// Go's `net.JoinHostPort`: a host with a colon is bracketed.
fn join_host_port(host: &str, port: i32) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// The protocol, `TCP` when unset.
fn protocol(port: &ServicePort) -> &str {
    if port.protocol.is_empty() {
        crate::api::core::protocol::TCP
    } else {
        &port.protocol
    }
}

/// The variables a container gets for `services`, in the kubelet's order: for each service with a
/// cluster IP, `{SVC}_SERVICE_HOST`, `{SVC}_SERVICE_PORT` (the first port),
/// `{SVC}_SERVICE_PORT_{NAME}` for each named port, then the Docker-link variables `{SVC}_PORT`
/// (the first port) and `{SVC}_PORT_{port}_{PROTO}` with `_PROTO`, `_PORT` and `_ADDR` for each
/// port. Go's `FromServices`.
///
/// Upstream indexes the first port unchecked (validation guarantees one); a service without
/// ports gets only `{SVC}_SERVICE_HOST` here.
#[doc(alias = "FromServices")]
pub fn service_env_vars<'a>(services: impl IntoIterator<Item = &'a Service>) -> Vec<EnvVar> {
    let mut out = Vec::new();
    for service in services {
        if !is_service_ip_set(service) {
            continue;
        }
        let prefix = env_var_name(&service.metadata.name);
        let ip = service.spec.cluster_ip.as_str();
        out.push(EnvVar::new(format!("{prefix}_SERVICE_HOST"), ip));
        let Some(first) = service.spec.ports.first() else {
            continue;
        };
        out.push(EnvVar::new(
            format!("{prefix}_SERVICE_PORT"),
            first.port.to_string(),
        ));
        for p in service.spec.ports.iter().filter(|p| !p.name.is_empty()) {
            let name = format!("{prefix}_SERVICE_PORT_{}", env_var_name(&p.name));
            out.push(EnvVar::new(name, p.port.to_string()));
        }
        for (i, p) in service.spec.ports.iter().enumerate() {
            let proto = protocol(p);
            let (lower, upper) = (map_chars(proto, to_lower), map_chars(proto, to_upper));
            let url = format!("{lower}://{}", join_host_port(ip, p.port));
            if i == 0 {
                out.push(EnvVar::new(format!("{prefix}_PORT"), url.clone()));
            }
            let port_prefix = format!("{prefix}_PORT_{}_{upper}", p.port);
            out.push(EnvVar::new(port_prefix.clone(), url));
            out.push(EnvVar::new(format!("{port_prefix}_PROTO"), lower));
            out.push(EnvVar::new(
                format!("{port_prefix}_PORT"),
                p.port.to_string(),
            ));
            out.push(EnvVar::new(format!("{port_prefix}_ADDR"), ip));
        }
    }
    out
}

/// The services a pod's containers get variables for (`getServiceEnvVarMap` in
/// [`pkg/kubelet/kubelet_pods.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/kubelet_pods.go)),
/// from every service the kubelet knows: those of the pod's `namespace` when `enable_service_links`
/// (the pod's `enableServiceLinks`, true by default), and always the `kubernetes` service of
/// `default` — unless a service of the same name in the pod's namespace takes its place. Services
/// without a cluster IP are skipped.
///
/// Upstream collects them in a map, so their order is Go's random map order; here they come
/// sorted by name, and [`pod_service_env`] gives their variables.
#[must_use]
#[doc(alias = "getServiceEnvVarMap")]
pub fn visible_services<'a>(
    services: impl IntoIterator<Item = &'a Service>,
    namespace: &str,
    enable_service_links: bool,
) -> Vec<&'a Service> {
    let mut by_name: alloc::collections::BTreeMap<&str, &Service> = Default::default();
    for service in services {
        if !is_service_ip_set(service) {
            continue;
        }
        let name = service.metadata.name.as_str();
        if service.metadata.namespace == "default" && name == "kubernetes" {
            by_name.entry(name).or_insert(service);
        } else if service.metadata.namespace == namespace && enable_service_links {
            by_name.insert(name, service);
        }
    }
    by_name.into_values().collect()
}

/// The service variables of a pod's containers: [`service_env_vars`] of [`visible_services`],
/// sorted by variable name (upstream returns a map). What Go's `getServiceEnvVarMap`
/// (`pkg/kubelet/kubelet_pods.go`) returns.
///
/// ```
/// use kube_primitives::api::core::{Service, ServicePort};
/// use kube_primitives::service::pod_service_env;
///
/// let mut api = Service::new("kubernetes", "10.96.0.1", vec![ServicePort::new("https", "TCP", 443)]);
/// api.metadata.namespace = "default".into();
/// let mut web = Service::new("web", "10.96.0.20", vec![ServicePort::new("", "TCP", 80)]);
/// web.metadata.namespace = "shop".into();
/// let names: Vec<String> = pod_service_env([&api, &web], "shop", false)
///     .into_iter().map(|v| v.name).collect();
/// assert!(names.contains(&"KUBERNETES_SERVICE_HOST".to_string()));
/// assert!(!names.contains(&"WEB_SERVICE_HOST".to_string()));
/// ```
#[must_use]
#[doc(alias = "getServiceEnvVarMap")]
pub fn pod_service_env<'a>(
    services: impl IntoIterator<Item = &'a Service>,
    namespace: &str,
    enable_service_links: bool,
) -> Vec<EnvVar> {
    let visible = visible_services(services, namespace, enable_service_links);
    let map: alloc::collections::BTreeMap<String, String> = service_env_vars(visible)
        .into_iter()
        .map(|v| (v.name, v.value))
        .collect();
    map.into_iter().map(|(k, v)| EnvVar::new(k, v)).collect()
}
