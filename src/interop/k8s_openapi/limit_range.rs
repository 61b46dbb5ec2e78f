//! The `LimitRange` object (its spec and items are in `quota`).
//!
//! Generated field by field from k8s-openapi's types and ours; see the module root for the
//! conventions.

use k8s_openapi::api::core::v1 as k8s;

use super::{non_default, try_opt};
use crate::api::core::LimitRange;
use crate::interop::ConversionError;

impl TryFrom<k8s::LimitRange> for LimitRange {
    type Error = ConversionError;

    fn try_from(v: k8s::LimitRange) -> Result<LimitRange, ConversionError> {
        Ok(LimitRange {
            kind: <k8s::LimitRange as k8s_openapi::Resource>::KIND.into(),
            api_version: <k8s::LimitRange as k8s_openapi::Resource>::API_VERSION.into(),
            metadata: v.metadata.into(),
            spec: try_opt(v.spec, "spec")?.unwrap_or_default(),
        })
    }
}

impl From<LimitRange> for k8s::LimitRange {
    fn from(v: LimitRange) -> k8s::LimitRange {
        k8s::LimitRange {
            metadata: v.metadata.into(),
            spec: non_default(v.spec).map(Into::into),
            ..Default::default()
        }
    }
}
