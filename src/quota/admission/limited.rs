//! `LimitedResource` of the ResourceQuota admission configuration
//! ([`apiserver/pkg/admission/plugin/resourcequota/apis/resourcequota`](https://github.com/kubernetes/apiserver/tree/v0.36.3/pkg/admission/plugin/resourcequota/apis/resourcequota)):
//! resources and scopes a namespace may only consume when a quota covers them.

use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::Evaluated;
use crate::api::core::{null_as_default, ResourceList, ScopedResourceSelectorRequirement};

/// One entry of the plugin configuration's `limitedResources`. Go's `LimitedResource` in
/// `types.go`.
///
/// ```
/// use kube_primitives::quota::LimitedResource;
///
/// let l: LimitedResource = serde_json::from_str(
///     r#"{"resource": "pods", "matchContains": ["requests.cpu"]}"#).unwrap();
/// assert_eq!(l.match_contains, ["requests.cpu"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[non_exhaustive]
pub struct LimitedResource {
    /// `apiGroup`: `""` for core resources such as pods.
    #[serde(deserialize_with = "null_as_default")]
    pub api_group: String,
    /// `resource`: the resource the entry applies to (`pods`).
    #[serde(deserialize_with = "null_as_default")]
    pub resource: String,
    /// `matchContains`: a consumed resource whose name contains one of these needs a covering
    /// quota.
    #[serde(deserialize_with = "null_as_default")]
    pub match_contains: Vec<String>,
    /// `matchScopes`: an object that falls under one of these scopes needs a quota with the
    /// same scope name.
    #[serde(deserialize_with = "null_as_default")]
    pub match_scopes: Vec<ScopedResourceSelectorRequirement>,
}

impl LimitedResource {
    /// An entry for core `pods` limiting the resources whose names contain one of `contains`.
    #[must_use]
    pub fn pods<S: Into<String>>(contains: impl IntoIterator<Item = S>) -> LimitedResource {
        LimitedResource {
            resource: "pods".into(),
            match_contains: contains.into_iter().map(Into::into).collect(),
            ..LimitedResource::default()
        }
    }
}

/// `limitedByDefault`: the consumed (positive) resources of `usage` that the entries of
/// `limited` for the core `resource` name, without duplicates.
pub(super) fn limited_by_default<'a>(
    usage: &'a ResourceList,
    group: &str,
    resource: &str,
    limited: &[LimitedResource],
) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for entry in limited
        .iter()
        .filter(|l| l.api_group == group && l.resource == resource)
    {
        for (name, q) in usage.iter() {
            let consumed = q.signum() > 0;
            if consumed
                && entry
                    .match_contains
                    .iter()
                    .any(|m| name.contains(m.as_str()))
            {
                out.push(name);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// `getMatchedLimitedScopes`: the limited scopes (of every entry, whatever its resource) the
/// object falls under; `None` when one cannot be evaluated, which upstream answers by admitting.
pub(super) fn matched_limited_scopes<'a, T: Evaluated>(
    object: &T,
    limited: &'a [LimitedResource],
) -> Option<Vec<&'a ScopedResourceSelectorRequirement>> {
    let mut out = Vec::new();
    for entry in limited {
        out.extend(object.matching_scopes(&entry.match_scopes).ok()?);
    }
    Some(out)
}
