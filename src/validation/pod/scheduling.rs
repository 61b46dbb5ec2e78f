//! Scheduling: node and pod (anti-)affinity, tolerations, topology spread constraints,
//! readiness and scheduling gates
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::collections::BTreeSet;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{named, push_violations, qualified_name, PodValidationOptions};
use crate::api::core::{
    Affinity, NodeSelectorRequirement, NodeSelectorTerm, PodAffinity, PodAffinityTerm,
    PodReadinessGate, PodSchedulingGate, Toleration, TopologySpreadConstraint,
};
use crate::meta::field::{Error, ErrorList, LazyPath};
use crate::meta::validate::label_value;
use crate::meta::{label_name_into, NameValidator};
use crate::selector::{validate_label_selector, LabelSelectorValidationOptions};

const WEIGHT: &str = "must be in the range 1-100";

/// Go's `validateAffinity`.
pub(super) fn validate_affinity(
    errs: &mut ErrorList,
    a: Option<&Affinity>,
    opts: &PodValidationOptions,
    path: &LazyPath<'_>,
) {
    let Some(a) = a else { return };
    if let Some(na) = &a.node_affinity {
        let p = path.child("nodeAffinity");
        if let Some(req) = &na.required {
            let rp = p.child("requiredDuringSchedulingIgnoredDuringExecution");
            let tp = rp.child("nodeSelectorTerms");
            if req.node_selector_terms.is_empty() {
                errs.push(Error::required(
                    &tp,
                    "must have at least one node selector term",
                ));
            } else {
                for (i, term) in req.node_selector_terms.iter().enumerate() {
                    validate_node_selector_term(
                        errs,
                        term,
                        opts.allow_invalid_label_value_in_required_node_affinity,
                        &tp.index(i),
                    );
                }
            }
        }
        let pp = p.child("preferredDuringSchedulingIgnoredDuringExecution");
        for (i, term) in na.preferred.iter().enumerate() {
            if term.weight <= 0 || term.weight > 100 {
                errs.push(Error::invalid(
                    &pp.index(i).child("weight"),
                    i64::from(term.weight),
                    WEIGHT,
                ));
            }
            validate_node_selector_term(
                errs,
                &term.preference,
                true,
                &pp.index(i).child("preference"),
            );
        }
    }
    if let Some(pa) = &a.pod_affinity {
        validate_pod_affinity(errs, pa, opts, &path.child("podAffinity"));
    }
    if let Some(pa) = &a.pod_anti_affinity {
        validate_pod_affinity(errs, pa, opts, &path.child("podAntiAffinity"));
    }
}

fn validate_node_selector_term(
    errs: &mut ErrorList,
    term: &NodeSelectorTerm,
    allow_invalid_value: bool,
    path: &LazyPath<'_>,
) {
    for (j, r) in term.match_expressions.iter().enumerate() {
        validate_node_selector_requirement(
            errs,
            r,
            allow_invalid_value,
            &path.child("matchExpressions").index(j),
        );
    }
    for (j, r) in term.match_fields.iter().enumerate() {
        validate_node_field_selector_requirement(errs, r, &path.child("matchFields").index(j));
    }
}

/// Go's `ValidateNodeSelectorRequirement`.
fn validate_node_selector_requirement(
    errs: &mut ErrorList,
    r: &NodeSelectorRequirement,
    allow_invalid_value: bool,
    path: &LazyPath<'_>,
) {
    let values: &[String] = r.values.as_deref().unwrap_or(&[]);
    match r.operator.as_str() {
        "In" | "NotIn" => {
            if values.is_empty() {
                errs.push(Error::required(
                    &path.child("values"),
                    "must be specified when `operator` is 'In' or 'NotIn'",
                ));
            }
        }
        "Exists" | "DoesNotExist" => {
            if !values.is_empty() {
                errs.push(Error::forbidden(
                    &path.child("values"),
                    "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
                ));
            }
        }
        "Gt" | "Lt" => {
            if values.len() != 1 {
                errs.push(Error::required(
                    &path.child("values"),
                    "must be specified single value when `operator` is 'Lt' or 'Gt'",
                ));
            }
        }
        other => errs.push(Error::invalid(
            &path.child("operator"),
            named(other),
            "not a valid selector operator",
        )),
    }
    label_name_into(errs, &r.key, &path.child("key"));
    if !allow_invalid_value {
        for (i, v) in values.iter().enumerate() {
            push_violations(errs, &path.child("values").index(i), v, label_value(v));
        }
    }
}

