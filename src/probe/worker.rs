//! One probe of one container as the kubelet's prober worker runs it
//! ([`pkg/kubelet/prober/worker.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/prober/worker.go)),
//! with the caller doing the probing and keeping the time.

use alloc::string::String;

use crate::api::core::{pod_phase, restart_policy};
use crate::api::core::{ContainerStatus, Pod, PodStatus, Probe, Time};
use crate::clock::Instant;

/// Which probe a worker runs. Go's `probeType` in
/// [`pkg/kubelet/prober/prober_manager.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/prober/prober_manager.go).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[doc(alias = "probeType")]
pub enum ProbeKind {
    /// Restarts the container when it fails.
    Liveness,
    /// Takes the container out of service while it fails.
    Readiness,
    /// Holds the other two back until it succeeds once; restarts the container when it fails.
    Startup,
}

impl ProbeKind {
    /// The result a new container starts with: readiness `Failure`, liveness `Success`, startup
    /// `Unknown`.
    #[must_use]
    pub fn initial_result(self) -> ProbeResult {
        match self {
            ProbeKind::Readiness => ProbeResult::Failure,
            ProbeKind::Liveness => ProbeResult::Success,
            ProbeKind::Startup => ProbeResult::Unknown,
        }
    }
}

/// A probe outcome (Go's `results.Result` in
/// [`pkg/kubelet/prober/results/results_manager.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/prober/results/results_manager.go)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[doc(alias = "Result")]
pub enum ProbeResult {
    /// The probe passed.
    Success,
    /// The probe failed.
    Failure,
    /// The probe could not decide (for example an exec probe that timed out with the feature
    /// that treats it as unknown, or no result yet).
    Unknown,
}

/// The numbers of a probe the worker uses, after the API server's defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ProbeTiming {
    /// `initialDelaySeconds` (default 0).
    pub initial_delay_seconds: i32,
    /// `periodSeconds` (default 10).
    pub period_seconds: i32,
    /// `successThreshold` (default 1).
    pub success_threshold: i32,
    /// `failureThreshold` (default 3).
    pub failure_threshold: i32,
}

impl Default for ProbeTiming {
    fn default() -> Self {
        ProbeTiming {
            initial_delay_seconds: 0,
            period_seconds: 10,
            success_threshold: 1,
            failure_threshold: 3,
        }
    }
}

impl From<&Probe> for ProbeTiming {
    /// The timing of `probe` after the API server's defaults.
    fn from(probe: &Probe) -> ProbeTiming {
        // SetDefaults_Probe: an unset (zero) number takes its default.
        let or = |v: i32, default: i32| if v == 0 { default } else { v };
        ProbeTiming::new(
            probe.initial_delay_seconds,
            or(probe.period_seconds, 10),
            or(probe.success_threshold, 1),
            or(probe.failure_threshold, 3),
        )
    }
}

impl ProbeTiming {
    /// Timing with these numbers.
    #[must_use]
    pub fn new(initial_delay: i32, period: i32, success: i32, failure: i32) -> ProbeTiming {
        ProbeTiming {
            initial_delay_seconds: initial_delay,
            period_seconds: period,
            success_threshold: success,
            failure_threshold: failure,
        }
    }
}

/// What one step of a [`ProbeWorker`] decided.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ProbeStep {
    /// Whether the worker keeps running; probe again after `periodSeconds` when it does.
    pub keep_going: bool,
    /// Whether the caller's probe was run in this step.
    pub probed: bool,
    /// The recorded result for the current container after the step (`None` before a container
    /// was seen).
    pub result: Option<ProbeResult>,
    /// Whether the recorded result changed in this step (a readiness change, or a liveness or
    /// startup failure that restarts the container).
    pub changed: bool,
}

impl ProbeStep {
    /// Whether the kubelet now kills and restarts the container: a liveness or startup probe
    /// recorded a failure in this step.
    #[must_use]
    pub fn restart(&self, kind: ProbeKind) -> bool {
        self.changed
            && self.result == Some(ProbeResult::Failure)
            && matches!(kind, ProbeKind::Liveness | ProbeKind::Startup)
    }
}

