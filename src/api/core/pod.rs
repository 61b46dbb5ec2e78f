//! `v1.Pod` and the parts of it this crate reads.

use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::{null_as_default, Affinity, ContainerStatus, ObjectMeta, Probe, ResourceList, Time};

/// A pod (`v1.Pod`): metadata, spec and status, in part.
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
    /// `metadata`.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: PodSpec,
    /// `status`.
    #[serde(deserialize_with = "null_as_default")]
    pub status: PodStatus,
}

/// `v1.PodSpec`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodSpec {
    /// `containers`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub containers: Vec<Container>,
    /// `initContainers`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub init_containers: Vec<Container>,
    /// `resources`: pod-level requests and limits (`None` when absent or `null`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resources: Option<ResourceRequirements>,
    /// `overhead`: what the runtime class adds.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub overhead: ResourceList,
    /// `restartPolicy`: `Always` (the default), `OnFailure`, `Never`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub restart_policy: String,
    /// `readinessGates`: further conditions that must be `True` for the pod to be ready.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub readiness_gates: Vec<PodReadinessGate>,
    /// `hostNetwork`: the pod shares the node's network namespace.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub host_network: bool,
    /// `priorityClassName`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub priority_class_name: String,
    /// `activeDeadlineSeconds`: a pod with one is `Terminating` for quota.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_deadline_seconds: Option<i64>,
    /// `affinity`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affinity: Option<Affinity>,
    /// `nodeName`: the node the pod is bound to.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub node_name: String,
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
    /// `setHostnameAsFQDN`: the containers' host name is the pod's FQDN.
    #[serde(rename = "setHostnameAsFQDN", skip_serializing_if = "Option::is_none")]
    pub set_hostname_as_fqdn: Option<bool>,
}

/// `v1.PodReadinessGate`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodReadinessGate {
    /// `conditionType`: the pod condition that must be `True`.
    #[serde(deserialize_with = "null_as_default")]
    pub condition_type: String,
}

/// `v1.Container`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Container {
    /// `name`.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `resources`.
    #[serde(deserialize_with = "null_as_default")]
    pub resources: ResourceRequirements,
    /// `restartPolicy`: `Always` makes an init container a sidecar.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restart_policy: Option<String>,
    /// `restartPolicyRules`: exit-code rules, read only when `restart_policy` is set.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub restart_policy_rules: Vec<ContainerRestartRule>,
    /// `livenessProbe`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub liveness_probe: Option<Probe>,
    /// `readinessProbe`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readiness_probe: Option<Probe>,
    /// `startupProbe`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub startup_probe: Option<Probe>,
    /// `ports`: the ports the container exposes, by name for services' named target ports.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub ports: Vec<ContainerPort>,
}

/// `v1.ContainerPort`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerPort {
    /// `name`: what a service's `targetPort` may refer to.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `containerPort`.
    #[serde(deserialize_with = "null_as_default")]
    pub container_port: i32,
    /// `protocol`: `TCP` (the default when empty), `UDP` or `SCTP`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub protocol: String,
}

impl Container {
    /// A container with a name and resources.
    pub fn new(name: &str, resources: ResourceRequirements) -> Container {
        Container {
            name: name.into(),
            resources,
            restart_policy: None,
            restart_policy_rules: Vec::new(),
            liveness_probe: None,
            readiness_probe: None,
            startup_probe: None,
            ports: Vec::new(),
        }
    }

    /// Whether this container, as an init container, is a sidecar: `restartPolicy: Always`
    /// (`IsRestartableInitContainer`).
    #[must_use]
    pub fn is_restartable_init_container(&self) -> bool {
        self.restart_policy.as_deref() == Some(super::restart_policy::ALWAYS)
    }
}

/// `v1.ContainerRestartRule`: an action taken when the exit code matches.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerRestartRule {
    /// `action`: `Restart` is the only one defined.
    #[serde(deserialize_with = "null_as_default")]
    pub action: String,
    /// `exitCodes`: which exit codes the rule matches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exit_codes: Option<ContainerRestartRuleOnExitCodes>,
}

/// `v1.ContainerRestartRuleOnExitCodes`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerRestartRuleOnExitCodes {
    /// `operator`: `In` or `NotIn`; any other matches nothing.
    #[serde(deserialize_with = "null_as_default")]
    pub operator: String,
    /// `values`.
    #[serde(deserialize_with = "null_as_default")]
    pub values: Vec<i32>,
}

/// `v1.ResourceRequirements`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ResourceRequirements {
    /// `requests`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub requests: ResourceList,
    /// `limits`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub limits: ResourceList,
}

impl ResourceRequirements {
    /// Requirements with these requests and limits.
    pub fn new(requests: ResourceList, limits: ResourceList) -> ResourceRequirements {
        ResourceRequirements { requests, limits }
    }
}

/// `v1.PodStatus`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodStatus {
    /// `qosClass`: set by the API server on creation.
    #[serde(
        rename = "qosClass",
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub qos_class: String,
    /// `phase`: `Pending`, `Running`, `Succeeded`, `Failed` or `Unknown`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub phase: String,
    /// `containerStatuses`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub container_statuses: Vec<ContainerStatus>,
    /// `initContainerStatuses`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub init_container_statuses: Vec<ContainerStatus>,
    /// `conditions`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub conditions: Vec<PodCondition>,
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
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub pod_ips: Vec<PodIp>,
}

/// `v1.PodIP`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PodIp {
    /// `ip`.
    #[serde(deserialize_with = "null_as_default")]
    pub ip: String,
}

/// `v1.PodCondition`, in part (the probe and transition times are not modelled).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodCondition {
    /// `type`: `PodScheduled`, `Initialized`, `Ready`, `ContainersReady`, … or a readiness gate.
    #[serde(rename = "type", deserialize_with = "null_as_default")]
    pub type_: String,
    /// `status`: `True`, `False` or `Unknown`.
    #[serde(deserialize_with = "null_as_default")]
    pub status: String,
    /// `observedGeneration`: the pod generation the condition was computed from.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "super::is_zero"
    )]
    pub observed_generation: i64,
    /// `reason`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub reason: String,
    /// `message`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub message: String,
    /// `lastTransitionTime`: when `status` last changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_transition_time: Option<Time>,
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
