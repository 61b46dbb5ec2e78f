//! Which requests the LimitRanger looks at (`NewHandler(Create, Update)`,
//! `DefaultLimitRangerActions.SupportsAttributes` and the deletion check of `runLimitFunc` in
//! [`plugin/pkg/admission/limitranger/admission.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/plugin/pkg/admission/limitranger/admission.go)).

use crate::quota::{Evaluated, Operation, QuotaAdmission};

/// Whether the LimitRanger defaults and checks `request` at all. Go's
/// `DefaultLimitRangerActions.SupportsAttributes`, behind `NewHandler(Create, Update)`.
///
/// It acts on creates and updates of pods and persistent volume claims, with these
/// exceptions, all upstream's:
/// - a pod update is left alone (containers cannot change after creation) unless it goes
///   through the `resize` sub-resource, which is defaulted and checked like a create;
/// - every other sub-resource is left alone (so a claim's `status` is);
/// - an object whose stored version is being deleted is never blocked.
///
/// Services are never limited.
///
/// ```
/// use kube_primitives::api::core::{Pod, Time};
/// use kube_primitives::quota::{limit_ranger_handles, PodAdmission};
///
/// let pod: Pod = serde_json::from_str(r#"{"metadata": {"name": "web", "namespace": "shop"}}"#).unwrap();
/// let now = Time::from_unix_seconds(0);
/// assert!(limit_ranger_handles(&PodAdmission::create(&pod, now)));
/// assert!(!limit_ranger_handles(&PodAdmission::update(&pod, Some(&pod), "", now)));
/// assert!(limit_ranger_handles(&PodAdmission::update(&pod, Some(&pod), "resize", now)));
/// assert!(!limit_ranger_handles(&PodAdmission::update(&pod, Some(&pod), "status", now)));
/// ```
#[doc(alias = "SupportsAttributes")]
#[must_use]
pub fn limit_ranger_handles<T: Evaluated>(request: &QuotaAdmission<'_, T>) -> bool {
    let core = request.object.api_group().is_empty();
    let is_pod = core && request.object.resource() == "pods";
    let is_claim = core && request.object.resource() == "persistentvolumeclaims";
    let supported = match (request.subresource, request.operation) {
        ("resize", Operation::Update) => is_pod,
        ("", Operation::Create) => is_pod || is_claim,
        ("", Operation::Update) => is_claim,
        _ => false,
    };
    supported
        && request
            .old
            .map_or(true, |old| old.meta().deletion_timestamp.is_none())
}
