//! `Pod`: spec, containers, resources, status and conditions.

use alloc::vec::Vec;

use k8s_openapi::api::core::v1 as k8s;

use super::{
    non_default, opt_resources, opt_string, opt_vec, resource_list, try_opt, try_vec, vec_from,
};
use crate::api::core::{
    Container, ContainerPort, Pod, PodCondition, PodIp, PodReadinessGate, PodSpec, PodStatus,
    ResourceRequirements,
};
use crate::interop::ConversionError;

/// Every field this crate models.
///
/// # Errors
///
/// A resource quantity does not parse; the error names its path, e.g.
/// `spec.containers[0].resources.limits.cpu`.
impl TryFrom<k8s::Pod> for Pod {
    type Error = ConversionError;

    fn try_from(p: k8s::Pod) -> Result<Pod, ConversionError> {
        Ok(Pod {
            metadata: p.metadata.into(),
            spec: try_opt(p.spec, "spec")?.unwrap_or_default(),
            status: try_opt(p.status, "status")?.unwrap_or_default(),
        })
    }
}

/// Every field this crate models; an empty status becomes `None`.
impl From<Pod> for k8s::Pod {
    fn from(p: Pod) -> k8s::Pod {
        k8s::Pod {
            metadata: p.metadata.into(),
            spec: Some(p.spec.into()),
            status: non_default(p.status).map(Into::into),
            ..Default::default()
        }
    }
}

/// # Errors
///
/// A resource quantity does not parse.
impl TryFrom<k8s::PodSpec> for PodSpec {
    type Error = ConversionError;

    fn try_from(s: k8s::PodSpec) -> Result<PodSpec, ConversionError> {
        Ok(PodSpec {
            containers: try_vec(Some(s.containers), "containers")?,
            init_containers: try_vec(s.init_containers, "initContainers")?,
            resources: try_opt(s.resources, "resources")?,
            overhead: resource_list(s.overhead, "overhead")?,
            restart_policy: s.restart_policy.unwrap_or_default(),
            readiness_gates: vec_from(s.readiness_gates),
            host_network: s.host_network.unwrap_or_default(),
            priority_class_name: s.priority_class_name.unwrap_or_default(),
            active_deadline_seconds: s.active_deadline_seconds,
            affinity: s.affinity.map(Into::into),
            node_name: s.node_name.unwrap_or_default(),
            hostname: s.hostname.unwrap_or_default(),
            subdomain: s.subdomain.unwrap_or_default(),
            set_hostname_as_fqdn: s.set_hostname_as_fqdn,
        })
    }
}

impl From<PodSpec> for k8s::PodSpec {
    fn from(s: PodSpec) -> k8s::PodSpec {
        k8s::PodSpec {
            containers: s.containers.into_iter().map(Into::into).collect(),
            init_containers: opt_vec(s.init_containers),
            resources: s.resources.map(Into::into),
            overhead: opt_resources(s.overhead),
            restart_policy: opt_string(s.restart_policy),
            readiness_gates: opt_vec(s.readiness_gates),
            host_network: non_default(s.host_network),
            priority_class_name: opt_string(s.priority_class_name),
            active_deadline_seconds: s.active_deadline_seconds,
            affinity: s.affinity.map(Into::into),
            node_name: opt_string(s.node_name),
            hostname: opt_string(s.hostname),
            subdomain: opt_string(s.subdomain),
            set_hostname_as_fqdn: s.set_hostname_as_fqdn,
            ..Default::default()
        }
    }
}

impl From<k8s::PodReadinessGate> for PodReadinessGate {
    fn from(g: k8s::PodReadinessGate) -> PodReadinessGate {
        PodReadinessGate {
            condition_type: g.condition_type,
        }
    }
}

impl From<PodReadinessGate> for k8s::PodReadinessGate {
    fn from(g: PodReadinessGate) -> k8s::PodReadinessGate {
        k8s::PodReadinessGate {
            condition_type: g.condition_type,
            ..Default::default()
        }
    }
}

/// `restartPolicyRules` (Kubernetes 1.34+, absent from k8s-openapi's older versions) is left
/// empty.
///
/// # Errors
///
/// A resource quantity does not parse.
impl TryFrom<k8s::Container> for Container {
    type Error = ConversionError;

    fn try_from(c: k8s::Container) -> Result<Container, ConversionError> {
        Ok(Container {
            name: c.name,
            resources: try_opt(c.resources, "resources")?.unwrap_or_default(),
            restart_policy: c.restart_policy,
            restart_policy_rules: Vec::new(),
            liveness_probe: c.liveness_probe.map(Into::into),
            readiness_probe: c.readiness_probe.map(Into::into),
            startup_probe: c.startup_probe.map(Into::into),
            ports: vec_from(c.ports),
        })
    }
}

