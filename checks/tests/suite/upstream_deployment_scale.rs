//! Deployment scaling and clean-up after pkg/controller/deployment/sync_test.go (`TestScale`,
//! `TestDeploymentController_cleanupDeployment`), row by row.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/deployment/sync_test.go>

use kube_primitives::api::apps::ReplicaSet;
use kube_primitives::api::core::Time;
use kube_primitives::workload::{replica_sets_to_clean_up, scale_replica_sets, DeploymentScale};

const NEW: i64 = 1_463_709_600; // 2016-05-20T02:00:00Z
const OLD: i64 = 1_463_706_000; // 01:00
const OLDER: i64 = 1_463_702_400; // 00:00

/// upstream's `rs` with the replica annotations `SetReplicasAnnotations` gives it from the old
/// deployment (`desired`, `desired + maxSurge`).
fn rs(name: &str, replicas: i32, created: i64, desired: i32, max: i32) -> ReplicaSet {
    let mut r = ReplicaSet::new(name, replicas);
    r.metadata.creation_timestamp = Some(Time::from_unix_seconds(created));
    r.metadata.annotations.insert(
        "deployment.kubernetes.io/desired-replicas".into(),
        desired.to_string(),
    );
    r.metadata.annotations.insert(
        "deployment.kubernetes.io/max-replicas".into(),
        max.to_string(),
    );
    r
}

