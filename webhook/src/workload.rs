//! The selector rules of Deployments, ReplicaSets and DaemonSets (`ValidateDeploymentSpec`,
//! `ValidateReplicaSetSpec`, `ValidateDaemonSetSpec` and `ValidatePodTemplateSpecForReplicaSet`
//! in
//! [`pkg/apis/apps/validation/validation.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/validation/validation.go)),
//! and the template checks of `ValidatePodTemplateSpec` in
//! [`pkg/apis/core/validation/validation.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)
//! that this crate models.

use std::collections::BTreeMap;

use kube_primitives::api::core::{LabelSelector, ObjectMeta, PodSpec};
use kube_primitives::meta::field::{Error, ErrorList, Json, Path};
use kube_primitives::meta::{validate_annotations, validate_labels, validate_nonnegative};
use kube_primitives::selector::{
    validate_label_selector, LabelSelectorValidationOptions, Selector,
};
use serde::Deserialize;
use serde_json::Value;

use crate::validate::validate_pod_spec;

/// The workload kinds whose selectors are checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkloadKind {
    /// `apps/v1` Deployment.
    Deployment,
    /// `apps/v1` ReplicaSet.
    ReplicaSet,
    /// `apps/v1` DaemonSet.
    DaemonSet,
}

impl WorkloadKind {
    /// The kind for an `apps` kind name.
    #[must_use]
    pub fn from_kind(kind: &str) -> Option<WorkloadKind> {
        match kind {
            "Deployment" => Some(WorkloadKind::Deployment),
            "ReplicaSet" => Some(WorkloadKind::ReplicaSet),
            "DaemonSet" => Some(WorkloadKind::DaemonSet),
            _ => None,
        }
    }
}

/// What these rules read of a workload.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Workload {
    /// `metadata`.
    pub metadata: Option<ObjectMeta>,
    /// `spec`.
    pub spec: Option<WorkloadSpec>,
}

/// A workload's spec, in part.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WorkloadSpec {
    /// `replicas`: 1 when absent (the API default).
    pub replicas: Option<i32>,
    /// `minReadySeconds`.
    pub min_ready_seconds: Option<i32>,
    /// `selector`.
    pub selector: Option<LabelSelector>,
    /// `template`.
    pub template: Option<Template>,
}

/// `PodTemplateSpec`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Template {
    /// `metadata`.
    pub metadata: Option<ObjectMeta>,
    /// `spec`.
    pub spec: Option<PodSpec>,
}

/// A label selector as `encoding/json` prints `*metav1.LabelSelector` in a field error (since
/// 1.34 bad values print as JSON): fields in Go's order, empty ones omitted.
fn selector_json(ls: &LabelSelector) -> Json {
    let mut members = Vec::new();
    if !ls.match_labels.is_empty() {
        members.push(("matchLabels".into(), map_json(&ls.match_labels)));
    }
    if !ls.match_expressions.is_empty() {
        let exprs = ls.match_expressions.iter().map(|r| {
            let mut m = vec![
                ("key".into(), Json::String(r.key.clone())),
                ("operator".into(), Json::String(r.operator.clone())),
            ];
            if !r.values.is_empty() {
                m.push(("values".into(), Json::from(r.values.as_slice())));
            }
            Json::Object(m)
        });
        members.push(("matchExpressions".into(), Json::Array(exprs.collect())));
    }
    Json::Object(members)
}

/// A `map[string]string` as JSON: keys sorted, as Go marshals maps.
fn map_json(map: &BTreeMap<String, String>) -> Json {
    Json::Object(
        map.iter()
            .map(|(k, v)| (k.clone(), Json::String(v.clone())))
            .collect(),
    )
}

