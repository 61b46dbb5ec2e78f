//! Pod requests and limits
//! ([`k8s.io/component-helpers/resource/helpers.go`](https://github.com/kubernetes/component-helpers/blob/v0.36.3/resource/helpers.go),
//! v0.36.3).

use alloc::collections::BTreeMap;

use crate::api::core::pod_condition_type;
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
    /// an app container or sidecar whose status carries `resources` counts with the larger of
    /// its spec, those and its `allocatedResources` (only the reported ones when the resize is
    /// infeasible). Regular init containers always count with their spec, as upstream's
    /// `AggregateContainerRequests` consults statuses only for restartable init containers.
    pub use_status_resources: bool,
    /// Which pod-level resources (`spec.resources`) replace what the containers add up to.
    pub pod_level_resources: PodLevelResourceSet,
}

/// The resources a pod may state at pod level (`spec.resources`) for a computation: upstream
/// has two lists, and each caller uses its own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PodLevelResourceSet {
    /// `cpu`, `memory` and `hugepages-*`: component-helpers' `IsSupportedPodLevelResource`,
    /// which the scheduler, the kubelet and quota use.
    #[default]
    CpuMemoryHugePages,
    /// `cpu` and `memory` only: the LimitRanger's own copy (`isSupportedPodLevelResource` in
    /// `plugin/pkg/admission/limitranger/admission.go` at 1.36), so its `Pod` limits see
    /// hugepages as the containers add them up.
    CpuMemory,
}

impl PodLevelResourceSet {
    /// Whether `name` is stated at pod level in this set.
    #[must_use]
    pub fn contains(self, name: &str) -> bool {
        name == "cpu"
            || name == "memory"
            || (self == PodLevelResourceSet::CpuMemoryHugePages && name.starts_with("hugepages-"))
    }
}

/// `IsSupportedPodLevelResource`: cpu, memory and hugepages.
fn pod_level_resource(name: &str) -> bool {
    PodLevelResourceSet::CpuMemoryHugePages.contains(name)
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
        match list.get_mut(name) {
            Some(prev) => *prev += q,
            None => {
                list.insert(name, q.clone());
            }
        }
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
        .find(|c| c.type_ == pod_condition_type::POD_RESIZE_PENDING)
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
    // Upstream fills a map from the regular, then the init statuses: an init status wins a
    // name, and among statuses of one list the last does.
    let statuses: BTreeMap<&str, &ContainerStatus> = if opts.use_status_resources {
        let s = &pod.status;
        s.container_statuses
            .iter()
            .chain(&s.init_container_statuses)
            .map(|cs| (cs.name.as_str(), cs))
            .collect()
    } else {
        BTreeMap::new()
    };
    let status = |c: &Container| {
        statuses
            .get(c.name.as_str())
            .copied()
            .filter(|s| s.resources.is_some())
    };
    let mut total = ResourceList::new();
    for c in &pod.spec.containers {
        add_into(&mut total, &of(c, status(c)));
    }
    let (mut sidecars, mut init_max) = (ResourceList::new(), ResourceList::new());
    for c in &pod.spec.init_containers {
        let use_now = if c.is_restartable_init_container() {
            let own = of(c, status(c));
            add_into(&mut total, &own);
            add_into(&mut sidecars, &own);
            sidecars.clone()
        } else {
            // A regular init container has finished by the time anything is resized: its spec
            // counts, whatever a status of the same name says.
            let mut tmp = of(c, None);
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
            let set = opts.pod_level_resources;
            for (name, q) in r.requests.iter().filter(|(n, _)| set.contains(n)) {
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
            let set = opts.pod_level_resources;
            for (name, q) in r.limits.iter().filter(|(n, _)| set.contains(n)) {
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

/// Go's `PodRequests` with the change it makes to the pod it is given: besides the requests,
/// the overhead is added to the pod's own pod-level requests that Go holds as `inf.Dec`
/// (see [`Quantity::is_inf_dec`](crate::api::Quantity::is_inf_dec)), because upstream puts
/// those quantities into its result without copying them and then adds the overhead in place.
///
/// Only for reproducing upstream's numbers exactly where Go calls `PodRequests` more than once
/// on one object (quota admission with limited resources, for example, computes a pod's usage
/// twice and so counts such a pod's overhead twice). Everyone else wants [`pod_requests`],
/// which never changes its input.
///
/// ```
/// use kube_primitives::api::core::Pod;
/// use kube_primitives::quota::{pod_requests_aliasing, PodResourcesOptions};
///
/// let mut pod: Pod = serde_json::from_str(r#"{"spec": {
///     "resources": {"requests": {"memory": "0.5Gi"}},
///     "overhead": {"memory": "1Gi"}
/// }}"#).unwrap();
/// let opts = PodResourcesOptions::default();
/// assert_eq!(pod_requests_aliasing(&mut pod, &opts).to_string(), "memory=1536Mi");
/// // The second call sees the overhead the first one added to the pod.
/// assert_eq!(pod_requests_aliasing(&mut pod, &opts).to_string(), "memory=2560Mi");
/// ```
#[doc(alias = "PodRequests")]
pub fn pod_requests_aliasing(pod: &mut Pod, opts: &PodResourcesOptions) -> ResourceList {
    let requests = pod_requests(pod, opts);
    if !opts.skip_pod_level_resources && !opts.exclude_overhead && is_pod_level_requests_set(pod) {
        alias_overhead(pod, opts.pod_level_resources, false);
    }
    requests
}

/// Go's `PodLimits` with the change it makes to the pod it is given: the overhead is added to
/// the pod's own non-zero pod-level limits held as `inf.Dec`. See [`pod_requests_aliasing`].
#[doc(alias = "PodLimits")]
pub fn pod_limits_aliasing(pod: &mut Pod, opts: &PodResourcesOptions) -> ResourceList {
    let limits = pod_limits(pod, opts);
    if !opts.skip_pod_level_resources && !opts.exclude_overhead && is_pod_level_resources_set(pod) {
        alias_overhead(pod, opts.pod_level_resources, true);
    }
    limits
}

/// Adds the overhead to the pod-level quantities upstream shares with its result.
fn alias_overhead(pod: &mut Pod, set: PodLevelResourceSet, limits: bool) {
    let Some(resources) = pod.spec.resources.as_mut() else {
        return;
    };
    let list = if limits {
        &mut resources.limits
    } else {
        &mut resources.requests
    };
    for (name, q) in list.iter_mut() {
        let Some(overhead) = pod.spec.overhead.get(name) else {
            continue;
        };
        if set.contains(name) && q.is_inf_dec() && !(limits && q.is_zero()) {
            *q += overhead;
        }
    }
}
