//! The scalar types: `Quantity`, `IntOrString`, `Time`, `MicroTime`.

use alloc::string::ToString;

use k8s_openapi::apimachinery::pkg::api::resource::Quantity as K8sQuantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{MicroTime as K8sMicroTime, Time as K8sTime};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString as K8sIntOrString;
use k8s_openapi::jiff::Timestamp;

use crate::api::core::{MicroTime, Time};
use crate::api::{IntOrString, Quantity, QuantityError};
use crate::interop::ConversionError;

/// Parses k8s-openapi's quantity string as `Quantity.UnmarshalJSON` reads it (surrounding
/// whitespace ignored, as this crate's serde does).
fn parse(q: &K8sQuantity) -> Result<Quantity, QuantityError> {
    Quantity::parse(q.0.trim())
}

/// A k8s-openapi quantity as ours; the error carries the string, at an empty path.
pub(super) fn parse_quantity(q: K8sQuantity) -> Result<Quantity, ConversionError> {
    parse(&q).map_err(|error| ConversionError::Quantity {
        path: alloc::string::String::new(),
        value: q.0,
        error,
    })
}

/// Parses the string k8s-openapi holds.
///
/// # Errors
///
/// The string is not a quantity.
///
/// ```
/// use k8s_openapi::apimachinery::pkg::api::resource::Quantity as K8sQuantity;
/// use kube_primitives::api::Quantity;
///
/// let q = Quantity::try_from(&K8sQuantity("1500m".into())).unwrap();
/// assert_eq!(q.to_string(), "1500m");
/// assert!(Quantity::try_from(&K8sQuantity("1.5 Gi".into())).is_err());
/// ```
impl TryFrom<&K8sQuantity> for Quantity {
    type Error = QuantityError;

    fn try_from(q: &K8sQuantity) -> Result<Quantity, QuantityError> {
        parse(q)
    }
}

/// Parses the string k8s-openapi holds.
///
/// # Errors
///
/// The string is not a quantity.
impl TryFrom<K8sQuantity> for Quantity {
    type Error = QuantityError;

    fn try_from(q: K8sQuantity) -> Result<Quantity, QuantityError> {
        parse(&q)
    }
}

/// The canonical string, as Go's `Quantity.String` prints it.
impl From<Quantity> for K8sQuantity {
    fn from(q: Quantity) -> K8sQuantity {
        K8sQuantity(q.to_string())
    }
}

/// The canonical string, as Go's `Quantity.String` prints it.
impl From<&Quantity> for K8sQuantity {
    fn from(q: &Quantity) -> K8sQuantity {
        K8sQuantity(q.to_string())
    }
}

impl From<K8sIntOrString> for IntOrString {
    fn from(v: K8sIntOrString) -> IntOrString {
        match v {
            K8sIntOrString::Int(n) => IntOrString::Int(n),
            K8sIntOrString::String(s) => IntOrString::String(s),
        }
    }
}

impl From<IntOrString> for K8sIntOrString {
    fn from(v: IntOrString) -> K8sIntOrString {
        match v {
            IntOrString::Int(n) => K8sIntOrString::Int(n),
            IntOrString::String(s) => K8sIntOrString::String(s),
        }
    }
}

/// A jiff timestamp at the same instant as `t`, or jiff's nearest bound.
fn timestamp(t: Time) -> Timestamp {
    let nanos = t.unix_nanos();
    Timestamp::from_nanosecond(nanos).unwrap_or(if nanos < 0 {
        Timestamp::MIN
    } else {
        Timestamp::MAX
    })
}

/// The same instant, to the nanosecond.
///
/// ```
/// use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time as K8sTime;
/// use kube_primitives::api::core::Time;
///
/// let t: Time = "2026-01-01T00:00:00Z".parse().unwrap();
/// let k = K8sTime::from(t);
/// assert_eq!(k.0.as_second(), 1_767_225_600);
/// assert_eq!(Time::from(k), t);
/// ```
impl From<K8sTime> for Time {
    fn from(t: K8sTime) -> Time {
        Time::from_unix_nanos(t.0.as_nanosecond())
    }
}

/// The same instant; outside jiff's range (years −9999 to 9999, ending on 9999-12-30 UTC) the
/// nearest bound.
impl From<Time> for K8sTime {
    fn from(t: Time) -> K8sTime {
        K8sTime(timestamp(t))
    }
}

impl From<K8sMicroTime> for MicroTime {
    fn from(t: K8sMicroTime) -> MicroTime {
        MicroTime(Time::from_unix_nanos(t.0.as_nanosecond()))
    }
}

/// The same instant; outside jiff's range the nearest bound.
impl From<MicroTime> for K8sMicroTime {
    fn from(t: MicroTime) -> K8sMicroTime {
        K8sMicroTime(timestamp(t.0))
    }
}

/// Go's zero time (`0001-01-01T00:00:00Z`), which stands for "unset" in a required time field.
fn go_zero_time() -> Time {
    Time::from_unix_nanos(-62_135_596_800_000_000_000)
}

/// An unset time as Go's zero time, for k8s-openapi's required time fields.
pub(super) fn time_or_zero(t: Option<Time>) -> K8sTime {
    t.unwrap_or_else(go_zero_time).into()
}

/// Go's zero time in a required k8s-openapi time field as unset.
pub(super) fn zero_as_none(t: K8sTime) -> Option<Time> {
    Some(Time::from(t)).filter(|t| *t != go_zero_time())
}
