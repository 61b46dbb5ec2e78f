//! Which pods go first when a controller scales down, after
//! pkg/controller/controller_utils_test.go (`TestSortingActivePods`,
//! `TestSortingActivePodsWithRanks`) and the replica set's `manageReplicas`.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/controller_utils_test.go>

use core::cmp::Ordering;

use kube_primitives::api::core::{Pod, Time};
use kube_primitives::selector::Selector;
use kube_primitives::workload::{
    compare_active_pods, compare_for_deletion, pod_deletion_cost, reconcile_replicas,
    slow_start_batches, RankedPod, ReplicaOwner,
};
use serde_json::{json, Value};

const NOW: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z
const MONTH_AGO: i64 = 1_764_547_200; // now.AddDate(0, -1, 0)

fn t(secs: i64) -> Value {
    json!(Time::from_unix_seconds(secs).to_string())
}

fn pod(v: Value) -> Pod {
    serde_json::from_value(v).unwrap()
}

#[test]
fn sorting_active_pods() {
    let ready = |since: Option<i64>| match since {
        Some(s) => json!([{"type": "Ready", "status": "True", "lastTransitionTime": t(s)}]),
        None => json!([{"type": "Ready", "status": "True"}]),
    };
    let restarts = |a: i32, b: i32| json!([{"name": "a", "restartCount": a}, {"name": "b", "restartCount": b}]);
    let pods = vec![
        pod(json!({"metadata": {"name": "unscheduled"}, "status": {"phase": "Pending"}})),
        pod(
            json!({"metadata": {"name": "scheduledButPending"}, "spec": {"nodeName": "bar"}, "status": {"phase": "Pending"}}),
        ),
        pod(
            json!({"metadata": {"name": "unknownPhase"}, "spec": {"nodeName": "foo"}, "status": {"phase": "Unknown"}}),
        ),
        pod(
            json!({"metadata": {"name": "runningButNotReady"}, "spec": {"nodeName": "foo"}, "status": {"phase": "Running"}}),
        ),
        pod(
            json!({"metadata": {"name": "runningNoLastTransitionTime"}, "spec": {"nodeName": "foo"},
            "status": {"phase": "Running", "conditions": ready(None), "containerStatuses": restarts(3, 0)}}),
        ),
        pod(
            json!({"metadata": {"name": "runningWithLastTransitionTime"}, "spec": {"nodeName": "foo"},
            "status": {"phase": "Running", "conditions": ready(Some(NOW)), "containerStatuses": restarts(3, 0)}}),
        ),
        pod(
            json!({"metadata": {"name": "runningLongerTime"}, "spec": {"nodeName": "foo"},
            "status": {"phase": "Running", "conditions": ready(Some(MONTH_AGO)), "containerStatuses": restarts(3, 0)}}),
        ),
        pod(
            json!({"metadata": {"name": "lowerContainerRestartCount", "creationTimestamp": t(NOW)}, "spec": {"nodeName": "foo"},
            "status": {"phase": "Running", "conditions": ready(Some(MONTH_AGO)), "containerStatuses": restarts(2, 1)}}),
        ),
        pod(
            json!({"metadata": {"name": "oldest", "creationTimestamp": t(MONTH_AGO)}, "spec": {"nodeName": "foo"},
            "status": {"phase": "Running", "conditions": ready(Some(MONTH_AGO)), "containerStatuses": restarts(2, 1)}}),
        ),
    ];
    let want: Vec<&str> = pods.iter().map(|p| p.metadata.name.as_str()).collect();
    // Upstream sorts 20 random permutations; here every rotation and the reversal.
    let n = pods.len();
    let mut orders: Vec<Vec<&Pod>> = (0..n)
        .map(|r| (0..n).map(|i| &pods[(i + r) % n]).collect())
        .collect();
    orders.push(pods.iter().rev().collect());
    for mut order in orders {
        order.sort_by(|a, b| compare_active_pods(a, b));
        let got: Vec<&str> = order.iter().map(|p| p.metadata.name.as_str()).collect();
        assert_eq!(got, want);
    }
}

