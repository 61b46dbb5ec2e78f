//! The node lifecycle controller's health check, after
//! [node_lifecycle_controller_test.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/nodelifecycle/node_lifecycle_controller_test.go)
//! (`TestMonitorNodeHealthUpdateStatus`, `TestMonitorNodeHealthUpdateNodeAndPodStatusWithLease`),
//! row by row, with upstream's test settings (monitor grace period 50 s, startup 60 s) and
//! clock (2015-01-01T12:00:00Z); then a node going quiet and coming back.

use std::time::Duration;

use kube_primitives::api::coordination::Lease;
use kube_primitives::api::core::{Node, NodeCondition, Time};
use kube_primitives::node::{
    no_execute_taint, node_health, NodeHealth, NodeHealthSettings, NodeHealthUpdate,
    TAINT_UNREACHABLE,
};
use serde_json::json;

const FAKE_NOW: i64 = 1_420_113_600; // 2015-01-01T12:00:00Z
const CREATED_2012: i64 = 1_325_376_000; // 2012-01-01T00:00:00Z
const HOUR: i64 = 3600;

fn t(s: i64) -> Time {
    Time::from_unix_seconds(s)
}

fn settings() -> NodeHealthSettings {
    NodeHealthSettings {
        monitor_grace_period: Duration::from_secs(50),
        startup_grace_period: Duration::from_secs(60),
    }
}

fn node(created: i64, conditions: serde_json::Value) -> Node {
    serde_json::from_value(json!({
        "metadata": {"name": "node0", "creationTimestamp": t(created).to_string()},
        "status": {"conditions": conditions}
    }))
    .unwrap()
}

fn ready(status: &str, heartbeat: i64, transition: i64) -> serde_json::Value {
    json!([{"type": "Ready", "status": status,
            "lastHeartbeatTime": t(heartbeat).to_string(),
            "lastTransitionTime": t(transition).to_string()}])
}

/// `(type, status, reason, heartbeat, transition)` of a condition.
type Row = (String, String, String, Time, Time);

/// The rows of the conditions written.
fn written(u: &NodeHealthUpdate) -> Option<Vec<Row>> {
    u.write.as_ref().map(|cs| {
        cs.iter()
            .map(|c: &NodeCondition| {
                (
                    c.type_.clone(),
                    c.status.clone(),
                    c.reason.clone(),
                    c.last_heartbeat_time.unwrap(),
                    c.last_transition_time.unwrap(),
                )
            })
            .collect()
    })
}

fn never_updated(kind: &str, created: i64, now: i64) -> Row {
    (
        kind.into(),
        "Unknown".into(),
        "NodeStatusNeverUpdated".into(),
        t(created),
        t(now),
    )
}

fn pass(n: &Node, saved: Option<&NodeHealth>, lease: Option<&Lease>, now: i64) -> NodeHealthUpdate {
    node_health(n, saved, lease, t(now), &settings())
}

#[test]
fn update_status_table() {
    // "Node created long time ago, without status: Expect Unknown status posted from node
    // controller."
    let u = pass(&node(CREATED_2012, json!([])), None, None, FAKE_NOW);
    assert_eq!(
        written(&u).unwrap(),
        ["Ready", "MemoryPressure", "DiskPressure", "PIDPressure"].map(|k| never_updated(
            k,
            CREATED_2012,
            FAKE_NOW
        ))
    );
    assert!(!u.became_not_ready(), "the pod was never scheduled");
    assert_eq!(u.grace_period, Duration::from_secs(60));

    // "Node created recently, without status. Expect no action from node controller (within
    // startup grace period)."
    let u = pass(&node(FAKE_NOW, json!([])), None, None, FAKE_NOW);
    assert_eq!(u.write, None);

    // "Node created long time ago, with status updated by kubelet exceeds grace period.
    // Expect Unknown status posted from node controller." Two passes, an hour apart, with the
    // same heartbeat.
    let n = node(CREATED_2012, ready("True", FAKE_NOW, FAKE_NOW));
    let first = pass(&n, None, None, FAKE_NOW);
    assert_eq!(first.write, None);
    let second = pass(&n, Some(&first.health), None, FAKE_NOW + HOUR);
    let later = FAKE_NOW + HOUR;
    assert_eq!(
        written(&second).unwrap(),
        [
            (
                "Ready".into(),
                "Unknown".into(),
                "NodeStatusUnknown".into(),
                t(FAKE_NOW),
                t(later)
            ),
            never_updated("MemoryPressure", CREATED_2012, later),
            never_updated("DiskPressure", CREATED_2012, later),
            never_updated("PIDPressure", CREATED_2012, later),
        ]
    );
    let msg = &second.write.as_ref().unwrap()[0].message;
    assert_eq!(msg, "Kubelet stopped posting node status.");
    assert!(second.became_not_ready(), "the pods are marked not ready");

    // "Node created long time ago, with status updated recently. Expect no action from node
    // controller (within monitor grace period)."
    let u = pass(&n, None, None, FAKE_NOW);
    assert_eq!(u.write, None);
}

