//! The offending value of a field error, printed as Go prints it.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::text::{write_go_quoted, write_json_string};

/// The bad value a [`super::Error`] carries.
///
/// Go's `field.Error.ErrorBody` prints a plain Go `string` with `%q`, integers and booleans with
/// `%v`, and every other value as JSON (`json.Marshal`): named string types such as `types.UID`
/// and `ManagedFieldsOperationType`, timestamps, slices, structs and nil pointers (`null`). The
/// variants keep that distinction, so `"a<b"` prints as `"a<b"` while `Json(String("a<b"))` prints
/// as `"a\u003cb"`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum BadValue {
    /// No value is printed (`Required`, `Forbidden`, `TooLong`, `Internal`, or Go's `omitValue`).
    Omitted,
    /// A Go `string`: printed with `%q`.
    String(String),
    /// A Go integer: printed in decimal.
    Int(i64),
    /// A Go `bool`.
    Bool(bool),
    /// Any other Go value: printed as `encoding/json` marshals it.
    Json(Json),
}

impl From<&str> for BadValue {
    fn from(s: &str) -> Self {
        BadValue::String(String::from(s))
    }
}

impl From<String> for BadValue {
    fn from(s: String) -> Self {
        BadValue::String(s)
    }
}

impl From<i64> for BadValue {
    fn from(v: i64) -> Self {
        BadValue::Int(v)
    }
}

impl From<bool> for BadValue {
    fn from(v: bool) -> Self {
        BadValue::Bool(v)
    }
}

impl From<Json> for BadValue {
    fn from(v: Json) -> Self {
        BadValue::Json(v)
    }
}

impl fmt::Display for BadValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BadValue::Omitted => Ok(()),
            BadValue::String(s) => write_go_quoted(f, s),
            BadValue::Int(v) => write!(f, "{v}"),
            BadValue::Bool(v) => write!(f, "{v}"),
            BadValue::Json(v) => v.fmt(f),
        }
    }
}

/// A JSON value, printed compactly as Go's `json.Marshal` prints it (object members in the order
/// given, which callers keep as Go's struct field order or sorted map keys).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A string, escaped as `encoding/json` does (`<` as `\u003c`).
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object.
    Object(Vec<(String, Json)>),
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(v) => write!(f, "{v}"),
            Json::Int(v) => write!(f, "{v}"),
            Json::String(s) => write_json_string(f, s),
            Json::Array(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    item.fmt(f)?;
                }
                f.write_str("]")
            }
            Json::Object(members) => {
                f.write_str("{")?;
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write_json_string(f, key)?;
                    f.write_str(":")?;
                    value.fmt(f)?;
                }
                f.write_str("}")
            }
        }
    }
}

impl From<&[String]> for Json {
    fn from(items: &[String]) -> Self {
        Json::Array(items.iter().map(|s| Json::String(s.clone())).collect())
    }
}

impl<T: Into<Json>> From<Option<T>> for Json {
    fn from(v: Option<T>) -> Self {
        v.map_or(Json::Null, Into::into)
    }
}

impl From<i64> for Json {
    fn from(v: i64) -> Self {
        Json::Int(v)
    }
}
