//! Field errors as the API server reports them: the `Status` of `apierrors.NewInvalid`
//! ([`k8s.io/apimachinery/pkg/api/errors/errors.go`](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/api/errors/errors.go))
//! and each error as a `StatusCause`.

use alloc::string::{String, ToString};
use core::fmt::Write;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::{Error, ErrorList};
use crate::api::core::{Status, StatusCause, StatusDetails, REASON_INVALID, STATUS_FAILURE};
use crate::api::GroupKind;
use crate::text::write_go_quoted;

/// HTTP 422, the code of an invalid object.
const UNPROCESSABLE_ENTITY: i32 = 422;

impl Error {
    /// The error as a `metav1.StatusCause`: `reason` the cause type (`FieldValueInvalid`, …),
    /// `message` the text without the field ([`Error::body`]), `field` the path.
    #[must_use]
    pub fn to_status_cause(&self) -> StatusCause {
        StatusCause {
            reason: self.kind.cause().into(),
            message: self.body().to_string(),
            field: self.field.to_string(),
        }
    }
}

/// Serializes as the `metav1.StatusCause` the API server reports for the error
/// (`{"reason": "FieldValueInvalid", "message": "Invalid value: …", "field": "spec.replicas"}`).
impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("StatusCause", 3)?;
        s.serialize_field("reason", self.kind.cause())?;
        s.serialize_field("message", &self.body().to_string())?;
        s.serialize_field("field", &self.field.to_string())?;
        s.end()
    }
}

/// Serializes as a list of `metav1.StatusCause`s, in order.
impl Serialize for ErrorList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl ErrorList {
    /// The `Status` the API server answers for an object that fails validation: Go's
    /// `apierrors.NewInvalid(kind, name, errs)`. `status: Failure`, `code: 422`,
    /// `reason: Invalid`, one cause per error, and the message
    /// `<Kind>[.<group>] "<name>" is invalid: <errors>` (the errors as Go aggregates them:
    /// duplicates dropped, several in brackets).
    ///
    /// ```
    /// use kube_primitives::api::GroupKind;
    /// use kube_primitives::meta::field::{Error, ErrorList, Path};
    ///
    /// let mut errs = ErrorList::new();
    /// errs.push(Error::invalid(&Path::new("spec").child("replicas"), -1i64, "must be greater than or equal to 0"));
    /// let status = errs.to_invalid_status(&GroupKind { group: "apps".into(), kind: "Deployment".into() }, "web");
    /// assert_eq!(status.code, 422);
    /// assert_eq!(status.reason, "Invalid");
    /// assert_eq!(
    ///     status.message,
    ///     r#"Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0"#
    /// );
    /// let cause = &status.details.as_ref().unwrap().causes[0];
    /// assert_eq!((cause.reason.as_str(), cause.field.as_str()), ("FieldValueInvalid", "spec.replicas"));
    /// ```
    #[must_use]
    #[doc(alias = "NewInvalid")]
    pub fn to_invalid_status(&self, kind: &GroupKind, name: &str) -> Status {
        let mut message = String::new();
        let _ = write!(message, "{kind} ");
        let _ = write_go_quoted(&mut message, name);
        message.push_str(" is invalid");
        if !self.is_empty() {
            let _ = write!(message, ": {self}");
        }
        Status {
            api_version: "v1".into(),
            kind: "Status".into(),
            status: STATUS_FAILURE.into(),
            message,
            reason: REASON_INVALID.into(),
            details: Some(StatusDetails {
                name: name.into(),
                group: kind.group.clone(),
                kind: kind.kind.clone(),
                causes: self.iter().map(Error::to_status_cause).collect(),
                ..StatusDetails::default()
            }),
            code: UNPROCESSABLE_ENTITY,
        }
    }
}
