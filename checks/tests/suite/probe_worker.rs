//! The prober worker after pkg/kubelet/prober/worker_test.go (`TestDoProbe`, `TestInitialDelay`,
//! `TestFailureThreshold`, `TestSuccessThreshold`, `TestOnHoldOnLivenessOrStartupCheckFailure`,
//! `TestStartupProbe*`), and property tests of the worker counters and the terminal phase rule.
//!
//! Upstream:
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/prober/worker_test.go>
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/prober/prober_test.go>
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/probe/http/http_test.go>
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/v1/defaults_test.go>
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use kube_primitives::api::core::{Pod, PodStatus, Time};
use kube_primitives::probe::{
    pod_phase, settle_phase, PodPhase, ProbeKind, ProbeResult, ProbeTiming, ProbeWorker,
};
use proptest::prelude::*;
use serde_json::{json, Value};

use ProbeKind::{Liveness, Readiness, Startup};
use ProbeResult::{Failure, Success, Unknown};

const T0: i64 = 1_767_225_600;

fn at(t: i64) -> Time {
    Time::from_unix_seconds(T0 + t)
}

fn pod(policy: &str, deleting: bool) -> Pod {
    let mut meta = json!({"name": "p"});
    if deleting {
        meta["deletionTimestamp"] = json!("2026-01-01T00:00:00Z");
    }
    serde_json::from_value(json!({"metadata": meta, "spec": {"restartPolicy": policy}})).unwrap()
}

fn status(phase: &str, container: Value) -> PodStatus {
    serde_json::from_value(json!({"phase": phase, "containerStatuses": [container]})).unwrap()
}

fn running(id: &str, started: bool) -> Value {
    json!({"name": "c", "containerID": id, "started": started,
           "state": {"running": {"startedAt": at(0).to_string()}}})
}

#[test]
fn do_probe_without_a_running_container() {
    let timing = ProbeTiming::default();
    let never = pod("Never", false);
    let always = pod("Always", false);
    for kind in [Liveness, Readiness, Startup] {
        let new = || ProbeWorker::new(kind, "c", timing);
        let probe = || -> Option<ProbeResult> { panic!("no probe expected") };
        // No status for the pod: keep waiting.
        let s = new().step(&always, None, at(1), probe);
        assert!(s.keep_going && s.result.is_none(), "{kind:?}");
        // A terminal pod ends the worker.
        let done = status("Succeeded", running("x://1", true));
        assert!(
            !new().step(&always, Some(&done), at(1), probe).keep_going,
            "{kind:?}"
        );
        // No container ID yet: keep waiting.
        let pending = status("Pending", json!({"name": "c", "state": {"waiting": {}}}));
        let s = new().step(&always, Some(&pending), at(1), probe);
        assert!(s.keep_going && s.result.is_none(), "{kind:?}");
        // Waiting or terminated: Failure; stop only when it never restarts.
        let waiting = status(
            "Running",
            json!({"name": "c", "containerID": "x://1", "state": {"waiting": {}}}),
        );
        let s = new().step(&never, Some(&waiting), at(1), probe);
        assert_eq!((s.keep_going, s.result), (true, Some(Failure)), "{kind:?}");
        let ended = status(
            "Running",
            json!({"name": "c", "containerID": "x://1",
                                             "state": {"terminated": {"exitCode": 0}}}),
        );
        let s = new().step(&never, Some(&ended), at(1), probe);
        assert_eq!((s.keep_going, s.result), (false, Some(Failure)), "{kind:?}");
        let s = new().step(&always, Some(&ended), at(1), probe);
        assert_eq!((s.keep_going, s.result), (true, Some(Failure)), "{kind:?}");
    }
}

#[test]
fn deleting_pod_ends_liveness_and_startup_quietly() {
    let deleting = pod("Always", true);
    for (kind, started, keep_going, result) in [
        (Liveness, true, false, Success),
        (Startup, false, false, Success),
        (Readiness, true, true, Failure),
    ] {
        let st = status("Running", running("x://1", started));
        let mut w = ProbeWorker::new(kind, "c", ProbeTiming::default());
        let s = w.step(&deleting, Some(&st), at(5), || Some(Failure));
        assert_eq!(
            (s.keep_going, s.result),
            (keep_going, Some(result)),
            "{kind:?}"
        );
    }
}

