//! `POST /mutate`: LimitRanger's defaulting of a pod, and optionally DefaultTolerationSeconds,
//! as RFC 6902 operations on the pod document as sent, so that every field survives, modelled by
//! the crate or not.

use kube_primitives::api::core::{Pod, Toleration};
use kube_primitives::clock::Instant;
use kube_primitives::node::default_tolerations_patch;
use kube_primitives::quota::{apply_limit_range_defaults, limit_ranger_handles, QuotaAdmission};
use serde_json::Value;

use crate::config::Policy;
use crate::review::AdmissionRequest;
use crate::status::{decode, internal, Denial};
use crate::validate::object;

/// The patch for a request: LimitRanger's defaults from each LimitRange of the namespace in
/// turn (a later one fills only what earlier ones left unset, as upstream applies them), then,
/// when `default_tolerations` is on, the not-ready and unreachable tolerations on a pod create.
/// Empty when nothing changes or the request is not a pod's create (or `resize`).
///
/// # Errors
///
/// 400 for a pod that does not decode.
pub fn mutate(
    request: &AdmissionRequest,
    policy: &Policy,
    default_tolerations: bool,
    now: Instant,
) -> Result<Vec<Value>, Denial> {
    let pod_resource = request.resource.group.is_empty() && request.resource.resource == "pods";
    if !pod_resource || !matches!(request.operation.as_str(), "CREATE" | "UPDATE") {
        return Ok(Vec::new());
    }
    let doc = object(request)?;
    let mut pod: Pod = decode(doc, &request.kind)?;
    let old: Option<Pod> = match &request.old_object {
        Some(v) if !v.is_null() => Some(decode(v, &request.kind)?),
        _ => None,
    };
    let mut r = match request.operation.as_str() {
        "UPDATE" => QuotaAdmission::update(&pod, old.as_ref(), &request.sub_resource, now),
        _ => QuotaAdmission::create(&pod, now),
    };
    r.subresource = &request.sub_resource;
    let limit_ranger = limit_ranger_handles(&r);

    let mut working = doc.clone();
    let mut ops = Vec::new();
    if limit_ranger {
        for lr in policy.limit_ranges_in(&request.namespace) {
            let defaults = apply_limit_range_defaults(&lr.spec, &pod);
            if !defaults.is_changed() {
                continue;
            }
            let patch = defaults.json_patch(|p| working.pointer(p).is_some_and(Value::is_object));
            for op in patch {
                let op = serde_json::to_value(&op)
                    .map_err(|e| internal(format!("JSON Patch operation: {e}")))?;
                apply_add(&mut working, &op).map_err(internal)?;
                ops.push(op);
            }
            pod = defaults.pod;
        }
    }
    if default_tolerations && request.operation == "CREATE" && request.sub_resource.is_empty() {
        let tolerations: Vec<Toleration> = match working.pointer("/spec/tolerations") {
            Some(v) if !v.is_null() => decode(v, &request.kind)?,
            _ => Vec::new(),
        };
        let patch = default_tolerations_patch(&tolerations, |p| {
            working
                .pointer(p)
                .is_some_and(|v| v.is_object() || v.is_array())
        });
        for op in patch {
            ops.push(
                serde_json::to_value(&op)
                    .map_err(|e| internal(format!("JSON Patch operation: {e}")))?,
            );
        }
    }
    Ok(ops)
}

/// Applies one `add` operation, so that the next LimitRange's patch is computed against the
/// document as the earlier operations leave it. Only what the crate's patches use: adding an
/// object member, or appending to an array (`-`).
fn apply_add(doc: &mut Value, op: &Value) -> Result<(), String> {
    let path = op.get("path").and_then(Value::as_str).unwrap_or_default();
    let fail = || format!("cannot apply {op} to the pod document");
    if op.get("op").and_then(Value::as_str) != Some("add") {
        return Err(fail());
    }
    let value = op.get("value").cloned().ok_or_else(fail)?;
    let (parent, last) = path.rsplit_once('/').ok_or_else(fail)?;
    let key = last.replace("~1", "/").replace("~0", "~");
    match doc.pointer_mut(parent) {
        Some(Value::Object(members)) => {
            members.insert(key, value);
            Ok(())
        }
        Some(Value::Array(items)) if key == "-" => {
            items.push(value);
            Ok(())
        }
        _ => Err(fail()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn apply_add_members_and_appends() {
        let mut doc = json!({"metadata": {}, "spec": {"tolerations": []}});
        let add = |path: &str, value: Value| json!({"op": "add", "path": path, "value": value});
        apply_add(&mut doc, &add("/metadata/annotations", json!({}))).unwrap();
        apply_add(&mut doc, &add("/metadata/annotations/a~1b", json!("x"))).unwrap();
        apply_add(&mut doc, &add("/spec/tolerations/-", json!({"key": "k"}))).unwrap();
        assert_eq!(
            doc,
            json!({"metadata": {"annotations": {"a/b": "x"}}, "spec": {"tolerations": [{"key": "k"}]}})
        );
        assert!(apply_add(&mut doc, &add("/missing/x", json!(1))).is_err());
        assert!(apply_add(&mut doc, &json!({"op": "remove", "path": "/spec"})).is_err());
    }
}
