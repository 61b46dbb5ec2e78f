#![no_main]
//! Arbitrary pods, replica sets and clocks (JSON) through the controllers' decisions: replica
//! reconcile, the deletion order, proportional scaling, old replica-set clean-up and the
//! eviction rate limiter. Nothing may panic; the deletion order is antisymmetric; a reconcile
//! deletes only active pods it claims, at most 500, and creates at most 500.

use core::cmp::Ordering;

use kube_primitives::api::apps::ReplicaSet;
use kube_primitives::api::core::{Pod, Time};
use kube_primitives::clock::Instant;
use kube_primitives::node::{EvictionLimiter, TokenBucket};
use kube_primitives::selector::Selector;
use kube_primitives::workload::{
    compare_for_deletion, is_pod_active, reconcile_replicas, replica_sets_to_clean_up,
    scale_replica_sets, DeploymentScale, RankedPod, ReplicaOwner,
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
