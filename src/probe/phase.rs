//! The pod phase the kubelet reports
//! ([`pkg/kubelet/kubelet_pods.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/kubelet_pods.go),
//! `getPhase`).

use core::fmt;
use core::str::FromStr;

use crate::api::core::pod_phase;
use crate::api::core::{Container, ContainerState, ContainerStatus, Pod, StatusesByName};

use super::container_should_restart;

/// Go's `v1.PodPhase`
/// ([`k8s.io/api/core/v1/types.go`](https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PodPhase {
    /// Accepted, but some container has not started yet.
    Pending,
    /// Bound to a node and every container started; at least one runs or restarts.
    Running,
    /// Every container terminated with success and will not restart.
    Succeeded,
    /// Every container terminated and at least one failed for good.
    Failed,
    /// The state could not be obtained.
    Unknown,
}

impl PodPhase {
    /// The wire form: `Pending`, `Running`, …
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            PodPhase::Pending => pod_phase::PENDING,
            PodPhase::Running => pod_phase::RUNNING,
            PodPhase::Succeeded => pod_phase::SUCCEEDED,
            PodPhase::Failed => pod_phase::FAILED,
            PodPhase::Unknown => pod_phase::UNKNOWN,
        }
    }

    /// Whether the phase is final: `Succeeded` or `Failed`. Go's `IsPodPhaseTerminal` in
    /// [`pkg/api/v1/pod/util.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/api/v1/pod/util.go).
    #[must_use]
    #[doc(alias = "IsPodPhaseTerminal")]
    pub fn is_terminal(self) -> bool {
        matches!(self, PodPhase::Succeeded | PodPhase::Failed)
    }
}

impl fmt::Display for PodPhase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that is not one of the five phases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown pod phase")]
pub struct ParsePodPhaseError;

impl FromStr for PodPhase {
    type Err = ParsePodPhaseError;

    fn from_str(s: &str) -> Result<PodPhase, ParsePodPhaseError> {
        Ok(match s {
            pod_phase::PENDING => PodPhase::Pending,
            pod_phase::RUNNING => PodPhase::Running,
            pod_phase::SUCCEEDED => PodPhase::Succeeded,
            pod_phase::FAILED => PodPhase::Failed,
            pod_phase::UNKNOWN => PodPhase::Unknown,
            _ => return Err(ParsePodPhaseError),
        })
    }
}

/// The terminated reason the kubelet gives containers it stops to restart the whole pod; such a
/// container always counts as restartable.
const RESTARTING_ALL_CONTAINERS: &str = "RestartingAllContainers";

