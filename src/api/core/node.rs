//! `v1.Node` and `v1.NodeCondition`, in part.

use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::{list, null_as_default, ObjectMeta, Taint, Time};

/// A node (`v1.Node`): metadata, the spec fields scheduling reads, and its conditions.
///
/// ```
/// use kube_primitives::api::core::Node;
///
/// let node: Node = serde_json::from_str(r#"{
///     "metadata": {"name": "n1"},
///     "spec": {"taints": [{"key": "dedicated", "value": "gpu", "effect": "NoSchedule"}]},
///     "status": {"conditions": [{"type": "Ready", "status": "True"}]}
/// }"#).unwrap();
/// assert_eq!(node.condition("Ready").map(|c| c.status.as_str()), Some("True"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Node {
    /// `metadata`.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: NodeSpec,
    /// `status`.
    #[serde(deserialize_with = "null_as_default")]
    pub status: NodeStatus,
}

impl Node {
    /// The condition of type `kind` (`Ready`, `MemoryPressure`, …), if reported.
    pub fn condition(&self, kind: &str) -> Option<&NodeCondition> {
        self.status.conditions.iter().find(|c| c.type_ == kind)
    }
}

/// `v1.NodeSpec`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NodeSpec {
    /// `unschedulable` (cordoned).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub unschedulable: bool,
    /// `taints`.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub taints: Vec<Taint>,
}

/// `v1.NodeStatus`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NodeStatus {
    /// `conditions`.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<NodeCondition>,
}

/// A node condition (`v1.NodeCondition`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NodeCondition {
    /// `type`: `Ready`, `MemoryPressure`, `DiskPressure`, `PIDPressure`, `NetworkUnavailable`.
    #[serde(rename = "type", deserialize_with = "null_as_default")]
    pub type_: String,
    /// `status`: `True`, `False` or `Unknown`.
    #[serde(deserialize_with = "null_as_default")]
    pub status: String,
    /// `reason`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub reason: String,
    /// `message`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub message: String,
    /// `lastHeartbeatTime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_heartbeat_time: Option<Time>,
    /// `lastTransitionTime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_transition_time: Option<Time>,
}

impl NodeCondition {
    /// A condition of a type with a status.
    pub fn new(type_: &str, status: &str) -> NodeCondition {
        NodeCondition {
            type_: type_.into(),
            status: status.into(),
            ..NodeCondition::default()
        }
    }
}
