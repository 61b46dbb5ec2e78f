//! Pod lifecycle as the kubelet runs it, as pure state machines on the caller's observations and
//! clock: the prober worker ([`ProbeWorker`]), container restart decisions
//! ([`container_should_restart`]), the crash-loop back-off ([`Backoff`], client-go
//! [`util/flowcontrol/backoff.go`](https://github.com/kubernetes/client-go/blob/v0.36.3/util/flowcontrol/backoff.go)
//! as `pkg/kubelet` configures it), the pod phase ([`pod_phase`], [`settle_phase`]) and the
//! kubelet-owned pod conditions ([`kubelet_conditions`]).
//!
//! How one container moves, and which piece decides each edge:
//!
//! ```text
//!            created                 startup probe Success (ProbeWorker, Startup)
//!  Waiting ──────────► Running ─────────────────────────────► Started
//!     ▲                (not started:                           │ readiness probe (Readiness):
//!     │                 only the startup                       │ Ready ⇄ NotReady by thresholds
//!     │                 probe runs)                            │
//!     │                    │ startup Failure ≥ threshold       │ liveness Failure ≥ threshold
//!     │                    ▼                                   ▼
//!     │                 killed ──────────────► Terminated ◄── killed / exited
//!     │                                          │
//!     │   container_should_restart = false       │ container_should_restart = true
//!     │   ──► stays Terminated; the pod turns    │
//!     │       Succeeded or Failed (pod_phase)    ▼
//!     └──────────── Backoff::do_backoff: CrashLoopBackOff for 10 s, 20 s, … 300 s,
//!                   from 10 s again after 10 minutes without a restart
//! ```
//!
//! The pod phase is computed from all containers ([`pod_phase`]) and never leaves `Succeeded` or
//! `Failed` once recorded ([`settle_phase`]); the conditions follow from the phase and the
//! container statuses ([`kubelet_conditions`]).
//!
//! ```
//! use core::time::Duration;
//! use kube_primitives::clock::Instant;
//! use kube_primitives::probe::Backoff;
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
mod outcome;
mod phase;
mod restart;
mod validate;
mod worker;

pub use backoff::Backoff;
pub use conditions::{
    containers_ready, initialized, kubelet_conditions, ready, ready_to_start_containers,
    stamp_transition, ContainerStatuses, KubeletConditions, NamespaceMode, Sandbox,
};
pub use outcome::{
    exec_outcome, http_outcome, redirect, tcp_outcome, ExecEnd, ProbeOutcome, Redirect,
};
pub use phase::{pod_phase, settle_phase, ParsePodPhaseError, PodPhase};
pub use restart::container_should_restart;
pub use validate::validate_probe;
pub use worker::{ProbeKind, ProbeResult, ProbeStep, ProbeTiming, ProbeWorker};
