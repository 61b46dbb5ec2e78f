//! `PodStatus`, its conditions and the container statuses.
//!
//! Generated field by field from k8s-openapi's types and ours; see the module root for the
//! conventions.

use k8s_openapi::api::core::v1 as k8s;

use super::{
    non_default, opt_resources, opt_string, opt_vec, resource_list, try_opt, try_vec, vec_from,
};
use crate::api::core::{
    ContainerState, ContainerStateRunning, ContainerStateTerminated, ContainerStateWaiting,
    ContainerStatus, ContainerUser, HostIp, LinuxContainerUser, PodCondition, PodIp,
    PodResourceClaimStatus, PodStatus, ResourceHealth, ResourceStatus, VolumeMountStatus,
};
use crate::interop::ConversionError;

/// `extendedResourceClaimStatus`, `allocatedResources`, `resources`, `nodeAllocatableResourceClaimStatuses`: not in every k8s-openapi version this crate supports; left empty.
impl TryFrom<k8s::PodStatus> for PodStatus {
    type Error = ConversionError;

    fn try_from(v: k8s::PodStatus) -> Result<PodStatus, ConversionError> {
        Ok(PodStatus {
            observed_generation: v.observed_generation.unwrap_or_default(),
            phase: v.phase.unwrap_or_default(),
            conditions: vec_from(v.conditions),
            message: v.message.unwrap_or_default(),
            reason: v.reason.unwrap_or_default(),
            nominated_node_name: v.nominated_node_name.unwrap_or_default(),
            host_ip: v.host_ip.unwrap_or_default(),
            host_i_ps: vec_from(v.host_ips),
            pod_ip: v.pod_ip.unwrap_or_default(),
            pod_ips: vec_from(v.pod_ips),
            start_time: v.start_time.map(Into::into),
            init_container_statuses: try_vec(v.init_container_statuses, "initContainerStatuses")?,
            container_statuses: try_vec(v.container_statuses, "containerStatuses")?,
            qos_class: v.qos_class.unwrap_or_default(),
            ephemeral_container_statuses: try_vec(
                v.ephemeral_container_statuses,
                "ephemeralContainerStatuses",
            )?,
            resize: v.resize.unwrap_or_default(),
            resource_claim_statuses: vec_from(v.resource_claim_statuses),
            extended_resource_claim_status: Default::default(),
            allocated_resources: Default::default(),
            resources: Default::default(),
            node_allocatable_resource_claim_statuses: Default::default(),
        })
    }
}

