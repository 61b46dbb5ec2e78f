//! `intstr.IntOrString`: a count or a percentage (`k8s.io/apimachinery/pkg/util/intstr`).

use alloc::string::String;
use core::fmt;

use serde::{Deserialize, Serialize};

use crate::text::{go_atoi, write_go_quoted, AtoiError};

/// An integer or a string (a percentage such as `25%` where the API expects one); serialized
/// as a JSON number or string.
///
/// ```
/// use kube_primitives::api::IntOrString;
///
/// let surge: IntOrString = serde_json::from_str(r#""25%""#).unwrap();
/// assert_eq!(surge.scaled_value(10, true).unwrap(), 3);
/// assert_eq!(surge.scaled_value(10, false).unwrap(), 2);
/// assert_eq!(IntOrString::Int(4).scaled_value(10, true).unwrap(), 4);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum IntOrString {
    /// A number.
    Int(i32),
    /// A string.
    String(String),
}

/// Why an `IntOrString` has no scaled value; `Display` is upstream's text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum IntOrStringError {
    /// `nil value for IntOrString`: the field is unset where a value is needed.
    Nil,
    /// A string without `%`.
    NotPercent,
    /// A percentage whose number Go's `Atoi` rejects.
    InvalidNumber {
        /// The whole string.
        value: String,
        /// Whether the number is out of range (else its syntax is wrong).
        out_of_range: bool,
    },
}

impl fmt::Display for IntOrStringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IntOrStringError::Nil => f.write_str("nil value for IntOrString"),
            IntOrStringError::NotPercent => f.write_str(
                "invalid value for IntOrString: invalid type: string is not a percentage",
            ),
            IntOrStringError::InvalidNumber {
                value,
                out_of_range,
            } => {
                f.write_str("invalid value for IntOrString: invalid value ")?;
                write_go_quoted(f, value)?;
                f.write_str(": strconv.Atoi: parsing ")?;
                write_go_quoted(f, value.strip_suffix('%').unwrap_or(value))?;
                let kind = if *out_of_range {
                    AtoiError::Range
                } else {
                    AtoiError::Syntax
                };
                write!(f, ": {}", kind.text())
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for IntOrStringError {}

/// Go's conversion of a float64 to int on amd64: NaN and out-of-range values give the
/// "integer indefinite" value, `i64::MIN`.
#[expect(
    clippy::cast_possible_truncation,
    reason = "in range, checked first; `as` truncates toward zero as Go's conversion does"
)]
fn go_float_to_int(f: f64) -> i64 {
    // NaN is in no range.
    if !(-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

/// `math.Ceil` (`up`) or `math.Floor` of a finite value, without std: values of 2^52 and more
/// are integers already; below that, truncation through `i64` is exact.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_precision_loss,
    reason = "|x| < 2^52, so the integer part fits an i64 and converts back exactly"
)]
fn round(x: f64, up: bool) -> f64 {
    if !(-4_503_599_627_370_496.0..4_503_599_627_370_496.0).contains(&x) {
        return x;
    }
    let t = x as i64 as f64;
    match (up, t < x, t > x) {
        (true, true, _) => t + 1.0,
        (false, _, true) => t - 1.0,
        _ => t,
    }
}

impl IntOrString {
    /// Go's `GetScaledValueFromIntOrPercent`: an integer as it is; a percentage of `total`,
    /// computed in `float64` and rounded up or down.
    ///
    /// # Errors
    ///
    /// A string without `%`, or a percentage whose number does not parse.
    pub fn scaled_value(&self, total: i64, round_up: bool) -> Result<i64, IntOrStringError> {
        match self {
            IntOrString::Int(i) => Ok(i64::from(*i)),
            IntOrString::String(s) => {
                let Some(number) = s.strip_suffix('%') else {
                    return Err(IntOrStringError::NotPercent);
                };
                let value = go_atoi(number).map_err(|e| IntOrStringError::InvalidNumber {
                    value: s.clone(),
                    out_of_range: e == AtoiError::Range,
                })?;
                #[expect(
                    clippy::cast_precision_loss,
                    reason = "upstream computes the percentage in float64"
                )]
                let scaled = value as f64 * total as f64 / 100.0;
                Ok(go_float_to_int(round(scaled, round_up)))
            }
        }
    }
}
