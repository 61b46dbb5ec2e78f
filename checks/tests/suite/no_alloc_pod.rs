//! Validating a typical valid pod (and a Deployment around the same template) allocates
//! nothing: field paths stay inline and the uniqueness checks use stack structures until an
//! error has to be reported.

use crate::alloc_count::{allocations, counted};
use crate::typical::{typical_deployment, typical_pod};
use kube_primitives::validation::pod::{validate_pod_create, PodValidationOptions};
use kube_primitives::validation::workload::validate_deployment;

#[test]
fn typical_pod_is_valid_and_does_not_allocate() {
    let pod = typical_pod();
    assert_eq!(pod.spec.containers.len(), 3);
    assert_eq!(pod.spec.volumes.len(), 3);
    let opts = PodValidationOptions::default();
    let errs = validate_pod_create(&pod, &opts);
    assert!(errs.is_empty(), "{errs}");
    let (_, n, bytes) = counted(|| validate_pod_create(&pod, &opts));
    assert_eq!(
        n, 0,
        "validate_pod_create allocated {n} times ({bytes} bytes)"
    );
}

#[test]
fn typical_deployment_is_valid_and_does_not_allocate() {
    let d = typical_deployment();
    let opts = PodValidationOptions::default();
    let errs = validate_deployment(&d, &opts);
    assert!(errs.is_empty(), "{errs}");
    let (_, n, bytes) = counted(|| validate_deployment(&d, &opts));
    assert_eq!(
        n, 0,
        "validate_deployment allocated {n} times ({bytes} bytes)"
    );
}

#[test]
fn an_invalid_pod_still_reports_its_errors() {
    // The allocation-free paths defer their work until an error: the errors must still come.
    let mut pod = typical_pod();
    let dup = pod.spec.containers[0].name.clone();
    pod.spec.containers[1].name = dup;
    pod.spec.volumes[2].name = String::from("config");
    let errs = validate_pod_create(&pod, &PodValidationOptions::default());
    let text: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|e| e == "spec.containers[1].name: Duplicate value: \"web\""),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|e| e == "spec.volumes[2].name: Duplicate value: \"config\""),
        "{text:#?}"
    );
    assert!(allocations(|| validate_pod_create(&pod, &PodValidationOptions::default())) > 0);
}
