//! What a pod still waiting on scheduling gates may change on update: node selector entries may
//! be added, and required node-affinity terms may gain requirements (`ValidatePodUpdate`'s gated
//! branch, `validateNodeSelectorMutation`, `validateNodeAffinityMutation` and
//! `validateNodeSelectorTermHasOnlyAdditions` of
//! [validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use super::internal_json::{list, string_map};
use super::spec_json::node_selector_term;
use crate::api::core::{
    Affinity, NodeAffinity, NodeSelectorRequirement, NodeSelectorTerm, PodSpec,
};
use crate::meta::field::{Error, ErrorList, LazyPath};

/// Checks the node selector and node affinity of a gated pod's update, then puts the old ones
/// back into `munged` (the new spec with every other updatable field already reset), so that
/// the final comparison reports only what else changed.
pub(super) fn relax_gated_scheduling(
    errs: &mut ErrorList,
    munged: &mut PodSpec,
    old: &PodSpec,
    spec_path: &LazyPath<'_>,
) {
    if munged.node_selector != old.node_selector {
        // Every old entry must survive unchanged; one error however many do not.
        let kept = (old.node_selector.iter()).all(|(k, v)| munged.node_selector.get(k) == Some(v));
        if !kept {
            errs.push(Error::invalid(
                &spec_path.child("nodeSelector"),
                string_map(&munged.node_selector),
                "only additions to spec.nodeSelector are allowed (no mutations or deletions)",
            ));
        }
        munged.node_selector.clone_from(&old.node_selector);
    }

    let old_node = old.affinity.as_ref().and_then(|a| a.node_affinity.as_ref());
    let new_node = munged
        .affinity
        .as_ref()
        .and_then(|a| a.node_affinity.as_ref());
    if old_node == new_node {
        return;
    }
    validate_node_affinity_mutation(
        errs,
        new_node,
        old_node,
        &spec_path.child("affinity").child("nodeAffinity"),
    );
    let old_node = old_node.cloned();
    let only_node_affinity = munged
        .affinity
        .as_ref()
        .is_some_and(|a| a.pod_affinity.is_none() && a.pod_anti_affinity.is_none());
    if munged.affinity.is_none() {
        if old_node.is_some() {
            munged.affinity = Some(Affinity {
                node_affinity: old_node,
                ..Affinity::default()
            });
        }
    } else if old.affinity.is_none() && only_node_affinity {
        // Node affinity was all the new affinity held, and the old pod had none.
        munged.affinity = None;
    } else if let Some(a) = &mut munged.affinity {
        a.node_affinity = old_node;
    }
}

/// Go's `validateNodeAffinityMutation`: with old required terms, their number is fixed and each
/// may only gain requirements.
fn validate_node_affinity_mutation(
    errs: &mut ErrorList,
    new: Option<&NodeAffinity>,
    old: Option<&NodeAffinity>,
    path: &LazyPath<'_>,
) {
    let Some(old_terms) = old
        .and_then(|n| n.required.as_ref())
        .map(|r| r.node_selector_terms.as_slice())
    else {
        return;
    };
    let new_terms = new
        .and_then(|n| n.required.as_ref())
        .map_or(&[][..], |r| r.node_selector_terms.as_slice());
    let required = path.child("requiredDuringSchedulingIgnoredDuringExecution");
    let terms_path = required.child("nodeSelectorTerms");
    if !old_terms.is_empty() && old_terms.len() != new_terms.len() {
        errs.push(Error::invalid(
            &terms_path,
            list(new_terms, node_selector_term),
            "no additions/deletions to non-empty NodeSelectorTerms list are allowed",
        ));
        return;
    }
    for (i, (new_term, old_term)) in new_terms.iter().zip(old_terms).enumerate() {
        if !only_additions(new_term, old_term) {
            errs.push(Error::invalid(
                &terms_path.index(i),
                node_selector_term(new_term),
                "only additions are allowed (no mutations or deletions)",
            ));
        }
    }
}

/// Go's `validateNodeSelectorTermHasOnlyAdditions`: an empty term stays empty; otherwise the old
/// expressions and fields are a prefix of the new ones.
fn only_additions(new: &NodeSelectorTerm, old: &NodeSelectorTerm) -> bool {
    if old.match_expressions.is_empty()
        && old.match_fields.is_empty()
        && (!new.match_expressions.is_empty() || !new.match_fields.is_empty())
    {
        return false;
    }
    let prefix = |new: &[NodeSelectorRequirement], old: &[NodeSelectorRequirement]| {
        new.get(..old.len())
            .is_some_and(|head| head.iter().zip(old).all(|(n, o)| same(n, o)))
    };
    prefix(&new.match_expressions, &old.match_expressions)
        && prefix(&new.match_fields, &old.match_fields)
}

/// Semantic equality of requirements: a missing and an empty value list are the same.
fn same(a: &NodeSelectorRequirement, b: &NodeSelectorRequirement) -> bool {
    a.key == b.key
        && a.operator == b.operator
        && a.values.as_deref().unwrap_or_default() == b.values.as_deref().unwrap_or_default()
}
