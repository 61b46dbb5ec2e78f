//! Which pods a controller deletes first: `ActivePods` and `ActivePodsWithRanks` of
//! [`pkg/controller/controller_utils.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/controller_utils.go)
//! (pod deletion cost and logarithmic scale-down on, as in 1.36).

use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::api::core::{condition_status, pod_condition_type, pod_phase};
use crate::api::core::{Pod, Time};
use crate::clock::Instant;

/// The annotation that lowers (or raises) a pod's cost of deletion. Go's `PodDeletionCost` in
/// [`k8s.io/api/core/v1/annotation_key_constants.go`](https://github.com/kubernetes/api/blob/v0.36.3/core/v1/annotation_key_constants.go)
/// (v0.36.3).
#[doc(alias = "PodDeletionCost")]
pub const POD_DELETION_COST: &str = "controller.kubernetes.io/pod-deletion-cost";

/// Whether a pod counts for its controller (`IsPodActive`): not `Succeeded` or `Failed`, and not
/// being deleted.
#[must_use]
#[doc(alias = "IsPodActive")]
pub fn is_pod_active(pod: &Pod) -> bool {
    !matches!(
        pod.status.phase.as_str(),
        pod_phase::SUCCEEDED | pod_phase::FAILED
    ) && pod.metadata.deletion_timestamp.is_none()
}

/// The pod's deletion cost (`GetDeletionCostFromPodAnnotations`): the annotation as a 32-bit
/// integer, 0 when absent or invalid (a leading `+` or zero is invalid).
#[must_use]
#[doc(alias = "GetDeletionCostFromPodAnnotations")]
pub fn pod_deletion_cost(pod: &Pod) -> i32 {
    let Some(value) = pod.metadata.annotations.get(POD_DELETION_COST) else {
        return 0;
    };
    let valid_first = match value.as_bytes().first() {
        Some(b'-') | Some(b'1'..=b'9') => true,
        Some(b'0') => value == "0",
        _ => false,
    };
    if !valid_first {
        return 0;
    }
    crate::text::parse_go_int(value)
        .and_then(|v| i32::try_from(v).ok())
        .unwrap_or(0)
}

fn is_ready(pod: &Pod) -> bool {
    pod.status
        .conditions
        .iter()
        .any(|c| c.type_ == pod_condition_type::READY && c.status == condition_status::TRUE)
}

/// `podPhaseToOrdinal`: Pending (and anything unknown) 0, Unknown 1, Running 2.
fn phase_ordinal(pod: &Pod) -> u8 {
    match pod.status.phase.as_str() {
        pod_phase::UNKNOWN => 1,
        pod_phase::RUNNING => 2,
        _ => 0,
    }
}

/// `podReadyTime`: when the `Ready` condition turned `True` (zero when not ready or unknown).
fn ready_time(pod: &Pod) -> Time {
    if !is_ready(pod) {
        return Time::ZERO;
    }
    pod.status
        .conditions
        .iter()
        .find(|c| c.type_ == pod_condition_type::READY && c.status == condition_status::TRUE)
        .and_then(|c| c.last_transition_time)
        .unwrap_or(Time::ZERO)
}

/// `afterOrZero` as an order: a zero time first, then later before earlier.
fn after_or_zero(a: Time, b: Time) -> Ordering {
    match (a.is_zero(), b.is_zero()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        (false, false) => b.cmp(&a),
    }
}

/// The most restarts of any container, then of any sidecar (`maxContainerRestarts`).
fn max_restarts(pod: &Pod) -> (i32, i32) {
    let regular = pod
        .status
        .container_statuses
        .iter()
        .map(|c| c.restart_count)
        .max()
        .unwrap_or(0)
        .max(0);
    let sidecars: Vec<&str> = pod
        .spec
        .init_containers
        .iter()
        .filter(|c| c.is_restartable_init_container())
        .map(|c| c.name.as_str())
        .collect();
    let sidecar = pod
        .status
        .init_container_statuses
        .iter()
        .filter(|c| sidecars.contains(&c.name.as_str()))
        .map(|c| c.restart_count)
        .max()
        .unwrap_or(0)
        .max(0);
    (regular, sidecar)
}

/// The order of `ActivePods`: unassigned before assigned, Pending before Unknown before
/// Running, not ready before ready, ready more recently before longer, more restarts before
/// fewer, newer before older. `Less` means "delete first".
#[must_use]
#[doc(alias = "ActivePods")]
pub fn compare_active_pods(a: &Pod, b: &Pod) -> Ordering {
    common_order(a, b)
        .then_with(|| {
            if is_ready(a) && is_ready(b) {
                after_or_zero(ready_time(a), ready_time(b))
            } else {
                Ordering::Equal
            }
        })
        .then_with(|| max_restarts(b).0.cmp(&max_restarts(a).0))
        .then_with(|| creation_order(a, b))
}

/// Rules 1–3, shared by both orders.
fn common_order(a: &Pod, b: &Pod) -> Ordering {
    let (na, nb) = (&a.spec.node_name, &b.spec.node_name);
    let assigned = if na != nb && (na.is_empty() || nb.is_empty()) {
        nb.is_empty().cmp(&na.is_empty())
    } else {
        Ordering::Equal
    };
    assigned
        .then_with(|| phase_ordinal(a).cmp(&phase_ordinal(b)))
        .then_with(|| is_ready(a).cmp(&is_ready(b)))
}

