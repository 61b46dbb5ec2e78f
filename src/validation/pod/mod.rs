//! Pod validation as the API server does it at 1.36: `ValidatePodCreate`, `ValidatePodUpdate`,
//! `ValidatePodSpec` and `ValidatePodTemplateSpec` of
//! [`pkg/apis/core/validation/validation.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go),
//! with the API server's field paths and messages, in upstream order; and the registry
//! strategy's steps around it
//! ([`pkg/registry/core/pod/strategy.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/registry/core/pod/strategy.go)).
//!
//! Validation reads a pod as the API server holds it after decoding: apply
//! [`default_pod`](super::defaults::default_pod) first (the API server always has).
//!
//! One file per concept: `create` and `update` (whole pods), `spec` (the pod-level fields),
//! `containers`, `mounts`, `ports`, `env`, `resources`, `probes`, `security_context`, `os`
//! (Linux, Windows, hostProcess, user namespaces), `annotations`, `volumes`, `projected`,
//! `volume_sources`, `scheduling` (affinity, tolerations, topology spread, gates), `dns`,
//! and for the forbidden-update message `spec_diff` with `spec_json`, `volume_json` and
//! `internal_json`.

use alloc::string::String;

use crate::api::core::{ObjectMeta, PodSpec, PodTemplateSpec};
use crate::meta::field::{BadValue, Error, ErrorList, LazyPath, Path};
use crate::meta::validate::Violations;
use crate::meta::{annotations_into, labels_into};

mod annotations;
mod claim_spec;
mod containers;
mod create;
mod dns;
mod env;
mod gated_update;
mod image;
mod internal_json;
mod meta_json;
mod mounts;
mod os;
mod ports;
mod prepare;
mod probes;
mod projected;
mod registry;
mod resources;
mod scheduling;
mod security_context;
mod spec;
mod spec_diff;
mod spec_json;
mod template_json;
mod tolerations_annotation;
mod trust_bundle;
mod update;
mod volume_files;
mod volume_json;
mod volume_sources;
mod volumes;
mod windows;

pub use claim_spec::validate_claim_spec;
pub use create::{prepare_pod_for_create, validate_pod_create};
pub use registry::{validate_pod_create_request, validate_pod_update_request};
pub use update::{prepare_pod_for_update, validate_pod_update};

pub(crate) use template_json::{pod_spec_json, pod_template_json};

/// What the API server's pod validation depends on beyond the pod itself: Go's
/// `PodValidationOptions` with the feature gates at their 1.36 defaults, and the cluster's
/// `--allow-privileged`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PodValidationOptions {
    /// kube-apiserver's `--allow-privileged` (off by default): privileged and Windows
    /// hostProcess containers are `Forbidden: disallowed by cluster policy` without it.
    pub allow_privileged: bool,
    /// Go's `ResourceIsPod`: the spec is a pod's, not a template's (a pod's host ports must
    /// equal its container ports under `hostNetwork`). Set by [`validate_pod_create`] and
    /// [`validate_pod_update`].
    pub resource_is_pod: bool,
    /// Go's `AllowInvalidLabelValueInSelector`: kept on update when the old pod already had one
    /// ([`validate_pod_update`] sets it then).
    pub allow_invalid_label_value_in_selector: bool,
    /// Go's `AllowIndivisibleHugePagesValues`: kept on update when the old pod already had one.
    pub allow_indivisible_huge_pages_values: bool,
    /// Go's `AllowInvalidTopologySpreadConstraintLabelSelector`.
    pub allow_invalid_topology_spread_constraint_label_selector: bool,
    /// Go's `AllowNamespacedSysctlsForHostNetAndHostIPC`.
    pub allow_namespaced_sysctls_for_host_net_and_host_ipc: bool,
    /// Go's `AllowInvalidLabelValueInRequiredNodeAffinity`: [`validate_pod_update`] sets it
    /// when the old pod already had such a value.
    pub allow_invalid_label_value_in_required_node_affinity: bool,
    /// Go's `AllowSidecarResizePolicy`: [`validate_pod_update`] sets it when the old pod had a
    /// restartable init container with a resize policy.
    pub allow_sidecar_resize_policy: bool,
    /// Go's `AllowUserNamespacesWithVolumeDevices`: a pod with `hostUsers: false` may have
    /// volume devices. Upstream sets it only on update, when the old pod already had both;
    /// [`validate_pod_update`] does that itself.
    pub allow_user_namespaces_with_volume_devices: bool,
}

