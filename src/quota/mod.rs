//! Resource quota math: resource lists and their helpers as
//! [`k8s.io/apiserver/pkg/quota/v1/resources.go`](https://github.com/kubernetes/apiserver/blob/v0.36.3/pkg/quota/v1/resources.go);
//! pod requests, limits and QoS classes; what a pod charges against a ResourceQuota and the quota
//! admission decision ([`admit`], with a worked multi-tenant example); LimitRanger defaults and
//! checks.
//!
//! ```
//! use kube_primitives::quota::ResourceList;
//!
//! let used: ResourceList = serde_json::from_str(r#"{"requests.cpu": "1500m", "pods": "3"}"#).unwrap();
//! let hard: ResourceList = serde_json::from_str(r#"{"requests.cpu": "1", "pods": "10"}"#).unwrap();
//! assert_eq!(used.less_than_or_equal(&hard), (false, vec!["requests.cpu"]));
//! assert_eq!(hard.subtract(&used).to_string(), "pods=7,requests.cpu=-500m");
//! ```

mod admission;
mod constraints;
mod limit_range;
mod pod_resources;
mod pod_usage;
mod pvc_usage;
mod qos;
mod resource_list;
pub(crate) mod resource_name;
mod scope;
mod service_usage;

pub use crate::api::core::ResourceList;
pub use admission::{
    admit, check_request, recalculate_usage, CountedObject, Evaluated, LimitedResource,
    NamespaceObjects, Operation, PodAdmission, QuotaAdmission, QuotaError, Rejection,
};
pub use constraints::{pod_constraints, MissingResources};
pub use limit_range::{
    aggregate_message, apply_limit_range_defaults, limit_ranger_handles, validate_pod_limits,
    validate_pvc_limits, LimitBound, LimitRangeDefaults, LimitType, LimitViolation, RequestOrLimit,
    ViolationKind, LIMIT_RANGER_ANNOTATION,
};
pub use pod_resources::{
    is_pod_level_resources_set, pod_limits, pod_limits_aliasing, pod_requests,
    pod_requests_aliasing, PodLevelResourceSet, PodResourcesOptions,
};
pub use pod_usage::{is_pod_quota_eligible, matching_resources, pod_usage, POD_COUNT};
pub use pvc_usage::{
    pvc_matches_scope, pvc_matching_resources, pvc_usage, resource_by_storage_class,
    STORAGE_CLASS_SUFFIX,
};
pub use qos::{compute_pod_qos, pod_qos, QosClass};
pub use resource_list::{contains, contains_prefix, difference, intersection, object_count_name};
pub use scope::{matching_scopes, pod_matches_scope, ScopeError, ScopeMatchError};
pub use service_usage::{service_matching_resources, service_usage};