/// upstream's `pod` helper of `TestSortingActivePodsWithRanks` (its eight parameters kept).
#[allow(clippy::too_many_arguments)]
fn ranked_pod(
    name: &str,
    node: &str,
    phase: &str,
    ready: bool,
    restarts: i32,
    ready_since: Option<i64>,
    created: Option<i64>,
    cost: Option<&str>,
) -> Pod {
    let mut v =
        json!({"metadata": {"name": name}, "spec": {"nodeName": node}, "status": {"phase": phase}});
    if ready {
        let mut c = json!({"type": "Ready", "status": "True"});
        if let Some(s) = ready_since {
            c["lastTransitionTime"] = t(s);
        }
        v["status"]["conditions"] = json!([c]);
        v["status"]["containerStatuses"] = json!([{"name": "c", "restartCount": restarts}]);
    }
    if let Some(c) = created {
        v["metadata"]["creationTimestamp"] = t(c);
    }
    if let Some(cost) = cost {
        v["metadata"]["annotations"] = json!({"controller.kubernetes.io/pod-deletion-cost": cost});
    }
    pod(v)
}

#[test]
fn sorting_active_pods_with_ranks() {
    let now = Time::from_unix_seconds(NOW);
    let (h2, h5, h8) = (NOW - 2 * 3600, NOW - 5 * 3600, NOW - 8 * 3600);
    let unscheduled = ranked_pod("unscheduled", "", "Pending", false, 0, None, None, None);
    let pending = ranked_pod("pending", "node", "Pending", false, 0, None, None, None);
    let unknown = ranked_pod(
        "unknown-phase",
        "node",
        "Unknown",
        false,
        0,
        None,
        None,
        None,
    );
    let not_ready = ranked_pod("not-ready", "node", "Running", false, 0, None, None, None);
    let ready_no_ltt = ranked_pod(
        "ready-no-last-transition-time",
        "node",
        "Running",
        true,
        0,
        None,
        None,
        None,
    );
    let ready_now = ranked_pod(
        "ready-now",
        "node",
        "Running",
        true,
        0,
        Some(NOW),
        Some(NOW),
        None,
    );
    let ready_then = ranked_pod(
        "ready-then",
        "node",
        "Running",
        true,
        0,
        Some(MONTH_AGO),
        Some(MONTH_AGO),
        None,
    );
    let high_restarts = ranked_pod(
        "ready-high-restarts",
        "node",
        "Running",
        true,
        9001,
        Some(NOW),
        Some(NOW),
        None,
    );
    let created_then = ranked_pod(
        "ready-now-created-then",
        "node",
        "Running",
        true,
        0,
        Some(NOW),
        Some(MONTH_AGO),
        None,
    );
    let low_cost = ranked_pod(
        "low-deletion-cost",
        "node",
        "Running",
        true,
        0,
        Some(NOW),
        Some(MONTH_AGO),
        Some("10"),
    );
    let high_cost = ranked_pod(
        "high-deletion-cost",
        "node",
        "Running",
        true,
        0,
        Some(NOW),
        Some(MONTH_AGO),
        Some("100"),
    );
    let unscheduled_5h = ranked_pod(
        "unscheduled-5-hours",
        "",
        "Pending",
        false,
        0,
        Some(h5),
        Some(h5),
        None,
    );
    let unscheduled_8h = ranked_pod(
        "unscheduled-10-hours",
        "",
        "Pending",
        false,
        0,
        Some(h8),
        Some(h8),
        None,
    );
    let ready_2h = ranked_pod(
        "ready-2-hours",
        "",
        "Running",
        true,
        0,
        Some(h2),
        Some(MONTH_AGO),
        None,
    );
    let ready_5h = ranked_pod(
        "ready-5-hours",
        "",
        "Running",
        true,
        0,
        Some(h5),
        Some(MONTH_AGO),
        None,
    );
    let ready_8h = ranked_pod(
        "ready-10-hours",
        "",
        "Running",
        true,
        0,
        Some(h8),
        Some(MONTH_AGO),
        None,
    );

    for (a, b) in [
        (&unscheduled, &unscheduled),
        (&pending, &pending),
        (&unknown, &unknown),
        (&not_ready, &not_ready),
        (&created_then, &created_then),
        (&ready_now, &ready_now),
        (&ready_then, &ready_then),
        (&high_restarts, &high_restarts),
        (&unscheduled_5h, &unscheduled_8h),
        (&ready_5h, &ready_8h),
    ] {
        assert_eq!(
            compare_for_deletion(r(a, 1), r(b, 1), now),
            Ordering::Equal,
            "{} ~ {}",
            a.metadata.name,
            b.metadata.name
        );
    }
    for ((lesser, lr), (greater, gr)) in [
        ((&unscheduled, 1), (&pending, 2)),
        ((&unscheduled, 2), (&pending, 1)),
        ((&pending, 1), (&unknown, 2)),
        ((&unknown, 1), (&not_ready, 2)),
        ((&not_ready, 1), (&ready_no_ltt, 1)),
        ((&ready_no_ltt, 1), (&ready_now, 1)),
        ((&ready_now, 2), (&ready_no_ltt, 1)),
        ((&ready_now, 1), (&ready_then, 1)),
        ((&ready_now, 2), (&ready_then, 1)),
        ((&high_restarts, 1), (&ready_now, 1)),
        ((&ready_now, 2), (&high_restarts, 1)),
        ((&ready_now, 1), (&created_then, 1)),
        ((&created_then, 2), (&ready_now, 1)),
        ((&low_cost, 2), (&high_cost, 1)),
        ((&ready_2h, 1), (&ready_5h, 1)),
    ] {
        let what = format!(
            "{} ({lr}) < {} ({gr})",
            lesser.metadata.name, greater.metadata.name
        );
        assert_eq!(
            compare_for_deletion(r(lesser, lr), r(greater, gr), now),
            Ordering::Less,
            "{what}"
        );
        assert_eq!(
            compare_for_deletion(r(greater, gr), r(lesser, lr), now),
            Ordering::Greater,
            "{what}"
        );
    }
}

