//! Deployments and ReplicaSets: `ValidateDeployment(Update)`, `ValidateReplicaSet(Update)` and
//! the pieces they share, of
//! [pkg/apis/apps/validation/validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/validation/validation.go).

use super::intstr::{
    int_or_percent_value, is_not_more_than_100_percent, validate_positive_int_or_percent,
};
use super::{json, validate_object_meta, validate_object_meta_update};
use crate::api::apps::{
    Deployment, DeploymentSpec, DeploymentStrategy, ReplicaSet, ReplicaSetSpec,
    RollingUpdateDeployment,
};
use crate::api::core::{LabelSelector, PodTemplateSpec};
use crate::meta::field::{Error, ErrorList, Json, Path};
use crate::meta::{validate_nonnegative, NameValidator};
use crate::selector::{validate_label_selector, LabelSelectorValidationOptions, Selector};
use crate::validation::pod::{validate_pod_template_spec, PodValidationOptions};

/// The selector checks every apps kind but DaemonSet makes: required, valid (strictly), and
/// not empty (`empty selector is invalid for <kind>`).
pub(crate) fn validate_required_selector(
    selector: Option<&LabelSelector>,
    kind: &str,
    path: &Path,
) -> ErrorList {
    let mut errs = ErrorList::new();
    let p = path.child("selector");
    match selector {
        None => errs.push(Error::required(&p, "")),
        Some(ls) => {
            errs.extend(validate_label_selector(
                Some(ls),
                LabelSelectorValidationOptions::default(),
                &p,
            ));
            if ls.match_labels.is_empty() && ls.match_expressions.is_empty() {
                errs.push(Error::invalid(
                    &p,
                    json::label_selector(Some(ls)),
                    alloc::format!("empty selector is invalid for {kind}"),
                ));
            }
        }
    }
    errs
}

/// `selector does not match template labels`, from what [`Selector::label_selector_matches`]
/// (or a built selector) found, `(empty, matches)`. The apps kinds but DaemonSet skip an empty
/// selector (`skip_empty`); a `None` selector selects nothing, so it never matches.
pub(crate) fn mismatch(
    (empty, matched): (bool, bool),
    template: &PodTemplateSpec,
    path: &Path,
    skip_empty: bool,
) -> Option<Error> {
    let labels = &template.metadata.labels;
    let skipped = skip_empty && empty;
    (!skipped && !matched).then(|| {
        Error::invalid(
            &path.child("metadata").child("labels"),
            json::string_map(labels),
            "`selector` does not match template `labels`",
        )
    })
}

/// `selector does not match template labels` without the empty-selector guard (DaemonSet,
/// Job): nothing when the selector does not convert.
pub(crate) fn unguarded_mismatch(
    selector: Option<&LabelSelector>,
    template: &PodTemplateSpec,
    path: &Path,
) -> Option<Error> {
    let found = Selector::label_selector_matches(selector, &template.metadata.labels)?;
    mismatch(found, template, &path.child("template"), false)
}

/// The template rules of the controllers whose pods run forever: restart policy `Always`, no
/// active deadline (`activeDeadlineSeconds in <Kind> is not Supported`).
pub(crate) fn validate_restart_always(
    template: &PodTemplateSpec,
    path: &Path,
    kind: &str,
) -> ErrorList {
    let mut errs = ErrorList::new();
    let spec = &template.spec;
    if spec.restart_policy != "Always" {
        errs.push(Error::not_supported(
            &path.child("spec").child("restartPolicy"),
            Json::String(spec.restart_policy.clone()),
            &["Always"],
        ));
    }
    if spec.active_deadline_seconds.is_some() {
        errs.push(Error::forbidden(
            &path.child("spec").child("activeDeadlineSeconds"),
            alloc::format!("activeDeadlineSeconds in {kind} is not Supported"),
        ));
    }
    errs
}

/// Go's `ValidatePodTemplateSpecForReplicaSet`: the selector matches the template's labels,
/// the template is a valid pod template, restart policy `Always`, no active deadline.
#[doc(alias = "ValidatePodTemplateSpecForReplicaSet")]
#[must_use]
pub fn validate_pod_template_spec_for_replica_set(
    template: &PodTemplateSpec,
    selector: &Selector,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let found = (
        selector.is_empty(),
        selector.matches(&template.metadata.labels),
    );
    template_for_replica_set(template, found, path, opts)
}