#[test]
fn initial_delay_and_startup_gate() {
    let p = pod("Always", false);
    let started = status("Running", running("x://1", true));
    let mut w = ProbeWorker::new(Readiness, "c", ProbeTiming::new(10, 10, 1, 3));
    let s = w.step(&p, Some(&started), at(9), || Some(Success));
    assert_eq!((s.probed, s.result), (false, Some(Failure)));
    let s = w.step(&p, Some(&started), at(10), || Some(Success));
    assert_eq!((s.probed, s.result, s.changed), (true, Some(Success), true));
    // A start time in the future counts as not yet past the delay.
    let mut w = ProbeWorker::new(Liveness, "c", ProbeTiming::new(1, 10, 1, 3));
    assert!(!w.step(&p, Some(&started), at(-5), || Some(Failure)).probed);
    // Without startedAt the container started at Go's zero time: the delay is long past.
    let no_start = status(
        "Running",
        json!({"name": "c", "containerID": "x://1", "started": true,
                                            "state": {"running": {}}}),
    );
    let mut w = ProbeWorker::new(Liveness, "c", ProbeTiming::new(3600, 10, 1, 3));
    assert!(w.step(&p, Some(&no_start), at(0), || Some(Success)).probed);
    // Startup probes run only before the container started, the others only after.
    let starting = status("Running", running("x://1", false));
    for (kind, st, probed) in [
        (Startup, &starting, true),
        (Startup, &started, false),
        (Liveness, &starting, false),
        (Readiness, &starting, false),
    ] {
        let mut w = ProbeWorker::new(kind, "c", ProbeTiming::default());
        assert_eq!(
            w.step(&p, Some(st), at(1), || Some(Success)).probed,
            probed,
            "{kind:?}"
        );
    }
}

#[test]
fn thresholds_hold_and_new_container() {
    let p = pod("Always", false);
    let c1 = status("Running", running("x://1", true));
    // Readiness: 2 successes to become ready, 3 failures to become unready; unknown at once.
    let mut w = ProbeWorker::new(Readiness, "c", ProbeTiming::new(0, 10, 2, 3));
    let mut seq = |r, want| {
        let s = w.step(&p, Some(&c1), at(1), || Some(r));
        assert_eq!(s.result, Some(want), "after {r:?}");
    };
    seq(Success, Failure);
    seq(Success, Success);
    seq(Failure, Success);
    seq(Failure, Success);
    seq(Success, Success);
    seq(Failure, Success);
    seq(Failure, Success);
    seq(Failure, Failure);
    seq(Unknown, Unknown);
    // A prober error throws the result away.
    let s = w.step(&p, Some(&c1), at(1), || None);
    assert_eq!(
        (s.probed, s.result, s.changed),
        (true, Some(Unknown), false)
    );

    // Liveness: the failure that crosses the threshold holds the worker until a new container.
    let mut w = ProbeWorker::new(Liveness, "c", ProbeTiming::new(0, 10, 1, 1));
    let s = w.step(&p, Some(&c1), at(1), || Some(Failure));
    assert!(s.restart(Liveness) && w.on_hold());
    assert!(!w.step(&p, Some(&c1), at(2), || Some(Success)).probed);
    let c2 = status("Running", running("x://2", true));
    let s = w.step(&p, Some(&c2), at(3), || Some(Success));
    assert!(s.probed && !w.on_hold());
    assert_eq!((s.result, s.changed), (Some(Success), true));
    // The container is looked up among init containers too (sidecars have probes).
    let side: PodStatus = serde_json::from_value(json!({"phase": "Running",
        "initContainerStatuses": [running("x://9", true)]}))
    .unwrap();
    let mut w = ProbeWorker::new(Readiness, "c", ProbeTiming::default());
    assert!(w.step(&p, Some(&side), at(1), || Some(Success)).probed);
}

