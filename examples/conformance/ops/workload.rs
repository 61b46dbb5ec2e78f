//! `fenceposts`, `new_rs_replicas`.

use kube_primitives::api::IntOrString;
use kube_primitives::workload::{new_replica_set_replicas, resolve_fenceposts, DeploymentStrategy};
use serde_json::{json, Value};

use super::field;

pub fn fenceposts(request: &Value) -> Result<Value, String> {
    let surge: Option<IntOrString> = field(request, "max_surge")?;
    let unavailable: Option<IntOrString> = field(request, "max_unavailable")?;
    let desired: i32 = field(request, "desired")?;
    Ok(
        match resolve_fenceposts(surge.as_ref(), unavailable.as_ref(), desired) {
            Ok((surge, unavailable)) => {
                json!({ "ok": true, "surge": surge, "unavailable": unavailable })
            }
            Err(e) => json!({ "ok": false, "error": e.to_string() }),
        },
    )
}

pub fn new_rs_replicas(request: &Value) -> Result<Value, String> {
    let strategy: String = field(request, "strategy")?;
    let surge: Option<IntOrString> = field(request, "max_surge")?;
    let replicas: i32 = field(request, "replicas")?;
    let new_rs: i32 = field(request, "new_rs_replicas")?;
    let old: Vec<i32> = field(request, "old_rs_replicas")?;
    let strategy = match strategy.as_str() {
        "RollingUpdate" => DeploymentStrategy::RollingUpdate {
            max_surge: surge.as_ref(),
        },
        "Recreate" => DeploymentStrategy::Recreate,
        other => DeploymentStrategy::Other(other),
    };
    let all = std::iter::once(new_rs).chain(old);
    Ok(
        match new_replica_set_replicas(&strategy, replicas, new_rs, all) {
            Ok(n) => json!({ "ok": true, "new_replicas": n }),
            Err(e) => json!({ "ok": false, "error": e.to_string() }),
        },
    )
}
