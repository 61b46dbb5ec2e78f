//! `validate_workload`: an apps/batch/policy object through the API server's create (or update)
//! path.

use kube_primitives::validation::workload::{
    validate_create, validate_update, Request, Workload, WorkloadKind,
};
use serde::de::DeserializeSeed;
use serde_json::{json, Value};

use super::field;

/// The UID and generated-name suffix the vectors' server gives created objects.
const UID: &str = "00000000-0000-0000-0000-000000000000";
const SUFFIX: &str = "bcdfg";

/// The object as the kind its `apiVersion`/`kind` name.
fn decode(v: &Value) -> Result<Workload, String> {
    let text = |name: &str| v.get(name).and_then(Value::as_str).unwrap_or_default();
    let (api_version, kind) = (text("apiVersion"), text("kind"));
    let Some(kind) = WorkloadKind::from_type(api_version, kind) else {
        return Err(format!("not a workload kind: {api_version}/{kind}"));
    };
    kind.deserialize(v).map_err(|e| format!("object: {e}"))
}

pub fn validate_workload(request: &Value) -> Result<Value, String> {
    let namespace: Option<String> = field(request, "namespace")?;
    let allow_privileged: Option<bool> = field(request, "allow_privileged")?;
    let req = Request::new(
        namespace.as_deref(),
        allow_privileged.unwrap_or(false),
        UID,
        SUFFIX,
    );
    let mut obj = decode(request.get("object").unwrap_or(&Value::Null))?;
    let errs = match request.get("old").filter(|o| !o.is_null()) {
        Some(old) => validate_update(&mut obj, &mut decode(old)?, &req),
        None => validate_create(&mut obj, &req),
    };
    let errors: Vec<String> = errs.iter().map(ToString::to_string).collect();
    Ok(json!({ "errors": errors }))
}
