//! `ReplicaSet`.

use k8s_openapi::api::apps::v1 as k8s;

use super::non_default;
use crate::api::apps::{ReplicaSet, ReplicaSetSpec, ReplicaSetStatus};

/// Replicas, `minReadySeconds`, the selector and the replica counts of the status; the pod
/// template and the conditions are not modelled and are dropped.
///
/// ```
/// use k8s_openapi::api::apps::v1 as k8s;
/// use kube_primitives::api::apps::ReplicaSet;
///
/// let rs: k8s::ReplicaSet = serde_json::from_value(serde_json::json!({
///     "metadata": {"name": "web-1"},
///     "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "web"}}},
///     "status": {"replicas": 2, "readyReplicas": 1}
/// })).unwrap();
/// let ours = ReplicaSet::from(rs);
/// assert_eq!(ours.replicas(), 3);
/// assert_eq!(ours.status.ready_replicas, 1);
/// ```
impl From<k8s::ReplicaSet> for ReplicaSet {
    fn from(r: k8s::ReplicaSet) -> ReplicaSet {
        // `Option<ReplicaSetSpec>` up to Kubernetes 1.36, `ReplicaSetSpec` from 1.37.
        let spec = Option::<k8s::ReplicaSetSpec>::from(r.spec).unwrap_or_default();
        let status = r.status.unwrap_or_default();
        ReplicaSet {
            metadata: r.metadata.into(),
            spec: ReplicaSetSpec {
                replicas: spec.replicas,
                min_ready_seconds: spec.min_ready_seconds.unwrap_or_default(),
                selector: Some(spec.selector.into()),
            },
            status: ReplicaSetStatus {
                replicas: status.replicas,
                ready_replicas: status.ready_replicas.unwrap_or_default(),
                available_replicas: status.available_replicas.unwrap_or_default(),
                observed_generation: status.observed_generation.unwrap_or_default(),
            },
        }
    }
}

/// A missing selector (which k8s-openapi requires) becomes the empty one.
impl From<ReplicaSet> for k8s::ReplicaSet {
    #[allow(
        clippy::useless_conversion,
        reason = "`spec` is an `Option` up to Kubernetes 1.36 and required from 1.37"
    )]
    fn from(r: ReplicaSet) -> k8s::ReplicaSet {
        k8s::ReplicaSet {
            metadata: r.metadata.into(),
            spec: k8s::ReplicaSetSpec {
                replicas: r.spec.replicas,
                min_ready_seconds: non_default(r.spec.min_ready_seconds),
                selector: r.spec.selector.unwrap_or_default().into(),
                ..Default::default()
            }
            .into(),
            status: non_default(r.status).map(|s| k8s::ReplicaSetStatus {
                replicas: s.replicas,
                ready_replicas: non_default(s.ready_replicas),
                available_replicas: non_default(s.available_replicas),
                observed_generation: non_default(s.observed_generation),
                ..Default::default()
            }),
            ..Default::default()
        }
    }
}
