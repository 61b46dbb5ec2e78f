#![no_main]
//! Arbitrary pods (as JSON) through the pod-lifecycle and quota logic: phase, conditions, the
//! prober worker, probe validation, quota usage and scopes, quota admission (of the pod, and of
//! its metadata as an object of a counted kind), the LimitRanger.
//! Nothing may panic, the phase rules hold, admission never lets a charged resource pass its
//! limit, and LimitRanger defaulting fills every default once and only what was missing.

use kube_primitives::api::core::{
    LimitRangeSpec, Pod, ResourceQuota, ScopedResourceSelectorRequirement, Time,
};
use kube_primitives::api::GroupResource;
use kube_primitives::meta::field::Path;
use kube_primitives::probe::{
    kubelet_conditions, pod_phase, settle_phase, validate_probe, ContainerStatuses, PodPhase,
    ProbeKind, ProbeResult, ProbeTiming, ProbeWorker,
};
use kube_primitives::quota::{
    admit, aggregate_message, apply_limit_range_defaults, limit_ranger_handles, matching_scopes,
    pod_constraints, pod_usage, validate_pod_limits, validate_pvc_limits, CountedObject, Evaluated,
    LimitRangeDefaults, LimitedResource, PodAdmission, QuotaAdmission,
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
    #[serde(default)]
    limit_range: Option<LimitRangeSpec>,
    #[serde(default)]
    kind: String,
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
    let names: std::collections::BTreeSet<&str> = input
        .quotas
        .iter()
        .map(|q| q.metadata.name.as_str())
        .collect();
    let unique_names = names.len() == input.quotas.len();
    for sub in ["", "resize"] {
        check_admission(&input, &PodAdmission::create(pod, now), unique_names);
        let update = PodAdmission::update(pod, input.old_pod.as_ref(), sub, now);
        check_admission(&input, &update, unique_names);
    }
    // The same metadata as an object of a kind quota only counts.
    let kind = GroupResource::parse(&input.kind);
    let counted = CountedObject::new(&kind, &pod.metadata);
    check_admission(&input, &QuotaAdmission::create(&counted, now), unique_names);
    if let Some(lr) = &input.limit_range {
        limit_ranger(lr, pod, now);
    }
});

/// Admission may fail, but what it writes never takes a charged resource past its limit.
fn check_admission<T: Evaluated>(input: &Input, req: &QuotaAdmission<'_, T>, unique_names: bool) {
    let Ok(writes) = admit(&input.quotas, req, &input.limited) else {
        return;
    };
    for w in writes.iter().filter(|_| unique_names) {
        let Some(q) = input
            .quotas
            .iter()
            .find(|q| q.metadata.name == w.metadata.name)
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

fn limit_ranger(lr: &LimitRangeSpec, pod: &Pod, now: Time) {
    let _ = limit_ranger_handles(&PodAdmission::update(pod, Some(pod), "resize", now));
    let LimitRangeDefaults {
        pod: defaulted,
        annotation: note,
        ..
    } = apply_limit_range_defaults(lr, pod);
    // A note exactly when something was filled in; filling never drops or changes a value.
    assert_eq!(note.is_some(), defaulted.spec != pod.spec);
    let before = pod.spec.containers.iter().chain(&pod.spec.init_containers);
    let after = defaulted
        .spec
        .containers
        .iter()
        .chain(&defaulted.spec.init_containers);
    for (b, a) in before.zip(after) {
        for (have, had) in [
            (&a.resources.requests, &b.resources.requests),
            (&a.resources.limits, &b.resources.limits),
        ] {
            for (name, q) in had.iter() {
                assert_eq!(have.get(name), Some(q), "{name} changed");
            }
        }
        for item in lr.limits.iter().filter(|i| i.type_ == "Container") {
            for (name, _) in item.default_request.iter() {
                assert!(a.resources.requests.get(name).is_some(), "request {name}");
            }
            for (name, _) in item.default.iter() {
                assert!(a.resources.limits.get(name).is_some(), "limit {name}");
            }
        }
    }
    // A second pass finds nothing left to fill.
    assert_eq!(apply_limit_range_defaults(lr, &defaulted).annotation, None);
    let errs = validate_pod_limits(lr, &defaulted);
    assert_eq!(aggregate_message(&errs).is_none(), errs.is_empty());
    if let Some(c) = pod.spec.containers.first() {
        let _ = aggregate_message(&validate_pvc_limits(lr, &c.resources.requests));
    }
}
