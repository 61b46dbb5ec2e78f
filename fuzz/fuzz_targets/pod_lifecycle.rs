#![no_main]
//! Arbitrary pods (as JSON) through the pod-lifecycle and quota logic: phase, conditions, the
//! prober worker, probe validation, quota usage and scopes. Nothing may panic, and the phase
//! rules hold.

use kube_primitives::api::core::{Pod, ScopedResourceSelectorRequirement, Time};
use kube_primitives::meta::field::Path;
use kube_primitives::probe::{
    kubelet_conditions, pod_phase, settle_phase, validate_probe, ContainerStatuses, PodPhase,
    ProbeKind, ProbeResult, ProbeTiming, ProbeWorker,
};
use kube_primitives::quota::{matching_scopes, pod_constraints, pod_usage};
use libfuzzer_sys::fuzz_target;
use serde::Deserialize;

#[derive(Deserialize)]
struct Input {
    pod: Pod,
    #[serde(default)]
    scopes: Vec<ScopedResourceSelectorRequirement>,
    #[serde(default)]
    resources: Vec<String>,
    #[serde(default)]
    now: i64,
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = serde_json::from_slice::<Input>(data) else {
        return;
    };
    let pod = &input.pod;
    let now = Time::from_unix_seconds(input.now);
    for terminal in [false, true] {
        for initialized in [false, true] {
            let phase = pod_phase(pod, terminal, initialized);
            let settled = settle_phase(phase, Some(PodPhase::Succeeded), None);
            assert!(settled.is_terminal());
            let c = kubelet_conditions(
                pod,
                &pod.status,
                phase,
                ContainerStatuses::of(&pod.status),
                &[],
            );
            let _ = c.into_vec();
        }
    }
    for container in pod.spec.containers.iter().chain(&pod.spec.init_containers) {
        for (kind, probe) in [
            (ProbeKind::Liveness, &container.liveness_probe),
            (ProbeKind::Readiness, &container.readiness_probe),
            (ProbeKind::Startup, &container.startup_probe),
        ] {
            let Some(probe) = probe else { continue };
            let _ =
                validate_probe(kind, &probe.clone().with_defaults(), &Path::new("p")).to_string();
            let mut w = ProbeWorker::new(kind, &container.name, ProbeTiming::from(probe));
            for r in [
                ProbeResult::Failure,
                ProbeResult::Success,
                ProbeResult::Unknown,
            ] {
                let _ = w.step(pod, Some(&pod.status), now, || Some(r));
            }
        }
    }
    let _ = pod_usage(pod, now);
    let _ = matching_scopes(pod, &input.scopes);
    let _ = pod_constraints(&input.resources, pod);
});
