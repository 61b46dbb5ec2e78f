//! Kubelet pod conditions after pkg/kubelet/status/generate_test.go (`TestGeneratePodReadyCondition`,
//! `TestGenerateContainersReadyCondition`, `TestGeneratePodInitializedCondition`, readiness gates)
//! and kuberuntime/util `TestPodSandboxChanged`.
//!
//! Upstream:
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/status/generate_test.go>
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/status/status_manager_test.go>
//! - <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/kuberuntime/util/util_test.go>

use kube_primitives::api::core::{ContainerStatus, Pod, PodCondition, PodStatus};
use kube_primitives::probe::{
    containers_ready, initialized, kubelet_conditions, ready, ready_to_start_containers,
    ContainerStatuses, NamespaceMode, PodPhase, Sandbox,
};
use serde_json::{json, Value};

fn pod(spec: Value) -> Pod {
    serde_json::from_value(json!({ "spec": spec })).unwrap()
}

fn statuses(v: Value) -> Vec<ContainerStatus> {
    serde_json::from_value(v).unwrap()
}

fn ready_status(name: &str, ready: bool) -> Value {
    json!({"name": name, "ready": ready})
}

/// (status, reason, message) of a condition.
type Srm<'a> = (&'a str, &'a str, &'a str);

fn srm(c: &PodCondition) -> Srm<'_> {
    (&c.status, &c.reason, &c.message)
}

#[test]
fn pod_ready_condition() {
    let two = json!({"containers": [{"name": "1234"}, {"name": "5678"}]});
    let rows: Vec<(Value, Option<Value>, PodPhase, Srm)> = vec![
        (
            json!({}),
            None,
            PodPhase::Running,
            ("False", "UnknownContainerStatuses", ""),
        ),
        (
            json!({}),
            Some(json!([])),
            PodPhase::Running,
            ("True", "", ""),
        ),
        (
            json!({"containers": [{"name": "1234"}]}),
            Some(json!([])),
            PodPhase::Running,
            (
                "False",
                "ContainersNotReady",
                "containers with unknown status: [1234]",
            ),
        ),
        (
            two.clone(),
            Some(json!([
                ready_status("1234", true),
                ready_status("5678", true)
            ])),
            PodPhase::Running,
            ("True", "", ""),
        ),
        (
            two.clone(),
            Some(json!([ready_status("1234", true)])),
            PodPhase::Running,
            (
                "False",
                "ContainersNotReady",
                "containers with unknown status: [5678]",
            ),
        ),
        (
            two.clone(),
            Some(json!([
                ready_status("1234", true),
                ready_status("5678", false)
            ])),
            PodPhase::Running,
            (
                "False",
                "ContainersNotReady",
                "containers with unready status: [5678]",
            ),
        ),
        (
            json!({"containers": [{"name": "1234"}]}),
            Some(json!([ready_status("1234", false)])),
            PodPhase::Succeeded,
            ("False", "PodCompleted", ""),
        ),
        (
            json!({"containers": [{"name": "1234"}]}),
            Some(json!([ready_status("1234", true)])),
            PodPhase::Failed,
            ("False", "PodFailed", ""),
        ),
        // Unknown and unready together, and a sidecar counted before regular containers.
        (
            json!({"initContainers": [{"name": "side", "restartPolicy": "Always"}, {"name": "init"}],
                   "containers": [{"name": "a"}, {"name": "b"}]}),
            Some(json!([ready_status("a", false)])),
            PodPhase::Running,
            (
                "False",
                "ContainersNotReady",
                "containers with unknown status: [side b], containers with unready status: [a]",
            ),
        ),
    ];
    for (spec, list, phase, want) in rows {
        let p = pod(spec.clone());
        let list = list.map(statuses);
        let view = list.as_deref().map(|l| ContainerStatuses::new(&[], l));
        let cr = containers_ready(&p, view, phase);
        assert_eq!(cr.type_, "ContainersReady");
        assert_eq!(srm(&cr), want, "{spec} {phase}");
        let r = ready(&p, &[], &cr);
        assert_eq!(r.type_, "Ready");
        assert_eq!(srm(&r), want, "{spec} {phase}");
    }
}

