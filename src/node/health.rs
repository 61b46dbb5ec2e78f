//! When the node lifecycle controller stops trusting a node (`tryUpdateNodeHealth` in
//! [`pkg/controller/nodelifecycle/node_lifecycle_controller.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/nodelifecycle/node_lifecycle_controller.go)):
//! a node that has neither posted a new Ready heartbeat nor renewed its lease for a grace period
//! gets its Ready, MemoryPressure, DiskPressure and PIDPressure conditions set to `Unknown`.

use alloc::vec::Vec;
use core::time::Duration;

use crate::api::coordination::Lease;
use crate::api::core::{condition_status, node_condition_type};
use crate::api::core::{Node, NodeCondition, Time};
use crate::clock::Instant;

/// `--node-monitor-grace-period` today (50 s since 1.32; 40 s before). The default of Go's
/// `NodeMonitorGracePeriod`
/// ([`pkg/controller/nodelifecycle/config/v1alpha1/defaults.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/nodelifecycle/config/v1alpha1/defaults.go)).
#[doc(alias = "NodeMonitorGracePeriod")]
pub const NODE_MONITOR_GRACE_PERIOD: Duration = Duration::from_secs(50);

/// `--node-startup-grace-period`: how long a node that never posted a status is given. The default
/// of Go's `NodeStartupGracePeriod` (same file).
#[doc(alias = "NodeStartupGracePeriod")]
pub const NODE_STARTUP_GRACE_PERIOD: Duration = Duration::from_secs(60);

/// The grace periods.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeHealthSettings {
    /// For nodes that have posted a Ready condition.
    pub monitor_grace_period: Duration,
    /// For nodes that never have, counted from their creation.
    pub startup_grace_period: Duration,
}

impl Default for NodeHealthSettings {
    fn default() -> Self {
        NodeHealthSettings {
            monitor_grace_period: NODE_MONITOR_GRACE_PERIOD,
            startup_grace_period: NODE_STARTUP_GRACE_PERIOD,
        }
    }
}

/// What the controller remembers of a node between passes (Go's `nodeHealthData`).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
#[doc(alias = "nodeHealthData")]
pub struct NodeHealth {
    /// The Ready condition of the status it last took in (`None`: there was none).
    pub ready: Option<NodeCondition>,
    /// When it last heard from the node: a new Ready heartbeat or a renewed lease.
    pub probe_timestamp: Time,
    /// When it last saw the Ready condition change.
    pub ready_transition_timestamp: Time,
    /// The node's lease as it last saw it.
    pub lease: Option<Lease>,
}

impl NodeHealth {
    /// Hears from the node now: what the controller does to every node when it leaves master
    /// disruption mode ([`DisruptionChange::reset_probe_timestamps`](super::DisruptionChange)),
    /// so each gets a full grace period again.
    pub fn reset_probe(&mut self, now: impl Into<Instant>) {
        let now = now.into().to_time();
        self.probe_timestamp = now;
        self.ready_transition_timestamp = now;
    }
}

/// One pass over one node.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct NodeHealthUpdate {
    /// The grace period that applied.
    pub grace_period: Duration,
    /// The Ready condition as the node posted it (a stand-in `Unknown` one, dated at the
    /// node's creation, when it posted none). Taints follow this one on this pass
    /// (`processTaintBaseEviction`).
    pub observed_ready: NodeCondition,
    /// The Ready condition after this pass.
    pub current_ready: Option<NodeCondition>,
    /// The conditions to write with `UpdateStatus`, when the pass changed the Ready condition.
    pub write: Option<Vec<NodeCondition>>,
    /// What to remember for the next pass.
    pub health: NodeHealth,
}

impl NodeHealthUpdate {
    /// Whether the node just stopped being Ready, so its pods are marked not ready and a
    /// `NodeNotReady` event is recorded.
    #[must_use]
    pub fn became_not_ready(&self) -> bool {
        self.observed_ready.status == condition_status::TRUE
            && self
                .current_ready
                .as_ref()
                .is_some_and(|c| c.status != condition_status::TRUE)
    }
}

