//! `toleration`, `taints_tolerated`.

use kube_primitives::api::core::{Taint, Toleration};
use kube_primitives::node::{
    find_untolerated_taint, tolerates, tolerations_tolerate_taint, TaintFeatures,
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
