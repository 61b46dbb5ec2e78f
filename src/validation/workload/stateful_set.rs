//! StatefulSets: `ValidateStatefulSet(Update)` of
//! [pkg/apis/apps/validation/validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/validation/validation.go).

use alloc::format;
use alloc::vec::Vec;

use super::deployment::{mismatch, validate_required_selector, validate_restart_always};
use super::intstr::{
    int_or_percent_value, is_not_more_than_100_percent, validate_positive_int_or_percent,
};
use super::{json, validate_object_meta, validate_object_meta_update};
use crate::api::apps::{
    RollingUpdateStatefulSetStrategy, StatefulSet, StatefulSetPersistentVolumeClaimRetentionPolicy,
    StatefulSetSpec,
};
use crate::api::core::{PersistentVolumeClaimVolumeSource, PodTemplateSpec, Volume};
use crate::meta::field::{Error, ErrorList, Json, Path};
use crate::meta::validate::dns1123_label;
use crate::meta::{validate_annotations, validate_labels};
use crate::meta::{validate_nonnegative, NameValidator};
use crate::selector::Selector;
use crate::validation::pod::validate_claim_spec;
use crate::validation::pod::{
    validate_pod_template_spec, validate_template_specific_annotations, PodValidationOptions,
};

fn rolling_update_json(ru: &RollingUpdateStatefulSetStrategy) -> Json {
    json::object([
        ("Partition", Json::Int(i64::from(ru.partition.unwrap_or(0)))),
        (
            "MaxUnavailable",
            json::opt_int_or_string(ru.max_unavailable.as_ref()),
        ),
    ])
}

fn validate_rolling_update(ru: &RollingUpdateStatefulSetStrategy, path: &Path) -> ErrorList {
    let mut errs = validate_nonnegative(
        i64::from(ru.partition.unwrap_or(0)),
        &path.child("partition"),
    );
    if let Some(mu) = &ru.max_unavailable {
        let p = path.child("maxUnavailable");
        errs.extend(validate_positive_int_or_percent(mu, &p));
        if int_or_percent_value(mu) == 0 {
            errs.push(Error::invalid(&p, json::int_or_string(mu), "cannot be 0"));
        }
        errs.extend(is_not_more_than_100_percent(mu, &p));
    }
    errs
}

fn validate_retention_policy(
    policy: Option<&StatefulSetPersistentVolumeClaimRetentionPolicy>,
    path: &Path,
) -> ErrorList {
    let mut errs = ErrorList::new();
    if let Some(policy) = policy {
        for (value, name) in [
            (&policy.when_deleted, "whenDeleted"),
            (&policy.when_scaled, "whenScaled"),
        ] {
            if value != "Retain" && value != "Delete" {
                errs.push(Error::not_supported(
                    &path.child(name),
                    Json::String(value.clone()),
                    &["Retain", "Delete"],
                ));
            }
        }
    }
    errs
}

/// The template as the controller's pods get it (its `updateStorage`): a claim volume for each
/// volume claim template first, then the template's volumes that no claim shadows.
fn with_claim_volumes(spec: &StatefulSetSpec) -> PodTemplateSpec {
    let mut template = spec.template.clone();
    let claims = &spec.volume_claim_templates;
    let mut volumes: Vec<Volume> = claims
        .iter()
        .map(|claim| Volume {
            name: claim.metadata.name.clone(),
            persistent_volume_claim: Some(PersistentVolumeClaimVolumeSource {
                claim_name: claim.metadata.name.clone(),
                read_only: false,
            }),
            ..Volume::default()
        })
        .collect();
    volumes.extend(
        core::mem::take(&mut template.spec.volumes)
            .into_iter()
            .filter(|v| !claims.iter().any(|c| c.metadata.name == v.name)),
    );
    template.spec.volumes = volumes;
    template
}

/// Go's `ValidateStatefulSetSpec`.
#[doc(alias = "ValidateStatefulSetSpec")]
#[must_use]
pub fn validate_stateful_set_spec(
    spec: &StatefulSetSpec,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    spec_errors(spec, path, Some(opts))
}

