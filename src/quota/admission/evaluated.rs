//! What quota admission asks of each kind of object it charges: the evaluators of
//! [`pkg/quota/v1/evaluator/core`](https://github.com/kubernetes/kubernetes/tree/v1.36.0/pkg/quota/v1/evaluator/core)
//! (pods, services, persistent volume claims).

use alloc::vec::Vec;

use crate::api::core::{
    ObjectMeta, PersistentVolumeClaim, Pod, ResourceList, ScopedResourceSelectorRequirement,
    Service,
};
use crate::clock::Instant;
use crate::quota::pod_usage::pod_usage_aliasing;
use crate::quota::scope::is_terminating;
use crate::quota::{
    matching_resources, matching_scopes, pod_constraints, pod_matches_scope, pod_usage,
    pvc_matches_scope, pvc_matching_resources, pvc_usage, service_matching_resources,
    service_usage, MissingResources, ScopeMatchError,
};

use super::{Operation, QuotaAdmission};

mod sealed {
    pub trait Sealed {}
    impl Sealed for crate::api::core::Pod {}
    impl Sealed for crate::api::core::Service {}
    impl Sealed for crate::api::core::PersistentVolumeClaim {}
    impl Sealed for crate::quota::admission::CountedObject<'_> {}
}

/// An object quota admission charges: [`Pod`], [`Service`] or [`PersistentVolumeClaim`] (their
/// evaluators' `Handles`, `Usage`, `MatchingResources`, `MatchingScopes`, `Matches` and
/// `Constraints`), or a [`CountedObject`](super::CountedObject) of any other kind, which quota only
/// counts. Sealed. The methods mirror Go's `quota.Evaluator` interface in
/// [`k8s.io/apiserver/pkg/quota/v1/interfaces.go`](https://github.com/kubernetes/apiserver/blob/v0.36.3/pkg/quota/v1/interfaces.go)
/// (v0.36.3).
#[doc(alias = "Evaluator")]
pub trait Evaluated: sealed::Sealed + Sized {
    /// The resource (`pods`, `services`, `persistentvolumeclaims`, `configmaps`, …).
    fn resource(&self) -> &str;

    /// The API group (empty for the core group).
    fn api_group(&self) -> &str {
        ""
    }

    /// The object's metadata.
    fn meta(&self) -> &ObjectMeta;

    /// `Handles`: whether the evaluator charges this request.
    fn handles(request: &QuotaAdmission<'_, Self>) -> bool;

    /// `Usage`.
    fn usage(&self, now: Instant) -> ResourceList;

    /// `Usage` as upstream computes it after `earlier` calls on the same object, which for a
    /// pod with pod-level quantities held as `inf.Dec` have changed it (see
    /// [`pod_requests_aliasing`](crate::quota::pod_requests_aliasing)); other kinds are not
    /// changed by `Usage`.
    fn usage_after(&self, now: Instant, earlier: usize) -> ResourceList {
        let _ = earlier;
        self.usage(now)
    }

    /// `MatchingResources`: the quota resources this kind consumes among `names`.
    fn matching_resources<'n>(&self, names: &'n [&str]) -> Vec<&'n str>;

    /// `MatchingScopes`: the selectors the object falls under.
    ///
    /// # Errors
    ///
    /// [`ScopeMatchError`] (`error on matching scope {…}: …`) for a selector that cannot be
    /// evaluated.
    /// Kinds without scopes (services, counted kinds) fall under none.
    fn matching_scopes<'s>(
        &self,
        _selectors: &'s [ScopedResourceSelectorRequirement],
    ) -> Result<Vec<&'s ScopedResourceSelectorRequirement>, ScopeMatchError> {
        Ok(Vec::new())
    }

    /// Whether the object falls under one scope (for `Matches`; errors count as no). Kinds
    /// without scopes match none (`MatchesNoScopeFunc`): a quota with any scope never counts
    /// them.
    fn matches_scope(&self, _selector: &ScopedResourceSelectorRequirement) -> bool {
        false
    }

    /// `Constraints`: what a quota tracking `required` demands of the object.
    ///
    /// # Errors
    ///
    /// [`MissingResources`] (`must specify …`): only pods have constraints.
    fn constraints(&self, _required: &[&str]) -> Result<(), MissingResources> {
        Ok(())
    }
}