/// The phase the kubelet computes for `pod` from the container statuses in `pod.status`. Go's
/// `getPhase`.
///
/// Statuses are looked up by name in `containerStatuses`, then `initContainerStatuses`; the first
/// match wins, as upstream concatenates the two lists. `pod_is_terminal` says the kubelet has
/// stopped the pod for good, so terminated containers decide between `Succeeded` and `Failed`
/// whatever the restart policy — except for static pods (annotation `kubernetes.io/config.source`
/// other than `api`), which upstream never moves to a terminal phase this way.
/// `pod_has_initialized` says a regular container has started, so a restarting sidecar does not
/// send the pod back to `Pending`.
///
/// Container restart rules decide whether a terminated container restarts (see
/// [`container_should_restart`]), as in Kubernetes 1.34 and later.
///
/// ```
/// use kube_primitives::api::core::Pod;
/// use kube_primitives::probe::{pod_phase, PodPhase};
///
/// let pod: Pod = serde_json::from_str(r#"{
///     "spec": {"restartPolicy": "OnFailure", "containers": [{"name": "job"}]},
///     "status": {"containerStatuses": [
///         {"name": "job", "state": {"terminated": {"exitCode": 0}}}
///     ]}
/// }"#).unwrap();
/// assert_eq!(pod_phase(&pod, false, true), PodPhase::Succeeded);
/// ```
#[must_use]
#[doc(alias = "getPhase")]
pub fn pod_phase(pod: &Pod, pod_is_terminal: bool, pod_has_initialized: bool) -> PodPhase {
    let spec = &pod.spec;
    let statuses = StatusesByName::new(
        &pod.status.container_statuses,
        &pod.status.init_container_statuses,
    );
    let status_of = |name: &str| statuses.get(name);
    let restartable = |c: &Container, exit: &crate::api::core::ContainerStateTerminated| {
        container_should_restart(c, spec, exit.exit_code)
            || exit.reason == RESTARTING_ALL_CONTAINERS
    };

    let mut init_pending = 0u32;
    let mut sidecars_pending = 0u32;
    let mut init_failed_for_good = 0u32;
    let mut c = Counts::default();

    for container in spec
        .init_containers
        .iter()
        .filter(|c| !c.is_restartable_init_container())
    {
        match status_of(&container.name).map(last_exit) {
            None | Some(Exit::Running | Exit::Waiting | Exit::Unknown) => init_pending += 1,
            Some(Exit::Terminated(t)) => {
                if t.exit_code != 0 && !restartable(container, t) {
                    init_failed_for_good += 1;
                }
            }
        }
    }

    for container in spec
        .init_containers
        .iter()
        .filter(|c| c.is_restartable_init_container())
    {
        let Some(status) = status_of(&container.name) else {
            c.unknown += 1;
            continue;
        };
        match last_exit(status) {
            Exit::Running => {
                if status.started != Some(true) {
                    sidecars_pending += 1;
                }
                c.running += 1;
            }
            // A sidecar that stopped does not count towards the phase.
            Exit::Terminated(_) => {}
            Exit::Waiting => {
                sidecars_pending += 1;
                c.waiting += 1;
            }
            Exit::Unknown => {
                sidecars_pending += 1;
                c.unknown += 1;
            }
        }
    }

    for container in &spec.containers {
        let Some(status) = status_of(&container.name) else {
            c.unknown += 1;
            continue;
        };
        match last_exit(status) {
            Exit::Running => c.running += 1,
            Exit::Terminated(t) => {
                c.stopped += 1;
                if !restartable(container, t) {
                    c.stopped_for_good += 1;
                }
                // Upstream counts success only for a current termination, not for a container
                // waiting after one.
                if status.state.terminated.is_some() && t.exit_code == 0 {
                    c.succeeded += 1;
                }
            }
            Exit::Waiting => c.waiting += 1,
            Exit::Unknown => c.unknown += 1,
        }
    }

    if init_failed_for_good > 0 {
        return PodPhase::Failed;
    }
    if init_pending > 0 || (sidecars_pending > 0 && !pod_has_initialized) || c.waiting > 0 {
        return PodPhase::Pending;
    }
    if c.running > 0 && c.unknown == 0 {
        return PodPhase::Running;
    }
    if c.running == 0 && c.stopped > 0 && c.unknown == 0 {
        if pod_is_terminal && !is_static(pod) {
            return if c.stopped == c.succeeded {
                PodPhase::Succeeded
            } else {
                PodPhase::Failed
            };
        }
        if c.stopped != c.stopped_for_good {
            return PodPhase::Running;
        }
        return if c.stopped == c.succeeded {
            PodPhase::Succeeded
        } else {
            PodPhase::Failed
        };
    }
    PodPhase::Pending
}

#[derive(Default)]
struct Counts {
    unknown: u32,
    running: u32,
    waiting: u32,
    stopped: u32,
    stopped_for_good: u32,
    succeeded: u32,
}

/// A container's state as `getPhase` reads it: a waiting container that terminated before counts
/// by that termination.
enum Exit<'a> {
    Running,
    Terminated(&'a crate::api::core::ContainerStateTerminated),
    Waiting,
    Unknown,
}

fn last_exit(status: &ContainerStatus) -> Exit<'_> {
    let ContainerState {
        waiting,
        running,
        terminated,
    } = &status.state;
    if running.is_some() {
        Exit::Running
    } else if let Some(t) = terminated {
        Exit::Terminated(t)
    } else if waiting.is_some() {
        status
            .last_state
            .terminated
            .as_ref()
            .map_or(Exit::Waiting, Exit::Terminated)
    } else {
        Exit::Unknown
    }
}

/// `kubetypes.IsStaticPod`: the pod came from a file or URL, not the API server.
fn is_static(pod: &Pod) -> bool {
    pod.metadata
        .annotations
        .get("kubernetes.io/config.source")
        .is_some_and(|source| source != "api")
}

/// The phase the kubelet reports after merging `computed` (from [`pod_phase()`]) with the phase its
/// status manager last recorded (`recorded`) and the phase on the API server (`api`), as
/// `generateAPIPodStatus` does: a pod never leaves `Succeeded` or `Failed`.
///
/// A non-terminal computed phase takes a terminal recorded phase, else a terminal API phase; and
/// whatever was computed, a terminal API phase wins.
///
/// ```
/// use kube_primitives::probe::{settle_phase, PodPhase};
///
/// let p = settle_phase(PodPhase::Running, Some(PodPhase::Succeeded), Some(PodPhase::Running));
/// assert_eq!(p, PodPhase::Succeeded);
/// let p = settle_phase(PodPhase::Failed, None, Some(PodPhase::Succeeded));
/// assert_eq!(p, PodPhase::Succeeded);
/// ```
#[must_use]
#[doc(alias = "generateAPIPodStatus")]
pub fn settle_phase(
    computed: PodPhase,
    recorded: Option<PodPhase>,
    api: Option<PodPhase>,
) -> PodPhase {
    let terminal = |p: Option<PodPhase>| p.filter(|p| p.is_terminal());
    if let Some(api) = terminal(api) {
        return api;
    }
    if computed.is_terminal() {
        return computed;
    }
    terminal(recorded).unwrap_or(computed)
}
