//! Whole objects: defaulting (and, later, validation) of pods and workloads.

use kube_primitives::api::core::Pod;
use kube_primitives::validation::defaults::default_pod as apply_pod_defaults;
use serde_json::{json, Value};

use super::field;

/// `default_pod`: the pod after `SetObjectDefaults_Pod`, encoded as the API server encodes a
/// v1 Pod (with its kind and version).
pub fn default_pod(request: &Value) -> Result<Value, String> {
    let mut pod: Pod = field(request, "object")?;
    apply_pod_defaults(&mut pod);
    "Pod".clone_into(&mut pod.kind);
    "v1".clone_into(&mut pod.api_version);
    Ok(json!({ "object": pod }))
}
