//! A pod's update path: the registry strategy's `PrepareForUpdate`, the generic ObjectMeta
//! checks every update runs first, and `ValidatePodUpdate`
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go),
//! [strategy.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/registry/core/pod/strategy.go),
//! [rest/update.go](https://github.com/kubernetes/apiserver/blob/v0.36.3/pkg/registry/rest/update.go)).

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::vec::Vec;

use super::create::validate_pod_metadata_and_spec;
use super::gated_update::relax_gated_scheduling;
use super::os::containers_with_devices;
use super::prepare::drop_disabled_projections;
use super::scheduling::validate_tolerations;
use super::PodValidationOptions;
use crate::api::core::{Container, Pod, PodAffinityTerm, PodSpec, Toleration};
use crate::meta::field::{Error, ErrorList, Json, LazyPath, Path};
use crate::meta::{validate_object_meta, validate_object_meta_update, NameValidator};
use crate::selector::{validate_label_selector, LabelSelectorValidationOptions};

/// Upstream's `updatablePodSpecFields`, as the forbidden-change message lists them.
const UPDATABLE: &str = "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

/// The API server's update steps before validation: the registry strategy's `PrepareForUpdate`
/// (the status is the old pod's; a user update never changes it; projected `clusterTrustBundle`
/// and `podCertificate` sources dropped unless the old pod had that kind) and the generic ones of
/// `rest.BeforeUpdate` (a missing UID, the creation and deletion timestamps and a missing
/// deletion grace period come from the old object).
#[doc(alias = "PrepareForUpdate")]
pub fn prepare_pod_for_update(new: &mut Pod, old: &Pod) {
    new.status = old.status.clone();
    drop_disabled_projections(&mut new.spec, Some(&old.spec));
    if new.metadata.uid.is_empty() {
        new.metadata.uid.clone_from(&old.metadata.uid);
    }
    if old
        .metadata
        .creation_timestamp
        .is_some_and(|t| !t.is_zero())
    {
        new.metadata.creation_timestamp = old.metadata.creation_timestamp;
    }
    // rest.BeforeUpdate: an update can never remove or change a deletion timestamp, nor remove
    // the grace period.
    if old.metadata.deletion_timestamp.is_some() {
        new.metadata.deletion_timestamp = old.metadata.deletion_timestamp;
    }
    if new.metadata.deletion_grace_period_seconds.is_none() {
        new.metadata.deletion_grace_period_seconds = old.metadata.deletion_grace_period_seconds;
    }
}

