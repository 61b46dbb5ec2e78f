//! `selector_parse`, `selector_match`, `label_selector`, `validate_label_selector`,
//! `field_selector_parse`, `node_affinity`.

use std::collections::BTreeMap;

use kube_primitives::api::core::{LabelSelector, NodeSelector};
use kube_primitives::meta::field::{ErrorList, Path};
use kube_primitives::selector::{
    label_selector_has_invalid_label_value, validate_label_selector as validate, FieldSelector,
    LabelSelectorValidationOptions, LazyNodeSelector, NodeSelectorMatcher, RequiredNodeAffinity,
    Selector,
};
use serde_json::{json, Value};

use super::{field, with_map_runs_sorted};

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

pub fn label_selector(request: &Value) -> Result<Value, String> {
    let input: Option<LabelSelector> = field(request, "input")?;
    let labels: Option<BTreeMap<String, String>> = field(request, "labels")?;
    Ok(match Selector::from_label_selector(input.as_ref()) {
        Ok(s) => {
            let mut answer = json!({ "ok": true, "string": s.to_string(), "empty": s.is_empty() });
            if let Some(labels) = labels {
                answer["matches"] = json!(s.matches(&labels));
            }
            answer
        }
        Err(e) => json!({ "ok": false, "error": e.to_string() }),
    })
}

const MAP_FIELDS: &[&str] = &["spec.selector.matchLabels"];

pub fn validate_label_selector(request: &Value) -> Result<Value, String> {
    let selector: Option<LabelSelector> = field(request, "selector")?;
    let path = Path::new("spec").child("selector");
    let run = |allow_invalid_label_value, allow_unknown_operator| {
        let mut opts = LabelSelectorValidationOptions::default();
        opts.allow_invalid_label_value = allow_invalid_label_value;
        opts.allow_unknown_operator = allow_unknown_operator;
        with_map_runs_sorted(validate(selector.as_ref(), opts, &path), MAP_FIELDS)
    };
    Ok(json!({
        "errors": run(false, false),
        "errors_allow_invalid_label_value": run(true, false),
        "errors_allow_unknown_operator": run(false, true),
        "has_invalid_label_value": label_selector_has_invalid_label_value(selector.as_ref()),
    }))
}

pub fn field_selector_parse(request: &Value) -> Result<Value, String> {
    let input: String = field(request, "input")?;
    Ok(match FieldSelector::parse(&input) {
        Ok(s) => {
            let reqs: Vec<Value> = s
                .requirements()
                .map(|r| json!({ "field": r.field(), "operator": r.operator().as_str(), "value": r.value() }))
                .collect();
            json!({ "ok": true, "string": s.to_string(), "empty": s.is_empty(), "requirements": reqs })
        }
        Err(e) => json!({ "ok": false, "error": e.to_string() }),
    })
}

#[derive(serde::Deserialize)]
struct Node {
    #[serde(default)]
    name: String,
    #[serde(default)]
    labels: BTreeMap<String, String>,
}

pub fn node_affinity(request: &Value) -> Result<Value, String> {
    let ns: NodeSelector = field(request, "node_selector")?;
    let node: Node = field(request, "node")?;
    let pod_node_selector: Option<BTreeMap<String, String>> = field(request, "pod_node_selector")?;
    let mut answer = match NodeSelectorMatcher::new(&ns) {
        Ok(m) => json!({ "ok": true, "matches": m.matches(&node.name, &node.labels) }),
        Err(e) => json!({ "ok": false, "matches": false, "error": e.to_string() }),
    };
    let mut put = |name: &str, result: Result<bool, ErrorList>| match result {
        Ok(m) => answer[name] = json!(m),
        Err(e) => {
            answer[name] = json!(false);
            answer[format!("{}_error", name.trim_end_matches("_matches"))] = json!(e.to_string());
        }
    };
    put(
        "lazy_matches",
        LazyNodeSelector::new(&ns).matches(&node.name, &node.labels),
    );
    let required = RequiredNodeAffinity::new(&pod_node_selector.unwrap_or_default(), Some(&ns));
    put(
        "required_matches",
        required.matches(&node.name, &node.labels),
    );
    Ok(answer)
}
