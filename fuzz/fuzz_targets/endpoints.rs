#![no_main]
//! Arbitrary services and pods (JSON) through the endpoints controller's object, service
//! validation, DNS records, quota usage and pod host names: no panic; at most 1000 addresses; every address's pod is in the service's namespace; without truncation
//! and with every subset serving some port, the subsets are already packed (repacking them
//! changes nothing). Subsets without ports are the exception: target ports of 0 with
//! different names group apart in the controller, as upstream's, but merge when repacked.

use kube_primitives::api::core::{Pod, Service};
use kube_primitives::quota::service_usage;
use kube_primitives::service::{
    dns_records, endpoints_for_service, pod_visible_hostname, repack_subsets,
    validate_service_manifest, MAX_CAPACITY,
};
use libfuzzer_sys::fuzz_target;
use serde::Deserialize;

#[derive(Deserialize)]
struct Input {
    service: Service,
    #[serde(default)]
    pods: Vec<Pod>,
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = serde_json::from_slice::<Input>(data) else {
        return;
    };
    let _ = validate_service_manifest(&input.service).to_string();
    let _ = service_usage(&input.service);
    for pod in &input.pods {
        if let Ok(name) = pod_visible_hostname(pod, "cluster.local") {
            assert!(name.len() <= 64, "{name}");
        }
    }
    let Some(ep) = endpoints_for_service(&input.service, &input.pods) else {
        let _ = dns_records(&input.service, None, "cluster.local");
        return;
    };
    let _ = dns_records(&input.service, Some(&ep), "cluster.local");
    let total: usize = ep
        .subsets
        .iter()
        .map(|s| s.addresses.len() + s.not_ready_addresses.len())
        .sum();
    assert!(total <= MAX_CAPACITY);
    for s in &ep.subsets {
        for a in s.addresses.iter().chain(&s.not_ready_addresses) {
            let r = a.target_ref.as_ref().expect("every address names its pod");
            assert_eq!(r.namespace, input.service.metadata.namespace);
        }
    }
    if ep.metadata.annotations.is_empty() {
        // appProtocol pointers keep equal ports of different service ports apart upstream
        // (and in the controller path); the value-based repack may merge them.
        let distinct_app = input
            .service
            .spec
            .ports
            .iter()
            .all(|p| p.app_protocol.is_none());
        if distinct_app && ep.subsets.iter().all(|s| !s.ports.is_empty()) {
            assert_eq!(repack_subsets(&ep.subsets), ep.subsets);
        }
    }
});
