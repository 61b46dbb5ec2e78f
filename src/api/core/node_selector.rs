//! `v1.NodeSelector` and its parts: the required node affinity of a pod.

use serde::{Deserialize, Serialize};

use crate::api::core::{empty_as_null, is_none_or_empty, list, null_as_default};
use alloc::string::String;
use alloc::vec::Vec;

/// A node selector (`v1.NodeSelector`): its terms are ORed.
///
/// ```
/// use kube_primitives::api::core::NodeSelector;
///
/// let s: NodeSelector = serde_json::from_str(
///     r#"{"nodeSelectorTerms": [{"matchExpressions": [{"key": "disktype", "operator": "In", "values": ["ssd"]}]}]}"#,
/// ).unwrap();
/// assert_eq!(s.node_selector_terms[0].match_expressions[0].values.as_deref(), Some(&["ssd".to_string()][..]));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NodeSelector {
    /// `nodeSelectorTerms`: the terms, ORed.
    #[serde(deserialize_with = "list", serialize_with = "empty_as_null")]
    pub node_selector_terms: Vec<NodeSelectorTerm>,
}

/// One term (`v1.NodeSelectorTerm`): its requirements are ANDed; a term without any selects
/// no node.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NodeSelectorTerm {
    /// `matchExpressions`: requirements on node labels.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub match_expressions: Vec<NodeSelectorRequirement>,
    /// `matchFields`: requirements on node fields (only `metadata.name` exists).
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub match_fields: Vec<NodeSelectorRequirement>,
}

/// One requirement (`v1.NodeSelectorRequirement`).
///
/// The operator is kept as written so that an unknown one is reported as upstream reports it.
/// `values` is `None` when absent or `null` and `Some` when present, even empty: upstream's
/// error messages print the two differently (`null` and `[]`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NodeSelectorRequirement {
    /// `key`: the label key that the selector applies to.
    #[serde(deserialize_with = "null_as_default")]
    pub key: String,
    /// `operator`: `In`, `NotIn`, `Exists`, `DoesNotExist`, `Gt` or `Lt`.
    #[serde(deserialize_with = "null_as_default")]
    pub operator: String,
    /// `values`: an array of string values.
    #[serde(skip_serializing_if = "is_none_or_empty")]
    pub values: Option<Vec<String>>,
}

impl NodeSelectorRequirement {
    /// A requirement with `values` present.
    pub fn new<S: Into<String>>(
        key: &str,
        operator: &str,
        values: impl IntoIterator<Item = S>,
    ) -> NodeSelectorRequirement {
        NodeSelectorRequirement {
            key: key.into(),
            operator: operator.into(),
            values: Some(values.into_iter().map(Into::into).collect()),
        }
    }
}

impl NodeSelectorTerm {
    /// A term with label requirements only.
    pub fn from_expressions(match_expressions: Vec<NodeSelectorRequirement>) -> NodeSelectorTerm {
        NodeSelectorTerm {
            match_expressions,
            match_fields: Vec::new(),
        }
    }
}

impl NodeSelector {
    /// A selector with these terms.
    pub fn from_terms(node_selector_terms: Vec<NodeSelectorTerm>) -> NodeSelector {
        NodeSelector {
            node_selector_terms,
        }
    }
}

/// A weighted preference (`v1.PreferredSchedulingTerm`) of
/// `preferredDuringSchedulingIgnoredDuringExecution`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PreferredSchedulingTerm {
    /// `weight`, 1–100 on valid pods; a term of weight 0 is ignored.
    #[serde(deserialize_with = "null_as_default")]
    pub weight: i32,
    /// `preference`: A node selector term, associated with the corresponding weight.
    #[serde(deserialize_with = "null_as_default")]
    pub preference: NodeSelectorTerm,
}

impl PreferredSchedulingTerm {
    /// A term of `weight` preferring `preference`.
    pub fn new(weight: i32, preference: NodeSelectorTerm) -> PreferredSchedulingTerm {
        PreferredSchedulingTerm { weight, preference }
    }
}
