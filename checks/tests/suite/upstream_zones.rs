//! Zone states and eviction rates of the node lifecycle controller
//! ([node_lifecycle_controller.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/nodelifecycle/node_lifecycle_controller.go)
//! `ComputeZoneState`, `ReducedQPSFunc`, `HealthyQPSFunc`, `handleDisruption`), and a 60-node
//! cluster in 3 zones that loses one zone, then all.

use kube_primitives::node::{
    cluster_eviction_rates, compute_zone_state, zone_eviction_rate, EvictionSettings, ZoneState,
};

fn zone(ready: usize, not_ready: usize) -> Vec<Option<&'static str>> {
    std::iter::repeat(Some("True"))
        .take(ready)
        .chain(std::iter::repeat(Some("False")).take(not_ready))
        .collect()
}

#[test]
fn compute_zone_state_rules() {
    let s = EvictionSettings::default();
    let state = |ready, not_ready| compute_zone_state(zone(ready, not_ready), &s);
    assert_eq!(state(0, 0), (0, ZoneState::Normal));
    assert_eq!(state(0, 1), (1, ZoneState::FullDisruption));
    // More than 2 not ready and at least 55% of the zone.
    assert_eq!(state(1, 2), (2, ZoneState::Normal));
    assert_eq!(state(2, 3), (3, ZoneState::PartialDisruption));
    assert_eq!(state(3, 3), (3, ZoneState::Normal));
    // 11 of 20 is exactly 0.55 in float32.
    assert_eq!(state(9, 11), (11, ZoneState::PartialDisruption));
    // Only "True" is ready: absent conditions and odd statuses are not.
    let odd = [Some("True"), None, Some("true"), Some("Unknown")];
    assert_eq!(
        compute_zone_state(odd, &s),
        (3, ZoneState::PartialDisruption)
    );
}

#[test]
fn eviction_rates() {
    let s = EvictionSettings::default();
    assert_eq!(zone_eviction_rate(10, ZoneState::Normal, &s), Some(0.1));
    assert_eq!(
        zone_eviction_rate(51, ZoneState::PartialDisruption, &s),
        Some(0.01)
    );
    assert_eq!(
        zone_eviction_rate(50, ZoneState::PartialDisruption, &s),
        Some(0.0)
    );
    assert_eq!(
        zone_eviction_rate(10, ZoneState::FullDisruption, &s),
        Some(0.1)
    );
    assert_eq!(zone_eviction_rate(10, ZoneState::Initial, &s), None);
    // The size is compared as int32: 2^32 + 51 wraps to 51.
    assert_eq!(
        zone_eviction_rate((1 << 32) + 51, ZoneState::PartialDisruption, &s),
        Some(0.01)
    );
}

/// 3 zones of 20 nodes. Zone a's nodes stop reporting one by one; then every node does.
#[test]
fn cluster_loses_a_zone_then_everything() {
    let s = EvictionSettings::default();
    let mut not_ready = [0usize; 3];
    let states = |not_ready: &[usize; 3]| -> Vec<(i64, ZoneState)> {
        not_ready
            .iter()
            .map(|&n| (20, compute_zone_state(zone(20 - n, n), &s).1))
            .collect()
    };
    let mut history = Vec::new();
    for n in 1..=20 {
        not_ready[0] = n;
        let zones = states(&not_ready);
        let rates = cluster_eviction_rates(&zones, &s);
        // Zones b and c are healthy throughout and evict at the normal rate.
        assert_eq!(
            &zones[1..],
            &[(20, ZoneState::Normal), (20, ZoneState::Normal)]
        );
        assert_eq!(rates[1], Some(0.1));
        let a = zones[0].1;
        match n {
            1..=10 => assert_eq!(a, ZoneState::Normal, "{n} down"),
            11..=19 => {
                // 11 of 20 reaches the 0.55 threshold; a 20-node zone is below the
                // large-cluster threshold, so evictions stop there.
                assert_eq!(a, ZoneState::PartialDisruption, "{n} down");
                assert_eq!(rates[0], Some(0.0));
            }
            _ => {
                // A fully disrupted zone among healthy ones is evicted at the normal rate.
                assert_eq!(a, ZoneState::FullDisruption);
                assert_eq!(rates[0], Some(0.1));
            }
        }
        history.push(a);
    }
    assert_eq!(
        history
            .iter()
            .filter(|s| **s == ZoneState::PartialDisruption)
            .count(),
        9
    );
    // Now every node is down: the controller stops evicting everywhere.
    not_ready = [20, 20, 20];
    let zones = states(&not_ready);
    assert!(zones.iter().all(|(_, st)| *st == ZoneState::FullDisruption));
    assert_eq!(cluster_eviction_rates(&zones, &s), [Some(0.0); 3]);
    // One zone recovers: normal rates come back, the others stay down at the normal rate.
    not_ready = [20, 0, 20];
    let zones = states(&not_ready);
    assert_eq!(cluster_eviction_rates(&zones, &s), [Some(0.1); 3]);
}