fn result() -> impl Strategy<Value = Option<ProbeResult>> {
    prop_oneof![
        Just(Some(Success)),
        Just(Some(Failure)),
        Just(Some(Unknown)),
        Just(None),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The consecutive-result counter never runs past the threshold of its result, whatever the
    /// probes answer and however containers come and go.
    #[test]
    fn counters_stay_within_thresholds(
        kind in prop_oneof![Just(Liveness), Just(Readiness), Just(Startup)],
        success in 1i32..4, failure in 1i32..6,
        steps in proptest::collection::vec((result(), 0u8..8, any::<bool>()), 1..80),
    ) {
        let p = pod("Always", false);
        let mut w = ProbeWorker::new(kind, "c", ProbeTiming::new(0, 10, success, failure));
        let cap = success.max(failure) as u32;
        for (i, (answer, container, started)) in steps.into_iter().enumerate() {
            let st = status("Running", running(&format!("x://{container}"), started));
            let s = w.step(&p, Some(&st), at(i as i64), || answer);
            prop_assert!(w.run() <= cap, "run {} > {}", w.run(), cap);
            prop_assert!(s.keep_going);
            if w.on_hold() {
                prop_assert_eq!(w.result(), Some(Failure));
            }
        }
    }

    /// Once the API server or the status manager holds a terminal phase, the reported phase stays
    /// terminal, and an API-side terminal phase is kept exactly.
    #[test]
    fn phase_never_leaves_a_terminal_state(
        states in proptest::collection::vec(0u8..5, 0..4),
        policy in prop_oneof![Just("Always"), Just("OnFailure"), Just("Never")],
        terminal in any::<bool>(),
        recorded in prop_oneof![Just(None), Just(Some(PodPhase::Succeeded)), Just(Some(PodPhase::Failed)), Just(Some(PodPhase::Running))],
        api in prop_oneof![Just(None), Just(Some(PodPhase::Succeeded)), Just(Some(PodPhase::Failed)), Just(Some(PodPhase::Pending))],
    ) {
        let names: Vec<String> = (0..states.len()).map(|i| format!("c{i}")).collect();
        let statuses: Vec<Value> = states.iter().zip(&names).map(|(s, n)| match s {
            0 => json!({"name": n, "state": {"running": {}}}),
            1 => json!({"name": n, "state": {"terminated": {"exitCode": 0}}}),
            2 => json!({"name": n, "state": {"terminated": {"exitCode": 1}}}),
            3 => json!({"name": n, "state": {"waiting": {}}, "lastState": {"terminated": {"exitCode": 2}}}),
            _ => json!({"name": n}),
        }).collect();
        let containers: Vec<Value> = names.iter().map(|n| json!({"name": n})).collect();
        let p: Pod = serde_json::from_value(json!({
            "spec": {"restartPolicy": policy, "containers": containers},
            "status": {"containerStatuses": statuses}
        })).unwrap();
        let computed = pod_phase(&p, terminal, true);
        let settled = settle_phase(computed, recorded, api);
        if let Some(api) = api.filter(|a| a.is_terminal()) {
            prop_assert_eq!(settled, api);
        }
        if recorded.is_some_and(PodPhase::is_terminal) {
            prop_assert!(settled.is_terminal());
        }
        if !recorded.is_some_and(PodPhase::is_terminal) && !api.is_some_and(PodPhase::is_terminal) {
            prop_assert_eq!(settled, computed);
        }
    }
}

/// pkg/probe/http/http_test.go status rows, the redirect checker, exec and TCP verdicts, and
/// the prober's mapping to worker results (prober_test.go `TestProbe`).
#[test]
fn prober_outcomes() {
    use kube_primitives::probe::{
        exec_outcome, http_outcome, redirect, tcp_outcome, ExecEnd, ProbeOutcome, Redirect,
    };
    for (code, want) in [
        (200, ProbeOutcome::Success),
        (204, ProbeOutcome::Success),
        (299, ProbeOutcome::Success),
        (300, ProbeOutcome::Warning),
        (301, ProbeOutcome::Warning),
        (399, ProbeOutcome::Warning),
        (199, ProbeOutcome::Failure),
        (400, ProbeOutcome::Failure),
        (404, ProbeOutcome::Failure),
        (500, ProbeOutcome::Failure),
        (0, ProbeOutcome::Failure),
    ] {
        assert_eq!(http_outcome(code), want, "{code}");
    }
    assert_eq!(redirect("a", "a", 9), Redirect::Follow);
    assert_eq!(redirect("a", "b", 9), Redirect::UseLastResponse);
    assert_eq!(redirect("a", "b", 10), Redirect::TooMany);
    assert_eq!(exec_outcome(ExecEnd::Exited(0)), ProbeOutcome::Success);
    assert_eq!(exec_outcome(ExecEnd::Exited(1)), ProbeOutcome::Failure);
    assert_eq!(exec_outcome(ExecEnd::Exited(-1)), ProbeOutcome::Failure);
    assert_eq!(exec_outcome(ExecEnd::TimedOut), ProbeOutcome::Failure);
    assert_eq!(exec_outcome(ExecEnd::Error), ProbeOutcome::Unknown);
    assert_eq!(tcp_outcome(true), ProbeOutcome::Success);
    assert_eq!(tcp_outcome(false), ProbeOutcome::Failure);
    for (outcome, result) in [
        (ProbeOutcome::Success, Success),
        (ProbeOutcome::Warning, Success),
        (ProbeOutcome::Failure, Failure),
        (ProbeOutcome::Unknown, Failure),
    ] {
        assert_eq!(outcome.result(), result, "{outcome:?}");
    }
}

/// Probe wire types read real container specs and take the API server's defaults
/// (pkg/apis/core/v1/defaults_test.go `TestSetDefaultProbe`).
#[test]
fn probe_defaults() {
    use kube_primitives::api::core::{Container, Probe};
    let c: Container = serde_json::from_value(json!({
        "name": "web",
        "livenessProbe": {"httpGet": {"path": "/healthz", "port": "http", "httpHeaders": [{"name": "X", "value": "1"}]},
                          "initialDelaySeconds": 15, "failureThreshold": 5},
        "readinessProbe": {"tcpSocket": {"port": 8080}, "periodSeconds": 0},
        "startupProbe": {"exec": {"command": ["cat", "/ready"]}, "timeoutSeconds": 3},
    }))
    .unwrap();
    let live = c.liveness_probe.as_ref().unwrap();
    assert_eq!(ProbeTiming::from(live), ProbeTiming::new(15, 10, 1, 5));
    let live = live.clone().with_defaults();
    assert_eq!(live.timeout_seconds, 1);
    let http = live.http_get.unwrap();
    assert_eq!(
        (http.path.as_str(), http.scheme.as_str()),
        ("/healthz", "HTTP")
    );
    assert_eq!(http.http_headers[0].name, "X");
    let ready = c.readiness_probe.as_ref().unwrap();
    assert_eq!(ProbeTiming::from(ready), ProbeTiming::default());
    let start = c.startup_probe.clone().unwrap().with_defaults();
    assert_eq!(
        (start.timeout_seconds, start.exec.unwrap().command.len()),
        (3, 2)
    );
    let grpc: Probe = serde_json::from_value(json!({"grpc": {"port": 9090}})).unwrap();
    assert_eq!(
        grpc.grpc.as_ref().map(|g| (g.port, g.service.clone())),
        Some((9090, None))
    );
    // Round trip keeps the wire names.
    let back = serde_json::to_value(&c).unwrap();
    assert_eq!(back["livenessProbe"]["httpGet"]["port"], json!("http"));
    assert_eq!(back["readinessProbe"]["tcpSocket"]["port"], json!(8080));
}

/// validation_test.go probe rows (`TestValidateProbe`, `TestValidateHandler`,
/// `TestValidateContainers` probe cases), on defaulted probes.
#[test]
fn probe_validation() {
    use kube_primitives::api::core::Probe;
    use kube_primitives::meta::field::Path;
    use kube_primitives::probe::validate_probe;
    let check = |kind: ProbeKind, probe: Value, want: &[&str]| {
        let p: Probe = serde_json::from_value(probe.clone()).unwrap();
        let errs = validate_probe(kind, &p.with_defaults(), &Path::new("probe"));
        let got: Vec<String> = errs.into_vec().iter().map(ToString::to_string).collect();
        assert_eq!(got, want, "{kind:?} {probe}");
    };
    check(Liveness, json!({"exec": {"command": ["true"]}}), &[]);
    check(Readiness, json!({"httpGet": {"port": "http"}}), &[]);
    check(Startup, json!({"grpc": {"port": 9090}}), &[]);
    check(
        Liveness,
        json!({}),
        &["probe: Required value: must specify a handler type"],
    );
    check(
        Liveness,
        json!({"exec": {"command": []}, "tcpSocket": {"port": 80}, "grpc": {"port": 1}}),
        &[
            "probe.exec.command: Required value",
            "probe.tcpSocket: Forbidden: may not specify more than 1 handler type",
            "probe.grpc: Forbidden: may not specify more than 1 handler type",
        ],
    );
    check(
        Readiness,
        json!({"httpGet": {"port": 0, "scheme": "FTP", "httpHeaders": [{"name": "X_Bad", "value": ""}]},
               "terminationGracePeriodSeconds": 0}),
        &[
            "probe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive",
            "probe.httpGet.scheme: Unsupported value: \"FTP\": supported values: \"HTTP\", \"HTTPS\"",
            "probe.httpGet.httpHeaders: Invalid value: \"X_Bad\": a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')",
            "probe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0",
            "probe.terminationGracePeriodSeconds: Invalid value: 0: must not be set for readinessProbes",
        ],
    );
    check(
        Startup,
        json!({"tcpSocket": {"port": "Http"}, "initialDelaySeconds": -1, "successThreshold": -2}),
        &[
            "probe.tcpSocket.port: Invalid value: \"Http\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
            "probe.initialDelaySeconds: Invalid value: -1: must be greater than or equal to 0",
            "probe.successThreshold: Invalid value: -2: must be greater than or equal to 0",
            "probe.successThreshold: Invalid value: -2: must be 1",
        ],
    );
    // Liveness may set its own grace period; readiness and startup success thresholds differ.
    check(
        Liveness,
        json!({"exec": {"command": ["x"]}, "terminationGracePeriodSeconds": 5}),
        &[],
    );
    check(
        Readiness,
        json!({"exec": {"command": ["x"]}, "successThreshold": 3}),
        &[],
    );
}
