//! The pod conditions the kubelet owns: `PodReadyToStartContainers`, `Initialized`, `Ready` and
//! `ContainersReady`
//! ([`pkg/kubelet/status/generate.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/status/generate.go),
//! as `generateAPIPodStatus` in
//! [`pkg/kubelet/kubelet_pods.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/kubelet_pods.go)
//! assembles them).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::api::core::{condition_status, pod_condition_type};
use crate::api::core::{Container, ContainerStatus, Pod, PodCondition, PodStatus, StatusesByName};
use crate::clock::Instant;

use super::PodPhase;
use crate::text::{write_go_quoted, write_go_string_slice};

/// The container statuses the conditions are computed from: init containers' first, then regular
/// ones, looked up by name (the first match wins).
///
/// The functions of this module take `Option<ContainerStatuses>`: `None` is the kubelet's nil
/// list, "nothing known yet", which gives the `UnknownContainerStatuses` reason.
#[derive(Clone, Copy, Debug, Default)]
pub struct ContainerStatuses<'a> {
    init: &'a [ContainerStatus],
    regular: &'a [ContainerStatus],
}

impl<'a> ContainerStatuses<'a> {
    /// Statuses of init containers and of regular containers.
    #[must_use]
    pub fn new(init: &'a [ContainerStatus], regular: &'a [ContainerStatus]) -> Self {
        ContainerStatuses { init, regular }
    }

    /// The statuses in `status`, or `None` when it lists none at all.
    ///
    /// Upstream also treats a present but empty `initContainerStatuses` (with no regular
    /// statuses) as known; build that case with [`ContainerStatuses::new`].
    #[must_use]
    pub fn of(status: &'a PodStatus) -> Option<Self> {
        let s = ContainerStatuses::new(&status.init_container_statuses, &status.container_statuses);
        (!s.init.is_empty() || !s.regular.is_empty()).then_some(s)
    }

    /// Lookup by name, init statuses first.
    fn by_name(&self) -> StatusesByName<'a> {
        StatusesByName::new(self.init, self.regular)
    }
}

/// A pod sandbox as the container runtime reports it (CRI `PodSandboxStatus` of
/// [`k8s.io/cri-api/pkg/apis/runtime/v1/api.proto`](https://github.com/kubernetes/cri-api/blob/v0.36.3/pkg/apis/runtime/v1/api.proto),
/// in part).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
#[doc(alias = "PodSandboxStatus")]
pub struct Sandbox {
    /// `SANDBOX_READY` (true) or `SANDBOX_NOTREADY`.
    pub ready: bool,
    /// The network namespace mode.
    pub network: NamespaceMode,
    /// The reported network status: `None` when the runtime reported none, else the IP (maybe
    /// empty).
    pub ip: Option<String>,
}

impl Sandbox {
    /// A sandbox with a state, namespace mode and IP.
    #[must_use]
    pub fn new(ready: bool, network: NamespaceMode, ip: Option<String>) -> Sandbox {
        Sandbox { ready, network, ip }
    }
}

/// CRI `NamespaceMode` of a sandbox's network namespace. Go's `NamespaceMode` in `k8s.io/cri-api`
/// `api.proto`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum NamespaceMode {
    /// Its own namespace (the CRI default).
    #[default]
    Pod,
    /// A container's namespace.
    Container,
    /// The node's namespace (host network).
    Node,
    /// Another container's namespace.
    Target,
}

/// The conditions the kubelet generates on each status update.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct KubeletConditions {
    /// `PodScheduled`: always `True` once the kubelet runs the pod.
    pub scheduled: PodCondition,
    /// `PodReadyToStartContainers`.
    pub ready_to_start_containers: PodCondition,
    /// `Initialized`.
    pub initialized: PodCondition,
    /// `Ready`.
    pub ready: PodCondition,
    /// `ContainersReady`.
    pub containers_ready: PodCondition,
}

