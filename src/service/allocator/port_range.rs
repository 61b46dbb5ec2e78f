//! `net.PortRange`
//! ([`k8s.io/apimachinery/pkg/util/net/port_range.go`](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/util/net/port_range.go),
//! v0.36.3).

use alloc::string::String;
use core::fmt;
use core::str::FromStr;

use crate::text::{go_atoi, write_go_quoted, AtoiError};

/// A range of ports such as the NodePort range `30000-32767`; empty when its size is 0. Go's
/// `PortRange`.
///
/// Parsed from `port`, `min-max` or `min+offset` (white space around is trimmed), inclusive at
/// both ends; printed as `min-max` (or `""` when empty).
///
/// ```
/// use kube_primitives::service::PortRange;
///
/// let r: PortRange = "30000-32767".parse().unwrap();
/// assert_eq!((r.base(), r.size()), (30000, 2768));
/// assert!(r.contains(31000));
/// assert_eq!("8080+9".parse::<PortRange>().unwrap().to_string(), "8080-8089");
/// assert_eq!(
///     "1-x".parse::<PortRange>().unwrap_err().to_string(),
///     r#"strconv.Atoi: parsing "x": invalid syntax"#
/// );
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PortRange {
    base: u32,
    size: u32,
}

/// Why a port range does not parse; `Display` is upstream's text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PortRangeError {
    /// A number that Go's `strconv.Atoi` rejects.
    Number {
        /// The text given to `Atoi`.
        text: String,
        /// `true` for `value out of range`, `false` for `invalid syntax`.
        out_of_range: bool,
    },
    /// Both `-` and `+`: `unable to parse port range: …`.
    Unparsable(String),
    /// `the port range cannot be greater than 65535: …`.
    TooHigh(String),
    /// `end port cannot be less than start port: …`.
    Reversed(String),
}

impl fmt::Display for PortRangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PortRangeError::Number { text, out_of_range } => {
                f.write_str("strconv.Atoi: parsing ")?;
                write_go_quoted(f, text)?;
                let kind = if *out_of_range {
                    AtoiError::Range
                } else {
                    AtoiError::Syntax
                };
                write!(f, ": {}", kind.text())
            }
            PortRangeError::Unparsable(v) => write!(f, "unable to parse port range: {v}"),
            PortRangeError::TooHigh(v) => {
                write!(f, "the port range cannot be greater than 65535: {v}")
            }
            PortRangeError::Reversed(v) => {
                write!(f, "end port cannot be less than start port: {v}")
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for PortRangeError {}

fn atoi(text: &str) -> Result<i64, PortRangeError> {
    go_atoi(text).map_err(|e| PortRangeError::Number {
        text: text.into(),
        out_of_range: e == AtoiError::Range,
    })
}

impl PortRange {
    /// The first port.
    pub fn base(&self) -> u32 {
        self.base
    }

    /// How many ports (0 for the empty range).
    pub fn size(&self) -> u32 {
        self.size
    }

    /// Whether `port` is in the range. Go's `Contains`.
    #[doc(alias = "Contains")]
    pub fn contains(&self, port: i64) -> bool {
        port >= i64::from(self.base) && port - i64::from(self.base) < i64::from(self.size)
    }

    /// Go's `ParsePortRange`.
    ///
    /// # Errors
    ///
    /// A number `Atoi` rejects, both `-` and `+`, a port above 65535, or an end before the start.
    #[doc(alias = "ParsePortRange")]
    pub fn parse(value: &str) -> Result<PortRange, PortRangeError> {
        let value = value.trim();
        if value.is_empty() {
            return Ok(PortRange::default());
        }
        let (low, high) = match (value.find('-'), value.find('+')) {
            (None, None) => {
                let port = atoi(value)?;
                (port, port)
            }
            (Some(h), None) => (
                atoi(value.get(..h).unwrap_or_default())?,
                atoi(value.get(h + 1..).unwrap_or_default())?,
            ),
            (None, Some(p)) => {
                let low = atoi(value.get(..p).unwrap_or_default())?;
                // Go's int addition wraps.
                (
                    low,
                    low.wrapping_add(atoi(value.get(p + 1..).unwrap_or_default())?),
                )
            }
            (Some(_), Some(_)) => return Err(PortRangeError::Unparsable(value.into())),
        };
        if low > 65535 || high > 65535 {
            return Err(PortRangeError::TooHigh(value.into()));
        }
        if high < low {
            return Err(PortRangeError::Reversed(value.into()));
        }
        // Both ends are within 0..=65535 here (a negative end is below its start).
        let base = u32::try_from(low).map_err(|_| PortRangeError::Reversed(value.into()))?;
        let top = u32::try_from(high).map_err(|_| PortRangeError::Reversed(value.into()))?;
        Ok(PortRange {
            base,
            size: top - base + 1,
        })
    }
}

impl FromStr for PortRange {
    type Err = PortRangeError;

    fn from_str(s: &str) -> Result<PortRange, PortRangeError> {
        PortRange::parse(s)
    }
}

impl fmt::Display for PortRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.size == 0 {
            return Ok(());
        }
        write!(f, "{}-{}", self.base, self.base + self.size - 1)
    }
}
