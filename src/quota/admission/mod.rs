//! ResourceQuota admission of pods, services, claims and counted kinds ([`CountedObject`]): the
//! decision the API server's `ResourceQuota` plugin takes for one request (`Validate` →
//! `checkQuotas` → `CheckRequest` in
//! [`apiserver/pkg/admission/plugin/resourcequota`](https://github.com/kubernetes/apiserver/tree/v0.36.3/pkg/admission/plugin/resourcequota)),
//! against quotas the caller lists.
//!
//! The multi-tenant story: a namespace quota of 1 CPU admits a 600m pod, charges it, and turns
//! the next 600m pod away.
//!
//! ```
//! use kube_primitives::api::core::{Pod, ResourceQuota, Time};
//! use kube_primitives::quota::{admit, PodAdmission};
//!
//! let quota: ResourceQuota = serde_json::from_str(r#"{
//!     "metadata": {"name": "team-a", "namespace": "team-a"},
//!     "spec": {"hard": {"requests.cpu": "1", "pods": "10"}},
//!     "status": {"hard": {"requests.cpu": "1", "pods": "10"},
//!                "used": {"requests.cpu": "0", "pods": "0"}}
//! }"#).unwrap();
//! let pod = |name: &str| -> Pod { serde_json::from_str(&format!(r#"{{
//!     "metadata": {{"name": "{name}", "namespace": "team-a"}},
//!     "spec": {{"containers": [{{"name": "app", "resources": {{"requests": {{"cpu": "600m"}}}}}}]}}
//! }}"#)).unwrap() };
//! let now = Time::from_unix_seconds(1_767_225_600);
//!
//! let mut quotas = vec![quota];
//! let first = pod("api-1");
//! let writes = admit(&quotas, &PodAdmission::create(&first, now), &[]).unwrap();
//! assert_eq!(writes.len(), 1);
//! assert_eq!(writes[0].status.used.to_string(), "pods=1,requests.cpu=600m");
//! quotas = writes; // the quota controller's status update
//!
//! let second = pod("api-2");
//! let refused = admit(&quotas, &PodAdmission::create(&second, now), &[]).unwrap_err();
//! assert_eq!(
//!     refused.to_string(),
//!     "pods \"api-2\" is forbidden: exceeded quota: team-a, requested: requests.cpu=600m, \
//!      used: requests.cpu=600m, limited: requests.cpu=1"
//! );
//! ```

mod check;
mod counted;
mod error;
mod evaluated;
mod limited;
mod usage_stats;

use alloc::string::String;
use alloc::vec::Vec;

use crate::api::core::{Pod, ResourceQuota};
use crate::api::GroupResource;
use crate::clock::Instant;

pub use check::check_request;
pub use counted::CountedObject;
pub use error::{QuotaError, Rejection};
pub use evaluated::Evaluated;
pub use limited::LimitedResource;
pub use usage_stats::{recalculate_usage, NamespaceObjects};

/// The admission operation. Go's `admission.Operation` in
/// [`k8s.io/apiserver/pkg/admission/interfaces.go`](https://github.com/kubernetes/apiserver/blob/v0.36.3/pkg/admission/interfaces.go)
/// (v0.36.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operation {
    /// `CREATE`.
    Create,
    /// `UPDATE`.
    Update,
    /// `DELETE`: never charged.
    Delete,
    /// `CONNECT`: never charged.
    Connect,
}

/// One admission request on an object quota charges (a [`Pod`], a
/// [`Service`](crate::api::core::Service), a
/// [`PersistentVolumeClaim`](crate::api::core::PersistentVolumeClaim) or a [`CountedObject`]),
/// with what quota admission reads of it.
#[derive(Debug)]
#[non_exhaustive]
pub struct QuotaAdmission<'a, T> {
    /// The object as submitted (after defaulting and other admission plugins).
    pub object: &'a T,
    /// The stored object, for updates.
    pub old: Option<&'a T>,
    /// The operation.
    pub operation: Operation,
    /// The sub-resource (`""`, `resize`, `status`, …).
    pub subresource: &'a str,
    /// The request's namespace; cluster-scoped requests (empty) are not checked.
    pub namespace: &'a str,
    /// A dry run: checked, but no quota is written.
    pub dry_run: bool,
    /// The evaluator's clock (a pod deleted longer ago than its grace period is not charged).
    pub now: Instant,
    /// Reproduce upstream's aliasing of pod-level quantities (off by default): Go's
    /// `PodRequests`/`PodLimits` add a pod's overhead in place to its pod-level values held as
    /// `inf.Dec` (`0.5Gi`; see [`pod_requests_aliasing`](crate::quota::pod_requests_aliasing)),
    /// and `CheckRequest` computes the usage twice when limited resources apply to the kind,
    /// so such a pod is charged its overhead twice. On, the decision is byte for byte
    /// upstream's; off (the default), the pod is charged what it asks for.
    pub upstream_aliasing: bool,
}