/// The API server's validation of a pod update: the generic ObjectMeta checks every update runs
/// (`validateCommonFields`), then Go's `ValidatePodUpdate` with the pod strategy's options.
///
/// A change outside the updatable fields is reported as upstream reports it, with the unified
/// diff of the internal specs it appends.
#[doc(alias = "ValidatePodUpdate")]
#[must_use]
pub fn validate_pod_update(new: &Pod, old: &Pod, opts: &PodValidationOptions) -> ErrorList {
    let mut opts = opts.clone();
    opts.resource_is_pod = true;
    // GetValidationOptionsFromPodSpecAndMeta (pkg/api/pod/util.go): what the old pod already
    // had stays allowed.
    opts.allow_user_namespaces_with_volume_devices |= user_namespace_with_devices(&old.spec);
    opts.allow_invalid_label_value_in_required_node_affinity |=
        invalid_label_value_in_required_node_affinity(&old.spec);
    opts.allow_invalid_label_value_in_selector |=
        invalid_label_value_in_affinity_selector(&old.spec);
    opts.allow_sidecar_resize_policy |= (old.spec.init_containers.iter())
        .any(|c| c.restart_policy.as_deref() == Some("Always") && !c.resize_policy.is_empty());
    let meta_path = Path::new("metadata");
    let mut errs =
        validate_object_meta(&new.metadata, true, NameValidator::PathSegment, &meta_path);
    errs.append(validate_object_meta_update(
        &new.metadata,
        &old.metadata,
        &meta_path,
    ));

    errs.append(validate_object_meta_update(
        &new.metadata,
        &old.metadata,
        &meta_path,
    ));
    for (i, f) in new.metadata.finalizers.iter().enumerate() {
        if !f.contains('/') && !["kubernetes", "orphan", "foregroundDeletion"].contains(&f.as_str())
        {
            errs.push(Error::invalid(
                &meta_path.child("finalizers").index(i),
                f.as_str(),
                "name is neither a standard finalizer name nor is it fully qualified",
            ));
        }
    }
    errs.append(validate_pod_metadata_and_spec(new, &opts));
    validate_annotation_updates(
        &mut errs,
        new,
        old,
        &LazyPath::from(&meta_path).child("annotations"),
    );
    let spec_path = LazyPath::new("spec");
    for (n, o, name) in [
        (&new.spec.containers, &old.spec.containers, "containers"),
        (
            &new.spec.init_containers,
            &old.spec.init_containers,
            "initContainers",
        ),
    ] {
        let (container_errs, stop) = validate_container_updates(n, o, &spec_path.child(name));
        errs.append(container_errs);
        if stop {
            return errs;
        }
    }
    let adp = spec_path.child("activeDeadlineSeconds");
    match (
        new.spec.active_deadline_seconds,
        old.spec.active_deadline_seconds,
    ) {
        (Some(n), old_ads) => {
            if n < 0 || n > i64::from(i32::MAX) {
                errs.push(Error::invalid(
                    &adp,
                    n,
                    "must be between 0 and 2147483647, inclusive",
                ));
                return errs;
            }
            if let Some(o) = old_ads {
                if o < n {
                    errs.push(Error::invalid(
                        &adp,
                        n,
                        "must be less than or equal to previous value",
                    ));
                    return errs;
                }
            }
        }
        (None, Some(_)) => errs.push(Error::invalid(
            &adp,
            Json::Null,
            "must not update from a positive integer to nil value",
        )),
        (None, None) => {}
    }
    validate_only_added_tolerations(
        &mut errs,
        &new.spec.tolerations,
        &old.spec.tolerations,
        &spec_path.child("tolerations"),
    );
    validate_only_deleted_gates(&mut errs, new, old, &spec_path.child("schedulingGates"));

    if new.spec == old.spec {
        return errs;
    }
    let mut munged = new.spec.clone();
    for (c, o) in munged.containers.iter_mut().zip(&old.spec.containers) {
        c.image.clone_from(&o.image);
    }
    for (c, o) in munged
        .init_containers
        .iter_mut()
        .zip(&old.spec.init_containers)
    {
        c.image.clone_from(&o.image);
    }
    munged.active_deadline_seconds = old.spec.active_deadline_seconds;
    munged
        .scheduling_gates
        .clone_from(&old.spec.scheduling_gates);
    munged.tolerations.clone_from(&old.spec.tolerations);
    if old
        .spec
        .termination_grace_period_seconds
        .is_some_and(|g| g < 0)
        && munged.termination_grace_period_seconds == Some(1)
    {
        munged.termination_grace_period_seconds = old.spec.termination_grace_period_seconds;
    }
    if !old.spec.scheduling_gates.is_empty() {
        relax_gated_scheduling(&mut errs, &mut munged, &old.spec, &spec_path);
    }
    if munged != old.spec {
        let diff = super::spec_diff::spec_diff(&old.spec, &munged);
        let detail = format!("{UPDATABLE}\n{diff}");
        errs.push(Error::forbidden(&spec_path, detail));
    }
    errs
}

/// Go's `ValidateContainerUpdates`: the same number of containers, each with an image.
fn validate_container_updates(
    new: &[Container],
    old: &[Container],
    path: &LazyPath<'_>,
) -> (ErrorList, bool) {
    let mut errs = ErrorList::new();
    if new.len() != old.len() {
        errs.push(Error::forbidden(
            path,
            "pod updates may not add or remove containers",
        ));
        return (errs, true);
    }
    for (i, c) in new.iter().enumerate() {
        if c.image.is_empty() {
            errs.push(Error::required(&path.index(i).child("image"), ""));
        }
        super::image::image_whitespace(&mut errs, &c.image, &path.index(i));
    }
    (errs, false)
}

/// Go's `validateOnlyAddedTolerations`: every old toleration is kept (its `tolerationSeconds`
/// may change), and the new list is valid.
fn validate_only_added_tolerations(
    errs: &mut ErrorList,
    new: &[Toleration],
    old: &[Toleration],
    path: &LazyPath<'_>,
) {
    for o in old {
        let found = new.iter().any(|n| {
            let mut clone = o.clone();
            clone.toleration_seconds = n.toleration_seconds;
            clone == *n
        });
        if !found {
            errs.push(Error::forbidden(
                path,
                "existing toleration can not be modified except its tolerationSeconds",
            ));
            return;
        }
    }
    validate_tolerations(errs, new, path);
}

