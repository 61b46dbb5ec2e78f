//! `metav1.Status`: what the API server answers a request it refuses, and what an admission
//! webhook puts in `response.status`.

use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::{is_zero, list, null_as_default};

/// `status` of a [`Status`] that reports an error.
pub const STATUS_FAILURE: &str = "Failure";

/// `status` of a [`Status`] that reports success.
pub const STATUS_SUCCESS: &str = "Success";

/// `reason` of a [`Status`] for an object that failed validation (HTTP 422).
pub const REASON_INVALID: &str = "Invalid";

/// An API error or success report: Go's `metav1.Status` (`kind: Status`, `apiVersion: v1`).
///
/// Build the validation failure the API server returns with
/// [`ErrorList::to_invalid_status`](crate::meta::field::ErrorList::to_invalid_status).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[doc(alias = "metav1.Status")]
pub struct Status {
    /// `apiVersion`: `v1`.
    #[serde(deserialize_with = "null_as_default")]
    pub api_version: String,
    /// `kind`: `Status`.
    #[serde(deserialize_with = "null_as_default")]
    pub kind: String,
    /// `status`: [`STATUS_FAILURE`] or [`STATUS_SUCCESS`].
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub status: String,
    /// `message`: the human-readable description.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub message: String,
    /// `reason`: the machine-readable description (`Invalid`, `Forbidden`, …).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub reason: String,
    /// `details`: the object concerned and the causes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<StatusDetails>,
    /// `code`: the HTTP status code (422 for invalid objects).
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub code: i32,
}

/// `metav1.StatusDetails`: the object a [`Status`] is about, and why.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StatusDetails {
    /// `name` of the object.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `group` of its kind.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub group: String,
    /// `kind`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub kind: String,
    /// `uid`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub uid: String,
    /// `causes`: one per invalid field.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub causes: Vec<StatusCause>,
    /// `retryAfterSeconds`.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub retry_after_seconds: i32,
}

/// `metav1.StatusCause`: one reason a request failed, for one field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StatusCause {
    /// `reason`: the cause type (`FieldValueInvalid`, `FieldValueRequired`, …).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub reason: String,
    /// `message`: the error without the field (Go's `ErrorBody()`).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub message: String,
    /// `field`: the field path (`spec.containers[0].image`).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub field: String,
}
