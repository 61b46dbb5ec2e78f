//! Kubernetes wire types shared by several modules: plain serde structs with the API's camelCase
//! field names.
//!
//! [`Pod`] and everything it holds model every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go>), and serialize as Go's
//! `encoding/json` prints them: a field tagged `omitempty` is left out when empty (`Option` when
//! Go has a pointer, whose `nil` differs from the empty value), a field without it is always
//! printed (`null` for a nil list, map or time). Unknown fields are ignored, as Go drops them. A
//! JSON `null` reads as the field's empty value, as Go's `encoding/json` leaves the zero value in
//! place. The other objects ([`Node`], [`Service`], …) model the fields this crate's logic reads.
//!
//! Deviations from Go's output, both from keeping a plain `Vec` or map where Go distinguishes
//! `nil` from empty: a list or map without `omitempty` (such as `spec.containers`) prints `null`
//! when empty, where Go prints `[]` for a list given as `[]`; a [`Time`] that is Go's zero time
//! (`0001-01-01T00:00:00Z`) prints as that instant, where Go prints `null`.
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
mod condition;
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
pub(crate) mod vocabulary;

pub use affinity::{Affinity, NodeAffinity, PodAffinity, PodAffinityTerm, WeightedPodAffinityTerm};
pub use condition::Condition;
pub(crate) use container_status::StatusesByName;
pub use container_status::{
    ContainerState, ContainerStateRunning, ContainerStateTerminated, ContainerStateWaiting,
    ContainerStatus, ContainerUser, ImageVolumeStatus, LinuxContainerUser, ResourceHealth,
    ResourceStatus, VolumeMountStatus, VolumeStatus,
};
pub use endpoints::{EndpointAddress, EndpointPort, EndpointSubset, Endpoints, ObjectReference};
pub use label_selector::{LabelSelector, LabelSelectorRequirement};
pub use limit_range::{LimitRange, LimitRangeItem, LimitRangeSpec};
pub use micro_time::MicroTime;
pub use node::{Node, NodeCondition, NodeSpec, NodeStatus};
pub use node_selector::{
    NodeSelector, NodeSelectorRequirement, NodeSelectorTerm, PreferredSchedulingTerm,
};
pub use object_meta::{FieldsV1, ManagedFieldsEntry, ObjectMeta, OwnerReference};
pub use pod::{
    AppArmorProfile, AwsElasticBlockStoreVolumeSource, AzureDiskVolumeSource,
    AzureFileVolumeSource, Capabilities, CephFsVolumeSource, CinderVolumeSource,
    ClusterTrustBundleProjection, ConfigMapEnvSource, ConfigMapKeySelector, ConfigMapProjection,
    ConfigMapVolumeSource, Container, ContainerExtendedResourceRequest, ContainerPort,
    ContainerResizePolicy, ContainerRestartRule, ContainerRestartRuleOnExitCodes, CsiVolumeSource,
    DownwardApiProjection, DownwardApiVolumeFile, DownwardApiVolumeSource, EmptyDirVolumeSource,
    EnvFromSource, EnvVar, EnvVarSource, EphemeralContainer, EphemeralVolumeSource, FcVolumeSource,
    FileKeySelector, FlexVolumeSource, FlockerVolumeSource, GcePersistentDiskVolumeSource,
    GitRepoVolumeSource, GlusterfsVolumeSource, HostAlias, HostIp, HostPathVolumeSource,
    ImageVolumeSource, IscsiVolumeSource, KeyToPath, Lifecycle, LifecycleHandler,
    LocalObjectReference, NfsVolumeSource, NodeAllocatableResourceClaimStatus, ObjectFieldSelector,
    PersistentVolumeClaimTemplate, PersistentVolumeClaimVolumeSource,
    PhotonPersistentDiskVolumeSource, Pod, PodCertificateProjection, PodCondition,
    PodExtendedResourceClaimStatus, PodIp, PodOs, PodReadinessGate, PodResourceClaim,
    PodResourceClaimStatus, PodSchedulingGate, PodSchedulingGroup, PodSecurityContext, PodSpec,
    PodStatus, PodTemplateSpec, PortworxVolumeSource, ProjectedVolumeSource, QuobyteVolumeSource,
    RbdVolumeSource, ResourceClaim, ResourceFieldSelector, ResourceRequirements,
    ScaleIoVolumeSource, SeLinuxOptions, SeccompProfile, SecretEnvSource, SecretKeySelector,
    SecretProjection, SecretVolumeSource, SecurityContext, ServiceAccountTokenProjection,
    SleepAction, StorageOsVolumeSource, Sysctl, TopologySpreadConstraint, Volume, VolumeDevice,
    VolumeMount, VolumeProjection, VsphereVirtualDiskVolumeSource, WindowsSecurityContextOptions,
};
pub use pod_dns::{PodDnsConfig, PodDnsConfigOption};
pub use probe::{ExecAction, GrpcAction, HttpGetAction, HttpHeader, Probe, TcpSocketAction};
pub use pvc::{
    ModifyVolumeStatus, PersistentVolumeClaim, PersistentVolumeClaimCondition,
    PersistentVolumeClaimSpec, PersistentVolumeClaimStatus, TypedLocalObjectReference,
    TypedObjectReference, VolumeResourceRequirements, BETA_STORAGE_CLASS_ANNOTATION,
};
pub use resource_list::ResourceList;
pub use resource_quota::{
    ResourceQuota, ResourceQuotaSpec, ResourceQuotaStatus, ScopeSelector,
    ScopedResourceSelectorRequirement,
};
pub use service::{
    ClientIpConfig, Service, ServicePort, ServiceSpec, SessionAffinityConfig,
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

/// A value Go's `encoding/json` prints as `null` when empty: a list, map or resource list of a
/// field without `omitempty`, whose `nil` Go prints as `null`.
pub(crate) trait EmptyAsNull: serde::Serialize {
    /// Whether the value is empty.
    fn is_empty_value(&self) -> bool;
}

impl<T: serde::Serialize> EmptyAsNull for alloc::vec::Vec<T> {
    fn is_empty_value(&self) -> bool {
        self.is_empty()
    }
}

impl<K: serde::Serialize, V: serde::Serialize> EmptyAsNull for alloc::collections::BTreeMap<K, V> {
    fn is_empty_value(&self) -> bool {
        self.is_empty()
    }
}

impl EmptyAsNull for ResourceList {
    fn is_empty_value(&self) -> bool {
        self.is_empty()
    }
}

/// Serializes an empty list or map as `null`, as Go prints a `nil` one of a field without
/// `omitempty` (an empty one decoded from `[]` is printed `[]` by Go; we cannot tell them apart).
pub(crate) fn empty_as_null<S, T>(value: &T, serializer: S) -> Result<S::Ok, S::Error>
where
    S: serde::Serializer,
    T: EmptyAsNull,
{
    if value.is_empty_value() {
        serializer.serialize_none()
    } else {
        value.serialize(serializer)
    }
}

/// Go's `omitempty` for a `[]T` kept as `Option<Vec<T>>`: left out when `nil` or empty.
#[expect(
    clippy::ref_option,
    reason = "serde's skip_serializing_if passes a reference to the field"
)]
pub(crate) fn is_none_or_empty<T>(v: &Option<alloc::vec::Vec<T>>) -> bool {
    !matches!(v, Some(v) if !v.is_empty())
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

/// A list: `null` reads as empty and a `null` element as the element's default, as Go's
/// `encoding/json` leaves zero values alone (`"args": [null]` is `[""]`).
pub(crate) fn list<'de, D, T>(deserializer: D) -> Result<alloc::vec::Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de> + Default,
{
    use core::fmt;
    use core::marker::PhantomData;
    use serde::de::{SeqAccess, Visitor};

    struct List<T>(PhantomData<T>);
    impl<'de, T: serde::Deserialize<'de> + Default> Visitor<'de> for List<T> {
        type Value = alloc::vec::Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list or null")
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(alloc::vec::Vec::new())
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(alloc::vec::Vec::new())
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_seq(self)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            // Bounded, as serde's own `Vec` impl bounds it, against a lying size hint.
            let mut out = alloc::vec::Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
            while let Some(item) = seq.next_element::<Option<T>>()? {
                out.push(item.unwrap_or_default());
            }
            Ok(out)
        }
    }
    deserializer.deserialize_option(List(PhantomData))
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
