//! `ObjectMeta` with its owner references and managed-fields entries.

use k8s_openapi::apimachinery::pkg::apis::meta::v1 as k8s;

use super::{non_default, opt_map, opt_string, opt_vec, vec_from};
use crate::api::core::{FieldsV1, ManagedFieldsEntry, ObjectMeta, OwnerReference};

/// Every field this crate models; `selfLink` is dropped.
///
/// ```
/// use k8s_openapi::apimachinery::pkg::apis::meta::v1 as k8s;
/// use kube_primitives::api::core::ObjectMeta;
///
/// let meta = k8s::ObjectMeta {
///     name: Some("web".into()),
///     labels: Some([("app".to_string(), "web".to_string())].into()),
///     ..Default::default()
/// };
/// let ours = ObjectMeta::from(meta.clone());
/// assert_eq!(ours.labels["app"], "web");
/// assert_eq!(k8s::ObjectMeta::from(ours), meta);
/// ```
impl From<k8s::ObjectMeta> for ObjectMeta {
    fn from(m: k8s::ObjectMeta) -> ObjectMeta {
        ObjectMeta {
            name: m.name.unwrap_or_default(),
            generate_name: m.generate_name.unwrap_or_default(),
            namespace: m.namespace.unwrap_or_default(),
            self_link: m.self_link.unwrap_or_default(),
            uid: m.uid.unwrap_or_default(),
            resource_version: m.resource_version.unwrap_or_default(),
            generation: m.generation.unwrap_or_default(),
            creation_timestamp: m.creation_timestamp.map(Into::into),
            deletion_timestamp: m.deletion_timestamp.map(Into::into),
            deletion_grace_period_seconds: m.deletion_grace_period_seconds,
            labels: m.labels.unwrap_or_default(),
            annotations: m.annotations.unwrap_or_default(),
            owner_references: vec_from(m.owner_references),
            finalizers: m.finalizers.unwrap_or_default(),
            managed_fields: vec_from(m.managed_fields),
        }
    }
}

/// Empty strings, lists and maps and a zero `generation` become `None`.
impl From<ObjectMeta> for k8s::ObjectMeta {
    fn from(m: ObjectMeta) -> k8s::ObjectMeta {
        k8s::ObjectMeta {
            name: opt_string(m.name),
            generate_name: opt_string(m.generate_name),
            namespace: opt_string(m.namespace),
            self_link: opt_string(m.self_link),
            uid: opt_string(m.uid),
            resource_version: opt_string(m.resource_version),
            generation: non_default(m.generation),
            creation_timestamp: m.creation_timestamp.map(Into::into),
            deletion_timestamp: m.deletion_timestamp.map(Into::into),
            deletion_grace_period_seconds: m.deletion_grace_period_seconds,
            labels: opt_map(m.labels),
            annotations: opt_map(m.annotations),
            owner_references: opt_vec(m.owner_references),
            finalizers: opt_vec(m.finalizers),
            managed_fields: opt_vec(m.managed_fields),
            ..Default::default()
        }
    }
}

impl From<k8s::OwnerReference> for OwnerReference {
    fn from(r: k8s::OwnerReference) -> OwnerReference {
        OwnerReference {
            api_version: r.api_version,
            kind: r.kind,
            name: r.name,
            uid: r.uid,
            controller: r.controller,
            block_owner_deletion: r.block_owner_deletion,
        }
    }
}

impl From<OwnerReference> for k8s::OwnerReference {
    fn from(r: OwnerReference) -> k8s::OwnerReference {
        k8s::OwnerReference {
            api_version: r.api_version,
            kind: r.kind,
            name: r.name,
            uid: r.uid,
            controller: r.controller,
            block_owner_deletion: r.block_owner_deletion,
            ..Default::default()
        }
    }
}

/// A `fieldsV1` value that is not a tree of objects reads as empty objects (see [`FieldsV1`]).
impl From<k8s::ManagedFieldsEntry> for ManagedFieldsEntry {
    fn from(e: k8s::ManagedFieldsEntry) -> ManagedFieldsEntry {
        ManagedFieldsEntry {
            manager: e.manager.unwrap_or_default(),
            operation: e.operation.unwrap_or_default(),
            api_version: e.api_version.unwrap_or_default(),
            time: e.time.map(Into::into),
            fields_type: e.fields_type.unwrap_or_default(),
            subresource: e.subresource.unwrap_or_default(),
            fields_v1: e.fields_v1.map(|f| fields_from_json(f.0)),
        }
    }
}

impl From<ManagedFieldsEntry> for k8s::ManagedFieldsEntry {
    fn from(e: ManagedFieldsEntry) -> k8s::ManagedFieldsEntry {
        k8s::ManagedFieldsEntry {
            manager: opt_string(e.manager),
            operation: opt_string(e.operation),
            api_version: opt_string(e.api_version),
            time: e.time.map(Into::into),
            fields_type: opt_string(e.fields_type),
            subresource: opt_string(e.subresource),
            fields_v1: e.fields_v1.map(|f| k8s::FieldsV1(fields_to_json(f))),
            ..Default::default()
        }
    }
}

/// A field set as ours: objects kept, any other JSON value as an empty object.
fn fields_from_json(v: k8s_openapi::serde_json::Value) -> FieldsV1 {
    match v {
        k8s_openapi::serde_json::Value::Object(m) => FieldsV1(
            m.into_iter()
                .map(|(k, v)| (k, fields_from_json(v)))
                .collect(),
        ),
        _ => FieldsV1::default(),
    }
}

/// A field set as JSON.
fn fields_to_json(f: FieldsV1) -> k8s_openapi::serde_json::Value {
    k8s_openapi::serde_json::Value::Object(
        f.0.into_iter()
            .map(|(k, v)| (k, fields_to_json(v)))
            .collect(),
    )
}
