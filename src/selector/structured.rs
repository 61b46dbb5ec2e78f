//! The structured `LabelSelector` and the string syntax, both ways: Go's
//! `LabelSelectorAsSelector`, `ParseToLabelSelector`, `SetAsLabelSelector`,
//! `FormatLabelSelector`, and `ValidateLabelSelector` (`pkg/apis/meta/v1/helpers.go`,
//! `pkg/apis/meta/v1/validation/validation.go`).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{self, Write};

use smallvec::SmallVec;

use super::matches::matches_value;
use super::requirement::check;
use super::{Operator, ParseError, Requirement, Selector};
use crate::api::core::{LabelSelector, LabelSelectorRequirement};
use crate::labels::{LabelSet, Labels};
use crate::meta::field::{Error, ErrorList, Json, Path};
use crate::meta::validate::label_value;
use crate::meta::validate_labels;
use crate::text::write_go_quoted;

/// Why a `LabelSelector` does not convert to a selector. `Display` is upstream's text.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum LabelSelectorError {
    /// A requirement fails `NewRequirement`'s checks (`key: Invalid value: …`).
    Invalid(ErrorList),
    /// `"Gt" is not a valid label selector operator`.
    UnknownOperator(String),
}

impl fmt::Display for LabelSelectorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LabelSelectorError::Invalid(errs) => errs.fmt(f),
            LabelSelectorError::UnknownOperator(op) => {
                write_go_quoted(f, op)?;
                f.write_str(" is not a valid label selector operator")
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for LabelSelectorError {}

/// Why a selector string does not convert to a `LabelSelector`: Go's `ParseToLabelSelector`
/// errors.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ToLabelSelectorError {
    /// `couldn't parse the selector string "…": …`.
    Parse {
        /// The input.
        input: String,
        /// Why it does not parse.
        error: ParseError,
    },
    /// `"gt" isn't supported in label selectors` (also `lt`).
    Unsupported(Operator),
    /// `"!=" is not a valid label selector operator`.
    NotValid(Operator),
}

