//! `v1.ContainerStatus` and the container states the kubelet reports.

use serde::{Deserialize, Serialize};

use crate::api::core::{is_zero, list, null_as_default, ResourceList, ResourceRequirements, Time};
use alloc::string::String;
use alloc::vec::Vec;

/// `v1.ContainerStatus`: what the kubelet last saw of one container.
///
/// ```
/// use kube_primitives::api::core::ContainerStatus;
///
/// let s: ContainerStatus = serde_json::from_str(r#"{
///     "name": "app", "ready": false, "restartCount": 3,
///     "state": {"waiting": {"reason": "CrashLoopBackOff"}},
///     "lastState": {"terminated": {"exitCode": 1, "reason": "Error"}}
/// }"#).unwrap();
/// assert_eq!(s.last_state.terminated.unwrap().exit_code, 1);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerStatus {
    /// `name`: the container's name in the spec.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `state`: the current state.
    #[serde(deserialize_with = "null_as_default")]
    pub state: ContainerState,
    /// `lastState`: the last termination, if the container restarted.
    #[serde(deserialize_with = "null_as_default")]
    pub last_state: ContainerState,
    /// `ready`: passed its readiness probe.
    #[serde(deserialize_with = "null_as_default")]
    pub ready: bool,
    /// `restartCount`: holds the number of times the container has been restarted.
    #[serde(deserialize_with = "null_as_default")]
    pub restart_count: i32,
    /// `image`: the name of container image that the container is running.
    #[serde(deserialize_with = "null_as_default")]
    pub image: String,
    /// `imageID`: the image ID of the container's image.
    #[serde(rename = "imageID", deserialize_with = "null_as_default")]
    pub image_id: String,
    /// `containerID`: `<runtime>://<id>`, empty until the runtime created the container.
    #[serde(
        rename = "containerID",
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub container_id: String,
    /// `started`: passed its startup probe (`None` when not reported).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<bool>,
    /// `allocatedResources`: what the node allocated to the container.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub allocated_resources: ResourceList,
    /// `resources`: what the runtime reports as configured (in-place resize).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resources: Option<ResourceRequirements>,
    /// `volumeMounts`: status of volume mounts.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub volume_mounts: Vec<VolumeMountStatus>,
    /// `user`: represents user identity information initially attached to the first process of the
    /// container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<ContainerUser>,
    /// `allocatedResourcesStatus`: represents the status of various resources allocated for this Pod.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub allocated_resources_status: Vec<ResourceStatus>,
    /// `stopSignal`: reports the effective stop signal for this container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop_signal: Option<String>,
}

/// `v1.ContainerState`: at most one of the three is set; none means unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerState {
    /// `waiting`: details about a waiting container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waiting: Option<ContainerStateWaiting>,
    /// `running`: details about a running container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running: Option<ContainerStateRunning>,
    /// `terminated`: details about a terminated container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terminated: Option<ContainerStateTerminated>,
}

/// `v1.ContainerStateWaiting`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerStateWaiting {
    /// `reason`, such as `CrashLoopBackOff`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub reason: String,
    /// `message`: regarding why the container is not yet running.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub message: String,
}

/// `v1.ContainerStateRunning`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerStateRunning {
    /// `startedAt`: time at which the container was last (re-)started.
    pub started_at: Option<Time>,
}

/// `v1.ContainerStateTerminated`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerStateTerminated {
    /// `exitCode`: exit status from the last termination of the container.
    #[serde(deserialize_with = "null_as_default")]
    pub exit_code: i32,
    /// `signal`: from the last termination of the container.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub signal: i32,
    /// `reason`, such as `Completed`, `Error` or `OOMKilled`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub reason: String,
    /// `message`: regarding the last termination of the container.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub message: String,
    /// `startedAt`: time at which previous execution of the container started.
    pub started_at: Option<Time>,
    /// `finishedAt`: time at which the container last terminated.
    pub finished_at: Option<Time>,
    /// `containerID`: container's ID in the format '&lt;type&gt;://&lt;container_id&gt;'.
    #[serde(
        rename = "containerID",
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub container_id: String,
}

