//! PodDisruptionBudgets: `ValidatePodDisruptionBudget` of
//! [pkg/apis/policy/validation/validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/policy/validation/validation.go).

use super::intstr::{is_not_more_than_100_percent, validate_positive_int_or_percent};
use super::json;
use crate::api::policy::{PodDisruptionBudget, PodDisruptionBudgetSpec};
use crate::meta::field::{Error, ErrorList, Json, Path};
use crate::selector::{validate_label_selector, LabelSelectorValidationOptions};

/// The internal `PodDisruptionBudgetSpec` as Go prints it.
fn spec_json(spec: &PodDisruptionBudgetSpec) -> Json {
    json::object([
        (
            "MinAvailable",
            json::opt_int_or_string(spec.min_available.as_ref()),
        ),
        ("Selector", json::label_selector(spec.selector.as_ref())),
        (
            "MaxUnavailable",
            json::opt_int_or_string(spec.max_unavailable.as_ref()),
        ),
        (
            "UnhealthyPodEvictionPolicy",
            json::opt_string(spec.unhealthy_pod_eviction_policy.as_ref()),
        ),
    ])
}

/// Go's `ValidatePodDisruptionBudgetSpec`: not both `minAvailable` and `maxUnavailable`, each
/// an int or percentage of at most 100%, a valid selector, a known eviction policy.
#[doc(alias = "ValidatePodDisruptionBudgetSpec")]
#[must_use]
pub fn validate_pod_disruption_budget_spec(
    spec: &PodDisruptionBudgetSpec,
    opts: LabelSelectorValidationOptions,
    path: &Path,
) -> ErrorList {
    let mut errs = ErrorList::new();
    if spec.min_available.is_some() && spec.max_unavailable.is_some() {
        errs.push(Error::invalid(
            path,
            spec_json(spec),
            "minAvailable and maxUnavailable cannot be both set",
        ));
    }
    for (value, name) in [
        (&spec.min_available, "minAvailable"),
        (&spec.max_unavailable, "maxUnavailable"),
    ] {
        if let Some(v) = value {
            let p = path.child(name);
            errs.extend(validate_positive_int_or_percent(v, &p));
            errs.extend(is_not_more_than_100_percent(v, &p));
        }
    }
    errs.extend(validate_label_selector(
        spec.selector.as_ref(),
        opts,
        &path.child("selector"),
    ));
    if let Some(policy) = &spec.unhealthy_pod_eviction_policy {
        if policy != "AlwaysAllow" && policy != "IfHealthyBudget" {
            errs.push(Error::not_supported(
                &path.child("unhealthyPodEvictionPolicy"),
                Json::String(policy.clone()),
                &["AlwaysAllow", "IfHealthyBudget"],
            ));
        }
    }
    errs
}

/// Go's `ValidatePodDisruptionBudget`: the spec only (the registry checks the metadata).
#[doc(alias = "ValidatePodDisruptionBudget")]
#[must_use]
pub fn validate_pod_disruption_budget(
    pdb: &PodDisruptionBudget,
    opts: LabelSelectorValidationOptions,
) -> ErrorList {
    validate_pod_disruption_budget_spec(&pdb.spec, opts, &Path::new("spec"))
}