impl fmt::Display for ToLabelSelectorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ToLabelSelectorError::Parse { input, error } => {
                write!(f, "couldn't parse the selector string \"{input}\": {error}")
            }
            ToLabelSelectorError::Unsupported(op) => {
                write_go_quoted(f, op.as_str())?;
                f.write_str(" isn't supported in label selectors")
            }
            ToLabelSelectorError::NotValid(op) => {
                write_go_quoted(f, op.as_str())?;
                f.write_str(" is not a valid label selector operator")
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ToLabelSelectorError {}

impl Selector {
    /// Go's `LabelSelectorAsSelector`: `None` selects nothing, a selector without requirements
    /// everything. `matchLabels` become `=` requirements (upstream visits them in Go's random map
    /// order; this crate in key order, so with several invalid labels the error names the first
    /// in key order); expression values keep their order and duplicates.
    ///
    /// # Errors
    ///
    /// The first requirement `NewRequirement` rejects, or an operator other than `In`, `NotIn`,
    /// `Exists`, `DoesNotExist`.
    ///
    /// ```
    /// use kube_primitives::api::core::{LabelSelector, LabelSelectorRequirement};
    /// use kube_primitives::selector::Selector;
    ///
    /// assert!(Selector::from_label_selector(None).unwrap().is_nothing());
    /// assert!(Selector::from_label_selector(Some(&LabelSelector::default())).unwrap().is_empty());
    /// let mut ls = LabelSelector::from_match_labels([("app", "web")]);
    /// ls.match_expressions.push(LabelSelectorRequirement::new("tier", "In", ["b", "a", "b"]));
    /// assert_eq!(Selector::from_label_selector(Some(&ls)).unwrap().to_string(), "app=web,tier in (a,b,b)");
    /// ls.match_expressions.push(LabelSelectorRequirement::new("n", "Gt", ["1"]));
    /// assert_eq!(Selector::from_label_selector(Some(&ls)).unwrap_err().to_string(), r#""Gt" is not a valid label selector operator"#);
    /// ```
    #[doc(alias = "LabelSelectorAsSelector")]
    pub fn from_label_selector(
        selector: Option<&LabelSelector>,
    ) -> Result<Selector, LabelSelectorError> {
        let Some(ls) = selector else {
            return Ok(Selector::nothing());
        };
        if ls.match_labels.is_empty() && ls.match_expressions.is_empty() {
            return Ok(Selector::everything());
        }
        let mut reqs = Vec::with_capacity(ls.match_labels.len() + ls.match_expressions.len());
        for (k, v) in &ls.match_labels {
            reqs.push(
                Requirement::new(k, Operator::Equals, [v.as_str()])
                    .map_err(LabelSelectorError::Invalid)?,
            );
        }
        for expr in &ls.match_expressions {
            let op = label_selector_operator(&expr.operator)
                .ok_or_else(|| LabelSelectorError::UnknownOperator(expr.operator.clone()))?;
            let values = expr.values.iter().map(String::as_str);
            reqs.push(
                Requirement::new(&expr.key, op, values).map_err(LabelSelectorError::Invalid)?,
            );
        }
        Ok(Selector::from_requirements(reqs))
    }

    /// What [`Selector::from_label_selector`] then [`Selector::is_empty`] and
    /// [`Selector::matches`] give, `(empty, matches)`, without building the selector (so without
    /// allocating): `None` when the selector does not convert. Validation asks this of every
    /// workload's template.
    pub(crate) fn label_selector_matches(
        selector: Option<&LabelSelector>,
        labels: &(impl Labels + ?Sized),
    ) -> Option<(bool, bool)> {
        let Some(ls) = selector else {
            // `Nothing()`: not empty, matches nothing.
            return Some((false, false));
        };
        let mut matched = true;
        for (k, v) in &ls.match_labels {
            let value = [v.as_str()];
            if !check(k, Operator::Equals, &value, true, &Path::none()).is_empty() {
                return None;
            }
            matched &= matches_value(Operator::Equals, value, labels.label(k));
        }
        for expr in &ls.match_expressions {
            let op = label_selector_operator(&expr.operator)?;
            let values: SmallVec<[&str; 8]> = expr.values.iter().map(String::as_str).collect();
            if !check(&expr.key, op, &values, true, &Path::none()).is_empty() {
                return None;
            }
            matched &= matches_value(op, values.iter().copied(), labels.label(&expr.key));
        }
        let empty = ls.match_labels.is_empty() && ls.match_expressions.is_empty();
        Some((empty, matched))
    }

    /// The structured form of a selector string: Go's `ParseToLabelSelector`. `=` and `==` go
    /// to `matchLabels`, the other operators to `matchExpressions` in the parsed order.
    ///
    /// # Errors
    ///
    /// The string does not parse, or uses `!=`, `>` or `<`, which a `LabelSelector` cannot hold.
    ///
    /// ```
    /// use kube_primitives::selector::Selector;
    ///
    /// let ls = Selector::parse_to_label_selector("app=web,tier in (a,b)").unwrap();
    /// assert_eq!(ls.match_labels["app"], "web");
    /// assert_eq!(ls.match_expressions[0].operator, "In");
    /// assert_eq!(
    ///     Selector::parse_to_label_selector("a!=b").unwrap_err().to_string(),
    ///     r#""!=" is not a valid label selector operator"#
    /// );
    /// ```
    #[doc(alias = "ParseToLabelSelector")]
    pub fn parse_to_label_selector(s: &str) -> Result<LabelSelector, ToLabelSelectorError> {
        let parsed = Selector::parse(s).map_err(|error| ToLabelSelectorError::Parse {
            input: s.into(),
            error,
        })?;
        let mut out = LabelSelector::default();
        for r in parsed.requirements().into_iter().flatten() {
            let op = match r.operator() {
                Operator::Equals | Operator::DoubleEquals => {
                    out.match_labels
                        .insert(r.key().into(), r.values().next().unwrap_or_default().into());
                    continue;
                }
                Operator::In => "In",
                Operator::NotIn => "NotIn",
                Operator::Exists => "Exists",
                Operator::DoesNotExist => "DoesNotExist",
                op @ (Operator::GreaterThan | Operator::LessThan) => {
                    return Err(ToLabelSelectorError::Unsupported(op))
                }
                op => return Err(ToLabelSelectorError::NotValid(op)),
            };
            out.match_expressions
                .push(LabelSelectorRequirement::new(r.key(), op, r.values()));
        }
        Ok(out)
    }
}

impl LabelSet {
    /// A `LabelSelector` with these labels as `matchLabels`: Go's `SetAsLabelSelector`.
    #[doc(alias = "SetAsLabelSelector")]
    pub fn as_label_selector(&self) -> LabelSelector {
        LabelSelector::from_match_labels(self.iter())
    }
}

/// Go's `FormatLabelSelector`: the selector string, `<none>` when empty, `<error>` when it does
/// not convert.
///
/// ```
/// use kube_primitives::api::core::LabelSelector;
/// use kube_primitives::selector::format_label_selector;
///
/// assert_eq!(format_label_selector(Some(&LabelSelector::from_match_labels([("app", "web")]))), "app=web");
/// assert_eq!(format_label_selector(Some(&LabelSelector::default())), "<none>");
/// assert_eq!(format_label_selector(Some(&LabelSelector::from_match_labels([("app", "-")]))), "<error>");
/// ```
#[doc(alias = "FormatLabelSelector")]
pub fn format_label_selector(selector: Option<&LabelSelector>) -> String {
    match Selector::from_label_selector(selector) {
        Err(_) => String::from("<error>"),
        Ok(s) => {
            let mut out = String::new();
            let _ = write!(out, "{s}");
            if out.is_empty() {
                out.push_str("<none>");
            }
            out
        }
    }
}

/// Options of [`validate_label_selector`]: Go's `LabelSelectorValidationOptions`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct LabelSelectorValidationOptions {
    /// Skip the label-value check of `matchExpressions` values.
    pub allow_invalid_label_value: bool,
    /// Accept operators other than `In`, `NotIn`, `Exists`, `DoesNotExist`.
    pub allow_unknown_operator: bool,
}

