//! `v1.ContainerStatus` and the container states the kubelet reports.

use alloc::string::String;

use serde::{Deserialize, Serialize};

use super::{null_as_default, ResourceList, ResourceRequirements, Time};

/// `v1.ContainerStatus`, in part: what the kubelet last saw of one container.
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
    /// `containerID`: `<runtime>://<id>`, empty until the runtime created the container.
    #[serde(
        rename = "containerID",
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub container_id: String,
    /// `state`: the current state.
    #[serde(deserialize_with = "null_as_default")]
    pub state: ContainerState,
    /// `lastState`: the last termination, if the container restarted.
    #[serde(deserialize_with = "null_as_default")]
    pub last_state: ContainerState,
    /// `ready`: passed its readiness probe.
    #[serde(deserialize_with = "null_as_default")]
    pub ready: bool,
    /// `restartCount`.
    #[serde(deserialize_with = "null_as_default")]
    pub restart_count: i32,
    /// `resources`: what the runtime reports as configured (in-place resize).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resources: Option<ResourceRequirements>,
    /// `allocatedResources`: what the node allocated to the container.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub allocated_resources: ResourceList,
    /// `started`: passed its startup probe (`None` when not reported).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<bool>,
}

/// `v1.ContainerState`: at most one of the three is set; none means unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerState {
    /// `waiting`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waiting: Option<ContainerStateWaiting>,
    /// `running`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running: Option<ContainerStateRunning>,
    /// `terminated`.
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
    /// `message`.
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
    /// `startedAt`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Time>,
}

/// `v1.ContainerStateTerminated`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerStateTerminated {
    /// `exitCode`.
    #[serde(deserialize_with = "null_as_default")]
    pub exit_code: i32,
    /// `reason`, such as `Completed`, `Error` or `OOMKilled`.
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
