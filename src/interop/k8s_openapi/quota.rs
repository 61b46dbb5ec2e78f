//! `ResourceQuota` and `LimitRange`.

use k8s_openapi::api::core::v1 as k8s;

use super::{non_default, opt_resources, opt_vec, resource_list, try_vec, vec_from};
use crate::api::core::{
    LimitRangeItem, LimitRangeSpec, ResourceQuota, ResourceQuotaSpec, ResourceQuotaStatus,
    ScopeSelector, ScopedResourceSelectorRequirement,
};
use crate::interop::ConversionError;

/// # Errors
///
/// A quantity does not parse; the error names e.g. `spec.hard.cpu`.
///
/// ```
/// use k8s_openapi::api::core::v1 as k8s;
/// use kube_primitives::api::core::ResourceQuota;
///
/// let rq: k8s::ResourceQuota = serde_json::from_value(serde_json::json!({
///     "metadata": {"name": "q"},
///     "spec": {"hard": {"pods": "10", "requests.cpu": "4"}, "scopes": ["NotBestEffort"]}
/// })).unwrap();
/// let ours = ResourceQuota::try_from(rq).unwrap();
/// assert_eq!(ours.spec.hard.get("pods").unwrap().value(), 10);
/// ```
impl TryFrom<k8s::ResourceQuota> for ResourceQuota {
    type Error = ConversionError;

    fn try_from(q: k8s::ResourceQuota) -> Result<ResourceQuota, ConversionError> {
        let spec = q.spec.unwrap_or_default();
        let status = q.status.unwrap_or_default();
        Ok(ResourceQuota {
            metadata: q.metadata.into(),
            spec: ResourceQuotaSpec {
                hard: resource_list(spec.hard, "spec.hard")?,
                scopes: spec.scopes.unwrap_or_default(),
                scope_selector: spec.scope_selector.map(|s| ScopeSelector {
                    match_expressions: vec_from(s.match_expressions),
                }),
            },
            status: ResourceQuotaStatus {
                hard: resource_list(status.hard, "status.hard")?,
                used: resource_list(status.used, "status.used")?,
            },
        })
    }
}

impl From<ResourceQuota> for k8s::ResourceQuota {
    fn from(q: ResourceQuota) -> k8s::ResourceQuota {
        k8s::ResourceQuota {
            metadata: q.metadata.into(),
            spec: non_default(q.spec).map(|s| k8s::ResourceQuotaSpec {
                hard: opt_resources(s.hard),
                scopes: opt_vec(s.scopes),
                scope_selector: s.scope_selector.map(|s| k8s::ScopeSelector {
                    match_expressions: opt_vec(s.match_expressions),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            status: non_default(q.status).map(|s| k8s::ResourceQuotaStatus {
                hard: opt_resources(s.hard),
                used: opt_resources(s.used),
                ..Default::default()
            }),
            ..Default::default()
        }
    }
}

impl From<k8s::ScopedResourceSelectorRequirement> for ScopedResourceSelectorRequirement {
    fn from(r: k8s::ScopedResourceSelectorRequirement) -> ScopedResourceSelectorRequirement {
        ScopedResourceSelectorRequirement {
            scope_name: r.scope_name,
            operator: r.operator,
            values: r.values,
        }
    }
}

impl From<ScopedResourceSelectorRequirement> for k8s::ScopedResourceSelectorRequirement {
    fn from(r: ScopedResourceSelectorRequirement) -> k8s::ScopedResourceSelectorRequirement {
        k8s::ScopedResourceSelectorRequirement {
            scope_name: r.scope_name,
            operator: r.operator,
            values: r.values,
            ..Default::default()
        }
    }
}

/// The spec of a `LimitRange` object, which is all the LimitRanger reads.
///
/// # Errors
///
/// A quantity does not parse; the error names e.g. `spec.limits[0].max.cpu`.
impl TryFrom<k8s::LimitRange> for LimitRangeSpec {
    type Error = ConversionError;

    fn try_from(l: k8s::LimitRange) -> Result<LimitRangeSpec, ConversionError> {
        l.spec
            .map(LimitRangeSpec::try_from)
            .transpose()
            .map(Option::unwrap_or_default)
            .map_err(|e| e.in_field("spec"))
    }
}

/// # Errors
///
/// A quantity does not parse; the error names e.g. `limits[0].max.cpu`.
impl TryFrom<k8s::LimitRangeSpec> for LimitRangeSpec {
    type Error = ConversionError;

    fn try_from(s: k8s::LimitRangeSpec) -> Result<LimitRangeSpec, ConversionError> {
        Ok(LimitRangeSpec {
            limits: try_vec(Some(s.limits), "limits")?,
        })
    }
}

impl From<LimitRangeSpec> for k8s::LimitRangeSpec {
    fn from(s: LimitRangeSpec) -> k8s::LimitRangeSpec {
        k8s::LimitRangeSpec {
            limits: s.limits.into_iter().map(Into::into).collect(),
            ..Default::default()
        }
    }
}

/// # Errors
///
/// A quantity does not parse; the error names e.g. `max.cpu`.
impl TryFrom<k8s::LimitRangeItem> for LimitRangeItem {
    type Error = ConversionError;

    fn try_from(i: k8s::LimitRangeItem) -> Result<LimitRangeItem, ConversionError> {
        Ok(LimitRangeItem {
            type_: i.type_,
            max: resource_list(i.max, "max")?,
            min: resource_list(i.min, "min")?,
            default: resource_list(i.default, "default")?,
            default_request: resource_list(i.default_request, "defaultRequest")?,
            max_limit_request_ratio: resource_list(
                i.max_limit_request_ratio,
                "maxLimitRequestRatio",
            )?,
        })
    }
}

impl From<LimitRangeItem> for k8s::LimitRangeItem {
    fn from(i: LimitRangeItem) -> k8s::LimitRangeItem {
        k8s::LimitRangeItem {
            type_: i.type_,
            max: opt_resources(i.max),
            min: opt_resources(i.min),
            default: opt_resources(i.default),
            default_request: opt_resources(i.default_request),
            max_limit_request_ratio: opt_resources(i.max_limit_request_ratio),
            ..Default::default()
        }
    }
}
