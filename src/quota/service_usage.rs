//! What a service charges against a ResourceQuota
//! ([`pkg/quota/v1/evaluator/core/services.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/quota/v1/evaluator/core/services.go)).

use alloc::vec::Vec;

use crate::api::core::service_type;
use crate::api::core::{ResourceList, Service};
use crate::api::{Format, Quantity};

use super::intersection;

/// The resources the service evaluator tracks.
const SERVICE_RESOURCES: [&str; 4] = [
    "count/services",
    "services",
    "services.nodeports",
    "services.loadbalancers",
];

/// The usage of one service: `count/services` and `services` are 1; `services.nodeports` counts the
/// ports of a `NodePort` or `LoadBalancer` service (for a load balancer with
/// `allocateLoadBalancerNodePorts: false`, only the ports that name a node port), and
/// `services.loadbalancers` is 1 for a `LoadBalancer`. Both are present (as 0) for every type. Go's
/// `serviceEvaluator.Usage`.
///
/// ```
/// use kube_primitives::api::core::Service;
/// use kube_primitives::quota::service_usage;
///
/// let svc: Service = serde_json::from_str(r#"{"spec": {"type": "LoadBalancer",
///     "ports": [{"port": 80}, {"port": 443}]}}"#).unwrap();
/// assert_eq!(
///     service_usage(&svc).to_string(),
///     "count/services=1,services=1,services.loadbalancers=1,services.nodeports=2"
/// );
/// ```
#[must_use]
#[doc(alias = "Usage")]
pub fn service_usage(service: &Service) -> ResourceList {
    let count = |n: usize| Quantity::new(i64::try_from(n).unwrap_or(i64::MAX), Format::DecimalSI);
    let spec = &service.spec;
    let ports = spec.ports.len();
    let (node_ports, load_balancers) = match spec.type_.as_str() {
        service_type::NODE_PORT => (ports, 0),
        service_type::LOAD_BALANCER if spec.allocate_load_balancer_node_ports == Some(false) => {
            (spec.ports.iter().filter(|p| p.node_port != 0).count(), 1)
        }
        service_type::LOAD_BALANCER => (ports, 1),
        _ => (0, 0),
    };
    [
        ("count/services", count(1)),
        ("services", count(1)),
        ("services.loadbalancers", count(load_balancers)),
        ("services.nodeports", count(node_ports)),
    ]
    .into_iter()
    .collect()
}

/// The resources of `input` the service evaluator tracks (`MatchingResources`), sorted.
#[must_use]
#[doc(alias = "MatchingResources")]
pub fn service_matching_resources<S: AsRef<str>>(input: &[S]) -> Vec<&str> {
    intersection(input, &SERVICE_RESOURCES)
}