/// `extendedResourceClaimStatus`, `allocatedResources`, `resources`, `nodeAllocatableResourceClaimStatuses`: not in every k8s-openapi version this crate supports; dropped.
impl From<PodStatus> for k8s::PodStatus {
    fn from(v: PodStatus) -> k8s::PodStatus {
        k8s::PodStatus {
            conditions: opt_vec(v.conditions),
            container_statuses: opt_vec(v.container_statuses),
            ephemeral_container_statuses: opt_vec(v.ephemeral_container_statuses),
            host_ip: opt_string(v.host_ip),
            host_ips: opt_vec(v.host_i_ps),
            init_container_statuses: opt_vec(v.init_container_statuses),
            message: opt_string(v.message),
            nominated_node_name: opt_string(v.nominated_node_name),
            observed_generation: non_default(v.observed_generation),
            phase: opt_string(v.phase),
            pod_ip: opt_string(v.pod_ip),
            pod_ips: opt_vec(v.pod_ips),
            qos_class: opt_string(v.qos_class),
            reason: opt_string(v.reason),
            resize: opt_string(v.resize),
            resource_claim_statuses: opt_vec(v.resource_claim_statuses),
            start_time: v.start_time.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::PodCondition> for PodCondition {
    fn from(v: k8s::PodCondition) -> PodCondition {
        PodCondition {
            type_: v.type_,
            observed_generation: v.observed_generation.unwrap_or_default(),
            status: v.status,
            last_probe_time: v.last_probe_time.map(Into::into),
            last_transition_time: v.last_transition_time.map(Into::into),
            reason: v.reason.unwrap_or_default(),
            message: v.message.unwrap_or_default(),
        }
    }
}

impl From<PodCondition> for k8s::PodCondition {
    fn from(v: PodCondition) -> k8s::PodCondition {
        k8s::PodCondition {
            last_probe_time: v.last_probe_time.map(Into::into),
            last_transition_time: v.last_transition_time.map(Into::into),
            message: opt_string(v.message),
            observed_generation: non_default(v.observed_generation),
            reason: opt_string(v.reason),
            status: v.status,
            type_: v.type_,
            ..Default::default()
        }
    }
}

impl From<k8s::HostIP> for HostIp {
    fn from(v: k8s::HostIP) -> HostIp {
        HostIp { ip: v.ip }
    }
}

impl From<HostIp> for k8s::HostIP {
    fn from(v: HostIp) -> k8s::HostIP {
        k8s::HostIP {
            ip: v.ip,
            ..Default::default()
        }
    }
}

impl From<k8s::PodIP> for PodIp {
    fn from(v: k8s::PodIP) -> PodIp {
        PodIp { ip: v.ip }
    }
}

impl From<PodIp> for k8s::PodIP {
    fn from(v: PodIp) -> k8s::PodIP {
        k8s::PodIP {
            ip: v.ip,
            ..Default::default()
        }
    }
}

impl From<k8s::PodResourceClaimStatus> for PodResourceClaimStatus {
    fn from(v: k8s::PodResourceClaimStatus) -> PodResourceClaimStatus {
        PodResourceClaimStatus {
            name: v.name,
            resource_claim_name: v.resource_claim_name,
        }
    }
}

impl From<PodResourceClaimStatus> for k8s::PodResourceClaimStatus {
    fn from(v: PodResourceClaimStatus) -> k8s::PodResourceClaimStatus {
        k8s::PodResourceClaimStatus {
            name: v.name,
            resource_claim_name: v.resource_claim_name,
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::ContainerStatus> for ContainerStatus {
    type Error = ConversionError;

    fn try_from(v: k8s::ContainerStatus) -> Result<ContainerStatus, ConversionError> {
        Ok(ContainerStatus {
            name: v.name,
            state: v.state.map(Into::into).unwrap_or_default(),
            last_state: v.last_state.map(Into::into).unwrap_or_default(),
            ready: v.ready,
            restart_count: v.restart_count,
            image: v.image,
            image_id: v.image_id,
            container_id: v.container_id.unwrap_or_default(),
            started: v.started,
            allocated_resources: resource_list(v.allocated_resources, "allocatedResources")?,
            resources: try_opt(v.resources, "resources")?,
            volume_mounts: vec_from(v.volume_mounts),
            user: v.user.map(Into::into),
            allocated_resources_status: vec_from(v.allocated_resources_status),
            stop_signal: v.stop_signal,
        })
    }
}

impl From<ContainerStatus> for k8s::ContainerStatus {
    fn from(v: ContainerStatus) -> k8s::ContainerStatus {
        k8s::ContainerStatus {
            allocated_resources: opt_resources(v.allocated_resources),
            allocated_resources_status: opt_vec(v.allocated_resources_status),
            container_id: opt_string(v.container_id),
            image: v.image,
            image_id: v.image_id,
            last_state: non_default(v.last_state).map(Into::into),
            name: v.name,
            ready: v.ready,
            resources: v.resources.map(Into::into),
            restart_count: v.restart_count,
            started: v.started,
            state: non_default(v.state).map(Into::into),
            stop_signal: v.stop_signal,
            user: v.user.map(Into::into),
            volume_mounts: opt_vec(v.volume_mounts),
            ..Default::default()
        }
    }
}

impl From<k8s::ContainerState> for ContainerState {
    fn from(v: k8s::ContainerState) -> ContainerState {
        ContainerState {
            waiting: v.waiting.map(Into::into),
            running: v.running.map(Into::into),
            terminated: v.terminated.map(Into::into),
        }
    }
}

impl From<ContainerState> for k8s::ContainerState {
    fn from(v: ContainerState) -> k8s::ContainerState {
        k8s::ContainerState {
            running: v.running.map(Into::into),
            terminated: v.terminated.map(Into::into),
            waiting: v.waiting.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::ContainerStateWaiting> for ContainerStateWaiting {
    fn from(v: k8s::ContainerStateWaiting) -> ContainerStateWaiting {
        ContainerStateWaiting {
            reason: v.reason.unwrap_or_default(),
            message: v.message.unwrap_or_default(),
        }
    }
}

impl From<ContainerStateWaiting> for k8s::ContainerStateWaiting {
    fn from(v: ContainerStateWaiting) -> k8s::ContainerStateWaiting {
        k8s::ContainerStateWaiting {
            message: opt_string(v.message),
            reason: opt_string(v.reason),
            ..Default::default()
        }
    }
}

impl From<k8s::ContainerStateRunning> for ContainerStateRunning {
    fn from(v: k8s::ContainerStateRunning) -> ContainerStateRunning {
        ContainerStateRunning {
            started_at: v.started_at.map(Into::into),
        }
    }
}

impl From<ContainerStateRunning> for k8s::ContainerStateRunning {
    fn from(v: ContainerStateRunning) -> k8s::ContainerStateRunning {
        k8s::ContainerStateRunning {
            started_at: v.started_at.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::ContainerStateTerminated> for ContainerStateTerminated {
    fn from(v: k8s::ContainerStateTerminated) -> ContainerStateTerminated {
        ContainerStateTerminated {
            exit_code: v.exit_code,
            signal: v.signal.unwrap_or_default(),
            reason: v.reason.unwrap_or_default(),
            message: v.message.unwrap_or_default(),
            started_at: v.started_at.map(Into::into),
            finished_at: v.finished_at.map(Into::into),
            container_id: v.container_id.unwrap_or_default(),
        }
    }
}

impl From<ContainerStateTerminated> for k8s::ContainerStateTerminated {
    fn from(v: ContainerStateTerminated) -> k8s::ContainerStateTerminated {
        k8s::ContainerStateTerminated {
            container_id: opt_string(v.container_id),
            exit_code: v.exit_code,
            finished_at: v.finished_at.map(Into::into),
            message: opt_string(v.message),
            reason: opt_string(v.reason),
            signal: non_default(v.signal),
            started_at: v.started_at.map(Into::into),
            ..Default::default()
        }
    }
}

/// `volumeStatus`: not in every k8s-openapi version this crate supports; left empty.
impl From<k8s::VolumeMountStatus> for VolumeMountStatus {
    fn from(v: k8s::VolumeMountStatus) -> VolumeMountStatus {
        VolumeMountStatus {
            name: v.name,
            mount_path: v.mount_path,
            read_only: v.read_only.unwrap_or_default(),
            recursive_read_only: v.recursive_read_only,
            volume_status: Default::default(),
        }
    }
}

/// `volumeStatus`: not in every k8s-openapi version this crate supports; dropped.
impl From<VolumeMountStatus> for k8s::VolumeMountStatus {
    fn from(v: VolumeMountStatus) -> k8s::VolumeMountStatus {
        k8s::VolumeMountStatus {
            mount_path: v.mount_path,
            name: v.name,
            read_only: non_default(v.read_only),
            recursive_read_only: v.recursive_read_only,
            ..Default::default()
        }
    }
}

impl From<k8s::ContainerUser> for ContainerUser {
    fn from(v: k8s::ContainerUser) -> ContainerUser {
        ContainerUser {
            linux: v.linux.map(Into::into),
        }
    }
}

impl From<ContainerUser> for k8s::ContainerUser {
    fn from(v: ContainerUser) -> k8s::ContainerUser {
        k8s::ContainerUser {
            linux: v.linux.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::LinuxContainerUser> for LinuxContainerUser {
    fn from(v: k8s::LinuxContainerUser) -> LinuxContainerUser {
        LinuxContainerUser {
            uid: v.uid,
            gid: v.gid,
            supplemental_groups: v.supplemental_groups.unwrap_or_default(),
        }
    }
}

impl From<LinuxContainerUser> for k8s::LinuxContainerUser {
    fn from(v: LinuxContainerUser) -> k8s::LinuxContainerUser {
        k8s::LinuxContainerUser {
            gid: v.gid,
            supplemental_groups: opt_vec(v.supplemental_groups),
            uid: v.uid,
            ..Default::default()
        }
    }
}

impl From<k8s::ResourceStatus> for ResourceStatus {
    fn from(v: k8s::ResourceStatus) -> ResourceStatus {
        ResourceStatus {
            name: v.name,
            resources: vec_from(v.resources),
        }
    }
}

impl From<ResourceStatus> for k8s::ResourceStatus {
    fn from(v: ResourceStatus) -> k8s::ResourceStatus {
        k8s::ResourceStatus {
            name: v.name,
            resources: opt_vec(v.resources),
            ..Default::default()
        }
    }
}

/// `message`: not in every k8s-openapi version this crate supports; left empty.
impl From<k8s::ResourceHealth> for ResourceHealth {
    fn from(v: k8s::ResourceHealth) -> ResourceHealth {
        ResourceHealth {
            resource_id: v.resource_id,
            health: v.health.unwrap_or_default(),
            message: Default::default(),
        }
    }
}

/// `message`: not in every k8s-openapi version this crate supports; dropped.
impl From<ResourceHealth> for k8s::ResourceHealth {
    fn from(v: ResourceHealth) -> k8s::ResourceHealth {
        k8s::ResourceHealth {
            health: opt_string(v.health),
            resource_id: v.resource_id,
            ..Default::default()
        }
    }
}
