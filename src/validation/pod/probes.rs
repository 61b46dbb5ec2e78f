//! Probes and lifecycle handlers: exactly one handler, its port and path, the thresholds
//! (`validateProbe`, `validateHandler`, `validateLifecycle`)
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::format;

use super::{named, push_violations};
use crate::api::core::{
    ExecAction, GrpcAction, HttpGetAction, Lifecycle, LifecycleHandler, Probe, SleepAction,
    TcpSocketAction,
};
use crate::api::IntOrString;
use crate::meta::field::{Error, ErrorList, LazyPath};
use crate::meta::nonnegative_into;
use crate::meta::validate::{http_header_name, port_name, port_number};

/// Which probe: liveness and startup probes need a success threshold of 1, readiness probes may
/// not set a termination grace period.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ProbeKind {
    Liveness,
    Readiness,
    Startup,
}

/// Go's `commonHandler`: the handler fields of a probe or a lifecycle hook.
struct Handler<'a> {
    exec: Option<&'a ExecAction>,
    http_get: Option<&'a HttpGetAction>,
    tcp_socket: Option<&'a TcpSocketAction>,
    grpc: Option<&'a GrpcAction>,
    sleep: Option<&'a SleepAction>,
}

/// Go's `validateLivenessProbe`, `validateReadinessProbe` and `validateStartupProbe`.
pub(super) fn validate_probe(
    probe: &Probe,
    kind: ProbeKind,
    grace_period: Option<i64>,
    path: &LazyPath<'_>,
) -> ErrorList {
    let handler = Handler {
        exec: probe.exec.as_ref(),
        http_get: probe.http_get.as_ref(),
        tcp_socket: probe.tcp_socket.as_ref(),
        grpc: probe.grpc.as_ref(),
        sleep: None,
    };
    let mut errs = validate_handler(&handler, grace_period, path);
    for (v, name) in [
        (probe.initial_delay_seconds, "initialDelaySeconds"),
        (probe.timeout_seconds, "timeoutSeconds"),
        (probe.period_seconds, "periodSeconds"),
        (probe.success_threshold, "successThreshold"),
        (probe.failure_threshold, "failureThreshold"),
    ] {
        nonnegative_into(&mut errs, i64::from(v), &path.child(name));
    }
    if let Some(t) = probe.termination_grace_period_seconds {
        if t <= 0 {
            errs.push(Error::invalid(
                &path.child("terminationGracePeriodSeconds"),
                t,
                "must be greater than 0",
            ));
        }
    }
    match kind {
        ProbeKind::Liveness | ProbeKind::Startup => {
            if probe.success_threshold != 1 {
                errs.push(Error::invalid(
                    &path.child("successThreshold"),
                    i64::from(probe.success_threshold),
                    "must be 1",
                ));
            }
        }
        ProbeKind::Readiness => {
            if let Some(t) = probe.termination_grace_period_seconds {
                errs.push(Error::invalid(
                    &path.child("terminationGracePeriodSeconds"),
                    crate::meta::field::Json::from(t),
                    "must not be set for readinessProbes",
                ));
            }
        }
    }
    errs
}

/// Go's `validateLifecycle`.
pub(super) fn validate_lifecycle(
    errs: &mut ErrorList,
    l: &Lifecycle,
    grace_period: Option<i64>,
    path: &LazyPath<'_>,
) {
    for (h, name) in [(&l.post_start, "postStart"), (&l.pre_stop, "preStop")] {
        if let Some(h) = h {
            errs.append(validate_handler(
                &lifecycle_handler(h),
                grace_period,
                &path.child(name),
            ));
        }
    }
}

fn lifecycle_handler(h: &LifecycleHandler) -> Handler<'_> {
    Handler {
        exec: h.exec.as_ref(),
        http_get: h.http_get.as_ref(),
        tcp_socket: h.tcp_socket.as_ref(),
        grpc: None,
        sleep: h.sleep.as_ref(),
    }
}

/// Go's `validateHandler`: the first handler set is validated, any further one is forbidden.
fn validate_handler(h: &Handler<'_>, grace_period: Option<i64>, path: &LazyPath<'_>) -> ErrorList {
    const MORE: &str = "may not specify more than 1 handler type";
    let mut errs = ErrorList::new();
    let mut n = 0;
    if let Some(e) = h.exec {
        n += 1;
        if e.command.is_empty() {
            errs.push(Error::required(&path.child("exec").child("command"), ""));
        }
    }
    if let Some(g) = h.http_get {
        let p = path.child("httpGet");
        if n > 0 {
            errs.push(Error::forbidden(&p, MORE));
        } else {
            n += 1;
            if g.path.is_empty() {
                errs.push(Error::required(&p.child("path"), ""));
            }
            validate_port_num_or_name(&mut errs, &g.port, &p.child("port"));
            if g.scheme != "HTTP" && g.scheme != "HTTPS" {
                errs.push(Error::not_supported(
                    &p.child("scheme"),
                    named(&g.scheme),
                    &["HTTP", "HTTPS"],
                ));
            }
            for header in &g.http_headers {
                push_violations(
                    &mut errs,
                    &p.child("httpHeaders"),
                    &header.name,
                    http_header_name(&header.name),
                );
            }
        }
    }
    if let Some(t) = h.tcp_socket {
        let p = path.child("tcpSocket");
        if n > 0 {
            errs.push(Error::forbidden(&p, MORE));
        } else {
            n += 1;
            validate_port_num_or_name(&mut errs, &t.port, &p.child("port"));
        }
    }
    if let Some(g) = h.grpc {
        let p = path.child("grpc");
        if n > 0 {
            errs.push(Error::forbidden(&p, MORE));
        } else {
            n += 1;
            validate_port_num_or_name(&mut errs, &IntOrString::Int(g.port), &p.child("port"));
        }
    }
    if let Some(s) = h.sleep {
        let p = path.child("sleep");
        if n > 0 {
            errs.push(Error::forbidden(&p, MORE));
        } else {
            n += 1;
            // A pod with an invalid grace period is flagged elsewhere.
            if let Some(g) = grace_period {
                if s.seconds < 0 || s.seconds > g {
                    errs.push(Error::invalid(
                        &p,
                        s.seconds,
                        format!("must be non-negative and less than terminationGracePeriodSeconds ({g})"),
                    ));
                }
            }
        }
    }
    if n == 0 {
        errs.push(Error::required(path, "must specify a handler type"));
    }
    errs
}

/// Go's `ValidatePortNumOrName`.
pub(super) fn validate_port_num_or_name(
    errs: &mut ErrorList,
    port: &IntOrString,
    path: &LazyPath<'_>,
) {
    match port {
        IntOrString::Int(n) => {
            for v in port_number(i64::from(*n)) {
                errs.push(Error::invalid(path, i64::from(*n), v));
            }
        }
        IntOrString::String(s) => push_violations(errs, path, s, port_name(s)),
    }
}