/// [`validate_pod_template_spec_for_replica_set`] on what
/// [`Selector::label_selector_matches`] found.
fn template_for_replica_set(
    template: &PodTemplateSpec,
    selector_found: (bool, bool),
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = ErrorList::new();
    errs.extend(mismatch(selector_found, template, path, true));
    errs.extend(validate_pod_template_spec(template, path, opts));
    errs.extend(validate_restart_always(template, path, "ReplicaSet"));
    errs
}

/// The selector (required, strictly valid, not empty), then the template against it, or the
/// `invalid label selector` error upstream reports when `LabelSelectorAsSelector` fails.
/// Deployments and ReplicaSets share it (both say `deployment` of an empty selector, as
/// upstream's ReplicaSet check does).
fn selector_and_template(
    selector: Option<&LabelSelector>,
    template: &PodTemplateSpec,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = validate_required_selector(selector, "deployment", path);
    errs.extend(
        match Selector::label_selector_matches(selector, &template.metadata.labels) {
            Some(found) => template_for_replica_set(template, found, &path.child("template"), opts),
            None => ErrorList::from(alloc::vec![Error::invalid(
                &path.child("selector"),
                json::label_selector(selector),
                "invalid label selector",
            )]),
        },
    );
    errs
}

/// Go's `ValidateRollingUpdateDeployment`.
#[doc(alias = "ValidateRollingUpdateDeployment")]
#[must_use]
pub fn validate_rolling_update_deployment(ru: &RollingUpdateDeployment, path: &Path) -> ErrorList {
    // The internal type holds both values (the v1 defaults fill them in); a missing one
    // converts to the zero IntOrString, the number 0.
    let zero = crate::api::IntOrString::Int(0);
    let unavailable = ru.max_unavailable.as_ref().unwrap_or(&zero);
    let surge = ru.max_surge.as_ref().unwrap_or(&zero);
    let mut errs = validate_positive_int_or_percent(unavailable, &path.child("maxUnavailable"));
    errs.extend(validate_positive_int_or_percent(
        surge,
        &path.child("maxSurge"),
    ));
    if int_or_percent_value(unavailable) == 0 && int_or_percent_value(surge) == 0 {
        errs.push(Error::invalid(
            &path.child("maxUnavailable"),
            json::int_or_string(unavailable),
            "may not be 0 when `maxSurge` is 0",
        ));
    }
    errs.extend(is_not_more_than_100_percent(
        unavailable,
        &path.child("maxUnavailable"),
    ));
    errs
}

/// The internal `RollingUpdateDeployment` as Go prints it.
fn rolling_update_json(ru: Option<&RollingUpdateDeployment>) -> Json {
    ru.map_or(Json::Null, |ru| {
        json::object([
            (
                "MaxUnavailable",
                json::int_or_string(
                    ru.max_unavailable
                        .as_ref()
                        .unwrap_or(&crate::api::IntOrString::Int(0)),
                ),
            ),
            (
                "MaxSurge",
                json::int_or_string(
                    ru.max_surge
                        .as_ref()
                        .unwrap_or(&crate::api::IntOrString::Int(0)),
                ),
            ),
        ])
    })
}

/// Go's `ValidateDeploymentStrategy`.
#[doc(alias = "ValidateDeploymentStrategy")]
#[must_use]
pub fn validate_deployment_strategy(strategy: &DeploymentStrategy, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    match strategy.type_.as_str() {
        "Recreate" => {
            if strategy.rolling_update.is_some() {
                errs.push(Error::forbidden(
                    &path.child("rollingUpdate"),
                    "may not be specified when strategy `type` is 'Recreate'",
                ));
            }
        }
        "RollingUpdate" => match &strategy.rolling_update {
            None => errs.push(Error::required(
                &path.child("rollingUpdate"),
                "this should be defaulted and never be nil",
            )),
            Some(ru) => errs.extend(validate_rolling_update_deployment(
                ru,
                &path.child("rollingUpdate"),
            )),
        },
        _ => {
            let value = json::object([
                ("Type", Json::String(strategy.type_.clone())),
                (
                    "RollingUpdate",
                    rolling_update_json(strategy.rolling_update.as_ref()),
                ),
            ]);
            errs.push(Error::not_supported(
                path,
                value,
                &["Recreate", "RollingUpdate"],
            ));
        }
    }
    errs
}

