//! `CheckRequest` of
//! [`apiserver/pkg/admission/plugin/resourcequota/controller.go`](https://github.com/kubernetes/apiserver/blob/v0.36.3/pkg/admission/plugin/resourcequota/controller.go),
//! over the evaluators of
//! [`pkg/quota/v1/evaluator/core`](https://github.com/kubernetes/kubernetes/tree/v1.36.0/pkg/quota/v1/evaluator/core)
//! ([`Evaluated`]).

use alloc::collections::BTreeSet;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::api::core::{ResourceList, ResourceQuota, ScopedResourceSelectorRequirement};

use super::limited::{limited_by_default, matched_limited_scopes};
use super::{Evaluated, LimitedResource, QuotaAdmission, QuotaError};

/// The quotas as they would be if the object were admitted (`CheckRequest`): every quota whose
/// `status.used` grows carries the new usage; the others are returned unchanged, in order.
///
/// Follows upstream step by step: limited scopes are matched first (a selector that cannot be
/// evaluated admits the request unchanged); each quota that matches the object — on at least
/// one tracked resource in `status.hard` and on all of its scopes — must have its constraints
/// met (pods: `must specify …`) and a `status.used` entry for each such resource; the usage
/// must not be negative. An update whose previous version has a `resourceVersion` is charged only
/// its growth, per quota that also matched the old object; one without is charged in full. When
/// nothing non-zero is charged the request passes; otherwise resources and scopes limited by
/// the configuration need a covering quota, and each quota's new usage of the charged
/// resources must stay within `status.hard`.
///
/// A request the evaluator does not handle (see [`QuotaAdmission::is_evaluated`]) returns the
/// quotas unchanged.
///
/// # Errors
///
/// The first [`QuotaError`] upstream would return.
#[doc(alias = "CheckRequest")]
pub fn check_request<T: Evaluated>(
    quotas: &[ResourceQuota],
    request: &QuotaAdmission<'_, T>,
    limited: &[LimitedResource],
) -> Result<Vec<ResourceQuota>, QuotaError> {
    if !request.is_evaluated() {
        return Ok(quotas.to_vec());
    }
    let object = request.object;
    let Some(limited_scopes) = matched_limited_scopes(object, limited) else {
        return Ok(quotas.to_vec());
    };
    let first_usage = object.usage(request.now);
    let limited_names =
        limited_by_default(&first_usage, object.api_group(), object.resource(), limited);
    // Upstream computes the usage once for the limited resources (when some apply to this
    // kind) and again for the quotas; see `QuotaAdmission::upstream_aliasing`.
    let limits_kind = limited
        .iter()
        .any(|l| l.api_group == object.api_group() && l.resource == object.resource());
    let repeated;
    let input_usage = if request.upstream_aliasing && limits_kind {
        repeated = object.usage_after(request.now, 1);
        &repeated
    } else {
        &first_usage
    };

    let mut interesting: Vec<usize> = Vec::new();
    let mut restricted: BTreeSet<String> = BTreeSet::new();
    let mut restricted_scopes: BTreeSet<String> = BTreeSet::new();
    for (i, q) in quotas.iter().enumerate() {
        let selectors = q.scope_selectors();
        let matched =
            object
                .matching_scopes(&selectors)
                .map_err(|error| QuotaError::MatchingScopes {
                    quota: q.metadata.name.clone(),
                    error: alloc::boxed::Box::new(error),
                })?;
        restricted_scopes.extend(matched.iter().map(|s| s.scope_name.clone()));
        if !quota_matches(q, &selectors, object) {
            continue;
        }
        let hard = q.status.hard.resource_names();
        let resources = object.matching_resources(&hard);
        object
            .constraints(&resources)
            .map_err(|missing| QuotaError::Constraints {
                quota: q.metadata.name.clone(),
                missing,
            })?;
        if let Some(missing) = missing_usage_stats(q, &resources) {
            return Err(QuotaError::StatusUnknown {
                quota: q.metadata.name.clone(),
                resources: missing,
            });
        }
        interesting.push(i);
        restricted.extend(resources.iter().map(ToString::to_string));
    }

    let negative = input_usage.is_negative();
    if !negative.is_empty() {
        let mut names: Vec<String> = negative.iter().map(ToString::to_string).collect();
        names.sort_unstable();
        return Err(QuotaError::NegativeUsage(names));
    }

    // What each interesting quota is charged, and what is charged when none is.
    let mut deltas: Vec<(usize, ResourceList)> = interesting
        .iter()
        .map(|&i| (i, input_usage.clone()))
        .collect();
    let mut unclaimed = ResourceList::new();
    if request.operation == super::Operation::Create && interesting.is_empty() {
        unclaimed = input_usage.clone();
    }
    if request.operation == super::Operation::Update {
        let old = request.old.ok_or(QuotaError::NoPreviousObject)?;
        if old.meta().resource_version.is_empty() {
            // Maybe a create-on-update: bill the whole object.
            if interesting.is_empty() {
                unclaimed = input_usage.clone();
            }
        } else {
            let growth = input_usage.subtract_non_negative(&old.usage(request.now));
            if interesting.is_empty() {
                unclaimed = growth.clone();
            }
            for (i, delta) in &mut deltas {
                let matched_before = quotas
                    .get(*i)
                    .is_some_and(|q| quota_matches(q, &q.scope_selectors(), old));
                if matched_before {
                    *delta = growth.clone();
                }
            }
        }
    }
    for (_, delta) in &mut deltas {
        *delta = delta.remove_zeros();
    }
    deltas.retain(|(_, d)| !d.is_empty());
    if interesting.is_empty() {
        if unclaimed.remove_zeros().is_empty() {
            return Ok(quotas.to_vec());
        }
    } else if deltas.is_empty() {
        return Ok(quotas.to_vec());
    }

    let uncovered: Vec<String> = limited_names
        .iter()
        .filter(|n| !restricted.contains(**n))
        .map(ToString::to_string)
        .collect();
    if !uncovered.is_empty() {
        return Err(QuotaError::InsufficientQuota(uncovered));
    }
    let uncovered_scopes: Vec<ScopedResourceSelectorRequirement> = limited_scopes
        .into_iter()
        .filter(|s| !restricted_scopes.contains(&s.scope_name))
        .cloned()
        .collect();
    if !uncovered_scopes.is_empty() {
        return Err(QuotaError::UncoveredScopes(uncovered_scopes));
    }

    let mut out = quotas.to_vec();
    for (i, delta) in deltas {
        let Some(q) = out.get_mut(i) else { continue };
        let hard_names = q.status.hard.resource_names();
        let requested = delta.mask(&hard_names);
        let new_usage = q.status.used.add(&requested);
        if request.subresource != "status" {
            let masked = new_usage.mask(&requested.resource_names());
            let (allowed, exceeded) = masked.less_than_or_equal(&q.status.hard);
            if !allowed {
                return Err(QuotaError::Exceeded {
                    quota: q.metadata.name.clone(),
                    requested: requested.mask(&exceeded),
                    used: q.status.used.mask(&exceeded),
                    limited: q.status.hard.mask(&exceeded),
                });
            }
        }
        q.status.used = new_usage;
    }
    Ok(out)
}

/// The evaluator's `Matches` (`generic.Matches`): the quota tracks at least one resource of
/// the kind in `status.hard` and the object falls under every one of its scopes. A selector
/// that cannot be evaluated was already reported by `matching_scopes`.
fn quota_matches<T: Evaluated>(
    q: &ResourceQuota,
    selectors: &[ScopedResourceSelectorRequirement],
    object: &T,
) -> bool {
    let hard = q.status.hard.resource_names();
    !object.matching_resources(&hard).is_empty()
        && selectors.iter().all(|s| object.matches_scope(s))
}

/// `hasUsageStats`, reporting the restricted resources (sorted) when one of them is limited in
/// `status.hard` but has no `status.used` entry.
fn missing_usage_stats(q: &ResourceQuota, restricted: &[&str]) -> Option<Vec<String>> {
    let counted = q
        .status
        .hard
        .iter()
        .filter(|(name, _)| restricted.contains(name))
        .all(|(name, _)| q.status.used.get(name).is_some());
    if counted {
        return None;
    }
    let mut names: Vec<String> = restricted.iter().map(ToString::to_string).collect();
    names.sort_unstable();
    Some(names)
}
