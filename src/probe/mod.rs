//! Pod lifecycle: the kubelet's crash-loop back-off (client-go `util/flowcontrol/backoff.go`
//! as `pkg/kubelet` configures it), container restart decisions, the pod phase and the
//! kubelet-owned pod conditions.
//!
//! ```
//! use core::time::Duration;
//! use kube_primitives::probe::{Backoff, Instant};
//!
//! let mut b = Backoff::kubelet(None);
//! let s = |secs: i64| Instant::from_millis(secs * 1000);
//! // The container exited at t=100 s: not in back-off yet, so the kubelet restarts it.
//! assert!(!b.do_backoff("pod_ns_uid_app", s(100), s(100)));
//! assert_eq!(b.get("pod_ns_uid_app"), Duration::from_secs(10));
//! // It exits again at t=105 s: 10 s of back-off since then.
//! assert!(b.do_backoff("pod_ns_uid_app", s(105), s(105)));
//! ```

mod backoff;
mod conditions;
mod phase;
mod restart;

pub use backoff::{Backoff, Instant};
pub use conditions::{
    containers_ready, initialized, kubelet_conditions, ready, ready_to_start_containers,
    ContainerStatuses, KubeletConditions, NamespaceMode, Sandbox,
};
pub use phase::{pod_phase, ParsePodPhaseError, PodPhase};
pub use restart::container_should_restart;
