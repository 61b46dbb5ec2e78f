#![no_main]
//! Arbitrary pods, replica sets and clocks (JSON) through the controllers' decisions: replica
//! reconcile, the deletion order, proportional scaling, old replica-set clean-up and the
//! eviction rate limiter, the rolling update's old replica-set scale-down. Nothing may panic;
//! the deletion order is antisymmetric; a reconcile deletes only active pods it claims, at most
//! 500, and creates at most 500; a scale-down only shrinks sets, never below 0, and with sane
//! counts removes no more than the availability floor allows; the node health check writes
//! only to make Ready `Unknown`, and once written, a second pass on the written status writes
//! nothing; the zone memory remembers exactly the zones given and stops every limiter when it
//! enters master disruption mode.

use core::cmp::Ordering;

use kube_primitives::api::apps::ReplicaSet;
use kube_primitives::api::coordination::Lease;
use kube_primitives::api::core::{Node, Pod, Time};
use kube_primitives::clock::Instant;
use kube_primitives::node::{
    node_health, DisruptionTracker, EvictionLimiter, EvictionSettings, NodeHealthSettings,
    TokenBucket, ZoneState,
};
use kube_primitives::selector::Selector;
use kube_primitives::workload::{
    compare_for_deletion, is_pod_active, reconcile_old_replica_sets, reconcile_replicas,
    replica_sets_to_clean_up, scale_replica_sets, DeploymentScale, RankedPod, ReplicaOwner,
};
use libfuzzer_sys::fuzz_target;
use serde::Deserialize;

#[derive(Deserialize)]
struct Input {
    #[serde(default)]
    pods: Vec<Pod>,
    #[serde(default)]
    selector: String,
    #[serde(default)]
    replicas: u16,
    #[serde(default)]
    now: i64,
    #[serde(default)]
    sets: Vec<ReplicaSet>,
    #[serde(default)]
    deployment: (i32, i32, i32),
    #[serde(default)]
    limit: Option<i32>,
    #[serde(default)]
    rates: Vec<(f32, u32, i64)>,
    #[serde(default)]
    nodes: Vec<(Node, Option<Lease>, i64, u16)>,
    #[serde(default)]
    zone_passes: Vec<Vec<(String, u16, u8)>>,
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = serde_json::from_slice::<Input>(data) else {
        return;
    };
    let now = Time::from_unix_seconds(input.now);
    for (i, a) in input.pods.iter().enumerate() {
        for (j, b) in input.pods.iter().enumerate() {
            let x = compare_for_deletion(
                RankedPod {
                    pod: a,
                    rank: i % 3,
                },
                RankedPod {
                    pod: b,
                    rank: j % 3,
                },
                now,
            );
            let y = compare_for_deletion(
                RankedPod {
                    pod: b,
                    rank: j % 3,
                },
                RankedPod {
                    pod: a,
                    rank: i % 3,
                },
                now,
            );
            assert_eq!(x, y.reverse());
            if i == j {
                assert_eq!(x, Ordering::Equal);
            }
        }
    }
    if let Ok(selector) = input.selector.parse::<Selector>() {
        let owner = ReplicaOwner::new("owner", "ns", &selector, usize::from(input.replicas));
        let d = reconcile_replicas(&owner, &input.pods, &input.pods, now);
        assert!(d.create <= 500 && d.delete.len() <= 500);
        for p in &d.delete {
            assert!(is_pod_active(p));
            assert!(d.claimed.iter().any(|c| core::ptr::eq(*c, *p)));
        }
        for r in &d.release {
            assert!(!d.claimed.iter().any(|c| core::ptr::eq(*c, *r)));
        }
    }
    let (replicas, surge, status) = input.deployment;
    let scale = DeploymentScale::rolling(replicas, surge, status);
    let (new_rs, old) = match input.sets.split_first() {
        Some((first, rest)) => (Some(first), rest),
        None => (None, &[][..]),
    };
    let _ = scale_replica_sets(&scale, new_rs, old);
    let _ = replica_sets_to_clean_up(&input.sets, input.limit);
    if let Some(new) = new_rs {
        old_scale_down(replicas, surge, new, old);
    }
    for (node, lease, at, grace) in &input.nodes {
        node_passes(node, lease.as_ref(), *at, *grace);
    }
    zone_passes(&input.zone_passes);
    for (qps, burst, at) in input.rates.iter().copied() {
        let mut bucket = TokenBucket::new(qps, burst);
        let mut limiter = EvictionLimiter::new(qps);
        let t = Instant::from_nanos(at);
        let _ = bucket.try_accept(t);
        let _ = limiter.try_accept(t);
        limiter.swap(qps * 2.0, t);
        let _ = bucket.try_accept(Instant::from_nanos(at.wrapping_neg()));
    }
});

