//! `v1.Pod`, `v1.PodSpec` and `v1.PodTemplateSpec`.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{
    empty_as_null, list, null_as_default, string_map, Affinity, ObjectMeta, PodDnsConfig,
    ResourceList, Toleration,
};
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

mod container;
mod env;
mod lifecycle;
mod scheduling;
mod security_context;
mod status;
mod volume;
mod volume_sources;

pub use container::{
    Container, ContainerPort, ContainerResizePolicy, ContainerRestartRule,
    ContainerRestartRuleOnExitCodes, EphemeralContainer, ResourceClaim, ResourceRequirements,
    VolumeDevice, VolumeMount,
};
pub use env::{
    ConfigMapEnvSource, ConfigMapKeySelector, EnvFromSource, EnvVar, EnvVarSource, FileKeySelector,
    LocalObjectReference, ObjectFieldSelector, ResourceFieldSelector, SecretEnvSource,
    SecretKeySelector,
};
pub use lifecycle::{Lifecycle, LifecycleHandler, SleepAction};
pub use scheduling::{
    PodResourceClaim, PodSchedulingGate, PodSchedulingGroup, TopologySpreadConstraint,
};
pub use security_context::{
    AppArmorProfile, Capabilities, PodSecurityContext, SeLinuxOptions, SeccompProfile,
    SecurityContext, Sysctl, WindowsSecurityContextOptions,
};
pub use status::{
    ContainerExtendedResourceRequest, HostIp, NodeAllocatableResourceClaimStatus, PodCondition,
    PodExtendedResourceClaimStatus, PodIp, PodResourceClaimStatus, PodStatus,
};
pub use volume::{
    ClusterTrustBundleProjection, ConfigMapProjection, ConfigMapVolumeSource, CsiVolumeSource,
    DownwardApiProjection, DownwardApiVolumeFile, DownwardApiVolumeSource, EmptyDirVolumeSource,
    EphemeralVolumeSource, HostPathVolumeSource, ImageVolumeSource, KeyToPath,
    PersistentVolumeClaimTemplate, PersistentVolumeClaimVolumeSource, PodCertificateProjection,
    ProjectedVolumeSource, SecretProjection, SecretVolumeSource, ServiceAccountTokenProjection,
    Volume, VolumeProjection,
};
pub use volume_sources::{
    AwsElasticBlockStoreVolumeSource, AzureDiskVolumeSource, AzureFileVolumeSource,
    CephFsVolumeSource, CinderVolumeSource, FcVolumeSource, FlexVolumeSource, FlockerVolumeSource,
    GcePersistentDiskVolumeSource, GitRepoVolumeSource, GlusterfsVolumeSource, IscsiVolumeSource,
    NfsVolumeSource, PhotonPersistentDiskVolumeSource, PortworxVolumeSource, QuobyteVolumeSource,
    RbdVolumeSource, ScaleIoVolumeSource, StorageOsVolumeSource, VsphereVirtualDiskVolumeSource,
};

/// A pod (`v1.Pod`): metadata, spec and status.
///
/// ```
/// use kube_primitives::api::core::Pod;
///
/// let pod: Pod = serde_json::from_str(r#"{
///     "metadata": {"name": "web-0"},
///     "spec": {"containers": [{"name": "app", "resources": {"requests": {"cpu": "250m"}}}]}
/// }"#).unwrap();
/// assert_eq!(pod.spec.containers[0].resources.requests.get("cpu").unwrap().to_string(), "250m");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Pod {
    /// `kind`: a string value representing the REST resource this object represents.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub kind: String,
    /// `apiVersion`: defines the versioned schema of this representation of an object.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub api_version: String,
    /// `metadata`: standard object's metadata.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`: specification of the desired behavior of the pod.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: PodSpec,
    /// `status`: most recently observed status of the pod.
    #[serde(deserialize_with = "null_as_default")]
    pub status: PodStatus,
}

