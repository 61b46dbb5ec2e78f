//! Defaulting as the API server applies it when it decodes a v1 object: the generated
//! `SetObjectDefaults_Pod` of
//! [`pkg/apis/core/v1/zz_generated.defaults.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/v1/zz_generated.defaults.go)
//! with the hand-written `SetDefaults_*` of
//! [`pkg/apis/core/v1/defaults.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/v1/defaults.go)
//! and the `+default` markers of `k8s.io/api/core/v1/types.go` (v0.36.3), with the feature
//! gates at their 1.36 defaults (`PodLevelResources` and `ImageVolume` on).
//!
//! A pod with only limits gets them as requests, so its QoS class is what the cluster reports:
//!
//! ```
//! use kube_primitives::api::core::Pod;
//! use kube_primitives::quota::{compute_pod_qos, QosClass};
//! use kube_primitives::validation::defaults::default_pod;
//!
//! let mut pod: Pod = serde_json::from_str(r#"{"spec": {"containers": [{"name": "app",
//!     "image": "nginx", "resources": {"limits": {"cpu": "500m", "memory": "128Mi"}}}]}}"#).unwrap();
//! assert_eq!(compute_pod_qos(&pod), QosClass::Burstable);
//! default_pod(&mut pod);
//! assert_eq!(compute_pod_qos(&pod), QosClass::Guaranteed);
//! let app = &pod.spec.containers[0];
//! assert_eq!(app.image_pull_policy, "Always"); // no tag: `latest`
//! assert_eq!(app.termination_message_path, "/dev/termination-log");
//! assert_eq!(pod.spec.restart_policy, "Always");
//! assert_eq!(pod.spec.termination_grace_period_seconds, Some(30));
//! ```

mod container;
mod pod_resources;
mod volume;
mod workload;

use alloc::string::String;

use crate::api::core::{
    dns_policy, restart_policy, Pod, PodSecurityContext, PodSpec, ResourceList,
    ResourceRequirements,
};

pub use container::{
    default_container, default_ephemeral_container, default_http_get, default_probe,
    TERMINATION_MESSAGE_PATH_DEFAULT,
};
pub use volume::{default_volume, VOLUME_DEFAULT_MODE};
pub use workload::{
    default_cron_job, default_daemon_set, default_deployment, default_job,
    default_pod_disruption_budget, default_replica_set, default_stateful_set,
};

/// The scheduler a pod names when it names none (Go's `v1.DefaultSchedulerName`).
#[doc(alias = "DefaultSchedulerName")]
pub const DEFAULT_SCHEDULER_NAME: &str = "default-scheduler";

/// The grace period a pod gets when it states none (Go's
/// `v1.DefaultTerminationGracePeriodSeconds`).
#[doc(alias = "DefaultTerminationGracePeriodSeconds")]
pub const DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS: i64 = 30;

/// A pod as the API server defaults it on decoding: Go's `SetObjectDefaults_Pod`.
///
/// In order: `SetDefaults_Pod` (requests from limits for containers and init containers,
/// pod-level requests and hugepages limits, `enableServiceLinks`, host ports under
/// `hostNetwork`), then [`default_pod_spec`]. Every field of the pod survives; only empty ones
/// are filled, and quantities in resource lists are rounded up to milli units.
#[doc(alias = "SetObjectDefaults_Pod")]
pub fn default_pod(pod: &mut Pod) {
    pod_resources::requests_from_limits(pod);
    pod_resources::pod_level_defaults(pod);
    let spec = &mut pod.spec;
    if spec.enable_service_links.is_none() {
        spec.enable_service_links = Some(true);
    }
    if spec.host_network {
        for c in spec
            .containers
            .iter_mut()
            .chain(spec.init_containers.iter_mut())
        {
            for port in &mut c.ports {
                if port.host_port == 0 {
                    port.host_port = port.container_port;
                }
            }
        }
    }
    default_pod_spec(spec);
    let status = &mut pod.status;
    for s in status
        .init_container_statuses
        .iter_mut()
        .chain(status.container_statuses.iter_mut())
        .chain(status.ephemeral_container_statuses.iter_mut())
    {
        round_up_to_milli(&mut s.allocated_resources);
        if let Some(resources) = &mut s.resources {
            round_up_requirements(resources);
        }
    }
}

/// A pod spec as a pod template's is defaulted (Go's `SetObjectDefaults_PodTemplate` on its
/// spec): `SetDefaults_PodSpec` (DNS and restart policy, security context, grace period,
/// scheduler), then every volume, init container, container and ephemeral container, and the
/// overhead.
///
/// Unlike [`default_pod`], requests are not copied from limits: upstream keeps that to pods so
/// that templates do not change under controllers.
#[doc(alias = "SetDefaults_PodSpec")]
pub fn default_pod_spec(spec: &mut PodSpec) {
    fill(&mut spec.dns_policy, dns_policy::CLUSTER_FIRST);
    fill(&mut spec.restart_policy, restart_policy::ALWAYS);
    if spec.security_context.is_none() {
        spec.security_context = Some(PodSecurityContext::default());
    }
    if spec.termination_grace_period_seconds.is_none() {
        spec.termination_grace_period_seconds = Some(DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS);
    }
    fill(&mut spec.scheduler_name, DEFAULT_SCHEDULER_NAME);
    spec.volumes.iter_mut().for_each(default_volume);
    spec.init_containers.iter_mut().for_each(default_container);
    spec.containers.iter_mut().for_each(default_container);
    spec.ephemeral_containers
        .iter_mut()
        .for_each(default_ephemeral_container);
    round_up_to_milli(&mut spec.overhead);
    if let Some(resources) = &mut spec.resources {
        round_up_requirements(resources);
    }
}

fn round_up_requirements(resources: &mut ResourceRequirements) {
    round_up_to_milli(&mut resources.limits);
    round_up_to_milli(&mut resources.requests);
}

/// Go's `SetDefaults_ResourceList`: every quantity rounded up to milli units (upstream keeps
/// finer values out of the API this way rather than rejecting them).
#[doc(alias = "SetDefaults_ResourceList")]
pub fn round_up_to_milli(list: &mut ResourceList) {
    for (_, q) in list.iter_mut() {
        q.round_up(-3);
    }
}

/// Sets an empty string field to its default.
fn fill(field: &mut String, value: &str) {
    if field.is_empty() {
        *field = value.into();
    }
}
