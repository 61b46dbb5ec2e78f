//! The validating admission plugins the webhook stands in for: LimitRanger's checks, then
//! ResourceQuota (last, as the API server orders its plugins), against the [`Policy`].

use kube_primitives::api::core::{PersistentVolumeClaim, Pod, Service};
use kube_primitives::api::GroupResource;
use kube_primitives::clock::Instant;
use kube_primitives::meta::field::BadValue;
use kube_primitives::quota::{
    admit, aggregate_message, limit_ranger_handles, validate_pod_limits, CountedObject, Evaluated,
    QuotaAdmission,
};
use serde::de::DeserializeOwned;

use crate::config::Policy;
use crate::review::AdmissionRequest;
use crate::status::{decode, forbidden, internal, Denial};
use crate::validate::{object, Metadata};

/// LimitRanger's and ResourceQuota's decision on the request: `Ok` to admit, else the `Status`
/// to deny with (403 `Forbidden`, `pods "web" is forbidden: exceeded quota: …`).
///
/// Quotas are checked, not charged: the webhook keeps no count of what it admits (see
/// [`Policy::add_quota`]).
///
/// # Errors
///
/// The `Status` to deny with.
pub fn admit_request(
    request: &AdmissionRequest,
    policy: &Policy,
    now: Instant,
) -> Result<(), Denial> {
    let operation = request.operation.as_str();
    if !matches!(operation, "CREATE" | "UPDATE") {
        return Ok(());
    }
    let resource = &request.resource;
    match (resource.group.as_str(), resource.resource.as_str()) {
        ("", "pods") => {
            let (pod, old) = objects::<Pod>(request)?;
            let r = admission(request, &pod, old.as_ref(), now);
            check_limit_ranges(request, policy, &r)?;
            check_quota(request, policy, &r)
        }
        ("", "services") => check_typed::<Service>(request, policy, now),
        ("", "persistentvolumeclaims") => {
            check_typed::<PersistentVolumeClaim>(request, policy, now)
        }
        (group, name) => {
            let gr = GroupResource {
                group: group.into(),
                resource: name.into(),
            };
            let (new, old) = objects::<Metadata>(request)?;
            let (new, old) = (
                new.metadata.unwrap_or_default(),
                old.and_then(|m| m.metadata),
            );
            let object = CountedObject::new(&gr, &new);
            let old = old.as_ref().map(|m| CountedObject::new(&gr, m));
            check_quota(
                request,
                policy,
                &admission(request, &object, old.as_ref(), now),
            )
        }
    }
}

/// Quota admission of a kind with its own evaluator and nothing else to check.
fn check_typed<T: Evaluated + DeserializeOwned>(
    request: &AdmissionRequest,
    policy: &Policy,
    now: Instant,
) -> Result<(), Denial> {
    let (object, old) = objects::<T>(request)?;
    check_quota(
        request,
        policy,
        &admission(request, &object, old.as_ref(), now),
    )
}

/// The new object and, on update, the old one, decoded.
fn objects<T: DeserializeOwned>(request: &AdmissionRequest) -> Result<(T, Option<T>), Denial> {
    let new = decode(object(request)?, &request.kind)?;
    let old = match &request.old_object {
        Some(v) if !v.is_null() && request.operation == "UPDATE" => Some(decode(v, &request.kind)?),
        _ => None,
    };
    Ok((new, old))
}

fn admission<'a, T: Evaluated>(
    request: &'a AdmissionRequest,
    object: &'a T,
    old: Option<&'a T>,
    now: Instant,
) -> QuotaAdmission<'a, T> {
    let mut r = if request.operation == "UPDATE" {
        QuotaAdmission::update(object, old, &request.sub_resource, now)
    } else {
        let mut r = QuotaAdmission::create(object, now);
        r.subresource = &request.sub_resource;
        r
    };
    r.namespace = &request.namespace;
    r.dry_run = request.dry_run.unwrap_or(false);
    r
}

/// LimitRanger's `Validate` for a pod: the first LimitRange of the namespace whose `min`, `max`
/// or ratio the pod breaks refuses it with every violation
/// ([`admission.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/plugin/pkg/admission/limitranger/admission.go)
/// `runLimitFunc`).
fn check_limit_ranges(
    request: &AdmissionRequest,
    policy: &Policy,
    r: &QuotaAdmission<'_, Pod>,
) -> Result<(), Denial> {
    if !limit_ranger_handles(r) {
        return Ok(());
    }
    for lr in policy.limit_ranges_in(&request.namespace) {
        let violations = validate_pod_limits(&lr.spec, r.object);
        if let Some(why) = aggregate_message(&violations) {
            let pods = GroupResource {
                group: String::new(),
                resource: "pods".into(),
            };
            let name = r.display_name();
            // `BadValue::String` prints as Go's `%q`, which `NewForbidden` uses.
            let quoted = BadValue::String(name.into());
            let message = format!("pods {quoted} is forbidden: {why}");
            return Err(forbidden(&pods, name, message));
        }
    }
    Ok(())
}

fn check_quota<T: Evaluated>(
    request: &AdmissionRequest,
    policy: &Policy,
    r: &QuotaAdmission<'_, T>,
) -> Result<(), Denial> {
    let quotas = policy.quotas_in(&request.namespace);
    match admit(&quotas, r, &[]) {
        Ok(_) => Ok(()),
        Err(rejection) if rejection.error.is_forbidden() => Err(forbidden(
            &rejection.resource,
            &rejection.name,
            rejection.to_string(),
        )),
        Err(rejection) => Err(internal(rejection.to_string())),
    }
}
