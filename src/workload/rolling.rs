//! The rolling update's scale-down of old replica sets (`reconcileOldReplicaSets`,
//! `cleanupUnhealthyReplicas` and `scaleDownOldReplicaSetsForRollingUpdate` in
//! [`pkg/controller/deployment/rolling.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/deployment/rolling.go)).
//!
//! The counts are Go `int32`s and wrap as Go's do on absurd inputs.

use alloc::vec::Vec;
use core::fmt;

use super::scale::created_before;
use crate::api::apps::ReplicaSet;

/// What the deployment controller does to the old replica sets in one rolling-update step.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct OldReplicaSetScaling<'a> {
    /// Each update, in upstream's order: the replica set and its new `spec.replicas`. A set
    /// can appear twice (its unhealthy pods first, then a scale-down); its last entry is its
    /// final size. The caller also records the deployment's size in the set's
    /// `desired-replicas` and `max-replicas` annotations, as `scaleReplicaSet` does.
    pub steps: Vec<(&'a ReplicaSet, i32)>,
    /// Upstream's error when a scale-down would grow a set (more available pods than
    /// replicas, or negative replicas): the steps before it are still taken, nothing after.
    /// (1.36's `reconcileOldReplicaSets` then drops the error and reports no scaling.)
    pub error: Option<ScaleDownError>,
}

/// A scale-down that would grow a replica set: one reporting more available pods than its
/// `spec.replicas` while unhealthy replicas are cleaned up, or one with negative
/// `spec.replicas`. `Display` is upstream's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScaleDownError {
    /// Which half of the step refused.
    pub phase: ScaleDownPhase,
    /// `namespace/name` of the replica set.
    pub replica_set: alloc::string::String,
    /// Its size.
    pub from: i32,
    /// The larger size arrived at.
    pub to: i32,
}

/// The halves of [`reconcile_old_replica_sets`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScaleDownPhase {
    /// `cleanupUnhealthyReplicas`.
    CleanupUnhealthy,
    /// `scaleDownOldReplicaSetsForRollingUpdate`.
    ScaleDown,
}

impl fmt::Display for ScaleDownError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let when = match self.phase {
            ScaleDownPhase::CleanupUnhealthy => "when cleaning up unhealthy replicas",
            ScaleDownPhase::ScaleDown => "when scaling down old RS",
        };
        write!(
            f,
            "{when}, got invalid request to scale down {} {} -> {}",
            self.replica_set, self.from, self.to
        )
    }
}

fn grows(phase: ScaleDownPhase, rs: &ReplicaSet, from: i32, to: i32) -> ScaleDownError {
    ScaleDownError {
        phase,
        replica_set: alloc::format!("{}/{}", rs.metadata.namespace, rs.metadata.name),
        from,
        to,
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ScaleDownError {}

/// The old replica sets, oldest first, with their current sizes.
fn by_age(old: &[ReplicaSet]) -> Vec<(&ReplicaSet, i32)> {
    let mut sized: Vec<(&ReplicaSet, i32)> = old.iter().map(|rs| (rs, rs.replicas())).collect();
    crate::sort::sort(&mut sized, |a, b| created_before(a.0, b.0));
    sized
}

fn available(sets: &[&ReplicaSet]) -> i32 {
    sets.iter()
        .fold(0i32, |n, rs| n.wrapping_add(rs.status.available_replicas))
}

/// How the deployment controller scales old replica sets down in a rolling-update step
/// (`reconcileOldReplicaSets`), given the deployment's `replicas`, its `maxUnavailable`
/// resolved against them (see [`resolve_fenceposts`](super::resolve_fenceposts)), the new
/// replica set and the old ones.
///
/// It may remove `old + new replicas − (replicas − maxUnavailable) − the new set's unavailable
/// pods` pods: first the unhealthy ones (`spec.replicas − availableReplicas` of each old set,
/// oldest set first), which costs no availability; then, while more pods are available than
/// `replicas − maxUnavailable`, ready ones from the oldest sets.
///
/// ```
/// use kube_primitives::api::apps::ReplicaSet;
/// use kube_primitives::workload::reconcile_old_replica_sets;
///
/// // 10 replicas, maxUnavailable 2: the old set has 10 pods, 9 of them available.
/// let mut old = ReplicaSet::new("web-old", 10);
/// old.status.available_replicas = 9;
/// let new = ReplicaSet::new("web-new", 0);
/// let scaling = reconcile_old_replica_sets(10, 2, &new, std::slice::from_ref(&old));
/// let sizes: Vec<i32> = scaling.steps.iter().map(|(_, n)| *n).collect();
/// assert_eq!(sizes, [9, 8]); // the unhealthy pod, then one ready pod
/// ```
#[must_use]
#[doc(alias = "reconcileOldReplicaSets")]
pub fn reconcile_old_replica_sets<'a>(
    replicas: i32,
    max_unavailable: i32,
    new: &ReplicaSet,
    old: &'a [ReplicaSet],
) -> OldReplicaSetScaling<'a> {
    let mut out = OldReplicaSetScaling {
        steps: Vec::new(),
        error: None,
    };
    let old_count = old.iter().fold(0i32, |n, rs| n.wrapping_add(rs.replicas()));
    if old_count == 0 {
        return out;
    }
    let max_unavailable = clamp_unavailable(replicas, max_unavailable);
    let all_count = old_count.wrapping_add(new.replicas());
    let min_available = replicas.wrapping_sub(max_unavailable);
    let new_unavailable = new.replicas().wrapping_sub(new.status.available_replicas);
    let max_scaled_down = all_count
        .wrapping_sub(min_available)
        .wrapping_sub(new_unavailable);
    if max_scaled_down <= 0 {
        return out;
    }
    let mut sized = by_age(old);
    if let Err(e) = cleanup(&mut sized, max_scaled_down, &mut out.steps) {
        out.error = Some(e);
        return out;
    }
    let mut all: Vec<&ReplicaSet> = sized.iter().map(|(rs, _)| *rs).collect();
    all.push(new);
    out.error = scale_down(&mut sized, min_available, available(&all), &mut out.steps).err();
    out
}

