//! Nodes: taints and tolerations as the scheduler and the taint manager match them
//! (`k8s.io/api/core/v1` `Toleration.ToleratesTaint`, `k8s.io/component-helpers/scheduling/corev1`);
//! when the node lifecycle controller stops trusting a quiet node ([`node_health`]), the taints
//! nodes get and when their pods are evicted; zone health and eviction rates as the node
//! lifecycle controller computes them.
//!
//! ```
//! use kube_primitives::api::core::{Taint, Toleration};
//! use kube_primitives::node::{find_untolerated_taint, TaintFeatures};
//!
//! let taints = [Taint::new("dedicated", "gpu", "NoSchedule"), Taint::new("spot", "", "PreferNoSchedule")];
//! let tolerations = [Toleration::new("dedicated", "Equal", "gpu", "")];
//! let hard = |t: &Taint| t.effect == "NoSchedule" || t.effect == "NoExecute";
//! assert_eq!(find_untolerated_taint(&taints, &tolerations, hard, TaintFeatures::default()), None);
//! ```

mod disruption;
mod eviction;
mod health;
mod rate_limiter;
mod taint;
mod zone;

pub use disruption::{DisruptionChange, DisruptionTracker};
pub use eviction::{
    default_tolerations_patch, eviction, no_execute_taint, no_schedule_taints,
    with_default_tolerations, Eviction, DEFAULT_TOLERATION_SECONDS, TAINT_DISK_PRESSURE,
    TAINT_MEMORY_PRESSURE, TAINT_NETWORK_UNAVAILABLE, TAINT_NOT_READY, TAINT_PID_PRESSURE,
    TAINT_UNREACHABLE, TAINT_UNSCHEDULABLE,
};
pub use health::{
    node_health, NodeHealth, NodeHealthSettings, NodeHealthUpdate, NODE_MONITOR_GRACE_PERIOD,
    NODE_STARTUP_GRACE_PERIOD,
};
pub use rate_limiter::{EvictionLimiter, TokenBucket, EVICTION_BURST};
pub use taint::{find_untolerated_taint, tolerates, tolerations_tolerate_taint, TaintFeatures};
pub use zone::{
    cluster_eviction_rates, compute_zone_state, zone_eviction_rate, EvictionSettings,
    UnknownZoneState, ZoneState,
};
