//! An admission webhook built on kube-primitives: it answers the API server's
//! `admission.k8s.io/v1` `AdmissionReview`s on `POST /validate` and `POST /mutate`.
//!
//! - `/validate` checks the object as the API server does, with its field paths and messages
//!   (whole pods, the workload kinds with their pod templates, services, and the metadata of
//!   every other kind), then enforces the LimitRanges' bounds and the
//!   ResourceQuotas of the policy files. A denial carries the API server's `Status`: 422
//!   `Invalid` with one cause per field, 403 `Forbidden` for quota and limits, 400 for an
//!   object that does not decode.
//! - `/mutate` applies the LimitRanges' container defaults to new pods as an RFC 6902 JSON Patch
//!   on the pod as sent, so that no field is lost; optionally it adds DefaultTolerationSeconds'
//!   tolerations too.
//!
//! Run it with `cargo run --example admission_webhook -- --listen 127.0.0.1:8443`; the README
//! has the webhook configurations to register it. This package is an example: the library does
//! not depend on it, and it is not published.
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![warn(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod admission;
pub mod args;
pub mod config;
pub mod mutate;
pub mod review;
pub mod server;
pub mod status;
pub mod tls;
pub mod validate;

use std::time::{SystemTime, UNIX_EPOCH};

use kube_primitives::clock::Instant;
use serde_json::Value;

pub use args::{Args, ArgsError};
pub use config::Policy;
pub use review::{AdmissionResponse, ReviewError};
pub use server::{Limits, Server};

/// Which review an endpoint answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// `POST /validate`.
    Validate,
    /// `POST /mutate`.
    Mutate,
}

/// The webhook's policy and options: what every review is answered against.
#[derive(Clone, Debug, Default)]
pub struct Webhook {
    /// The ResourceQuotas and LimitRanges enforced.
    pub policy: Policy,
    /// Whether `/mutate` adds DefaultTolerationSeconds' tolerations to new pods.
    pub default_tolerations: bool,
    /// kube-apiserver's `--allow-privileged`: whether privileged and hostProcess containers
    /// pass `/validate`.
    pub allow_privileged: bool,
}

impl Webhook {
    /// Answers a review body for `endpoint` at the current time: the whole `AdmissionReview` to
    /// send back, its `response.uid` the request's.
    ///
    /// # Errors
    ///
    /// [`ReviewError`] for a body that is no `admission.k8s.io/v1` review with a request
    /// (answered with HTTP 400: without its `uid` no review answer is possible).
    pub fn review(&self, endpoint: Endpoint, body: &[u8]) -> Result<Value, ReviewError> {
        self.review_at(endpoint, body, now())
    }

    /// [`Webhook::review`] at `now` (the quota evaluator's clock).
    ///
    /// # Errors
    ///
    /// As [`Webhook::review`].
    pub fn review_at(
        &self,
        endpoint: Endpoint,
        body: &[u8],
        now: Instant,
    ) -> Result<Value, ReviewError> {
        let request = review::parse_review(body)?;
        let uid = &request.uid;
        let response = match endpoint {
            Endpoint::Validate => validate::validate_object(&request, self.allow_privileged)
                .and_then(|()| admission::admit_request(&request, &self.policy, now))
                .map_or_else(
                    |s| AdmissionResponse::deny(uid, *s),
                    |()| AdmissionResponse::allow(uid),
                ),
            Endpoint::Mutate => {
                mutate::mutate(&request, &self.policy, self.default_tolerations, now).map_or_else(
                    |s| AdmissionResponse::deny(uid, *s),
                    |ops| AdmissionResponse::patch(uid, &ops),
                )
            }
        };
        Ok(response.into_review())
    }
}

/// The system clock as the crate's [`Instant`].
fn now() -> Instant {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Instant::from_unix_seconds(i64::try_from(since.as_secs()).unwrap_or(i64::MAX))
}

/// Runs the webhook the command line describes until the process ends: loads the policy files
/// and the TLS certificate, binds, and serves.
///
/// # Errors
///
/// A message saying which file or address cannot be used.
pub async fn run(args: Args) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let policy = Policy::load(args.quotas.as_deref(), args.limit_ranges.as_deref())?;
    let tls = match &args.tls {
        Some((cert, key)) => Some(tls::server_config(cert, key)?),
        None => None,
    };
    let scheme = if tls.is_some() { "https" } else { "http" };
    let (quotas, limit_ranges) = (policy.quotas.len(), policy.limit_ranges.len());
    let webhook = Webhook {
        policy,
        default_tolerations: args.default_tolerations,
        allow_privileged: args.allow_privileged,
    };
    let server = Server::bind(args.listen, webhook, tls, Limits::default())
        .await
        .map_err(|e| format!("--listen {}: {e}", args.listen))?;
    eprintln!(
        "serving {scheme}://{}/validate and /mutate ({quotas} quotas, {limit_ranges} limit ranges)",
        server.local_addr()?
    );
    server.run().await;
    Ok(())
}
