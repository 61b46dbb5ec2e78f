//! `v1.Probe` and its handlers, with the API server's defaults (`SetDefaults_Probe`,
//! `SetDefaults_HTTPGetAction` in `pkg/apis/core/v1/defaults.go`).

use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::null_as_default;
use crate::api::IntOrString;

/// A container probe (`v1.Probe`): one handler and the timing numbers.
///
/// Numbers read as 0 when absent; [`Probe::with_defaults`] applies the API server's defaults
/// (timeout 1, period 10, success 1, failure 3), which also replace an explicit 0.
///
/// ```
/// use kube_primitives::api::core::Probe;
///
/// let p: Probe = serde_json::from_str(r#"{"httpGet": {"port": 8080}, "periodSeconds": 5}"#).unwrap();
/// let p = p.with_defaults();
/// assert_eq!((p.period_seconds, p.timeout_seconds, p.failure_threshold), (5, 1, 3));
/// let http = p.http_get.unwrap();
/// assert_eq!((http.path.as_str(), http.scheme.as_str()), ("/", "HTTP"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Probe {
    /// `exec`: run a command in the container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exec: Option<ExecAction>,
    /// `httpGet`: an HTTP GET against the pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_get: Option<HttpGetAction>,
    /// `tcpSocket`: a TCP connect.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tcp_socket: Option<TcpSocketAction>,
    /// `grpc`: a gRPC health check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grpc: Option<GrpcAction>,
    /// `initialDelaySeconds`.
    #[serde(deserialize_with = "null_as_default")]
    pub initial_delay_seconds: i32,
    /// `timeoutSeconds`.
    #[serde(deserialize_with = "null_as_default")]
    pub timeout_seconds: i32,
    /// `periodSeconds`.
    #[serde(deserialize_with = "null_as_default")]
    pub period_seconds: i32,
    /// `successThreshold`.
    #[serde(deserialize_with = "null_as_default")]
    pub success_threshold: i32,
    /// `failureThreshold`.
    #[serde(deserialize_with = "null_as_default")]
    pub failure_threshold: i32,
    /// `terminationGracePeriodSeconds`: overrides the pod's for liveness and startup failures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub termination_grace_period_seconds: Option<i64>,
}

impl Probe {
    /// The probe as the API server stores it: zero timing numbers take their defaults and an
    /// HTTP handler gets path `/` and scheme `HTTP` when empty.
    #[must_use]
    pub fn with_defaults(mut self) -> Probe {
        for (field, default) in [
            (&mut self.timeout_seconds, 1),
            (&mut self.period_seconds, 10),
            (&mut self.success_threshold, 1),
            (&mut self.failure_threshold, 3),
        ] {
            if *field == 0 {
                *field = default;
            }
        }
        if let Some(http) = &mut self.http_get {
            if http.path.is_empty() {
                http.path = "/".into();
            }
            if http.scheme.is_empty() {
                http.scheme = "HTTP".into();
            }
        }
        self
    }
}

/// `v1.ExecAction`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ExecAction {
    /// `command`: run directly, not in a shell.
    #[serde(deserialize_with = "null_as_default")]
    pub command: Vec<String>,
}

/// `v1.HTTPGetAction`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct HttpGetAction {
    /// `path` (default `/`).
    #[serde(deserialize_with = "null_as_default")]
    pub path: String,
    /// `port`: a number or a named container port.
    pub port: IntOrString,
    /// `host` (default: the pod IP).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub host: String,
    /// `scheme`: `HTTP` (default) or `HTTPS`.
    #[serde(deserialize_with = "null_as_default")]
    pub scheme: String,
    /// `httpHeaders`.
    #[serde(
        rename = "httpHeaders",
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub http_headers: Vec<HttpHeader>,
}

impl Default for HttpGetAction {
    fn default() -> Self {
        HttpGetAction {
            path: String::new(),
            port: IntOrString::Int(0),
            host: String::new(),
            scheme: String::new(),
            http_headers: Vec::new(),
        }
    }
}

/// `v1.HTTPHeader`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HttpHeader {
    /// `name`.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `value`.
    #[serde(deserialize_with = "null_as_default")]
    pub value: String,
}

/// `v1.TCPSocketAction`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TcpSocketAction {
    /// `port`: a number or a named container port.
    pub port: IntOrString,
    /// `host` (default: the pod IP).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub host: String,
}

impl Default for TcpSocketAction {
    fn default() -> Self {
        TcpSocketAction {
            port: IntOrString::Int(0),
            host: String::new(),
        }
    }
}

/// `v1.GRPCAction`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct GrpcAction {
    /// `port`.
    #[serde(deserialize_with = "null_as_default")]
    pub port: i32,
    /// `service`: the name in the gRPC health request (`None`: the server's overall health).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
}