#[test]
fn with_lease_table() {
    let lease = |at: i64| Lease::renewed_at(t(at));

    // "Node created recently, without status. Node lease is missing."
    assert_eq!(
        pass(&node(FAKE_NOW, json!([])), None, None, FAKE_NOW).write,
        None
    );
    // "Node created recently, without status. Node lease is renewed recently."
    let l = lease(FAKE_NOW);
    assert_eq!(
        pass(&node(FAKE_NOW, json!([])), None, Some(&l), FAKE_NOW).write,
        None
    );
    // "Node created long time ago, without status. Node lease is missing."
    let u = pass(&node(CREATED_2012, json!([])), None, None, FAKE_NOW);
    assert_eq!(written(&u).unwrap().len(), 4);

    // "Node created long time ago, without status. Node lease is renewed recently." Then an
    // hour on, renewed again: the controller keeps hearing from the node and never steps in.
    let n = node(CREATED_2012, json!([]));
    let first = pass(&n, None, Some(&l), FAKE_NOW);
    assert_eq!(first.write, None);
    let renewed = lease(FAKE_NOW + HOUR);
    let second = pass(&n, Some(&first.health), Some(&renewed), FAKE_NOW + HOUR);
    assert_eq!(second.write, None);

    // "Node created long time ago, with status updated by kubelet exceeds grace period. Node
    // lease is renewed."
    let n = node(CREATED_2012, ready("True", FAKE_NOW, FAKE_NOW));
    let first = pass(&n, None, Some(&l), FAKE_NOW);
    let second = pass(&n, Some(&first.health), Some(&renewed), FAKE_NOW + HOUR);
    assert_eq!(second.write, None);
    assert_eq!(second.current_ready.unwrap().status, "True");

    // "Node created long time ago, with status updated by kubelet exceeds grace period. Node
    // lease also expires." The same lease an hour later does not count.
    let second = pass(&n, Some(&first.health), Some(&l), FAKE_NOW + HOUR);
    let w = written(&second).unwrap();
    assert_eq!(
        (w[0].1.as_str(), w[0].2.as_str()),
        ("Unknown", "NodeStatusUnknown")
    );

    // "Node created long time ago, with status updated by kubelet recently. Node lease is
    // expired." A new heartbeat is enough.
    let fresh = node(CREATED_2012, ready("True", FAKE_NOW + HOUR, FAKE_NOW));
    let second = pass(&fresh, Some(&first.health), Some(&l), FAKE_NOW + HOUR);
    assert_eq!(second.write, None);
}

/// A node posting heartbeats every 10 s goes quiet after 12:00:30 and is back at 12:02:30,
/// with the API server's copy of its conditions kept between passes (the kubelet's posts
/// and the controller's writes both land there). The controller steps in once more than 50 s
/// have passed since the last new heartbeat, writes once, taints it unreachable from the
/// following pass on (taints follow the Ready condition observed at the start of a pass), and
/// takes it back when it posts Ready again.
#[test]
fn a_node_goes_quiet_and_comes_back() {
    let mut stored: Vec<NodeCondition> = Vec::new();
    let mut health: Option<NodeHealth> = None;
    let mut log = Vec::new();
    for step in 0..20 {
        let secs = step * 10;
        let now = FAKE_NOW + secs;
        let alive = !(40..150).contains(&secs);
        if alive {
            // The kubelet posts Ready, keeping the transition time while it stays True.
            let transition = match stored.iter().find(|c| c.type_ == "Ready") {
                Some(c) if c.status == "True" => c.last_transition_time.unwrap(),
                _ => t(now),
            };
            stored = serde_json::from_value(ready("True", now, transition.unix_seconds())).unwrap();
        }
        let mut n = node(CREATED_2012, json!([]));
        n.status.conditions = stored.clone();
        let u = node_health(&n, health.as_ref(), None, t(now), &settings());
        if let Some(w) = &u.write {
            stored = w.clone();
        }
        let taint = no_execute_taint(&u.observed_ready.status).map(|t| t.key);
        log.push((secs, u.write.is_some(), stored[0].status.clone(), taint));
        health = Some(u.health);
    }
    let at = |s: i64| log.iter().find(|l| l.0 == s).unwrap().clone();
    let unreachable = Some(TAINT_UNREACHABLE.to_string());
    // 12:00:30 + 50 s = 12:01:20 is not past the grace period yet; 12:01:30 is.
    assert_eq!(at(80), (80, false, "True".into(), None));
    assert_eq!(at(90), (90, true, "Unknown".into(), None));
    for s in (100..150).step_by(10) {
        assert_eq!(
            at(s),
            (s, false, "Unknown".into(), unreachable.clone()),
            "{s}"
        );
    }
    assert_eq!(at(150), (150, false, "True".into(), None));
    assert_eq!(log.iter().filter(|l| l.1).count(), 1, "one write");
}
