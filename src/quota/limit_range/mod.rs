//! The LimitRanger admission plugin
//! ([`plugin/pkg/admission/limitranger/admission.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/plugin/pkg/admission/limitranger/admission.go)):
//! which requests it acts on ([`limit_ranger_handles`]), the container defaults it fills in
//! ([`apply_limit_range_defaults`], its mutating half) and the `min`, `max` and
//! `maxLimitRequestRatio` checks it makes ([`validate_pod_limits`], [`validate_pvc_limits`], its
//! validating half).
//!
//! The plugin runs the two halves once per LimitRange of the namespace; an error from any of
//! them forbids the request with [`aggregate_message`]'s text.

mod defaults;
mod plugin;
mod validate;
mod violation;

pub use defaults::{apply_limit_range_defaults, LimitRangeDefaults, LIMIT_RANGER_ANNOTATION};
pub use plugin::limit_ranger_handles;
pub use validate::{aggregate_message, validate_pod_limits, validate_pvc_limits};
pub use violation::{LimitBound, LimitType, LimitViolation, RequestOrLimit, ViolationKind};
