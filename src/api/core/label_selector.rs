//! `metav1.LabelSelector`: the structured label selector of workloads, services and policies.

use serde::{Deserialize, Serialize};

use crate::api::core::{list, null_as_default, string_map};
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

/// A structured label selector (`metav1.LabelSelector`): `matchLabels` and `matchExpressions`,
/// all of which must hold.
///
/// `Option<LabelSelector>` keeps upstream's distinction: `None` (JSON `null` or absent) selects
/// nothing, `Some` with no requirements (`{}`) selects everything. See
/// [`crate::selector::Selector::from_label_selector`].
///
/// ```
/// use kube_primitives::api::core::LabelSelector;
///
/// let s: LabelSelector = serde_json::from_str(
///     r#"{"matchLabels": {"app": "web"}, "matchExpressions": [{"key": "tier", "operator": "In", "values": ["a"]}]}"#,
/// ).unwrap();
/// assert_eq!(s.match_expressions[0].operator, "In");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LabelSelector {
    /// `matchLabels`: each key must have exactly this value.
    #[serde(
        deserialize_with = "string_map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub match_labels: BTreeMap<String, String>,
    /// `matchExpressions`: a list of label selector requirements.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub match_expressions: Vec<LabelSelectorRequirement>,
}

/// One `matchExpressions` entry (`metav1.LabelSelectorRequirement`).
///
/// The operator is kept as written so that an unknown one can be reported as upstream reports
/// it; the known ones are `In`, `NotIn`, `Exists` and `DoesNotExist`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LabelSelectorRequirement {
    /// `key`: the label key that the selector applies to.
    #[serde(deserialize_with = "null_as_default")]
    pub key: String,
    /// `operator`: `In`, `NotIn`, `Exists` or `DoesNotExist`.
    #[serde(deserialize_with = "null_as_default")]
    pub operator: String,
    /// `values`: an array of string values.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
}

impl LabelSelector {
    /// A selector with `matchLabels` only.
    pub fn from_match_labels<K: Into<String>, V: Into<String>>(
        labels: impl IntoIterator<Item = (K, V)>,
    ) -> LabelSelector {
        LabelSelector {
            match_labels: labels
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
            match_expressions: Vec::new(),
        }
    }
}

impl LabelSelectorRequirement {
    /// A requirement from its parts.
    pub fn new<S: Into<String>>(
        key: &str,
        operator: &str,
        values: impl IntoIterator<Item = S>,
    ) -> LabelSelectorRequirement {
        LabelSelectorRequirement {
            key: String::from(key),
            operator: String::from(operator),
            values: values.into_iter().map(Into::into).collect(),
        }
    }
}
