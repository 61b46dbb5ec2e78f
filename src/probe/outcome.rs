//! How the kubelet's probers classify what they observed
//! ([`pkg/probe/{http,exec,tcp}`](https://github.com/kubernetes/kubernetes/tree/v1.36.0/pkg/probe)
//! and [`pkg/kubelet/prober/prober.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/prober/prober.go));
//! the caller does the I/O and reports what happened.

use super::ProbeResult;

/// A prober's verdict before the kubelet maps it to a [`ProbeResult`] (from Go's `probe.Result` in
/// [`pkg/probe/probe.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/probe/probe.go)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[doc(alias = "Result")]
pub enum ProbeOutcome {
    /// The check passed.
    Success,
    /// The check passed with a remark (an HTTP redirect that was not followed).
    Warning,
    /// The check failed.
    Failure,
    /// The prober could not tell (for example an exec probe that failed to run).
    Unknown,
}

impl ProbeOutcome {
    /// The result the worker records (Go's `prober.probe`): a warning counts as success, an unknown
    /// outcome reported without an error as failure.
    #[must_use]
    #[doc(alias = "probe")]
    pub fn result(self) -> ProbeResult {
        match self {
            ProbeOutcome::Success | ProbeOutcome::Warning => ProbeResult::Success,
            ProbeOutcome::Failure | ProbeOutcome::Unknown => ProbeResult::Failure,
        }
    }
}

/// The HTTP prober's verdict on the final response's status code (Go's `DoHTTPProbe` in
/// [`pkg/probe/http/http.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/probe/http/http.go)):
/// 200–299 succeed, 300–399 (a redirect the client did not follow) warn, everything else fails with
/// `HTTP probe failed with statuscode: <code>`.
///
/// ```
/// use kube_primitives::probe::{http_outcome, ProbeOutcome, ProbeResult};
///
/// assert_eq!(http_outcome(204), ProbeOutcome::Success);
/// assert_eq!(http_outcome(302).result(), ProbeResult::Success);
/// assert_eq!(http_outcome(503), ProbeOutcome::Failure);
/// ```
#[must_use]
#[doc(alias = "DoHTTPProbe")]
pub fn http_outcome(status_code: u16) -> ProbeOutcome {
    match status_code {
        200..=299 => ProbeOutcome::Success,
        300..=399 => ProbeOutcome::Warning,
        _ => ProbeOutcome::Failure,
    }
}

/// What the probe's HTTP client does with a redirect (`redirectChecker` with non-local
/// redirects not followed, as the kubelet configures it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Redirect {
    /// Follow it to the same host.
    Follow,
    /// Stop and classify the redirect response itself ([`http_outcome`] gives a warning).
    UseLastResponse,
    /// Give up: `stopped after 10 redirects`, a probe failure.
    TooMany,
}

/// Whether to follow a redirect from a request to `original_host` to one for `target_host`, after
/// `followed` redirects already: ten at most, and only to the same host name (ports and schemes may
/// differ). Go's `RedirectChecker` in `pkg/probe/http/http.go`.
///
/// ```
/// use kube_primitives::probe::{redirect, Redirect};
///
/// assert_eq!(redirect("10.0.0.7", "10.0.0.7", 0), Redirect::Follow);
/// assert_eq!(redirect("10.0.0.7", "example.com", 0), Redirect::UseLastResponse);
/// assert_eq!(redirect("10.0.0.7", "10.0.0.7", 10), Redirect::TooMany);
/// ```
#[must_use]
#[doc(alias = "RedirectChecker")]
pub fn redirect(original_host: &str, target_host: &str, followed: usize) -> Redirect {
    if followed >= 10 {
        Redirect::TooMany
    } else if original_host != target_host {
        Redirect::UseLastResponse
    } else {
        Redirect::Follow
    }
}

/// How an exec probe's command ended, as the runtime reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExecEnd {
    /// The command exited with this code.
    Exited(i32),
    /// The command ran past `timeoutSeconds`.
    TimedOut,
    /// The command could not be run at all.
    Error,
}

/// The exec prober's verdict (Go's `execProber.Probe` in
/// [`pkg/probe/exec/exec.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/probe/exec/exec.go)):
/// exit code 0 succeeds, any other fails, a timeout fails (`ExecProbeTimeout`, on since 1.20), and
/// a command that could not run is unknown — an error, so the worker throws that result away.
#[must_use]
#[doc(alias = "Probe")]
pub fn exec_outcome(end: ExecEnd) -> ProbeOutcome {
    match end {
        ExecEnd::Exited(0) => ProbeOutcome::Success,
        ExecEnd::Exited(_) | ExecEnd::TimedOut => ProbeOutcome::Failure,
        ExecEnd::Error => ProbeOutcome::Unknown,
    }
}

/// The TCP prober's verdict (Go's `DoTCPProbe` in
/// [`pkg/probe/tcp/tcp.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/probe/tcp/tcp.go)):
/// a completed connect succeeds, anything else fails.
#[must_use]
#[doc(alias = "DoTCPProbe")]
pub fn tcp_outcome(connected: bool) -> ProbeOutcome {
    if connected {
        ProbeOutcome::Success
    } else {
        ProbeOutcome::Failure
    }
}
