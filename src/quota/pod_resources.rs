//! Pod requests and limits (`k8s.io/component-helpers/resource/helpers.go`).

use crate::api::core::{Container, Pod, ResourceList};

/// Options of [`pod_requests`] and [`pod_limits`]: upstream's `PodResourcesOptions` (without
/// the in-place-resize status inputs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PodResourcesOptions {
    /// Leave `spec.overhead` out.
    pub exclude_overhead: bool,
    /// Ignore pod-level `spec.resources`.
    pub skip_pod_level_resources: bool,
    /// Values for requests a container does not state (an explicit request, even zero, stays).
    pub non_missing_container_requests: ResourceList,
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

/// `applyNonMissing`.
fn with_defaults(reqs: &ResourceList, defaults: &ResourceList) -> ResourceList {
    let mut out = reqs.clone();
    for (name, q) in defaults.iter() {
        if reqs.get(name).is_none() {
            out.insert(name, q.clone());
        }
    }
    out
}

/// Upstream's aggregation over containers: app containers and sidecars (restartable init
/// containers) add up; each regular init container needs its own resources plus the sidecars
/// started before it, and the pod needs at least the largest of those.
fn aggregate(pod: &Pod, of: impl Fn(&Container) -> ResourceList) -> ResourceList {
    let mut total = ResourceList::new();
    for c in &pod.spec.containers {
        add_into(&mut total, &of(c));
    }
    let (mut sidecars, mut init_max) = (ResourceList::new(), ResourceList::new());
    for c in &pod.spec.init_containers {
        let own = of(c);
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
    let mut reqs = aggregate(pod, |c| {
        if opts.non_missing_container_requests.is_empty() {
            c.resources.requests.clone()
        } else {
            with_defaults(&c.resources.requests, &opts.non_missing_container_requests)
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
    let mut limits = aggregate(pod, |c| c.resources.limits.clone());
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
