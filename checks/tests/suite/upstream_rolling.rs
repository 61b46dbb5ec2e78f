//! The rolling update's scale-down of old replica sets, after
//! [rolling_test.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/deployment/rolling_test.go)
//! (`TestDeploymentController_reconcileOldReplicaSets`,
//! `TestDeploymentController_cleanupUnhealthyReplicas`,
//! `TestDeploymentController_scaleDownOldReplicaSetsForRollingUpdate`), row by row.
//!
//! Left out: the rows where the fake API server fails every ReplicaSet update (they test the
//! controller's error plumbing; a pure function makes no update).

use kube_primitives::api::apps::ReplicaSet;
use kube_primitives::api::core::Time;
use kube_primitives::api::IntOrString;
use kube_primitives::workload::{
    cleanup_unhealthy_replicas, reconcile_old_replica_sets, resolve_fenceposts,
    scale_down_old_replica_sets, ScaleDownPhase,
};

/// upstream's `rs(name, replicas, …)` with `status.availableReplicas`.
fn rs(name: &str, replicas: i32, available: i32) -> ReplicaSet {
    let mut r = ReplicaSet::new(name, replicas);
    r.metadata.namespace = "default".into();
    r.status.available_replicas = available;
    r
}

/// `MaxUnavailable` of a deployment with maxSurge 0 and this maxUnavailable.
fn max_unavailable(replicas: i32, unavailable: i32) -> i32 {
    let zero = IntOrString::Int(0);
    let mu = IntOrString::Int(unavailable);
    resolve_fenceposts(Some(&zero), Some(&mu), replicas)
        .unwrap()
        .1
}

fn sizes(steps: &[(&ReplicaSet, i32)]) -> Vec<(String, i32)> {
    steps
        .iter()
        .map(|(rs, n)| (rs.metadata.name.clone(), *n))
        .collect()
}

#[test]
fn reconcile_old_replica_sets_table() {
    // (deploymentReplicas, maxUnavailable, oldReplicas, newReplicas, readyPodsFromOldRS,
    //  readyPodsFromNewRS, scaleExpected, expectedOldReplicas)
    let rows = [
        // maxSurge and maxUnavailable both 0: ResolveFenceposts makes maxUnavailable 1.
        (10, 0, 10, 0, 10, 0, true, 9),
        (10, 2, 10, 0, 10, 0, true, 8),
        // "expect unhealthy replicas from old replica sets been cleaned up"
        (10, 2, 10, 0, 8, 0, true, 8),
        // "expect 1 unhealthy replica from old replica sets been cleaned up, and 1 ready pod
        // been scaled down"
        (10, 2, 10, 0, 9, 0, true, 8),
        // "the unavailable pods from the newRS would not make us scale down old RSs in a
        // further step"
        (10, 2, 8, 2, 8, 0, false, 8),
    ];
    for (i, (d, mu, old_n, new_n, old_ready, new_ready, scaled, want)) in
        rows.into_iter().enumerate()
    {
        let old = [rs("foo-old", old_n, old_ready)];
        let new = rs("foo-new", new_n, new_ready);
        let out = reconcile_old_replica_sets(d, max_unavailable(d, mu), &new, &old);
        assert_eq!(out.error, None, "row {i}");
        assert_eq!(
            !out.steps.is_empty(),
            scaled,
            "row {i}: {:?}",
            sizes(&out.steps)
        );
        let last = out.steps.last().map_or(old_n, |(_, n)| *n);
        assert_eq!(last, want, "row {i}");
    }
    // Row 4 takes two updates: the unhealthy pod first, then a ready one.
    let old = [rs("foo-old", 10, 9)];
    let new = rs("foo-new", 0, 0);
    let out = reconcile_old_replica_sets(10, 2, &new, &old);
    assert_eq!(
        sizes(&out.steps),
        [("foo-old".to_string(), 9), ("foo-old".to_string(), 8)]
    );
}

