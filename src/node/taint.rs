//! Taint and toleration matching. Go's `Toleration.ToleratesTaint`
//! ([`k8s.io/api/core/v1/toleration.go`](https://github.com/kubernetes/api/blob/v0.36.3/core/v1/toleration.go))
//! and the helpers of
//! [`k8s.io/component-helpers/scheduling/corev1/helpers.go`](https://github.com/kubernetes/component-helpers/blob/v0.36.3/scheduling/corev1/helpers.go),
//! both v0.36.3.

use crate::api::core::toleration_operator;
use crate::api::core::{Taint, Toleration};
use crate::text::parse_go_int;

/// Feature gates that change toleration matching.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct TaintFeatures {
    /// `TaintTolerationComparisonOperators` (off by default in 1.36): `Lt`/`Gt` tolerations
    /// compare integer values.
    pub comparison_operators: bool,
}

impl TaintFeatures {
    /// With the comparison operators on.
    pub fn with_comparison_operators() -> TaintFeatures {
        TaintFeatures {
            comparison_operators: true,
        }
    }
}

/// `content.IsDecimalInteger`: `0`, or an optional `-` and digits without a leading zero.
fn is_decimal_integer(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    match digits.as_bytes() {
        [] => false,
        [b'0'] => digits.len() == s.len(),
        [first, rest @ ..] => (b'1'..=b'9').contains(first) && rest.iter().all(u8::is_ascii_digit),
    }
}

/// Both values strict decimal integers within `i64`, compared taint against toleration.
fn compare(toleration: &str, taint: &str, less: bool) -> bool {
    let parse = |s: &str| {
        if is_decimal_integer(s) {
            parse_go_int(s)
        } else {
            None
        }
    };
    match (parse(toleration), parse(taint)) {
        (Some(t), Some(n)) if less => n < t,
        (Some(t), Some(n)) => n > t,
        _ => false,
    }
}

/// Whether `toleration` tolerates `taint`: an empty effect matches every effect, an empty key every
/// key; `Equal` (or no operator) compares values, `Exists` matches any value; `Lt`/`Gt` (with the
/// feature) need the taint's value below/above the toleration's, both strict decimal integers. Any
/// other operator matches nothing. Go's `Toleration.ToleratesTaint`.
///
/// ```
/// use kube_primitives::api::core::{Taint, Toleration};
/// use kube_primitives::node::{tolerates, TaintFeatures};
///
/// let taint = Taint::new("gpu-count", "4", "NoSchedule");
/// let lt = Toleration::new("gpu-count", "Lt", "8", "NoSchedule");
/// assert!(!tolerates(&lt, &taint, TaintFeatures::default()));
/// assert!(tolerates(&lt, &taint, TaintFeatures::with_comparison_operators()));
/// ```
#[doc(alias = "ToleratesTaint")]
pub fn tolerates(toleration: &Toleration, taint: &Taint, features: TaintFeatures) -> bool {
    if !toleration.effect.is_empty() && toleration.effect != taint.effect {
        return false;
    }
    if !toleration.key.is_empty() && toleration.key != taint.key {
        return false;
    }
    match toleration.operator.as_str() {
        "" | toleration_operator::EQUAL => toleration.value == taint.value,
        toleration_operator::EXISTS => true,
        op @ (toleration_operator::LT | toleration_operator::GT)
            if features.comparison_operators =>
        {
            compare(
                &toleration.value,
                &taint.value,
                op == toleration_operator::LT,
            )
        }
        _ => false,
    }
}

/// `TolerationsTolerateTaint`: whether any toleration tolerates `taint`.
#[doc(alias = "TolerationsTolerateTaint")]
pub fn tolerations_tolerate_taint(
    tolerations: &[Toleration],
    taint: &Taint,
    features: TaintFeatures,
) -> bool {
    tolerations.iter().any(|t| tolerates(t, taint, features))
}

/// `FindMatchingUntoleratedTaint`: the first taint the filter keeps that no toleration
/// tolerates.
#[doc(alias = "FindMatchingUntoleratedTaint")]
pub fn find_untolerated_taint<'a>(
    taints: &'a [Taint],
    tolerations: &[Toleration],
    filter: impl Fn(&Taint) -> bool,
    features: TaintFeatures,
) -> Option<&'a Taint> {
    taints
        .iter()
        .filter(|t| filter(t))
        .find(|t| !tolerations_tolerate_taint(tolerations, t, features))
}
