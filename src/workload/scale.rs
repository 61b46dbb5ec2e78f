//! The deployment controller's replica-set scaling outside a rollout step (`scale` in
//! [`pkg/controller/deployment/sync.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/deployment/sync.go),
//! with `FindActiveOrLatest`, `IsSaturated`, `GetProportion` of
//! [`deployment/util`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/deployment/util/deployment_util.go))
//! and its clean-up of old replica sets (`cleanupDeployment`).

use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::api::apps::ReplicaSet;
use crate::api::core::Time;

/// The deployment settings scaling reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct DeploymentScale {
    /// `spec.replicas`.
    pub replicas: i32,
    /// `maxSurge` resolved against `spec.replicas` (see
    /// [`resolve_fenceposts`](super::resolve_fenceposts)); 0 for `Recreate`.
    pub max_surge: i32,
    /// Whether the strategy is `RollingUpdate`.
    pub rolling_update: bool,
    /// `status.replicas`: the fallback when a replica set lacks its `max-replicas` annotation.
    pub status_replicas: i32,
}

impl DeploymentScale {
    /// A rolling-update deployment of `replicas` with a resolved `max_surge`.
    #[must_use]
    pub fn rolling(replicas: i32, max_surge: i32, status_replicas: i32) -> DeploymentScale {
        DeploymentScale {
            replicas,
            max_surge,
            rolling_update: true,
            status_replicas,
        }
    }
}

/// `ReplicaSetsByCreationTimestamp.Less`: older first, then by name.
pub(super) fn created_before(a: &ReplicaSet, b: &ReplicaSet) -> bool {
    let t = |rs: &ReplicaSet| rs.metadata.creation_timestamp.unwrap_or(Time::ZERO);
    if t(a) == t(b) {
        return a.metadata.name < b.metadata.name;
    }
    t(a) < t(b)
}

fn is_active(rs: &ReplicaSet) -> bool {
    rs.replicas() > 0
}

/// `IsSaturated`: the new replica set has the deployment's size, says so in its
/// `desired-replicas` annotation, and has that many available pods.
fn is_saturated(d: &DeploymentScale, rs: &ReplicaSet) -> bool {
    rs.replicas() == d.replicas
        && rs.desired_replicas() == Some(d.replicas)
        && rs.status.available_replicas == d.replicas
}

/// The sizes the deployment controller scales replica sets to when the deployment is resized (or a
/// replica set adopted) outside a rollout step (`scale`). Returns each replica set whose size
/// changes with its new size, in the order upstream updates them. Go's `scale`, with
/// `GetProportion`.
///
/// - One active replica set (or none: the newest) takes the deployment's full size.
/// - A saturated new replica set scales every active old one to 0.
/// - Otherwise, for a rolling update, the difference between `replicas + maxSurge` (0 when
///   scaling to 0) and the active replica sets' total is shared out in proportion to each set's
///   size against the `max-replicas` it was last scaled for (else `status.replicas`), larger
///   sets first (newer first when scaling up, older first when scaling down), leftovers to the
///   first.
///
/// ```
/// use kube_primitives::api::apps::ReplicaSet;
/// use kube_primitives::workload::{scale_replica_sets, DeploymentScale};
///
/// // A rollout of 10 (maxSurge 3) half way: new 6, old 7; the deployment grows to 20.
/// let mut new = ReplicaSet::new("new", 6);
/// let mut old = ReplicaSet::new("old", 7);
/// for rs in [&mut new, &mut old] {
///     rs.metadata.annotations.insert("deployment.kubernetes.io/max-replicas".into(), "13".into());
/// }
/// let d = DeploymentScale::rolling(20, 5, 13);
/// let sizes: Vec<(String, i32)> = scale_replica_sets(&d, Some(&new), &[old])
///     .into_iter().map(|(rs, n)| (rs.metadata.name.clone(), n)).collect();
/// assert_eq!(sizes, [("old".to_string(), 13), ("new".to_string(), 12)]);
/// ```
#[must_use]
#[doc(alias = "GetProportion")]
#[doc(alias = "scale")]
pub fn scale_replica_sets<'a>(
    d: &DeploymentScale,
    new_rs: Option<&'a ReplicaSet>,
    old: &'a [ReplicaSet],
) -> Vec<(&'a ReplicaSet, i32)> {
    // FindActiveOrLatest sorts the old sets newest first, in place: that order carries on.
    // Every sort here is Go's `sort.Sort`, so ties land where upstream's do.
    let mut olds: Vec<&'a ReplicaSet> = old.iter().collect();
    crate::sort::sort(&mut olds, |a, b| created_before(b, a));
    let mut all: Vec<&'a ReplicaSet> = olds
        .iter()
        .copied()
        .chain(new_rs)
        .filter(|rs| is_active(rs))
        .collect();
    let only = match all.len() {
        0 => new_rs.or_else(|| olds.first().copied()),
        1 => all.first().copied(),
        _ => None,
    };
    if let Some(rs) = only {
        return if rs.replicas() == d.replicas {
            Vec::new()
        } else {
            alloc::vec![(rs, d.replicas)]
        };
    }
    if new_rs.is_some_and(|rs| is_saturated(d, rs)) {
        return olds
            .into_iter()
            .filter(|rs| is_active(rs))
            .map(|rs| (rs, 0))
            .collect();
    }
    if !d.rolling_update {
        return Vec::new();
    }
    let total = all
        .iter()
        .fold(0i32, |acc, rs| acc.wrapping_add(rs.replicas()));
    let allowed = if d.replicas > 0 {
        d.replicas.wrapping_add(d.max_surge)
    } else {
        0
    };
    let to_add = allowed.wrapping_sub(total);
    match to_add.cmp(&0) {
        // ReplicaSetsBySizeNewer: larger first, then newer first.
        Ordering::Greater => crate::sort::sort(&mut all, |a, b| {
            if a.replicas() == b.replicas() {
                created_before(b, a)
            } else {
                a.replicas() > b.replicas()
            }
        }),
        // ReplicaSetsBySizeOlder: larger first, then older first.
        Ordering::Less => crate::sort::sort(&mut all, |a, b| {
            if a.replicas() == b.replicas() {
                created_before(a, b)
            } else {
                a.replicas() > b.replicas()
            }
        }),
        Ordering::Equal => {}
    }
    let mut added = 0i32;
    let mut sizes: Vec<i32> = Vec::with_capacity(all.len());
    for rs in &all {
        if to_add == 0 {
            sizes.push(rs.replicas());
            continue;
        }
        let p = proportion(rs, d, to_add, added);
        sizes.push(rs.replicas().wrapping_add(p));
        added = added.wrapping_add(p);
    }
    if to_add != 0 {
        if let Some(first) = sizes.first_mut() {
            *first = first.wrapping_add(to_add.wrapping_sub(added)).max(0);
        }
    }
    all.into_iter()
        .zip(sizes)
        .filter(|(rs, n)| rs.replicas() != *n)
        .collect()
}

