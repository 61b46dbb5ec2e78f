//! `v1.Probe` and its handlers, with the API server's defaults (`SetDefaults_Probe`,
//! `SetDefaults_HTTPGetAction` in `pkg/apis/core/v1/defaults.go`).

use serde::{Deserialize, Serialize};

use crate::api::core::{is_zero, list, null_as_default};
use crate::api::IntOrString;
use alloc::string::String;
use alloc::vec::Vec;

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
    /// `initialDelaySeconds`: number of seconds after the container has started before liveness probes
    /// are initiated.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub initial_delay_seconds: i32,
    /// `timeoutSeconds`: number of seconds after which the probe times out.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub timeout_seconds: i32,
    /// `periodSeconds`: how often (in seconds) to perform the probe.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub period_seconds: i32,
    /// `successThreshold`: minimum consecutive successes for the probe to be considered successful
    /// after having failed.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub success_threshold: i32,
    /// `failureThreshold`: minimum consecutive failures for the probe to be considered failed after
    /// having succeeded.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
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
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub command: Vec<String>,
}

/// `v1.HTTPGetAction`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct HttpGetAction {
    /// `path` (default `/`).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
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
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub scheme: String,
    /// `httpHeaders`: custom headers to set in the request.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
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
#[serde(rename_all = "camelCase", default)]
pub struct HttpHeader {
    /// `name`: the header field name.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `value`: the header field value.
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
    /// `port`: number of the gRPC service.
    #[serde(deserialize_with = "null_as_default")]
    pub port: i32,
    /// `service`: the name in the gRPC health request (`None`: the server's overall health).
    pub service: Option<String>,
}
