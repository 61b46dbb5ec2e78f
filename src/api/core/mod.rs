//! Kubernetes wire types shared by several modules: plain serde structs with the API's camelCase
//! field names.
//!
//! Only the fields this crate's logic reads are modelled; unknown fields are ignored, so real
//! `kubectl get -o json` output deserializes. A JSON `null` reads as the field's empty value, as
//! Go's `encoding/json` leaves the zero value in place; `Option` marks fields where absent and
//! empty differ.
//!
//! Every type implements `Default` and has public fields, so an object is built in one
//! expression, as with k8s-openapi:
//!
//! ```
//! use kube_primitives::api::core::{Container, ObjectMeta, Pod, PodSpec, ResourceRequirements};
//! use kube_primitives::quota::{compute_pod_qos, QosClass};
//!
//! let pod = Pod {
//!     metadata: ObjectMeta { name: "web".into(), namespace: "shop".into(), ..Default::default() },
//!     spec: PodSpec {
//!         containers: vec![Container {
//!             name: "app".into(),
//!             resources: ResourceRequirements {
//!                 requests: [("cpu", "250m".parse().unwrap())].into_iter().collect(),
//!                 ..Default::default()
//!             },
//!             ..Default::default()
//!         }],
//!         ..Default::default()
//!     },
//!     ..Default::default()
//! };
//! assert_eq!(compute_pod_qos(&pod), QosClass::Burstable);
//! ```

mod affinity;
mod container_status;
mod endpoints;
mod label_selector;
mod limit_range;
mod micro_time;
mod node;
mod node_selector;
mod object_meta;
mod pod;
mod pod_dns;
mod probe;
mod pvc;
mod resource_list;
mod resource_quota;
mod service;
mod status;
mod taint;
mod time;
mod vocabulary;

pub use affinity::{Affinity, PodAffinity, PodAffinityTerm, WeightedPodAffinityTerm};
pub(crate) use container_status::StatusesByName;
pub use container_status::{
    ContainerState, ContainerStateRunning, ContainerStateTerminated, ContainerStateWaiting,
    ContainerStatus,
};
pub use endpoints::{EndpointAddress, EndpointPort, EndpointSubset, Endpoints, ObjectReference};
pub use label_selector::{LabelSelector, LabelSelectorRequirement};
pub use limit_range::{LimitRangeItem, LimitRangeSpec};
pub use micro_time::MicroTime;
pub use node::{Node, NodeCondition, NodeSpec, NodeStatus};
pub use node_selector::{
    NodeSelector, NodeSelectorRequirement, NodeSelectorTerm, PreferredSchedulingTerm,
};
pub use object_meta::{ManagedFieldsEntry, ObjectMeta, OwnerReference};
pub use pod::{
    Container, ContainerPort, ContainerRestartRule, ContainerRestartRuleOnExitCodes, Pod,
    PodCondition, PodIp, PodReadinessGate, PodSpec, PodStatus, ResourceRequirements,
};
pub use pod_dns::{PodDnsConfig, PodDnsConfigOption};
pub use probe::{ExecAction, GrpcAction, HttpGetAction, HttpHeader, Probe, TcpSocketAction};
pub use pvc::{
    ModifyVolumeStatus, PersistentVolumeClaim, PersistentVolumeClaimSpec,
    PersistentVolumeClaimStatus, BETA_STORAGE_CLASS_ANNOTATION,
};
pub use resource_list::ResourceList;
pub use resource_quota::{
    ResourceQuota, ResourceQuotaSpec, ResourceQuotaStatus, ScopeSelector,
    ScopedResourceSelectorRequirement,
};
pub use service::{
    ClientIpConfig, EnvVar, Service, ServicePort, ServiceSpec, SessionAffinityConfig,
    DEFAULT_CLIENT_IP_AFFINITY_SECONDS, MAX_CLIENT_IP_AFFINITY_SECONDS,
};
pub use status::{
    Status, StatusCause, StatusDetails, REASON_INVALID, STATUS_FAILURE, STATUS_SUCCESS,
};
pub use taint::{Taint, Toleration};
pub use time::{ParseTimeError, Rfc3339Nano, Time};
pub use vocabulary::{
    condition_status, dns_policy, ip_family, node_condition_type, pod_condition_type, pod_phase,
    protocol, pull_policy, quota_scope, restart_policy, selector_operator, service_affinity,
    service_type, taint_effect, toleration_operator, traffic_policy, CLUSTER_IP_NONE,
};

/// Go's `omitempty` for integers.
pub(crate) fn is_zero<T: Default + PartialEq>(n: &T) -> bool {
    *n == T::default()
}

/// `null` decodes as the type's default, as Go's `encoding/json` leaves zero values alone.
pub(crate) fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de> + Default,
{
    use serde::Deserialize;
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// A `map[string]string` whose `nil` matters: `null` or absent is `None`; a `null` value reads
/// as empty, as in Go.
pub(crate) fn optional_string_map<'de, D>(
    deserializer: D,
) -> Result<
    Option<alloc::collections::BTreeMap<alloc::string::String, alloc::string::String>>,
    D::Error,
>
where
    D: serde::Deserializer<'de>,
{
    use alloc::collections::BTreeMap;
    use alloc::string::String;
    use serde::Deserialize;
    let map = Option::<BTreeMap<String, Option<String>>>::deserialize(deserializer)?;
    Ok(map.map(|m| {
        m.into_iter()
            .map(|(k, v)| (k, v.unwrap_or_default()))
            .collect()
    }))
}

/// A `map[string]string`: `null` for the whole map or for a value reads as empty, as in Go.
pub(crate) fn string_map<'de, D>(
    deserializer: D,
) -> Result<alloc::collections::BTreeMap<alloc::string::String, alloc::string::String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    use alloc::collections::BTreeMap;
    use alloc::string::String;
    use serde::Deserialize;
    let map = Option::<BTreeMap<String, Option<String>>>::deserialize(deserializer)?;
    Ok(map
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| (k, v.unwrap_or_default()))
        .collect())
}
