//! `v1.Endpoints` and its parts, as the endpoints controller writes them.

use serde::{Deserialize, Serialize};

use alloc::string::String;
use alloc::vec::Vec;

use super::{list, null_as_default, ObjectMeta};

/// The addresses behind a service (`v1.Endpoints`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Endpoints {
    /// `metadata`: the service's name and namespace, its labels (plus the headless label) and
    /// the controller's annotations.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `subsets`.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub subsets: Vec<EndpointSubset>,
}

/// `v1.EndpointSubset`: addresses that all serve the same ports.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EndpointSubset {
    /// `addresses`: ready endpoints.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<EndpointAddress>,
    /// `notReadyAddresses`.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub not_ready_addresses: Vec<EndpointAddress>,
    /// `ports`.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub ports: Vec<EndpointPort>,
}

/// `v1.EndpointAddress`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EndpointAddress {
    /// `ip`.
    #[serde(deserialize_with = "null_as_default")]
    pub ip: String,
    /// `hostname`: set for a pod whose `subdomain` is the service's name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub hostname: String,
    /// `nodeName`: the pod's node, present (possibly empty) for every pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_name: Option<String>,
    /// `targetRef`: the pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_ref: Option<ObjectReference>,
}

/// `v1.EndpointPort`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EndpointPort {
    /// `name`: the service port's name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `port`: the pod's port number.
    #[serde(deserialize_with = "null_as_default")]
    pub port: i32,
    /// `protocol`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub protocol: String,
    /// `appProtocol`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_protocol: Option<String>,
}

/// `v1.ObjectReference`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ObjectReference {
    /// `kind`: kind of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub kind: String,
    /// `namespace`: namespace of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub namespace: String,
    /// `name`: name of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `uid`: UID of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub uid: String,
    /// `apiVersion`: API version of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub api_version: String,
    /// `resourceVersion`: specific resourceVersion to which this reference is made, if any.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub resource_version: String,
    /// `fieldPath`: the part of the object referred to, such as `spec.containers{name}`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub field_path: String,
}
