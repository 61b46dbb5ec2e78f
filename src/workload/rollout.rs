//! `ResolveFenceposts` and `NewRSNewReplicas` of
//! [`pkg/controller/deployment/util/deployment_util.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/deployment/util/deployment_util.go).

use alloc::string::String;
use core::fmt;

use crate::api::{IntOrString, IntOrStringError};

/// How many pods a rolling update may add above, and take below, the desired count: Go's
/// `ResolveFenceposts`. Unset values count as 0; `maxSurge` percentages round up,
/// `maxUnavailable` ones down; when both come out 0, `maxUnavailable` is 1. Results are
/// truncated to `int32` as upstream's are.
///
/// # Errors
///
/// A value that is a string but not a valid percentage.
#[doc(alias = "ResolveFenceposts")]
pub fn resolve_fenceposts(
    max_surge: Option<&IntOrString>,
    max_unavailable: Option<&IntOrString>,
    desired: i32,
) -> Result<(i32, i32), IntOrStringError> {
    let zero = IntOrString::Int(0);
    let surge = max_surge
        .unwrap_or(&zero)
        .scaled_value(i64::from(desired), true)?;
    let unavailable = max_unavailable
        .unwrap_or(&zero)
        .scaled_value(i64::from(desired), false)?;
    let unavailable = if surge == 0 && unavailable == 0 {
        1
    } else {
        unavailable
    };
    #[expect(
        clippy::cast_possible_truncation,
        reason = "Go's int32() conversion keeps the low 32 bits"
    )]
    Ok((surge as i32, unavailable as i32))
}

/// A deployment's `spec.strategy`, as far as scaling the new replica set goes.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DeploymentStrategy<'a> {
    /// `RollingUpdate` with its `maxSurge` (`None` when unset).
    RollingUpdate {
        /// `rollingUpdate.maxSurge`.
        max_surge: Option<&'a IntOrString>,
    },
    /// `Recreate`.
    Recreate,
    /// Any other type, which upstream refuses.
    Other(&'a str),
}

/// Why the new replica set's size cannot be computed; `Display` is upstream's text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum NewReplicasError {
    /// `maxSurge` is unset or invalid.
    MaxSurge(IntOrStringError),
    /// `deployment type Canary isn't supported`.
    Unsupported(String),
}

impl fmt::Display for NewReplicasError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NewReplicasError::MaxSurge(e) => e.fmt(f),
            NewReplicasError::Unsupported(t) => write!(f, "deployment type {t} isn't supported"),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for NewReplicasError {}

/// The size the deployment controller gives the new replica set in one step: Go's
/// `NewRSNewReplicas`. `all_replicas` are the `spec.replicas` of every replica set, the new one
/// included; sums and differences wrap in `int32` as upstream's do.
///
/// # Errors
///
/// An unset or invalid `maxSurge` for `RollingUpdate`, or an unsupported strategy type.
///
/// ```
/// use kube_primitives::api::IntOrString;
/// use kube_primitives::workload::{new_replica_set_replicas, DeploymentStrategy};
///
/// let surge = IntOrString::String("25%".into());
/// let strategy = DeploymentStrategy::RollingUpdate { max_surge: Some(&surge) };
/// // 10 desired, 10 old and 0 new: surge 3 lets the new set grow to 3.
/// assert_eq!(new_replica_set_replicas(&strategy, 10, 0, [0, 10]).unwrap(), 3);
/// ```
#[doc(alias = "NewRSNewReplicas")]
pub fn new_replica_set_replicas(
    strategy: &DeploymentStrategy<'_>,
    replicas: i32,
    new_rs_replicas: i32,
    all_replicas: impl IntoIterator<Item = i32>,
) -> Result<i32, NewReplicasError> {
    match strategy {
        DeploymentStrategy::RollingUpdate { max_surge } => {
            let surge = max_surge
                .ok_or(IntOrStringError::Nil)
                .and_then(|s| s.scaled_value(i64::from(replicas), true))
                .map_err(NewReplicasError::MaxSurge)?;
            let current = all_replicas.into_iter().fold(0i32, i32::wrapping_add);
            #[expect(
                clippy::cast_possible_truncation,
                reason = "Go's int32() conversion keeps the low 32 bits"
            )]
            let max_total = replicas.wrapping_add(surge as i32);
            if current >= max_total {
                return Ok(new_rs_replicas);
            }
            let scale_up = max_total
                .wrapping_sub(current)
                .min(replicas.wrapping_sub(new_rs_replicas));
            Ok(new_rs_replicas.wrapping_add(scale_up))
        }
        DeploymentStrategy::Recreate => Ok(replicas),
        DeploymentStrategy::Other(t) => Err(NewReplicasError::Unsupported((*t).into())),
    }
}
