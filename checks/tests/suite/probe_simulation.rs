//! A container's life under its startup, readiness and liveness probes and the crash-loop
//! back-off, step by step on a simulated clock: start → startup probe → ready → liveness failures
//! → restart with back-off → crash loop.

use core::time::Duration;

use kube_primitives::api::core::{Pod, PodStatus, Time};
use kube_primitives::clock::Instant;
use kube_primitives::probe::{Backoff, ProbeKind, ProbeResult, ProbeTiming, ProbeWorker};
use serde_json::json;

use ProbeResult::{Failure, Success};

const T0: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z

fn at(t: i64) -> Time {
    Time::from_unix_seconds(T0 + t)
}

fn pod() -> Pod {
    serde_json::from_value(
        json!({"spec": {"restartPolicy": "Always", "containers": [{"name": "app"}]}}),
    )
    .unwrap()
}

/// The kubelet's status of the pod: container `id` running since `since`.
fn running(id: &str, since: i64, started: bool) -> PodStatus {
    serde_json::from_value(json!({"phase": "Running", "containerStatuses": [{
        "name": "app", "containerID": format!("containerd://{id}"), "started": started,
        "state": {"running": {"startedAt": at(since).to_string()}}
    }]}))
    .unwrap()
}

fn exited(id: &str) -> PodStatus {
    serde_json::from_value(json!({"phase": "Running", "containerStatuses": [{
        "name": "app", "containerID": format!("containerd://{id}"),
        "state": {"terminated": {"exitCode": 137}}
    }]}))
    .unwrap()
}

struct Workers {
    startup: ProbeWorker,
    readiness: ProbeWorker,
    liveness: ProbeWorker,
}

/// One expected step: (time, kind, probe answer or None when no probe may run, recorded result
/// after the step, changed, restart).
type Row = (
    i64,
    ProbeKind,
    Option<ProbeResult>,
    Option<ProbeResult>,
    bool,
    bool,
);

fn run(w: &mut Workers, pod: &Pod, status: &PodStatus, rows: &[Row]) {
    for &(t, kind, answer, want, changed, restart) in rows {
        let worker = match kind {
            ProbeKind::Startup => &mut w.startup,
            ProbeKind::Readiness => &mut w.readiness,
            _ => &mut w.liveness,
        };
        let mut asked = false;
        let step = worker.step(pod, Some(status), at(t), || {
            asked = true;
            answer
        });
        let what = format!("t={t} {kind:?}");
        assert_eq!(asked, answer.is_some(), "{what}: probe run");
        assert!(step.keep_going, "{what}");
        assert_eq!(step.result, want, "{what}: result");
        assert_eq!(step.changed, changed, "{what}: changed");
        assert_eq!(step.restart(kind), restart, "{what}: restart");
    }
}

#[test]
fn start_ready_liveness_failure_restart_crash_loop() {
    use ProbeKind::{Liveness, Readiness, Startup};
    let pod = pod();
    let mut w = Workers {
        startup: ProbeWorker::new(Startup, "app", ProbeTiming::new(0, 5, 1, 3)),
        readiness: ProbeWorker::new(Readiness, "app", ProbeTiming::new(0, 10, 1, 3)),
        liveness: ProbeWorker::new(Liveness, "app", ProbeTiming::new(5, 10, 1, 3)),
    };

    // c1 starts at t=0. Until the startup probe passes, only it runs; the others hold their
    // initial results (readiness Failure, liveness Success).
    let starting = running("c1", 0, false);
    run(
        &mut w,
        &pod,
        &starting,
        &[
            (
                0,
                Startup,
                Some(Failure),
                Some(ProbeResult::Unknown),
                true,
                false,
            ),
            (0, Readiness, None, Some(Failure), true, false),
            (0, Liveness, None, Some(Success), true, false),
            (5, Startup, Some(Success), Some(Success), true, false),
        ],
    );
    assert_eq!(w.startup.run(), 1);

    // The kubelet marks c1 started: the startup probe stops, readiness and liveness begin.
    let started = running("c1", 0, true);
    run(
        &mut w,
        &pod,
        &started,
        &[
            (10, Startup, None, Some(Success), false, false),
            (10, Readiness, Some(Success), Some(Success), true, false),
            (10, Liveness, Some(Success), Some(Success), false, false),
            // Liveness fails three times in a row: the third crosses the threshold.
            (20, Liveness, Some(Failure), Some(Success), false, false),
            (20, Readiness, Some(Failure), Some(Success), false, false),
            (30, Liveness, Some(Failure), Some(Success), false, false),
            (40, Liveness, Some(Failure), Some(Failure), true, true),
            // On hold until a new container: no probe for c1 any more.
            (50, Liveness, None, Some(Failure), false, false),
        ],
    );
    assert!(w.liveness.on_hold());
    assert_eq!(w.liveness.run(), 0);

    // The kubelet kills c1; it exits at t=51. No back-off yet: restart at once, 10 s recorded.
    let mut backoff = Backoff::kubelet(None);
    let s = |t: i64| Instant::from_millis((T0 + t) * 1000);
    assert!(!backoff.do_backoff("app", s(51), s(51)));
    assert_eq!(backoff.get("app"), Duration::from_secs(10));
    let dead = exited("c1");
    run(
        &mut w,
        &pod,
        &dead,
        &[(51, Readiness, None, Some(Failure), true, false)],
    );

    // c2 runs from t=52: every worker starts over with its initial result.
    let c2 = running("c2", 52, false);
    run(
        &mut w,
        &pod,
        &c2,
        &[
            (52, Liveness, None, Some(Success), true, false),
            (
                52,
                Startup,
                Some(Failure),
                Some(ProbeResult::Unknown),
                true,
                false,
            ),
            (
                57,
                Startup,
                Some(Failure),
                Some(ProbeResult::Unknown),
                false,
                false,
            ),
            (62, Startup, Some(Failure), Some(Failure), true, true),
        ],
    );
    assert!(w.startup.on_hold());

    // c2 is killed and exits at t=63. Each sync while the exit is more recent than the recorded
    // delay keeps it down (CrashLoopBackOff); the restart records the next, doubled delay. Every
    // later container dies as soon as it starts, so the delay climbs to the 300 s cap.
    let mut exit = 63;
    for (wait, next) in [
        (10, 20),
        (20, 40),
        (40, 80),
        (80, 160),
        (160, 300),
        (300, 300),
    ] {
        let mut now = exit;
        while backoff.do_backoff("app", s(exit), s(now)) {
            now += 1;
        }
        assert_eq!(
            now - exit,
            wait,
            "restart {wait} s after the exit at t={exit}"
        );
        assert_eq!(backoff.get("app"), Duration::from_secs(next));
        exit = now;
    }
    // Ten quiet minutes after the last update start the delay over.
    assert!(!backoff.do_backoff("app", s(exit + 601), s(exit + 601)));
    assert_eq!(backoff.get("app"), Duration::from_secs(10));
}