/// Container statuses looked up by name, the first status of a name winning (the first list
/// before the second): a scan for pods with few containers, an index beyond that, so a pod with
/// thousands of containers is not read quadratically.
#[derive(Clone, Debug)]
pub(crate) struct StatusesByName<'a> {
    lists: [&'a [ContainerStatus]; 2],
    index: Option<alloc::collections::BTreeMap<&'a str, &'a ContainerStatus>>,
}

impl<'a> StatusesByName<'a> {
    /// Below this many statuses a scan beats building an index.
    const SCAN_MAX: usize = 16;

    pub(crate) fn new(first: &'a [ContainerStatus], second: &'a [ContainerStatus]) -> Self {
        let index = (first.len() + second.len() > Self::SCAN_MAX).then(|| {
            let mut index = alloc::collections::BTreeMap::new();
            for s in first.iter().chain(second) {
                index.entry(s.name.as_str()).or_insert(s);
            }
            index
        });
        StatusesByName {
            lists: [first, second],
            index,
        }
    }

    pub(crate) fn get(&self, name: &str) -> Option<&'a ContainerStatus> {
        match &self.index {
            Some(index) => index.get(name).copied(),
            None => {
                let [first, second] = self.lists;
                first.iter().chain(second).find(|s| s.name == name)
            }
        }
    }
}

/// `v1.VolumeMountStatus`: shows status of volume mounts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VolumeMountStatus {
    /// `name`: corresponds to the name of the original VolumeMount.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `mountPath`: corresponds to the original VolumeMount.
    #[serde(deserialize_with = "null_as_default")]
    pub mount_path: String,
    /// `readOnly`: corresponds to the original VolumeMount.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
    /// `recursiveReadOnly`: must be set to Disabled, Enabled, or unspecified (for non-readonly mounts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recursive_read_only: Option<String>,
    /// `volumeStatus`: represents volume-type-specific status about the mounted volume.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_status: Option<VolumeStatus>,
}

/// `v1.ContainerUser`: represents user identity information.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerUser {
    /// `linux`: holds user identity information initially attached to the first process of the
    /// containers in Linux.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linux: Option<LinuxContainerUser>,
}

/// `v1.LinuxContainerUser`: represents user identity information in Linux containers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LinuxContainerUser {
    /// `uid`: the primary uid initially attached to the first process in the container.
    #[serde(deserialize_with = "null_as_default")]
    pub uid: i64,
    /// `gid`: the primary gid initially attached to the first process in the container.
    #[serde(deserialize_with = "null_as_default")]
    pub gid: i64,
    /// `supplementalGroups`: the supplemental groups initially attached to the first process in the
    /// container.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub supplemental_groups: Vec<i64>,
}

/// `v1.ResourceStatus`: represents the status of a single resource allocated to a Pod.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ResourceStatus {
    /// `name`: name of the resource.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `resources`: list of unique resources health.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<ResourceHealth>,
}

/// `v1.ResourceHealth`: represents the health of a resource.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ResourceHealth {
    /// `resourceID`: the unique identifier of the resource.
    #[serde(rename = "resourceID", deserialize_with = "null_as_default")]
    pub resource_id: String,
    /// `health`: health of the resource. can be one of: - Healthy: operates as normal - Unhealthy:
    /// reported unhealthy.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub health: String,
    /// `message`: provides human-readable context for Health (e.g. "ECC error count exceeded
    /// threshold").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// `v1.ImageVolumeStatus`: represents the image-based volume status.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ImageVolumeStatus {
    /// `imageRef`: the digest of the image used for this volume.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub image_ref: String,
}

/// `v1.VolumeStatus`: represents the status of a mounted volume.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VolumeStatus {
    /// `image`: represents an OCI object (a container image or artifact) pulled and mounted on the
    /// kubelet's host machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageVolumeStatus>,
}