/// Go's `ValidateNodeFieldSelectorRequirement`: only `metadata.name`, with one value.
fn validate_node_field_selector_requirement(
    errs: &mut ErrorList,
    r: &NodeSelectorRequirement,
    path: &LazyPath<'_>,
) {
    let values: &[String] = r.values.as_deref().unwrap_or(&[]);
    match r.operator.as_str() {
        "In" | "NotIn" => {
            if values.len() != 1 {
                errs.push(Error::required(
                    &path.child("values"),
                    "must be only one value when `operator` is 'In' or 'NotIn' for node field selector",
                ));
            }
        }
        other => errs.push(Error::invalid(
            &path.child("operator"),
            named(other),
            "not a valid selector operator",
        )),
    }
    if r.key == "metadata.name" {
        for (i, v) in values.iter().enumerate() {
            push_violations(
                errs,
                &path.child("values").index(i),
                v,
                NameValidator::DnsSubdomain.validate(v, false),
            );
        }
    } else {
        errs.push(Error::invalid(
            &path.child("key"),
            r.key.as_str(),
            "not a valid field selector key",
        ));
    }
}

fn validate_pod_affinity(
    errs: &mut ErrorList,
    pa: &PodAffinity,
    opts: &PodValidationOptions,
    path: &LazyPath<'_>,
) {
    let rp = path.child("requiredDuringSchedulingIgnoredDuringExecution");
    for (i, t) in pa.required.iter().enumerate() {
        errs.append(validate_pod_affinity_term(t, opts, &rp.index(i)));
    }
    let pp = path.child("preferredDuringSchedulingIgnoredDuringExecution");
    for (i, w) in pa.preferred.iter().enumerate() {
        if w.weight <= 0 || w.weight > 100 {
            errs.push(Error::invalid(
                &pp.index(i).child("weight"),
                i64::from(w.weight),
                WEIGHT,
            ));
        }
        errs.append(validate_pod_affinity_term(
            &w.pod_affinity_term,
            opts,
            &pp.index(i).child("podAffinityTerm"),
        ));
    }
}

/// Go's `validatePodAffinityTerm`.
fn validate_pod_affinity_term(
    t: &PodAffinityTerm,
    opts: &PodValidationOptions,
    path: &LazyPath<'_>,
) -> ErrorList {
    let sel_opts = LabelSelectorValidationOptions {
        allow_invalid_label_value: opts.allow_invalid_label_value_in_selector,
        ..LabelSelectorValidationOptions::default()
    };
    let mut errs = validate_label_selector(
        t.label_selector.as_ref(),
        sel_opts,
        &path.child("labelSelector").to_path(),
    );
    errs.append(validate_label_selector(
        t.namespace_selector.as_ref(),
        sel_opts,
        &path.child("namespaceSelector").to_path(),
    ));
    for ns in &t.namespaces {
        push_violations(
            &mut errs,
            &path.child("namespace"),
            ns,
            NameValidator::NAMESPACE.validate(ns, false),
        );
    }
    validate_match_label_keys(&mut errs, t, path);
    if t.topology_key.is_empty() {
        errs.push(Error::required(
            &path.child("topologyKey").to_path(),
            "can not be empty",
        ));
    }
    label_name_into(&mut errs, &t.topology_key, &path.child("topologyKey"));
    errs
}

