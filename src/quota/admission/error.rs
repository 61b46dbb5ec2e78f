//! Why quota admission refused a request, with the API server's texts.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::api::core::{ResourceList, ScopedResourceSelectorRequirement};

/// A refusal from [`check_request`](super::check_request). `Display` is the inner message;
/// [`Rejection`] adds the `pods "NAME" is forbidden: ` prefix where upstream wraps it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum QuotaError {
    /// A quota's scope selector could not be evaluated:
    /// `error matching scopes of quota Q, err: error on matching scope {…}: …`.
    MatchingScopes {
        /// The quota's name.
        quota: String,
        /// The selector that failed, and why.
        error: alloc::boxed::Box<crate::quota::ScopeMatchError>,
    },
    /// `failed quota: Q: must specify cpu for: a,b`: a container states no value for a
    /// resource the quota tracks (the evaluator's `Constraints`).
    Constraints {
        /// The quota's name.
        quota: String,
        /// What is missing, and where.
        missing: crate::quota::MissingResources,
    },
    /// `status unknown for quota: Q, resources: a,b`: the quota has no `status.used` entry for
    /// a resource it limits, so its controller has not counted yet.
    StatusUnknown {
        /// The quota's name.
        quota: String,
        /// The resources the quota restricts for this object, sorted.
        resources: Vec<String>,
    },
    /// `quota usage is negative for resource(s): a,b`.
    NegativeUsage(Vec<String>),
    /// An update without the previous object.
    NoPreviousObject,
    /// `insufficient quota to consume: a,b`: resources limited by the admission configuration
    /// that no matching quota covers.
    InsufficientQuota(Vec<String>),
    /// `insufficient quota to match these scopes: [{…} …]`: limited scopes no quota covers.
    UncoveredScopes(Vec<ScopedResourceSelectorRequirement>),
    /// `exceeded quota: Q, requested: …, used: …, limited: …`, each list holding only the
    /// exceeded resources.
    Exceeded {
        /// The quota's name.
        quota: String,
        /// What the request adds.
        requested: ResourceList,
        /// What the quota has charged so far.
        used: ResourceList,
        /// The quota's hard limits.
        limited: ResourceList,
    },
}

impl QuotaError {
    /// Whether upstream returns this as a `Forbidden` API error (`admission.NewForbidden`);
    /// the scope-matching errors are returned bare.
    #[must_use]
    pub fn is_forbidden(&self) -> bool {
        !matches!(
            self,
            QuotaError::MatchingScopes { .. } | QuotaError::UncoveredScopes(_)
        )
    }
}

impl fmt::Display for QuotaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuotaError::MatchingScopes { quota, error } => {
                write!(f, "error matching scopes of quota {quota}, err: {error}")
            }
            QuotaError::Constraints { quota, missing } => {
                write!(f, "failed quota: {quota}: {missing}")
            }
            QuotaError::StatusUnknown { quota, resources } => write!(
                f,
                "status unknown for quota: {quota}, resources: {}",
                resources.join(",")
            ),
            QuotaError::NegativeUsage(names) => write!(
                f,
                "quota usage is negative for resource(s): {}",
                names.join(",")
            ),
            QuotaError::NoPreviousObject => f.write_str(
                "unable to get previous usage since prior version of object was not found",
            ),
            QuotaError::InsufficientQuota(names) => {
                write!(f, "insufficient quota to consume: {}", names.join(","))
            }
            QuotaError::UncoveredScopes(scopes) => {
                f.write_str("insufficient quota to match these scopes: [")?;
                for (i, s) in scopes.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" ")?;
                    }
                    write!(f, "{s}")?;
                }
                f.write_str("]")
            }
            QuotaError::Exceeded {
                quota,
                requested,
                used,
                limited,
            } => write!(
                f,
                "exceeded quota: {quota}, requested: {requested}, used: {used}, limited: {limited}"
            ),
        }
    }
}

/// A refused request as the API server reports it: forbidden errors read `pods "web-0" is
/// forbidden: exceeded quota: …`, naming the object by its name, else its `generateName`, else
/// `Unknown` (Go's `admission.NewForbidden` in
/// [`k8s.io/apiserver/pkg/admission/errors.go`](https://github.com/kubernetes/apiserver/blob/v0.36.3/pkg/admission/errors.go),
/// v0.36.3).
#[derive(Clone, Debug, PartialEq)]
#[doc(alias = "NewForbidden")]
pub struct Rejection {
    /// The resource (`pods`, `services`, `persistentvolumeclaims`, `deployments.apps`, …).
    pub resource: crate::api::GroupResource,
    /// The name the message uses.
    pub name: String,
    /// Why (boxed: the exceeded lists make it large).
    pub error: alloc::boxed::Box<QuotaError>,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.error.is_forbidden() {
            write!(f, "{} ", self.resource)?;
            crate::text::write_go_quoted(f, &self.name)?;
            f.write_str(" is forbidden: ")?;
        }
        write!(f, "{}", self.error)
    }
}
