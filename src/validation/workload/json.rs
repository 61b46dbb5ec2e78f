//! Go values as the API server prints them in field errors: `encoding/json` of the internal
//! types (no json tags on the `apps`, `batch` and `policy` internal structs, so their members
//! print with Go's field names, while `metav1.LabelSelector` and `intstr.IntOrString` keep
//! their wire form).

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use crate::api::core::LabelSelector;
use crate::api::IntOrString;
use crate::meta::field::Json;

/// A `map[string]string`: `null` when empty (a decoded object holds no empty, non-nil map that
/// this crate could tell apart), keys sorted as `encoding/json` sorts them.
pub(crate) fn string_map(map: &BTreeMap<String, String>) -> Json {
    if map.is_empty() {
        return Json::Null;
    }
    Json::Object(
        map.iter()
            .map(|(k, v)| (k.clone(), Json::String(v.clone())))
            .collect(),
    )
}

/// A `*metav1.LabelSelector` (json tags, `omitempty` members).
pub(crate) fn label_selector(selector: Option<&LabelSelector>) -> Json {
    let Some(ls) = selector else {
        return Json::Null;
    };
    let mut members = Vec::new();
    if !ls.match_labels.is_empty() {
        members.push((String::from("matchLabels"), string_map(&ls.match_labels)));
    }
    if !ls.match_expressions.is_empty() {
        let exprs = ls
            .match_expressions
            .iter()
            .map(|e| {
                let mut m = alloc::vec![
                    (String::from("key"), Json::String(e.key.clone())),
                    (String::from("operator"), Json::String(e.operator.clone())),
                ];
                if !e.values.is_empty() {
                    m.push((String::from("values"), Json::from(e.values.as_slice())));
                }
                Json::Object(m)
            })
            .collect();
        members.push((String::from("matchExpressions"), Json::Array(exprs)));
    }
    Json::Object(members)
}

/// An `intstr.IntOrString` (a number or a string).
pub(crate) fn int_or_string(v: &IntOrString) -> Json {
    match v {
        IntOrString::Int(i) => Json::Int(i64::from(*i)),
        IntOrString::String(s) => Json::String(s.clone()),
    }
}

/// A `*intstr.IntOrString`.
pub(crate) fn opt_int_or_string(v: Option<&IntOrString>) -> Json {
    v.map_or(Json::Null, int_or_string)
}

/// A `*int32`.
pub(crate) fn opt_int(v: Option<i32>) -> Json {
    v.map_or(Json::Null, |v| Json::Int(i64::from(v)))
}

/// A `*string`.
pub(crate) fn opt_string(v: Option<&String>) -> Json {
    v.map_or(Json::Null, |s| Json::String(s.clone()))
}

/// A Go struct from its members in declaration order.
pub(crate) fn object<const N: usize>(members: [(&str, Json); N]) -> Json {
    Json::Object(
        members
            .into_iter()
            .map(|(k, v)| (String::from(k), v))
            .collect(),
    )
}