/// `v1.PodSpec`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodSpec {
    /// `volumes`: list of volumes that can be mounted by containers belonging to the pod.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub volumes: Vec<Volume>,
    /// `initContainers`: list of initialization containers belonging to the pod.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub init_containers: Vec<Container>,
    /// `containers`: list of containers belonging to the pod.
    #[serde(deserialize_with = "list", serialize_with = "empty_as_null")]
    pub containers: Vec<Container>,
    /// `ephemeralContainers`: list of ephemeral containers run in this pod.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub ephemeral_containers: Vec<EphemeralContainer>,
    /// `restartPolicy`: `Always` (the default), `OnFailure`, `Never`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub restart_policy: String,
    /// `terminationGracePeriodSeconds`: optional duration in seconds the pod needs to terminate
    /// gracefully.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub termination_grace_period_seconds: Option<i64>,
    /// `activeDeadlineSeconds`: a pod with one is `Terminating` for quota.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_deadline_seconds: Option<i64>,
    /// `dnsPolicy`: set DNS policy for the pod.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub dns_policy: String,
    /// `nodeSelector`: a selector which must be true for the pod to fit on a node.
    #[serde(
        deserialize_with = "string_map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub node_selector: BTreeMap<String, String>,
    /// `serviceAccountName`: the name of the ServiceAccount to use to run this pod.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub service_account_name: String,
    /// `serviceAccount`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub service_account: String,
    /// `automountServiceAccountToken`: indicates whether a service account token should be
    /// automatically mounted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub automount_service_account_token: Option<bool>,
    /// `nodeName`: the node the pod is bound to.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub node_name: String,
    /// `hostNetwork`: the pod shares the node's network namespace.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub host_network: bool,
    /// `hostPID`: use the host's pid namespace.
    #[serde(
        rename = "hostPID",
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub host_pid: bool,
    /// `hostIPC`: use the host's ipc namespace.
    #[serde(
        rename = "hostIPC",
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub host_ipc: bool,
    /// `shareProcessNamespace`: share a single process namespace between all of the containers in a
    /// pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_process_namespace: Option<bool>,
    /// `securityContext`: holds pod-level security attributes and common container settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_context: Option<PodSecurityContext>,
    /// `imagePullSecrets`: an optional list of references to secrets in the same namespace to use for
    /// pulling any of the images used by this PodSpec.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub image_pull_secrets: Vec<LocalObjectReference>,
    /// `hostname`: the pod's host name (its name when empty).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub hostname: String,
    /// `subdomain`: with `hostname`, names the pod under a headless service of this name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub subdomain: String,
    /// `affinity`: if specified, the pod's scheduling constraints.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affinity: Option<Affinity>,
    /// `schedulerName`: if specified, the pod will be dispatched by specified scheduler.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub scheduler_name: String,
    /// `tolerations`: if specified, the pod's tolerations.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub tolerations: Vec<Toleration>,
    /// `hostAliases`: an optional list of hosts and IPs that will be injected into the pod's hosts file
    /// if specified.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub host_aliases: Vec<HostAlias>,
    /// `priorityClassName`: if specified, indicates the pod's priority. "system-node-critical" and
    /// "system-cluster-critical" are two special keywords which indicate the highest priorities with
    /// the former being the highest priority.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub priority_class_name: String,
    /// `priority`: the priority value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<i32>,
    /// `dnsConfig`: specifies the DNS parameters of a pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dns_config: Option<PodDnsConfig>,
    /// `readinessGates`: further conditions that must be `True` for the pod to be ready.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub readiness_gates: Vec<PodReadinessGate>,
    /// `runtimeClassName`: refers to a RuntimeClass object in the node.k8s.io group, which should be
    /// used to run this pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runtime_class_name: Option<String>,
    /// `enableServiceLinks`: indicates whether information about services should be injected into pod's
    /// environment variables, matching the syntax of Docker links.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_service_links: Option<bool>,
    /// `preemptionPolicy`: the Policy for preempting pods with lower priority.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preemption_policy: Option<String>,
    /// `overhead`: what the runtime class adds.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub overhead: ResourceList,
    /// `topologySpreadConstraints`: describes how a group of pods ought to spread across topology
    /// domains.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub topology_spread_constraints: Vec<TopologySpreadConstraint>,
    /// `setHostnameAsFQDN`: the containers' host name is the pod's FQDN.
    #[serde(rename = "setHostnameAsFQDN", skip_serializing_if = "Option::is_none")]
    pub set_hostname_as_fqdn: Option<bool>,
    /// `os`: specifies the OS of the containers in the pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub os: Option<PodOs>,
    /// `hostUsers`: use the host's user namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_users: Option<bool>,
    /// `schedulingGates`: an opaque list of values that if specified will block scheduling the pod.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub scheduling_gates: Vec<PodSchedulingGate>,
    /// `resourceClaims`: defines which ResourceClaims must be allocated and reserved before the Pod is
    /// allowed to start.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub resource_claims: Vec<PodResourceClaim>,
    /// `resources`: pod-level requests and limits (`None` when absent or `null`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resources: Option<ResourceRequirements>,
    /// `hostnameOverride`: specifies an explicit override for the pod's hostname as perceived by the
    /// pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hostname_override: Option<String>,
    /// `schedulingGroup`: provides a reference to the immediate scheduling runtime grouping object that
    /// this Pod belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduling_group: Option<PodSchedulingGroup>,
}

/// `v1.PodTemplateSpec`: describes the data a pod should have when created from a template.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodTemplateSpec {
    /// `metadata`: standard object's metadata.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`: specification of the desired behavior of the pod.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: PodSpec,
}

/// `v1.PodReadinessGate`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodReadinessGate {
    /// `conditionType`: the pod condition that must be `True`.
    #[serde(deserialize_with = "null_as_default")]
    pub condition_type: String,
}

/// `v1.HostAlias`: holds the mapping between IP and hostnames that will be injected as an entry in
/// the pod's hosts file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct HostAlias {
    /// `ip`: address of the host file entry.
    #[serde(deserialize_with = "null_as_default")]
    pub ip: String,
    /// `hostnames`: hostnames for the above IP address.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub hostnames: Vec<String>,
}

/// `v1.PodOS`: defines the OS parameters of a pod.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodOs {
    /// `name`: the name of the operating system.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
}
