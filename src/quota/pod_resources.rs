//! Pod requests and limits (`k8s.io/component-helpers/resource/helpers.go`, as of
//! Kubernetes 1.36).

use crate::api::core::{Container, ContainerStatus, Pod, ResourceList};

/// Options of [`pod_requests`] and [`pod_limits`]: upstream's `PodResourcesOptions`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PodResourcesOptions {
    /// Leave `spec.overhead` out.
    pub exclude_overhead: bool,
    /// Ignore pod-level `spec.resources`.
    pub skip_pod_level_resources: bool,
    /// Values for requests a container does not state (an explicit request, even zero, stays).
    pub non_missing_container_requests: ResourceList,
    /// Read what the kubelet reports for containers resized in place (`UseStatusResources`):
    /// a container whose status carries `resources` counts with the larger of its spec, those
    /// and its `allocatedResources` (only the reported ones when the resize is infeasible).
    pub use_status_resources: bool,
}

/// `IsSupportedPodLevelResource`: cpu, memory and hugepages.
fn pod_level_resource(name: &str) -> bool {
    name == "cpu" || name == "memory" || name.starts_with("hugepages-")
}

/// Go's `IsPodLevelResourcesSet`: pod-level requests or limits name a supported resource.
#[doc(alias = "IsPodLevelResourcesSet")]
pub fn is_pod_level_resources_set(pod: &Pod) -> bool {
    pod.spec.resources.as_ref().is_some_and(|r| {
        r.requests
            .iter()
            .chain(r.limits.iter())
            .any(|(n, _)| pod_level_resource(n))
    })
}

fn is_pod_level_requests_set(pod: &Pod) -> bool {
    pod.spec
        .resources
        .as_ref()
        .is_some_and(|r| r.requests.iter().any(|(n, _)| pod_level_resource(n)))
}

/// `addResourceList`.
fn add_into(list: &mut ResourceList, new: &ResourceList) {
    for (name, q) in new.iter() {
        let sum = match list.get(name) {
            Some(prev) => prev.clone() + q,
            None => q.clone(),
        };
        list.insert(name, sum);
    }
}

/// `maxResourceList`.
fn max_into(list: &mut ResourceList, new: &ResourceList) {
    for (name, q) in new.iter() {
        if list.get(name).map_or(true, |prev| q > prev) {
            list.insert(name, q.clone());
        }
    }
}

/// Upstream's `max(a, b)`: every resource of either, at the larger quantity.
fn max_of(a: &ResourceList, b: &ResourceList) -> ResourceList {
    let mut out = a.clone();
    max_into(&mut out, b);
    out
}

/// `IsPodResizeInfeasible`: the first `PodResizePending` condition has reason `Infeasible`.
fn is_pod_resize_infeasible(pod: &Pod) -> bool {
    pod.status
        .conditions
        .iter()
        .find(|c| c.type_ == "PodResizePending")
        .is_some_and(|c| c.reason == "Infeasible")
}

/// `applyNonMissing`.
fn with_defaults(reqs: &ResourceList, defaults: &ResourceList) -> ResourceList {
    let mut out = reqs.clone();
    out.fill_missing(defaults);
    out
}

/// Upstream's aggregation over containers: app containers and sidecars (restartable init
/// containers) add up; each regular init container needs its own resources plus the sidecars
/// started before it, and the pod needs at least the largest of those.
fn aggregate(
    pod: &Pod,
    opts: &PodResourcesOptions,
    of: impl Fn(&Container, Option<&ContainerStatus>) -> ResourceList,
) -> ResourceList {
    let status = |c: &Container| {
        if !opts.use_status_resources {
            return None;
        }
        // Upstream fills a map from regular then init statuses: an init status wins a name.
        let s = &pod.status;
        let named = |s: &&ContainerStatus| s.name == c.name;
        let init = s.init_container_statuses.iter().rev().find(named);
        init.or_else(|| s.container_statuses.iter().rev().find(named))
            .filter(|s| s.resources.is_some())
    };
    let mut total = ResourceList::new();
    for c in &pod.spec.containers {
        add_into(&mut total, &of(c, status(c)));
    }
    let (mut sidecars, mut init_max) = (ResourceList::new(), ResourceList::new());
    for c in &pod.spec.init_containers {
        let own = of(c, status(c));
        let use_now = if c.is_restartable_init_container() {
            add_into(&mut total, &own);
            add_into(&mut sidecars, &own);
            sidecars.clone()
        } else {
            let mut tmp = own;
            add_into(&mut tmp, &sidecars);
            tmp
        };
        max_into(&mut init_max, &use_now);
    }
    max_into(&mut total, &init_max);
    total
}

