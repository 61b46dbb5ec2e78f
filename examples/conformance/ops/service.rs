//! `service_env`.

use kube_primitives::api::core::{Service, ServicePort};
use kube_primitives::service::service_env_vars;
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
