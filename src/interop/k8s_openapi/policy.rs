//! `policy/v1`: `PodDisruptionBudget`, and `metav1.Condition`.
//!
//! Generated field by field from k8s-openapi's types and ours; see the module root for the
//! conventions.

use k8s_openapi::api::policy::v1 as policy;
use k8s_openapi::apimachinery::pkg::apis::meta::v1 as meta;

use super::{
    map_from, non_default, opt_map_into, opt_vec, time_or_zero, unwrap, vec_from, wrap,
    zero_as_none,
};
use crate::api::core::Condition;
use crate::api::policy::{PodDisruptionBudget, PodDisruptionBudgetSpec, PodDisruptionBudgetStatus};

impl From<policy::PodDisruptionBudget> for PodDisruptionBudget {
    fn from(v: policy::PodDisruptionBudget) -> PodDisruptionBudget {
        PodDisruptionBudget {
            kind: <policy::PodDisruptionBudget as k8s_openapi::Resource>::KIND.into(),
            api_version: <policy::PodDisruptionBudget as k8s_openapi::Resource>::API_VERSION.into(),
            metadata: v.metadata.into(),
            spec: v.spec.map(Into::into).unwrap_or_default(),
            status: v.status.map(Into::into).unwrap_or_default(),
        }
    }
}

impl From<PodDisruptionBudget> for policy::PodDisruptionBudget {
    fn from(v: PodDisruptionBudget) -> policy::PodDisruptionBudget {
        policy::PodDisruptionBudget {
            metadata: v.metadata.into(),
            spec: non_default(v.spec).map(Into::into),
            status: non_default(v.status).map(Into::into),
            ..Default::default()
        }
    }
}

impl From<policy::PodDisruptionBudgetSpec> for PodDisruptionBudgetSpec {
    fn from(v: policy::PodDisruptionBudgetSpec) -> PodDisruptionBudgetSpec {
        PodDisruptionBudgetSpec {
            min_available: v.min_available.map(Into::into),
            selector: v.selector.map(Into::into),
            max_unavailable: v.max_unavailable.map(Into::into),
            unhealthy_pod_eviction_policy: v.unhealthy_pod_eviction_policy,
        }
    }
}

impl From<PodDisruptionBudgetSpec> for policy::PodDisruptionBudgetSpec {
    fn from(v: PodDisruptionBudgetSpec) -> policy::PodDisruptionBudgetSpec {
        policy::PodDisruptionBudgetSpec {
            max_unavailable: v.max_unavailable.map(Into::into),
            min_available: v.min_available.map(Into::into),
            selector: v.selector.map(Into::into),
            unhealthy_pod_eviction_policy: v.unhealthy_pod_eviction_policy,
            ..Default::default()
        }
    }
}

impl From<policy::PodDisruptionBudgetStatus> for PodDisruptionBudgetStatus {
    fn from(v: policy::PodDisruptionBudgetStatus) -> PodDisruptionBudgetStatus {
        PodDisruptionBudgetStatus {
            observed_generation: v.observed_generation.unwrap_or_default(),
            disrupted_pods: map_from(v.disrupted_pods),
            disruptions_allowed: unwrap::<i32, _>(v.disruptions_allowed),
            current_healthy: unwrap::<i32, _>(v.current_healthy),
            desired_healthy: unwrap::<i32, _>(v.desired_healthy),
            expected_pods: unwrap::<i32, _>(v.expected_pods),
            conditions: vec_from(v.conditions),
        }
    }
}

impl From<PodDisruptionBudgetStatus> for policy::PodDisruptionBudgetStatus {
    fn from(v: PodDisruptionBudgetStatus) -> policy::PodDisruptionBudgetStatus {
        policy::PodDisruptionBudgetStatus {
            conditions: opt_vec(v.conditions),
            current_healthy: wrap::<i32, _>(v.current_healthy),
            desired_healthy: wrap::<i32, _>(v.desired_healthy),
            disrupted_pods: opt_map_into(v.disrupted_pods),
            disruptions_allowed: wrap::<i32, _>(v.disruptions_allowed),
            expected_pods: wrap::<i32, _>(v.expected_pods),
            observed_generation: non_default(v.observed_generation),
            ..Default::default()
        }
    }
}

impl From<meta::Condition> for Condition {
    fn from(v: meta::Condition) -> Condition {
        Condition {
            type_: v.type_,
            status: v.status,
            observed_generation: v.observed_generation.unwrap_or_default(),
            last_transition_time: zero_as_none(v.last_transition_time),
            reason: v.reason,
            message: v.message,
        }
    }
}

impl From<Condition> for meta::Condition {
    fn from(v: Condition) -> meta::Condition {
        meta::Condition {
            last_transition_time: time_or_zero(v.last_transition_time),
            message: v.message,
            observed_generation: non_default(v.observed_generation),
            reason: v.reason,
            status: v.status,
            type_: v.type_,
        }
    }
}
