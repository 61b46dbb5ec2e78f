//! The replica set controller's reconcile decision (`syncReplicaSet` → `claimPods` →
//! `manageReplicas` in
//! [`pkg/controller/replicaset/replica_set.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/replicaset/replica_set.go),
//! with the controller-ref manager of
//! [`pkg/controller/controller_ref_manager.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/controller_ref_manager.go)).

use alloc::collections::BTreeMap;
use alloc::vec::Vec;

use crate::api::core::Pod;
use crate::clock::Instant;
use crate::selector::Selector;

use super::active_pods::{is_pod_active, pods_to_delete, RankedPod};

/// The most pods a replica set creates or deletes in one sync (Go's `BurstReplicas`).
#[doc(alias = "BurstReplicas")]
pub const BURST_REPLICAS: usize = 500;

/// The owner a reconcile decides for.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ReplicaOwner<'a> {
    /// The owner's UID, as pods' controller references name it.
    pub uid: &'a str,
    /// Its namespace.
    pub namespace: &'a str,
    /// Its pod selector.
    pub selector: &'a Selector,
    /// `spec.replicas`.
    pub replicas: usize,
    /// Whether the owner is being deleted (it then neither adopts nor releases).
    pub deleting: bool,
}

impl<'a> ReplicaOwner<'a> {
    /// An owner with these identity, selector and size, not being deleted.
    #[must_use]
    pub fn new(uid: &'a str, namespace: &'a str, selector: &'a Selector, replicas: usize) -> Self {
        ReplicaOwner {
            uid,
            namespace,
            selector,
            replicas,
            deleting: false,
        }
    }
}

/// What a sync decides.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ReconcileDecision<'a> {
    /// Pods the owner controls after claiming (its own that still match, and adoptions).
    pub claimed: Vec<&'a Pod>,
    /// Orphans that match and are adopted (a controller reference is added).
    pub adopt: Vec<&'a Pod>,
    /// Its own pods that no longer match (a label change) and are released.
    pub release: Vec<&'a Pod>,
    /// How many pods to create (at most [`BURST_REPLICAS`]).
    pub create: usize,
    /// The pods to delete, first choice first (at most [`BURST_REPLICAS`]).
    pub delete: Vec<&'a Pod>,
}

fn controller_uid(pod: &Pod) -> Option<&str> {
    pod.metadata
        .owner_references
        .iter()
        .find(|r| r.controller == Some(true))
        .map(|r| r.uid.as_str())
}

/// `ClaimPods`: for each pod, `ClaimObject` — another controller's pod is ignored; our pod is
/// kept while the selector matches, else released (unless we are being deleted); an orphan
/// that matches, is in our namespace and is not being deleted is adopted (unless we are being
/// deleted).
fn claim<'a>(owner: &ReplicaOwner<'_>, pods: &'a [Pod], out: &mut ReconcileDecision<'a>) {
    for pod in pods {
        let matches = owner.selector.matches(&pod.metadata.labels);
        match controller_uid(pod) {
            Some(uid) if uid != owner.uid => {}
            Some(_) if matches => out.claimed.push(pod),
            Some(_) => {
                if !owner.deleting {
                    out.release.push(pod);
                }
            }
            None => {
                let adoptable = !owner.deleting
                    && matches
                    && pod.metadata.deletion_timestamp.is_none()
                    && (owner.namespace.is_empty() || owner.namespace == pod.metadata.namespace);
                if adoptable {
                    out.adopt.push(pod);
                    out.claimed.push(pod);
                }
            }
        }
    }
}

/// The reconcile decision for `owner` given the pods of its namespace (`pods`) and the active pods
/// of the owner's related replica sets (`related`, the same deployment's; the owner's own pods are
/// counted when absent from it — pass `pods` if there are no others). Go's `manageReplicas`, after
/// `claimPods`.
///
/// Pods are claimed first; the active ones among the claimed are compared with
/// `spec.replicas`: too few — create the difference (at most 500); too many — delete the
/// difference (at most 500), chosen with [`compare_for_deletion`](super::compare_for_deletion),
/// each pod ranked by how many related active pods share its node.
///
/// ```
/// use kube_primitives::api::core::{Pod, Time};
/// use kube_primitives::selector::Selector;
/// use kube_primitives::workload::{reconcile_replicas, ReplicaOwner};
///
/// let pod = |name: &str, node: &str, phase: &str| -> Pod { serde_json::from_str(&format!(r#"{{
///     "metadata": {{"name": "{name}", "namespace": "ns", "uid": "{name}", "labels": {{"app": "web"}},
///       "ownerReferences": [{{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web",
///         "uid": "rs-1", "controller": true}}]}},
///     "spec": {{"nodeName": "{node}"}}, "status": {{"phase": "{phase}"}}
/// }}"#)).unwrap() };
/// let pods = [pod("a", "n1", "Running"), pod("b", "", "Pending"), pod("c", "n2", "Running")];
/// let selector: Selector = "app=web".parse().unwrap();
/// let owner = ReplicaOwner::new("rs-1", "ns", &selector, 2);
/// let d = reconcile_replicas(&owner, &pods, &pods, Time::from_unix_seconds(1_767_225_600));
/// assert_eq!(d.delete.len(), 1);
/// assert_eq!(d.delete[0].metadata.name, "b"); // unscheduled goes first
/// ```
#[must_use]
#[doc(alias = "manageReplicas")]
pub fn reconcile_replicas<'a>(
    owner: &ReplicaOwner<'_>,
    pods: &'a [Pod],
    related: &[Pod],
    now: impl Into<Instant>,
) -> ReconcileDecision<'a> {
    let now = now.into().to_time();
    let mut out = ReconcileDecision::default();
    claim(owner, pods, &mut out);
    let active: Vec<&'a Pod> = out
        .claimed
        .iter()
        .copied()
        .filter(|p| is_pod_active(p))
        .collect();
    if active.len() < owner.replicas {
        out.create = (owner.replicas - active.len()).min(BURST_REPLICAS);
    } else if active.len() > owner.replicas {
        let diff = (active.len() - owner.replicas).min(BURST_REPLICAS);
        let mut on_node: BTreeMap<&str, usize> = BTreeMap::new();
        for p in related.iter().filter(|p| is_pod_active(p)) {
            *on_node.entry(p.spec.node_name.as_str()).or_default() += 1;
        }
        let ranked: Vec<RankedPod<'a>> = active
            .iter()
            .map(|p| RankedPod {
                pod: p,
                rank: on_node.get(p.spec.node_name.as_str()).copied().unwrap_or(0),
            })
            .collect();
        out.delete = pods_to_delete(&ranked, diff, now);
    }
    out
}

/// `slowStartBatch`'s batch sizes for creating `count` pods: 1, 2, 4, … doubling, the last
/// batch what remains. Upstream stops at the first batch with a failure, so a caller creates
/// batch by batch.
#[must_use]
#[doc(alias = "slowStartBatch")]
pub fn slow_start_batches(count: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let (mut remaining, mut size) = (count, 1usize);
    while remaining > 0 {
        let batch = size.min(remaining);
        out.push(batch);
        remaining -= batch;
        size = size.saturating_mul(2);
    }
    out
}