/// The conditions the controller takes over when a node goes quiet (not NetworkUnavailable,
/// which the control plane manages).
const TAKEN_OVER: [&str; 4] = [
    node_condition_type::READY,
    node_condition_type::MEMORY_PRESSURE,
    node_condition_type::DISK_PRESSURE,
    node_condition_type::PID_PRESSURE,
];

fn ready_of(conditions: &[NodeCondition]) -> Option<&NodeCondition> {
    conditions
        .iter()
        .find(|c| c.type_ == node_condition_type::READY)
}

/// Go's zero time for an unset one, so absent and zero compare equal as upstream's do.
fn at(t: Option<Time>) -> Time {
    t.unwrap_or(Time::ZERO)
}

fn same_condition(a: &NodeCondition, b: &NodeCondition) -> bool {
    a.type_ == b.type_
        && a.status == b.status
        && a.reason == b.reason
        && a.message == b.message
        && at(a.last_heartbeat_time) == at(b.last_heartbeat_time)
        && at(a.last_transition_time) == at(b.last_transition_time)
}

fn renewed(saved: Option<&Lease>, observed: &Lease) -> bool {
    match saved {
        None => true,
        // `MicroTime.Before` is false when either side is unset.
        Some(s) => match (s.spec.renew_time, observed.spec.renew_time) {
            (Some(a), Some(b)) => a < b,
            _ => false,
        },
    }
}

