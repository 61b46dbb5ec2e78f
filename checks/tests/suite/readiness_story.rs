//! The seed's story: a failing readiness probe takes a pod out of its service and a passing one
//! brings it back, end to end through the prober worker, the kubelet's pod conditions and the
//! endpoints controller; `publishNotReadyAddresses` keeps it listed; deletion removes it.

use kube_primitives::api::core::{Endpoints, Pod, PodStatus, Service, Time};
use kube_primitives::probe::{
    kubelet_conditions, ContainerStatuses, PodPhase, ProbeKind, ProbeResult, ProbeTiming,
    ProbeWorker,
};
use kube_primitives::service::endpoints_for_service;
use serde_json::json;

const T0: i64 = 1_767_225_600;

fn service(publish_not_ready: bool) -> Service {
    serde_json::from_value(json!({
        "metadata": {"name": "web", "namespace": "shop"},
        "spec": {"clusterIP": "10.96.0.20", "selector": {"app": "web"},
                 "publishNotReadyAddresses": publish_not_ready,
                 "ports": [{"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"}]}
    }))
    .unwrap()
}

fn pod(name: &str, ip: &str) -> Pod {
    serde_json::from_value(json!({
        "metadata": {"name": name, "namespace": "shop", "uid": name, "labels": {"app": "web"}},
        "spec": {"nodeName": "n1", "containers": [{"name": "app",
            "ports": [{"name": "http", "containerPort": 8080, "protocol": "TCP"}],
            "readinessProbe": {"httpGet": {"path": "/ready", "port": 8080}, "periodSeconds": 10, "failureThreshold": 3}}]},
        "status": {"phase": "Running", "podIP": ip, "podIPs": [{"ip": ip}]}
    }))
    .unwrap()
}

/// The kubelet's status with the container's readiness, and the conditions it derives.
fn status_with(pod: &Pod, ready: bool) -> PodStatus {
    let mut status: PodStatus = serde_json::from_value(json!({
        "phase": "Running", "podIP": pod.status.pod_ip, "podIPs": [{"ip": pod.status.pod_ip}],
        "containerStatuses": [{"name": "app", "containerID": "containerd://c1", "ready": ready,
            "started": true, "state": {"running": {"startedAt": "2026-01-01T00:00:00Z"}}}]
    }))
    .unwrap();
    let c = kubelet_conditions(
        pod,
        &status,
        PodPhase::Running,
        ContainerStatuses::of(&status),
        &[],
    );
    status.conditions = c.into_vec();
    status
}

fn addresses(ep: &Endpoints) -> (Vec<String>, Vec<String>) {
    let ready = ep
        .subsets
        .iter()
        .flat_map(|s| &s.addresses)
        .map(|a| a.ip.clone())
        .collect();
    let not_ready = ep
        .subsets
        .iter()
        .flat_map(|s| &s.not_ready_addresses)
        .map(|a| a.ip.clone())
        .collect();
    (ready, not_ready)
}

#[test]
fn readiness_takes_a_pod_out_of_its_service_and_back() {
    let stable = {
        let mut p = pod("web-0", "10.1.0.1");
        p.status = status_with(&p, true);
        p
    };
    let mut flaky = pod("web-1", "10.1.0.2");
    let probe = flaky.spec.containers[0].readiness_probe.clone().unwrap();
    let mut worker = ProbeWorker::new(ProbeKind::Readiness, "app", ProbeTiming::from(&probe));
    let svc = service(false);

    // The probe's answers every 10 s, and where web-1 is listed after each.
    let answers = [
        (ProbeResult::Success, true), // first success: ready
        (ProbeResult::Failure, true), // one failure is below the threshold of 3
        (ProbeResult::Failure, true),
        (ProbeResult::Failure, false), // third failure in a row: out of the service
        (ProbeResult::Failure, false),
        (ProbeResult::Success, true), // one success (threshold 1) brings it back
    ];
    for (i, (answer, listed_ready)) in answers.into_iter().enumerate() {
        let now = Time::from_unix_seconds(T0 + 10 * i64::try_from(i).unwrap());
        let status = status_with(&flaky, false);
        let step = worker.step(&flaky, Some(&status), now, || Some(answer));
        let ready = step.result == Some(ProbeResult::Success);
        flaky.status = status_with(&flaky, ready);
        let ep = endpoints_for_service(&svc, &[stable.clone(), flaky.clone()]).unwrap();
        let (ready_ips, not_ready_ips) = addresses(&ep);
        assert!(
            ready_ips.contains(&"10.1.0.1".to_string()),
            "step {i}: web-0 stays"
        );
        if listed_ready {
            assert_eq!(ready_ips, ["10.1.0.1", "10.1.0.2"], "step {i}");
            assert!(not_ready_ips.is_empty(), "step {i}");
        } else {
            assert_eq!(ready_ips, ["10.1.0.1"], "step {i}");
            assert_eq!(not_ready_ips, ["10.1.0.2"], "step {i}");
        }
        assert_eq!(
            ep.subsets
                .iter()
                .flat_map(|s| &s.ports)
                .map(|p| p.port)
                .max(),
            Some(8080)
        );
    }

    // A service that publishes not-ready addresses lists an unready pod as ready.
    flaky.status = status_with(&flaky, false);
    let ep = endpoints_for_service(&service(true), &[stable.clone(), flaky.clone()]).unwrap();
    assert_eq!(addresses(&ep).0, ["10.1.0.1", "10.1.0.2"]);

    // A pod being deleted leaves the service (unless not-ready addresses are published).
    flaky.status = status_with(&flaky, true);
    flaky.metadata.deletion_timestamp = Some(Time::from_unix_seconds(T0 + 100));
    let ep = endpoints_for_service(&svc, &[stable.clone(), flaky.clone()]).unwrap();
    assert_eq!(addresses(&ep), (vec!["10.1.0.1".to_string()], vec![]));
    let ep = endpoints_for_service(&service(true), &[stable, flaky]).unwrap();
    assert_eq!(addresses(&ep).0, ["10.1.0.1", "10.1.0.2"]);
}
