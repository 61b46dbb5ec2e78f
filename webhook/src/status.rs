//! The `metav1.Status` a denial carries, built as the API server's `apierrors` constructors
//! build theirs
//! ([`errors.go`](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/api/errors/errors.go)).

use kube_primitives::api::core::{Status, StatusDetails, STATUS_FAILURE};
use kube_primitives::api::GroupResource;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::review::Kind;

/// A refusal: the `Status` a denied review carries (boxed: it is large, and rare).
pub type Denial = Box<Status>;

/// A failure `Status` with `code`, `reason` and `message`.
#[must_use]
pub fn failure(code: i32, reason: &str, message: String) -> Denial {
    Box::new(Status {
        api_version: "v1".into(),
        kind: "Status".into(),
        status: STATUS_FAILURE.into(),
        message,
        reason: reason.into(),
        details: None,
        code,
    })
}

/// `apierrors.NewBadRequest`: 400, reason `BadRequest`.
#[must_use]
pub fn bad_request(message: String) -> Denial {
    failure(400, "BadRequest", message)
}

/// `apierrors.NewForbidden(resource, name, err)`: 403, reason `Forbidden`, the message
/// `<resource> "<name>" is forbidden: <why>` (pass it whole: the crate's admission errors print
/// it so).
#[must_use]
pub fn forbidden(resource: &GroupResource, name: &str, message: String) -> Denial {
    Box::new(Status {
        details: Some(StatusDetails {
            name: name.into(),
            group: resource.group.clone(),
            kind: resource.resource.clone(),
            ..StatusDetails::default()
        }),
        ..*failure(403, "Forbidden", message)
    })
}

/// What the API server answers for an error that is no API status (`ErrorToAPIStatus`): 500,
/// no reason.
#[must_use]
pub fn internal(message: String) -> Denial {
    failure(500, "", message)
}

/// Decodes the object of a review as `T`, or the 400 the API server gives a body it cannot
/// decode (`transformDecodeError` in
/// [`handlers/rest.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/staging/src/k8s.io/apiserver/pkg/endpoints/handlers/rest.go)),
/// naming the field path (`spec.containers[0].resources.requests.cpu`) where upstream names Go
/// struct fields.
///
/// # Errors
///
/// The 400 `Status`.
pub fn decode<T: DeserializeOwned>(object: &Value, kind: &Kind) -> Result<T, Denial> {
    // The crate's decoder names the path of the first error, as the API server's field paths
    // print (`spec.containers[0].resources.requests[cpu]`).
    kube_primitives::meta::decode::deserialize(object).map_err(|e| undecodable(kind, &e))
}

/// The 400 for an object of `kind` that does not decode, naming where (`error` carries the
/// field path).
#[must_use]
pub fn undecodable(kind: &Kind, error: &impl std::fmt::Display) -> Denial {
    bad_request(format!(
        "{k} in version {v:?} cannot be handled as a {k}: {error}",
        k = kind.kind,
        v = kind.version,
    ))
}
