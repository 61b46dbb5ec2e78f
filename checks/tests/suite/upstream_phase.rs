//! Pod phase rows after kubelet_pods_test.go (`TestPodPhaseWithRestartAlways`, `…Never`,
//! `…OnFailure`, the init-container and sidecar variants) and `ContainerShouldRestart` with
//! container restart rules (pkg/api/v1/pod/util_test.go).
//!
//! Upstream:
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/kubelet_pods_test.go>
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/api/v1/pod/util_test.go>

use kube_primitives::api::core::{Container, Pod, PodSpec};
use kube_primitives::probe::{container_should_restart, pod_phase, PodPhase};
use serde_json::{json, Value};

use PodPhase::{Failed, Pending, Running, Succeeded};

fn running(name: &str) -> Value {
    json!({"name": name, "state": {"running": {}}, "started": true})
}
fn succeeded(name: &str) -> Value {
    json!({"name": name, "state": {"terminated": {"exitCode": 0}}})
}
fn failed(name: &str) -> Value {
    json!({"name": name, "state": {"terminated": {"exitCode": -1}}})
}
fn waiting(name: &str) -> Value {
    json!({"name": name, "state": {"waiting": {"reason": "ContainerCreating"}}})
}
fn crashlooping(name: &str, exit: i32) -> Value {
    json!({"name": name, "state": {"waiting": {"reason": "CrashLoopBackOff"}},
           "lastState": {"terminated": {"exitCode": exit}}})
}

fn pod(policy: &str, statuses: &[Value]) -> Pod {
    serde_json::from_value(json!({
        "spec": {"restartPolicy": policy, "containers": [{"name": "a"}, {"name": "b"}]},
        "status": {"containerStatuses": statuses}
    }))
    .unwrap()
}

/// Checks `rows` under `policy`, after the rows every policy answers alike.
fn check(policy: &str, rows: &[(&str, &[Value], PodPhase)]) {
    let common: [(&str, &[Value], PodPhase); 5] = [
        ("waiting", &[], Pending),
        ("all running", &[running("a"), running("b")], Running),
        ("mixed #1", &[running("a"), succeeded("b")], Running),
        ("mixed #2: one unknown", &[running("a")], Pending),
        ("mixed #3", &[running("a"), waiting("b")], Pending),
    ];
    for (name, statuses, want) in common.iter().chain(rows) {
        let p = pod(policy, statuses);
        assert_eq!(pod_phase(&p, false, false), *want, "{policy}: {name}");
    }
}

#[test]
fn restart_always() {
    let crashloop = [running("a"), crashlooping("b", 1)];
    check(
        "Always",
        &[
            ("all stopped", &[succeeded("a"), failed("b")], Running),
            ("all succeeded", &[succeeded("a"), succeeded("b")], Running),
            ("backoff crashloop", &crashloop, Running),
        ],
    );
}

#[test]
fn restart_never() {
    check(
        "Never",
        &[
            (
                "all succeeded",
                &[succeeded("a"), succeeded("b")],
                Succeeded,
            ),
            ("all failed", &[failed("a"), failed("b")], Failed),
        ],
    );
}

#[test]
fn restart_on_failure() {
    let crashloop = [running("a"), crashlooping("b", 1)];
    // A container waiting after a clean exit counts as stopped but not as succeeded.
    let clean_exits = [crashlooping("a", 0), crashlooping("b", 0)];
    check(
        "OnFailure",
        &[
            (
                "all succeeded",
                &[succeeded("a"), succeeded("b")],
                Succeeded,
            ),
            ("all failed", &[failed("a"), failed("b")], Running),
            ("backoff crashloop", &crashloop, Running),
            ("both waiting after exit 0", &clean_exits, Failed),
        ],
    );
}

#[test]
fn terminal_pods_settle_unless_static() {
    let mut p = pod("Always", &[succeeded("a"), failed("b")]);
    assert_eq!(pod_phase(&p, true, true), Failed);
    let mut ok = pod("Always", &[succeeded("a"), succeeded("b")]);
    assert_eq!(pod_phase(&ok, true, true), Succeeded);
    for pod in [&mut p, &mut ok] {
        pod.metadata
            .annotations
            .insert("kubernetes.io/config.source".into(), "file".into());
        assert_eq!(
            pod_phase(pod, true, true),
            Running,
            "static pods keep restarting"
        );
        pod.metadata
            .annotations
            .insert("kubernetes.io/config.source".into(), "api".into());
    }
    assert_eq!(pod_phase(&p, true, true), Failed);
}

fn init_pod(policy: &str, inits: Value, statuses: Value, init_statuses: Value) -> Pod {
    serde_json::from_value(json!({
        "spec": {"restartPolicy": policy, "initContainers": inits, "containers": [{"name": "a"}]},
        "status": {"containerStatuses": statuses, "initContainerStatuses": init_statuses}
    }))
    .unwrap()
}

