//! `v1.LimitRange`'s spec.

use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::{null_as_default, ResourceList};

/// `v1.LimitRangeSpec`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LimitRangeSpec {
    /// `limits`.
    #[serde(deserialize_with = "null_as_default")]
    pub limits: Vec<LimitRangeItem>,
}

/// `v1.LimitRangeItem`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LimitRangeItem {
    /// `type`: `Pod`, `Container` or `PersistentVolumeClaim`.
    #[serde(rename = "type", deserialize_with = "null_as_default")]
    pub type_: String,
    /// `max`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub max: ResourceList,
    /// `min`.
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
    /// `maxLimitRequestRatio`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub max_limit_request_ratio: ResourceList,
}