fn old_scale_down(replicas: i32, max_unavailable: i32, new: &ReplicaSet, old: &[ReplicaSet]) {
    let out = reconcile_old_replica_sets(replicas, max_unavailable, new, old);
    let mut sizes: Vec<(&ReplicaSet, i32)> = old.iter().map(|rs| (rs, rs.replicas())).collect();
    for (rs, to) in &out.steps {
        let Some(entry) = sizes.iter_mut().find(|(r, _)| core::ptr::eq(*r, *rs)) else {
            panic!("a step names a set that is not old");
        };
        assert!(
            *to < entry.1,
            "{} grew: {} -> {to}",
            rs.metadata.name,
            entry.1
        );
        // Only a negative availableReplicas (as upstream computes) can take a set below 0.
        assert!(
            entry.1 <= 0 || *to >= 0 || rs.status.available_replicas < 0,
            "{} went negative",
            rs.metadata.name
        );
        entry.1 = *to;
    }
    // With sane counts (no negatives, availability within size, nothing near overflow) the
    // pods removed stay within what the floor allows.
    let small = |n: i32| (0..=1_000_000).contains(&n);
    let sane = [
        replicas,
        max_unavailable,
        new.replicas(),
        new.status.available_replicas,
    ]
    .into_iter()
    .chain(
        old.iter()
            .flat_map(|r| [r.replicas(), r.status.available_replicas]),
    )
    .all(small)
        && old.len() < 1000
        && new.status.available_replicas <= new.replicas()
        && old
            .iter()
            .all(|r| r.status.available_replicas <= r.replicas());
    if sane {
        assert_eq!(out.error, None);
        let before: i32 = old.iter().map(ReplicaSet::replicas).sum();
        let after: i32 = sizes.iter().map(|(_, n)| n).sum();
        let floor = replicas - max_unavailable.min(replicas);
        let all = before + new.replicas();
        let allowed = all - floor - (new.replicas() - new.status.available_replicas);
        assert!(
            before - after <= allowed.max(0),
            "removed {} > {allowed}",
            before - after
        );
    }
}

fn node_passes(node: &Node, lease: Option<&Lease>, at: i64, grace: u16) {
    let settings = NodeHealthSettings {
        monitor_grace_period: core::time::Duration::from_secs(u64::from(grace)),
        ..NodeHealthSettings::default()
    };
    let now = Time::from_unix_seconds(at);
    let first = node_health(node, None, lease, now, &settings);
    let Some(conditions) = &first.write else {
        return;
    };
    let ready = first
        .current_ready
        .as_ref()
        .expect("a write has a Ready condition");
    assert_eq!(ready.status, "Unknown");
    // The API server now holds what was written; the next pass leaves it be.
    let mut stored = node.clone();
    stored.status.conditions = conditions.clone();
    let second = node_health(&stored, Some(&first.health), lease, now, &settings);
    assert_eq!(second.write, None);
}

fn zone_passes(passes: &[Vec<(String, u16, u8)>]) {
    let settings = EvictionSettings::default();
    let mut tracker = DisruptionTracker::new();
    for pass in passes {
        let states = [
            ZoneState::Initial,
            ZoneState::Normal,
            ZoneState::PartialDisruption,
            ZoneState::FullDisruption,
        ];
        let zones: Vec<(&str, usize, ZoneState)> = pass
            .iter()
            .map(|(z, n, s)| (z.as_str(), usize::from(*n), states[usize::from(*s % 4)]))
            .collect();
        let change = tracker.observe(&zones, &settings);
        assert!(!(change.mark_all_reachable && change.reset_probe_timestamps));
        for (zone, rate) in &change.rates {
            assert!(
                zones.iter().any(|(z, _, _)| z == zone),
                "{zone} was not given"
            );
            assert!(!change.mark_all_reachable || *rate == 0.0);
        }
        // Every given zone is remembered, and no other.
        for (z, _, _) in &zones {
            assert!(tracker.state(z).is_some());
        }
    }
}
