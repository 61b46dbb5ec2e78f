//! `admission.k8s.io/v1` `AdmissionReview`: what the API server sends a webhook and what it
//! expects back
//! ([`staging/src/k8s.io/api/admission/v1/types.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/staging/src/k8s.io/api/admission/v1/types.go)).

use std::fmt;

use kube_primitives::api::core::Status;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The only `apiVersion` this webhook speaks: its configurations list
/// `admissionReviewVersions: [v1]`, so the API server never sends `v1beta1`.
pub const API_VERSION: &str = "admission.k8s.io/v1";

/// The `kind` of a review.
pub const KIND: &str = "AdmissionReview";

/// An `AdmissionReview` as received: only the request is read.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AdmissionReview {
    /// `apiVersion`: must be [`API_VERSION`].
    #[serde(default, deserialize_with = "null_as_empty")]
    pub api_version: String,
    /// `kind`: must be [`KIND`].
    #[serde(default, deserialize_with = "null_as_empty")]
    pub kind: String,
    /// `request`.
    pub request: Option<AdmissionRequest>,
}

/// `metav1.GroupVersionKind` as a review carries it (`kind`, `requestKind`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Kind {
    /// `group`: empty for the core group.
    pub group: String,
    /// `version`.
    pub version: String,
    /// `kind`.
    pub kind: String,
}

/// `metav1.GroupVersionResource` as a review carries it (`resource`, `requestResource`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Resource {
    /// `group`: empty for the core group.
    pub group: String,
    /// `version`.
    pub version: String,
    /// `resource`: `pods`, `services`, `deployments`, …
    pub resource: String,
}

/// `AdmissionRequest`: the fields this webhook reads. The object stays a JSON value so that a
/// patch can be computed against the document exactly as sent.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AdmissionRequest {
    /// `uid`: echoed in the response, which the API server checks.
    pub uid: String,
    /// `kind`: the object's kind (after conversion to the version the webhook asked for).
    #[serde(default)]
    pub kind: Kind,
    /// `resource`.
    #[serde(default)]
    pub resource: Resource,
    /// `subResource` (`status`, `resize`, …), empty for the object itself.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub sub_resource: String,
    /// `name`: empty on a create whose name the server will generate.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub name: String,
    /// `namespace`: empty for cluster-scoped objects.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub namespace: String,
    /// `operation`: `CREATE`, `UPDATE`, `DELETE` or `CONNECT`.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub operation: String,
    /// `object`: the new object (`null` on delete).
    #[serde(default)]
    pub object: Option<Value>,
    /// `oldObject`: the stored object on update and delete.
    #[serde(default)]
    pub old_object: Option<Value>,
    /// `dryRun`: nothing may be written (quota is checked, not charged).
    #[serde(default)]
    pub dry_run: Option<bool>,
}

/// `null` read as an empty string: Go's `encoding/json` leaves a string unset on `null`.
fn null_as_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// `patchType`: the only one admission/v1 defines.
pub const PATCH_TYPE_JSON_PATCH: &str = "JSONPatch";

/// `AdmissionResponse`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AdmissionResponse {
    /// `uid`: the request's.
    pub uid: String,
    /// `allowed`.
    pub allowed: bool,
    /// `status`: why a request was denied (the API server shows `status.message` to the user
    /// and answers with `status.code`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// `patch`: RFC 6902 operations, base64 of their JSON as Go encodes a `[]byte`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patch: Option<String>,
    /// `patchType`: [`PATCH_TYPE_JSON_PATCH`] when there is a patch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patch_type: Option<&'static str>,
    /// `warnings`: shown to the client (kubectl prints them).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl AdmissionResponse {
    /// Allows the request unchanged.
    #[must_use]
    pub fn allow(uid: &str) -> AdmissionResponse {
        AdmissionResponse {
            uid: uid.into(),
            allowed: true,
            status: None,
            patch: None,
            patch_type: None,
            warnings: Vec::new(),
        }
    }

    /// Denies the request with `status`.
    #[must_use]
    pub fn deny(uid: &str, status: Status) -> AdmissionResponse {
        AdmissionResponse {
            allowed: false,
            status: Some(status),
            ..AdmissionResponse::allow(uid)
        }
    }

    /// Allows the request with a JSON Patch (`ops`, a JSON array); an empty array is no patch.
    #[must_use]
    pub fn patch(uid: &str, ops: &[Value]) -> AdmissionResponse {
        let mut out = AdmissionResponse::allow(uid);
        if !ops.is_empty() {
            // A `Vec<Value>` always serializes.
            let json = serde_json::to_vec(ops).unwrap_or_default();
            out.patch = Some(base64(&json));
            out.patch_type = Some(PATCH_TYPE_JSON_PATCH);
        }
        out
    }

    /// The whole review to send back: `apiVersion`, `kind` and this response.
    #[must_use]
    pub fn into_review(self) -> Value {
        serde_json::json!({"apiVersion": API_VERSION, "kind": KIND, "response": self})
    }
}