/// The workload's spec errors, in upstream's order, for the checks modelled here. `doc` is the
/// object as sent: Go prints a template's absent labels as `null` and `labels: {}` as `{}`.
#[must_use]
pub fn validate_workload(kind: WorkloadKind, workload: &Workload, doc: &Value) -> ErrorList {
    let spec_path = Path::new("spec");
    let mut errs = ErrorList::new();
    let default_spec = WorkloadSpec::default();
    let spec = workload.spec.as_ref().unwrap_or(&default_spec);
    let selector_path = spec_path.child("selector");
    let strict = LabelSelectorValidationOptions::default();
    let selector = spec.selector.as_ref();

    if kind != WorkloadKind::DaemonSet {
        errs.append(validate_nonnegative(
            i64::from(spec.replicas.unwrap_or(1)),
            &spec_path.child("replicas"),
        ));
    }
    if kind == WorkloadKind::ReplicaSet {
        errs.append(min_ready_seconds(spec, &spec_path));
    }
    let empty = |ls: &LabelSelector| ls.match_labels.is_empty() && ls.match_expressions.is_empty();
    let empty_error = |ls: &LabelSelector, what: &str| {
        Error::invalid(
            &selector_path,
            selector_json(ls),
            format!("empty selector is invalid for {what}"),
        )
    };
    let template_path = spec_path.child("template");
    let labels_path = template_path.child("metadata").child("labels");
    let default_meta = ObjectMeta::default();
    let template_meta = spec
        .template
        .as_ref()
        .and_then(|t| t.metadata.as_ref())
        .unwrap_or(&default_meta);
    let labels_json = || match doc.pointer("/spec/template/metadata/labels") {
        Some(Value::Object(_)) => map_json(&template_meta.labels),
        _ => Json::Null,
    };
    let mismatch = || {
        Error::invalid(
            &labels_path,
            labels_json(),
            "`selector` does not match template `labels`",
        )
    };

    if kind == WorkloadKind::DaemonSet {
        errs.append(validate_label_selector(selector, strict, &selector_path));
        if let Ok(s) = Selector::from_label_selector(selector) {
            if !s.matches(&template_meta.labels) {
                errs.push(mismatch());
            }
        }
        if let Some(ls) = selector.filter(|ls| empty(ls)) {
            errs.push(empty_error(ls, "daemonset"));
        }
    } else {
        match selector {
            None => errs.push(Error::required(&selector_path, "")),
            Some(ls) => {
                errs.append(validate_label_selector(Some(ls), strict, &selector_path));
                if empty(ls) {
                    // ReplicaSets reuse the Deployment's wording upstream.
                    errs.push(empty_error(ls, "deployment"));
                }
            }
        }
        match Selector::from_label_selector(selector) {
            Err(_) => errs.push(Error::invalid(
                &selector_path,
                selector.map_or(Json::Null, selector_json),
                "invalid label selector",
            )),
            Ok(s) if !s.is_empty() && !s.matches(&template_meta.labels) => errs.push(mismatch()),
            Ok(_) => {}
        }
    }
    errs.append(validate_template(spec.template.as_ref(), &template_path));
    if kind == WorkloadKind::Deployment {
        errs.append(min_ready_seconds(spec, &spec_path));
    }
    errs
}

fn min_ready_seconds(spec: &WorkloadSpec, spec_path: &Path) -> ErrorList {
    validate_nonnegative(
        i64::from(spec.min_ready_seconds.unwrap_or(0)),
        &spec_path.child("minReadySeconds"),
    )
}

/// `ValidatePodTemplateSpec`: the template's labels and annotations — at `<path>.labels` and
/// `<path>.annotations`, without `metadata`, as upstream reports them — then its pod spec.
fn validate_template(template: Option<&Template>, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let Some(template) = template else {
        return errs;
    };
    if let Some(meta) = &template.metadata {
        errs.append(validate_labels(&meta.labels, &path.child("labels")));
        errs.append(validate_annotations(
            &meta.annotations,
            &path.child("annotations"),
        ));
    }
    if let Some(spec) = &template.spec {
        errs.append(validate_pod_spec(spec, &path.child("spec")));
    }
    errs
}
