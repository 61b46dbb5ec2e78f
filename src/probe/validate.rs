//! Probe validation with the API server's messages (`validateLivenessProbe`,
//! `validateReadinessProbe`, `validateStartupProbe`, `validateProbe` and `validateHandler` in
//! [`pkg/apis/core/validation/validation.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use crate::api::core::{HttpGetAction, Probe};
use crate::api::IntOrString;
use crate::meta::field::{Error, ErrorList, Path};
use crate::meta::validate::{http_header_name, port_name, port_number};

use super::ProbeKind;

/// Validates a container's probe of `kind` at `path` (for example
/// `spec.containers[0].livenessProbe`), as the API server does after defaulting — call
/// [`Probe::with_defaults`] first to see what it sees. Go's `validateLivenessProbe`,
/// `validateReadinessProbe` or `validateStartupProbe` (by `kind`), over `validateProbe`.
///
/// Exactly one handler (`exec`, `httpGet`, `tcpSocket`, `grpc`) with valid settings; numbers not
/// negative; `terminationGracePeriodSeconds` above 0 and not set on readiness probes;
/// `successThreshold` 1 for liveness and startup probes.
///
/// ```
/// use kube_primitives::api::core::Probe;
/// use kube_primitives::meta::field::Path;
/// use kube_primitives::probe::{validate_probe, ProbeKind};
///
/// let p: Probe = serde_json::from_str(r#"{"tcpSocket": {"port": 8080}, "successThreshold": 2}"#).unwrap();
/// let errs = validate_probe(ProbeKind::Liveness, &p.with_defaults(), &Path::new("livenessProbe"));
/// assert_eq!(errs.to_string(), "livenessProbe.successThreshold: Invalid value: 2: must be 1");
/// ```
#[must_use]
#[doc(alias = "validateProbe")]
#[doc(alias = "validateLivenessProbe")]
#[doc(alias = "validateReadinessProbe")]
#[doc(alias = "validateStartupProbe")]
pub fn validate_probe(kind: ProbeKind, probe: &Probe, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    validate_handler(probe, path, &mut errs);
    for (name, value) in [
        ("initialDelaySeconds", probe.initial_delay_seconds),
        ("timeoutSeconds", probe.timeout_seconds),
        ("periodSeconds", probe.period_seconds),
        ("successThreshold", probe.success_threshold),
        ("failureThreshold", probe.failure_threshold),
    ] {
        if value < 0 {
            errs.push(Error::invalid(
                &path.child(name),
                i64::from(value),
                "must be greater than or equal to 0",
            ));
        }
    }
    let grace = path.child("terminationGracePeriodSeconds");
    if let Some(seconds) = probe.termination_grace_period_seconds {
        if seconds <= 0 {
            errs.push(Error::invalid(&grace, seconds, "must be greater than 0"));
        }
        if kind == ProbeKind::Readiness {
            errs.push(Error::invalid(
                &grace,
                seconds,
                "must not be set for readinessProbes",
            ));
        }
    }
    if kind != ProbeKind::Readiness && probe.success_threshold != 1 {
        errs.push(Error::invalid(
            &path.child("successThreshold"),
            i64::from(probe.success_threshold),
            "must be 1",
        ));
    }
    errs
}

/// `validateHandler`: the first handler set is validated, every further one is forbidden.
fn validate_handler(probe: &Probe, path: &Path, errs: &mut ErrorList) {
    let mut seen = false;
    let mut one = |name: &str, set: bool, errs: &mut ErrorList| -> Option<Path> {
        if !set {
            return None;
        }
        let at = path.child(name);
        if seen {
            errs.push(Error::forbidden(
                &at,
                "may not specify more than 1 handler type",
            ));
            return None;
        }
        seen = true;
        Some(at)
    };
    if let (Some(at), Some(exec)) = (one("exec", probe.exec.is_some(), errs), &probe.exec) {
        if exec.command.is_empty() {
            errs.push(Error::required(&at.child("command"), ""));
        }
    }
    if let (Some(at), Some(http)) = (
        one("httpGet", probe.http_get.is_some(), errs),
        &probe.http_get,
    ) {
        validate_http_get(http, &at, errs);
    }
    if let (Some(at), Some(tcp)) = (
        one("tcpSocket", probe.tcp_socket.is_some(), errs),
        &probe.tcp_socket,
    ) {
        validate_port(&tcp.port, &at.child("port"), errs);
    }
    if let (Some(at), Some(grpc)) = (one("grpc", probe.grpc.is_some(), errs), &probe.grpc) {
        validate_port(&IntOrString::Int(grpc.port), &at.child("port"), errs);
    }
    if !seen {
        errs.push(Error::required(path, "must specify a handler type"));
    }
}

fn validate_http_get(http: &HttpGetAction, path: &Path, errs: &mut ErrorList) {
    if http.path.is_empty() {
        errs.push(Error::required(&path.child("path"), ""));
    }
    validate_port(&http.port, &path.child("port"), errs);
    if !matches!(http.scheme.as_str(), "HTTP" | "HTTPS") {
        errs.push(Error::not_supported(
            &path.child("scheme"),
            http.scheme.as_str(),
            &["HTTP", "HTTPS"],
        ));
    }
    let headers = path.child("httpHeaders");
    for header in &http.http_headers {
        for v in &http_header_name(&header.name) {
            errs.push(Error::invalid(&headers, header.name.as_str(), v));
        }
    }
}

/// `ValidatePortNumOrName`.
fn validate_port(port: &IntOrString, path: &Path, errs: &mut ErrorList) {
    match port {
        IntOrString::Int(n) => {
            for v in &port_number(i64::from(*n)) {
                errs.push(Error::invalid(path, i64::from(*n), v));
            }
        }
        IntOrString::String(name) => {
            for v in &port_name(name) {
                errs.push(Error::invalid(path, name.as_str(), v));
            }
        }
    }
}