/// The spec checks; the pod template's own (labels, annotations, spec) only with `opts`: an
/// update does not revalidate the template (the 1.36 server reports no template error on a
/// StatefulSet update, changed template or not).
fn spec_errors(
    spec: &StatefulSetSpec,
    path: &Path,
    opts: Option<&PodValidationOptions>,
) -> ErrorList {
    let mut errs = ErrorList::new();
    let pmp = path.child("podManagementPolicy");
    match spec.pod_management_policy.as_str() {
        "" => errs.push(Error::required(&pmp, "")),
        "OrderedReady" | "Parallel" => {}
        other => errs.push(Error::invalid(
            &pmp,
            Json::String(other.into()),
            "must be 'OrderedReady' or 'Parallel'",
        )),
    }
    let usp = path.child("updateStrategy");
    let strategy = &spec.update_strategy;
    match strategy.type_.as_str() {
        "" => errs.push(Error::required(&usp, "")),
        "OnDelete" => {
            if let Some(ru) = &strategy.rolling_update {
                errs.push(Error::invalid(
                    &usp.child("rollingUpdate"),
                    rolling_update_json(ru),
                    "only allowed for updateStrategy 'RollingUpdate'",
                ));
            }
        }
        "RollingUpdate" => {
            if let Some(ru) = &strategy.rolling_update {
                errs.extend(validate_rolling_update(ru, &usp.child("rollingUpdate")));
            }
        }
        _ => {
            let value = json::object([
                ("Type", Json::String(strategy.type_.clone())),
                (
                    "RollingUpdate",
                    strategy
                        .rolling_update
                        .as_ref()
                        .map_or(Json::Null, rolling_update_json),
                ),
            ]);
            errs.push(Error::invalid(
                &usp,
                value,
                "must be 'RollingUpdate' or 'OnDelete'",
            ));
        }
    }
    errs.extend(validate_retention_policy(
        spec.persistent_volume_claim_retention_policy.as_ref(),
        &path.child("persistentVolumeClaimRetentionPolicy"),
    ));
    for (i, claim) in spec.volume_claim_templates.iter().enumerate() {
        errs.extend(validate_claim_spec(
            &claim.spec,
            &path.child("volumeClaimTemplates").index(i).child("spec"),
        ));
    }
    errs.extend(validate_nonnegative(
        i64::from(spec.replicas.unwrap_or(0)),
        &path.child("replicas"),
    ));
    errs.extend(validate_nonnegative(
        i64::from(spec.min_ready_seconds),
        &path.child("minReadySeconds"),
    ));
    if let Some(ordinals) = &spec.ordinals {
        errs.extend(validate_nonnegative(
            i64::from(ordinals.start),
            &path.child("ordinals.start"),
        ));
    }
    if !spec.service_name.is_empty() {
        for msg in dns1123_label(&spec.service_name) {
            errs.push(Error::invalid(
                &path.child("serviceName"),
                spec.service_name.as_str(),
                msg,
            ));
        }
    }
    errs.extend(validate_required_selector(
        spec.selector.as_ref(),
        "statefulset",
        path,
    ));
    let tp = path.child("template");
    let labels = &spec.template.metadata.labels;
    match Selector::label_selector_matches(spec.selector.as_ref(), labels) {
        Some(found) => {
            errs.extend(mismatch(found, &spec.template, &tp, true));
            // The template as a pod template, then its labels and annotations once more (the
            // StatefulSet checks that predate the pod template's).
            if let Some(opts) = opts {
                errs.extend(validate_pod_template_spec(
                    &with_claim_volumes(spec),
                    &tp,
                    opts,
                ));
                let meta = &spec.template.metadata;
                errs.extend(validate_labels(&meta.labels, &tp.child("labels")));
                let annotations_path = tp.child("annotations");
                errs.extend(validate_annotations(&meta.annotations, &annotations_path));
                errs.extend(validate_template_specific_annotations(
                    &spec.template,
                    &annotations_path,
                    opts,
                ));
            }
        }
        None => errs.push(Error::invalid(
            &path.child("selector"),
            json::label_selector(spec.selector.as_ref()),
            "",
        )),
    }
    errs.extend(validate_restart_always(&spec.template, &tp, "StatefulSet"));
    errs
}

/// Go's `ValidateStatefulSet`: metadata (a DNS label name), then the spec.
#[doc(alias = "ValidateStatefulSet")]
#[must_use]
pub fn validate_stateful_set(ss: &StatefulSet, opts: &PodValidationOptions) -> ErrorList {
    let mut errs = validate_object_meta(&ss.metadata, NameValidator::DnsLabel);
    errs.extend(validate_stateful_set_spec(
        &ss.spec,
        &Path::new("spec"),
        opts,
    ));
    errs
}

/// Go's `ValidateStatefulSetUpdate`: only `replicas`, `ordinals`, `template`,
/// `updateStrategy`, `revisionHistoryLimit`, `persistentVolumeClaimRetentionPolicy` and `minReadySeconds` may change.
#[doc(alias = "ValidateStatefulSetUpdate")]
#[must_use]
pub fn validate_stateful_set_update(
    new: &StatefulSet,
    old: &StatefulSet,
    opts: &PodValidationOptions,
) -> ErrorList {
    // The options only matter for the pod template, which an update does not revalidate.
    let _ = opts;
    let mut errs = validate_object_meta_update(&new.metadata, &old.metadata);
    errs.extend(spec_errors(&new.spec, &Path::new("spec"), None));
    let mut clone = new.spec.clone();
    clone.replicas = old.spec.replicas;
    clone.revision_history_limit = old.spec.revision_history_limit;
    clone.template.clone_from(&old.spec.template);
    clone.update_strategy.clone_from(&old.spec.update_strategy);
    clone.min_ready_seconds = old.spec.min_ready_seconds;
    clone.ordinals.clone_from(&old.spec.ordinals);
    clone
        .persistent_volume_claim_retention_policy
        .clone_from(&old.spec.persistent_volume_claim_retention_policy);
    if clone != old.spec {
        errs.push(Error::forbidden(
            &Path::new("spec"),
            format!(
                "updates to statefulset spec for fields other than {} are forbidden",
                "'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', \
                 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds'"
            ),
        ));
    }
    errs
}
