//! Which quota scopes a pod falls under (`podMatchesScopeFunc` and `MatchingScopes` in
//! [`pkg/quota/v1/evaluator/core/pods.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/quota/v1/evaluator/core/pods.go)).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::api::core::{quota_scope, selector_operator};
use crate::api::core::{Pod, PodAffinity, ScopedResourceSelectorRequirement};
use crate::meta::field::Path;
use crate::selector::{Operator, Requirement};

use super::{pod_qos, QosClass};

/// Why a scope selector could not be evaluated; `Display` is upstream's text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ScopeError {
    /// The operator is not `In`, `NotIn`, `Exists` or `DoesNotExist`.
    Operator(String),
    /// `NewRequirement` refused the selector (its error text).
    Requirement(String),
}

impl fmt::Display for ScopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("failed to parse and convert selector: ")?;
        match self {
            ScopeError::Operator(op) => {
                crate::text::write_go_quoted(f, op)?;
                f.write_str(" is not a valid scope selector operator")
            }
            ScopeError::Requirement(text) => f.write_str(text),
        }
    }
}

/// Whether `pod` falls under the scope `selector` (`podMatchesScopeFunc`).
///
/// Only `PriorityClass` reads the operator and values (an `Exists` just checks that the pod has
/// a class; `NotIn` also matches a pod without one). The other known scopes ignore them:
/// `Terminating` is an `activeDeadlineSeconds` of 0 or more, `BestEffort` the QoS class,
/// `CrossNamespacePodAffinity` a pod (anti-)affinity term with namespaces or a namespace selector.
/// Unknown scope names match nothing.
///
/// ```
/// use kube_primitives::api::core::{Pod, ScopedResourceSelectorRequirement};
/// use kube_primitives::quota::pod_matches_scope;
///
/// let pod: Pod = serde_json::from_str(r#"{"spec": {"priorityClassName": "high"}}"#).unwrap();
/// let s: ScopedResourceSelectorRequirement = serde_json::from_str(
///     r#"{"scopeName": "PriorityClass", "operator": "In", "values": ["high", "low"]}"#).unwrap();
/// assert_eq!(pod_matches_scope(&s, &pod), Ok(true));
/// ```
///
/// # Errors
///
/// A `PriorityClass` selector with an unknown operator or values `NewRequirement` refuses.
#[doc(alias = "podMatchesScopeFunc")]
pub fn pod_matches_scope(
    selector: &ScopedResourceSelectorRequirement,
    pod: &Pod,
) -> Result<bool, ScopeError> {
    let spec = &pod.spec;
    Ok(match selector.scope_name.as_str() {
        quota_scope::TERMINATING => is_terminating(pod),
        quota_scope::NOT_TERMINATING => !is_terminating(pod),
        quota_scope::BEST_EFFORT => is_best_effort(pod),
        quota_scope::NOT_BEST_EFFORT => !is_best_effort(pod),
        quota_scope::PRIORITY_CLASS if selector.operator == selector_operator::EXISTS => {
            !spec.priority_class_name.is_empty()
        }
        quota_scope::PRIORITY_CLASS => priority_class_matches(selector, pod)?,
        "CrossNamespacePodAffinity" => spec.affinity.as_ref().is_some_and(|a| {
            [&a.pod_affinity, &a.pod_anti_affinity]
                .into_iter()
                .flatten()
                .any(cross_namespace)
        }),
        _ => false,
    })
}

pub(crate) fn is_terminating(pod: &Pod) -> bool {
    pod.spec.active_deadline_seconds.is_some_and(|s| s >= 0)
}

fn is_best_effort(pod: &Pod) -> bool {
    pod_qos(pod) == QosClass::BestEffort
}

fn cross_namespace(a: &PodAffinity) -> bool {
    a.required.iter().any(|t| t.is_cross_namespace())
        || a.preferred
            .iter()
            .any(|w| w.pod_affinity_term.is_cross_namespace())
}

/// `ScopedResourceSelectorRequirementsAsSelector`, then matching `{PriorityClass: <class>}` (no
/// labels at all when the pod has no class).
fn priority_class_matches(
    selector: &ScopedResourceSelectorRequirement,
    pod: &Pod,
) -> Result<bool, ScopeError> {
    let class = pod.spec.priority_class_name.as_str();
    let classes: &[&str] = if class.is_empty() { &[] } else { &[class] };
    scoped_selector_matches(selector, quota_scope::PRIORITY_CLASS, classes)
}

/// `ScopedResourceSelectorRequirementsAsSelector`, then whether the selector matches one of the
/// label sets `{key: value}` for `values`, or the empty label set when there are none.
pub(crate) fn scoped_selector_matches(
    selector: &ScopedResourceSelectorRequirement,
    key: &str,
    values: &[&str],
) -> Result<bool, ScopeError> {
    let op = match selector.operator.as_str() {
        selector_operator::IN => Operator::In,
        selector_operator::NOT_IN => Operator::NotIn,
        selector_operator::EXISTS => Operator::Exists,
        selector_operator::DOES_NOT_EXIST => Operator::DoesNotExist,
        other => return Err(ScopeError::Operator(other.into())),
    };
    let requirement = Requirement::from_list(
        &selector.scope_name,
        op,
        selector.values.as_deref(),
        &Path::none(),
    )
    .map_err(|e| ScopeError::Requirement(alloc::string::ToString::to_string(&e)))?;
    if values.is_empty() {
        let none: &[(&str, &str)] = &[];
        return Ok(requirement.matches(none));
    }
    Ok(values.iter().any(|v| {
        let labels: &[(&str, &str)] = &[(key, *v)];
        requirement.matches(labels)
    }))
}

/// A scope selector that could not be evaluated while matching an object's scopes.
/// `Display` is upstream's `error on matching scope {PriorityClass Equals [a]}: …`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScopeMatchError {
    /// The selector.
    pub scope: ScopedResourceSelectorRequirement,
    /// Why it failed.
    pub error: ScopeError,
}

impl fmt::Display for ScopeMatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error on matching scope {}: {}", self.scope, self.error)
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ScopeMatchError {}

/// The selectors among `selectors` that `matches` accepts, stopping at the first it cannot
/// evaluate (the evaluators' `MatchingScopes`).
pub(crate) fn matching_with(
    selectors: &[ScopedResourceSelectorRequirement],
    mut matches: impl FnMut(&ScopedResourceSelectorRequirement) -> Result<bool, ScopeError>,
) -> Result<Vec<&ScopedResourceSelectorRequirement>, ScopeMatchError> {
    let mut matched = Vec::new();
    for s in selectors {
        match matches(s) {
            Ok(true) => matched.push(s),
            Ok(false) => {}
            Err(error) => {
                return Err(ScopeMatchError {
                    scope: s.clone(),
                    error,
                })
            }
        }
    }
    Ok(matched)
}

/// The selectors among `selectors` that `pod` falls under (`MatchingScopes`).
///
/// # Errors
///
/// The first selector that cannot be evaluated, as
/// `error on matching scope {PriorityClass Equals [a]}: failed to parse and convert selector: …`.
#[doc(alias = "MatchingScopes")]
pub fn matching_scopes<'a>(
    pod: &Pod,
    selectors: &'a [ScopedResourceSelectorRequirement],
) -> Result<Vec<&'a ScopedResourceSelectorRequirement>, ScopeMatchError> {
    matching_with(selectors, |s| pod_matches_scope(s, pod))
}
