//! `v1.Container` and what it holds: ports, resources, mounts, restart rules, and
//! `v1.EphemeralContainer`.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{
    is_zero, list, null_as_default, EnvFromSource, EnvVar, Lifecycle, Probe, ResourceList,
    SecurityContext,
};
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// `v1.Container`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Container {
    /// `name`: name of the container specified as a DNS_LABEL. Each container in a pod must have a
    /// unique name (DNS_LABEL).
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `image`: container image name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub image: String,
    /// `command`: entrypoint array.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub command: Vec<String>,
    /// `args`: arguments to the entrypoint.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
    /// `workingDir`: container's working directory.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub working_dir: String,
    /// `ports`: the ports the container exposes, by name for services' named target ports.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub ports: Vec<ContainerPort>,
    /// `envFrom`: list of sources to populate environment variables in the container.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub env_from: Vec<EnvFromSource>,
    /// `env`: list of environment variables to set in the container.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub env: Vec<EnvVar>,
    /// `resources`: compute Resources required by this container.
    #[serde(deserialize_with = "null_as_default")]
    pub resources: ResourceRequirements,
    /// `resizePolicy`: resources resize policy for the container.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub resize_policy: Vec<ContainerResizePolicy>,
    /// `restartPolicy`: `Always` makes an init container a sidecar.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restart_policy: Option<String>,
    /// `restartPolicyRules`: exit-code rules, read only when `restart_policy` is set.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub restart_policy_rules: Vec<ContainerRestartRule>,
    /// `volumeMounts`: pod volumes to mount into the container's filesystem.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub volume_mounts: Vec<VolumeMount>,
    /// `volumeDevices`: the list of block devices to be used by the container.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub volume_devices: Vec<VolumeDevice>,
    /// `livenessProbe`: periodic probe of container liveness.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub liveness_probe: Option<Probe>,
    /// `readinessProbe`: periodic probe of container service readiness.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readiness_probe: Option<Probe>,
    /// `startupProbe`: indicates that the Pod has successfully initialized.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub startup_probe: Option<Probe>,
    /// `lifecycle`: actions that the management system should take in response to container lifecycle
    /// events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifecycle: Option<Lifecycle>,
    /// `terminationMessagePath`: path at which the file to which the container's termination
    /// message will be written is mounted into the container's filesystem.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub termination_message_path: String,
    /// `terminationMessagePolicy`: indicate how the termination message should be populated.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub termination_message_policy: String,
    /// `imagePullPolicy`: image pull policy.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub image_pull_policy: String,
    /// `securityContext`: defines the security options the container should be run with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_context: Option<SecurityContext>,
    /// `stdin`: whether this container should allocate a buffer for stdin in the container runtime.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub stdin: bool,
    /// `stdinOnce`: whether the container runtime should close the stdin channel after it has been
    /// opened by a single attach.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub stdin_once: bool,
    /// `tty`: whether this container should allocate a TTY for itself, also requires 'stdin' to be
    /// true.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub tty: bool,
}

/// `v1.ContainerPort`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerPort {
    /// `name`: what a service's `targetPort` may refer to.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `hostPort`: number of port to expose on the host.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub host_port: i32,
    /// `containerPort`: number of port to expose on the pod's IP address.
    #[serde(deserialize_with = "null_as_default")]
    pub container_port: i32,
    /// `protocol`: `TCP` (the default when empty), `UDP` or `SCTP`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub protocol: String,
    /// `hostIP`: what host IP to bind the external port to.
    #[serde(
        rename = "hostIP",
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub host_ip: String,
}

/// `v1.ResourceRequirements`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ResourceRequirements {
    /// `limits`: describes the maximum amount of compute resources allowed.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub limits: ResourceList,
    /// `requests`: describes the minimum amount of compute resources required.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub requests: ResourceList,
    /// `claims`: lists the names of resources, defined in spec.resourceClaims, that are used by this
    /// container.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<ResourceClaim>,
}

/// `v1.ResourceClaim`: references one entry in PodSpec.ResourceClaims.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ResourceClaim {
    /// `name`: must match the name of one entry in pod.spec.resourceClaims of the Pod where this field
    /// is used.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `request`: the name chosen for a request in the referenced claim.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub request: String,
}

/// `v1.ContainerResizePolicy`: represents resource resize policy for the container.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerResizePolicy {
    /// `resourceName`: name of the resource to which this resource resize policy applies.
    #[serde(deserialize_with = "null_as_default")]
    pub resource_name: String,
    /// `restartPolicy`: restart policy to apply when specified resource is resized.
    #[serde(deserialize_with = "null_as_default")]
    pub restart_policy: String,
}

/// `v1.ContainerRestartRule`: an action taken when the exit code matches.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerRestartRule {
    /// `action`: `Restart` is the only one defined.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
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
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub operator: String,
    /// `values`: specifies the set of values to check for container exit codes.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<i32>,
}

