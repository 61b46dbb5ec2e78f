//! The table of upstream's
//! [qos_test.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/v1/helper/qos/qos_test.go)
//! (`TestComputePodQOS`), ported row by row.

use kube_primitives::api::core::{Container, Pod, ResourceList, ResourceRequirements};
use kube_primitives::quota::{compute_pod_qos, QosClass};

fn list(cpu: &str, memory: &str) -> ResourceList {
    let mut l = ResourceList::new();
    if !cpu.is_empty() {
        l.insert("cpu", cpu.parse().unwrap());
    }
    if !memory.is_empty() {
        l.insert("memory", memory.parse().unwrap());
    }
    l
}

fn with(mut l: ResourceList, name: &str, value: &str) -> ResourceList {
    l.insert(name, value.parse().unwrap());
    l
}

fn c(requests: ResourceList, limits: ResourceList) -> Container {
    Container::new("c", ResourceRequirements::new(requests, limits))
}

fn pod(
    containers: Vec<Container>,
    init: Vec<Container>,
    pod_level: Option<ResourceRequirements>,
) -> Pod {
    let mut p = Pod::default();
    p.spec.containers = containers;
    p.spec.init_containers = init;
    p.spec.resources = pod_level;
    p
}

#[test]
fn compute_pod_qos_table() {
    use QosClass::*;
    let g = || c(list("100m", "100Mi"), list("100m", "100Mi"));
    let be = || c(list("", ""), list("", ""));
    let rr = |r: ResourceList, l: ResourceList| Some(ResourceRequirements::new(r, l));
    let rows: Vec<(&str, Pod, QosClass)> = vec![
        ("guaranteed", pod(vec![g()], vec![], None), Guaranteed),
        (
            "guaranteed-guaranteed",
            pod(vec![g(), g()], vec![], None),
            Guaranteed,
        ),
        (
            "best-effort-best-effort",
            pod(vec![be(), be()], vec![], None),
            BestEffort,
        ),
        ("best-effort", pod(vec![be()], vec![], None), BestEffort),
        (
            "best-effort-burstable",
            pod(vec![be(), c(list("1", ""), list("2", ""))], vec![], None),
            Burstable,
        ),
        (
            "best-effort-guaranteed",
            pod(
                vec![be(), c(list("10m", "100Mi"), list("10m", "100Mi"))],
                vec![],
                None,
            ),
            Burstable,
        ),
        (
            "burstable-cpu-guaranteed-memory",
            pod(vec![c(list("", "100Mi"), list("", "100Mi"))], vec![], None),
            Burstable,
        ),
        (
            "burstable-no-limits",
            pod(vec![c(list("100m", "100Mi"), list("", ""))], vec![], None),
            Burstable,
        ),
        (
            "burstable-guaranteed",
            pod(
                vec![c(list("1", "100Mi"), list("2", "100Mi")), g()],
                vec![],
                None,
            ),
            Burstable,
        ),
        (
            "burstable-unbounded-but-requests-match-limits",
            pod(
                vec![
                    c(list("100m", "100Mi"), list("200m", "200Mi")),
                    c(list("100m", "100Mi"), list("", "")),
                ],
                vec![],
                None,
            ),
            Burstable,
        ),
        (
            "burstable-1",
            pod(
                vec![c(list("10m", "100Mi"), list("100m", "200Mi"))],
                vec![],
                None,
            ),
            Burstable,
        ),
        (
            "burstable-2",
            pod(vec![c(list("0", "0"), list("100m", "200Mi"))], vec![], None),
            Burstable,
        ),
        (
            "best-effort-hugepages",
            pod(
                vec![c(
                    with(list("0", "0"), "hugepages-2Mi", "1Gi"),
                    with(list("0", "0"), "hugepages-2Mi", "1Gi"),
                )],
                vec![],
                None,
            ),
            BestEffort,
        ),
        (
            "init-container",
            pod(
                vec![be()],
                vec![c(list("10m", "100Mi"), list("100m", "200Mi"))],
                None,
            ),
            Burstable,
        ),
        (
            "guaranteed-with-pod-level-resources",
            pod(
                vec![be()],
                vec![],
                rr(list("10m", "100Mi"), list("10m", "100Mi")),
            ),
            Guaranteed,
        ),
        (
            "guaranteed-with-pod-and-container-level-resources",
            pod(
                vec![c(list("3m", "10Mi"), list("5m", "20Mi"))],
                vec![],
                rr(list("10m", "100Mi"), list("10m", "100Mi")),
            ),
            Guaranteed,
        ),
        (
            "burstable-with-pod-level-resources",
            pod(
                vec![be()],
                vec![],
                rr(list("10m", "10Mi"), list("20m", "50Mi")),
            ),
            Burstable,
        ),
        (
            "burstable-with-pod-and-container-level-resources",
            pod(
                vec![c(list("5m", "10Mi"), list("5m", "10Mi"))],
                vec![],
                rr(list("10m", "10Mi"), list("20m", "50Mi")),
            ),
            Burstable,
        ),
        (
            "burstable-with-pod-and-container-level-requests",
            pod(
                vec![c(list("5m", "10Mi"), list("", ""))],
                vec![],
                rr(list("10m", "10Mi"), list("", "")),
            ),
            Burstable,
        ),
        (
            "burstable-with-pod-and-container-level-resources-2",
            pod(
                vec![
                    c(list("5m", "10Mi"), list("", "")),
                    c(list("5m", "10Mi"), list("5m", "10Mi")),
                ],
                vec![],
                rr(list("10m", "10Mi"), list("5m", "")),
            ),
            Burstable,
        ),
    ];
    for (name, p, want) in rows {
        assert_eq!(compute_pod_qos(&p), want, "{name}");
    }
}