impl Default for PodValidationOptions {
    /// A pod created on a 1.36 cluster without `--allow-privileged`.
    fn default() -> Self {
        PodValidationOptions {
            allow_privileged: false,
            resource_is_pod: false,
            allow_invalid_label_value_in_selector: false,
            allow_indivisible_huge_pages_values: false,
            allow_invalid_topology_spread_constraint_label_selector: false,
            allow_namespaced_sysctls_for_host_net_and_host_ipc: false,
            allow_invalid_label_value_in_required_node_affinity: false,
            allow_sidecar_resize_policy: false,
            allow_user_namespaces_with_volume_devices: false,
        }
    }
}

impl PodValidationOptions {
    /// Options for a cluster started with `--allow-privileged` as given.
    #[must_use]
    pub fn with_allow_privileged(allow_privileged: bool) -> PodValidationOptions {
        PodValidationOptions {
            allow_privileged,
            ..PodValidationOptions::default()
        }
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
    let mut errs = ErrorList::new();
    spec::validate_pod_spec(&mut errs, spec, Some(meta), &LazyPath::from(path), opts);
    errs
}

/// Go's `ValidatePodTemplateSpec`: the template's labels and annotations (the pod-specific ones
/// included), its spec, the agreement of seccomp and AppArmor annotations with their fields, and
/// no ephemeral containers.
#[doc(alias = "ValidatePodTemplateSpec")]
#[must_use]
pub fn validate_pod_template_spec(
    template: &PodTemplateSpec,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let (meta, spec) = (&template.metadata, &template.spec);
    let path = LazyPath::from(path);
    let spec_path = path.child("spec");
    let annotations_path = path.child("annotations");
    let mut errs = ErrorList::new();
    labels_into(&mut errs, &meta.labels, &path.child("labels"));
    annotations_into(&mut errs, &meta.annotations, &annotations_path);
    annotations::validate_pod_specific_annotations(&mut errs, meta, spec, &annotations_path, opts);
    spec::validate_pod_spec(&mut errs, spec, Some(meta), &spec_path, opts);
    annotations::validate_seccomp_fields_match(&mut errs, meta, spec, &spec_path);
    annotations::validate_apparmor_fields_match(&mut errs, meta, spec, &spec_path);
    if !spec.ephemeral_containers.is_empty() {
        errs.push(crate::meta::field::Error::forbidden(
            &spec_path.child("ephemeralContainers"),
            "ephemeral containers not allowed in pod template",
        ));
    }
    errs
}

/// Go's `ValidatePodSpecificAnnotations` on a template's annotations (the StatefulSet checks
/// them a second time).
pub(crate) fn validate_template_specific_annotations(
    template: &PodTemplateSpec,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = ErrorList::new();
    annotations::validate_pod_specific_annotations(
        &mut errs,
        &template.metadata,
        &template.spec,
        &LazyPath::from(path),
        opts,
    );
    errs
}

/// One `Invalid` error a violation, as upstream's `for _, msg := range validation.IsX(v)` loops.
fn push_violations(errs: &mut ErrorList, path: &LazyPath<'_>, value: &str, violations: Violations) {
    // Nearly always valid: skip moving the violations into an iterator.
    if violations.is_valid() {
        return;
    }
    for v in violations {
        errs.push(Error::invalid(path, value, v));
    }
}

/// A Go named string type (`core.Protocol`, `core.RestartPolicy`, …) as a bad value: printed as
/// JSON, not with `%q`.
fn named(value: &str) -> BadValue {
    BadValue::Json(crate::meta::field::Json::String(String::from(value)))
}

/// Go's `ValidateDNS1123Label` on a field.
fn dns_label(errs: &mut ErrorList, value: &str, path: &LazyPath<'_>) {
    push_violations(
        errs,
        path,
        value,
        crate::meta::validate::dns1123_label(value),
    );
}

/// Go's `ValidateDNS1123Subdomain` on a field.
fn dns_subdomain(errs: &mut ErrorList, value: &str, path: &LazyPath<'_>) {
    push_violations(
        errs,
        path,
        value,
        crate::meta::validate::dns1123_subdomain(value),
    );
}

/// Go's `ValidateQualifiedName` on a field.
fn qualified_name(errs: &mut ErrorList, value: &str, path: &LazyPath<'_>) {
    push_violations(
        errs,
        path,
        value,
        crate::meta::validate::qualified_name(value),
    );
}
