//! `metav1` types inside the internal objects' JSON (`ObjectMeta`, `LabelSelector`): unlike the
//! internal `core` types they carry JSON tags, so they print with `omitempty` names; shared by
//! the pod spec, template and volume printers
//! ([meta/v1/types.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/apis/meta/v1/types.go)).

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::internal_json::{o, s, string_map, strs};
use crate::api::core::{LabelSelector, ObjectMeta};
use crate::meta::field::Json;

pub(super) fn label_selector(l: &LabelSelector) -> Json {
    // metav1.LabelSelector has JSON tags (`omitempty`).
    let mut m = Vec::new();
    if !l.match_labels.is_empty() {
        m.push(("matchLabels", string_map(&l.match_labels)));
    }
    if !l.match_expressions.is_empty() {
        m.push((
            "matchExpressions",
            Json::Array(
                l.match_expressions
                    .iter()
                    .map(|r| {
                        let mut e = alloc::vec![("key", s(&r.key)), ("operator", s(&r.operator))];
                        if !r.values.is_empty() {
                            e.push(("values", strs(&r.values)));
                        }
                        o(e)
                    })
                    .collect(),
            ),
        ));
    }
    o(m)
}

/// The members of `metav1.ObjectMeta` that are set, in Go's field order. `managedFields`, which
/// pod templates do not carry in practice, is left out.
pub(super) fn object_meta_members(m: &ObjectMeta) -> Vec<(String, Json)> {
    let mut out: Vec<(String, Json)> = Vec::new();
    let mut text = |name: &str, v: &str| {
        if !v.is_empty() {
            out.push((String::from(name), s(v)));
        }
    };
    text("name", &m.name);
    text("generateName", &m.generate_name);
    text("namespace", &m.namespace);
    text("selfLink", &m.self_link);
    text("uid", &m.uid);
    text("resourceVersion", &m.resource_version);
    if m.generation != 0 {
        out.push((String::from("generation"), Json::Int(m.generation)));
    }
    if let Some(t) = &m.creation_timestamp {
        out.push((String::from("creationTimestamp"), s(&t.to_string())));
    }
    if let Some(t) = &m.deletion_timestamp {
        out.push((String::from("deletionTimestamp"), s(&t.to_string())));
    }
    if let Some(g) = m.deletion_grace_period_seconds {
        out.push((String::from("deletionGracePeriodSeconds"), Json::Int(g)));
    }
    if !m.labels.is_empty() {
        out.push((String::from("labels"), string_map(&m.labels)));
    }
    if !m.annotations.is_empty() {
        out.push((String::from("annotations"), string_map(&m.annotations)));
    }
    if !m.owner_references.is_empty() {
        let refs = m
            .owner_references
            .iter()
            .map(|r| {
                let mut members = alloc::vec![
                    ("apiVersion", s(&r.api_version)),
                    ("kind", s(&r.kind)),
                    ("name", s(&r.name)),
                    ("uid", s(&r.uid)),
                ];
                if let Some(c) = r.controller {
                    members.push(("controller", Json::Bool(c)));
                }
                if let Some(b) = r.block_owner_deletion {
                    members.push(("blockOwnerDeletion", Json::Bool(b)));
                }
                o(members)
            })
            .collect();
        out.push((String::from("ownerReferences"), Json::Array(refs)));
    }
    if !m.finalizers.is_empty() {
        out.push((String::from("finalizers"), strs(&m.finalizers)));
    }
    out
}
