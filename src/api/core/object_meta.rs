//! `metav1.ObjectMeta` and the types inside it.

use serde::{Deserialize, Serialize};

use crate::api::core::{is_zero, list, null_as_default, string_map, Time};
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

/// The `metadata` of every Kubernetes object (`k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta`),
/// with every field of Kubernetes 1.36.
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ObjectMeta {
    /// `name`: must be unique within a namespace.
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
    /// `namespace`: defines the space within which each name must be unique.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub namespace: String,
    /// `selfLink`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub self_link: String,
    /// `uid`: the unique in time and space value for this object.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub uid: String,
    /// `resourceVersion`: an opaque value that represents the internal version of this object that can
    /// be used by clients to determine when objects have changed.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub resource_version: String,
    /// `generation`: A sequence number representing a specific generation of the desired state.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub generation: i64,
    /// `creationTimestamp` (`null` when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creation_timestamp: Option<Time>,
    /// `deletionTimestamp`: set once the object is being deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deletion_timestamp: Option<Time>,
    /// `deletionGracePeriodSeconds`: number of seconds allowed for this object to gracefully terminate
    /// before it will be removed from the system.
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
    /// `ownerReferences`: list of objects depended by this object.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub owner_references: Vec<OwnerReference>,
    /// `finalizers`: must be empty before the object is deleted from the registry.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub finalizers: Vec<String>,
    /// `managedFields`: maps workflow-id and version to the set of fields that are managed by that
    /// workflow.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
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
    /// `blockOwnerDeletion`: if true, AND if the owner has the "foregroundDeletion" finalizer, then the
    /// owner cannot be deleted from the key-value store until this reference is removed.
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
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub manager: String,
    /// `operation`: `Apply` or `Update`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
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
    /// `fieldsV1`: holds the first JSON version format as described in the "FieldsV1" type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields_v1: Option<FieldsV1>,
    /// `subresource`: the name of the subresource used to update that object, or empty string if the
    /// object was updated through the main resource.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub subresource: String,
}

/// `metav1.FieldsV1`: the set of fields a manager owns, as the API server writes it: a tree of
/// JSON objects (`{"f:metadata": {"f:labels": {"f:app": {}}}}`).
///
/// Go keeps the raw bytes; this keeps the tree, the only shape the API server writes. A JSON value
/// of another shape inside it reads as an empty object.
///
/// ```
/// use kube_primitives::api::core::FieldsV1;
///
/// let f: FieldsV1 = serde_json::from_str(r#"{"f:metadata": {"f:labels": {".": {}}}}"#).unwrap();
/// assert!(f.0["f:metadata"].0.contains_key("f:labels"));
/// assert_eq!(serde_json::to_string(&f).unwrap(), r#"{"f:metadata":{"f:labels":{".":{}}}}"#);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FieldsV1(pub BTreeMap<String, FieldsV1>);

impl<'de> Deserialize<'de> for FieldsV1 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use core::fmt;
        use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};

        struct Tree;
        impl<'de> Visitor<'de> for Tree {
            type Value = FieldsV1;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FieldsV1, A::Error> {
                let mut out = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, FieldsV1>()? {
                    out.insert(k, v);
                }
                Ok(FieldsV1(out))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FieldsV1, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(FieldsV1::default())
            }
            fn visit_str<E>(self, _: &str) -> Result<FieldsV1, E> {
                Ok(FieldsV1::default())
            }
            fn visit_i64<E>(self, _: i64) -> Result<FieldsV1, E> {
                Ok(FieldsV1::default())
            }
            fn visit_u64<E>(self, _: u64) -> Result<FieldsV1, E> {
                Ok(FieldsV1::default())
            }
            fn visit_f64<E>(self, _: f64) -> Result<FieldsV1, E> {
                Ok(FieldsV1::default())
            }
            fn visit_bool<E>(self, _: bool) -> Result<FieldsV1, E> {
                Ok(FieldsV1::default())
            }
            fn visit_unit<E>(self) -> Result<FieldsV1, E> {
                Ok(FieldsV1::default())
            }
        }
        deserializer.deserialize_any(Tree)
    }
}
