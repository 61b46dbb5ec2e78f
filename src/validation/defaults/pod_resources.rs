//! The resource defaults of `SetDefaults_Pod`: container requests from their limits, and with
//! `PodLevelResources` (on by default at 1.36) the pod-level hugepages limits and requests
//! (`defaultHugePagePodLimits`, `defaultPodRequests`).

use crate::api::core::{Pod, ResourceList};
use crate::quota::resource_name::{is_huge_page_resource_name, is_overcommit_allowed};
use crate::quota::{pod_limits, pod_requests, PodLevelResourceSet, PodResourcesOptions};

/// A container's limit stands for its missing request (only on pods: templates keep theirs as
/// written, so that controllers do not see them change).
pub(super) fn requests_from_limits(pod: &mut Pod) {
    for c in pod
        .spec
        .containers
        .iter_mut()
        .chain(pod.spec.init_containers.iter_mut())
    {
        let resources = &mut c.resources;
        for (name, q) in resources.limits.iter() {
            if !resources.requests.contains_key(name) {
                resources.requests.insert(name, q.clone());
            }
        }
    }
}

/// `AggregateContainerRequests` / `AggregateContainerLimits` with default options: the
/// containers alone, without pod-level resources or overhead.
fn aggregate_options() -> PodResourcesOptions {
    PodResourcesOptions {
        exclude_overhead: true,
        skip_pod_level_resources: true,
        ..PodResourcesOptions::default()
    }
}

/// `IsSupportedPodLevelResource`.
fn supported(name: &str) -> bool {
    PodLevelResourceSet::CpuMemoryHugePages.contains(name)
}

/// `defaultHugePagePodLimits` then `defaultPodRequests`, as `SetDefaults_Pod` calls them; both
/// act only when the pod already states some pod-level resources.
pub(super) fn pod_level_defaults(pod: &mut Pod) {
    hugepage_pod_limits(pod);
    pod_requests_from_containers(pod);
}

/// Pod-level hugepages limits are the containers' sum, unless the pod requests that size.
fn hugepage_pod_limits(pod: &mut Pod) {
    let Some(resources) = &pod.spec.resources else {
        return;
    };
    if resources.limits.is_empty() && resources.requests.is_empty() {
        return;
    }
    let aggregate = pod_limits(pod, &aggregate_options());
    let mut limits = resources.limits.clone();
    for (name, q) in aggregate.iter() {
        if supported(name)
            && is_huge_page_resource_name(name)
            && !resources.requests.contains_key(name)
            && !limits.contains_key(name)
        {
            limits.insert(name, q.clone());
        }
    }
    set(pod, limits, |r| &mut r.limits);
}

/// Pod-level requests with pod-level limits: the containers' requests for overcommittable
/// resources, then the pod-level limits for the rest.
fn pod_requests_from_containers(pod: &mut Pod) {
    let Some(resources) = &pod.spec.resources else {
        return;
    };
    if resources.limits.is_empty() {
        return;
    }
    let aggregate = pod_requests(pod, &aggregate_options());
    let mut requests = resources.requests.clone();
    for (name, q) in aggregate.iter() {
        if !requests.contains_key(name) && supported(name) && is_overcommit_allowed(name) {
            requests.insert(name, q.clone());
        }
    }
    for (name, q) in resources.limits.iter() {
        if !requests.contains_key(name) && supported(name) {
            requests.insert(name, q.clone());
        }
    }
    set(pod, requests, |r| &mut r.requests);
}

/// Stores a computed list where upstream does: only when it holds something.
fn set(
    pod: &mut Pod,
    list: ResourceList,
    field: impl FnOnce(&mut crate::api::core::ResourceRequirements) -> &mut ResourceList,
) {
    if let Some(resources) = &mut pod.spec.resources {
        if !list.is_empty() {
            *field(resources) = list;
        }
    }
}
