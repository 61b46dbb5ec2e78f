//! What a pod charges against a ResourceQuota (`PodUsageFunc`, `QuotaV1Pod`, `MatchingResources`
//! and `Constraints` in
//! [`pkg/quota/v1/evaluator/core/pods.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/quota/v1/evaluator/core/pods.go)).

use alloc::format;
use alloc::vec::Vec;

use crate::api::core::pod_phase;
use crate::api::core::{Pod, ResourceList};
use crate::api::{Format, Quantity};
use crate::clock::Instant;

use super::resource_name::{
    is_extended_resource_name, is_huge_page_resource_name, is_native_resource,
};
use super::{
    contains_prefix, intersection, pod_limits, pod_limits_aliasing, pod_requests,
    pod_requests_aliasing, PodResourcesOptions,
};

/// The object-count resource every pod is charged, finished or not. Go's `podObjectCountName`.
#[doc(alias = "podObjectCountName")]
pub const POD_COUNT: &str = "count/pods";

/// Quota names of DRA device classes (`requests.deviceclass.resource.kubernetes.io/<class>`).
const DEVICE_CLASS_QUOTA_PREFIX: &str = "requests.deviceclass.resource.kubernetes.io/";

/// The resources the pod evaluator tracks by name (`podResources`).
const POD_RESOURCES: [&str; 11] = [
    POD_COUNT,
    "cpu",
    "memory",
    "ephemeral-storage",
    "requests.cpu",
    "requests.memory",
    "requests.ephemeral-storage",
    "limits.cpu",
    "limits.memory",
    "limits.ephemeral-storage",
    "pods",
];

/// Whether a pod still counts against compute quota (`QuotaV1Pod`): not `Failed` or
/// `Succeeded`, and not deleted longer ago than its deletion grace period (a pod stuck
/// terminating on a lost node stops being charged).
#[must_use]
#[doc(alias = "QuotaV1Pod")]
pub fn is_pod_quota_eligible(pod: &Pod, now: impl Into<Instant>) -> bool {
    let now = now.into().to_time();
    if matches!(
        pod.status.phase.as_str(),
        pod_phase::FAILED | pod_phase::SUCCEEDED
    ) {
        return false;
    }
    let meta = &pod.metadata;
    if let (Some(deleted), Some(grace)) =
        (meta.deletion_timestamp, meta.deletion_grace_period_seconds)
    {
        // time.Duration(grace) * time.Second wraps in Go as well.
        let deadline = deleted.unix_nanos() + i128::from(grace.wrapping_mul(1_000_000_000));
        if now.unix_nanos() > deadline {
            return false;
        }
    }
    true
}

/// The quota usage of `pod` at `now` (`PodUsageFunc`): `count/pods` always; for a pod that
/// still counts ([`is_pod_quota_eligible`]) also `pods`, and its requests and limits (as
/// [`pod_requests`] / [`pod_limits`] total them, reading in-place resize status) under their
/// quota names — `cpu` and `memory`
/// as aliases of `requests.*`, hugepages under both names, extended resources as `requests.<name>`.
///
/// ```
/// use kube_primitives::api::core::{Pod, Time};
/// use kube_primitives::quota::pod_usage;
///
/// let pod: Pod = serde_json::from_str(r#"{"spec": {"containers": [
///     {"name": "app", "resources": {"requests": {"cpu": "250m"}, "limits": {"cpu": "1"}}}
/// ]}}"#).unwrap();
/// let usage = pod_usage(&pod, Time::from_unix_seconds(0));
/// let get = |n: &str| usage.get(n).map(ToString::to_string);
/// assert_eq!(get("requests.cpu").as_deref(), Some("250m"));
/// assert_eq!(get("cpu").as_deref(), Some("250m"));
/// assert_eq!(get("limits.cpu").as_deref(), Some("1"));
/// assert_eq!(get("pods").as_deref(), Some("1"));
/// assert_eq!(get("count/pods").as_deref(), Some("1"));
/// ```
#[must_use]
#[doc(alias = "PodUsageFunc")]
pub fn pod_usage(pod: &Pod, now: impl Into<Instant>) -> ResourceList {
    let mut result = ResourceList::new();
    result.insert(POD_COUNT, one());
    if !is_pod_quota_eligible(pod, now) {
        return result;
    }
    let opts = usage_options();
    let compute = compute_usage(&pod_requests(pod, &opts), &pod_limits(pod, &opts));
    result.add(&compute)
}

/// `PodUsageFunc` reads in-place resize status (InPlacePodVerticalScaling is on in 1.36).
fn usage_options() -> PodResourcesOptions {
    PodResourcesOptions {
        use_status_resources: true,
        ..PodResourcesOptions::default()
    }
}

/// [`pod_usage`] with the change upstream's `PodRequests`/`PodLimits` make to the pod (see
/// [`pod_requests_aliasing`]), for reproducing repeated `Usage` calls on one object.
pub(crate) fn pod_usage_aliasing(pod: &mut Pod, now: Instant) -> ResourceList {
    let mut result = ResourceList::new();
    result.insert(POD_COUNT, one());
    if !is_pod_quota_eligible(pod, now) {
        return result;
    }
    let opts = usage_options();
    let requests = pod_requests_aliasing(pod, &opts);
    let limits = pod_limits_aliasing(pod, &opts);
    result.add(&compute_usage(&requests, &limits))
}

fn one() -> Quantity {
    Quantity::new(1, Format::DecimalSI)
}

/// `podComputeUsageHelper`.
pub(super) fn compute_usage(requests: &ResourceList, limits: &ResourceList) -> ResourceList {
    let mut result = ResourceList::new();
    result.insert("pods", one());
    for name in ["cpu", "memory", "ephemeral-storage"] {
        if let Some(q) = requests.get(name) {
            result.insert(name, q.clone());
            result.insert(format!("requests.{name}"), q.clone());
        }
        if let Some(q) = limits.get(name) {
            result.insert(format!("limits.{name}"), q.clone());
        }
    }
    for (name, q) in requests.iter() {
        if is_huge_page_resource_name(name) {
            result.insert(name, q.clone());
            result.insert(format!("requests.{name}"), q.clone());
        }
        if is_extended_resource_name(name) {
            result.insert(format!("requests.{name}"), q.clone());
        }
    }
    result
}

/// The resources of `input` the pod evaluator tracks (`MatchingResources`): the known names
/// (sorted, without duplicates), then, in input order, every hugepages name and every
/// `requests.<extended resource>` and every DRA device class quota name (duplicates kept, as
/// upstream appends them).
#[must_use]
#[doc(alias = "MatchingResources")]
pub fn matching_resources<S: AsRef<str>>(input: &[S]) -> Vec<&str> {
    let mut result = intersection(input, &POD_RESOURCES);
    for name in input.iter().map(AsRef::as_ref) {
        if contains_prefix(&["hugepages-", "requests.hugepages-"], name) {
            result.push(name);
        }
        if !is_native_resource(name) && name.starts_with("requests.") {
            result.push(name);
        }
        // Device classes of dynamic resource allocation, charged as extended resources.
        if name.starts_with(DEVICE_CLASS_QUOTA_PREFIX) {
            result.push(name);
        }
    }
    result
}