/// Go's `ValidateLabelSelector`: `matchLabels` as labels; each expression's operator, values
/// (required for `In`/`NotIn`, forbidden for `Exists`/`DoesNotExist`) and key.
///
/// ```
/// use kube_primitives::api::core::{LabelSelector, LabelSelectorRequirement};
/// use kube_primitives::meta::field::Path;
/// use kube_primitives::selector::{validate_label_selector, LabelSelectorValidationOptions};
///
/// let mut ls = LabelSelector::default();
/// ls.match_expressions.push(LabelSelectorRequirement::new("tier", "In", Vec::<String>::new()));
/// let errs = validate_label_selector(Some(&ls), LabelSelectorValidationOptions::default(), &Path::new("spec").child("selector"));
/// assert_eq!(errs.to_string(), "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'");
/// ```
#[doc(alias = "ValidateLabelSelector")]
pub fn validate_label_selector(
    selector: Option<&LabelSelector>,
    opts: LabelSelectorValidationOptions,
    path: &Path,
) -> ErrorList {
    let mut errs = ErrorList::new();
    let Some(ls) = selector else { return errs };
    errs.append(validate_labels(
        &ls.match_labels,
        &path.child("matchLabels"),
    ));
    for (i, expr) in ls.match_expressions.iter().enumerate() {
        errs.append(validate_requirement(
            expr,
            opts,
            &path.child("matchExpressions").index(i),
        ));
    }
    errs
}

/// Go's `ValidateLabelSelectorRequirement`.
#[doc(alias = "ValidateLabelSelectorRequirement")]
pub fn validate_requirement(
    r: &LabelSelectorRequirement,
    opts: LabelSelectorValidationOptions,
    path: &Path,
) -> ErrorList {
    let mut errs = ErrorList::new();
    match r.operator.as_str() {
        "In" | "NotIn" if r.values.is_empty() => errs.push(Error::required(
            &path.child("values"),
            "must be specified when `operator` is 'In' or 'NotIn'",
        )),
        "Exists" | "DoesNotExist" if !r.values.is_empty() => errs.push(Error::forbidden(
            &path.child("values"),
            "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
        )),
        "In" | "NotIn" | "Exists" | "DoesNotExist" => {}
        // `LabelSelectorOperator` is a named string type: upstream prints it as JSON.
        other if !opts.allow_unknown_operator => errs.push(Error::invalid(
            &path.child("operator"),
            Json::String(other.into()),
            "not a valid selector operator",
        )),
        _ => {}
    }
    errs.append(crate::meta::validate_label_name(&r.key, &path.child("key")));
    if !opts.allow_invalid_label_value {
        for (i, v) in r.values.iter().enumerate() {
            for violation in label_value(v) {
                errs.push(Error::invalid(
                    &path.child("values").index(i),
                    v.as_str(),
                    violation,
                ));
            }
        }
    }
    errs
}

/// Go's `LabelSelectorHasInvalidLabelValue`: whether an expression value is not a label value.
#[doc(alias = "LabelSelectorHasInvalidLabelValue")]
pub fn label_selector_has_invalid_label_value(selector: Option<&LabelSelector>) -> bool {
    selector.is_some_and(|ls| {
        ls.match_expressions
            .iter()
            .any(|e| e.values.iter().any(|v| !label_value(v).is_valid()))
    })
}

/// The operators a `metav1.LabelSelectorRequirement` may hold (`LabelSelectorAsSelector`).
fn label_selector_operator(operator: &str) -> Option<Operator> {
    Some(match operator {
        "In" => Operator::In,
        "NotIn" => Operator::NotIn,
        "Exists" => Operator::Exists,
        "DoesNotExist" => Operator::DoesNotExist,
        _ => return None,
    })
}
