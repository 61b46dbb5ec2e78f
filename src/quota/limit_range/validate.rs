//! The LimitRanger's checks (`PodValidateLimitFunc`, `PersistentVolumeClaimValidateLimitFunc` and
//! the min, max and ratio constraints in
//! [`plugin/pkg/admission/limitranger/admission.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/plugin/pkg/admission/limitranger/admission.go)).

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Display;

use super::violation::{LimitBound, LimitType, LimitViolation, RequestOrLimit, ViolationKind};
use crate::api::core::{LimitRangeItem, LimitRangeSpec, Pod, ResourceList};
use crate::api::Quantity;
use crate::quota::{pod_limits, pod_requests, PodLevelResourceSet, PodResourcesOptions};

/// The LimitRanger's checks of a pod (`PodValidateLimitFunc`), in upstream's order (items,
/// then containers and init containers, then each item's `min`, `max` and
/// `maxLimitRequestRatio` in resource-name order).
///
/// `Container` items apply to every container and init container; `Pod` items to the pod's
/// requests and limits as [`pod_requests`](crate::quota::pod_requests) / [`pod_limits`](crate::quota::pod_limits)
/// total them without overhead, with pod-level `cpu` and `memory` replacing the containers'
/// sums but pod-level hugepages not ([`PodLevelResourceSet::CpuMemory`]: the plugin's own copy
/// of those functions at 1.36 supports only cpu and memory). Call it on the pod [`apply_limit_range_defaults`](super::apply_limit_range_defaults) returned.
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
/// let errs = validate_pod_limits(&lr, &pod);
/// assert_eq!(errs[0].to_string(), "maximum cpu usage per Container is 1, but limit is 2");
/// ```
#[must_use]
#[doc(alias = "PodValidateLimitFunc")]
pub fn validate_pod_limits(limit_range: &LimitRangeSpec, pod: &Pod) -> Vec<LimitViolation> {
    let mut errs = Vec::new();
    for item in &limit_range.limits {
        match item.type_.as_str() {
            "Container" => {
                for c in pod.spec.containers.iter().chain(&pod.spec.init_containers) {
                    let (req, lim) = (&c.resources.requests, &c.resources.limits);
                    check_item(item, LimitType::Container, req, lim, &mut errs);
                }
            }
            "Pod" => {
                // The plugin's own podRequests/podLimits: spec only, no overhead, and only cpu
                // and memory taken from pod-level resources.
                let opts = PodResourcesOptions {
                    exclude_overhead: true,
                    pod_level_resources: PodLevelResourceSet::CpuMemory,
                    ..PodResourcesOptions::default()
                };
                let (req, lim) = (pod_requests(pod, &opts), pod_limits(pod, &opts));
                check_item(item, LimitType::Pod, &req, &lim, &mut errs);
            }
            _ => {}
        }
    }
    errs
}

/// The LimitRanger's checks of a PersistentVolumeClaim's requests
/// (`PersistentVolumeClaimValidateLimitFunc`): `PersistentVolumeClaim` items' `min` and `max`
/// against the claim's requests (a claim's limits are not user input).
///
/// ```
/// use kube_primitives::api::core::LimitRangeSpec;
/// use kube_primitives::quota::{validate_pvc_limits, ResourceList};
///
/// let lr: LimitRangeSpec = serde_json::from_str(r#"{"limits": [
///     {"type": "PersistentVolumeClaim", "max": {"storage": "10Gi"}}
/// ]}"#).unwrap();
/// let requests: ResourceList = serde_json::from_str(r#"{"storage": "20Gi"}"#).unwrap();
/// let errs = validate_pvc_limits(&lr, &requests);
/// assert_eq!(
///     errs[0].to_string(),
///     "maximum storage usage per PersistentVolumeClaim is 10Gi, but request is 20Gi"
/// );
/// ```
#[must_use]
#[doc(alias = "PersistentVolumeClaimValidateLimitFunc")]
pub fn validate_pvc_limits(
    limit_range: &LimitRangeSpec,
    requests: &ResourceList,
) -> Vec<LimitViolation> {
    let mut errs = Vec::new();
    let ty = LimitType::PersistentVolumeClaim;
    let none = ResourceList::new();
    for item in limit_range.limits.iter().filter(|i| i.type_ == ty.as_str()) {
        for (name, enforced) in item.min.iter() {
            let kind = bound_constraint(
                LimitBound::Min,
                enforced,
                requests.get(name),
                none.get(name),
            );
            push(&mut errs, ty, name, enforced, kind);
        }
        for (name, enforced) in item.max.iter() {
            // `maxRequestConstraint`: a claim's limit is not user input, so its request is
            // what the maximum reads.
            let kind = match requests.get(name) {
                None => Some(ViolationKind::Unspecified {
                    bound: LimitBound::Max,
                    side: RequestOrLimit::Request,
                }),
                Some(req) => exceeds(LimitBound::Max, req, None, enforced).then(|| {
                    ViolationKind::OutOfBounds {
                        bound: LimitBound::Max,
                        side: RequestOrLimit::Request,
                        actual: req.clone(),
                    }
                }),
            };
            push(&mut errs, ty, name, enforced, kind);
        }
    }
    errs
}