/// Go's `PodRequests`: container requests aggregated as the scheduler does (sidecars counted),
/// pod-level requests replacing them where set, plus `spec.overhead`.
///
/// Upstream puts pod-level quantities into its result without copying them and then adds the
/// overhead in place, which for values held as `inf.Dec` also changes the pod it was given
/// (see [`Quantity::is_inf_dec`](crate::api::Quantity::is_inf_dec)). This crate never changes
/// its input, so repeated calls on one pod always agree.
///
/// ```
/// use kube_primitives::api::core::Pod;
/// use kube_primitives::quota::{pod_requests, PodResourcesOptions};
///
/// let pod: Pod = serde_json::from_str(r#"{"spec": {
///     "containers": [{"name": "app", "resources": {"requests": {"cpu": "500m"}}}],
///     "initContainers": [{"name": "init", "resources": {"requests": {"cpu": "2"}}}],
///     "overhead": {"cpu": "100m"}
/// }}"#).unwrap();
/// assert_eq!(pod_requests(&pod, &PodResourcesOptions::default()).to_string(), "cpu=2100m");
/// ```
#[doc(alias = "PodRequests")]
pub fn pod_requests(pod: &Pod, opts: &PodResourcesOptions) -> ResourceList {
    let infeasible = is_pod_resize_infeasible(pod);
    let mut reqs = aggregate(pod, opts, |c, status| {
        let own = match status.and_then(|s| s.resources.as_ref().map(|r| (s, r))) {
            // determineContainerReqs
            Some((s, r)) if infeasible => max_of(&r.requests, &s.allocated_resources),
            Some((s, r)) => max_of(
                &max_of(&c.resources.requests, &r.requests),
                &s.allocated_resources,
            ),
            None => c.resources.requests.clone(),
        };
        if opts.non_missing_container_requests.is_empty() {
            own
        } else {
            with_defaults(&own, &opts.non_missing_container_requests)
        }
    });
    if !opts.skip_pod_level_resources && is_pod_level_requests_set(pod) {
        if let Some(r) = &pod.spec.resources {
            for (name, q) in r.requests.iter().filter(|(n, _)| pod_level_resource(n)) {
                reqs.insert(name, q.clone());
            }
        }
    }
    if !opts.exclude_overhead {
        add_into(&mut reqs, &pod.spec.overhead);
    }
    reqs
}

/// Go's `PodLimits`: container limits aggregated as requests are, pod-level limits replacing
/// them where set, plus `spec.overhead` on the non-zero limits only.
#[doc(alias = "PodLimits")]
pub fn pod_limits(pod: &Pod, opts: &PodResourcesOptions) -> ResourceList {
    let infeasible = is_pod_resize_infeasible(pod);
    let mut limits = aggregate(pod, opts, |c, status| {
        match status.and_then(|s| s.resources.as_ref()) {
            // determineContainerLimits
            Some(r) if infeasible => r.limits.clone(),
            Some(r) => max_of(&c.resources.limits, &r.limits),
            None => c.resources.limits.clone(),
        }
    });
    if !opts.skip_pod_level_resources && is_pod_level_resources_set(pod) {
        if let Some(r) = &pod.spec.resources {
            for (name, q) in r.limits.iter().filter(|(n, _)| pod_level_resource(n)) {
                limits.insert(name, q.clone());
            }
        }
    }
    if !opts.exclude_overhead {
        for (name, q) in pod.spec.overhead.iter() {
            if let Some(value) = limits.get(name).filter(|v| !v.is_zero()) {
                let sum = value.clone() + q;
                limits.insert(name, sum);
            }
        }
    }
    limits
}
