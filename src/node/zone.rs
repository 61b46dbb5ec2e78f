//! Zone health and eviction rates: the node lifecycle controller's `ComputeZoneState` and the rate
//! it gives each zone's eviction limiter
//! ([`pkg/controller/nodelifecycle/node_lifecycle_controller.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/nodelifecycle/node_lifecycle_controller.go)).

use crate::api::core::condition_status;
use core::fmt;
use core::str::FromStr;

/// A zone's health. Go's `ZoneState`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ZoneState {
    /// `Initial`: not yet computed.
    Initial,
    /// `Normal`.
    Normal,
    /// `PartialDisruption`: more than 2 nodes and at least the threshold share not ready.
    PartialDisruption,
    /// `FullDisruption`: no ready node.
    FullDisruption,
}

impl ZoneState {
    /// Upstream's name.
    pub fn as_str(self) -> &'static str {
        match self {
            ZoneState::Initial => "Initial",
            ZoneState::Normal => "Normal",
            ZoneState::PartialDisruption => "PartialDisruption",
            ZoneState::FullDisruption => "FullDisruption",
        }
    }
}

impl fmt::Display for ZoneState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is not one of the four states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownZoneState;

impl fmt::Display for UnknownZoneState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown zone state")
    }
}

impl FromStr for ZoneState {
    type Err = UnknownZoneState;

    /// The exact names (upstream compares them case-sensitively).
    fn from_str(s: &str) -> Result<ZoneState, UnknownZoneState> {
        Ok(match s {
            "Initial" => ZoneState::Initial,
            "Normal" => ZoneState::Normal,
            "PartialDisruption" => ZoneState::PartialDisruption,
            "FullDisruption" => ZoneState::FullDisruption,
            _ => return Err(UnknownZoneState),
        })
    }
}

/// The controller's eviction settings (`float32`/`int32` flags in Go).
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct EvictionSettings {
    /// `--node-eviction-rate` (0.1 nodes per second).
    pub node_eviction_rate: f32,
    /// `--secondary-node-eviction-rate` (0.01).
    pub secondary_node_eviction_rate: f32,
    /// `--large-cluster-size-threshold` (50).
    pub large_cluster_size_threshold: i32,
    /// `--unhealthy-zone-threshold` (0.55).
    pub unhealthy_zone_threshold: f32,
}

impl Default for EvictionSettings {
    fn default() -> EvictionSettings {
        EvictionSettings {
            node_eviction_rate: 0.1,
            secondary_node_eviction_rate: 0.01,
            large_cluster_size_threshold: 50,
            unhealthy_zone_threshold: 0.55,
        }
    }
}

/// Go's `ComputeZoneState`: how many nodes are not ready (a node is ready only when its Ready
/// condition's status is exactly `True`; `None` is a node without one) and the zone's state.
///
/// ```
/// use kube_primitives::node::{compute_zone_state, EvictionSettings, ZoneState};
///
/// let s = EvictionSettings::default();
/// assert_eq!(compute_zone_state(["True", "False", "Unknown"].map(Some), &s), (2, ZoneState::Normal));
/// assert_eq!(compute_zone_state([Some("True"), None, Some("False"), Some("False")], &s), (3, ZoneState::PartialDisruption));
/// assert_eq!(compute_zone_state([Some("Unknown")], &s), (1, ZoneState::FullDisruption));
/// ```
#[doc(alias = "ComputeZoneState")]
pub fn compute_zone_state<'a>(
    ready_statuses: impl IntoIterator<Item = Option<&'a str>>,
    settings: &EvictionSettings,
) -> (usize, ZoneState) {
    let (mut ready, mut not_ready) = (0usize, 0usize);
    for status in ready_statuses {
        if status == Some(condition_status::TRUE) {
            ready += 1;
        } else {
            not_ready += 1;
        }
    }
    #[expect(
        clippy::cast_precision_loss,
        reason = "upstream computes the share in float32"
    )]
    let share = not_ready as f32 / (not_ready + ready) as f32;
    let state = if ready == 0 && not_ready > 0 {
        ZoneState::FullDisruption
    } else if not_ready > 2 && share >= settings.unhealthy_zone_threshold {
        ZoneState::PartialDisruption
    } else {
        ZoneState::Normal
    };
    (not_ready, state)
}

/// The rate (evictions per second) `setLimiterInZone` gives a zone of `zone_size` nodes in
/// `state`, or `None` when it leaves the limiter alone (`Initial`). A partially disrupted zone
/// evicts at the secondary rate when it has more than the large-cluster threshold of nodes
/// (compared as `int32`), else not at all; a fully disrupted zone keeps the normal rate (the
/// controller stops evicting when every zone is down, not through this rate).
#[doc(alias = "setLimiterInZone")]
pub fn zone_eviction_rate(
    zone_size: i64,
    state: ZoneState,
    settings: &EvictionSettings,
) -> Option<f32> {
    match state {
        ZoneState::Normal | ZoneState::FullDisruption => Some(settings.node_eviction_rate),
        #[expect(
            clippy::cast_possible_truncation,
            reason = "upstream converts the zone size to int32, wrapping"
        )]
        ZoneState::PartialDisruption
            if zone_size as i32 > settings.large_cluster_size_threshold =>
        {
            Some(settings.secondary_node_eviction_rate)
        }
        ZoneState::PartialDisruption => Some(0.0),
        ZoneState::Initial => None,
    }
}

/// The rate of every zone at once, as `handleDisruption` leaves the limiters: when every zone
/// is fully disrupted the controller stops evicting everywhere (rate 0, it assumes its own
/// network is at fault); otherwise each zone gets [`zone_eviction_rate`] (`Initial` zones keep
/// `None`). Zones are `(node count, state)`.
///
/// ```
/// use kube_primitives::node::{cluster_eviction_rates, EvictionSettings, ZoneState::*};
///
/// let s = EvictionSettings::default();
/// assert_eq!(cluster_eviction_rates(&[(20, FullDisruption), (20, Normal)], &s), [Some(0.1), Some(0.1)]);
/// assert_eq!(cluster_eviction_rates(&[(20, FullDisruption), (20, FullDisruption)], &s), [Some(0.0), Some(0.0)]);
/// ```
#[doc(alias = "handleDisruption")]
pub fn cluster_eviction_rates(
    zones: &[(i64, ZoneState)],
    settings: &EvictionSettings,
) -> alloc::vec::Vec<Option<f32>> {
    let all_down = !zones.is_empty() && zones.iter().all(|(_, s)| *s == ZoneState::FullDisruption);
    zones
        .iter()
        .map(|&(size, state)| {
            if all_down {
                Some(0.0)
            } else {
                zone_eviction_rate(size, state, settings)
            }
        })
        .collect()
}