impl Evaluated for Pod {
    fn resource(&self) -> &str {
        "pods"
    }

    fn meta(&self) -> &ObjectMeta {
        &self.metadata
    }

    /// A create; an update of the `resize` sub-resource; a plain update only when it moves the
    /// pod into or out of the `Terminating` scope (kubernetes#130060).
    fn handles(request: &QuotaAdmission<'_, Pod>) -> bool {
        match (request.operation, request.subresource) {
            (Operation::Create, "") | (Operation::Update, "resize") => true,
            (Operation::Update, "") => request
                .old
                .is_some_and(|old| is_terminating(old) != is_terminating(request.object)),
            _ => false,
        }
    }

    fn usage(&self, now: Instant) -> ResourceList {
        pod_usage(self, now)
    }

    fn usage_after(&self, now: Instant, earlier: usize) -> ResourceList {
        if earlier == 0 {
            return pod_usage(self, now);
        }
        let mut pod = self.clone();
        for _ in 0..earlier {
            pod_usage_aliasing(&mut pod, now);
        }
        pod_usage_aliasing(&mut pod, now)
    }

    fn matching_resources<'n>(&self, names: &'n [&str]) -> Vec<&'n str> {
        matching_resources(names)
    }

    fn matching_scopes<'s>(
        &self,
        selectors: &'s [ScopedResourceSelectorRequirement],
    ) -> Result<Vec<&'s ScopedResourceSelectorRequirement>, ScopeMatchError> {
        matching_scopes(self, selectors)
    }

    fn matches_scope(&self, selector: &ScopedResourceSelectorRequirement) -> bool {
        pod_matches_scope(selector, self).unwrap_or(false)
    }

    fn constraints(&self, required: &[&str]) -> Result<(), MissingResources> {
        pod_constraints(required, self)
    }
}

impl Evaluated for Service {
    fn resource(&self) -> &str {
        "services"
    }

    fn meta(&self) -> &ObjectMeta {
        &self.metadata
    }

    /// Creates and updates: an update can change the type.
    fn handles(request: &QuotaAdmission<'_, Service>) -> bool {
        matches!(request.operation, Operation::Create | Operation::Update)
    }

    fn usage(&self, _now: Instant) -> ResourceList {
        service_usage(self)
    }

    fn matching_resources<'n>(&self, names: &'n [&str]) -> Vec<&'n str> {
        service_matching_resources(names)
    }
}

impl Evaluated for PersistentVolumeClaim {
    fn resource(&self) -> &str {
        "persistentvolumeclaims"
    }

    fn meta(&self) -> &ObjectMeta {
        &self.metadata
    }

    /// Creates and updates; `status` updates when the old claim is known, since upstream's
    /// `RequiresQuotaReplenish` compares the allocated storage by pointer and so always finds a
    /// change.
    fn handles(request: &QuotaAdmission<'_, PersistentVolumeClaim>) -> bool {
        match request.subresource {
            "" => matches!(request.operation, Operation::Create | Operation::Update),
            "status" => request.old.is_some(),
            _ => false,
        }
    }

    fn usage(&self, _now: Instant) -> ResourceList {
        pvc_usage(self)
    }

    fn matching_resources<'n>(&self, names: &'n [&str]) -> Vec<&'n str> {
        pvc_matching_resources(names)
    }

    fn matching_scopes<'s>(
        &self,
        selectors: &'s [ScopedResourceSelectorRequirement],
    ) -> Result<Vec<&'s ScopedResourceSelectorRequirement>, ScopeMatchError> {
        crate::quota::scope::matching_with(selectors, |s| pvc_matches_scope(s, self))
    }

    fn matches_scope(&self, selector: &ScopedResourceSelectorRequirement) -> bool {
        pvc_matches_scope(selector, self).unwrap_or(false)
    }
}
