//! `validate`, `validate_labels`, `validate_annotations`, `validate_object_meta`.

use std::collections::BTreeMap;

use kube_primitives::api::core::ObjectMeta;
use kube_primitives::meta::field::{Error, Path};
use kube_primitives::meta::{self, validate as v, NameValidator};
use serde_json::{json, Value};

use super::{field, with_map_runs_sorted};

pub fn validate(request: &Value) -> Result<Value, String> {
    let kind: String = field(request, "kind")?;
    let input: String = field(request, "input")?;
    let check: fn(&str) -> v::Violations = match kind.as_str() {
        "dns1123_label" => v::dns1123_label,
        "dns1123_subdomain" => v::dns1123_subdomain,
        "dns1035_label" => v::dns1035_label,
        "qualified_name" => v::qualified_name,
        "label_value" => v::label_value,
        "env_var_name" => v::env_var_name,
        "relaxed_env_var_name" => v::relaxed_env_var_name,
        "port_name" => v::port_name,
        "c_identifier" => v::c_identifier,
        "config_map_key" => v::config_map_key,
        "percent" => v::percent,
        "dns1123_subdomain_with_underscore" => v::dns1123_subdomain_with_underscore,
        "wildcard_dns1123_subdomain" => v::wildcard_dns1123_subdomain,
        "http_header_name" => v::http_header_name,
        other => return Err(format!("unknown kind {other:?}")),
    };
    let errors: Vec<String> = check(&input).iter().map(ToString::to_string).collect();
    Ok(json!({ "errors": errors }))
}

fn sorted(errs: impl IntoIterator<Item = Error>) -> Vec<String> {
    let mut out: Vec<String> = errs.into_iter().map(|e| e.to_string()).collect();
    out.sort();
    out
}

pub fn validate_labels(request: &Value) -> Result<Value, String> {
    let input: BTreeMap<String, String> = field(request, "input")?;
    let errs = meta::validate_labels(&input, &Path::new("metadata").child("labels"));
    Ok(json!({ "errors": sorted(errs) }))
}

pub fn validate_annotations(request: &Value) -> Result<Value, String> {
    let input: BTreeMap<String, String> = field(request, "input")?;
    let errs = meta::validate_annotations(&input, &Path::new("metadata").child("annotations"));
    Ok(json!({ "errors": sorted(errs) }))
}

/// Go iterates maps in random order, so the protocol sorts each consecutive run of errors on a
/// map-valued field; every other error keeps its place.
const MAP_FIELDS: &[&str] = &["metadata.labels", "metadata.annotations"];

pub fn validate_object_meta(request: &Value) -> Result<Value, String> {
    let meta: ObjectMeta = field(request, "meta")?;
    let requires_namespace: bool = field(request, "requires_namespace")?;
    let name_fn: String = field(request, "name_fn")?;
    let name_fn = match name_fn.as_str() {
        "NameIsDNSSubdomain" => NameValidator::DnsSubdomain,
        "NameIsDNSLabel" => NameValidator::DnsLabel,
        "NameIsDNS1035Label" => NameValidator::Dns1035Label,
        "ValidateNamespaceName" => NameValidator::NAMESPACE,
        other => return Err(format!("unknown name_fn {other:?}")),
    };
    let path = Path::new("metadata");
    let errs = meta::validate_object_meta(&meta, requires_namespace, name_fn, &path);
    let mut answer = json!({ "errors": with_map_runs_sorted(errs, MAP_FIELDS) });
    if request.get("old").is_some_and(|o| !o.is_null()) {
        let old: ObjectMeta = field(request, "old")?;
        let errs = meta::validate_object_meta_update(&meta, &old, &path);
        answer["update_errors"] = json!(with_map_runs_sorted(errs, MAP_FIELDS));
    }
    Ok(answer)
}