/// `restartPolicyRules` (Kubernetes 1.34+, absent from k8s-openapi's older versions) is
/// dropped.
impl From<Container> for k8s::Container {
    fn from(c: Container) -> k8s::Container {
        k8s::Container {
            name: c.name,
            resources: non_default(c.resources).map(Into::into),
            restart_policy: c.restart_policy,
            liveness_probe: c.liveness_probe.map(Into::into),
            readiness_probe: c.readiness_probe.map(Into::into),
            startup_probe: c.startup_probe.map(Into::into),
            ports: opt_vec(c.ports),
            ..Default::default()
        }
    }
}

impl From<k8s::ContainerPort> for ContainerPort {
    fn from(p: k8s::ContainerPort) -> ContainerPort {
        ContainerPort {
            name: p.name.unwrap_or_default(),
            container_port: p.container_port,
            protocol: p.protocol.unwrap_or_default(),
        }
    }
}

impl From<ContainerPort> for k8s::ContainerPort {
    fn from(p: ContainerPort) -> k8s::ContainerPort {
        k8s::ContainerPort {
            name: opt_string(p.name),
            container_port: p.container_port,
            protocol: opt_string(p.protocol),
            ..Default::default()
        }
    }
}

/// `requests` and `limits`; `claims` is not modelled.
///
/// # Errors
///
/// A quantity does not parse; the error names e.g. `limits.cpu`.
impl TryFrom<k8s::ResourceRequirements> for ResourceRequirements {
    type Error = ConversionError;

    fn try_from(r: k8s::ResourceRequirements) -> Result<ResourceRequirements, ConversionError> {
        Ok(ResourceRequirements {
            requests: resource_list(r.requests, "requests")?,
            limits: resource_list(r.limits, "limits")?,
        })
    }
}

impl From<ResourceRequirements> for k8s::ResourceRequirements {
    fn from(r: ResourceRequirements) -> k8s::ResourceRequirements {
        k8s::ResourceRequirements {
            requests: opt_resources(r.requests),
            limits: opt_resources(r.limits),
            ..Default::default()
        }
    }
}

/// # Errors
///
/// A quantity in a container status does not parse.
impl TryFrom<k8s::PodStatus> for PodStatus {
    type Error = ConversionError;

    fn try_from(s: k8s::PodStatus) -> Result<PodStatus, ConversionError> {
        Ok(PodStatus {
            qos_class: s.qos_class.unwrap_or_default(),
            phase: s.phase.unwrap_or_default(),
            container_statuses: try_vec(s.container_statuses, "containerStatuses")?,
            init_container_statuses: try_vec(s.init_container_statuses, "initContainerStatuses")?,
            conditions: vec_from(s.conditions),
            pod_ip: s.pod_ip.unwrap_or_default(),
            pod_ips: vec_from(s.pod_ips),
        })
    }
}

impl From<PodStatus> for k8s::PodStatus {
    fn from(s: PodStatus) -> k8s::PodStatus {
        k8s::PodStatus {
            qos_class: opt_string(s.qos_class),
            phase: opt_string(s.phase),
            container_statuses: opt_vec(s.container_statuses),
            init_container_statuses: opt_vec(s.init_container_statuses),
            conditions: opt_vec(s.conditions),
            pod_ip: opt_string(s.pod_ip),
            pod_ips: opt_vec(s.pod_ips),
            ..Default::default()
        }
    }
}

impl From<k8s::PodIP> for PodIp {
    fn from(ip: k8s::PodIP) -> PodIp {
        PodIp { ip: ip.ip }
    }
}

impl From<PodIp> for k8s::PodIP {
    fn from(ip: PodIp) -> k8s::PodIP {
        k8s::PodIP {
            ip: ip.ip,
            ..Default::default()
        }
    }
}

/// `lastProbeTime` is not modelled and is dropped.
impl From<k8s::PodCondition> for PodCondition {
    fn from(c: k8s::PodCondition) -> PodCondition {
        PodCondition {
            type_: c.type_,
            status: c.status,
            observed_generation: c.observed_generation.unwrap_or_default(),
            reason: c.reason.unwrap_or_default(),
            message: c.message.unwrap_or_default(),
            last_transition_time: c.last_transition_time.map(Into::into),
        }
    }
}

impl From<PodCondition> for k8s::PodCondition {
    fn from(c: PodCondition) -> k8s::PodCondition {
        k8s::PodCondition {
            type_: c.type_,
            status: c.status,
            observed_generation: non_default(c.observed_generation),
            reason: opt_string(c.reason),
            message: opt_string(c.message),
            last_transition_time: c.last_transition_time.map(Into::into),
            ..Default::default()
        }
    }
}
