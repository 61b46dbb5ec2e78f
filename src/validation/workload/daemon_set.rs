//! DaemonSets: `ValidateDaemonSet(Update)` of
//! [pkg/apis/apps/validation/validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/validation/validation.go).

use super::deployment::{unguarded_mismatch, validate_restart_always};
use super::intstr::{
    int_or_percent_value, is_not_more_than_100_percent, validate_positive_int_or_percent,
};
use super::{json, validate_object_meta, validate_object_meta_update};
use crate::api::apps::{DaemonSet, DaemonSetSpec, DaemonSetUpdateStrategy, RollingUpdateDaemonSet};
use crate::api::IntOrString;
use crate::meta::field::{Error, ErrorList, Json, Path};
use crate::meta::{validate_nonnegative, NameValidator};
use crate::selector::{validate_label_selector, LabelSelectorValidationOptions};
use crate::validation::pod::{validate_pod_template_spec, PodValidationOptions};

const ZERO: IntOrString = IntOrString::Int(0);

/// Go's `ValidateRollingUpdateDaemonSet`: both values int-or-percent and at most 100%, and
/// exactly one of them non-zero.
#[doc(alias = "ValidateRollingUpdateDaemonSet")]
#[must_use]
pub fn validate_rolling_update_daemon_set(ru: &RollingUpdateDaemonSet, path: &Path) -> ErrorList {
    let unavailable = ru.max_unavailable.as_ref().unwrap_or(&ZERO);
    let surge = ru.max_surge.as_ref().unwrap_or(&ZERO);
    let (pu, ps) = (path.child("maxUnavailable"), path.child("maxSurge"));
    let mut errs = validate_positive_int_or_percent(unavailable, &pu);
    errs.extend(validate_positive_int_or_percent(surge, &ps));
    errs.extend(is_not_more_than_100_percent(unavailable, &pu));
    errs.extend(is_not_more_than_100_percent(surge, &ps));
    let has_unavailable = int_or_percent_value(unavailable) != 0;
    let has_surge = int_or_percent_value(surge) != 0;
    if has_unavailable && has_surge {
        errs.push(Error::invalid(
            &ps,
            json::int_or_string(surge),
            "may not be set when maxUnavailable is non-zero",
        ));
    } else if !has_unavailable && !has_surge {
        errs.push(Error::required(&pu, "cannot be 0 when maxSurge is 0"));
    }
    errs
}

/// Go's `ValidateDaemonSetUpdateStrategy`.
#[doc(alias = "ValidateDaemonSetUpdateStrategy")]
#[must_use]
pub fn validate_daemon_set_update_strategy(
    strategy: &DaemonSetUpdateStrategy,
    path: &Path,
) -> ErrorList {
    let mut errs = ErrorList::new();
    match strategy.type_.as_str() {
        "OnDelete" => {}
        "RollingUpdate" => match &strategy.rolling_update {
            None => errs.push(Error::required(&path.child("rollingUpdate"), "")),
            Some(ru) => errs.extend(validate_rolling_update_daemon_set(
                ru,
                &path.child("rollingUpdate"),
            )),
        },
        _ => {
            let ru = strategy.rolling_update.as_ref().map_or(Json::Null, |ru| {
                json::object([
                    (
                        "MaxUnavailable",
                        json::int_or_string(ru.max_unavailable.as_ref().unwrap_or(&ZERO)),
                    ),
                    (
                        "MaxSurge",
                        json::int_or_string(ru.max_surge.as_ref().unwrap_or(&ZERO)),
                    ),
                ])
            });
            let value = json::object([
                ("Type", Json::String(strategy.type_.clone())),
                ("RollingUpdate", ru),
            ]);
            errs.push(Error::not_supported(
                path,
                value,
                &["RollingUpdate", "OnDelete"],
            ));
        }
    }
    errs
}

/// Go's `ValidateDaemonSetSpec`. `template_generation` is the internal field the strategy
/// keeps (from the `deprecated.daemonset.template.generation` annotation).
#[doc(alias = "ValidateDaemonSetSpec")]
#[must_use]
pub fn validate_daemon_set_spec(
    spec: &DaemonSetSpec,
    template_generation: i64,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let sp = path.child("selector");
    let mut errs = validate_label_selector(
        spec.selector.as_ref(),
        LabelSelectorValidationOptions::default(),
        &sp,
    );
    // No `Empty()` guard here, unlike the other apps kinds.
    errs.extend(unguarded_mismatch(
        spec.selector.as_ref(),
        &spec.template,
        path,
    ));
    if let Some(ls) = &spec.selector {
        if ls.match_labels.is_empty() && ls.match_expressions.is_empty() {
            errs.push(Error::invalid(
                &sp,
                json::label_selector(Some(ls)),
                "empty selector is invalid for daemonset",
            ));
        }
    }
    let tp = path.child("template");
    errs.extend(validate_pod_template_spec(&spec.template, &tp, opts));
    errs.extend(validate_restart_always(&spec.template, &tp, "DaemonSet"));
    errs.extend(validate_nonnegative(
        i64::from(spec.min_ready_seconds),
        &path.child("minReadySeconds"),
    ));
    errs.extend(validate_nonnegative(
        template_generation,
        &path.child("templateGeneration"),
    ));
    errs.extend(validate_daemon_set_update_strategy(
        &spec.update_strategy,
        &path.child("updateStrategy"),
    ));
    if let Some(limit) = spec.revision_history_limit {
        errs.extend(validate_nonnegative(
            i64::from(limit),
            &path.child("revisionHistoryLimit"),
        ));
    }
    errs
}

/// Go's `ValidateDaemonSet`.
#[doc(alias = "ValidateDaemonSet")]
#[must_use]
pub fn validate_daemon_set(
    ds: &DaemonSet,
    template_generation: i64,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = validate_object_meta(&ds.metadata, NameValidator::DnsSubdomain);
    errs.extend(validate_daemon_set_spec(
        &ds.spec,
        template_generation,
        &Path::new("spec"),
        opts,
    ));
    errs
}

/// Go's `ValidateDaemonSetUpdate` with the strategy's immutable selector (reported before the
/// spec, as the 1.36 server orders them). The template generations are the strategy's
/// (incremented by `PrepareForUpdate` when the template changed), so the generation rules hold
/// by construction.
#[doc(alias = "ValidateDaemonSetUpdate")]
#[must_use]
pub fn validate_daemon_set_update(
    new: &DaemonSet,
    old: &DaemonSet,
    template_generation: i64,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = validate_object_meta_update(&new.metadata, &old.metadata);
    errs.extend(super::validate_immutable_selector(
        new.spec.selector.as_ref(),
        old.spec.selector.as_ref(),
    ));
    errs.extend(validate_daemon_set_spec(
        &new.spec,
        template_generation,
        &Path::new("spec"),
        opts,
    ));
    errs
}
