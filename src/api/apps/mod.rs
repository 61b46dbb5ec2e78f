//! `apps/v1` wire types, in part.

mod replica_set;

pub use replica_set::{
    ReplicaSet, ReplicaSetSpec, ReplicaSetStatus, DESIRED_REPLICAS_ANNOTATION,
    MAX_REPLICAS_ANNOTATION, REVISION_ANNOTATION,
};
