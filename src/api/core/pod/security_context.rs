//! Security contexts: `v1.SecurityContext` (a container's) and `v1.PodSecurityContext`.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{list, null_as_default};
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// `v1.SecurityContext`: holds security configuration that will be applied to a container.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SecurityContext {
    /// `capabilities`: the capabilities to add/drop when running containers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Capabilities>,
    /// `privileged`: run container in privileged mode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    /// `seLinuxOptions`: the SELinux context to be applied to the container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub se_linux_options: Option<SeLinuxOptions>,
    /// `windowsOptions`: the Windows specific settings applied to all containers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub windows_options: Option<WindowsSecurityContextOptions>,
    /// `runAsUser`: the UID to run the entrypoint of the container process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_as_user: Option<i64>,
    /// `runAsGroup`: the GID to run the entrypoint of the container process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_as_group: Option<i64>,
    /// `runAsNonRoot`: indicates that the container must run as a non-root user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_as_non_root: Option<bool>,
    /// `readOnlyRootFilesystem`: whether this container has a read-only root filesystem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only_root_filesystem: Option<bool>,
    /// `allowPrivilegeEscalation`: controls whether a process can gain more privileges than its parent
    /// process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_privilege_escalation: Option<bool>,
    /// `procMount`: denotes the type of proc mount to use for the containers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proc_mount: Option<String>,
    /// `seccompProfile`: the seccomp options to use by this container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seccomp_profile: Option<SeccompProfile>,
    /// `appArmorProfile`: the AppArmor options to use by this container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_armor_profile: Option<AppArmorProfile>,
}

/// `v1.PodSecurityContext`: holds pod-level security attributes and common container settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodSecurityContext {
    /// `seLinuxOptions`: the SELinux context to be applied to all containers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub se_linux_options: Option<SeLinuxOptions>,
    /// `windowsOptions`: the Windows specific settings applied to all containers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub windows_options: Option<WindowsSecurityContextOptions>,
    /// `runAsUser`: the UID to run the entrypoint of the container process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_as_user: Option<i64>,
    /// `runAsGroup`: the GID to run the entrypoint of the container process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_as_group: Option<i64>,
    /// `runAsNonRoot`: indicates that the container must run as a non-root user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_as_non_root: Option<bool>,
    /// `supplementalGroups`: A list of groups applied to the first process run in each container, in
    /// addition to the container's primary GID and fsGroup (if specified).
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub supplemental_groups: Vec<i64>,
    /// `supplementalGroupsPolicy`: defines how supplemental groups of the first container processes are
    /// calculated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supplemental_groups_policy: Option<String>,
    /// `fsGroup`: A special supplemental group that applies to all containers in a pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fs_group: Option<i64>,
    /// `sysctls`: hold a list of namespaced sysctls used for the pod.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub sysctls: Vec<Sysctl>,
    /// `fsGroupChangePolicy`: defines behavior of changing ownership and permission of the volume
    /// before being exposed inside Pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fs_group_change_policy: Option<String>,
    /// `seccompProfile`: the seccomp options to use by the containers in this pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seccomp_profile: Option<SeccompProfile>,
    /// `appArmorProfile`: the AppArmor options to use by the containers in this pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_armor_profile: Option<AppArmorProfile>,
    /// `seLinuxChangePolicy`: defines how the container's SELinux label is applied to all volumes used
    /// by the Pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub se_linux_change_policy: Option<String>,
}

/// `v1.Capabilities`: Adds and removes POSIX capabilities from running containers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Capabilities {
    /// `add`: added capabilities.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub add: Vec<String>,
    /// `drop`: removed capabilities.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub drop: Vec<String>,
}

/// `v1.SELinuxOptions`: the labels to be applied to the container.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SeLinuxOptions {
    /// `user`: a SELinux user label that applies to the container.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub user: String,
    /// `role`: a SELinux role label that applies to the container.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub role: String,
    /// `type`: a SELinux type label that applies to the container.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub type_: String,
    /// `level`: SELinux level label that applies to the container.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub level: String,
}

/// `v1.WindowsSecurityContextOptions`: contain Windows-specific options and credentials.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct WindowsSecurityContextOptions {
    /// `gmsaCredentialSpecName`: the name of the GMSA credential spec to use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gmsa_credential_spec_name: Option<String>,
    /// `gmsaCredentialSpec`: where the GMSA admission webhook
    /// (<https://github.com/kubernetes-sigs/windows-gmsa>) inlines the contents of the GMSA credential
    /// spec named by the GMSACredentialSpecName field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gmsa_credential_spec: Option<String>,
    /// `runAsUserName`: the UserName in Windows to run the entrypoint of the container process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_as_user_name: Option<String>,
    /// `hostProcess`: determines if a container should be run as a 'Host Process' container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_process: Option<bool>,
}

/// `v1.SeccompProfile`: defines a pod/container's seccomp profile settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SeccompProfile {
    /// `type`: indicates which kind of seccomp profile will be applied.
    #[serde(deserialize_with = "null_as_default")]
    pub type_: String,
    /// `localhostProfile`: indicates a profile defined in a file on the node should be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub localhost_profile: Option<String>,
}

/// `v1.AppArmorProfile`: defines a pod or container's AppArmor settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AppArmorProfile {
    /// `type`: indicates which kind of AppArmor profile will be applied.
    #[serde(deserialize_with = "null_as_default")]
    pub type_: String,
    /// `localhostProfile`: indicates a profile loaded on the node that should be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub localhost_profile: Option<String>,
}

/// `v1.Sysctl`: defines a kernel parameter to be set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Sysctl {
    /// `name`: name of a property to set.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `value`: value of a property to set.
    #[serde(deserialize_with = "null_as_default")]
    pub value: String,
}
