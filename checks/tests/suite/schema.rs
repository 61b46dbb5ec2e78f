//! The `schemars` feature: the schemas a kube-rs custom resource gets for this crate's types are
//! the structural forms the API server accepts, and values serialized by serde fit them.

use kube_primitives::api::core::{LabelSelector, LabelSelectorRequirement, ResourceList};
use kube_primitives::api::{IntOrString, Quantity};
use kube_primitives::selector::{FieldSelector, Selector};
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::{json, Value};

/// A custom resource's spec, as a kube-rs user writes one.
#[derive(JsonSchema, Serialize)]
#[serde(rename_all = "camelCase")]
struct CacheSpec {
    memory: Quantity,
    port: IntOrString,
    resources: ResourceList,
    selector: Selector,
    field_selector: FieldSelector,
    pod_selector: Option<LabelSelector>,
}

fn spec_schema() -> Value {
    // kube-derive generates CRD schemas with subschemas inlined (OpenAPI v3 has no `$defs`).
    let mut settings = schemars::generate::SchemaSettings::openapi3();
    settings.inline_subschemas = true;
    serde_json::to_value(
        settings
            .into_generator()
            .into_root_schema_for::<CacheSpec>(),
    )
    .unwrap()
}

#[test]
fn quantity_and_int_or_string_are_int_or_string_without_a_type() {
    let schema = spec_schema();
    for field in ["memory", "port"] {
        let property = &schema["properties"][field];
        assert_eq!(
            property["x-kubernetes-int-or-string"],
            json!(true),
            "{field}"
        );
        // A structural schema must not give int-or-string a `type`.
        assert!(property.get("type").is_none(), "{field}: {property}");
    }
    let resources = &schema["properties"]["resources"];
    assert_eq!(resources["type"], json!("object"));
    assert_eq!(
        resources["additionalProperties"]["x-kubernetes-int-or-string"],
        json!(true)
    );
}

#[test]
fn selectors_are_strings() {
    let schema = spec_schema();
    assert_eq!(schema["properties"]["selector"]["type"], json!("string"));
    assert_eq!(
        schema["properties"]["fieldSelector"]["type"],
        json!("string")
    );
}

#[test]
fn label_selector_is_the_metav1_object() {
    let schema = spec_schema();
    let selector = &schema["properties"]["podSelector"];
    // `Option` makes the field nullable in OpenAPI 3 and leaves it out of `required`.
    assert!(!schema["required"]
        .as_array()
        .unwrap()
        .contains(&json!("podSelector")));
    assert_eq!(selector["type"], json!("object"));
    assert_eq!(
        selector["properties"]["matchLabels"]["additionalProperties"]["type"],
        json!("string")
    );
    let requirement = &selector["properties"]["matchExpressions"]["items"];
    assert_eq!(requirement["required"], json!(["key", "operator"]));
    assert_eq!(
        requirement["properties"]["values"]["items"]["type"],
        json!("string")
    );
}

/// A value's JSON has the JSON type the schema names (the checks a structural schema makes).
fn fits(schema: &Value, value: &Value) -> bool {
    if schema["x-kubernetes-int-or-string"] == json!(true) {
        return value.is_string() || value.is_i64() || value.is_u64();
    }
    match (schema["type"].as_str(), value) {
        (None, _) | (Some("string"), Value::String(_)) => true,
        (Some("object"), Value::Object(map)) => map.iter().all(|(k, v)| {
            let sub = schema["properties"]
                .get(k)
                .or(schema.get("additionalProperties"));
            sub.is_some_and(|sub| fits(sub, v))
        }),
        (Some("array"), Value::Array(items)) => items.iter().all(|v| fits(&schema["items"], v)),
        _ => value.is_null() && schema["nullable"] == json!(true),
    }
}

#[test]
fn serialized_values_fit_their_schema() {
    let spec = CacheSpec {
        memory: "1.5Gi".parse().unwrap(),
        port: IntOrString::String("http".into()),
        resources: [("cpu", "250m".parse().unwrap())].into_iter().collect(),
        selector: "app=web,tier in (a,b),!canary".parse().unwrap(),
        field_selector: "metadata.name=web".parse().unwrap(),
        pod_selector: Some(LabelSelector {
            match_labels: [("app".to_owned(), "web".to_owned())].into_iter().collect(),
            match_expressions: vec![LabelSelectorRequirement {
                key: "tier".into(),
                operator: "In".into(),
                values: vec!["a".into()],
            }],
        }),
    };
    let value = serde_json::to_value(&spec).unwrap();
    assert!(fits(&spec_schema(), &value), "{value}");
    // And the negative: a number where a selector string belongs does not fit.
    let mut wrong = value.clone();
    wrong["selector"] = json!(3);
    assert!(!fits(&spec_schema(), &wrong));
}
