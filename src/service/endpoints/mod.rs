//! The Endpoints object the endpoints controller keeps for a service (`syncService` in
//! [`pkg/controller/endpoint/endpoints_controller.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/endpoint/endpoints_controller.go),
//! with
//! [`pkg/api/v1/endpoints/util.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/api/v1/endpoints/util.go)
//! and `podutil.FindPort`).
//!
//! ```
//! use kube_primitives::api::core::{Pod, Service};
//! use kube_primitives::service::endpoints_for_service;
//!
//! let svc: Service = serde_json::from_str(r#"{
//!     "metadata": {"name": "web", "namespace": "shop"},
//!     "spec": {"clusterIP": "10.96.0.10", "selector": {"app": "web"},
//!              "ports": [{"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"}]}
//! }"#).unwrap();
//! let pod = |name: &str, ip: &str, ready: &str| -> Pod { serde_json::from_str(&format!(r#"{{
//!     "metadata": {{"name": "{name}", "namespace": "shop", "uid": "{name}", "labels": {{"app": "web"}}}},
//!     "spec": {{"nodeName": "n1", "containers": [{{"name": "c",
//!               "ports": [{{"name": "http", "containerPort": 8080, "protocol": "TCP"}}]}}]}},
//!     "status": {{"podIP": "{ip}", "podIPs": [{{"ip": "{ip}"}}],
//!                "conditions": [{{"type": "Ready", "status": "{ready}"}}]}}
//! }}"#)).unwrap() };
//! let pods = [pod("b", "10.0.0.2", "True"), pod("a", "10.0.0.1", "False")];
//!
//! let ep = endpoints_for_service(&svc, &pods).unwrap();
//! let subset = &ep.subsets[0];
//! assert_eq!(subset.addresses[0].ip, "10.0.0.2");
//! assert_eq!(subset.not_ready_addresses[0].ip, "10.0.0.1");
//! assert_eq!(subset.ports[0].port, 8080);
//! ```

mod md5;
mod repack;
mod spew;
mod trigger;
mod truncate;

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::api::core::CLUSTER_IP_NONE;
use crate::api::core::{condition_status, ip_family, pod_condition_type, pod_phase, service_type};
use crate::api::core::{
    EndpointAddress, EndpointPort, Endpoints, ObjectMeta, ObjectReference, Pod, Service,
    ServicePort,
};
use crate::api::IntOrString;
use crate::meta::validate::{canonical_ip, is_ipv6_string};

use super::is_service_ip_set;
pub use repack::repack_subsets;
use repack::{repack, Offer};
pub use trigger::EndpointsTriggerTracker;
pub use truncate::{truncate_subsets, MAX_CAPACITY};

/// The label marking the endpoints of a headless service (one without a cluster IP). Go's
/// `IsHeadlessService` in
/// [`k8s.io/api/core/v1/well_known_labels.go`](https://github.com/kubernetes/api/blob/v0.36.3/core/v1/well_known_labels.go)
/// (v0.36.3).
#[doc(alias = "IsHeadlessService")]
pub const HEADLESS_LABEL: &str = "service.kubernetes.io/headless";

/// The annotation set when addresses were cut to [`MAX_CAPACITY`]; its value is `truncated`. Go's
/// `EndpointsOverCapacity` in
/// [`k8s.io/api/core/v1/annotation_key_constants.go`](https://github.com/kubernetes/api/blob/v0.36.3/core/v1/annotation_key_constants.go)
/// (v0.36.3).
#[doc(alias = "EndpointsOverCapacity")]
pub const OVER_CAPACITY_ANNOTATION: &str = "endpoints.kubernetes.io/over-capacity";

/// The label the endpoints controller puts on every Endpoints object it manages (since
/// Kubernetes 1.33), with the value [`ENDPOINT_CONTROLLER_NAME`]: Go's `LabelManagedBy`.
#[doc(alias = "LabelManagedBy")]
pub const MANAGED_BY_LABEL: &str = "endpoints.kubernetes.io/managed-by";

/// The value of [`MANAGED_BY_LABEL`] on the endpoints controller's objects: Go's
/// `ControllerName`.
#[doc(alias = "ControllerName")]
pub const ENDPOINT_CONTROLLER_NAME: &str = "endpoint-controller";