/// Why a body is not a review this webhook can answer (HTTP 400: without a `uid` there is no
/// response the API server would accept).
#[derive(Debug, PartialEq, Eq)]
pub enum ReviewError {
    /// The body is not JSON, or not shaped like a review; serde's message with where.
    Malformed(String),
    /// `apiVersion` or `kind` is not `admission.k8s.io/v1` `AdmissionReview`.
    WrongType {
        /// The `apiVersion` sent.
        api_version: String,
        /// The `kind` sent.
        kind: String,
    },
    /// No `request`, or a request without `uid`.
    NoRequest,
}

impl fmt::Display for ReviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReviewError::Malformed(e) => write!(f, "the body is not an AdmissionReview: {e}"),
            ReviewError::WrongType { api_version, kind } => write!(
                f,
                "expected apiVersion {API_VERSION:?} and kind {KIND:?}, got {api_version:?} and {kind:?}"
            ),
            ReviewError::NoRequest => f.write_str("the AdmissionReview has no request with a uid"),
        }
    }
}

impl std::error::Error for ReviewError {}

/// Reads a review body: JSON of an `admission.k8s.io/v1` `AdmissionReview` with a request that
/// has a `uid`.
///
/// # Errors
///
/// [`ReviewError`] saying what is wrong.
pub fn parse_review(body: &[u8]) -> Result<AdmissionRequest, ReviewError> {
    let de = &mut serde_json::Deserializer::from_slice(body);
    let review: AdmissionReview = kube_primitives::meta::decode::deserialize(de)
        .map_err(|e| ReviewError::Malformed(e.to_string()))?;
    if review.api_version != API_VERSION || review.kind != KIND {
        return Err(ReviewError::WrongType {
            api_version: review.api_version,
            kind: review.kind,
        });
    }
    match review.request {
        Some(r) if !r.uid.is_empty() => Ok(r),
        _ => Err(ReviewError::NoRequest),
    }
}

/// Standard base64 with padding (RFC 4648 §4), as Go's `encoding/json` writes a `[]byte`.
#[must_use]
pub fn base64(data: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18u32, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                let index = usize::try_from((n >> shift) & 63).unwrap_or(0);
                out.push(char::from(ALPHABET.get(index).copied().unwrap_or(b'=')));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        // RFC 4648 §10.
        for (input, want) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), want, "{input:?}");
        }
        assert_eq!(base64(&[0xff, 0xfe, 0xfd]), "//79");
    }

    #[test]
    fn review_errors() {
        assert!(matches!(parse_review(b"{"), Err(ReviewError::Malformed(_))));
        let err = parse_review(
            br#"{"apiVersion": "admission.k8s.io/v1beta1", "kind": "AdmissionReview", "request": {"uid": "1"}}"#,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"expected apiVersion "admission.k8s.io/v1" and kind "AdmissionReview", got "admission.k8s.io/v1beta1" and "AdmissionReview""#
        );
        assert!(matches!(
            parse_review(br#"{"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview"}"#),
            Err(ReviewError::NoRequest)
        ));
    }
}
