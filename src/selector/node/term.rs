//! One `NodeSelectorTerm`, compiled to a label selector and a field selector.

use alloc::vec::Vec;

use crate::api::core::{NodeSelectorRequirement, NodeSelectorTerm};
use crate::labels::Labels;
use crate::meta::field::{Error, ErrorList, Json, Path};
use crate::selector::{FieldSelector, Operator, Requirement, Selector};

const LABEL_OPERATORS: &[&str] = &["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"];
const FIELD_OPERATORS: &[&str] = &["In", "NotIn"];

/// The fields a node exposes to `matchFields`: only `metadata.name`, and nothing at all when the
/// node has no name (upstream then skips `matchFields`).
pub(super) struct NodeFields<'a>(pub(super) &'a str);

impl Labels for NodeFields<'_> {
    fn label(&self, key: &str) -> Option<&str> {
        (key == "metadata.name").then_some(self.0)
    }
}

/// Upstream's `NodeSelectorOperator` is a named string type, which its error messages print as
/// JSON.
fn unsupported(path: &Path, operator: &str, valid: &[&str]) -> Error {
    Error::not_supported(
        &path.child("operator"),
        Json::String(operator.into()),
        valid,
    )
}

fn values_json(values: Option<&[alloc::string::String]>) -> Json {
    match values {
        None => Json::Null,
        Some(v) => Json::Array(v.iter().map(|s| Json::String(s.clone())).collect()),
    }
}

#[derive(Clone, Debug)]
pub(super) struct Term {
    labels: Option<Selector>,
    fields: Option<FieldSelector>,
}

impl Term {
    /// `newNodeSelectorTerm`: every requirement's errors, label requirements first.
    pub(super) fn compile(term: &NodeSelectorTerm, path: &Path) -> Result<Term, ErrorList> {
        let mut errs = ErrorList::new();
        let mut labels = None;
        let mut fields = None;
        if !term.match_expressions.is_empty() {
            match label_selector(&term.match_expressions, &path.child("matchExpressions")) {
                Ok(s) => labels = Some(s),
                Err(e) => errs.append(e),
            }
        }
        if !term.match_fields.is_empty() {
            match field_selector(&term.match_fields, &path.child("matchFields")) {
                Ok(s) => fields = Some(s),
                Err(e) => errs.append(e),
            }
        }
        if errs.is_empty() {
            Ok(Term { labels, fields })
        } else {
            Err(errs)
        }
    }

    /// The term's `matchExpressions` as a selector (`None`: it has none).
    pub(super) fn labels(&self) -> Option<&Selector> {
        self.labels.as_ref()
    }

    pub(super) fn matches(&self, labels: &(impl Labels + ?Sized), name: &str) -> bool {
        if let Some(selector) = &self.labels {
            if !selector.matches(labels) {
                return false;
            }
        }
        match &self.fields {
            Some(selector) if !name.is_empty() => selector.matches(&NodeFields(name)),
            _ => true,
        }
    }
}

/// `nodeSelectorRequirementsAsSelector`.
fn label_selector(reqs: &[NodeSelectorRequirement], path: &Path) -> Result<Selector, ErrorList> {
    let mut errs = ErrorList::new();
    let mut out = Vec::with_capacity(reqs.len());
    for (i, expr) in reqs.iter().enumerate() {
        let p = path.index(i);
        let op = match expr.operator.as_str() {
            "In" => Operator::In,
            "NotIn" => Operator::NotIn,
            "Exists" => Operator::Exists,
            "DoesNotExist" => Operator::DoesNotExist,
            "Gt" => Operator::GreaterThan,
            "Lt" => Operator::LessThan,
            other => {
                errs.push(unsupported(&p, other, LABEL_OPERATORS));
                continue;
            }
        };
        match Requirement::from_list(&expr.key, op, expr.values.as_deref(), &p) {
            Ok(r) => out.push(r),
            Err(e) => errs.append(e),
        }
    }
    if errs.is_empty() {
        Ok(Selector::from_requirements(out))
    } else {
        Err(errs)
    }
}

/// `nodeSelectorRequirementsAsFieldSelector`: `In`/`NotIn` with exactly one value.
fn field_selector(
    reqs: &[NodeSelectorRequirement],
    path: &Path,
) -> Result<FieldSelector, ErrorList> {
    let mut errs = ErrorList::new();
    let mut out = Vec::with_capacity(reqs.len());
    for (i, expr) in reqs.iter().enumerate() {
        let p = path.index(i);
        let equal = match expr.operator.as_str() {
            "In" => true,
            "NotIn" => false,
            other => {
                errs.push(unsupported(&p, other, FIELD_OPERATORS));
                continue;
            }
        };
        match expr.values.as_deref() {
            Some([value]) if equal => out.push(FieldSelector::one_term_equal(
                expr.key.as_str(),
                value.as_str(),
            )),
            Some([value]) => out.push(FieldSelector::one_term_not_equal(
                expr.key.as_str(),
                value.as_str(),
            )),
            values => errs.push(Error::invalid(
                &p.child("values"),
                values_json(values),
                "must have one element",
            )),
        }
    }
    if errs.is_empty() {
        Ok(FieldSelector::and(out))
    } else {
        Err(errs)
    }
}