fn r(pod: &Pod, rank: usize) -> RankedPod<'_> {
    RankedPod { pod, rank }
}

#[test]
fn deletion_cost_annotation() {
    let with = |v: &str| {
        pod(json!({"metadata": {"annotations": {"controller.kubernetes.io/pod-deletion-cost": v}}}))
    };
    assert_eq!(pod_deletion_cost(&with("100")), 100);
    assert_eq!(pod_deletion_cost(&with("-5")), -5);
    assert_eq!(pod_deletion_cost(&with("0")), 0);
    // A leading + or zero, a non-number, or a value beyond 32 bits counts as 0.
    for bad in ["+10", "007", "ten", "2147483648", ""] {
        assert_eq!(pod_deletion_cost(&with(bad)), 0, "{bad}");
    }
    assert_eq!(pod_deletion_cost(&pod(json!({}))), 0);
}

fn owned(name: &str, uid: &str, labels: Value, node: &str, phase: &str, extra: Value) -> Pod {
    let mut v = json!({
        "metadata": {"name": name, "namespace": "ns", "uid": name, "labels": labels},
        "spec": {"nodeName": node}, "status": {"phase": phase}
    });
    if !uid.is_empty() {
        v["metadata"]["ownerReferences"] = json!([{"apiVersion": "apps/v1", "kind": "ReplicaSet",
            "name": "rs", "uid": uid, "controller": true}]);
    }
    if let (Value::Object(m), Value::Object(e)) = (&mut v["metadata"], extra) {
        m.extend(e);
    }
    pod(v)
}

#[test]
fn reconcile_claims_releases_and_scales() {
    let selector: Selector = "app=web".parse().unwrap();
    let now = Time::from_unix_seconds(NOW);
    let web = json!({"app": "web"});
    let pods = vec![
        owned("mine", "rs-1", web.clone(), "n1", "Running", json!({})),
        owned(
            "relabelled",
            "rs-1",
            json!({"app": "debug"}),
            "n1",
            "Running",
            json!({}),
        ),
        owned("orphan", "", web.clone(), "n2", "Running", json!({})),
        owned(
            "orphan-deleting",
            "",
            web.clone(),
            "n2",
            "Running",
            json!({"deletionTimestamp": t(NOW)}),
        ),
        owned("others", "rs-2", web.clone(), "n2", "Running", json!({})),
        owned("others-2", "rs-2", web.clone(), "n2", "Running", json!({})),
        owned(
            "finished",
            "rs-1",
            web.clone(),
            "n3",
            "Succeeded",
            json!({}),
        ),
    ];
    let names = |v: &[&Pod]| {
        v.iter()
            .map(|p| p.metadata.name.clone())
            .collect::<Vec<_>>()
    };

    let owner = ReplicaOwner::new("rs-1", "ns", &selector, 4);
    let d = reconcile_replicas(&owner, &pods, &pods, now);
    assert_eq!(names(&d.claimed), ["mine", "orphan", "finished"]);
    assert_eq!(names(&d.adopt), ["orphan"]);
    assert_eq!(names(&d.release), ["relabelled"]);
    // Two active pods (a finished one does not count) for four replicas.
    assert_eq!(d.create, 2);
    assert!(d.delete.is_empty());

    // Scaling to one deletes the pod on the node shared with more active related pods first:
    // n2 holds the orphan and two pods of a sibling replica set, n1 `mine` and `relabelled`.
    let owner = ReplicaOwner::new("rs-1", "ns", &selector, 1);
    let d = reconcile_replicas(&owner, &pods, &pods, now);
    assert_eq!(names(&d.delete), ["orphan"]);

    // A replica set being deleted neither adopts nor releases.
    let mut owner = ReplicaOwner::new("rs-1", "ns", &selector, 1);
    owner.deleting = true;
    let d = reconcile_replicas(&owner, &pods, &pods, now);
    assert!(d.adopt.is_empty() && d.release.is_empty());
    assert_eq!(names(&d.claimed), ["mine", "finished"]);

    // At most 500 pods per sync.
    let owner = ReplicaOwner::new("rs-1", "ns", &selector, 10_000);
    assert_eq!(reconcile_replicas(&owner, &pods, &pods, now).create, 500);
}

