#![no_main]
//! Arbitrary pods (as JSON) through the pod-lifecycle and quota logic: phase, conditions, the
//! prober worker, probe validation, quota usage and scopes, quota admission. Nothing may
//! panic, the phase rules hold, and admission never lets a charged resource pass its limit.

use kube_primitives::api::core::{Pod, ResourceQuota, ScopedResourceSelectorRequirement, Time};
use kube_primitives::meta::field::Path;
use kube_primitives::probe::{
    kubelet_conditions, pod_phase, settle_phase, validate_probe, ContainerStatuses, PodPhase,
    ProbeKind, ProbeResult, ProbeTiming, ProbeWorker,
};
use kube_primitives::quota::{
    admit, matching_scopes, pod_constraints, pod_usage, LimitedResource, PodAdmission,
};
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
    #[serde(default)]
    quotas: Vec<ResourceQuota>,
    #[serde(default)]
    old_pod: Option<Pod>,
    #[serde(default, rename = "limited_resources")]
    limited: Vec<LimitedResource>,
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
    let names: std::collections::BTreeSet<&str> =
        input.quotas.iter().map(|q| q.metadata.name.as_str()).collect();
    let unique_names = names.len() == input.quotas.len();
    for sub in ["", "resize"] {
        let requests = [
            PodAdmission::create(pod, now),
            PodAdmission::update(pod, input.old_pod.as_ref(), sub, now),
        ];
        for req in requests {
            let Ok(writes) = admit(&input.quotas, &req, &input.limited) else {
                continue;
            };
            for w in writes.iter().filter(|_| unique_names) {
                let Some(q) = input.quotas.iter().find(|q| q.metadata.name == w.metadata.name)
                else {
                    continue;
                };
                for (name, new) in w.status.used.iter() {
                    let grew = q.status.used.get(name).map_or(true, |old| new > old);
                    if let (true, Some(hard)) = (grew, q.status.hard.get(name)) {
                        assert!(new <= hard, "{name}: {new} > {hard}");
                    }
                }
            }
        }
    }
});
