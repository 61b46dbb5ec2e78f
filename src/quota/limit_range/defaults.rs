//! The LimitRanger's defaulting (`PodMutateLimitFunc`, `defaultContainerResourceRequirements`,
//! `mergePodResourceRequirements` in
//! [`plugin/pkg/admission/limitranger/admission.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/plugin/pkg/admission/limitranger/admission.go)).

use alloc::string::String;
use alloc::vec::Vec;

use super::LimitType;
use crate::api::core::{Container, LimitRangeSpec, Pod, ResourceList};

/// The annotation LimitRanger records its defaults under. Go's `limitRangerAnnotation`.
#[doc(alias = "limitRangerAnnotation")]
pub const LIMIT_RANGER_ANNOTATION: &str = "kubernetes.io/limit-ranger";

/// `pod` with the LimitRange's container defaults applied, and the annotation text upstream records
/// (`LimitRanger plugin set: cpu, memory request for container app; …`), if any; the returned pod
/// carries it under [`LIMIT_RANGER_ANNOTATION`]. Go's `PodMutateLimitFunc`, with
/// `defaultContainerResourceRequirements` and `mergePodResourceRequirements`.
///
/// Defaults come from `Container` items only, later items overriding earlier ones per
/// resource; every container and init container gets each default request and limit it does
/// not state. The defaults are not checked against each other here (validation does that).
/// The input is not changed.
///
/// ```
/// use kube_primitives::api::core::{LimitRangeSpec, Pod};
/// use kube_primitives::quota::apply_limit_range_defaults;
///
/// let lr: LimitRangeSpec = serde_json::from_str(r#"{"limits": [
///     {"type": "Container", "default": {"cpu": "500m"}, "defaultRequest": {"cpu": "100m"}}
/// ]}"#).unwrap();
/// let pod: Pod = serde_json::from_str(r#"{"spec": {"containers": [{"name": "app"}]}}"#).unwrap();
/// let (pod, note) = apply_limit_range_defaults(&lr, &pod);
/// assert_eq!(pod.spec.containers[0].resources.limits.to_string(), "cpu=500m");
/// assert_eq!(note.as_deref(), Some("LimitRanger plugin set: cpu request for container app; cpu limit for container app"));
/// ```
#[must_use]
#[doc(alias = "PodMutateLimitFunc")]
#[doc(alias = "mergePodResourceRequirements")]
pub fn apply_limit_range_defaults(
    limit_range: &LimitRangeSpec,
    pod: &Pod,
) -> (Pod, Option<String>) {
    let (mut requests, mut limits) = (ResourceList::new(), ResourceList::new());
    for item in limit_range
        .limits
        .iter()
        .filter(|i| i.type_ == LimitType::Container.as_str())
    {
        for (name, q) in item.default_request.iter() {
            requests.insert(name, q.clone());
        }
        for (name, q) in item.default.iter() {
            limits.insert(name, q.clone());
        }
    }
    let mut out = pod.clone();
    let mut notes = Vec::new();
    for c in &mut out.spec.containers {
        merge(c, &requests, &limits, "container", &mut notes);
    }
    for c in &mut out.spec.init_containers {
        merge(c, &requests, &limits, "init container", &mut notes);
    }
    let note =
        (!notes.is_empty()).then(|| alloc::format!("LimitRanger plugin set: {}", notes.join("; ")));
    if let Some(n) = &note {
        out.metadata
            .annotations
            .insert(LIMIT_RANGER_ANNOTATION.into(), n.clone());
    }
    (out, note)
}

/// `mergeContainerResources`: fills what the container lacks and notes it, requests first.
fn merge(
    c: &mut Container,
    requests: &ResourceList,
    limits: &ResourceList,
    what: &str,
    notes: &mut Vec<String>,
) {
    // The list iterates in name order, so the added names come sorted as upstream sorts them.
    let fill =
        |have: &mut ResourceList, defaults: &ResourceList| have.fill_missing(defaults).join(", ");
    let set_requests = fill(&mut c.resources.requests, requests);
    let set_limits = fill(&mut c.resources.limits, limits);
    if !set_requests.is_empty() {
        notes.push(alloc::format!(
            "{set_requests} request for {what} {}",
            c.name
        ));
    }
    if !set_limits.is_empty() {
        notes.push(alloc::format!("{set_limits} limit for {what} {}", c.name));
    }
}
