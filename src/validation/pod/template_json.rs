//! A pod template as Go's `encoding/json` marshals the internal `core.PodTemplateSpec`, the value
//! of `spec.template: Invalid value: …: field is immutable` on a Job update: the embedded
//! `metav1.ObjectMeta` inline with its JSON tags (`omitempty`, and `omitzero` on
//! `creationTimestamp`), then `Spec` as the internal `PodSpec`
//! ([pkg/apis/core/types.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/types.go),
//! [meta/v1/types.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/apis/meta/v1/types.go)).

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::internal_json::{o, s, string_map, strs};
use super::spec_json::pod_spec;
use crate::api::core::{ObjectMeta, PodTemplateSpec};
use crate::meta::field::Json;

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

/// The template as Go prints the internal `PodTemplateSpec`.
pub(crate) fn pod_template_json(t: &PodTemplateSpec) -> Json {
    let mut members = object_meta_members(&t.metadata);
    members.push((String::from("Spec"), pod_spec(&t.spec)));
    Json::Object(members)
}
