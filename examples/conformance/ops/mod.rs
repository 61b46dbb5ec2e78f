//! The dispatch table: op name → handler. An op the crate implements is listed here and never
//! answers `unsupported`; every other op does. The conformance test reads this same table.

mod api;
mod meta;
mod node;
mod pod_validation;
mod probe;
mod quota;
mod selector;
mod service;
mod validation;
mod workload;
mod workload_validation;

use kube_primitives::meta::field::Error;
use serde_json::{json, Value};

/// A handler decodes the request, calls the public API and encodes the answer; an `Err` becomes
/// `{"bad_request": …}`.
pub type Handler = fn(&Value) -> Result<Value, String>;

/// Every implemented op.
pub const OPS: &[(&str, Handler)] = &[
    ("validate", meta::validate),
    ("validate_labels", meta::validate_labels),
    ("validate_annotations", meta::validate_annotations),
    ("validate_object_meta", meta::validate_object_meta),
    ("quantity", api::quantity),
    ("quantity_arith", api::quantity_arith),
    ("version_compare", api::version_compare),
    ("group_version", api::group_version),
    ("group_version_kind_string", api::group_version_kind_string),
    ("selector_parse", selector::selector_parse),
    ("selector_match", selector::selector_match),
    ("label_selector", selector::label_selector),
    ("validate_label_selector", selector::validate_label_selector),
    ("field_selector_parse", selector::field_selector_parse),
    ("node_affinity", selector::node_affinity),
    ("service_env", service::service_env),
    ("dns_search", service::dns_search),
    ("endpoints", service::endpoints),
    ("toleration", node::toleration),
    ("taints_tolerated", node::taints_tolerated),
    ("zone_state", node::zone_state),
    ("eviction_qps", node::eviction_qps),
    ("resource_list", quota::resource_list),
    ("backoff", probe::backoff),
    ("pod_phase", probe::pod_phase),
    ("pod_conditions", probe::pod_conditions),
    ("pod_qos", quota::pod_qos),
    ("pod_quota_usage", quota::pod_quota_usage),
    ("limit_range", quota::limit_range),
    ("quota_admission", quota::quota_admission),
    ("pod_resources", quota::pod_resources),
    ("fenceposts", workload::fenceposts),
    ("new_rs_replicas", workload::new_rs_replicas),
    ("default_pod", validation::default_pod),
    ("validate_pod", pod_validation::validate_pod),
    ("validate_workload", workload_validation::validate_workload),
];

/// The handler of `op`, if the crate implements it.
pub fn handler(op: &str) -> Option<Handler> {
    OPS.iter().find(|(name, _)| *name == op).map(|(_, h)| *h)
}

/// The answer to one request.
pub fn answer(request: &Value) -> Value {
    let Some(op) = request.get("op").and_then(Value::as_str) else {
        return json!({ "bad_request": "missing \"op\"" });
    };
    match handler(op) {
        Some(h) => h(request).unwrap_or_else(|why| json!({ "bad_request": why })),
        None => json!({ "unsupported": true }),
    }
}

/// A request field decoded into `T`.
pub fn field<T: serde::de::DeserializeOwned>(request: &Value, name: &str) -> Result<T, String> {
    let v = request.get(name).cloned().unwrap_or(Value::Null);
    serde_json::from_value(v).map_err(|e| format!("field {name:?}: {e}"))
}

/// Errors as strings, with each consecutive run on one of `map_fields` sorted: upstream visits
/// Go maps in random order, the vectors sort those runs.
pub fn with_map_runs_sorted(
    errs: impl IntoIterator<Item = Error>,
    map_fields: &[&str],
) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let mut run_field: Option<String> = None;
    for e in errs {
        let f = e.field.as_str().to_owned();
        if run_field.as_deref() != Some(f.as_str()) {
            run.sort();
            out.append(&mut run);
            run_field = map_fields.contains(&f.as_str()).then_some(f);
        }
        if run_field.is_some() {
            run.push(e.to_string());
        } else {
            out.push(e.to_string());
        }
    }
    run.sort();
    out.append(&mut run);
    out
}