fn creation_order(a: &Pod, b: &Pod) -> Ordering {
    let zero = Time::ZERO;
    let ta = a.metadata.creation_timestamp.unwrap_or(zero);
    let tb = b.metadata.creation_timestamp.unwrap_or(zero);
    after_or_zero(ta, tb)
}

/// A pod to rank for deletion with its rank: how many active pods of the same owner share its
/// node (`getPodsRankedByRelatedPodsOnSameNode`), more meaning "delete first".
#[derive(Clone, Copy, Debug)]
pub struct RankedPod<'a> {
    /// The pod.
    pub pod: &'a Pod,
    /// Its rank.
    pub rank: usize,
}

/// The order of `ActivePodsWithRanks` at `now`: unassigned before assigned; Pending before Unknown
/// before Running; not ready before ready; lower `pod-deletion-cost` first; higher rank first;
/// ready more recently first; more restarts (then more sidecar restarts) first; newer first. Ready
/// and creation times are compared on a base-2 logarithmic scale of their age at `now`
/// (`LogarithmicScaleDown`), pods of the same scale by UID — and that decides, as in upstream; with
/// a zero time on either side (or `now` zero) they are compared plainly. `Less` means "delete
/// first"; `Equal` when neither comes first. Go's `ActivePodsWithRanks.Less`.
///
/// Upstream's `Less` is not always transitive (equal ready times fall through to later rules,
/// same-scale ones are settled by UID), so sort with [`pods_to_delete`], which sorts as Go's
/// `sort.Sort` does and cannot fail on such an order.
///
/// Upstream takes the logarithm of the age in nanoseconds as a float; here its integer part is
/// read from the float's exponent, which can differ only within a few nanoseconds below a power
/// of two over 2^50 ns (13 days).
#[must_use]
#[doc(alias = "ActivePodsWithRanks")]
#[doc(alias = "Less")]
pub fn compare_for_deletion(
    a: RankedPod<'_>,
    b: RankedPod<'_>,
    now: impl Into<Instant>,
) -> Ordering {
    let now = now.into().to_time();
    if deletion_less(a, b, now) {
        Ordering::Less
    } else if deletion_less(b, a, now) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

/// `ActivePodsWithRanks.Less`, rule by rule.
fn deletion_less(a: RankedPod<'_>, b: RankedPod<'_>, now: Time) -> bool {
    let (pa, pb) = (a.pod, b.pod);
    match common_order(pa, pb) {
        Ordering::Equal => {}
        other => return other == Ordering::Less,
    }
    let (ca, cb) = (pod_deletion_cost(pa), pod_deletion_cost(pb));
    if ca != cb {
        return ca < cb;
    }
    if a.rank != b.rank {
        return a.rank > b.rank;
    }
    if is_ready(pa) && is_ready(pb) {
        let (ta, tb) = (ready_time(pa), ready_time(pb));
        if ta != tb {
            return log_scale_less(pa, pb, ta, tb, now);
        }
    }
    let (ra, rb) = (max_restarts(pa), max_restarts(pb));
    if ra.0 != rb.0 {
        return ra.0 > rb.0;
    }
    if ra.1 != rb.1 {
        return ra.1 > rb.1;
    }
    let zero = Time::ZERO;
    let ta = pa.metadata.creation_timestamp.unwrap_or(zero);
    let tb = pb.metadata.creation_timestamp.unwrap_or(zero);
    if ta != tb {
        return log_scale_less(pa, pb, ta, tb, now);
    }
    false
}

fn log_scale_less(pa: &Pod, pb: &Pod, ta: Time, tb: Time, now: Time) -> bool {
    if now.is_zero() || ta.is_zero() || tb.is_zero() {
        return after_or_zero(ta, tb) == Ordering::Less;
    }
    match log2_age(ta, now).cmp(&log2_age(tb, now)) {
        Ordering::Equal => pa.metadata.uid < pb.metadata.uid,
        other => other == Ordering::Less,
    }
}

/// `int64(math.Log2(float64(now − t)))` for a positive age in nanoseconds, −1 otherwise.
fn log2_age(t: Time, now: Time) -> i64 {
    let d = now.unix_nanos().saturating_sub(t.unix_nanos());
    let d = i64::try_from(d).unwrap_or(if d > 0 { i64::MAX } else { i64::MIN });
    if d <= 0 {
        return -1;
    }
    // The float's exponent is the integer part of its base-2 logarithm.
    #[expect(
        clippy::cast_precision_loss,
        reason = "upstream takes the logarithm of the age as a float64"
    )]
    let bits = (d as f64).to_bits();
    let exponent = i64::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    exponent - 1023
}

/// The pods to delete to shrink by `count` (Go's `getPodsToDelete` in
/// [`pkg/controller/replicaset/replica_set.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/replicaset/replica_set.go)):
/// when only some go, sorted with [`compare_for_deletion`] exactly as Go's `sort.Sort` sorts them
/// (the same pattern-defeating quicksort, so pods that compare equal end up where upstream puts
/// them, and an inconsistent order cannot make the sort fail).
#[must_use]
#[doc(alias = "getPodsToDelete")]
pub fn pods_to_delete<'a>(
    pods: &[RankedPod<'a>],
    count: usize,
    now: impl Into<Instant>,
) -> Vec<&'a Pod> {
    let now = now.into().to_time();
    let mut ranked: Vec<RankedPod<'a>> = pods.to_vec();
    if count < ranked.len() {
        crate::sort::sort(&mut ranked, |a, b| deletion_less(*a, *b, now));
    }
    ranked.into_iter().take(count).map(|r| r.pod).collect()
}
