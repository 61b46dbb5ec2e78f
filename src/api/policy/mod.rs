//! `policy/v1` wire types: `PodDisruptionBudget`, with every field of Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/policy/v1/types.go>).

mod pod_disruption_budget;

pub use pod_disruption_budget::{
    PodDisruptionBudget, PodDisruptionBudgetSpec, PodDisruptionBudgetStatus,
};
