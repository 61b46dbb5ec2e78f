//! `service_env`, `dns_search`, `endpoints`.

use std::net::IpAddr;

use kube_primitives::api::core::{Pod, PodDnsConfig, Service, ServicePort};
use kube_primitives::service::{
    endpoints_for_service, pod_dns, service_env_vars, DnsPod, EventObject, HostResolver,
    KubeletDns, ResolvConf,
};
use serde::Deserialize;
use serde_json::{json, Value};

use super::field;

#[derive(Deserialize)]
struct Port {
    #[serde(default)]
    name: String,
    port: i32,
    #[serde(default)]
    protocol: String,
}

#[derive(Deserialize)]
struct Svc {
    name: String,
    #[serde(default)]
    cluster_ip: String,
    #[serde(default)]
    ports: Vec<Port>,
}

pub fn service_env(request: &Value) -> Result<Value, String> {
    let services: Vec<Svc> = field(request, "services")?;
    let services: Vec<Service> = services
        .iter()
        .map(|s| {
            let ports = s
                .ports
                .iter()
                .map(|p| ServicePort::new(&p.name, &p.protocol, p.port))
                .collect();
            Service::new(&s.name, &s.cluster_ip, ports)
        })
        .collect();
    let env: Vec<Value> = service_env_vars(&services)
        .into_iter()
        .map(|e| json!({ "name": e.name, "value": e.value }))
        .collect();
    Ok(json!({ "env": env }))
}

#[derive(Deserialize)]
struct DnsRequest {
    namespace: String,
    #[serde(default)]
    pod_name: String,
    #[serde(default)]
    pod_uid: String,
    #[serde(default)]
    cluster_domain: String,
    #[serde(default)]
    cluster_dns: Vec<IpAddr>,
    #[serde(default)]
    node_ips: Vec<IpAddr>,
    dns_policy: String,
    #[serde(default)]
    host_network: bool,
    #[serde(default)]
    dns_config: Option<PodDnsConfig>,
    #[serde(default)]
    resolv_conf: Option<String>,
    #[serde(default)]
    host_search: Option<Vec<String>>,
    #[serde(default)]
    host_servers: Option<Vec<String>>,
    #[serde(default)]
    host_options: Option<Vec<String>>,
}

pub fn dns_search(request: &Value) -> Result<Value, String> {
    let r: DnsRequest = serde_json::from_value(request.clone()).map_err(|e| e.to_string())?;
    let mut kubelet = KubeletDns::default();
    kubelet.cluster_dns = r.cluster_dns;
    kubelet.cluster_domain = r.cluster_domain;
    kubelet.node_ips = r.node_ips;
    kubelet.host = match (
        r.resolv_conf,
        &r.host_search,
        &r.host_servers,
        &r.host_options,
    ) {
        (Some(text), ..) => HostResolver::File(text),
        (None, None, None, None) => HostResolver::Unset,
        (None, search, servers, options) => HostResolver::Parsed(ResolvConf::new(
            servers.clone().unwrap_or_default(),
            search.clone().unwrap_or_default(),
            options.clone().unwrap_or_default(),
        )),
    };
    let mut pod = DnsPod::new(&r.namespace, &r.pod_name, &r.dns_policy);
    pod.uid = &r.pod_uid;
    pod.host_network = r.host_network;
    pod.dns_config = r.dns_config.as_ref();
    Ok(match pod_dns(&kubelet, &pod) {
        Ok(dns) => {
            let mut options = dns.options;
            options.sort();
            let events: Vec<Value> = dns
                .events
                .iter()
                .map(|e| {
                    let object = match e.object {
                        EventObject::Node => "node",
                        _ => "pod",
                    };
                    json!({ "object": object, "type": "Warning", "reason": e.reason, "message": e.message })
                })
                .collect();
            json!({ "ok": true, "servers": dns.servers, "searches": dns.searches, "options": options, "events": events })
        }
        Err(e) => json!({
            "ok": false, "servers": [], "searches": [], "options": [], "events": [], "error": e.to_string(),
        }),
    })
}

pub fn endpoints(request: &Value) -> Result<Value, String> {
    let service: Service = field(request, "service")?;
    let pods: Vec<Pod> = field(request, "pods")?;
    Ok(match endpoints_for_service(&service, &pods) {
        None => json!({"managed": false}),
        Some(ep) => json!({
            "managed": true,
            "subsets": ep.subsets,
            "labels": ep.metadata.labels,
            "annotations": ep.metadata.annotations,
        }),
    })
}
