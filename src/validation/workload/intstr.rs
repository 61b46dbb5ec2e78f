//! The int-or-percent rules shared by the rollout strategies and the disruption budget
//! ([apps validation](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/validation/validation.go)).

use super::json;
use crate::api::IntOrString;
use crate::meta::field::{Error, ErrorList, Path};
use crate::meta::validate::percent;
use crate::meta::validate_nonnegative;

/// Go's `ValidatePositiveIntOrPercent`: a non-negative number or a valid percentage.
#[doc(alias = "ValidatePositiveIntOrPercent")]
#[must_use]
pub fn validate_positive_int_or_percent(value: &IntOrString, path: &Path) -> ErrorList {
    match value {
        IntOrString::String(s) => percent(s)
            .iter()
            .map(|msg| Error::invalid(path, json::int_or_string(value), msg))
            .collect(),
        IntOrString::Int(i) => validate_nonnegative(i64::from(*i), path),
    }
}

/// Go's `getPercentValue`: the number of a valid percentage.
fn percent_value(value: &IntOrString) -> Option<i64> {
    let IntOrString::String(s) = value else {
        return None;
    };
    if !percent(s).is_valid() {
        return None;
    }
    // Digits only: Go's `Atoi` saturates (and the error is ignored) on overflow.
    let digits = s.get(..s.len() - 1)?;
    Some(digits.bytes().fold(0i64, |acc, b| {
        acc.saturating_mul(10).saturating_add(i64::from(b - b'0'))
    }))
}

/// Go's `getIntOrPercentValue`: a percentage's number, else `IntValue()` (a string that is
/// no number counts as 0).
pub(crate) fn int_or_percent_value(value: &IntOrString) -> i64 {
    if let Some(v) = percent_value(value) {
        return v;
    }
    match value {
        IntOrString::Int(i) => i64::from(*i),
        IntOrString::String(s) => crate::text::go_atoi(s).unwrap_or(0),
    }
}

/// Go's `IsNotMoreThan100Percent`.
#[doc(alias = "IsNotMoreThan100Percent")]
#[must_use]
pub fn is_not_more_than_100_percent(value: &IntOrString, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    if percent_value(value).is_some_and(|v| v > 100) {
        errs.push(Error::invalid(
            path,
            json::int_or_string(value),
            "must not be greater than 100%",
        ));
    }
    errs
}
