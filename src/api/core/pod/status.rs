//! `v1.PodStatus` and its conditions.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{
    empty_as_null, is_zero, list, null_as_default, ContainerStatus, ResourceList,
    ResourceRequirements, Time,
};
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// `v1.PodStatus`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodStatus {
    /// `observedGeneration`: if set, this represents the .metadata.generation that the pod status was
    /// set based upon.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub observed_generation: i64,
    /// `phase`: `Pending`, `Running`, `Succeeded`, `Failed` or `Unknown`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub phase: String,
    /// `conditions`: current service state of pod.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<PodCondition>,
    /// `message`: A human readable message indicating details about why the pod is in this condition.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub message: String,
    /// `reason`: A brief CamelCase message indicating details about why the pod is in this state. e.g.
    /// 'Evicted'.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub reason: String,
    /// `nominatedNodeName`: set only when this pod preempts other pods on the node, but it cannot be
    /// scheduled right away as preemption victims receive their graceful termination periods.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub nominated_node_name: String,
    /// `hostIP`: holds the IP address of the host to which the pod is assigned.
    #[serde(
        rename = "hostIP",
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub host_ip: String,
    /// `hostIPs`: holds the IP addresses allocated to the host.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub host_i_ps: Vec<HostIp>,
    /// `podIP`: the primary address.
    #[serde(
        rename = "podIP",
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub pod_ip: String,
    /// `podIPs`: every address, the primary first.
    #[serde(
        rename = "podIPs",
        deserialize_with = "list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub pod_ips: Vec<PodIp>,
    /// `startTime`: RFC 3339 date and time at which the object was acknowledged by the Kubelet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Time>,
    /// `initContainerStatuses`: statuses of init containers in this pod.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub init_container_statuses: Vec<ContainerStatus>,
    /// `containerStatuses`: statuses of containers in this pod.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub container_statuses: Vec<ContainerStatus>,
    /// `qosClass`: set by the API server on creation.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub qos_class: String,
    /// `ephemeralContainerStatuses`: statuses for any ephemeral containers that have run in this pod.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub ephemeral_container_statuses: Vec<ContainerStatus>,
    /// `resize`: status of resources resize desired for pod's containers.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub resize: String,
    /// `resourceClaimStatuses`: status of resource claims.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub resource_claim_statuses: Vec<PodResourceClaimStatus>,
    /// `extendedResourceClaimStatus`: status of extended resource claim backed by DRA.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extended_resource_claim_status: Option<PodExtendedResourceClaimStatus>,
    /// `allocatedResources`: the total requests allocated for this pod by the node.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub allocated_resources: ResourceList,
    /// `resources`: represents the compute resource requests and limits that have been applied at the
    /// pod level if pod-level requests or limits are set in PodSpec.Resources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resources: Option<ResourceRequirements>,
    /// `nodeAllocatableResourceClaimStatuses`: contains the status of node-allocatable resources that
    /// were allocated for this pod through DRA claims.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub node_allocatable_resource_claim_statuses: Vec<NodeAllocatableResourceClaimStatus>,
}

/// `v1.PodCondition`: one condition of a pod; Go prints unset times as `null`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodCondition {
    /// `type`: `PodScheduled`, `Initialized`, `Ready`, `ContainersReady`, … or a readiness gate.
    #[serde(deserialize_with = "null_as_default")]
    pub type_: String,
    /// `observedGeneration`: the pod generation the condition was computed from.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub observed_generation: i64,
    /// `status`: `True`, `False` or `Unknown`.
    #[serde(deserialize_with = "null_as_default")]
    pub status: String,
    /// `lastProbeTime`: last time we probed the condition.
    pub last_probe_time: Option<Time>,
    /// `lastTransitionTime`: when `status` last changed.
    pub last_transition_time: Option<Time>,
    /// `reason`: unique, one-word, CamelCase reason for the condition's last transition.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub reason: String,
    /// `message`: human-readable message indicating details about last transition.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub message: String,
}

/// `v1.HostIP`: represents a single IP address allocated to the host.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct HostIp {
    /// `ip`: the IP address assigned to the host.
    #[serde(deserialize_with = "null_as_default")]
    pub ip: String,
}

/// `v1.PodIP`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodIp {
    /// `ip`: the IP address assigned to the pod.
    #[serde(deserialize_with = "null_as_default")]
    pub ip: String,
}

/// `v1.PodResourceClaimStatus`: stored in the PodStatus for each PodResourceClaim which references
/// a ResourceClaimTemplate.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodResourceClaimStatus {
    /// `name`: uniquely identifies this resource claim inside the pod.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `resourceClaimName`: the name of the ResourceClaim that was generated for the Pod in the
    /// namespace of the Pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_claim_name: Option<String>,
}

/// `v1.PodExtendedResourceClaimStatus`: stored in the PodStatus for the extended resource requests
/// backed by DRA. It stores the generated name for the corresponding special ResourceClaim created
/// by the scheduler.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodExtendedResourceClaimStatus {
    /// `requestMappings`: identifies the mapping of &lt;container, extended resource backed by DRA&gt;
    /// to device request in the generated ResourceClaim.
    #[serde(deserialize_with = "list", serialize_with = "empty_as_null")]
    pub request_mappings: Vec<ContainerExtendedResourceRequest>,
    /// `resourceClaimName`: the name of the ResourceClaim that was generated for the Pod in the
    /// namespace of the Pod.
    #[serde(deserialize_with = "null_as_default")]
    pub resource_claim_name: String,
}

/// `v1.ContainerExtendedResourceRequest`: has the mapping of container name, extended resource name
/// to the device request name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerExtendedResourceRequest {
    /// `containerName`: the name of the container requesting resources.
    #[serde(deserialize_with = "null_as_default")]
    pub container_name: String,
    /// `resourceName`: the name of the extended resource in that container which gets backed by DRA.
    #[serde(deserialize_with = "null_as_default")]
    pub resource_name: String,
    /// `requestName`: the name of the request in the special ResourceClaim which corresponds to the
    /// extended resource.
    #[serde(deserialize_with = "null_as_default")]
    pub request_name: String,
}

/// `v1.NodeAllocatableResourceClaimStatus`: describes the status of node allocatable resources
/// allocated via DRA.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NodeAllocatableResourceClaimStatus {
    /// `resourceClaimName`: the resource claim referenced by the pod that resulted in this node
    /// allocatable resource allocation.
    #[serde(deserialize_with = "null_as_default")]
    pub resource_claim_name: String,
    /// `containers`: lists the names of all containers in this pod that reference the claim.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub containers: Vec<String>,
    /// `resources`: a map of the node-allocatable resource name to the aggregate quantity allocated to
    /// the claim.
    #[serde(deserialize_with = "null_as_default", serialize_with = "empty_as_null")]
    pub resources: ResourceList,
}

impl PodCondition {
    /// A condition of a type with a status.
    #[must_use]
    pub fn new(type_: &str, status: &str) -> PodCondition {
        PodCondition {
            type_: type_.into(),
            status: status.into(),
            ..PodCondition::default()
        }
    }
}
