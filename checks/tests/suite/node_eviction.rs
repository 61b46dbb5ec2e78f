//! The node lifecycle controller's taints and the taint manager's eviction decisions, as
//! `pkg/controller/nodelifecycle` (`nodeConditionToTaintKeyStatusMap`,
//! `doNoScheduleTaintingPass`, `doNoExecuteTaintingPass`), `defaulttolerationseconds` admission
//! and `pkg/controller/tainteviction` (`processPodOnNode`, `getMinTolerationTime`) define them.

use std::time::Duration;

use kube_primitives::api::core::{Node, NodeCondition, Taint, Toleration};
use kube_primitives::node::{
    eviction, no_execute_taint, no_schedule_taints, with_default_tolerations, Eviction,
    TAINT_NOT_READY, TAINT_UNREACHABLE,
};

fn secs(t: Toleration, s: i64) -> Toleration {
    let mut t = t;
    t.toleration_seconds = Some(s);
    t
}

#[test]
fn conditions_map_to_no_schedule_taints() {
    let mut node = Node::default();
    node.status.conditions = vec![
        NodeCondition::new("Ready", "False"),
        NodeCondition::new("MemoryPressure", "True"),
        NodeCondition::new("DiskPressure", "False"),
        NodeCondition::new("PIDPressure", "True"),
        NodeCondition::new("NetworkUnavailable", "True"),
        NodeCondition::new("Custom", "True"),
    ];
    node.spec.unschedulable = true;
    let got: Vec<String> = no_schedule_taints(&node)
        .iter()
        .map(Taint::to_string)
        .collect();
    assert_eq!(
        got,
        [
            "node.kubernetes.io/not-ready:NoSchedule",
            "node.kubernetes.io/memory-pressure:NoSchedule",
            "node.kubernetes.io/pid-pressure:NoSchedule",
            "node.kubernetes.io/network-unavailable:NoSchedule",
            "node.kubernetes.io/unschedulable:NoSchedule",
        ]
    );
    // A healthy, schedulable node has none; Ready True maps to nothing.
    let mut healthy = Node::default();
    healthy.status.conditions = vec![NodeCondition::new("Ready", "True")];
    assert!(no_schedule_taints(&healthy).is_empty());
}

#[test]
fn ready_status_maps_to_no_execute_taint() {
    assert_eq!(
        no_execute_taint("False").unwrap().to_string(),
        "node.kubernetes.io/not-ready:NoExecute"
    );
    assert_eq!(
        no_execute_taint("Unknown").unwrap().to_string(),
        "node.kubernetes.io/unreachable:NoExecute"
    );
    assert_eq!(no_execute_taint("True"), None);
}

#[test]
fn default_tolerations_are_added_unless_covered() {
    let added = with_default_tolerations(&[]);
    assert_eq!(added.len(), 2);
    assert!(added.iter().all(|t| t.operator == "Exists"
        && t.effect == "NoExecute"
        && t.toleration_seconds == Some(300)));
    assert_eq!(
        [added[0].key.as_str(), added[1].key.as_str()],
        [TAINT_NOT_READY, TAINT_UNREACHABLE]
    );
    // An empty key with an empty effect covers both; a NoSchedule toleration covers neither.
    assert_eq!(
        with_default_tolerations(&[Toleration::new("", "Exists", "", "")]).len(),
        1
    );
    let own = secs(
        Toleration::new(TAINT_UNREACHABLE, "Exists", "", "NoExecute"),
        30,
    );
    let with = with_default_tolerations(std::slice::from_ref(&own));
    assert_eq!(with.len(), 2);
    assert_eq!(with[0], own);
    assert_eq!(with[1].key, TAINT_NOT_READY);
    assert_eq!(
        with_default_tolerations(&[Toleration::new(TAINT_NOT_READY, "Exists", "", "NoSchedule")])
            .len(),
        3
    );
}

#[test]
fn taint_manager_decisions() {
    let unreachable = [no_execute_taint("Unknown").unwrap()];
    // No NoExecute taint: never evicted, even without tolerations.
    assert_eq!(
        eviction(&[Taint::new("k", "", "NoSchedule")], &[]),
        Eviction::Never
    );
    // Not tolerated: now.
    assert_eq!(eviction(&unreachable, &[]), Eviction::Now);
    // The defaults: five minutes.
    assert_eq!(
        eviction(&unreachable, &with_default_tolerations(&[])),
        Eviction::After(Duration::from_secs(300))
    );
    // Tolerated forever.
    assert_eq!(
        eviction(&unreachable, &[Toleration::new("", "Exists", "", "")]),
        Eviction::Never
    );
    // Zero or negative seconds: now.
    for s in [0, -1] {
        let t = secs(
            Toleration::new(TAINT_UNREACHABLE, "Exists", "", "NoExecute"),
            s,
        );
        assert_eq!(eviction(&unreachable, &[t]), Eviction::Now);
    }
    // Several taints: the smallest of the tolerations used; the first matching one is used.
    let both = [
        no_execute_taint("Unknown").unwrap(),
        Taint::new("maintenance", "", "NoExecute"),
    ];
    let tolerations = [
        secs(
            Toleration::new(TAINT_UNREACHABLE, "Exists", "", "NoExecute"),
            600,
        ),
        secs(Toleration::new("maintenance", "Exists", "", ""), 120),
        secs(Toleration::new("", "Exists", "", ""), 5),
    ];
    assert_eq!(
        eviction(&both, &tolerations),
        Eviction::After(Duration::from_secs(120))
    );
}