#[test]
fn readiness_gates() {
    let mut p = pod(json!({
        "containers": [{"name": "a"}],
        "readinessGates": [{"conditionType": "example.com/lb"}, {"conditionType": "example.com/dns"}]
    }));
    let ok = containers_ready(&p, Some(ContainerStatuses::default()), PodPhase::Running);
    assert_eq!(ok.status, "False"); // a is unknown
    let list = statuses(json!([ready_status("a", true)]));
    let ok = containers_ready(
        &p,
        Some(ContainerStatuses::new(&[], &list)),
        PodPhase::Running,
    );
    assert_eq!(ok.status, "True");
    let cond = |t: &str, s: &str| PodCondition::new(t, s);
    let r = ready(&p, &[], &ok);
    assert_eq!(
        srm(&r),
        (
            "False",
            "ReadinessGatesNotReady",
            "corresponding condition of pod readiness gate \"example.com/lb\" does not exist., \
             corresponding condition of pod readiness gate \"example.com/dns\" does not exist."
        )
    );
    let r = ready(
        &p,
        &[
            cond("example.com/lb", "True"),
            cond("example.com/dns", "Unknown"),
        ],
        &ok,
    );
    assert_eq!(
        r.message,
        "the status of pod readiness gate \"example.com/dns\" is not \"True\", but Unknown"
    );
    let r = ready(
        &p,
        &[
            cond("example.com/lb", "True"),
            cond("example.com/dns", "True"),
        ],
        &ok,
    );
    assert_eq!(srm(&r), ("True", "", ""));
    // kubelet_conditions reads the gates from the pod's own conditions.
    p.status.container_statuses = list.clone();
    p.status.conditions = vec![
        cond("example.com/lb", "True"),
        cond("example.com/dns", "True"),
    ];
    let all = kubelet_conditions(
        &p,
        &PodStatus::default(),
        PodPhase::Running,
        ContainerStatuses::of(&p.status),
        &[],
    );
    assert_eq!(all.ready.status, "True");
}

#[test]
fn pod_initialized_condition() {
    let inits = json!({
        "initContainers": [{"name": "init-1"}, {"name": "side", "restartPolicy": "Always"}],
        "containers": [{"name": "app"}]
    });
    let none = PodStatus::default();
    let rows: Vec<(Option<Value>, PodPhase, Srm)> = vec![
        (
            None,
            PodPhase::Pending,
            ("False", "UnknownContainerStatuses", ""),
        ),
        (
            Some(json!([])),
            PodPhase::Pending,
            (
                "False",
                "ContainersNotInitialized",
                "containers with unknown status: [init-1 side]",
            ),
        ),
        (
            Some(json!([{"name": "init-1", "ready": false}, {"name": "side", "started": false}])),
            PodPhase::Pending,
            (
                "False",
                "ContainersNotInitialized",
                "containers with incomplete status: [init-1 side]",
            ),
        ),
        (
            Some(json!([{"name": "init-1", "ready": true}])),
            PodPhase::Pending,
            (
                "False",
                "ContainersNotInitialized",
                "containers with unknown status: [side]",
            ),
        ),
        (
            Some(json!([{"name": "init-1", "ready": true}, {"name": "side", "started": true}])),
            PodPhase::Pending,
            ("True", "", ""),
        ),
        (
            Some(json!([{"name": "init-1", "ready": false}, {"name": "side", "started": true}])),
            PodPhase::Succeeded,
            ("True", "PodCompleted", ""),
        ),
        // A regular container that ran means the pod was initialized, whatever the sidecar does.
        (
            Some(
                json!([{"name": "init-1", "ready": true}, {"name": "side", "started": false},
                        {"name": "app", "state": {"terminated": {"exitCode": 0}}}]),
            ),
            PodPhase::Running,
            ("True", "", ""),
        ),
    ];
    for (list, phase, want) in rows {
        let p = pod(inits.clone());
        let list = list.clone().map(statuses);
        let view = list.as_deref().map(|l| ContainerStatuses::new(l, &[]));
        let c = initialized(&p, &none, view, phase);
        assert_eq!(c.type_, "Initialized");
        assert_eq!(srm(&c), want, "{list:?} {phase}");
    }
    // Without init containers a pod is initialized even with nothing known.
    let plain = pod(json!({"containers": [{"name": "app"}]}));
    assert_eq!(
        srm(&initialized(&plain, &none, None, PodPhase::Pending)),
        ("True", "", "")
    );
    // Once True, it stays True while init containers restart in place.
    let mut was = PodStatus::default();
    was.conditions
        .push(PodCondition::new("Initialized", "True"));
    let p = pod(inits);
    let c = initialized(
        &p,
        &was,
        Some(ContainerStatuses::default()),
        PodPhase::Pending,
    );
    assert_eq!(srm(&c), ("True", "", ""));
    // ... but not when nothing is known at all.
    assert_eq!(
        initialized(&p, &was, None, PodPhase::Pending).reason,
        "UnknownContainerStatuses"
    );
}