/// Go's `ValidateDeploymentSpec`.
#[doc(alias = "ValidateDeploymentSpec")]
#[must_use]
pub fn validate_deployment_spec(
    spec: &DeploymentSpec,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = validate_nonnegative(
        i64::from(spec.replicas.unwrap_or(0)),
        &path.child("replicas"),
    );
    errs.extend(selector_and_template(
        spec.selector.as_ref(),
        &spec.template,
        path,
        opts,
    ));
    errs.extend(validate_deployment_strategy(
        &spec.strategy,
        &path.child("strategy"),
    ));
    errs.extend(validate_nonnegative(
        i64::from(spec.min_ready_seconds),
        &path.child("minReadySeconds"),
    ));
    if let Some(limit) = spec.revision_history_limit {
        errs.extend(validate_nonnegative(
            i64::from(limit),
            &path.child("revisionHistoryLimit"),
        ));
    }
    if let Some(deadline) = spec.progress_deadline_seconds {
        let p = path.child("progressDeadlineSeconds");
        errs.extend(validate_nonnegative(i64::from(deadline), &p));
        if deadline <= spec.min_ready_seconds {
            errs.push(Error::invalid(
                &p,
                i64::from(deadline),
                "must be greater than minReadySeconds",
            ));
        }
    }
    errs
}

/// Go's `ValidateDeployment`: metadata (a DNS subdomain name, namespaced), then the spec.
#[doc(alias = "ValidateDeployment")]
#[must_use]
pub fn validate_deployment(d: &Deployment, opts: &PodValidationOptions) -> ErrorList {
    let mut errs = validate_object_meta(&d.metadata, NameValidator::DnsSubdomain);
    errs.extend(validate_deployment_spec(&d.spec, &Path::new("spec"), opts));
    errs
}

/// Go's `ValidateDeploymentUpdate`.
#[doc(alias = "ValidateDeploymentUpdate")]
#[must_use]
pub fn validate_deployment_update(
    new: &Deployment,
    old: &Deployment,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = validate_object_meta_update(&new.metadata, &old.metadata);
    errs.extend(validate_deployment_spec(
        &new.spec,
        &Path::new("spec"),
        opts,
    ));
    errs
}

/// Go's `ValidateReplicaSetSpec` (whose empty-selector message says `deployment`, as
/// upstream's does).
#[doc(alias = "ValidateReplicaSetSpec")]
#[must_use]
pub fn validate_replica_set_spec(
    spec: &ReplicaSetSpec,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = validate_nonnegative(
        i64::from(spec.replicas.unwrap_or(0)),
        &path.child("replicas"),
    );
    errs.extend(validate_nonnegative(
        i64::from(spec.min_ready_seconds),
        &path.child("minReadySeconds"),
    ));
    errs.extend(selector_and_template(
        spec.selector.as_ref(),
        &spec.template,
        path,
        opts,
    ));
    errs
}

/// Go's `ValidateReplicaSet`.
#[doc(alias = "ValidateReplicaSet")]
#[must_use]
pub fn validate_replica_set(rs: &ReplicaSet, opts: &PodValidationOptions) -> ErrorList {
    let mut errs = validate_object_meta(&rs.metadata, NameValidator::DnsSubdomain);
    errs.extend(validate_replica_set_spec(
        &rs.spec,
        &Path::new("spec"),
        opts,
    ));
    errs
}

/// Go's `ValidateReplicaSetUpdate`.
#[doc(alias = "ValidateReplicaSetUpdate")]
#[must_use]
pub fn validate_replica_set_update(
    new: &ReplicaSet,
    old: &ReplicaSet,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = validate_object_meta_update(&new.metadata, &old.metadata);
    errs.extend(validate_replica_set_spec(
        &new.spec,
        &Path::new("spec"),
        opts,
    ));
    errs
}
