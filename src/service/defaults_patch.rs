//! The API server's Service defaulting ([`Service::with_defaults`], Go's `SetDefaults_Service`)
//! as RFC 6902 operations on the caller's original document, so that a mutating webhook keeps
//! every field of the service, modelled or not.

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::api::core::{Service, SessionAffinityConfig};
use crate::api::patch::{json_pointer, Additions, PatchOp, PatchOperation, PatchValue};
use crate::api::IntOrString;

/// What [`Service::with_defaults`] changes in `service`, as JSON Patch operations on the
/// document `service` was read from. `exists` says whether a JSON Pointer names a value in that
/// document (parents it lacks are created). The defaulting rules are `with_defaults`' own: this
/// compares the service before and after it.
///
/// ```
/// use kube_primitives::api::core::Service;
/// use kube_primitives::service::defaults_patch;
///
/// let doc = serde_json::json!({"metadata": {"name": "web", "labels": {"x": "1"}},
///     "spec": {"ports": [{"port": 80}], "someFutureField": true}});
/// let svc: Service = serde_json::from_value(doc.clone()).unwrap();
/// let ops = defaults_patch(&svc, |p| doc.pointer(p).is_some());
/// let ops = serde_json::to_value(&ops).unwrap();
/// assert!(ops.as_array().unwrap().contains(&serde_json::json!(
///     {"op": "add", "path": "/spec/ports/0/targetPort", "value": 80})));
/// ```
#[must_use]
#[doc(alias = "SetDefaults_Service")]
pub fn defaults_patch(service: &Service, exists: impl Fn(&str) -> bool) -> Vec<PatchOperation> {
    let after = service.clone().with_defaults();
    let (old, new) = (&service.spec, &after.spec);
    let mut adds = Additions::new(&exists);
    let mut removes = Vec::new();
    if old.session_affinity != new.session_affinity {
        let value = PatchValue::String(new.session_affinity.clone());
        adds.add(&["spec", "sessionAffinity"], value);
    }
    if old.session_affinity_config != new.session_affinity_config {
        match &new.session_affinity_config {
            Some(config) => adds.add(&["spec", "sessionAffinityConfig"], affinity_config(config)),
            None => {
                let path = json_pointer(["spec", "sessionAffinityConfig"]);
                if exists(&path) {
                    removes.push(PatchOperation {
                        op: PatchOp::Remove,
                        path,
                        value: None,
                    });
                }
            }
        }
    }
    if old.type_ != new.type_ {
        adds.add(&["spec", "type"], PatchValue::String(new.type_.clone()));
    }
    for (i, (was, now)) in old.ports.iter().zip(&new.ports).enumerate() {
        let index = i.to_string();
        if was.protocol != now.protocol {
            let value = PatchValue::String(now.protocol.clone());
            adds.add(&["spec", "ports", &index, "protocol"], value);
        }
        if was.target_port != now.target_port {
            if let Some(target) = &now.target_port {
                adds.add(
                    &["spec", "ports", &index, "targetPort"],
                    int_or_string(target),
                );
            }
        }
    }
    if old.external_traffic_policy != new.external_traffic_policy {
        let value = PatchValue::String(new.external_traffic_policy.clone());
        adds.add(&["spec", "externalTrafficPolicy"], value);
    }
    if old.internal_traffic_policy != new.internal_traffic_policy {
        if let Some(policy) = &new.internal_traffic_policy {
            let value = PatchValue::String(policy.clone());
            adds.add(&["spec", "internalTrafficPolicy"], value);
        }
    }
    if old.allocate_load_balancer_node_ports != new.allocate_load_balancer_node_ports {
        if let Some(allocate) = new.allocate_load_balancer_node_ports {
            adds.add(
                &["spec", "allocateLoadBalancerNodePorts"],
                PatchValue::Bool(allocate),
            );
        }
    }
    if old.cluster_ips != new.cluster_ips {
        let ips = new
            .cluster_ips
            .iter()
            .cloned()
            .map(PatchValue::String)
            .collect();
        adds.add(&["spec", "clusterIPs"], PatchValue::Array(ips));
    }
    let mut ops = removes;
    ops.extend(adds.into_operations());
    ops
}

fn int_or_string(v: &IntOrString) -> PatchValue {
    match v {
        IntOrString::Int(n) => PatchValue::Integer(i64::from(*n)),
        IntOrString::String(s) => PatchValue::String(s.clone()),
    }
}

/// `{"clientIP": {"timeoutSeconds": n}}`, as the config upstream writes.
fn affinity_config(config: &SessionAffinityConfig) -> PatchValue {
    let mut client_ip = BTreeMap::new();
    if let Some(timeout) = config.client_ip.as_ref().and_then(|c| c.timeout_seconds) {
        client_ip.insert(
            String::from("timeoutSeconds"),
            PatchValue::Integer(i64::from(timeout)),
        );
    }
    let mut outer = BTreeMap::new();
    outer.insert(String::from("clientIP"), PatchValue::Object(client_ip));
    PatchValue::Object(outer)
}
