//! `v1.Pod` and the parts of it this crate reads.

use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::{null_as_default, ContainerStatus, ObjectMeta, ResourceList};

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
#[non_exhaustive]
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
#[non_exhaustive]
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
}

/// `v1.Container`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[non_exhaustive]
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
}

impl Container {
    /// A container with a name and resources.
    pub fn new(name: &str, resources: ResourceRequirements) -> Container {
        Container {
            name: name.into(),
            resources,
            restart_policy: None,
            restart_policy_rules: Vec::new(),
        }
    }

    /// Whether this container, as an init container, is a sidecar: `restartPolicy: Always`
    /// (`IsRestartableInitContainer`).
    #[must_use]
    pub fn is_restartable_init_container(&self) -> bool {
        self.restart_policy.as_deref() == Some("Always")
    }
}

/// `v1.ContainerRestartRule`: an action taken when the exit code matches.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
}
