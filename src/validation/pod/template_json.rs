//! A pod template as Go's `encoding/json` marshals the internal `core.PodTemplateSpec`, the value
//! of `spec.template: Invalid value: …: field is immutable` on a Job update: the embedded
//! `metav1.ObjectMeta` inline with its JSON tags (`omitempty`, and `omitzero` on
//! `creationTimestamp`), then `Spec` as the internal `PodSpec`
//! ([pkg/apis/core/types.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/types.go),
//! [meta/v1/types.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/apis/meta/v1/types.go)).

use alloc::string::String;

use super::meta_json::object_meta_members;
use super::spec_json::pod_spec;
use crate::api::core::{PodSpec, PodTemplateSpec};
use crate::meta::field::Json;

/// The template as Go prints the internal `PodTemplateSpec`.
pub(crate) fn pod_template_json(t: &PodTemplateSpec) -> Json {
    let mut members = object_meta_members(&t.metadata);
    members.push((String::from("Spec"), pod_spec(&t.spec)));
    Json::Object(members)
}

/// The spec as Go prints the internal `PodSpec`: the value of `spec.template.spec: Invalid value:
/// …: field is immutable` when a suspended Job changes more than its containers' resources.
pub(crate) fn pod_spec_json(spec: &PodSpec) -> Json {
    pod_spec(spec)
}