/// `MaxUnavailable`: none for a deployment of 0, and never more than the deployment.
fn clamp_unavailable(replicas: i32, max_unavailable: i32) -> i32 {
    if replicas == 0 {
        0
    } else {
        max_unavailable.min(replicas)
    }
}

/// The first half on its own (`cleanupUnhealthyReplicas`): scale old replica sets, oldest
/// first, down by their unhealthy pods (`spec.replicas − availableReplicas`), at most
/// `max_cleanup` in all.
#[must_use]
#[doc(alias = "cleanupUnhealthyReplicas")]
pub fn cleanup_unhealthy_replicas(
    old: &[ReplicaSet],
    max_cleanup: i32,
) -> OldReplicaSetScaling<'_> {
    let mut steps = Vec::new();
    let error = cleanup(&mut by_age(old), max_cleanup, &mut steps).err();
    OldReplicaSetScaling { steps, error }
}

/// The second half on its own (`scaleDownOldReplicaSetsForRollingUpdate`): while more pods of
/// `all` (old and new sets) are available than `replicas − maxUnavailable`, scale the oldest
/// of `old` down by the surplus.
#[must_use]
#[doc(alias = "scaleDownOldReplicaSetsForRollingUpdate")]
pub fn scale_down_old_replica_sets<'a>(
    replicas: i32,
    max_unavailable: i32,
    all: &[&ReplicaSet],
    old: &'a [ReplicaSet],
) -> OldReplicaSetScaling<'a> {
    let min_available = replicas.wrapping_sub(clamp_unavailable(replicas, max_unavailable));
    let mut steps = Vec::new();
    let error = scale_down(&mut by_age(old), min_available, available(all), &mut steps).err();
    OldReplicaSetScaling { steps, error }
}

/// `cleanupUnhealthyReplicas`: each set loses its unhealthy pods, within `max_cleanup`.
fn cleanup<'a>(
    sized: &mut [(&'a ReplicaSet, i32)],
    max_cleanup: i32,
    steps: &mut Vec<(&'a ReplicaSet, i32)>,
) -> Result<(), ScaleDownError> {
    let phase = ScaleDownPhase::CleanupUnhealthy;
    shrink(sized, max_cleanup, phase, steps, |rs, size, left| {
        let avail = rs.status.available_replicas;
        (size != avail).then(|| left.min(size.wrapping_sub(avail)))
    })
}

/// `scaleDownOldReplicaSetsForRollingUpdate`: the surplus of available pods over the floor
/// goes, oldest sets first.
fn scale_down<'a>(
    sized: &mut [(&'a ReplicaSet, i32)],
    min_available: i32,
    available: i32,
    steps: &mut Vec<(&'a ReplicaSet, i32)>,
) -> Result<(), ScaleDownError> {
    if available <= min_available {
        return Ok(());
    }
    let surplus = available.wrapping_sub(min_available);
    shrink(
        sized,
        surplus,
        ScaleDownPhase::ScaleDown,
        steps,
        |_, size, left| Some(size.min(left)),
    )
}

/// The loop both halves share: walk the sets (oldest first), skipping empty ones, taking
/// `count(set, size, budget left)` pods from each (`None` skips the set) until `budget` is
/// spent. A count that would grow a set stops the walk with upstream's error.
fn shrink<'a>(
    sized: &mut [(&'a ReplicaSet, i32)],
    budget: i32,
    phase: ScaleDownPhase,
    steps: &mut Vec<(&'a ReplicaSet, i32)>,
    count: impl Fn(&ReplicaSet, i32, i32) -> Option<i32>,
) -> Result<(), ScaleDownError> {
    let mut total = 0i32;
    for (rs, size) in sized.iter_mut() {
        if total >= budget {
            break;
        }
        if *size == 0 {
            continue;
        }
        let Some(n) = count(rs, *size, budget.wrapping_sub(total)) else {
            continue;
        };
        let to = size.wrapping_sub(n);
        if to > *size {
            return Err(grows(phase, rs, *size, to));
        }
        steps.push((*rs, to));
        *size = to;
        total = total.wrapping_add(n);
    }
    Ok(())
}