#[test]
fn ready_to_start_containers_follows_the_sandbox() {
    let p = pod(json!({"containers": [{"name": "a"}]}));
    let host = pod(json!({"containers": [{"name": "a"}], "hostNetwork": true}));
    let sb = |ready: bool, mode: NamespaceMode, ip: Option<&str>| {
        Sandbox::new(ready, mode, ip.map(Into::into))
    };
    let ip = Some("10.0.0.1");
    let cases: Vec<(&Pod, Vec<Sandbox>, &str)> = vec![
        (&p, vec![], "False"),
        (&p, vec![sb(true, NamespaceMode::Pod, ip)], "True"),
        (&p, vec![sb(true, NamespaceMode::Pod, None)], "True"),
        (&p, vec![sb(true, NamespaceMode::Pod, Some(""))], "False"),
        (&host, vec![sb(true, NamespaceMode::Node, Some(""))], "True"),
        (&host, vec![sb(true, NamespaceMode::Pod, ip)], "False"),
        (&p, vec![sb(true, NamespaceMode::Node, ip)], "False"),
        (
            &p,
            vec![
                sb(false, NamespaceMode::Pod, ip),
                sb(true, NamespaceMode::Pod, ip),
            ],
            "False",
        ),
        (
            &p,
            vec![
                sb(true, NamespaceMode::Pod, ip),
                sb(false, NamespaceMode::Pod, ip),
            ],
            "True",
        ),
        (
            &p,
            vec![
                sb(true, NamespaceMode::Pod, ip),
                sb(true, NamespaceMode::Pod, ip),
            ],
            "False",
        ),
    ];
    for (pod, sandboxes, want) in cases {
        let c = ready_to_start_containers(pod, &sandboxes);
        assert_eq!(c.type_, "PodReadyToStartContainers");
        assert_eq!(
            c.status, want,
            "{sandboxes:?} host={}",
            pod.spec.host_network
        );
        assert_eq!((c.reason.as_str(), c.message.as_str()), ("", ""));
    }
}

#[test]
fn observed_generation_is_the_pods() {
    let mut p = pod(json!({"containers": [{"name": "a"}]}));
    p.metadata.generation = 7;
    let c = kubelet_conditions(&p, &PodStatus::default(), PodPhase::Pending, None, &[]);
    for cond in [
        &c.ready_to_start_containers,
        &c.initialized,
        &c.ready,
        &c.containers_ready,
    ] {
        assert_eq!(cond.observed_generation, 7, "{}", cond.type_);
    }
}

/// status_manager_test.go `TestStatusManagerTransitionTime`-style: a condition's
/// lastTransitionTime moves only when its status changes.
#[test]
fn transition_times_move_only_on_change() {
    use kube_primitives::api::core::Time;
    let mut p = pod(json!({"containers": [{"name": "a"}]}));
    p.metadata.generation = 2;
    let list = statuses(json!([ready_status("a", true)]));
    let view = Some(ContainerStatuses::new(&[], &list));
    let t1 = Time::from_unix_seconds(1_000);
    let t2 = Time::from_unix_seconds(2_000);

    let mut first = kubelet_conditions(&p, &PodStatus::default(), PodPhase::Running, view, &[]);
    assert_eq!(srm(&first.scheduled), ("True", "", ""));
    assert_eq!(first.scheduled.observed_generation, 2);
    first.stamp_transitions(&PodStatus::default(), t1);
    let old = PodStatus {
        conditions: first.clone().into_vec(),
        ..PodStatus::default()
    };
    let types: Vec<&str> = old.conditions.iter().map(|c| c.type_.as_str()).collect();
    assert_eq!(
        types,
        [
            "PodReadyToStartContainers",
            "Initialized",
            "Ready",
            "ContainersReady",
            "PodScheduled"
        ]
    );
    assert!(old
        .conditions
        .iter()
        .all(|c| c.last_transition_time == Some(t1)));

    // Later, a has become unready: Ready and ContainersReady move, the rest keep t1.
    let list = statuses(json!([ready_status("a", false)]));
    let view = Some(ContainerStatuses::new(&[], &list));
    let mut second = kubelet_conditions(&p, &old, PodPhase::Running, view, &[]);
    second.stamp_transitions(&old, t2);
    for c in second.into_vec() {
        let moved = matches!(c.type_.as_str(), "Ready" | "ContainersReady");
        let want = if moved { t2 } else { t1 };
        assert_eq!(c.last_transition_time, Some(want), "{}", c.type_);
    }
}