#[test]
fn slow_start() {
    assert_eq!(slow_start_batches(0), Vec::<usize>::new());
    assert_eq!(slow_start_batches(1), [1]);
    assert_eq!(slow_start_batches(10), [1, 2, 4, 3]);
    assert_eq!(slow_start_batches(500), [1, 2, 4, 8, 16, 32, 64, 128, 245]);
}

#[test]
fn same_scale_ready_times_settle_by_uid_alone() {
    // Both ready 5 h and 5.5 h ago (the same 2^44 ns scale): upstream's Less compares UIDs and
    // stops there — restart counts no longer matter, and equal UIDs make the pods equivalent.
    let now = Time::from_unix_seconds(NOW);
    let mk = |uid: &str, ready_since: i64, restarts: i32| {
        pod(json!({
            "metadata": {"name": uid, "uid": uid},
            "spec": {"nodeName": "n"},
            "status": {"phase": "Running",
                       "conditions": [{"type": "Ready", "status": "True", "lastTransitionTime": t(ready_since)}],
                       "containerStatuses": [{"name": "c", "restartCount": restarts}]}
        }))
    };
    let a = mk("same", NOW - 5 * 3600, 0);
    let b = mk("same", NOW - 5 * 3600 - 1800, 50);
    assert_eq!(
        compare_for_deletion(r(&a, 0), r(&b, 0), now),
        Ordering::Equal
    );
    let c = mk("a-uid", NOW - 5 * 3600, 0);
    let d = mk("b-uid", NOW - 5 * 3600 - 1800, 50);
    assert_eq!(
        compare_for_deletion(r(&c, 0), r(&d, 0), now),
        Ordering::Less
    );
}

#[test]
fn inconsistent_orders_sort_without_failing() {
    // Ready times that are equal fall through to restarts while same-scale ones go by UID, so
    // the order can cycle; the sort is Go's and never fails on it. 200 pods in a few buckets.
    let now = Time::from_unix_seconds(NOW);
    let pods: Vec<Pod> = (0..200)
        .map(|i: i64| pod(json!({
            "metadata": {"name": format!("p{i}"), "uid": format!("u{}", (i * 7919) % 13),
                         "creationTimestamp": t(NOW - (i % 5) * 3600)},
            "spec": {"nodeName": format!("n{}", i % 3)},
            "status": {"phase": "Running",
                       "conditions": [{"type": "Ready", "status": "True",
                                       "lastTransitionTime": t(NOW - 3600 * (4 + i % 3) - (i % 2) * 600)}],
                       "containerStatuses": [{"name": "c", "restartCount": (i * 31) % 4}]}
        })))
        .collect();
    let ranked: Vec<RankedPod<'_>> = pods.iter().enumerate().map(|(i, p)| r(p, i % 2)).collect();
    let chosen = kube_primitives::workload::pods_to_delete(&ranked, 50, now);
    assert_eq!(chosen.len(), 50);
    // Deterministic: the same input gives the same choice.
    assert_eq!(
        chosen
            .iter()
            .map(|p| p.metadata.name.as_str())
            .collect::<Vec<_>>(),
        kube_primitives::workload::pods_to_delete(&ranked, 50, now)
            .iter()
            .map(|p| p.metadata.name.as_str())
            .collect::<Vec<_>>()
    );
}