/// The kubelet-owned conditions for `pod` in `phase`, as Kubernetes 1.36 generates them. Follows
/// the conditions part of Go's `generateAPIPodStatus` in `pkg/kubelet/kubelet_pods.go`.
///
/// `old` is the status the kubelet last recorded (usually `pod.status`): an `Initialized` that
/// was `True` stays `True`. `sandboxes` are the runtime's sandboxes, newest first. Every
/// condition's `observedGeneration` is the pod's generation (pod generation tracking is on).
/// Readiness gates are looked up in `pod.status.conditions`, where the controllers that own them
/// write them (`GeneratePodReadyCondition` with the pod's conditions); call [`ready`] to check them
/// against another list.
///
/// ```
/// use kube_primitives::api::core::Pod;
/// use kube_primitives::probe::{kubelet_conditions, ContainerStatuses, PodPhase, Sandbox};
///
/// let pod: Pod = serde_json::from_str(r#"{
///     "spec": {"containers": [{"name": "app"}, {"name": "log"}]},
///     "status": {"containerStatuses": [
///         {"name": "app", "ready": true, "state": {"running": {}}},
///         {"name": "log", "ready": false, "state": {"running": {}}}
///     ]}
/// }"#).unwrap();
/// let c = kubelet_conditions(
///     &pod, &pod.status, PodPhase::Running, ContainerStatuses::of(&pod.status), &[],
/// );
/// assert_eq!(c.ready.reason, "ContainersNotReady");
/// assert_eq!(c.ready.message, "containers with unready status: [log]");
/// assert_eq!(c.ready_to_start_containers.status, "False"); // no sandbox yet
/// ```
#[must_use]
#[doc(alias = "generateAPIPodStatus")]
pub fn kubelet_conditions(
    pod: &Pod,
    old: &PodStatus,
    phase: PodPhase,
    statuses: Option<ContainerStatuses<'_>>,
    sandboxes: &[Sandbox],
) -> KubeletConditions {
    let ready_to_start_containers = ready_to_start_containers(pod, sandboxes);
    let initialized = initialized(pod, old, statuses, phase);
    let containers_ready = containers_ready(pod, statuses, phase);
    let ready = ready(pod, &pod.status.conditions, &containers_ready);
    KubeletConditions {
        scheduled: condition(pod, "PodScheduled", true, "", String::new()),
        ready_to_start_containers,
        initialized,
        ready,
        containers_ready,
    }
}

fn condition(pod: &Pod, type_: &str, status: bool, reason: &str, message: String) -> PodCondition {
    let status = if status {
        condition_status::TRUE
    } else {
        condition_status::FALSE
    };
    let mut c = PodCondition::new(type_, status);
    c.observed_generation = pod.metadata.generation;
    c.reason = reason.into();
    c.message = message;
    c
}

/// `PodReadyToStartContainers`: true when no new sandbox is needed (`PodSandboxChanged` in
/// `pkg/kubelet/kuberuntime/util`): exactly the newest sandbox is ready, in the namespace mode the
/// pod asks for, with an IP unless host-networked. Go's
/// `GeneratePodReadyToStartContainersCondition`.
#[must_use]
#[doc(alias = "GeneratePodReadyToStartContainersCondition")]
pub fn ready_to_start_containers(pod: &Pod, sandboxes: &[Sandbox]) -> PodCondition {
    let wanted = if pod.spec.host_network {
        NamespaceMode::Node
    } else {
        NamespaceMode::Pod
    };
    let ok = match sandboxes.first() {
        None => false,
        Some(newest) => {
            sandboxes.iter().filter(|s| s.ready).count() <= 1
                && newest.ready
                && newest.network == wanted
                && (pod.spec.host_network || newest.ip.as_deref() != Some(""))
        }
    };
    condition(pod, "PodReadyToStartContainers", ok, "", String::new())
}

/// `"containers with unknown status: [..], containers with <what> status: [..]"`, or empty.
fn not_ready_message(unknown: &[&str], other: &[&str], what: &str) -> String {
    let mut m = String::new();
    // Writing to a String cannot fail.
    if !unknown.is_empty() {
        m.push_str("containers with unknown status: ");
        let _ = write_go_string_slice(&mut m, unknown);
    }
    if !other.is_empty() {
        if !m.is_empty() {
            m.push_str(", ");
        }
        let _ = write!(m, "containers with {what} status: ");
        let _ = write_go_string_slice(&mut m, other);
    }
    m
}