/// The prober worker of one probe of one container (Go's `worker`, run by `worker.doProbe`), driven
/// by the caller.
///
/// Call [`step`](ProbeWorker::step) every `periodSeconds` with the pod's latest status and the
/// current time; the worker calls back for the probe result only when upstream would probe.
///
/// ```text
///                 new container ID: result := initial (readiness Failure,
///                 liveness Success, startup Unknown), hold lifted
///                                   │
///                                   ▼
///  not running ──► result Failure   │   pod deleting (liveness/startup) ──► Success, stop
///  (stop if terminated and          │
///   restartPolicy Never)            ▼
///                     waiting: initial delay, startup gate
///                                   │ probe
///                                   ▼
///             same result as last? run += 1 : run := 1
///                                   │
///        run < threshold ───────────┤─────────── run ≥ threshold
///        (keep result)              │           (record result)
///                                   ▼
///          liveness/startup Failure recorded ──► on hold until a new container ID
/// ```
///
/// ```
/// use kube_primitives::api::core::{Pod, Time};
/// use kube_primitives::probe::{ProbeKind, ProbeResult, ProbeTiming, ProbeWorker};
///
/// let pod: Pod = serde_json::from_str(r#"{
///     "spec": {"containers": [{"name": "app"}]},
///     "status": {"phase": "Running", "containerStatuses": [{"name": "app",
///         "containerID": "containerd://abc", "started": true,
///         "state": {"running": {"startedAt": "2026-01-01T00:00:00Z"}}}]}
/// }"#).unwrap();
/// let mut w = ProbeWorker::new(ProbeKind::Liveness, "app", ProbeTiming::default());
/// let now: Time = "2026-01-01T00:01:00Z".parse().unwrap();
/// for _ in 0..2 {
///     let s = w.step(&pod, Some(&pod.status), now, || Some(ProbeResult::Failure));
///     assert!(!s.restart(ProbeKind::Liveness)); // below the failure threshold of 3
/// }
/// let s = w.step(&pod, Some(&pod.status), now, || Some(ProbeResult::Failure));
/// assert!(s.restart(ProbeKind::Liveness));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[doc(alias = "worker")]
pub struct ProbeWorker {
    kind: ProbeKind,
    container: String,
    timing: ProbeTiming,
    container_id: String,
    recorded: Option<ProbeResult>,
    last_result: Option<ProbeResult>,
    run: u32,
    on_hold: bool,
}

impl ProbeWorker {
    /// A worker for a probe of `kind` of the container named `container`, with `timing`. Go's
    /// `newWorker`.
    #[must_use]
    #[doc(alias = "newWorker")]
    pub fn new(kind: ProbeKind, container: &str, timing: ProbeTiming) -> ProbeWorker {
        ProbeWorker {
            kind,
            container: container.into(),
            timing,
            container_id: String::new(),
            recorded: None,
            last_result: None,
            run: 0,
            on_hold: false,
        }
    }

    /// The probe this worker runs.
    #[must_use]
    pub fn kind(&self) -> ProbeKind {
        self.kind
    }

    /// The result recorded for the current container.
    #[must_use]
    pub fn result(&self) -> Option<ProbeResult> {
        self.recorded
    }

    /// How many probes in a row returned the last result, counted up to the threshold for that
    /// result (upstream counts on; only the comparison with the threshold matters).
    #[must_use]
    pub fn run(&self) -> u32 {
        self.run
    }

    /// Whether the worker waits for a new container after a liveness or startup failure.
    #[must_use]
    pub fn on_hold(&self) -> bool {
        self.on_hold
    }

    /// One tick: `status` is the kubelet's latest status of `pod` (`None` before the pod has one),
    /// `now` the current time, and `probe` runs the probe, returning `None` on a prober error (the
    /// result is then thrown away). Go's `worker.doProbe`.
    #[doc(alias = "doProbe")]
    pub fn step(
        &mut self,
        pod: &Pod,
        status: Option<&PodStatus>,
        now: impl Into<Instant>,
        probe: impl FnOnce() -> Option<ProbeResult>,
    ) -> ProbeStep {
        let now = now.into().to_time();
        let before = self.recorded;
        let (keep_going, probed) = self.advance(pod, status, now, probe);
        ProbeStep {
            keep_going,
            probed,
            result: self.recorded,
            changed: self.recorded != before && self.recorded.is_some(),
        }
    }

