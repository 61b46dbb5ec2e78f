//! `selector_parse`, `selector_match`.

use std::collections::BTreeMap;

use kube_primitives::selector::Selector;
use serde_json::{json, Value};

use super::field;

fn requirements(s: &Selector) -> Value {
    let reqs: Vec<Value> = s
        .requirements()
        .into_iter()
        .flatten()
        .map(|r| json!({ "key": r.key(), "operator": r.operator().as_str(), "values": r.values().collect::<Vec<_>>() }))
        .collect();
    json!(reqs)
}

pub fn selector_parse(request: &Value) -> Result<Value, String> {
    let input: String = field(request, "input")?;
    Ok(match Selector::parse(&input) {
        Ok(s) => json!({
            "ok": true,
            "string": s.to_string(),
            "empty": s.is_empty(),
            "requirements": requirements(&s),
        }),
        Err(e) => json!({ "ok": false, "error": e.to_string() }),
    })
}

pub fn selector_match(request: &Value) -> Result<Value, String> {
    let selector: String = field(request, "selector")?;
    let labels: BTreeMap<String, String> = field(request, "labels")?;
    Ok(match Selector::parse(&selector) {
        Ok(s) => json!({ "ok": true, "matches": s.matches(&labels) }),
        Err(e) => json!({ "ok": false, "matches": false, "error": e.to_string() }),
    })
}