/// Go's `validateOnlyDeletedSchedulingGates`.
fn validate_only_deleted_gates(errs: &mut ErrorList, new: &Pod, old: &Pod, path: &LazyPath<'_>) {
    // Upstream walks a map of new gate names; in index order here.
    let mut added: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, g) in new.spec.scheduling_gates.iter().enumerate() {
        added.insert(g.name.as_str(), i);
    }
    for g in &old.spec.scheduling_gates {
        added.remove(g.name.as_str());
    }
    let mut by_index: Vec<(usize, &str)> = added.into_iter().map(|(n, i)| (i, n)).collect();
    by_index.sort_unstable();
    for (i, name) in by_index {
        errs.push(Error::forbidden(
            &path.index(i).child("name"),
            format!("only deletion is allowed, but found new scheduling gate '{name}'"),
        ));
    }
}

const APPARMOR_PREFIX: &str = "container.apparmor.security.beta.kubernetes.io/";
const MIRROR: &str = "kubernetes.io/config.mirror";

/// Go's `ValidatePodSpecificAnnotationUpdates`: AppArmor and mirror pod annotations may not be
/// added, changed or removed; then `ValidatePodSpecificAnnotations` once more (upstream reports
/// its errors twice on update: [`validate_pod_metadata_and_spec`] ran it already).
fn validate_annotation_updates(errs: &mut ErrorList, new: &Pod, old: &Pod, path: &LazyPath<'_>) {
    let (na, oa) = (&new.metadata.annotations, &old.metadata.annotations);
    for (k, ov) in oa {
        if na.get(k) == Some(ov) {
            continue;
        }
        if k.starts_with(APPARMOR_PREFIX) {
            errs.push(Error::forbidden(
                &path.key(k),
                "may not remove or update AppArmor annotations",
            ));
        }
        if k == MIRROR {
            errs.push(Error::forbidden(
                &path.key(k),
                "may not remove or update mirror pod annotation",
            ));
        }
    }
    for k in na.keys() {
        if oa.contains_key(k) {
            continue;
        }
        if k.starts_with(APPARMOR_PREFIX) {
            errs.push(Error::forbidden(
                &path.key(k),
                "may not add AppArmor annotations",
            ));
        }
        if k == MIRROR {
            errs.push(Error::forbidden(
                &path.key(k),
                "may not add mirror pod annotation",
            ));
        }
    }
    super::annotations::validate_pod_specific_annotations(
        errs,
        &new.metadata,
        &new.spec,
        path,
        &PodValidationOptions::default(),
    );
}

/// `hostUsers: false` with volume devices in any container.
fn user_namespace_with_devices(spec: &PodSpec) -> bool {
    spec.host_users == Some(false) && containers_with_devices(spec).next().is_some()
}

/// `hasInvalidLabelValueInRequiredNodeAffinity`: a value of a required node-affinity
/// expression that is not a valid label value.
fn invalid_label_value_in_required_node_affinity(spec: &PodSpec) -> bool {
    let Some(required) = spec
        .affinity
        .as_ref()
        .and_then(|a| a.node_affinity.as_ref())
        .and_then(|n| n.required.as_ref())
    else {
        return false;
    };
    (required.node_selector_terms.iter())
        .flat_map(|t| &t.match_expressions)
        .flat_map(|e| e.values.as_deref().unwrap_or_default())
        .any(|v| !crate::meta::validate::label_value(v).is_valid())
}

/// `hasInvalidLabelValueInAffinitySelector`: a pod (anti-)affinity term whose label or
/// namespace selector is invalid under the strict label-value rules.
fn invalid_label_value_in_affinity_selector(spec: &PodSpec) -> bool {
    let Some(affinity) = &spec.affinity else {
        return false;
    };
    let path = Path::new("");
    let strict = LabelSelectorValidationOptions::default();
    let invalid = |t: &PodAffinityTerm| {
        [&t.label_selector, &t.namespace_selector]
            .into_iter()
            .any(|s| !validate_label_selector(s.as_ref(), strict, &path).is_empty())
    };
    [&affinity.pod_affinity, &affinity.pod_anti_affinity]
        .into_iter()
        .flatten()
        .any(|pa| {
            pa.required.iter().any(invalid)
                || pa.preferred.iter().any(|w| invalid(&w.pod_affinity_term))
        })
}