/// The same cluster through the controller's memory (`handleDisruption`): limiters change
/// only when a zone's state does; when every zone goes down the controller lifts the taints
/// and stops evicting; when one comes back every node gets a fresh grace period.
#[test]
fn the_controller_remembers_zone_states() {
    use kube_primitives::node::DisruptionTracker;
    let s = EvictionSettings::default();
    let pass = |t: &mut DisruptionTracker, not_ready: [usize; 3]| {
        let zones: Vec<(&str, usize, ZoneState)> = ["a", "b", "c"]
            .iter()
            .zip(not_ready)
            .map(|(z, n)| (*z, 20, compute_zone_state(zone(20 - n, n), &s).1))
            .collect();
        t.observe(&zones, &s)
    };
    let rates =
        |c: &kube_primitives::node::DisruptionChange| -> Vec<(String, f32)> { c.rates.clone() };
    let mut t = DisruptionTracker::new();
    // First pass: every zone is new, every limiter is set.
    let c = pass(&mut t, [0, 0, 0]);
    assert_eq!(rates(&c).len(), 3);
    assert!(!c.mark_all_reachable && !c.reset_probe_timestamps);
    // Nothing changes: nothing to do.
    assert_eq!(rates(&pass(&mut t, [1, 0, 0])), []);
    // Zone a crosses the threshold, then goes fully down.
    assert_eq!(rates(&pass(&mut t, [11, 0, 0])), [("a".into(), 0.0)]);
    assert_eq!(rates(&pass(&mut t, [15, 0, 0])), []);
    assert_eq!(rates(&pass(&mut t, [20, 0, 0])), [("a".into(), 0.1)]);
    assert_eq!(t.state("a"), Some(ZoneState::FullDisruption));
    // Everything down: master disruption mode.
    let c = pass(&mut t, [20, 20, 20]);
    assert!(c.mark_all_reachable && !c.reset_probe_timestamps);
    assert_eq!(
        rates(&c),
        [("a".into(), 0.0), ("b".into(), 0.0), ("c".into(), 0.0)]
    );
    // Still everything down: nothing more.
    assert_eq!(pass(&mut t, [20, 20, 20]), Default::default());
    // Zone b is back: every limiter is reset to its state's rate and every node gets a
    // fresh grace period.
    let c = pass(&mut t, [20, 0, 20]);
    assert!(c.reset_probe_timestamps && !c.mark_all_reachable);
    assert_eq!(
        rates(&c),
        [("a".into(), 0.1), ("b".into(), 0.1), ("c".into(), 0.1)]
    );
    // A zone that disappears is forgotten; a new one starts Initial and gets its rate.
    let zones = [
        ("a", 20, ZoneState::FullDisruption),
        ("d", 60, ZoneState::PartialDisruption),
    ];
    let c = t.observe(&zones, &s);
    assert_eq!(rates(&c), [("d".into(), 0.01)]);
    assert_eq!((t.state("b"), t.state("c")), (None, None));
}