/// Go's `validateMatchLabelKeysAndMismatchLabelKeys` (and `validateLabelKeys`) of
/// [validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go):
/// each list needs a label selector and valid label names; a `matchLabelKeys` key may not also
/// be in the selector (which [`prepare_pod_for_create`](super::prepare_pod_for_create) extends
/// with one expression per such key the pod has a label for), nor in `mismatchLabelKeys`.
fn validate_match_label_keys(errs: &mut ErrorList, t: &PodAffinityTerm, path: &LazyPath<'_>) {
    // validateLabelKeys, for each list.
    for (keys, field) in [
        (&t.match_label_keys, "matchLabelKeys"),
        (&t.mismatch_label_keys, "mismatchLabelKeys"),
    ] {
        if keys.is_empty() {
            continue;
        }
        let p = path.child(field);
        if t.label_selector.is_none() {
            errs.push(Error::forbidden(
                &p,
                "must not be specified when labelSelector is not set",
            ));
            continue;
        }
        for (i, k) in keys.iter().enumerate() {
            label_name_into(errs, k, &p.index(i));
        }
    }
    // A `matchExpressions` key that is a `matchLabelKeys` key and was already seen in the
    // selector (in `matchLabels` or an earlier expression): the strategy merged one in, so the
    // user gave it twice. Reported at the term's path indexed by the key's (last) position.
    if let Some(sel) = &t.label_selector {
        let mut seen: BTreeSet<&str> = sel.match_labels.keys().map(String::as_str).collect();
        for e in &sel.match_expressions {
            let position = t.match_label_keys.iter().rposition(|k| *k == e.key);
            if let Some(i) = position.filter(|_| seen.contains(e.key.as_str())) {
                errs.push(Error::invalid(
                    &path.index(i),
                    e.key.as_str(),
                    "exists in both matchLabelKeys and labelSelector",
                ));
            }
            seen.insert(e.key.as_str());
        }
    }
    let mismatch: BTreeSet<&str> = t.mismatch_label_keys.iter().map(String::as_str).collect();
    for (i, k) in t.match_label_keys.iter().enumerate() {
        if mismatch.contains(k.as_str()) {
            errs.push(Error::invalid(
                &path.child("matchLabelKeys").index(i),
                k.as_str(),
                "exists in both matchLabelKeys and mismatchLabelKeys",
            ));
        }
    }
}

/// Go's `ValidateTolerations`.
pub(super) fn validate_tolerations(
    errs: &mut ErrorList,
    tolerations: &[Toleration],
    path: &LazyPath<'_>,
) {
    for (i, t) in tolerations.iter().enumerate() {
        let p = path.index(i);
        if !t.key.is_empty() {
            label_name_into(errs, &t.key, &p.child("key"));
        }
        if t.key.is_empty() && t.operator != "Exists" {
            errs.push(Error::invalid(
                &p.child("operator"),
                named(&t.operator),
                "operator must be Exists when `key` is empty, which means \"match all values and all keys\"",
            ));
        }
        if t.toleration_seconds.is_some() && t.effect != "NoExecute" {
            errs.push(Error::invalid(
                &p.child("effect"),
                named(&t.effect),
                "effect must be 'NoExecute' when `tolerationSeconds` is set",
            ));
        }
        match t.operator.as_str() {
            "Equal" | "" => {
                let v = label_value(&t.value);
                if !v.is_valid() {
                    let msgs: Vec<String> =
                        v.iter().map(alloc::string::ToString::to_string).collect();
                    errs.push(Error::invalid(
                        &p.child("operator"),
                        t.value.as_str(),
                        msgs.join(";"),
                    ));
                }
            }
            "Exists" => {
                if !t.value.is_empty() {
                    errs.push(Error::invalid(
                        &p.child("operator"),
                        t.value.as_str(),
                        "value must be empty when `operator` is 'Exists'",
                    ));
                }
            }
            // With the TaintTolerationComparisonOperators gate off (1.36's default), `Lt` and
            // `Gt` are refused with a list that names them, any other operator with a list
            // that does not.
            op @ ("Lt" | "Gt") => errs.push(Error::not_supported(
                &p.child("operator"),
                named(op),
                &["Equal", "Exists", "Lt", "Gt"],
            )),
            other => errs.push(Error::not_supported(
                &p.child("operator"),
                named(other),
                &["Equal", "Exists"],
            )),
        }
        if !t.effect.is_empty()
            && !matches!(
                t.effect.as_str(),
                "NoSchedule" | "PreferNoSchedule" | "NoExecute"
            )
        {
            errs.push(Error::not_supported(
                &p.child("effect"),
                named(&t.effect),
                &["NoSchedule", "PreferNoSchedule", "NoExecute"],
            ));
        }
    }
}