struct Row {
    name: &'static str,
    /// (replicas, maxSurge) now and before.
    deployment: (i32, i32),
    old_deployment: (i32, i32),
    new_rs: Option<(&'static str, i32, i64)>,
    old_rss: Vec<(&'static str, i32, i64)>,
    /// Per-replica-set `desired-replicas` overrides.
    desired: Vec<(&'static str, i32)>,
    expected_new: Option<i32>,
    expected_old: Vec<i32>,
}

fn row(name: &'static str, d: i32, old_d: i32) -> Row {
    Row {
        name,
        deployment: (d, 0),
        old_deployment: (old_d, 0),
        new_rs: None,
        old_rss: vec![],
        desired: vec![],
        expected_new: None,
        expected_old: vec![],
    }
}

#[test]
fn scale() {
    let rows = vec![
        Row {
            new_rs: Some(("foo-v1", 10, NEW)),
            expected_new: Some(12),
            ..row("normal scaling event: 10 -> 12", 12, 10)
        },
        Row {
            new_rs: Some(("foo-v1", 10, NEW)),
            expected_new: Some(5),
            ..row("normal scaling event: 10 -> 5", 5, 10)
        },
        Row {
            new_rs: Some(("foo-v2", 2, NEW)),
            old_rss: vec![("foo-v1", 3, OLD)],
            expected_new: Some(4),
            expected_old: vec![6],
            ..row("proportional scaling: 5 -> 10", 10, 5)
        },
        Row {
            new_rs: Some(("foo-v2", 2, NEW)),
            old_rss: vec![("foo-v1", 3, OLD)],
            expected_new: Some(1),
            expected_old: vec![2],
            ..row("proportional scaling: 5 -> 3", 3, 5)
        },
        Row {
            new_rs: Some(("foo-v2", 8, NEW)),
            old_rss: vec![("foo-v1", 1, OLD)],
            expected_new: Some(4),
            expected_old: vec![0],
            ..row("proportional scaling: 9 -> 4", 4, 9)
        },
        Row {
            new_rs: Some(("foo-v3", 2, NEW)),
            old_rss: vec![("foo-v2", 3, OLD), ("foo-v1", 2, OLDER)],
            expected_new: Some(3),
            expected_old: vec![4, 3],
            ..row("proportional scaling: 7 -> 10", 10, 7)
        },
        Row {
            new_rs: Some(("foo-v3", 2, NEW)),
            old_rss: vec![("foo-v2", 8, OLD), ("foo-v1", 3, OLDER)],
            expected_new: Some(1),
            expected_old: vec![5, 2],
            ..row("proportional scaling: 13 -> 8", 8, 13)
        },
        Row {
            new_rs: Some(("foo-v3", 1, NEW)),
            old_rss: vec![("foo-v2", 1, OLD), ("foo-v1", 1, OLDER)],
            expected_new: Some(2),
            expected_old: vec![1, 1],
            ..row("leftover distribution: 3 -> 4", 4, 3)
        },
        Row {
            new_rs: Some(("foo-v3", 1, NEW)),
            old_rss: vec![("foo-v2", 1, OLD), ("foo-v1", 1, OLDER)],
            expected_new: Some(1),
            expected_old: vec![1, 0],
            ..row("leftover distribution: 3 -> 2", 2, 3)
        },
        Row {
            old_rss: vec![("foo-v2", 2, OLD), ("foo-v1", 2, OLDER)],
            expected_old: vec![3, 2],
            ..row("proportional scaling (no new rs): 4 -> 5", 5, 4)
        },
        Row {
            new_rs: Some(("foo-v3", 3, NEW)),
            old_rss: vec![("foo-v2", 2, OLD), ("foo-v1", 1, OLDER)],
            expected_new: Some(0),
            expected_old: vec![0, 0],
            ..row("proportional scaling: 6 -> 0", 0, 6)
        },
        Row {
            new_rs: Some(("foo-v3", 0, NEW)),
            old_rss: vec![("foo-v2", 0, OLD), ("foo-v1", 0, OLDER)],
            expected_new: Some(6),
            expected_old: vec![0, 0],
            ..row("proportional scaling: 0 -> 6", 6, 6)
        },
        Row {
            new_rs: Some(("foo-v3", 2, NEW)),
            old_rss: vec![("foo-v2", 1, OLD), ("foo-v1", 1, OLDER)],
            desired: vec![("foo-v2", 3)],
            expected_new: Some(2),
            expected_old: vec![2, 1],
            ..row("failed rs update (the sizes it would write)", 5, 5)
        },
        Row {
            deployment: (20, 2),
            old_deployment: (10, 2),
            new_rs: Some(("foo-v2", 6, NEW)),
            old_rss: vec![("foo-v1", 6, OLD)],
            expected_new: Some(11),
            expected_old: vec![11],
            ..row("deployment with surge pods", 0, 0)
        },
        Row {
            deployment: (50, 6),
            old_deployment: (10, 3),
            new_rs: Some(("foo-v2", 5, NEW)),
            old_rss: vec![("foo-v1", 8, OLD)],
            expected_new: Some(22),
            expected_old: vec![34],
            ..row("change both surge and size", 0, 0)
        },
        Row {
            old_rss: vec![("foo-v2", 7, NEW), ("foo-v1", 3, OLD)],
            expected_old: vec![10, 4],
            ..row("change both size and template", 14, 10)
        },
        Row {
            deployment: (2, 1),
            old_deployment: (2, 1),
            new_rs: Some(("foo-v2", 2, NEW)),
            old_rss: vec![("foo-v1", 1, OLD)],
            expected_new: Some(2),
            expected_old: vec![1],
            ..row(
                "saturated but broken new replica set does not affect old pods",
                0,
                0,
            )
        },
    ];
    for r in rows {
        let (old_d, old_surge) = r.old_deployment;
        let make = |(name, replicas, created): (&str, i32, i64)| {
            let desired = r
                .desired
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(old_d, |(_, d)| *d);
            rs(name, replicas, created, desired, desired + old_surge)
        };
        let new_rs = r.new_rs.map(make);
        let old: Vec<ReplicaSet> = r.old_rss.iter().copied().map(make).collect();
        let d = DeploymentScale::rolling(r.deployment.0, r.deployment.1, 0);
        let changes = scale_replica_sets(&d, new_rs.as_ref(), &old);
        let size = |rs: &ReplicaSet| {
            changes
                .iter()
                .find(|(c, _)| c.metadata.name == rs.metadata.name)
                .map_or(rs.replicas(), |(_, n)| *n)
        };
        if let (Some(want), Some(new_rs)) = (r.expected_new, &new_rs) {
            assert_eq!(size(new_rs), want, "{}: new", r.name);
        }
        let got: Vec<i32> = old.iter().map(size).collect();
        assert_eq!(got, r.expected_old, "{}: old", r.name);
    }
}

/// upstream's `newRSWithStatus`.
fn rs_with_status(name: &str, spec: i32, status: i32) -> ReplicaSet {
    let mut r = ReplicaSet::new(name, spec);
    r.status.replicas = status;
    r
}

#[test]
fn cleanup_deployment() {
    let mut already_deleted = rs_with_status("foo-1", 0, 0);
    already_deleted.metadata.deletion_timestamp = Some(Time::from_unix_seconds(NEW));
    let rows: Vec<(Vec<ReplicaSet>, i32, usize)> = vec![
        (
            vec![
                rs_with_status("foo-1", 0, 0),
                rs_with_status("foo-2", 0, 0),
                rs_with_status("foo-3", 0, 0),
            ],
            1,
            2,
        ),
        // Only delete the replica set with Spec.Replicas = Status.Replicas = 0.
        (
            vec![
                rs_with_status("foo-1", 0, 0),
                rs_with_status("foo-2", 0, 1),
                rs_with_status("foo-3", 1, 0),
                rs_with_status("foo-4", 1, 1),
            ],
            0,
            1,
        ),
        (
            vec![rs_with_status("foo-1", 0, 0), rs_with_status("foo-2", 0, 0)],
            0,
            2,
        ),
        (
            vec![rs_with_status("foo-1", 1, 1), rs_with_status("foo-2", 1, 1)],
            0,
            0,
        ),
        (vec![already_deleted], 0, 0),
        // With unlimited revisionHistoryLimit.
        (
            vec![
                rs_with_status("foo-1", 0, 0),
                rs_with_status("foo-2", 0, 0),
                rs_with_status("foo-3", 0, 0),
            ],
            i32::MAX,
            0,
        ),
    ];
    for (i, (old, limit, want)) in rows.iter().enumerate() {
        assert_eq!(
            replica_sets_to_clean_up(old, Some(*limit)).len(),
            *want,
            "scenario {i}"
        );
    }
    // The oldest revisions go first; without a limit nothing goes.
    let mut by_rev: Vec<ReplicaSet> = (1..=4)
        .map(|i| rs_with_status(&format!("r{i}"), 0, 0))
        .collect();
    for (rs, rev) in by_rev.iter_mut().zip(["3", "1", "4", "2"]) {
        rs.metadata
            .annotations
            .insert("deployment.kubernetes.io/revision".into(), rev.into());
    }
    let names: Vec<&str> = replica_sets_to_clean_up(&by_rev, Some(2))
        .iter()
        .map(|r| r.metadata.name.as_str())
        .collect();
    assert_eq!(names, ["r2", "r4"]);
    assert!(replica_sets_to_clean_up(&by_rev, None).is_empty());
    // A replica set whose status lags its generation is kept.
    let mut lagging = rs_with_status("lagging", 0, 0);
    lagging.metadata.generation = 2;
    lagging.status.observed_generation = 1;
    assert!(replica_sets_to_clean_up(&[lagging], Some(0)).is_empty());
}

#[test]
fn cleanup_with_mixed_revisions_does_not_fail() {
    // Revision order and creation order disagree, some sets lack a revision: upstream's Less is
    // then not a consistent order; the clean-up sorts it as Go does and never fails.
    let sets: Vec<ReplicaSet> = (0..40)
        .map(|i: i64| {
            let mut rs = rs_with_status(&format!("rs-{i}"), 0, 0);
            rs.metadata.creation_timestamp = Some(Time::from_unix_seconds(OLDER + (i * 37) % 11));
            if i % 3 != 0 {
                rs.metadata.annotations.insert(
                    "deployment.kubernetes.io/revision".into(),
                    ((i * 13) % 17).to_string(),
                );
            }
            rs
        })
        .collect();
    assert_eq!(replica_sets_to_clean_up(&sets, Some(10)).len(), 30);
}
