//! The pod evaluator's `Constraints`
//! ([`pkg/quota/v1/evaluator/core/pods.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/quota/v1/evaluator/core/pods.go)):
//! a quota that tracks cpu or memory obliges every container to state them.

use alloc::collections::{BTreeMap, BTreeSet};
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use crate::api::core::Pod;

use super::pod_usage::compute_usage;

/// The quota resources that oblige every container to state a value (`validationSet`): an old
/// rule kept for compatibility.
const MUST_SPECIFY: [&str; 6] = [
    "cpu",
    "memory",
    "requests.cpu",
    "requests.memory",
    "limits.cpu",
    "limits.memory",
];

/// Containers that state no value for resources a quota tracks. `Display` is upstream's
/// `must specify cpu for: a,b; limits.memory for: c`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingResources {
    /// Each resource some container leaves out, with those containers' names; both sorted.
    pub missing: Vec<(String, Vec<String>)>,
}

impl fmt::Display for MissingResources {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("must specify ")?;
        for (i, (resource, containers)) in self.missing.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{resource} for: {}", containers.join(","))?;
        }
        Ok(())
    }
}

#[cfg(feature = "std")]
impl std::error::Error for MissingResources {}

/// `Constraints`: when a quota tracks cpu or memory (`required`), every container and init
/// container must state that request or limit.
///
/// ```
/// use kube_primitives::api::core::Pod;
/// use kube_primitives::quota::pod_constraints;
///
/// let pod: Pod = serde_json::from_str(r#"{"spec": {"containers": [
///     {"name": "app", "resources": {"requests": {"cpu": "100m"}}}
/// ]}}"#).unwrap();
/// assert!(pod_constraints(&["requests.cpu"], &pod).is_ok());
/// let err = pod_constraints(&["requests.cpu", "limits.memory"], &pod).unwrap_err();
/// assert_eq!(err.missing, [("limits.memory".to_string(), vec!["app".to_string()])]);
/// assert_eq!(err.to_string(), "must specify limits.memory for: app");
/// ```
///
/// # Errors
///
/// [`MissingResources`], resources and container names sorted.
#[doc(alias = "Constraints")]
pub fn pod_constraints<S: AsRef<str>>(required: &[S], pod: &Pod) -> Result<(), MissingResources> {
    // With pod-level requests or limits (PodLevelResources, on since 1.34) the per-container
    // rule is not applied: the pod states its resources as a whole.
    if super::is_pod_level_resources_set(pod) {
        return Ok(());
    }
    let required: BTreeSet<&str> = required
        .iter()
        .map(AsRef::as_ref)
        .filter(|r| MUST_SPECIFY.contains(r))
        .collect();
    let mut missing: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for c in pod.spec.containers.iter().chain(&pod.spec.init_containers) {
        let stated = compute_usage(&c.resources.requests, &c.resources.limits);
        for &r in &required {
            if stated.get(r).is_none() {
                missing.entry(r).or_default().insert(c.name.as_str());
            }
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    Err(MissingResources {
        missing: missing
            .into_iter()
            .map(|(r, names)| (r.to_string(), names.into_iter().map(String::from).collect()))
            .collect(),
    })
}