impl<T> Clone for QuotaAdmission<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for QuotaAdmission<'_, T> {}

/// A request on `pods`.
pub type PodAdmission<'a> = QuotaAdmission<'a, Pod>;

impl<'a, T: Evaluated> QuotaAdmission<'a, T> {
    /// Creating `object` in its own namespace.
    #[must_use]
    pub fn create(object: &'a T, now: impl Into<Instant>) -> QuotaAdmission<'a, T> {
        QuotaAdmission {
            object,
            old: None,
            operation: Operation::Create,
            subresource: "",
            namespace: &object.meta().namespace,
            dry_run: false,
            now: now.into(),
            upstream_aliasing: false,
        }
    }

    /// Updating `old` to `object` through `subresource` (`""` for the object itself).
    #[must_use]
    pub fn update(
        object: &'a T,
        old: Option<&'a T>,
        subresource: &'a str,
        now: impl Into<Instant>,
    ) -> Self {
        QuotaAdmission {
            old,
            operation: Operation::Update,
            subresource,
            ..QuotaAdmission::create(object, now)
        }
    }

    /// Whether the kind's evaluator handles the request (`Handles`; see [`Evaluated`]'s
    /// implementations): for pods a create, a `resize`, or a plain update that moves the pod into
    /// or out of the `Terminating` scope; for services creates and updates; for claims creates,
    /// updates and `status` updates.
    #[must_use]
    #[doc(alias = "Handles")]
    pub fn is_evaluated(&self) -> bool {
        T::handles(self)
    }

    /// The name an error message gives the object: its name, else its `generateName`, else
    /// `Unknown`.
    #[must_use]
    pub fn display_name(&self) -> &str {
        let m = self.object.meta();
        [&m.name, &m.generate_name]
            .into_iter()
            .find(|n| !n.is_empty())
            .map_or("Unknown", String::as_str)
    }

    /// Whether the plugin looks at the request at all (`Validate`): sub-resources other than a
    /// pod's `resize` and a claim's `status` pass, as do cluster-scoped requests.
    fn is_validated(&self) -> bool {
        let sub_ok = match self.subresource {
            "" => true,
            "resize" => self.object.resource() == "pods",
            "status" => self.object.resource() == "persistentvolumeclaims",
            _ => false,
        };
        sub_ok && !self.namespace.is_empty()
    }
}

/// The plugin's decision (Go's `QuotaAdmission.Validate` in
/// [`admission.go`](https://github.com/kubernetes/apiserver/blob/v0.36.3/pkg/admission/plugin/resourcequota/admission.go)):
/// `Ok` with the quotas whose `status.used` must be written (in the given order; none for a dry run
/// or a request that charges nothing), or the rejection as the API server words it.
///
/// Requests on other sub-resources (all but a pod's `resize` and a claim's `status`),
/// cluster-scoped requests, and requests in a namespace without quotas (unless resources are
/// limited by configuration) pass unchecked. `quotas` are the namespace's quotas as the plugin's
/// lister returns them.
///
/// A quota is enforced through its `status`, not its `spec`: a quota the quota controller has
/// not yet written a status for (no `status.hard`) limits nothing and admits everything, as
/// upstream does until the controller catches up. Give quotas as the API server stores them,
/// or run [`recalculate_usage`](crate::quota::recalculate_usage) and copy `spec.hard` into
/// `status.hard` first.
///
/// # Errors
///
/// [`Rejection`] carrying the [`QuotaError`] of [`check_request`].
#[doc(alias = "Validate")]
pub fn admit<T: Evaluated>(
    quotas: &[ResourceQuota],
    request: &QuotaAdmission<'_, T>,
    limited: &[LimitedResource],
) -> Result<Vec<ResourceQuota>, Rejection> {
    if !request.is_validated() {
        return Ok(Vec::new());
    }
    // `checkAttributes`: with no quota and no limited resources there is nothing to check.
    if quotas.is_empty() && limited.is_empty() {
        return Ok(Vec::new());
    }
    let checked = check_request(quotas, request, limited).map_err(|error| Rejection {
        resource: GroupResource {
            group: request.object.api_group().into(),
            resource: request.object.resource().into(),
        },
        name: request.display_name().into(),
        error: alloc::boxed::Box::new(error),
    })?;
    if request.dry_run {
        return Ok(Vec::new());
    }
    Ok(checked
        .into_iter()
        .zip(quotas)
        .filter(|(new, old)| !new.status.used.equals(&old.status.used))
        .map(|(new, _)| new)
        .collect())
}