/// `Initialized`: every init container finished (a sidecar: started), or a regular container has
/// already run, or the pod was initialized before. Go's `GeneratePodInitializedCondition`.
#[must_use]
#[doc(alias = "GeneratePodInitializedCondition")]
pub fn initialized(
    pod: &Pod,
    old: &PodStatus,
    statuses: Option<ContainerStatuses<'_>>,
    phase: PodPhase,
) -> PodCondition {
    const TYPE: &str = "Initialized";
    let spec = &pod.spec;
    let Some(statuses) = statuses.or(if spec.init_containers.is_empty() {
        Some(ContainerStatuses::default())
    } else {
        None
    }) else {
        return condition(pod, TYPE, false, "UnknownContainerStatuses", String::new());
    };
    let mut unknown = Vec::new();
    let mut incomplete = Vec::new();
    let by_name = statuses.by_name();
    for c in &spec.init_containers {
        match by_name.get(&c.name) {
            None => unknown.push(c.name.as_str()),
            Some(s) if !init_container_done(c, s) => incomplete.push(c.name.as_str()),
            Some(_) => {}
        }
    }
    if phase == PodPhase::Succeeded && unknown.is_empty() {
        return condition(pod, TYPE, true, "PodCompleted", String::new());
    }
    if any_regular_container_started(pod, statuses) {
        return condition(pod, TYPE, true, "", String::new());
    }
    let message = not_ready_message(&unknown, &incomplete, "incomplete");
    // Once initialized, a pod stays so while its containers restart in place.
    let was_initialized = old
        .conditions
        .iter()
        .any(|c| c.type_ == TYPE && c.status == condition_status::TRUE);
    if message.is_empty() || was_initialized {
        return condition(pod, TYPE, true, "", String::new());
    }
    condition(pod, TYPE, false, "ContainersNotInitialized", message)
}

fn init_container_done(c: &Container, s: &ContainerStatus) -> bool {
    if c.is_restartable_init_container() {
        s.started == Some(true)
    } else {
        s.ready
    }
}

/// `HasAnyRegularContainerStarted`: a status named like a regular container is running or
/// terminated (init statuses included, as upstream scans the joined list).
fn any_regular_container_started(pod: &Pod, statuses: ContainerStatuses<'_>) -> bool {
    let containers = &pod.spec.containers;
    // An index of the names only when a scan per status would be quadratic.
    let names: Option<alloc::collections::BTreeSet<&str>> =
        (containers.len() > 16).then(|| containers.iter().map(|c| c.name.as_str()).collect());
    let is_regular = |name: &str| match &names {
        Some(names) => names.contains(name),
        None => containers.iter().any(|c| c.name == name),
    };
    statuses
        .init
        .iter()
        .chain(statuses.regular)
        .any(|s| (s.state.running.is_some() || s.state.terminated.is_some()) && is_regular(&s.name))
}

/// `ContainersReady`: every regular container and sidecar reports ready. Go's
/// `GenerateContainersReadyCondition`.
#[must_use]
#[doc(alias = "GenerateContainersReadyCondition")]
pub fn containers_ready(
    pod: &Pod,
    statuses: Option<ContainerStatuses<'_>>,
    phase: PodPhase,
) -> PodCondition {
    const TYPE: &str = "ContainersReady";
    let Some(statuses) = statuses else {
        return condition(pod, TYPE, false, "UnknownContainerStatuses", String::new());
    };
    let spec = &pod.spec;
    let mut unknown = Vec::new();
    let mut unready = Vec::new();
    let sidecars = spec
        .init_containers
        .iter()
        .filter(|c| c.is_restartable_init_container());
    let by_name = statuses.by_name();
    for c in sidecars.chain(&spec.containers) {
        match by_name.get(&c.name) {
            None => unknown.push(c.name.as_str()),
            Some(s) if !s.ready => unready.push(c.name.as_str()),
            Some(_) => {}
        }
    }
    if phase == PodPhase::Succeeded && unknown.is_empty() {
        return condition(pod, TYPE, false, "PodCompleted", String::new());
    }
    if phase == PodPhase::Failed {
        return condition(pod, TYPE, false, "PodFailed", String::new());
    }
    let message = not_ready_message(&unknown, &unready, "unready");
    if message.is_empty() {
        condition(pod, TYPE, true, "", String::new())
    } else {
        condition(pod, TYPE, false, "ContainersNotReady", message)
    }
}

