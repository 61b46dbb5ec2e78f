//! `apps/v1` wire types: the workload kinds, with every field of Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/apps/v1/types.go>).

mod daemon_set;
mod deployment;
mod replica_set;
mod stateful_set;

pub use daemon_set::{
    DaemonSet, DaemonSetCondition, DaemonSetSpec, DaemonSetStatus, DaemonSetUpdateStrategy,
    RollingUpdateDaemonSet,
};
pub use deployment::{
    Deployment, DeploymentCondition, DeploymentSpec, DeploymentStatus, DeploymentStrategy,
    RollingUpdateDeployment,
};
pub use replica_set::{
    ReplicaSet, ReplicaSetCondition, ReplicaSetSpec, ReplicaSetStatus, DESIRED_REPLICAS_ANNOTATION,
    MAX_REPLICAS_ANNOTATION, REVISION_ANNOTATION,
};
pub use stateful_set::{
    RollingUpdateStatefulSetStrategy, StatefulSet, StatefulSetCondition, StatefulSetOrdinals,
    StatefulSetPersistentVolumeClaimRetentionPolicy, StatefulSetSpec, StatefulSetStatus,
    StatefulSetUpdateStrategy,
};
