//! Workload controllers' arithmetic: the replica-set controller's reconcile and deletion order; the
//! deployment controller's rolling-update fenceposts, new-replica-set scaling
//! ([`pkg/controller/deployment/util/deployment_util.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/deployment/util/deployment_util.go)),
//! old-replica-set scale-down (`rolling.go`), proportional scaling and history clean-up
//! (`sync.go`).
//!
//! ```
//! use kube_primitives::api::IntOrString;
//! use kube_primitives::workload::resolve_fenceposts;
//!
//! let pct = |s: &str| Some(IntOrString::String(s.into()));
//! assert_eq!(resolve_fenceposts(pct("25%").as_ref(), pct("25%").as_ref(), 10).unwrap(), (3, 2));
//! ```

mod active_pods;
mod replicas;
mod rolling;
mod rollout;
mod scale;

pub use active_pods::{
    compare_active_pods, compare_for_deletion, is_pod_active, pod_deletion_cost, pods_to_delete,
    RankedPod, POD_DELETION_COST,
};
pub use replicas::{
    reconcile_replicas, slow_start_batches, ReconcileDecision, ReplicaOwner, BURST_REPLICAS,
};
pub use rolling::{
    cleanup_unhealthy_replicas, reconcile_old_replica_sets, scale_down_old_replica_sets,
    OldReplicaSetScaling, ScaleDownError, ScaleDownPhase,
};
pub use rollout::{
    new_replica_set_replicas, resolve_fenceposts, DeploymentStrategy, NewReplicasError,
};
pub use scale::{replica_sets_to_clean_up, scale_replica_sets, DeploymentScale};
