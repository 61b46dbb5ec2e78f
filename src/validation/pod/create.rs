//! A pod's create path: the registry strategy's `PrepareForCreate` and the API server's create
//! steps around it, and `ValidatePodCreate`
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go),
//! [strategy.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/registry/core/pod/strategy.go)).

use alloc::string::String;

use super::annotations::{validate_apparmor_fields_match, validate_seccomp_fields_match};
use super::image::image_whitespace;
use super::prepare::{apply_apparmor_version_skew, drop_disabled_projections};
use super::{spec, PodValidationOptions};
use alloc::collections::BTreeMap;

use crate::api::core::{LabelSelectorRequirement, Pod, PodAffinityTerm, PodStatus};
use crate::meta::field::{Error, ErrorList, LazyPath, Path};
use crate::meta::{validate_object_meta, NameValidator};

/// Upstream's `maxGeneratedNameLength`: a generated name keeps at most this much of
/// `generateName` so that the random suffix fits a 63-character name.
const MAX_GENERATED_NAME_LENGTH: usize = 58;

/// The API server's create steps before validation: deletion fields cleared, the registry
/// strategy's `PrepareForCreate` (status reset to `Pending`; pod (anti-)affinity
/// `matchLabelKeys` / `mismatchLabelKeys` merged into the terms' label selectors as `In` / `NotIn`
/// the pod's own label values; projected `clusterTrustBundle` and `podCertificate` sources
/// dropped, their gates being off at 1.36; a container's deprecated AppArmor annotation copied
/// into its empty `appArmorProfile`), and a name generated from `generateName` with `suffix`
/// (the API server draws five random characters; pass them).
#[doc(alias = "PrepareForCreate")]
pub fn prepare_pod_for_create(pod: &mut Pod, suffix: &str) {
    pod.metadata.deletion_timestamp = None;
    pod.metadata.deletion_grace_period_seconds = None;
    pod.status = PodStatus::default();
    pod.status.phase = String::from("Pending");
    if let Some(affinity) = &mut pod.spec.affinity {
        let labels = &pod.metadata.labels;
        for pa in [&mut affinity.pod_affinity, &mut affinity.pod_anti_affinity]
            .into_iter()
            .flatten()
        {
            let preferred = pa.preferred.iter_mut().map(|w| &mut w.pod_affinity_term);
            for term in pa.required.iter_mut().chain(preferred) {
                merge_label_keys(term, labels);
            }
        }
    }
    drop_disabled_projections(&mut pod.spec, None);
    apply_apparmor_version_skew(pod);
    if !pod.metadata.generate_name.is_empty() && pod.metadata.name.is_empty() {
        let base = &pod.metadata.generate_name;
        let mut cut = base.len().min(MAX_GENERATED_NAME_LENGTH);
        while !base.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut name = String::from(base.get(..cut).unwrap_or(base));
        name.push_str(suffix);
        pod.metadata.name = name;
    }
}

/// Go's `ValidatePodCreate` with the options the pod strategy uses: the pod's metadata and spec,
/// no ephemeral containers, no node name while scheduling gates remain, and seccomp and AppArmor
/// annotations matching their fields.
#[doc(alias = "ValidatePodCreate")]
#[must_use]
pub fn validate_pod_create(pod: &Pod, opts: &PodValidationOptions) -> ErrorList {
    let mut opts = opts.clone();
    opts.resource_is_pod = true;
    let mut errs = validate_pod_metadata_and_spec(pod, &opts);
    let spec_path = LazyPath::new("spec");
    if !pod.spec.ephemeral_containers.is_empty() {
        errs.push(Error::forbidden(
            &spec_path.child("ephemeralContainers"),
            "cannot be set on create",
        ));
    }
    if !pod.spec.node_name.is_empty() && !pod.spec.scheduling_gates.is_empty() {
        errs.push(Error::forbidden(
            &spec_path.child("nodeName"),
            "cannot be set until all schedulingGates have been cleared",
        ));
    }
    validate_seccomp_fields_match(&mut errs, &pod.metadata, &pod.spec, &spec_path);
    validate_apparmor_fields_match(&mut errs, &pod.metadata, &pod.spec, &spec_path);
    errs
}

/// `applyMatchLabelKeysAndMismatchLabelKeys`: each key the pod has a label for becomes a
/// requirement on the term's selector (only when it has one).
fn merge_label_keys(term: &mut PodAffinityTerm, labels: &BTreeMap<String, String>) {
    let Some(sel) = &mut term.label_selector else {
        return;
    };
    for (keys, op) in [
        (&term.match_label_keys, "In"),
        (&term.mismatch_label_keys, "NotIn"),
    ] {
        for key in keys {
            if let Some(value) = labels.get(key) {
                sel.match_expressions.push(LabelSelectorRequirement::new(
                    key,
                    op,
                    [value.as_str()],
                ));
            }
        }
    }
}

/// Finalizer names upstream's `IsStandardFinalizerName` accepts without a domain.
const STANDARD_FINALIZERS: [&str; 3] = ["kubernetes", "orphan", "foregroundDeletion"];

/// Go's `validatePodMetadataAndSpec`: shared by create and update.
pub(super) fn validate_pod_metadata_and_spec(pod: &Pod, opts: &PodValidationOptions) -> ErrorList {
    let meta_path = Path::new("metadata");
    let meta_lazy = LazyPath::from(&meta_path);
    let spec_path = LazyPath::new("spec");
    let mut errs =
        validate_object_meta(&pod.metadata, true, NameValidator::DnsSubdomain, &meta_path);
    for (i, f) in pod.metadata.finalizers.iter().enumerate() {
        if !f.contains('/') && !STANDARD_FINALIZERS.contains(&f.as_str()) {
            errs.push(Error::invalid(
                &meta_lazy.child("finalizers").index(i),
                f.as_str(),
                "name is neither a standard finalizer name nor is it fully qualified",
            ));
        }
    }
    super::annotations::validate_pod_specific_annotations(
        &mut errs,
        &pod.metadata,
        &pod.spec,
        &meta_lazy.child("annotations"),
        opts,
    );
    spec::validate_pod_spec(&mut errs, &pod.spec, Some(&pod.metadata), &spec_path, opts);
    if spec::service_account_name(&pod.spec).is_empty() {
        for (vi, volume) in pod.spec.volumes.iter().enumerate() {
            let Some(projected) = &volume.projected else {
                continue;
            };
            let volumes = spec_path.child("volumes");
            let volume = volumes.index(vi);
            let path = volume.child("projected");
            for (si, source) in projected.sources.iter().enumerate() {
                if source.service_account_token.is_some() {
                    errs.push(Error::forbidden(
                        &path.child("sources").index(si).child("serviceAccountToken"),
                        "must not be specified when serviceAccountName is not set",
                    ));
                }
            }
        }
    }
    for (list, name) in [
        (&pod.spec.containers, "containers"),
        (&pod.spec.init_containers, "initContainers"),
    ] {
        for (i, c) in list.iter().enumerate() {
            image_whitespace(&mut errs, &c.image, &spec_path.child(name).index(i));
        }
    }
    errs
}