/// `GetProportion`.
fn proportion(rs: &ReplicaSet, d: &DeploymentScale, to_add: i32, added: i32) -> i32 {
    if rs.replicas() == 0 || to_add == 0 || to_add == added {
        return 0;
    }
    let fraction = replica_set_fraction(rs, d);
    let allowed = to_add.wrapping_sub(added);
    if to_add > 0 {
        fraction.min(allowed)
    } else {
        fraction.max(allowed)
    }
}

/// `getReplicaSetFraction`: the set's share of the new size, less its current size.
fn replica_set_fraction(rs: &ReplicaSet, d: &DeploymentScale) -> i32 {
    if d.replicas == 0 {
        return rs.replicas().wrapping_neg();
    }
    let max_now = d.replicas.wrapping_add(d.max_surge);
    let before = match rs.max_replicas() {
        Some(v) if v != 0 => v,
        _ if d.status_replicas != 0 => d.status_replicas,
        // Nothing to take a proportion of.
        _ => return 0,
    };
    // int32 arithmetic first, as upstream multiplies before converting.
    let size = f64::from(rs.replicas().wrapping_mul(max_now)) / f64::from(before);
    round_to_i32(size).wrapping_sub(rs.replicas())
}

/// `integer.RoundToInt32`: half away from zero, then Go's truncating conversion.
#[expect(
    clippy::cast_possible_truncation,
    reason = "Go's float64 → int32 conversion truncates"
)]
fn round_to_i32(a: f64) -> i32 {
    if a < 0.0 {
        (a - 0.5) as i32
    } else {
        (a + 0.5) as i32
    }
}

/// The old replica sets the deployment controller deletes (`cleanupDeployment`): with a
/// revision history limit (unset or `i32::MAX` means keep all), the oldest by revision (then
/// creation, then name) beyond the limit among those not being deleted — each only if it is
/// empty (no pods, no replicas) and its status is current.
#[must_use]
#[doc(alias = "cleanupDeployment")]
pub fn replica_sets_to_clean_up(
    old: &[ReplicaSet],
    revision_history_limit: Option<i32>,
) -> Vec<&ReplicaSet> {
    let Some(limit) = revision_history_limit.filter(|l| *l != i32::MAX) else {
        return Vec::new();
    };
    let mut alive: Vec<&ReplicaSet> = old
        .iter()
        .filter(|rs| rs.metadata.deletion_timestamp.is_none())
        .collect();
    let diff = i64::try_from(alive.len()).unwrap_or(i64::MAX) - i64::from(limit);
    if diff <= 0 {
        return Vec::new();
    }
    // ReplicaSetsByRevision: by revision, falling back to creation time when either lacks one
    // or they are equal. Not a consistent order when some lack a revision, so it goes through
    // Go's `sort.Sort`, which sorts as upstream does and cannot fail on it.
    crate::sort::sort(&mut alive, |a, b| match (a.revision(), b.revision()) {
        (Some(x), Some(y)) if x != y => x < y,
        _ => created_before(a, b),
    });
    alive
        .into_iter()
        .take(usize::try_from(diff).unwrap_or(usize::MAX))
        .filter(|rs| {
            rs.status.replicas == 0
                && rs.replicas() == 0
                && rs.metadata.generation <= rs.status.observed_generation
        })
        .collect()
}