/// The annotation holding the time of the change that triggered the controller's last write
/// (`v1.EndpointsLastChangeTriggerTime`), printed as
/// [`Time::rfc3339_nano`](crate::api::core::Time::rfc3339_nano) does.
#[doc(alias = "EndpointsLastChangeTriggerTime")]
pub const LAST_CHANGE_TRIGGER_TIME_ANNOTATION: &str =
    "endpoints.kubernetes.io/last-change-trigger-time";

/// The Endpoints object the controller would write for `service` given the `pods` it knows
/// (any namespace; only the service's are read), or `None` for a service without a selector
/// or of type `ExternalName`, whose endpoints the controller leaves alone.
///
/// A pod is listed when it is in the service's namespace and matches the selector, is not
/// `Succeeded`/`Failed`, has an IP, and is not being deleted (unless the service publishes
/// not-ready addresses). Its address is the first of `status.podIPs` in the service's IP family
/// (the first of `ipFamilies`, else the cluster IP's, else the pod IP's); `hostname` is set when
/// the pod's `subdomain` names the service. It is ready when its `Ready` condition is `True`
/// or the service publishes not-ready addresses. Each service port resolves its target port
/// (a number, or the name and protocol of a container or sidecar port; pods without the
/// named port are left out of that port); a headless service without ports lists pods without
/// ports. Subsets group the addresses that serve the same ports, not-ready winning over ready
/// for the same address and port, ordered as upstream orders them (by the MD5 of their
/// go-spew dump). More than [`MAX_CAPACITY`] addresses are cut, with
/// [`OVER_CAPACITY_ANNOTATION`].
///
/// Addresses are written in canonical form (`fd00:10:0::3` as `fd00:10::3`, `010.0.0.1` as
/// `10.0.0.1`), as the 1.36 controller writes them; an address that is not an IP at all (which
/// the API server never lets into a pod's status) is kept as written. The object carries the
/// service's labels plus [`MANAGED_BY_LABEL`] (and [`HEADLESS_LABEL`] for a service without a
/// cluster IP), and [`LAST_CHANGE_TRIGGER_TIME_ANNOTATION`]: this is the object of the
/// controller's first sync of the service, so the trigger time is the service's creation time
/// (`TriggerTimeTracker.ComputeEndpointLastChangeTriggerTime` for a service it has not seen),
/// left out when the service has none. For the later syncs, keep an
/// [`EndpointsTriggerTracker`] and replace the annotation with what it returns.
///
/// Follows `syncService` in
/// [`pkg/controller/endpoint/endpoints_controller.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/endpoint/endpoints_controller.go).
#[must_use]
#[doc(alias = "syncService")]
pub fn endpoints_for_service(service: &Service, pods: &[Pod]) -> Option<Endpoints> {
    // ExternalName services get no endpoints from the controller (kubernetes#105986).
    if service.spec.type_ == service_type::EXTERNAL_NAME {
        return None;
    }
    service.spec.selector.as_ref()?;
    let namespace = &service.metadata.namespace;
    let spec = &service.spec;
    let mut addresses = Vec::new();
    let mut offers = Vec::new();
    for pod in listed(service, pods) {
        if !should_be_in_endpoints(pod, spec.publish_not_ready_addresses) {
            continue;
        }
        let Some(mut address) = pod_address(service, pod) else {
            continue;
        };
        if !pod.spec.hostname.is_empty()
            && pod.spec.subdomain == service.metadata.name
            && *namespace == pod.metadata.namespace
        {
            address.hostname = pod.spec.hostname.clone();
        }
        let ready = spec.publish_not_ready_addresses || is_pod_ready(pod);
        let index = addresses.len();
        addresses.push(address);
        if spec.ports.is_empty() {
            // Only a headless service may go without ports.
            if spec.cluster_ip == CLUSTER_IP_NONE {
                offers.push(Offer {
                    address: index,
                    ready,
                    port: None,
                });
            }
            continue;
        }
        for (i, port) in spec.ports.iter().enumerate() {
            let Some(number) = find_port(pod, port) else {
                continue;
            };
            let ep = EndpointPort {
                name: port.name.clone(),
                port: number,
                protocol: port.protocol.clone(),
                app_protocol: port.app_protocol.clone(),
            };
            let origin = port.app_protocol.as_ref().map(|_| i);
            offers.push(Offer {
                address: index,
                ready,
                port: Some((ep, origin)),
            });
        }
    }
    let mut endpoints = Endpoints {
        metadata: ObjectMeta::named(&service.metadata.name, namespace),
        subsets: repack(&addresses, offers),
    };
    endpoints.metadata.labels = service.metadata.labels.clone();
    if truncate_subsets(&mut endpoints.subsets) {
        endpoints
            .metadata
            .annotations
            .insert(OVER_CAPACITY_ANNOTATION.into(), "truncated".into());
    }
    if let Some(created) = service.metadata.creation_timestamp.filter(|t| !t.is_zero()) {
        endpoints.metadata.annotations.insert(
            LAST_CHANGE_TRIGGER_TIME_ANNOTATION.into(),
            created.rfc3339_nano().to_string(),
        );
    }
    let labels = &mut endpoints.metadata.labels;
    if !is_service_ip_set(service) {
        labels.insert(HEADLESS_LABEL.into(), String::new());
    } else {
        labels.remove(HEADLESS_LABEL);
    }
    labels.insert(MANAGED_BY_LABEL.into(), ENDPOINT_CONTROLLER_NAME.into());
    Some(endpoints)
}

