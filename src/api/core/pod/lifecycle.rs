//! `v1.Lifecycle`: the `postStart` and `preStop` hooks of a container.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{null_as_default, ExecAction, HttpGetAction, TcpSocketAction};
use alloc::string::String;

use serde::{Deserialize, Serialize};

/// `v1.Lifecycle`: describes actions that the management system should take in response to
/// container lifecycle events.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Lifecycle {
    /// `postStart`: called immediately after a container is created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_start: Option<LifecycleHandler>,
    /// `preStop`: called immediately before a container is terminated due to an API request or
    /// management event such as liveness/startup probe failure, preemption, resource contention, etc.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pre_stop: Option<LifecycleHandler>,
    /// `stopSignal`: defines which signal will be sent to a container when it is being stopped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop_signal: Option<String>,
}

/// `v1.LifecycleHandler`: defines a specific action that should be taken in a lifecycle hook.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LifecycleHandler {
    /// `exec`: specifies a command to execute in the container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exec: Option<ExecAction>,
    /// `httpGet`: specifies an HTTP GET request to perform.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_get: Option<HttpGetAction>,
    /// `tcpSocket`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tcp_socket: Option<TcpSocketAction>,
    /// `sleep`: represents a duration that the container should sleep.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sleep: Option<SleepAction>,
}

/// `v1.SleepAction`: describes a "sleep" action.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SleepAction {
    /// `seconds`: the number of seconds to sleep.
    #[serde(deserialize_with = "null_as_default")]
    pub seconds: i64,
}
