//! ResourceQuota admission of pods: the decision the API server's `ResourceQuota` plugin takes
//! for one request (`Validate` → `checkQuotas` → `CheckRequest` in
//! `apiserver/pkg/admission/plugin/resourcequota`), against quotas the caller lists.
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
mod error;
mod limited;

use alloc::string::String;
use alloc::vec::Vec;

use crate::api::core::{Pod, ResourceQuota, Time};
use crate::quota::scope::is_terminating;

pub use check::check_request;
pub use error::{QuotaError, Rejection};
pub use limited::LimitedResource;

/// The admission operation.
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

/// One admission request on `pods`, with what quota admission reads of it.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct PodAdmission<'a> {
    /// The pod as submitted (after defaulting and other admission plugins).
    pub pod: &'a Pod,
    /// The stored pod, for updates.
    pub old_pod: Option<&'a Pod>,
    /// The operation.
    pub operation: Operation,
    /// The sub-resource (`""`, `resize`, `status`, …).
    pub subresource: &'a str,
    /// The request's namespace; cluster-scoped requests (empty) are not checked.
    pub namespace: &'a str,
    /// A dry run: checked, but no quota is written.
    pub dry_run: bool,
    /// The evaluator's clock (a pod deleted longer ago than its grace period is not charged).
    pub now: Time,
}

impl<'a> PodAdmission<'a> {
    /// Creating `pod` in its own namespace.
    #[must_use]
    pub fn create(pod: &'a Pod, now: Time) -> PodAdmission<'a> {
        PodAdmission {
            pod,
            old_pod: None,
            operation: Operation::Create,
            subresource: "",
            namespace: &pod.metadata.namespace,
            dry_run: false,
            now,
        }
    }

    /// Updating `old` to `pod` through `subresource` (`""` or `resize` are charged).
    #[must_use]
    pub fn update(pod: &'a Pod, old: Option<&'a Pod>, subresource: &'a str, now: Time) -> Self {
        PodAdmission {
            old_pod: old,
            operation: Operation::Update,
            subresource,
            ..PodAdmission::create(pod, now)
        }
    }

    /// Whether the pod evaluator handles the request (`Handles`): a create; an update of the
    /// `resize` sub-resource; a plain update only when it moves the pod into or out of the
    /// `Terminating` scope (an `activeDeadlineSeconds` of 0 or more appears or goes), so that
    /// the quotas of the new scope are charged (kubernetes#130060). Other updates cannot change
    /// what a pod is charged.
    #[must_use]
    pub fn is_evaluated(&self) -> bool {
        match (self.operation, self.subresource) {
            (Operation::Create, "") => true,
            (Operation::Update, "resize") => true,
            (Operation::Update, "") => self
                .old_pod
                .is_some_and(|old| is_terminating(old) != is_terminating(self.pod)),
            _ => false,
        }
    }

    /// The name an error message gives the pod: its name, else its `generateName`, else
    /// `Unknown`.
    #[must_use]
    pub fn display_name(&self) -> &str {
        let m = &self.pod.metadata;
        [&m.name, &m.generate_name]
            .into_iter()
            .find(|n| !n.is_empty())
            .map_or("Unknown", String::as_str)
    }
}

/// The plugin's decision (`Validate`): `Ok` with the quotas whose `status.used` must be
/// written (in the given order; none for a dry run or a request that charges nothing), or
/// the rejection as the API server words it.
///
/// Requests on sub-resources other than `resize`, cluster-scoped requests, and requests in a
/// namespace without quotas (unless resources are limited by configuration) pass unchecked.
/// `quotas` are the namespace's quotas as the plugin's lister returns them.
///
/// # Errors
///
/// [`Rejection`] carrying the [`QuotaError`] of [`check_request`].
pub fn admit(
    quotas: &[ResourceQuota],
    request: &PodAdmission<'_>,
    limited: &[LimitedResource],
) -> Result<Vec<ResourceQuota>, Rejection> {
    if !matches!(request.subresource, "" | "resize") || request.namespace.is_empty() {
        return Ok(Vec::new());
    }
    // `checkAttributes`: with no quota and no limited resources there is nothing to check.
    if quotas.is_empty() && limited.is_empty() {
        return Ok(Vec::new());
    }
    let checked = check_request(quotas, request, limited).map_err(|error| Rejection {
        name: request.display_name().into(),
        error,
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
