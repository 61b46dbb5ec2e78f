//! The resource quota controller's count (`syncResourceQuota` → `CalculateUsage` →
//! `CalculateUsageStats` in
//! [`pkg/controller/resourcequota`](https://github.com/kubernetes/kubernetes/tree/v1.36.0/pkg/controller/resourcequota)
//! and
//! [`apiserver/pkg/quota/v1`](https://github.com/kubernetes/apiserver/tree/v0.36.3/pkg/quota/v1)):
//! what a quota's `status.used` should be, from the objects in its namespace.

use alloc::vec::Vec;

use crate::api::core::{
    PersistentVolumeClaim, Pod, ResourceList, ResourceQuota, ScopedResourceSelectorRequirement,
    Service,
};
use crate::api::{Format, GroupResource, Quantity};
use crate::clock::Instant;

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
    /// How many objects of other kinds there are (`configmaps`, `deployments.apps`, …), for
    /// the object-count quotas; see [`NamespaceObjects::with_counts`].
    pub counts: &'a [(GroupResource, u64)],
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
            counts: &[],
        }
    }

    /// The same objects, plus how many objects of other kinds the namespace holds. Each count
    /// is charged, as upstream's generic object-count evaluators charge it, to
    /// `count/<resource>[.<group>]` and, for the core kinds that had one, the legacy name
    /// (`configmaps`, `secrets`, `replicationcontrollers`, `resourcequotas`); a quota with
    /// any scope counts none of them. Counts of pods, services and claims are ignored: those
    /// kinds are counted from their lists. Repeated kinds add up.
    #[must_use]
    pub fn with_counts(self, counts: &'a [(GroupResource, u64)]) -> NamespaceObjects<'a> {
        NamespaceObjects { counts, ..self }
    }
}

/// `status.used` as the quota controller computes it at `now`: for each kind, every object in the
/// quota's namespace that falls under all of its scopes is charged its usage, every resource of
/// `spec.hard` the kind tracks starting at 0; the sum is cut to those resources. A scope selector
/// that cannot be evaluated stops that kind's count where it is, as upstream's
/// `CalculateUsageStats` does. Object counts of other kinds (`count/configmaps`, …) are not
/// modelled and stay out. Go's `CalculateUsage` in
/// [`k8s.io/apiserver/pkg/quota/v1/resources.go`](https://github.com/kubernetes/apiserver/blob/v0.36.3/pkg/quota/v1/resources.go)
/// (v0.36.3), as `syncResourceQuota` calls it.
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
#[doc(alias = "CalculateUsage")]
pub fn recalculate_usage(
    quota: &ResourceQuota,
    objects: NamespaceObjects<'_>,
    now: impl Into<Instant>,
) -> ResourceList {
    let now = now.into();
    let hard = quota.spec.hard.resource_names();
    let selectors = quota.scope_selectors();
    let mut count = Count {
        namespace: &quota.metadata.namespace,
        hard: &hard,
        selectors: &selectors,
        now,
        used: ResourceList::new(),
        matched: Vec::new(),
    };
    count.add(objects.pods, crate::quota::matching_resources);
    count.add(objects.services, crate::quota::service_matching_resources);
    count.add(objects.claims, crate::quota::pvc_matching_resources);
    for (gr, n) in objects.counts {
        count.add_count(gr, *n);
    }
    count.used.mask(&count.matched)
}

/// The running count of [`recalculate_usage`].
struct Count<'h> {
    namespace: &'h str,
    hard: &'h [&'h str],
    selectors: &'h [ScopedResourceSelectorRequirement],
    now: Instant,
    used: ResourceList,
    matched: Vec<&'h str>,
}

impl<'h> Count<'h> {
    /// One typed evaluator's `UsageStats` (the kind's `MatchingResources` given, since it
    /// must be known with no object at hand), added to the count.
    fn add<T: Evaluated>(&mut self, objects: &[T], matching: fn(&'h [&'h str]) -> Vec<&'h str>) {
        let resources = matching(self.hard);
        if resources.is_empty() {
            return;
        }
        let mut stats: ResourceList = resources
            .iter()
            .map(|r| (*r, Quantity::new(0, Format::DecimalSI)))
            .collect();
        let in_namespace =
            |o: &&T| self.namespace.is_empty() || o.meta().namespace == self.namespace;
        for object in objects.iter().filter(in_namespace) {
            match object.matching_scopes(self.selectors) {
                // A selector that cannot be evaluated ends the count, keeping what was added.
                Err(_) => break,
                Ok(m) if m.len() == self.selectors.len() => {
                    stats = stats.add(&object.usage(self.now));
                }
                Ok(_) => {}
            }
        }
        self.used = self.used.add(&stats);
        self.matched.extend(resources);
    }

    /// A generic object-count evaluator's `UsageStats` (`objectCountEvaluator`): every object
    /// is 1 of each of its names; scopes match none of them (`MatchesNoScopeFunc`).
    fn add_count(&mut self, gr: &GroupResource, n: u64) {
        let typed = ["pods", "services", "persistentvolumeclaims"];
        if gr.group.is_empty() && typed.contains(&gr.resource.as_str()) {
            return;
        }
        let resources = super::counted::count_matching(gr, self.hard);
        if resources.is_empty() {
            return;
        }
        let charged = if self.selectors.is_empty() {
            i64::try_from(n).unwrap_or(i64::MAX)
        } else {
            0
        };
        let stats: ResourceList = resources
            .iter()
            .map(|r| (*r, Quantity::new(charged, Format::DecimalSI)))
            .collect();
        self.used = self.used.add(&stats);
        self.matched.extend(resources);
    }
}
