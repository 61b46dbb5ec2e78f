//! Environment variables: `v1.EnvVar`, its `valueFrom` sources and `envFrom`.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::null_as_default;
use crate::api::Quantity;
use alloc::string::String;

use serde::{Deserialize, Serialize};

/// An environment variable (`v1.EnvVar`): a name and a value, given or taken from `valueFrom`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EnvVar {
    /// `name`: name of the environment variable.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `value`: variable references $(VAR_NAME) are expanded using the previously defined environment
    /// variables in the container and any service environment variables.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub value: String,
    /// `valueFrom`: source for the environment variable's value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_from: Option<EnvVarSource>,
}

/// `v1.EnvVarSource`: represents a source for the value of an EnvVar.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EnvVarSource {
    /// `fieldRef`: selects a field of the pod: supports metadata.name, metadata.namespace,
    /// `metadata.labels\['&lt;KEY&gt;'\]`, `metadata.annotations\['&lt;KEY&gt;'\]`, spec.nodeName,
    /// spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field_ref: Option<ObjectFieldSelector>,
    /// `resourceFieldRef`: selects a resource of the container: only resources limits and requests
    /// (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and
    /// requests.ephemeral-storage) are currently supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_field_ref: Option<ResourceFieldSelector>,
    /// `configMapKeyRef`: selects a key of a ConfigMap.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_map_key_ref: Option<ConfigMapKeySelector>,
    /// `secretKeyRef`: selects a key of a secret in the pod's namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_key_ref: Option<SecretKeySelector>,
    /// `fileKeyRef`: selects a key of the env file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_key_ref: Option<FileKeySelector>,
}

/// `v1.ConfigMapKeySelector`: Selects a key from a ConfigMap.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ConfigMapKeySelector {
    /// `name`: name of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `key`: the key to select.
    #[serde(deserialize_with = "null_as_default")]
    pub key: String,
    /// `optional`: specify whether the ConfigMap or its key must be defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

/// `v1.SecretKeySelector`: selects a key of a Secret.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SecretKeySelector {
    /// `name`: name of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `key`: the key of the secret to select from.
    #[serde(deserialize_with = "null_as_default")]
    pub key: String,
    /// `optional`: specify whether the Secret or its key must be defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

/// `v1.FileKeySelector`: selects a key of the env file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FileKeySelector {
    /// `volumeName`: the name of the volume mount containing the env file.
    #[serde(deserialize_with = "null_as_default")]
    pub volume_name: String,
    /// `path`: the path within the volume from which to select the file.
    #[serde(deserialize_with = "null_as_default")]
    pub path: String,
    /// `key`: the key within the env file.
    #[serde(deserialize_with = "null_as_default")]
    pub key: String,
    /// `optional`: specify whether the file or its key must be defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

/// `v1.ObjectFieldSelector`: selects an APIVersioned field of an object.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ObjectFieldSelector {
    /// `apiVersion`: version of the schema the FieldPath is written in terms of, defaults to "v1".
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub api_version: String,
    /// `fieldPath`: path of the field to select in the specified API version.
    #[serde(deserialize_with = "null_as_default")]
    pub field_path: String,
}

/// `v1.ResourceFieldSelector`: represents container resources (cpu, memory) and their output
/// format.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ResourceFieldSelector {
    /// `containerName`: container name: required for volumes, optional for env vars.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub container_name: String,
    /// `resource`: resource to select.
    #[serde(deserialize_with = "null_as_default")]
    pub resource: String,
    /// `divisor`: specifies the output format of the exposed resources, defaults to "1".
    #[serde(deserialize_with = "null_as_default")]
    pub divisor: Quantity,
}

/// `v1.EnvFromSource`: represents the source of a set of ConfigMaps or Secrets.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EnvFromSource {
    /// `prefix`: optional text to prepend to the name of each environment variable.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub prefix: String,
    /// `configMapRef`: the ConfigMap to select from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_map_ref: Option<ConfigMapEnvSource>,
    /// `secretRef`: the Secret to select from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<SecretEnvSource>,
}

/// `v1.ConfigMapEnvSource`: selects a ConfigMap to populate the environment variables with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ConfigMapEnvSource {
    /// `name`: name of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `optional`: specify whether the ConfigMap must be defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

/// `v1.SecretEnvSource`: selects a Secret to populate the environment variables with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SecretEnvSource {
    /// `name`: name of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `optional`: specify whether the Secret must be defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

/// `v1.LocalObjectReference`: contains enough information to let you locate the referenced object
/// inside the same namespace.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LocalObjectReference {
    /// `name`: name of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
}

impl EnvVar {
    /// `name=value`.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> EnvVar {
        EnvVar {
            name: name.into(),
            value: value.into(),
            value_from: None,
        }
    }
}
