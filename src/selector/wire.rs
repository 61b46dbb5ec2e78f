//! Label and field selectors on the wire are strings (`ListOptions.labelSelector`, a CRD field
//! holding `app=web,tier!=db`): they serialize as their canonical text and deserialize by
//! parsing, with the parser's message on bad input.

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

use super::{FieldSelector, Selector};

/// Reads a string and parses it with `T`'s `FromStr`.
struct Parsed<T>(PhantomData<T>, &'static str);

impl<T: FromStr> Visitor<'_> for Parsed<T>
where
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.1)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

/// The canonical text (`Selector::to_string`).
impl Serialize for Selector {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Parses a label-selector string, as `labels.Parse` does.
///
/// ```
/// use kube_primitives::selector::Selector;
///
/// let s: Selector = serde_json::from_str(r#""tier in (web,api), app=shop""#).unwrap();
/// assert_eq!(serde_json::to_string(&s).unwrap(), r#""app=shop,tier in (api,web)""#);
/// let err = serde_json::from_str::<Selector>(r#""a=(""#).unwrap_err();
/// assert!(err.to_string().starts_with("unable to parse requirement"));
/// ```
impl<'de> Deserialize<'de> for Selector {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(Parsed(PhantomData, "a label selector string"))
    }
}

/// The canonical text (`FieldSelector::to_string`).
impl Serialize for FieldSelector {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Parses a field-selector string, as `fields.ParseSelector` does.
///
/// ```
/// use kube_primitives::selector::FieldSelector;
///
/// let s: FieldSelector = serde_json::from_str(r#""status.phase!=Failed,metadata.name==web""#).unwrap();
/// assert_eq!(serde_json::to_string(&s).unwrap(), r#""metadata.name=web,status.phase!=Failed""#);
/// ```
impl<'de> Deserialize<'de> for FieldSelector {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(Parsed(PhantomData, "a field selector string"))
    }
}
