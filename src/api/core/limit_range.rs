//! `v1.LimitRange`'s spec.

use serde::{Deserialize, Serialize};

use crate::api::core::{empty_as_null, list, null_as_default, ObjectMeta, ResourceList};
use alloc::string::String;
use alloc::vec::Vec;

/// `v1.LimitRangeSpec`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LimitRangeSpec {
    /// `limits`: the list of LimitRangeItem objects that are enforced.
    #[serde(deserialize_with = "list", serialize_with = "empty_as_null")]
    pub limits: Vec<LimitRangeItem>,
}

/// `v1.LimitRangeItem`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LimitRangeItem {
    /// `type`: `Pod`, `Container` or `PersistentVolumeClaim`.
    #[serde(deserialize_with = "null_as_default")]
    pub type_: String,
    /// `max`: usage constraints on this kind by resource name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub max: ResourceList,
    /// `min`: usage constraints on this kind by resource name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub min: ResourceList,
    /// `default`: limits given to containers that state none.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub default: ResourceList,
    /// `defaultRequest`: requests given to containers that state none.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub default_request: ResourceList,
    /// `maxLimitRequestRatio`: if specified, the named resource must have a request and limit that are
    /// both non-zero where limit divided by request is less than or equal to the enumerated value; this
    /// represents the max burst for the named resource.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub max_limit_request_ratio: ResourceList,
}

/// `v1.LimitRange`: sets resource usage limits for each kind of resource in a Namespace.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LimitRange {
    /// `kind`: a string value representing the REST resource this object represents.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub kind: String,
    /// `apiVersion`: defines the versioned schema of this representation of an object.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub api_version: String,
    /// `metadata`: standard object's metadata.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`: defines the limits enforced.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: LimitRangeSpec,
}