#[test]
fn cleanup_unhealthy_replicas_table() {
    // (oldReplicas, readyPods, unHealthyPods, maxCleanupCount, cleanupCountExpected)
    let rows = [
        (10, 8, 2, 1, 1),
        (10, 8, 2, 3, 2),
        (10, 8, 2, 0, 0),
        (10, 10, 0, 3, 0),
    ];
    for (i, (old_n, ready, _unhealthy, max, want)) in rows.into_iter().enumerate() {
        let old = [rs("foo-v2", old_n, ready)];
        let out = cleanup_unhealthy_replicas(&old, max);
        assert_eq!(out.error, None, "row {i}");
        let cleaned: i32 = out.steps.last().map_or(0, |(_, n)| old_n - n);
        assert_eq!(cleaned, want, "row {i}");
    }
}

#[test]
fn scale_down_old_replica_sets_for_rolling_update_table() {
    // (deploymentReplicas, maxUnavailable, readyPods, oldReplicas, scaleExpected,
    //  expectedOldReplicas); allRSs is just the old set, as upstream calls it.
    let rows = [
        (10, 0, 10, 10, true, 9),
        (10, 2, 10, 10, true, 8),
        (10, 2, 8, 10, false, 10),
        (10, 2, 10, 0, false, 0),
        (10, 2, 1, 10, false, 10),
    ];
    for (i, (d, mu, ready, old_n, scaled, want)) in rows.into_iter().enumerate() {
        let old = [rs("foo-v2", old_n, ready)];
        let all: Vec<&ReplicaSet> = old.iter().collect();
        let out = scale_down_old_replica_sets(d, max_unavailable(d, mu), &all, &old);
        assert_eq!(out.error, None, "row {i}");
        // upstream expects exactly one update when it scales.
        assert_eq!(out.steps.len(), usize::from(scaled), "row {i}");
        assert_eq!(out.steps.last().map_or(old_n, |(_, n)| *n), want, "row {i}");
    }
}

#[test]
fn oldest_sets_go_first_and_ties_by_name() {
    let at = |s: i64| Some(Time::from_unix_seconds(s));
    let mut a = rs("b-older", 3, 3);
    a.metadata.creation_timestamp = at(100);
    let mut b = rs("a-newer", 3, 3);
    b.metadata.creation_timestamp = at(200);
    let mut c = rs("a-same-age", 2, 1);
    c.metadata.creation_timestamp = at(100);
    let new = rs("new", 4, 4);
    // 10 replicas, maxUnavailable 2: 12 pods, 11 available, floor 8. Cleanup first takes
    // c's unhealthy pod (c sorts before b-older at the same age); then 3 ready pods go,
    // oldest first: c's last one, then two of b-older's.
    let old = [b.clone(), a.clone(), c.clone()];
    let out = reconcile_old_replica_sets(10, 2, &new, &old);
    assert_eq!(out.error, None);
    assert_eq!(
        sizes(&out.steps),
        [
            ("a-same-age".to_string(), 1),
            ("a-same-age".to_string(), 0),
            ("b-older".to_string(), 1),
        ]
    );
}

#[test]
fn a_set_with_more_available_pods_than_replicas_stops_the_step() {
    // Status lags: 5 available in a set already scaled to 3. Cleanup would "scale down" by
    // −2, which upstream refuses; the healthy-looking set before it was already handled.
    let mut first = rs("first", 4, 2);
    first.metadata.creation_timestamp = Some(Time::from_unix_seconds(1));
    let mut lagging = rs("lagging", 3, 5);
    lagging.metadata.creation_timestamp = Some(Time::from_unix_seconds(2));
    let new = rs("new", 5, 5);
    let old = [lagging, first];
    let out = reconcile_old_replica_sets(10, 3, &new, &old);
    assert_eq!(sizes(&out.steps), [("first".to_string(), 2)]);
    let err = out.error.unwrap();
    assert_eq!(err.phase, ScaleDownPhase::CleanupUnhealthy);
    assert_eq!(
        err.to_string(),
        "when cleaning up unhealthy replicas, got invalid request to scale down default/lagging 3 -> 5"
    );
}

#[test]
fn nothing_to_do_without_old_pods() {
    let old = [rs("old", 0, 0)];
    let new = rs("new", 10, 10);
    let out = reconcile_old_replica_sets(10, 2, &new, &old);
    assert!(out.steps.is_empty() && out.error.is_none());
}