fn push(
    errs: &mut Vec<LimitViolation>,
    limit_type: LimitType,
    resource: &str,
    enforced: &Quantity,
    kind: Option<ViolationKind>,
) {
    if let Some(kind) = kind {
        errs.push(LimitViolation {
            limit_type,
            resource: resource.to_string(),
            enforced: enforced.clone(),
            kind,
        });
    }
}

fn check_item(
    item: &LimitRangeItem,
    ty: LimitType,
    requests: &ResourceList,
    limits: &ResourceList,
    errs: &mut Vec<LimitViolation>,
) {
    for (bound, list) in [(LimitBound::Min, &item.min), (LimitBound::Max, &item.max)] {
        for (name, enforced) in list.iter() {
            let kind = bound_constraint(bound, enforced, requests.get(name), limits.get(name));
            push(errs, ty, name, enforced, kind);
        }
    }
    for (name, enforced) in item.max_limit_request_ratio.iter() {
        let kind = ratio_constraint(enforced, requests.get(name), limits.get(name));
        push(errs, ty, name, enforced, kind);
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

/// Whether `q` breaks `bound`, compared at the precision upstream picks for the triple.
fn exceeds(bound: LimitBound, q: &Quantity, other: Option<&Quantity>, enforced: &Quantity) -> bool {
    let (v, _, e) = observed(Some(q), other, enforced);
    match bound {
        LimitBound::Min => v < e,
        LimitBound::Max => v > e,
    }
}

/// `minConstraint` / `maxConstraint`: a minimum needs a request at least the bound (and a
/// limit, if any, too); a maximum needs a limit at most the bound (and a request, if any, too).
fn bound_constraint(
    bound: LimitBound,
    enforced: &Quantity,
    req: Option<&Quantity>,
    lim: Option<&Quantity>,
) -> Option<ViolationKind> {
    let (first, second) = match bound {
        LimitBound::Min => (
            (req, lim, RequestOrLimit::Request),
            (lim, req, RequestOrLimit::Limit),
        ),
        LimitBound::Max => (
            (lim, req, RequestOrLimit::Limit),
            (req, lim, RequestOrLimit::Request),
        ),
    };
    let Some(q) = first.0 else {
        return Some(ViolationKind::Unspecified {
            bound,
            side: first.2,
        });
    };
    // upstream reads all three at one precision, chosen from request, limit and bound together
    let breaks = |q: &Quantity, other: Option<&Quantity>| exceeds(bound, q, other, enforced);
    if breaks(q, first.1) {
        return Some(ViolationKind::OutOfBounds {
            bound,
            side: first.2,
            actual: q.clone(),
        });
    }
    match second.0 {
        Some(q) if breaks(q, second.1) => Some(ViolationKind::OutOfBounds {
            bound,
            side: second.2,
            actual: q.clone(),
        }),
        _ => None,
    }
}

/// `limitRequestRatioConstraint`: both sides must be set and non-zero, and the limit at most
/// the ratio times the request.
fn ratio_constraint(
    enforced: &Quantity,
    req: Option<&Quantity>,
    lim: Option<&Quantity>,
) -> Option<ViolationKind> {
    let (r, l, _) = observed(req, lim, enforced);
    if req.is_none() || r == 0 {
        return Some(ViolationKind::RatioUnspecified(RequestOrLimit::Request));
    }
    if lim.is_none() || l == 0 {
        return Some(ViolationKind::RatioUnspecified(RequestOrLimit::Limit));
    }
    // Upstream divides and compares in float64.
    #[expect(clippy::cast_precision_loss, reason = "upstream's float64 arithmetic")]
    let ratio = l as f64 / r as f64;
    #[expect(clippy::cast_precision_loss, reason = "upstream's float64 arithmetic")]
    let (observed_ratio, max_ratio) = if enforced.value() <= Quantity::MAX_MILLI_VALUE {
        (ratio * 1000.0, enforced.milli_value() as f64)
    } else {
        (ratio, enforced.value() as f64)
    };
    (observed_ratio > max_ratio).then_some(ViolationKind::RatioExceeded { ratio })
}

/// Go's aggregate error text (`utilerrors.NewAggregate(errs).Error()`): one message alone, several
/// (deduplicated, in order) in brackets; `None` for no errors. See
/// [`k8s.io/apimachinery/pkg/util/errors/errors.go`](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/util/errors/errors.go)
/// (v0.36.3).
///
/// ```
/// use kube_primitives::quota::aggregate_message;
///
/// assert_eq!(aggregate_message::<&str>(&[]), None);
/// assert_eq!(aggregate_message(&["a", "a"]).as_deref(), Some("a"));
/// assert_eq!(aggregate_message(&["a", "b", "a"]).as_deref(), Some("[a, b]"));
/// ```
#[must_use]
#[doc(alias = "NewAggregate")]
pub fn aggregate_message<E: Display>(errors: &[E]) -> Option<String> {
    if errors.is_empty() {
        return None;
    }
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = crate::text::write_go_aggregate(&mut out, errors.iter().map(ToString::to_string));
    Some(out)
}
