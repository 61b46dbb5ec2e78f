//! `v1.ResourceQuota` scope selectors.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::{Deserialize, Serialize};

use super::{list, null_as_default};

/// `v1.ScopedResourceSelectorRequirement`: one term of a quota's `scopeSelector`.
///
/// `Display` is Go's `%v` of the struct, as upstream's error messages print it:
/// `{PriorityClass In [high low]}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ScopedResourceSelectorRequirement {
    /// `scopeName`: `Terminating`, `NotTerminating`, `BestEffort`, `NotBestEffort`,
    /// `PriorityClass`, `CrossNamespacePodAffinity`, `VolumeAttributesClass`.
    #[serde(deserialize_with = "null_as_default")]
    pub scope_name: String,
    /// `operator`: `In`, `NotIn`, `Exists`, `DoesNotExist`.
    #[serde(deserialize_with = "null_as_default")]
    pub operator: String,
    /// `values`: `None` when absent or `null`, which upstream's messages print as `null` where
    /// an empty list prints `[]`.
    #[serde(skip_serializing_if = "no_values")]
    pub values: Option<Vec<String>>,
}

impl fmt::Display for ScopedResourceSelectorRequirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{{} {} ", self.scope_name, self.operator)?;
        crate::text::write_go_string_slice(f, self.values.iter().flatten())?;
        f.write_str("}")
    }
}

/// Go's `omitempty`: neither nil nor an empty list is written.
fn no_values(values: &Option<Vec<String>>) -> bool {
    values.as_ref().map_or(true, Vec::is_empty)
}

/// `v1.ResourceQuota`, in part.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResourceQuota {
    /// `metadata`.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: super::ObjectMeta,
    /// `spec`.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: ResourceQuotaSpec,
    /// `status`.
    #[serde(deserialize_with = "null_as_default")]
    pub status: ResourceQuotaStatus,
}

/// `v1.ResourceQuotaSpec`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ResourceQuotaSpec {
    /// `hard`.
    #[serde(deserialize_with = "null_as_default")]
    pub hard: super::ResourceList,
    /// `scopes`: each one an `Exists` selector.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub scopes: Vec<String>,
    /// `scopeSelector`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope_selector: Option<ScopeSelector>,
}

/// `v1.ScopeSelector`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ScopeSelector {
    /// `matchExpressions`.
    #[serde(deserialize_with = "list")]
    pub match_expressions: Vec<ScopedResourceSelectorRequirement>,
}

/// `v1.ResourceQuotaStatus`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResourceQuotaStatus {
    /// `hard`: the enforced limits.
    #[serde(deserialize_with = "null_as_default")]
    pub hard: super::ResourceList,
    /// `used`: what is charged now.
    #[serde(deserialize_with = "null_as_default")]
    pub used: super::ResourceList,
}

impl ResourceQuota {
    /// The quota's scopes as selectors (`getScopeSelectorsFromQuota`): each of `spec.scopes`
    /// as `Exists`, then the scope selector's expressions.
    #[must_use]
    pub fn scope_selectors(&self) -> Vec<ScopedResourceSelectorRequirement> {
        let mut out: Vec<ScopedResourceSelectorRequirement> = self
            .spec
            .scopes
            .iter()
            .map(|s| ScopedResourceSelectorRequirement {
                scope_name: s.clone(),
                operator: super::selector_operator::EXISTS.into(),
                values: None,
            })
            .collect();
        if let Some(sel) = &self.spec.scope_selector {
            out.extend(sel.match_expressions.iter().cloned());
        }
        out
    }
}