/// Go's `validateReadinessGates`.
pub(super) fn validate_readiness_gates(
    errs: &mut ErrorList,
    gates: &[PodReadinessGate],
    path: &LazyPath<'_>,
) {
    for (i, g) in gates.iter().enumerate() {
        qualified_name(
            errs,
            &g.condition_type,
            &path.index(i).child("conditionType"),
        );
    }
}

/// Go's `validateSchedulingGates`.
pub(super) fn validate_scheduling_gates(
    errs: &mut ErrorList,
    gates: &[PodSchedulingGate],
    path: &LazyPath<'_>,
) {
    let mut seen = BTreeSet::new();
    for (i, g) in gates.iter().enumerate() {
        qualified_name(errs, &g.name, &path.index(i));
        if !seen.insert(g.name.as_str()) {
            errs.push(Error::duplicate(&path.index(i), g.name.as_str()));
        }
    }
}

/// Go's `validateTopologySpreadConstraints`.
pub(super) fn validate_topology_spread_constraints(
    errs: &mut ErrorList,
    constraints: &[TopologySpreadConstraint],
    path: &LazyPath<'_>,
    opts: &PodValidationOptions,
) {
    for (i, c) in constraints.iter().enumerate() {
        let p = path.index(i);
        if c.max_skew <= 0 {
            errs.push(Error::invalid(
                &p.child("maxSkew"),
                i64::from(c.max_skew),
                "must be greater than zero",
            ));
        }
        let kp = p.child("topologyKey");
        if c.topology_key.is_empty() {
            errs.push(Error::required(&kp, "can not be empty"));
        }
        if !matches!(
            c.when_unsatisfiable.as_str(),
            "DoNotSchedule" | "ScheduleAnyway"
        ) {
            errs.push(Error::not_supported(
                &p.child("whenUnsatisfiable"),
                named(&c.when_unsatisfiable),
                &["DoNotSchedule", "ScheduleAnyway"],
            ));
        }
        let rest = constraints.get(i + 1..).unwrap_or(&[]);
        if rest.iter().any(|o| {
            o.topology_key == c.topology_key && o.when_unsatisfiable == c.when_unsatisfiable
        }) {
            errs.push(Error::duplicate(
                &p.child("{topologyKey, whenUnsatisfiable}"),
                format!("{{{}, {}}}", c.topology_key, c.when_unsatisfiable),
            ));
        }
        if let Some(md) = c.min_domains {
            let mp = p.child("minDomains");
            if md <= 0 {
                errs.push(Error::invalid(
                    &mp,
                    i64::from(md),
                    "must be greater than zero",
                ));
            }
            if c.when_unsatisfiable != "DoNotSchedule" {
                errs.push(Error::invalid(
                    &mp,
                    i64::from(md),
                    format!(
                        "can only use minDomains if whenUnsatisfiable=DoNotSchedule, not {}",
                        c.when_unsatisfiable
                    ),
                ));
            }
        }
        for (policy, name) in [
            (&c.node_affinity_policy, "nodeAffinityPolicy"),
            (&c.node_taints_policy, "nodeTaintsPolicy"),
        ] {
            if let Some(v) = policy {
                if v != "Honor" && v != "Ignore" {
                    errs.push(Error::not_supported(
                        &p.child(name),
                        named(v),
                        &["Honor", "Ignore"],
                    ));
                }
            }
        }
        for (j, k) in c.match_label_keys.iter().enumerate() {
            label_name_into(errs, k, &p.child("matchLabelKeys").index(j));
        }
        if !opts.allow_invalid_topology_spread_constraint_label_selector {
            errs.append(validate_label_selector(
                c.label_selector.as_ref(),
                LabelSelectorValidationOptions::default(),
                &p.child("labelSelector").to_path(),
            ));
        }
    }
}