#[test]
fn init_containers() {
    let inits = json!([{"name": "init"}]);
    let cases = [
        ("Always", json!([]), json!([running("init")]), Pending),
        ("Always", json!([]), json!([failed("init")]), Pending),
        ("Never", json!([]), json!([failed("init")]), Failed),
        ("Never", json!([]), json!([crashlooping("init", 1)]), Failed),
        (
            "OnFailure",
            json!([]),
            json!([crashlooping("init", 1)]),
            Pending,
        ),
        (
            "Always",
            json!([running("a")]),
            json!([succeeded("init")]),
            Running,
        ),
        ("Never", json!([]), json!([waiting("init")]), Pending),
    ];
    for (policy, statuses, init_statuses, want) in cases {
        let p = init_pod(
            policy,
            inits.clone(),
            statuses.clone(),
            init_statuses.clone(),
        );
        assert_eq!(
            pod_phase(&p, false, false),
            want,
            "{policy} {init_statuses}"
        );
    }
}

#[test]
fn sidecars() {
    let inits = json!([{"name": "side", "restartPolicy": "Always"}]);
    let unstarted = json!({"name": "side", "state": {"running": {}}, "started": false});
    let cases = [
        // A sidecar still starting keeps the pod pending until a regular container started.
        (json!([]), json!([unstarted]), false, Pending),
        (json!([running("a")]), json!([unstarted]), false, Pending),
        (json!([running("a")]), json!([unstarted]), true, Running),
        (
            json!([running("a")]),
            json!([running("side")]),
            false,
            Running,
        ),
        // A stopped sidecar does not count: the regular container decides.
        (
            json!([succeeded("a")]),
            json!([failed("side")]),
            false,
            Succeeded,
        ),
        (
            json!([failed("a")]),
            json!([succeeded("side")]),
            false,
            Failed,
        ),
        (json!([]), json!([waiting("side")]), true, Pending),
    ];
    for (statuses, init_statuses, initialized, want) in cases {
        let p = init_pod(
            "Never",
            inits.clone(),
            statuses.clone(),
            init_statuses.clone(),
        );
        let got = pod_phase(&p, false, initialized);
        assert_eq!(got, want, "{statuses} {init_statuses} {initialized}");
    }
}

#[test]
fn restart_rules_decide_for_terminated_containers() {
    let spec = |policy: &str| PodSpec {
        restart_policy: policy.into(),
        ..PodSpec::default()
    };
    let container = |value: Value| -> Container { serde_json::from_value(value).unwrap() };
    let never_but_42 = container(json!({
        "name": "c", "restartPolicy": "Never",
        "restartPolicyRules": [{"action": "Restart", "exitCodes": {"operator": "In", "values": [42]}}]
    }));
    assert!(container_should_restart(&never_but_42, &spec("Always"), 42));
    assert!(!container_should_restart(&never_but_42, &spec("Always"), 1));
    // Rules are ignored without a container restart policy.
    let rules_only = container(json!({
        "name": "c",
        "restartPolicyRules": [{"action": "Restart", "exitCodes": {"operator": "In", "values": [42]}}]
    }));
    assert!(!container_should_restart(&rules_only, &spec("Never"), 42));
    // NotIn, RestartAllContainers, and an unknown container policy falling back to the pod's.
    let odd = container(json!({
        "name": "c", "restartPolicy": "Sometimes",
        "restartPolicyRules": [
            {"action": "RestartAllContainers", "exitCodes": {"operator": "NotIn", "values": [0, 1]}},
            {"action": "Restart", "exitCodes": {"operator": "Bogus", "values": [1]}}
        ]
    }));
    assert!(container_should_restart(&odd, &spec("Never"), 7));
    assert!(!container_should_restart(&odd, &spec("Never"), 1));
    assert!(container_should_restart(&odd, &spec("OnFailure"), 1));
    assert!(!container_should_restart(&odd, &spec("OnFailure"), 0));
    // An empty or unknown pod policy counts as Always.
    assert!(container_should_restart(
        &Container::default(),
        &spec(""),
        0
    ));
    assert!(container_should_restart(
        &Container::default(),
        &spec("Weird"),
        0
    ));

    // In a pod: a Never container whose rule restarts it keeps the pod running.
    let p: Pod = serde_json::from_value(json!({
        "spec": {"restartPolicy": "Never", "containers": [never_but_42]},
        "status": {"containerStatuses": [{"name": "c", "state": {"terminated": {"exitCode": 42}}}]}
    }))
    .unwrap();
    assert_eq!(pod_phase(&p, false, true), Running);
    // A container stopped to restart the whole pod counts as restartable.
    let p: Pod = serde_json::from_value(json!({
        "spec": {"restartPolicy": "Never", "containers": [{"name": "c"}]},
        "status": {"containerStatuses": [{"name": "c", "state": {"terminated":
            {"exitCode": 0, "reason": "RestartingAllContainers"}}}]}
    }))
    .unwrap();
    assert_eq!(pod_phase(&p, false, true), Running);
}

#[test]
fn phase_strings_round_trip() {
    for phase in [Pending, Running, Succeeded, Failed, PodPhase::Unknown] {
        assert_eq!(phase.to_string().parse::<PodPhase>(), Ok(phase));
        assert_eq!(phase.is_terminal(), matches!(phase, Succeeded | Failed));
    }
    assert!("running".parse::<PodPhase>().is_err());
}
