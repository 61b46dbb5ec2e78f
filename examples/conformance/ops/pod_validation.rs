//! `validate_pod`: a pod through the API server's create (or update) path.

use kube_primitives::api::core::Pod;
use kube_primitives::validation::defaults::default_pod;
use kube_primitives::validation::pod::{
    prepare_pod_for_create, prepare_pod_for_update, validate_pod_create, validate_pod_update,
    PodValidationOptions,
};
use serde_json::{json, Value};

use super::field;

/// The suffix the vectors' server gives generated names.
const SUFFIX: &str = "bcdfg";

/// Decoded and defaulted, in the request's namespace when the object names none.
fn decode(v: &Value, namespace: Option<&str>) -> Result<Pod, String> {
    let mut pod: Pod = serde_json::from_value(v.clone()).map_err(|e| format!("pod: {e}"))?;
    default_pod(&mut pod);
    if let Some(ns) = namespace {
        if pod.metadata.namespace.is_empty() {
            ns.clone_into(&mut pod.metadata.namespace);
        }
    }
    Ok(pod)
}

pub fn validate_pod(request: &Value) -> Result<Value, String> {
    let namespace: Option<String> = field(request, "namespace")?;
    let allow_privileged: Option<bool> = field(request, "allow_privileged")?;
    let opts = PodValidationOptions::with_allow_privileged(allow_privileged.unwrap_or(false));
    let mut pod = decode(
        request.get("object").unwrap_or(&Value::Null),
        namespace.as_deref(),
    )?;
    let errs = match request.get("old").filter(|o| !o.is_null()) {
        Some(old) => {
            let mut old = decode(old, namespace.as_deref())?;
            // The protocol's stored object: resourceVersion "1" unless given, which an update
            // without one carries over.
            if old.metadata.resource_version.is_empty() {
                "1".clone_into(&mut old.metadata.resource_version);
            }
            if pod.metadata.resource_version.is_empty() {
                pod.metadata
                    .resource_version
                    .clone_from(&old.metadata.resource_version);
            }
            prepare_pod_for_update(&mut pod, &old);
            validate_pod_update(&pod, &old, &opts)
        }
        None => {
            prepare_pod_for_create(&mut pod, SUFFIX);
            validate_pod_create(&pod, &opts)
        }
    };
    let errors: Vec<String> = errs.iter().map(ToString::to_string).collect();
    Ok(json!({ "errors": errors }))
}
