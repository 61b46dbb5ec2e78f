//! A broken LimitRange constraint, worded as the LimitRanger words it (`minConstraint`,
//! `maxConstraint`, `maxRequestConstraint`, `limitRequestRatioConstraint` in
//! [`plugin/pkg/admission/limitranger/admission.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/plugin/pkg/admission/limitranger/admission.go)).

use alloc::string::String;
use core::fmt;

use crate::api::Quantity;

/// One constraint of a LimitRange item that a container, a pod or a claim breaks.
///
/// `Display` is upstream's message, e.g. `minimum cpu usage per Container is 50m, but request
/// is 40m`; [`aggregate_message`](super::aggregate_message) joins several as the API server
/// does.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LimitViolation {
    /// The item's type.
    pub limit_type: LimitType,
    /// The resource (`cpu`, `memory`, `storage`, …).
    pub resource: String,
    /// The item's bound or ratio for it.
    pub enforced: Quantity,
    /// What is wrong.
    pub kind: ViolationKind,
}

/// The kind of object a LimitRange item constrains (Go's `LimitType` in
/// [`k8s.io/api/core/v1/types.go`](https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LimitType {
    /// `Container`: each container and init container.
    Container,
    /// `Pod`: the pod's totals.
    Pod,
    /// `PersistentVolumeClaim`: a claim's storage request.
    PersistentVolumeClaim,
}

impl LimitType {
    /// The name as the API spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            LimitType::Container => "Container",
            LimitType::Pod => "Pod",
            LimitType::PersistentVolumeClaim => "PersistentVolumeClaim",
        }
    }
}

impl fmt::Display for LimitType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which side of a resource a message quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequestOrLimit {
    /// The request.
    Request,
    /// The limit.
    Limit,
}

impl RequestOrLimit {
    fn as_str(self) -> &'static str {
        match self {
            RequestOrLimit::Request => "request",
            RequestOrLimit::Limit => "limit",
        }
    }
}

/// What a [`LimitViolation`] found.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ViolationKind {
    /// A `min` with nothing to check: `minimum cpu usage per Pod is 50m.  No request is
    /// specified` (a `max` of a claim reads the same with `maximum`).
    Unspecified {
        /// `min` or `max`.
        bound: LimitBound,
        /// The side that is missing (the request for `min`, the limit for `max`, the
        /// request for a claim's `max`).
        side: RequestOrLimit,
    },
    /// `minimum cpu usage per Container is 50m, but request is 40m`, or the `maximum` form.
    OutOfBounds {
        /// `min` or `max`.
        bound: LimitBound,
        /// The side quoted.
        side: RequestOrLimit,
        /// Its value.
        actual: Quantity,
    },
    /// `cpu max limit to request ratio per Container is 1, but no request is specified or
    /// request is 0` (or the limit form).
    RatioUnspecified(RequestOrLimit),
    /// `cpu max limit to request ratio per Container is 1, but provided ratio is 2.000000`.
    RatioExceeded {
        /// The limit over the request.
        ratio: f64,
    },
}

/// Which bound an item sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LimitBound {
    /// `min`.
    Min,
    /// `max`.
    Max,
}

impl fmt::Display for LimitViolation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (ty, name, enforced) = (self.limit_type, &self.resource, &self.enforced);
        let word = |b: LimitBound| match b {
            LimitBound::Min => "minimum",
            LimitBound::Max => "maximum",
        };
        match &self.kind {
            ViolationKind::Unspecified { bound, side } => write!(
                f,
                "{} {name} usage per {ty} is {enforced}.  No {} is specified",
                word(*bound),
                side.as_str()
            ),
            ViolationKind::OutOfBounds {
                bound,
                side,
                actual,
            } => write!(
                f,
                "{} {name} usage per {ty} is {enforced}, but {} is {actual}",
                word(*bound),
                side.as_str()
            ),
            ViolationKind::RatioUnspecified(side) => {
                let s = side.as_str();
                write!(
                    f,
                    "{name} max limit to request ratio per {ty} is {enforced}, but no {s} is \
                     specified or {s} is 0"
                )
            }
            // Go's `%f`: six decimals.
            ViolationKind::RatioExceeded { ratio } => write!(
                f,
                "{name} max limit to request ratio per {ty} is {enforced}, but provided ratio \
                 is {ratio:.6}"
            ),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for LimitViolation {}
