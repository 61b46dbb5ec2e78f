//! `toleration`, `taints_tolerated`, `zone_state`, `eviction_qps`.

use kube_primitives::api::core::{Taint, Toleration};
use kube_primitives::node::{
    compute_zone_state, find_untolerated_taint, tolerates, tolerations_tolerate_taint,
    zone_eviction_rate, EvictionSettings, TaintFeatures, ZoneState,
};
use serde_json::{json, Value};

use super::field;

/// Answer-field suffixes and the feature settings they stand for.
fn features() -> [(&'static str, TaintFeatures); 2] {
    [
        ("", TaintFeatures::default()),
        (
            "_with_comparison_operators",
            TaintFeatures::with_comparison_operators(),
        ),
    ]
}

pub fn toleration(request: &Value) -> Result<Value, String> {
    let toleration: Toleration = field(request, "toleration")?;
    let taint: Taint = field(request, "taint")?;
    let mut answer = json!({ "taint_string": taint.to_string() });
    for (suffix, f) in features() {
        answer[format!("tolerates{suffix}")] = json!(tolerates(&toleration, &taint, f));
    }
    Ok(answer)
}

pub fn taints_tolerated(request: &Value) -> Result<Value, String> {
    let tolerations: Vec<Toleration> = field(request, "tolerations")?;
    let taints: Vec<Taint> = field(request, "taints")?;
    let effects: Option<Vec<String>> = field(request, "filter_effects")?;
    let keep = |t: &Taint| effects.as_ref().map_or(true, |e| e.contains(&t.effect));
    let mut answer = json!({});
    for (suffix, f) in features() {
        let found = find_untolerated_taint(&taints, &tolerations, keep, f);
        answer[format!("untolerated{suffix}")] = json!(found.is_some());
        answer[format!("taint{suffix}")] = found.map_or(
            Value::Null,
            |t| json!({ "key": t.key, "value": t.value, "effect": t.effect }),
        );
        let per: Vec<bool> = taints
            .iter()
            .map(|t| tolerations_tolerate_taint(&tolerations, t, f))
            .collect();
        answer[format!("per_taint{suffix}")] = json!(per);
    }
    Ok(answer)
}

/// The eviction flags a request may set, over upstream's defaults.
fn settings(request: &Value) -> Result<EvictionSettings, String> {
    let mut s = EvictionSettings::default();
    let f32_field =
        |name: &str| -> Result<Option<f32>, String> { field::<Option<f32>>(request, name) };
    if let Some(v) = f32_field("node_eviction_rate")? {
        s.node_eviction_rate = v;
    }
    if let Some(v) = f32_field("secondary_node_eviction_rate")? {
        s.secondary_node_eviction_rate = v;
    }
    if let Some(v) = f32_field("unhealthy_zone_threshold")? {
        s.unhealthy_zone_threshold = v;
    }
    if let Some(v) = field::<Option<i32>>(request, "large_cluster_size_threshold")? {
        s.large_cluster_size_threshold = v;
    }
    Ok(s)
}

#[derive(serde::Deserialize)]
struct Condition {
    #[serde(default)]
    status: String,
}

pub fn zone_state(request: &Value) -> Result<Value, String> {
    let conditions: Vec<Option<Condition>> =
        field::<Option<_>>(request, "ready_conditions")?.unwrap_or_default();
    let statuses = conditions
        .iter()
        .map(|c| c.as_ref().map(|c| c.status.as_str()));
    let (not_ready, state) = compute_zone_state(statuses, &settings(request)?);
    Ok(json!({ "not_ready": not_ready, "state": state.as_str() }))
}

pub fn eviction_qps(request: &Value) -> Result<Value, String> {
    let size: i64 = field(request, "zone_size")?;
    let state: String = field(request, "state")?;
    let settings = settings(request)?;
    let rate = state
        .parse::<ZoneState>()
        .ok()
        .and_then(|s| zone_eviction_rate(size, s, &settings));
    Ok(match rate {
        // Printed as the float32 it is (0.1, not 0.10000000149011612).
        Some(qps) => {
            json!({ "set": true, "qps": qps.to_string().parse::<f64>().map_err(|e| e.to_string())? })
        }
        None => json!({ "set": false }),
    })
}