/// `v1.VolumeMount`: describes a mounting of a Volume within a container.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VolumeMount {
    /// `name`: this must match the Name of a Volume.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `readOnly`: mounted read-only if true, read-write otherwise (false or unspecified).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
    /// `recursiveReadOnly`: specifies whether read-only mounts should be handled recursively.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recursive_read_only: Option<String>,
    /// `mountPath`: path within the container at which the volume should be mounted.
    #[serde(deserialize_with = "null_as_default")]
    pub mount_path: String,
    /// `subPath`: path within the volume from which the container's volume should be mounted.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub sub_path: String,
    /// `mountPropagation`: determines how mounts are propagated from the host to container and the
    /// other way around.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mount_propagation: Option<String>,
    /// `subPathExpr`: expanded path within the volume from which the container's volume should be
    /// mounted.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub sub_path_expr: String,
}

/// `v1.VolumeDevice`: volumeDevice describes a mapping of a raw block device within a container.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VolumeDevice {
    /// `name`: must match the name of a persistentVolumeClaim in the pod.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `devicePath`: the path inside of the container that the device will be mapped to.
    #[serde(deserialize_with = "null_as_default")]
    pub device_path: String,
}

/// `v1.EphemeralContainer`: An EphemeralContainer is a temporary container that you may add to an
/// existing Pod for user-initiated activities such as debugging.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EphemeralContainer {
    /// `name`: name of the ephemeral container specified as a DNS_LABEL. This name must be unique among
    /// all containers, init containers and ephemeral containers.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `image`: container image name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub image: String,
    /// `command`: entrypoint array.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub command: Vec<String>,
    /// `args`: arguments to the entrypoint.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
    /// `workingDir`: container's working directory.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub working_dir: String,
    /// `ports`: not allowed for ephemeral containers.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub ports: Vec<ContainerPort>,
    /// `envFrom`: list of sources to populate environment variables in the container.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub env_from: Vec<EnvFromSource>,
    /// `env`: list of environment variables to set in the container.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub env: Vec<EnvVar>,
    /// `resources`: not allowed for ephemeral containers.
    #[serde(deserialize_with = "null_as_default")]
    pub resources: ResourceRequirements,
    /// `resizePolicy`: resources resize policy for the container.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub resize_policy: Vec<ContainerResizePolicy>,
    /// `restartPolicy`: restart policy for the container to manage the restart behavior of each
    /// container within a pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restart_policy: Option<String>,
    /// `restartPolicyRules`: represents a list of rules to be checked to determine if the container
    /// should be restarted on exit.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub restart_policy_rules: Vec<ContainerRestartRule>,
    /// `volumeMounts`: pod volumes to mount into the container's filesystem.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub volume_mounts: Vec<VolumeMount>,
    /// `volumeDevices`: the list of block devices to be used by the container.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub volume_devices: Vec<VolumeDevice>,
    /// `livenessProbe`: probes are not allowed for ephemeral containers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub liveness_probe: Option<Probe>,
    /// `readinessProbe`: probes are not allowed for ephemeral containers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readiness_probe: Option<Probe>,
    /// `startupProbe`: probes are not allowed for ephemeral containers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub startup_probe: Option<Probe>,
    /// `lifecycle`: not allowed for ephemeral containers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifecycle: Option<Lifecycle>,
    /// `terminationMessagePath`: path at which the file to which the container's termination
    /// message will be written is mounted into the container's filesystem.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub termination_message_path: String,
    /// `terminationMessagePolicy`: indicate how the termination message should be populated.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub termination_message_policy: String,
    /// `imagePullPolicy`: image pull policy.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub image_pull_policy: String,
    /// `securityContext`: defines the security options the ephemeral
    /// container should be run with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_context: Option<SecurityContext>,
    /// `stdin`: whether this container should allocate a buffer for stdin in the container runtime.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub stdin: bool,
    /// `stdinOnce`: whether the container runtime should close the stdin channel after it has been
    /// opened by a single attach.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub stdin_once: bool,
    /// `tty`: whether this container should allocate a TTY for itself, also requires 'stdin' to be
    /// true.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub tty: bool,
    /// `targetContainerName`: if set, the name of the container from PodSpec that this ephemeral
    /// container targets.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub target_container_name: String,
}

impl Container {
    /// A container with a name and resources.
    pub fn new(name: &str, resources: ResourceRequirements) -> Container {
        Container {
            name: name.into(),
            resources,
            ..Container::default()
        }
    }

    /// Whether this container, as an init container, is a sidecar: `restartPolicy: Always`
    /// (`IsRestartableInitContainer`).
    #[must_use]
    pub fn is_restartable_init_container(&self) -> bool {
        self.restart_policy.as_deref() == Some(crate::api::core::restart_policy::ALWAYS)
    }
}

impl ResourceRequirements {
    /// Requirements with these requests and limits.
    pub fn new(requests: ResourceList, limits: ResourceList) -> ResourceRequirements {
        ResourceRequirements {
            requests,
            limits,
            ..ResourceRequirements::default()
        }
    }
}
