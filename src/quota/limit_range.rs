//! The LimitRanger admission plugin's defaulting (`PodMutateLimitFunc` in
//! `plugin/pkg/admission/limitranger/admission.go`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::api::core::{Container, LimitRangeSpec, Pod, ResourceList};
use crate::api::Quantity;

/// The annotation LimitRanger records its defaults under.
pub const LIMIT_RANGER_ANNOTATION: &str = "kubernetes.io/limit-ranger";

/// `pod` with the LimitRange's container defaults applied, and the annotation text upstream
/// records (`LimitRanger plugin set: cpu, memory request for container app; …`), if any; the
/// returned pod carries it under [`LIMIT_RANGER_ANNOTATION`].
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
pub fn apply_limit_range_defaults(
    limit_range: &LimitRangeSpec,
    pod: &Pod,
) -> (Pod, Option<String>) {
    let (mut requests, mut limits) = (ResourceList::new(), ResourceList::new());
    for item in limit_range.limits.iter().filter(|i| i.type_ == "Container") {
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

/// The LimitRanger's checks of a pod (`PodValidateLimitFunc`), in upstream's order (items,
/// then containers and init containers, then each item's `min`, `max` and
/// `maxLimitRequestRatio` in resource-name order).
///
/// `Container` items apply to every container and init container; `Pod` items to the pod's
/// requests and limits as [`pod_requests`](super::pod_requests) / [`pod_limits`](super::pod_limits)
/// total them without overhead. Call it on the pod [`apply_limit_range_defaults`] returned.
///
/// ```
/// use kube_primitives::api::core::{LimitRangeSpec, Pod};
/// use kube_primitives::quota::validate_pod_limits;
///
/// let lr: LimitRangeSpec = serde_json::from_str(r#"{"limits": [
///     {"type": "Container", "max": {"cpu": "1"}}
/// ]}"#).unwrap();
/// let pod: Pod = serde_json::from_str(r#"{"spec": {"containers": [
///     {"name": "app", "resources": {"limits": {"cpu": "2"}}}
/// ]}}"#).unwrap();
/// assert_eq!(validate_pod_limits(&lr, &pod), ["maximum cpu usage per Container is 1, but limit is 2"]);
/// ```
#[must_use]
pub fn validate_pod_limits(limit_range: &LimitRangeSpec, pod: &Pod) -> Vec<String> {
    let mut errs = Vec::new();
    for item in &limit_range.limits {
        match item.type_.as_str() {
            "Container" => {
                for c in pod.spec.containers.iter().chain(&pod.spec.init_containers) {
                    check_item(
                        item,
                        "Container",
                        &c.resources.requests,
                        &c.resources.limits,
                        &mut errs,
                    );
                }
            }
            "Pod" => {
                let opts = super::PodResourcesOptions {
                    exclude_overhead: true,
                    ..super::PodResourcesOptions::default()
                };
                let requests = super::pod_requests(pod, &opts);
                let limits = super::pod_limits(pod, &opts);
                check_item(item, "Pod", &requests, &limits, &mut errs);
            }
            _ => {}
        }
    }
    errs
}

/// The LimitRanger's checks of a PersistentVolumeClaim's requests (`PersistentVolumeClaimValidateLimitFunc`):
/// `PersistentVolumeClaim` items' `min` and `max` against the claim's requests.
#[must_use]
pub fn validate_pvc_limits(limit_range: &LimitRangeSpec, requests: &ResourceList) -> Vec<String> {
    let mut errs = Vec::new();
    let kind = "PersistentVolumeClaim";
    for item in limit_range.limits.iter().filter(|i| i.type_ == kind) {
        for (name, enforced) in item.min.iter() {
            let none = ResourceList::new();
            errs.extend(bound_constraint(
                Bound::Min,
                kind,
                name,
                enforced,
                requests,
                &none,
            ));
        }
        for (name, enforced) in item.max.iter() {
            let Some(req) = requests.get(name) else {
                errs.push(format!(
                    "maximum {name} usage per {kind} is {enforced}.  No request is specified"
                ));
                continue;
            };
            let (r, _, e) = observed(Some(req), None, enforced);
            if r > e {
                errs.push(format!(
                    "maximum {name} usage per {kind} is {enforced}, but request is {req}"
                ));
            }
        }
    }
    errs
}

fn check_item(
    item: &crate::api::core::LimitRangeItem,
    kind: &str,
    requests: &ResourceList,
    limits: &ResourceList,
    errs: &mut Vec<String>,
) {
    for (name, enforced) in item.min.iter() {
        errs.extend(bound_constraint(
            Bound::Min,
            kind,
            name,
            enforced,
            requests,
            limits,
        ));
    }
    for (name, enforced) in item.max.iter() {
        errs.extend(bound_constraint(
            Bound::Max,
            kind,
            name,
            enforced,
            requests,
            limits,
        ));
    }
    for (name, enforced) in item.max_limit_request_ratio.iter() {
        errs.extend(ratio_constraint(kind, name, enforced, requests, limits));
    }
}

/// `requestLimitEnforcedValues`: whole values, or milli-values when none of the three would
/// overflow.
fn observed(
    req: Option<&Quantity>,
    lim: Option<&Quantity>,
    enforced: &Quantity,
) -> (i64, i64, i64) {
    let zero = Quantity::default();
    let (req, lim) = (req.unwrap_or(&zero), lim.unwrap_or(&zero));
    let (r, l, e) = (req.value(), lim.value(), enforced.value());
    let max = Quantity::MAX_MILLI_VALUE;
    if r <= max && l <= max && e <= max {
        (req.milli_value(), lim.milli_value(), enforced.milli_value())
    } else {
        (r, l, e)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    Min,
    Max,
}

/// `minConstraint` / `maxConstraint`: a minimum needs a request at least the bound (and a
/// limit, if any, too); a maximum needs a limit at most the bound (and a request, if any, too).
fn bound_constraint(
    bound: Bound,
    kind: &str,
    name: &str,
    enforced: &Quantity,
    requests: &ResourceList,
    limits: &ResourceList,
) -> Option<String> {
    let (req, lim) = (requests.get(name), limits.get(name));
    let (r, l, e) = observed(req, lim, enforced);
    let breaks = |v: i64| if bound == Bound::Min { v < e } else { v > e };
    let (word, first, second) = match bound {
        Bound::Min => ("minimum", (req, r, "request"), (lim, l, "limit")),
        Bound::Max => ("maximum", (lim, l, "limit"), (req, r, "request")),
    };
    let head = format!("{word} {name} usage per {kind} is {enforced}");
    let Some(q) = first.0 else {
        return Some(format!("{head}.  No {} is specified", first.2));
    };
    if breaks(first.1) {
        return Some(format!("{head}, but {} is {q}", first.2));
    }
    match second.0 {
        Some(q) if breaks(second.1) => Some(format!("{head}, but {} is {q}", second.2)),
        _ => None,
    }
}

fn ratio_constraint(
    kind: &str,
    name: &str,
    enforced: &Quantity,
    requests: &ResourceList,
    limits: &ResourceList,
) -> Option<String> {
    let (req, lim) = (requests.get(name), limits.get(name));
    let (r, l, _) = observed(req, lim, enforced);
    if req.is_none() || r == 0 {
        return Some(format!("{name} max limit to request ratio per {kind} is {enforced}, but no request is specified or request is 0"));
    }
    if lim.is_none() || l == 0 {
        return Some(format!("{name} max limit to request ratio per {kind} is {enforced}, but no limit is specified or limit is 0"));
    }
    let display = l as f64 / r as f64;
    let (observed_ratio, max_ratio) = if enforced.value() <= Quantity::MAX_MILLI_VALUE {
        (display * 1000.0, enforced.milli_value() as f64)
    } else {
        (display, enforced.value() as f64)
    };
    (observed_ratio > max_ratio).then(|| {
        format!("{name} max limit to request ratio per {kind} is {enforced}, but provided ratio is {display:.6}")
    })
}

/// Go's aggregate error text: one message alone, several (deduplicated, in order) in brackets.
#[must_use]
pub fn aggregate_message(errors: &[String]) -> Option<String> {
    if errors.is_empty() {
        return None;
    }
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = crate::text::write_go_aggregate(&mut out, errors.iter().cloned());
    Some(out)
}