/// One pass of the controller's health check over `node` (`tryUpdateNodeHealth`), given what
/// it remembered from the last pass (`saved`; `None` for a node it has not seen), the node's
/// lease in `kube-node-lease` if any, and its clock.
///
/// - A new Ready heartbeat (its `lastHeartbeatTime` changed) or a renewed lease counts as
///   hearing from the node now; a node seen for the first time is heard from now.
/// - Once more than the grace period has passed since then (the startup grace period, from
///   creation, for a node that never posted Ready), each of Ready, MemoryPressure,
///   DiskPressure and PIDPressure becomes `Unknown` — `NodeStatusUnknown`, "Kubelet stopped
///   posting node status.", transition now — or, if the node never posted it, is added as
///   `NodeStatusNeverUpdated`, "Kubelet never posted node status.", heartbeat at creation.
/// - The status is written only if that changed the Ready condition.
///
/// ```
/// use kube_primitives::api::core::{Node, Time};
/// use kube_primitives::node::{node_health, NodeHealthSettings};
///
/// let node: Node = serde_json::from_str(r#"{
///     "metadata": {"name": "n1", "creationTimestamp": "2026-01-01T00:00:00Z"},
///     "status": {"conditions": [{"type": "Ready", "status": "True",
///         "lastHeartbeatTime": "2026-01-01T12:00:00Z", "lastTransitionTime": "2026-01-01T00:01:00Z"}]}
/// }"#).unwrap();
/// let settings = NodeHealthSettings::default(); // 50 s
/// let t0 = Time::from_unix_seconds(1_767_268_800); // 12:00:00
/// let first = node_health(&node, None, None, t0, &settings);
/// assert!(first.write.is_none());
/// // No new heartbeat for 51 s: Ready turns Unknown.
/// let later = node_health(&node, Some(&first.health), None, Time::from_unix_seconds(1_767_268_851), &settings);
/// assert_eq!(later.current_ready.as_ref().unwrap().status, "Unknown");
/// assert!(later.became_not_ready() && later.write.is_some());
/// ```
#[must_use]
#[doc(alias = "tryUpdateNodeHealth")]
pub fn node_health(
    node: &Node,
    saved: Option<&NodeHealth>,
    lease: Option<&Lease>,
    now: impl Into<Instant>,
    settings: &NodeHealthSettings,
) -> NodeHealthUpdate {
    let now = now.into().to_time();
    let created = at(node.metadata.creation_timestamp);
    let current = ready_of(&node.status.conditions);
    let (observed_ready, grace_period) = match current {
        Some(c) => (c.clone(), settings.monitor_grace_period),
        None => (
            NodeCondition {
                type_: node_condition_type::READY.into(),
                status: condition_status::UNKNOWN.into(),
                last_heartbeat_time: Some(created),
                last_transition_time: Some(created),
                ..NodeCondition::default()
            },
            settings.startup_grace_period,
        ),
    };
    let fresh = |probe: Time, transition: Time| NodeHealth {
        ready: None,
        probe_timestamp: probe,
        ready_transition_timestamp: transition,
        lease: None,
    };
    // The remembered health, and whether its status is this node's (so later changes to the
    // node's conditions show there too).
    let (mut health, mut tracks_node) = match (saved, current) {
        // Never posted Ready: a first sighting dates from creation; otherwise the status is
        // taken in and the timestamps kept (so a Ready condition that disappears is not
        // noticed: upstream reads the "saved" one back from the status it just took in).
        (None, None) => (fresh(created, created), true),
        (Some(s), None) => (s.clone(), true),
        // First sighting of a Ready condition: heard from now.
        (None | Some(NodeHealth { ready: None, .. }), Some(_)) => (fresh(now, now), true),
        (Some(s), Some(c)) => match &s.ready {
            // A new heartbeat: heard from now; a new transition time, changed now.
            Some(old) if at(old.last_heartbeat_time) != at(c.last_heartbeat_time) => {
                let transition = if at(old.last_transition_time) != at(c.last_transition_time) {
                    now
                } else {
                    s.ready_transition_timestamp
                };
                (fresh(now, transition), true)
            }
            _ => (s.clone(), false),
        },
    };
    // The rebuilt entries above drop the saved lease, as upstream's do; the comparison below
    // is still against the lease saved before this pass.
    let saved_lease = saved.and_then(|s| s.lease.as_ref());
    if let Some(observed) = lease {
        if renewed(saved_lease, observed) {
            health.lease = Some(observed.clone());
            health.probe_timestamp = now;
        }
    }

    let mut write = None;
    let mut current_ready = current.cloned();
    let grace = i128::try_from(grace_period.as_nanos()).unwrap_or(i128::MAX);
    let deadline = health.probe_timestamp.unix_nanos().saturating_add(grace);
    if now.unix_nanos() > deadline {
        // Only a node past its grace period has its conditions copied and changed.
        let mut conditions = node.status.conditions.clone();
        for kind in TAKEN_OVER {
            match conditions.iter_mut().find(|c| c.type_ == kind) {
                None => conditions.push(NodeCondition {
                    type_: kind.into(),
                    status: condition_status::UNKNOWN.into(),
                    reason: "NodeStatusNeverUpdated".into(),
                    message: "Kubelet never posted node status.".into(),
                    last_heartbeat_time: Some(created),
                    last_transition_time: Some(now),
                }),
                Some(c) if c.status != condition_status::UNKNOWN => {
                    c.status = condition_status::UNKNOWN.into();
                    c.reason = "NodeStatusUnknown".into();
                    c.message = "Kubelet stopped posting node status.".into();
                    c.last_transition_time = Some(now);
                }
                Some(_) => {}
            }
        }
        current_ready = ready_of(&conditions).cloned();
        if current_ready
            .as_ref()
            .is_some_and(|c| !same_condition(c, &observed_ready))
        {
            health = NodeHealth {
                lease: lease.cloned(),
                ..fresh(health.probe_timestamp, now)
            };
            tracks_node = true;
            write = Some(conditions);
        }
    }
    if tracks_node {
        health.ready = current_ready.clone();
    }
    NodeHealthUpdate {
        grace_period,
        observed_ready,
        current_ready,
        write,
        health,
    }
}
