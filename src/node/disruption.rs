//! The node lifecycle controller's zone memory between passes (`handleDisruption` in
//! [`pkg/controller/nodelifecycle/node_lifecycle_controller.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/nodelifecycle/node_lifecycle_controller.go)):
//! which eviction limiters get a new rate, and the master-disruption mode it enters when every zone
//! is down.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use super::zone::{zone_eviction_rate, EvictionSettings, ZoneState};

/// The zone states the controller remembers, updated one pass at a time. What Go's
/// `handleDisruption` keeps in `zoneStates`.
///
/// ```
/// use kube_primitives::node::{DisruptionTracker, EvictionSettings, ZoneState::*};
///
/// let s = EvictionSettings::default();
/// let mut zones = DisruptionTracker::new();
/// // First pass: both zones are new, so both limiters are set.
/// let c = zones.observe(&[("a", 20, Normal), ("b", 20, Normal)], &s);
/// assert_eq!(c.rates, [("a".to_string(), 0.1), ("b".to_string(), 0.1)]);
/// // Every zone down: the controller blames itself, stops evicting and lifts the taints.
/// let c = zones.observe(&[("a", 20, FullDisruption), ("b", 20, FullDisruption)], &s);
/// assert!(c.mark_all_reachable);
/// assert_eq!(c.rates, [("a".to_string(), 0.0), ("b".to_string(), 0.0)]);
/// // One zone back: every limiter is reset and every node gets a fresh grace period.
/// let c = zones.observe(&[("a", 20, Normal), ("b", 20, FullDisruption)], &s);
/// assert!(c.reset_probe_timestamps);
/// assert_eq!(c.rates, [("a".to_string(), 0.1), ("b".to_string(), 0.1)]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[doc(alias = "handleDisruption")]
pub struct DisruptionTracker {
    states: BTreeMap<String, ZoneState>,
}

/// What one pass changes.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DisruptionChange {
    /// The zones whose eviction limiter gets a new rate (`SwapLimiter`), by zone name.
    pub rates: Vec<(String, f32)>,
    /// Every zone just went down: the controller removes the not-ready and unreachable taints
    /// from every node (`markNodeAsReachable`) and stops evicting.
    pub mark_all_reachable: bool,
    /// The first pass after every zone was down: every node's probe and Ready-transition
    /// timestamps are reset to now ([`NodeHealth::reset_probe`](super::NodeHealth::reset_probe)),
    /// so each gets a full grace period again.
    pub reset_probe_timestamps: bool,
}

impl DisruptionTracker {
    /// A controller that has seen no zone yet.
    #[must_use]
    pub fn new() -> DisruptionTracker {
        DisruptionTracker::default()
    }

    /// The state remembered for `zone`.
    #[must_use]
    pub fn state(&self, zone: &str) -> Option<ZoneState> {
        self.states.get(zone).copied()
    }

    /// One pass over the zones that have nodes: `(zone, node count, state)` with the state from
    /// [`compute_zone_state`](super::compute_zone_state). Go's `handleDisruption`.
    ///
    /// New zones start `Initial`; zones no longer present are forgotten. If every zone is now
    /// fully disrupted and was not before, every limiter is stopped (rate 0) and every zone is
    /// remembered as fully disrupted; if every zone was fully disrupted and is not now, every
    /// zone gets the rate of its new state and the probe timestamps are reset; otherwise only
    /// zones whose state changed get a new rate. (With every zone down before and after,
    /// nothing changes.) `Initial` states set no rate.
    ///
    /// Upstream forgets vanished zones in a loop that stops, in map order, at the first zone
    /// not fully disrupted, so some may linger a pass there; here they are always forgotten.
    #[doc(alias = "handleDisruption")]
    pub fn observe(
        &mut self,
        zones: &[(&str, usize, ZoneState)],
        settings: &EvictionSettings,
    ) -> DisruptionChange {
        let mut change = DisruptionChange::default();
        let all_are_down = zones
            .iter()
            .all(|(_, _, s)| *s == ZoneState::FullDisruption);
        for (name, _, _) in zones {
            if !self.states.contains_key(*name) {
                self.states.insert(String::from(*name), ZoneState::Initial);
            }
        }
        self.states
            .retain(|name, _| zones.iter().any(|(z, _, _)| z == name));
        let all_were_down = self
            .states
            .values()
            .all(|s| *s == ZoneState::FullDisruption);
        if all_are_down && all_were_down {
            return change;
        }
        let new_state = |name: &str| {
            zones
                .iter()
                .find(|(z, _, _)| *z == name)
                .map(|&(_, size, state)| (size, state))
        };
        let size_of = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        if all_are_down {
            change.mark_all_reachable = true;
            for (name, state) in &mut self.states {
                change.rates.push((name.clone(), 0.0));
                *state = ZoneState::FullDisruption;
            }
            return change;
        }
        change.reset_probe_timestamps = all_were_down;
        for (name, state) in &mut self.states {
            let Some((size, new)) = new_state(name) else {
                continue;
            };
            if !all_were_down && *state == new {
                continue;
            }
            if let Some(rate) = zone_eviction_rate(size_of(size), new, settings) {
                change.rates.push((name.clone(), rate));
            }
            *state = new;
        }
        change
    }
}
