//! `validate_pod`: a pod through the API server's create (or update) path.

use kube_primitives::api::core::Pod;
use kube_primitives::validation::pod::{
    validate_pod_create_request, validate_pod_update_request, PodValidationOptions,
};
use serde_json::{json, Value};

use super::field;

/// The suffix the vectors' server gives generated names.
const SUFFIX: &str = "bcdfg";

fn decode(v: &Value) -> Result<Pod, String> {
    serde_json::from_value(v.clone()).map_err(|e| format!("pod: {e}"))
}

pub fn validate_pod(request: &Value) -> Result<Value, String> {
    let namespace: Option<String> = field(request, "namespace")?;
    let allow_privileged: Option<bool> = field(request, "allow_privileged")?;
    let opts = PodValidationOptions::with_allow_privileged(allow_privileged.unwrap_or(false));
    let mut pod = decode(request.get("object").unwrap_or(&Value::Null))?;
    let errs = match request.get("old").filter(|o| !o.is_null()) {
        Some(old) => {
            validate_pod_update_request(&mut pod, &mut decode(old)?, namespace.as_deref(), &opts)
        }
        None => validate_pod_create_request(&mut pod, namespace.as_deref(), SUFFIX, &opts),
    };
    let errors: Vec<String> = errs.iter().map(ToString::to_string).collect();
    Ok(json!({ "errors": errors }))
}
