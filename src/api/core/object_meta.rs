//! `metav1.ObjectMeta` and the types inside it.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::{null_as_default, string_map, Time};

/// The `metadata` of every Kubernetes object (`k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta`),
/// with the fields metadata validation reads.
///
/// ```
/// use kube_primitives::api::core::ObjectMeta;
///
/// let meta: ObjectMeta = serde_json::from_str(r#"{
///     "name": "web", "namespace": "shop", "labels": {"app": "web"},
///     "creationTimestamp": null, "unknownField": 1
/// }"#).unwrap();
/// assert_eq!(meta.labels["app"], "web");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ObjectMeta {
    /// `name`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `generateName`: a prefix the server completes into a unique name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub generate_name: String,
    /// `namespace`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub namespace: String,
    /// `uid`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub uid: String,
    /// `resourceVersion`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub resource_version: String,
    /// `generation`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "super::is_zero"
    )]
    pub generation: i64,
    /// `creationTimestamp` (`null` when unset).
    pub creation_timestamp: Option<Time>,
    /// `deletionTimestamp`: set once the object is being deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deletion_timestamp: Option<Time>,
    /// `deletionGracePeriodSeconds`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deletion_grace_period_seconds: Option<i64>,
    /// `labels`, in key order.
    #[serde(
        deserialize_with = "string_map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub labels: BTreeMap<String, String>,
    /// `annotations`, in key order.
    #[serde(
        deserialize_with = "string_map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub annotations: BTreeMap<String, String>,
    /// `ownerReferences`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub owner_references: Vec<OwnerReference>,
    /// `finalizers`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub finalizers: Vec<String>,
    /// `managedFields`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub managed_fields: Vec<ManagedFieldsEntry>,
}

impl ObjectMeta {
    /// Metadata with just a name and a namespace (empty for cluster-scoped objects).
    pub fn named(name: &str, namespace: &str) -> ObjectMeta {
        ObjectMeta {
            name: String::from(name),
            namespace: String::from(namespace),
            ..ObjectMeta::default()
        }
    }
}

/// An entry of `metadata.ownerReferences` (`metav1.OwnerReference`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct OwnerReference {
    /// `apiVersion` of the owner.
    #[serde(deserialize_with = "null_as_default")]
    pub api_version: String,
    /// `kind` of the owner.
    #[serde(deserialize_with = "null_as_default")]
    pub kind: String,
    /// `name` of the owner.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `uid` of the owner.
    #[serde(deserialize_with = "null_as_default")]
    pub uid: String,
    /// `controller`: whether the owner manages this object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub controller: Option<bool>,
    /// `blockOwnerDeletion`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_owner_deletion: Option<bool>,
}

impl OwnerReference {
    /// A reference to an owner.
    pub fn new(api_version: &str, kind: &str, name: &str, uid: &str) -> OwnerReference {
        OwnerReference {
            api_version: String::from(api_version),
            kind: String::from(kind),
            name: String::from(name),
            uid: String::from(uid),
            controller: None,
            block_owner_deletion: None,
        }
    }
}

/// An entry of `metadata.managedFields` (`metav1.ManagedFieldsEntry`), without the field set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ManagedFieldsEntry {
    /// `manager`: who manages the fields.
    #[serde(deserialize_with = "null_as_default")]
    pub manager: String,
    /// `operation`: `Apply` or `Update`.
    #[serde(deserialize_with = "null_as_default")]
    pub operation: String,
    /// `apiVersion` of the field set.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub api_version: String,
    /// `time` of the last change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<Time>,
    /// `fieldsType`: only `FieldsV1` is defined.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fields_type: String,
    /// `subresource`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub subresource: String,
}
