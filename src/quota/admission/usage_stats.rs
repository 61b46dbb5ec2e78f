//! The resource quota controller's count (`syncResourceQuota` → `CalculateUsage` →
//! `CalculateUsageStats` in `pkg/controller/resourcequota` and `apiserver/pkg/quota/v1`):
//! what a quota's `status.used` should be, from the objects in its namespace.

use alloc::vec::Vec;

use crate::api::core::{
    PersistentVolumeClaim, Pod, ResourceList, ResourceQuota, ScopedResourceSelectorRequirement,
    Service, Time,
};
use crate::api::{Format, Quantity};

use super::Evaluated;

/// The objects of a quota's namespace that its controller counts.
#[derive(Clone, Copy, Debug, Default)]
#[non_exhaustive]
pub struct NamespaceObjects<'a> {
    /// The pods.
    pub pods: &'a [Pod],
    /// The services.
    pub services: &'a [Service],
    /// The claims.
    pub claims: &'a [PersistentVolumeClaim],
}

impl<'a> NamespaceObjects<'a> {
    /// The objects of a namespace.
    #[must_use]
    pub fn new(
        pods: &'a [Pod],
        services: &'a [Service],
        claims: &'a [PersistentVolumeClaim],
    ) -> NamespaceObjects<'a> {
        NamespaceObjects {
            pods,
            services,
            claims,
        }
    }
}

/// `status.used` as the quota controller computes it at `now`: for each kind, every object in
/// the quota's namespace that falls under all of its scopes is charged its usage, every
/// resource of `spec.hard` the kind tracks starting at 0; the sum is cut to those resources.
/// A scope selector that cannot be evaluated stops that kind's count where it is, as upstream's
/// `CalculateUsageStats` does.
/// Object counts of other kinds (`count/configmaps`, …) are not modelled and stay out.
///
/// ```
/// use kube_primitives::api::core::{Pod, ResourceQuota, Time};
/// use kube_primitives::quota::{recalculate_usage, NamespaceObjects};
///
/// let quota: ResourceQuota = serde_json::from_str(r#"{"metadata": {"name": "q", "namespace": "ns"},
///     "spec": {"hard": {"pods": "10", "requests.cpu": "4", "services": "5"}}}"#).unwrap();
/// let pod: Pod = serde_json::from_str(r#"{"metadata": {"namespace": "ns"}, "spec": {"containers": [
///     {"name": "c", "resources": {"requests": {"cpu": "250m"}}}]}}"#).unwrap();
/// let pods = [pod.clone(), pod];
/// let used = recalculate_usage(&quota, NamespaceObjects::new(&pods, &[], &[]), Time::from_unix_seconds(0));
/// assert_eq!(used.to_string(), "pods=2,requests.cpu=500m,services=0");
/// ```
#[must_use]
pub fn recalculate_usage(
    quota: &ResourceQuota,
    objects: NamespaceObjects<'_>,
    now: Time,
) -> ResourceList {
    let hard = quota.spec.hard.resource_names();
    let selectors = quota.scope_selectors();
    let ns = quota.metadata.namespace.as_str();
    let mut used = ResourceList::new();
    let mut matched: Vec<&str> = Vec::new();
    kind_usage(
        objects.pods,
        ns,
        &hard,
        &selectors,
        now,
        &mut used,
        &mut matched,
    );
    kind_usage(
        objects.services,
        ns,
        &hard,
        &selectors,
        now,
        &mut used,
        &mut matched,
    );
    kind_usage(
        objects.claims,
        ns,
        &hard,
        &selectors,
        now,
        &mut used,
        &mut matched,
    );
    used.mask(&matched)
}

/// One evaluator's `UsageStats`, added to `used`.
fn kind_usage<'h, T: Evaluated>(
    objects: &[T],
    namespace: &str,
    hard: &'h [&'h str],
    selectors: &[ScopedResourceSelectorRequirement],
    now: Time,
    used: &mut ResourceList,
    matched: &mut Vec<&'h str>,
) {
    let resources = T::matching_resources(hard);
    if resources.is_empty() {
        return;
    }
    let mut stats: ResourceList = resources
        .iter()
        .map(|r| (*r, Quantity::new(0, Format::DecimalSI)))
        .collect();
    for object in objects
        .iter()
        .filter(|o| namespace.is_empty() || o.meta().namespace == namespace)
    {
        match object.matching_scopes(selectors) {
            // A selector that cannot be evaluated ends the count, keeping what was added.
            Err(_) => break,
            Ok(m) if m.len() == selectors.len() => stats = stats.add(&object.usage(now)),
            Ok(_) => {}
        }
    }
    *used = used.add(&stats);
    matched.extend(resources);
}
