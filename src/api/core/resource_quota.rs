//! `v1.ResourceQuota` scope selectors.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::{Deserialize, Serialize};

use super::null_as_default;

/// `v1.ScopedResourceSelectorRequirement`: one term of a quota's `scopeSelector`.
///
/// `Display` is Go's `%v` of the struct, as upstream's error messages print it:
/// `{PriorityClass In [high low]}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[non_exhaustive]
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