/// The pods the controller's pod lister gives for `service`: those in the service's namespace
/// with every label of its selector (a service without a selector gets none). The lister is a
/// cache keyed by namespace and name, so of pods given twice under one name the later one
/// counts.
fn listed<'a>(service: &'a Service, pods: &'a [Pod]) -> impl Iterator<Item = &'a Pod> + 'a {
    let selector = service.spec.selector.as_ref();
    let namespace = service.metadata.namespace.as_str();
    let mut last: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, pod) in pods.iter().enumerate() {
        if pod.metadata.namespace == namespace {
            last.insert(pod.metadata.name.as_str(), i);
        }
    }
    pods.iter()
        .enumerate()
        .filter(move |(i, pod)| {
            let labels = &pod.metadata.labels;
            last.get(pod.metadata.name.as_str()) == Some(i)
                && selector.is_some_and(|s| s.iter().all(|(k, v)| labels.get(k) == Some(v)))
        })
        .map(|(_, pod)| pod)
}

/// `ShouldPodBeInEndpoints`.
fn should_be_in_endpoints(pod: &Pod, include_terminating: bool) -> bool {
    let status = &pod.status;
    let terminal = matches!(
        status.phase.as_str(),
        pod_phase::SUCCEEDED | pod_phase::FAILED
    );
    let has_ip = !status.pod_ip.is_empty() || !status.pod_ips.is_empty();
    !terminal && has_ip && (include_terminating || pod.metadata.deletion_timestamp.is_none())
}

fn is_pod_ready(pod: &Pod) -> bool {
    pod.status
        .conditions
        .iter()
        .any(|c| c.type_ == pod_condition_type::READY && c.status == condition_status::TRUE)
}

/// `podToEndpointAddressForService`: the pod's first IP of the service's family.
fn pod_address(service: &Service, pod: &Pod) -> Option<EndpointAddress> {
    let spec = &service.spec;
    let ipv6 = match spec.ip_families.first() {
        Some(family) => family == ip_family::IPV6,
        None if is_service_ip_set(service) => is_ipv6_string(&spec.cluster_ip),
        // A headless service of an old API server: the pod's primary IP decides.
        None => is_ipv6_string(&pod.status.pod_ip),
    };
    let ip = pod
        .status
        .pod_ips
        .iter()
        .find(|p| is_ipv6_string(&p.ip) == ipv6)?;
    let target = ObjectReference {
        kind: "Pod".into(),
        namespace: pod.metadata.namespace.clone(),
        name: pod.metadata.name.clone(),
        uid: pod.metadata.uid.clone(),
        ..ObjectReference::default()
    };
    Some(EndpointAddress {
        ip: canonical_ip(&ip.ip).unwrap_or_else(|| ip.ip.clone()),
        hostname: String::new(),
        node_name: Some(pod.spec.node_name.clone()),
        target_ref: Some(target),
    })
}

/// `podutil.FindPort`: a numeric target port as is (0 when unset); a named one from the
/// containers, then the sidecars, matching name and protocol.
fn find_port(pod: &Pod, port: &ServicePort) -> Option<i32> {
    match &port.target_port {
        None => Some(0),
        Some(IntOrString::Int(n)) => Some(*n),
        Some(IntOrString::String(name)) => {
            let sidecars = pod
                .spec
                .init_containers
                .iter()
                .filter(|c| c.is_restartable_init_container());
            pod.spec
                .containers
                .iter()
                .chain(sidecars)
                .flat_map(|c| &c.ports)
                .find(|p| p.name == *name && p.protocol == port.protocol)
                .map(|p| p.container_port)
        }
    }
}
