//! The LimitRanger's defaulting (`PodMutateLimitFunc`, `defaultContainerResourceRequirements`,
//! `mergePodResourceRequirements` in
//! [`plugin/pkg/admission/limitranger/admission.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/plugin/pkg/admission/limitranger/admission.go)).

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::LimitType;
use crate::api::core::{Container, LimitRangeSpec, Pod, ResourceList};
use crate::api::patch::{Additions, PatchOperation, PatchValue};
use crate::api::Quantity;

/// The annotation LimitRanger records its defaults under. Go's `limitRangerAnnotation`.
#[doc(alias = "limitRangerAnnotation")]
pub const LIMIT_RANGER_ANNOTATION: &str = "kubernetes.io/limit-ranger";

/// What the LimitRanger's defaulting did to a pod: [`apply_limit_range_defaults`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LimitRangeDefaults {
    /// The pod with the defaults in place and the annotation set. Every field of the v1 Pod
    /// survives in it (the wire type models them all); fields Kubernetes 1.36 does not know do
    /// not. To change the caller's document exactly, apply
    /// [`json_patch`](LimitRangeDefaults::json_patch) to it instead.
    pub pod: Pod,
    /// The text recorded under [`LIMIT_RANGER_ANNOTATION`]
    /// (`LimitRanger plugin set: cpu, memory request for container app; …`), if anything was set.
    pub annotation: Option<String>,
    /// Each value set: container list (`containers`/`initContainers`), index, `requests` or
    /// `limits`, resource, quantity.
    set: Vec<(&'static str, usize, &'static str, String, Quantity)>,
}

impl LimitRangeDefaults {
    /// Whether anything was set.
    #[must_use]
    pub fn is_changed(&self) -> bool {
        self.annotation.is_some()
    }

    /// The change as RFC 6902 JSON Patch operations on the original pod document: each default
    /// added under `/spec/containers/<i>/resources/{requests,limits}/<name>` (or
    /// `initContainers`), and the annotation under `/metadata/annotations`. `exists` says
    /// whether a JSON Pointer names an object in the original document (with `serde_json`:
    /// `|p| doc.pointer(p).is_some_and(Value::is_object)`); parents the document lacks
    /// (`resources`, `requests`, `annotations`) are added whole, so the patch applies to the
    /// original and keeps every other field, modelled here or not.
    ///
    /// ```
    /// use kube_primitives::api::core::{LimitRangeSpec, Pod};
    /// use kube_primitives::quota::apply_limit_range_defaults;
    ///
    /// let doc = serde_json::json!({"metadata": {"name": "p"}, "spec": {"containers": [
    ///     {"name": "app", "image": "nginx", "resources": {"limits": {"cpu": "1"}}}
    /// ]}});
    /// let lr: LimitRangeSpec = serde_json::from_str(r#"{"limits": [
    ///     {"type": "Container", "defaultRequest": {"cpu": "100m", "memory": "64Mi"}}
    /// ]}"#).unwrap();
    /// let pod: Pod = serde_json::from_value(doc.clone()).unwrap();
    /// let patch = apply_limit_range_defaults(&lr, &pod)
    ///     .json_patch(|p| doc.pointer(p).is_some_and(|v| v.is_object()));
    /// assert_eq!(serde_json::to_value(&patch).unwrap(), serde_json::json!([
    ///     {"op": "add", "path": "/spec/containers/0/resources/requests",
    ///      "value": {"cpu": "100m", "memory": "64Mi"}},
    ///     {"op": "add", "path": "/metadata/annotations", "value": {"kubernetes.io/limit-ranger":
    ///      "LimitRanger plugin set: cpu, memory request for container app"}}
    /// ]));
    /// ```
    #[must_use]
    pub fn json_patch(&self, exists: impl Fn(&str) -> bool) -> Vec<PatchOperation> {
        let mut adds = Additions::new(&exists);
        for (list, i, which, name, q) in &self.set {
            let index = i.to_string();
            let path = ["spec", list, &index, "resources", which, name];
            adds.add(&path, PatchValue::Quantity(q.clone()));
        }
        if let Some(note) = &self.annotation {
            let path = ["metadata", "annotations", LIMIT_RANGER_ANNOTATION];
            adds.add(&path, PatchValue::String(note.clone()));
        }
        adds.into_operations()
    }
}

/// The LimitRange's container defaults applied to `pod` (Go's `PodMutateLimitFunc`, with
/// `defaultContainerResourceRequirements` and `mergePodResourceRequirements`), with the
/// annotation upstream records and the change as a JSON Patch.
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
/// let defaults = apply_limit_range_defaults(&lr, &pod);
/// assert_eq!(defaults.pod.spec.containers[0].resources.limits.to_string(), "cpu=500m");
/// assert_eq!(
///     defaults.annotation.as_deref(),
///     Some("LimitRanger plugin set: cpu request for container app; cpu limit for container app")
/// );
/// ```
#[must_use]
#[doc(alias = "PodMutateLimitFunc")]
#[doc(alias = "mergePodResourceRequirements")]
pub fn apply_limit_range_defaults(limit_range: &LimitRangeSpec, pod: &Pod) -> LimitRangeDefaults {
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
    let mut set = Vec::new();
    let lists = [
        ("containers", "container", &mut out.spec.containers),
        (
            "initContainers",
            "init container",
            &mut out.spec.init_containers,
        ),
    ];
    for (list, what, containers) in lists {
        for (i, c) in containers.iter_mut().enumerate() {
            let mut record = |which: &'static str, name: &str, q: &Quantity| {
                set.push((list, i, which, name.into(), q.clone()));
            };
            merge(c, &requests, &limits, what, &mut notes, &mut record);
        }
    }
    let annotation =
        (!notes.is_empty()).then(|| alloc::format!("LimitRanger plugin set: {}", notes.join("; ")));
    if let Some(n) = &annotation {
        out.metadata
            .annotations
            .insert(LIMIT_RANGER_ANNOTATION.into(), n.clone());
    }
    LimitRangeDefaults {
        pod: out,
        annotation,
        set,
    }
}

/// `mergeContainerResources`: fills what the container lacks and notes it, requests first.
fn merge(
    c: &mut Container,
    requests: &ResourceList,
    limits: &ResourceList,
    what: &str,
    notes: &mut Vec<String>,
    record: &mut impl FnMut(&'static str, &str, &Quantity),
) {
    // The list iterates in name order, so the added names come sorted as upstream sorts them.
    let mut fill = |have: &mut ResourceList, defaults: &ResourceList, which: &'static str| {
        let added = have.fill_missing(defaults);
        for name in &added {
            if let Some(q) = defaults.get(name) {
                record(which, name, q);
            }
        }
        added.join(", ")
    };
    let set_requests = fill(&mut c.resources.requests, requests, "requests");
    let set_limits = fill(&mut c.resources.limits, limits, "limits");
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