    fn advance(
        &mut self,
        pod: &Pod,
        status: Option<&PodStatus>,
        now: Time,
        probe: impl FnOnce() -> Option<ProbeResult>,
    ) -> (bool, bool) {
        // No status: the pod is not created yet or already gone.
        let Some(status) = status else {
            return (true, false);
        };
        if matches!(
            status.phase.as_str(),
            pod_phase::FAILED | pod_phase::SUCCEEDED
        ) {
            return (false, false);
        }
        let Some(c) = find_created(status, &self.container) else {
            return (true, false);
        };
        if self.container_id != c.container_id {
            self.container_id.clone_from(&c.container_id);
            self.recorded = Some(self.kind.initial_result());
            self.on_hold = false;
        }
        if self.on_hold {
            return (true, false);
        }
        let Some(running) = &c.state.running else {
            self.recorded = Some(ProbeResult::Failure);
            // A container that ended and is never restarted needs no more probing.
            let keep_going =
                c.state.terminated.is_none() || pod.spec.restart_policy != restart_policy::NEVER;
            return (keep_going, false);
        };
        if pod.metadata.deletion_timestamp.is_some() && self.kind != ProbeKind::Readiness {
            // A quiet shutdown: nothing restarts a container that is being stopped anyway.
            self.recorded = Some(ProbeResult::Success);
            return (false, false);
        }
        if seconds_since(running.started_at, now) < self.timing.initial_delay_seconds {
            return (true, false);
        }
        // The startup probe stops once the container started; the others wait for that.
        let started = c.started == Some(true);
        if started == (self.kind == ProbeKind::Startup) {
            return (true, false);
        }
        let Some(result) = probe() else {
            return (true, true);
        };
        let threshold = match result {
            ProbeResult::Success => self.timing.success_threshold,
            ProbeResult::Failure => self.timing.failure_threshold,
            ProbeResult::Unknown => 1,
        };
        let cap = u32::try_from(threshold).unwrap_or(0).max(1);
        if self.last_result == Some(result) {
            self.run = self.run.saturating_add(1).min(cap);
        } else {
            self.last_result = Some(result);
            self.run = 1;
        }
        if result != ProbeResult::Unknown && i64::from(self.run) < i64::from(threshold) {
            return (true, true);
        }
        self.recorded = Some(result);
        if self.kind != ProbeKind::Readiness && result == ProbeResult::Failure {
            // Wait for the restarted container before probing again (kubernetes#21751).
            self.on_hold = true;
            self.run = 0;
        }
        (true, true)
    }
}

/// `int32(time.Since(startedAt).Seconds())` computed as Go does: the difference saturates at
/// Go's longest `Duration` (about 292 years), `Seconds()` adds whole and fractional seconds as
/// floats, and the conversion truncates to 64 bits and keeps the low 32 (amd64). A container
/// without `startedAt` started at Go's zero time, so its delay is long past.
#[expect(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    reason = "float64 seconds truncated to int64 then int32, as Go's conversions on amd64"
)]
fn seconds_since(started: Option<Time>, now: Time) -> i32 {
    let started = started.unwrap_or(Time::ZERO);
    let nanos = now.unix_nanos() - started.unix_nanos();
    let d = i64::try_from(nanos).unwrap_or(if nanos < 0 { i64::MIN } else { i64::MAX });
    let seconds = (d / 1_000_000_000) as f64 + (d % 1_000_000_000) as f64 / 1e9;
    seconds as i64 as i32
}

/// The status of a created container named `name`: regular containers first, then init ones.
fn find_created<'a>(status: &'a PodStatus, name: &str) -> Option<&'a ContainerStatus> {
    let created = |list: &'a [ContainerStatus]| {
        list.iter()
            .find(|s| s.name == name)
            .filter(|s| !s.container_id.is_empty())
    };
    created(&status.container_statuses).or_else(|| created(&status.init_container_statuses))
}
