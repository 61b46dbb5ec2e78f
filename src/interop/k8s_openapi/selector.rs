//! `LabelSelector` and `NodeSelector`, with their terms and requirements.

use k8s_openapi::api::core::v1 as core;
use k8s_openapi::apimachinery::pkg::apis::meta::v1 as meta;

use super::{opt_map, opt_vec, vec_from};
use crate::api::core::{
    LabelSelector, LabelSelectorRequirement, NodeSelector, NodeSelectorRequirement,
    NodeSelectorTerm, PreferredSchedulingTerm,
};

/// `matchLabels` and `matchExpressions`, as they are: the selector is not checked here (see
/// [`LabelSelectorExt::to_selector`](crate::interop::LabelSelectorExt::to_selector)).
///
/// ```
/// use k8s_openapi::apimachinery::pkg::apis::meta::v1 as k8s;
/// use kube_primitives::api::core::LabelSelector;
///
/// let ls = k8s::LabelSelector {
///     match_labels: Some([("app".to_string(), "web".to_string())].into()),
///     match_expressions: None,
/// };
/// assert_eq!(LabelSelector::from(ls.clone()), LabelSelector::from_match_labels([("app", "web")]));
/// assert_eq!(k8s::LabelSelector::from(LabelSelector::from(ls.clone())), ls);
/// ```
impl From<meta::LabelSelector> for LabelSelector {
    fn from(s: meta::LabelSelector) -> LabelSelector {
        LabelSelector {
            match_labels: s.match_labels.unwrap_or_default(),
            match_expressions: vec_from(s.match_expressions),
        }
    }
}

impl From<LabelSelector> for meta::LabelSelector {
    fn from(s: LabelSelector) -> meta::LabelSelector {
        meta::LabelSelector {
            match_labels: opt_map(s.match_labels),
            match_expressions: opt_vec(s.match_expressions),
            ..Default::default()
        }
    }
}

impl From<meta::LabelSelectorRequirement> for LabelSelectorRequirement {
    fn from(r: meta::LabelSelectorRequirement) -> LabelSelectorRequirement {
        LabelSelectorRequirement {
            key: r.key,
            operator: r.operator,
            values: r.values.unwrap_or_default(),
        }
    }
}

impl From<LabelSelectorRequirement> for meta::LabelSelectorRequirement {
    fn from(r: LabelSelectorRequirement) -> meta::LabelSelectorRequirement {
        meta::LabelSelectorRequirement {
            key: r.key,
            operator: r.operator,
            values: opt_vec(r.values),
            ..Default::default()
        }
    }
}

impl From<core::NodeSelector> for NodeSelector {
    fn from(s: core::NodeSelector) -> NodeSelector {
        NodeSelector::from_terms(s.node_selector_terms.into_iter().map(Into::into).collect())
    }
}

impl From<NodeSelector> for core::NodeSelector {
    fn from(s: NodeSelector) -> core::NodeSelector {
        core::NodeSelector {
            node_selector_terms: s.node_selector_terms.into_iter().map(Into::into).collect(),
            ..Default::default()
        }
    }
}

impl From<core::NodeSelectorTerm> for NodeSelectorTerm {
    fn from(t: core::NodeSelectorTerm) -> NodeSelectorTerm {
        NodeSelectorTerm {
            match_expressions: vec_from(t.match_expressions),
            match_fields: vec_from(t.match_fields),
        }
    }
}

impl From<NodeSelectorTerm> for core::NodeSelectorTerm {
    fn from(t: NodeSelectorTerm) -> core::NodeSelectorTerm {
        core::NodeSelectorTerm {
            match_expressions: opt_vec(t.match_expressions),
            match_fields: opt_vec(t.match_fields),
            ..Default::default()
        }
    }
}

/// `values` keeps the difference between absent and empty.
impl From<core::NodeSelectorRequirement> for NodeSelectorRequirement {
    fn from(r: core::NodeSelectorRequirement) -> NodeSelectorRequirement {
        NodeSelectorRequirement {
            key: r.key,
            operator: r.operator,
            values: r.values,
        }
    }
}

impl From<NodeSelectorRequirement> for core::NodeSelectorRequirement {
    fn from(r: NodeSelectorRequirement) -> core::NodeSelectorRequirement {
        core::NodeSelectorRequirement {
            key: r.key,
            operator: r.operator,
            values: r.values,
            ..Default::default()
        }
    }
}

impl From<core::PreferredSchedulingTerm> for PreferredSchedulingTerm {
    fn from(t: core::PreferredSchedulingTerm) -> PreferredSchedulingTerm {
        PreferredSchedulingTerm::new(t.weight, t.preference.into())
    }
}

impl From<PreferredSchedulingTerm> for core::PreferredSchedulingTerm {
    fn from(t: PreferredSchedulingTerm) -> core::PreferredSchedulingTerm {
        core::PreferredSchedulingTerm {
            weight: t.weight,
            preference: t.preference.into(),
            ..Default::default()
        }
    }
}
