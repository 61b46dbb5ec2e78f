//! `Node` with its conditions, and the `Taint` and `Toleration` types.

use k8s_openapi::api::core::v1 as k8s;

use super::{non_default, opt_string, opt_vec, vec_from};
use crate::api::core::{Node, NodeCondition, NodeSpec, NodeStatus, Taint, Toleration};

/// `unschedulable`, taints and conditions; capacity, addresses and the rest of the status are
/// not modelled and are dropped.
///
/// ```
/// use k8s_openapi::api::core::v1 as k8s;
/// use kube_primitives::api::core::Node;
///
/// let node: k8s::Node = serde_json::from_value(serde_json::json!({
///     "metadata": {"name": "n1"},
///     "spec": {"taints": [{"key": "gpu", "effect": "NoSchedule"}]},
///     "status": {"conditions": [{"type": "Ready", "status": "True"}]}
/// })).unwrap();
/// let ours = Node::from(node);
/// assert_eq!(ours.condition("Ready").unwrap().status, "True");
/// assert_eq!(ours.spec.taints[0].to_string(), "gpu:NoSchedule");
/// ```
impl From<k8s::Node> for Node {
    fn from(n: k8s::Node) -> Node {
        let spec = n.spec.unwrap_or_default();
        Node {
            metadata: n.metadata.into(),
            spec: NodeSpec {
                unschedulable: spec.unschedulable.unwrap_or_default(),
                taints: vec_from(spec.taints),
            },
            status: NodeStatus {
                conditions: vec_from(n.status.and_then(|s| s.conditions)),
            },
        }
    }
}

impl From<Node> for k8s::Node {
    fn from(n: Node) -> k8s::Node {
        k8s::Node {
            metadata: n.metadata.into(),
            spec: non_default(n.spec).map(|s| k8s::NodeSpec {
                unschedulable: non_default(s.unschedulable),
                taints: opt_vec(s.taints),
                ..Default::default()
            }),
            status: non_default(n.status).map(|s| k8s::NodeStatus {
                conditions: opt_vec(s.conditions),
                ..Default::default()
            }),
            ..Default::default()
        }
    }
}

impl From<k8s::NodeCondition> for NodeCondition {
    fn from(c: k8s::NodeCondition) -> NodeCondition {
        NodeCondition {
            type_: c.type_,
            status: c.status,
            reason: c.reason.unwrap_or_default(),
            message: c.message.unwrap_or_default(),
            last_heartbeat_time: c.last_heartbeat_time.map(Into::into),
            last_transition_time: c.last_transition_time.map(Into::into),
        }
    }
}

impl From<NodeCondition> for k8s::NodeCondition {
    fn from(c: NodeCondition) -> k8s::NodeCondition {
        k8s::NodeCondition {
            type_: c.type_,
            status: c.status,
            reason: opt_string(c.reason),
            message: opt_string(c.message),
            last_heartbeat_time: c.last_heartbeat_time.map(Into::into),
            last_transition_time: c.last_transition_time.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::Taint> for Taint {
    fn from(t: k8s::Taint) -> Taint {
        Taint {
            key: t.key,
            value: t.value.unwrap_or_default(),
            effect: t.effect,
            time_added: t.time_added.map(Into::into),
        }
    }
}

impl From<Taint> for k8s::Taint {
    fn from(t: Taint) -> k8s::Taint {
        k8s::Taint {
            key: t.key,
            value: opt_string(t.value),
            effect: t.effect,
            time_added: t.time_added.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::Toleration> for Toleration {
    fn from(t: k8s::Toleration) -> Toleration {
        Toleration {
            key: t.key.unwrap_or_default(),
            operator: t.operator.unwrap_or_default(),
            value: t.value.unwrap_or_default(),
            effect: t.effect.unwrap_or_default(),
            toleration_seconds: t.toleration_seconds,
        }
    }
}

impl From<Toleration> for k8s::Toleration {
    fn from(t: Toleration) -> k8s::Toleration {
        k8s::Toleration {
            key: opt_string(t.key),
            operator: opt_string(t.operator),
            value: opt_string(t.value),
            effect: opt_string(t.effect),
            toleration_seconds: t.toleration_seconds,
            ..Default::default()
        }
    }
}