/// `Ready` from `ContainersReady` (see [`containers_ready`]): when that is not `True`, `Ready`
/// copies its status, reason and message; otherwise every readiness gate's condition must be `True`
/// among `conditions`. Go's `GeneratePodReadyCondition`.
#[must_use]
#[doc(alias = "GeneratePodReadyCondition")]
pub fn ready(
    pod: &Pod,
    conditions: &[PodCondition],
    containers_ready: &PodCondition,
) -> PodCondition {
    const TYPE: &str = pod_condition_type::READY;
    if containers_ready.status != condition_status::TRUE {
        let mut c = containers_ready.clone();
        c.type_ = TYPE.into();
        return c;
    }
    let mut message = String::new();
    for gate in &pod.spec.readiness_gates {
        let gate = gate.condition_type.as_str();
        let found = conditions.iter().find(|c| c.type_ == gate);
        if found.is_some_and(|c| c.status == condition_status::TRUE) {
            continue;
        }
        if !message.is_empty() {
            message.push_str(", ");
        }
        // Writing to a String cannot fail.
        let _ = match found {
            None => {
                message.push_str("corresponding condition of pod readiness gate ");
                let _ = write_go_quoted(&mut message, gate);
                message.push_str(" does not exist.");
                Ok(())
            }
            Some(c) => {
                message.push_str("the status of pod readiness gate ");
                let _ = write_go_quoted(&mut message, gate);
                write!(message, " is not \"True\", but {}", c.status)
            }
        };
    }
    if message.is_empty() {
        condition(pod, TYPE, true, "", String::new())
    } else {
        condition(pod, TYPE, false, "ReadinessGatesNotReady", message)
    }
}

impl KubeletConditions {
    /// Stamps every condition's `lastTransitionTime` as the status manager does
    /// (`updateLastTransitionTime`): kept from `old`'s condition of the same type when the status
    /// is unchanged, `now` otherwise. In
    /// [`pkg/kubelet/status/status_manager.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/status/status_manager.go).
    #[doc(alias = "updateLastTransitionTime")]
    pub fn stamp_transitions(&mut self, old: &PodStatus, now: impl Into<Instant>) {
        let now = now.into();
        for c in [
            &mut self.scheduled,
            &mut self.ready_to_start_containers,
            &mut self.initialized,
            &mut self.ready,
            &mut self.containers_ready,
        ] {
            stamp_transition(c, old, now);
        }
    }

    /// The conditions in the order the kubelet appends them.
    #[must_use]
    pub fn into_vec(self) -> Vec<PodCondition> {
        alloc::vec![
            self.ready_to_start_containers,
            self.initialized,
            self.ready,
            self.containers_ready,
            self.scheduled,
        ]
    }
}

/// Go's `updateLastTransitionTime`
/// ([`pkg/kubelet/status/status_manager.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/status/status_manager.go))
/// for one condition: the time moves only when the status differs from the first condition of that
/// type in `old`.
///
/// ```
/// use kube_primitives::api::core::{PodCondition, PodStatus, Time};
/// use kube_primitives::probe::stamp_transition;
///
/// let mut old = PodStatus::default();
/// let mut was = PodCondition::new("Ready", "True");
/// was.last_transition_time = Some(Time::from_unix_seconds(100));
/// old.conditions.push(was);
/// let now = Time::from_unix_seconds(200);
/// let mut same = PodCondition::new("Ready", "True");
/// stamp_transition(&mut same, &old, now);
/// assert_eq!(same.last_transition_time, Some(Time::from_unix_seconds(100)));
/// let mut flipped = PodCondition::new("Ready", "False");
/// stamp_transition(&mut flipped, &old, now);
/// assert_eq!(flipped.last_transition_time, Some(now));
/// ```
#[doc(alias = "updateLastTransitionTime")]
pub fn stamp_transition(condition: &mut PodCondition, old: &PodStatus, now: impl Into<Instant>) {
    let previous = old.conditions.iter().find(|c| c.type_ == condition.type_);
    condition.last_transition_time = match previous {
        Some(p) if p.status == condition.status => p.last_transition_time,
        _ => Some(now.into().to_time()),
    };
}
