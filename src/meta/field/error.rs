//! Field errors and error lists: Go's `field.Error` and `field.ErrorList`.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use super::{AsPath, BadValue, Path};

/// Why a field is invalid: Go's `field.ErrorType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorType {
    /// `Not found` (`FieldValueNotFound`).
    NotFound,
    /// `Required value` (`FieldValueRequired`).
    Required,
    /// `Duplicate value` (`FieldValueDuplicate`).
    Duplicate,
    /// `Invalid value` (`FieldValueInvalid`).
    Invalid,
    /// `Unsupported value` (`FieldValueNotSupported`).
    NotSupported,
    /// `Forbidden` (`FieldValueForbidden`).
    Forbidden,
    /// `Too long` (`FieldValueTooLong`).
    TooLong,
    /// `Too many` (`FieldValueTooMany`).
    TooMany,
    /// `Too few` (`FieldValueTooFew`).
    TooFew,
    /// `Too short` (`FieldValueTooShort`).
    TooShort,
    /// `Internal error` (`InternalError`).
    Internal,
    /// `Invalid value` (`FieldValueTypeInvalid`): the value does not match the schema's type.
    TypeInvalid,
}

impl ErrorType {
    /// The machine-readable cause: `FieldValueInvalid`, …
    pub const fn cause(self) -> &'static str {
        match self {
            ErrorType::NotFound => "FieldValueNotFound",
            ErrorType::Required => "FieldValueRequired",
            ErrorType::Duplicate => "FieldValueDuplicate",
            ErrorType::Invalid => "FieldValueInvalid",
            ErrorType::NotSupported => "FieldValueNotSupported",
            ErrorType::Forbidden => "FieldValueForbidden",
            ErrorType::TooLong => "FieldValueTooLong",
            ErrorType::TooMany => "FieldValueTooMany",
            ErrorType::TooFew => "FieldValueTooFew",
            ErrorType::TooShort => "FieldValueTooShort",
            ErrorType::Internal => "InternalError",
            ErrorType::TypeInvalid => "FieldValueTypeInvalid",
        }
    }

    /// Whether `Error()` prints the bad value for this type.
    const fn shows_value(self) -> bool {
        !matches!(
            self,
            ErrorType::Required
                | ErrorType::Forbidden
                | ErrorType::TooLong
                | ErrorType::TooShort
                | ErrorType::Internal
        )
    }
}

impl fmt::Display for ErrorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorType::NotFound => "Not found",
            ErrorType::Required => "Required value",
            ErrorType::Duplicate => "Duplicate value",
            ErrorType::Invalid | ErrorType::TypeInvalid => "Invalid value",
            ErrorType::NotSupported => "Unsupported value",
            ErrorType::Forbidden => "Forbidden",
            ErrorType::TooLong => "Too long",
            ErrorType::TooMany => "Too many",
            ErrorType::TooFew => "Too few",
            ErrorType::TooShort => "Too short",
            ErrorType::Internal => "Internal error",
        })
    }
}

/// One invalid field: Go's `field.Error`. `Display` is Go's `Error()`:
/// `metadata.name: Invalid value: "My_Name": a lowercase RFC 1123 …`.
///
/// ```
/// use kube_primitives::meta::field::{Error, Path};
///
/// let e = Error::invalid(&Path::new("metadata").child("generation"), -1i64, "must be greater than or equal to 0");
/// assert_eq!(e.to_string(), "metadata.generation: Invalid value: -1: must be greater than or equal to 0");
/// let e = Error::required(&Path::new("metadata").child("namespace"), "");
/// assert_eq!(e.to_string(), "metadata.namespace: Required value");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    /// Why the field is invalid.
    pub kind: ErrorType,
    /// Which field.
    pub field: Path,
    /// The offending value (not printed for every kind).
    pub bad_value: BadValue,
    /// The explanation; may be empty.
    pub detail: String,
}

impl Error {
    fn new(
        kind: ErrorType,
        field: &impl AsPath,
        bad_value: BadValue,
        detail: impl Into<String>,
    ) -> Error {
        Error {
            kind,
            field: field.render(),
            bad_value,
            detail: detail.into(),
        }
    }

    /// Go's `field.Invalid`.
    #[doc(alias = "Invalid")]
    pub fn invalid(
        field: &impl AsPath,
        value: impl Into<BadValue>,
        detail: impl fmt::Display,
    ) -> Error {
        Error::new(ErrorType::Invalid, field, value.into(), detail.to_string())
    }

    /// Go's `field.Required`.
    #[doc(alias = "Required")]
    pub fn required(field: &impl AsPath, detail: impl Into<String>) -> Error {
        Error::new(ErrorType::Required, field, BadValue::Omitted, detail)
    }

    /// Go's `field.Forbidden`.
    #[doc(alias = "Forbidden")]
    pub fn forbidden(field: &impl AsPath, detail: impl Into<String>) -> Error {
        Error::new(ErrorType::Forbidden, field, BadValue::Omitted, detail)
    }

    /// Go's `field.Duplicate`.
    #[doc(alias = "Duplicate")]
    pub fn duplicate(field: &impl AsPath, value: impl Into<BadValue>) -> Error {
        Error::new(ErrorType::Duplicate, field, value.into(), "")
    }

    /// Go's `field.NotFound`.
    #[doc(alias = "NotFound")]
    pub fn not_found(field: &impl AsPath, value: impl Into<BadValue>) -> Error {
        Error::new(ErrorType::NotFound, field, value.into(), "")
    }

    /// Go's `field.NotSupported`: the detail lists the quoted valid values.
    #[doc(alias = "NotSupported")]
    pub fn not_supported<S: AsRef<str>>(
        field: &impl AsPath,
        value: impl Into<BadValue>,
        valid: &[S],
    ) -> Error {
        let mut detail = String::new();
        for (i, v) in valid.iter().enumerate() {
            detail.push_str(if i == 0 { "supported values: " } else { ", " });
            detail.push_str(&BadValue::from(v.as_ref()).to_string());
        }
        Error::new(ErrorType::NotSupported, field, value.into(), detail)
    }

    /// Go's `field.TooLong`: `may not be more than N bytes` (`value is too long` when `max` is
    /// `None`).
    #[doc(alias = "TooLong")]
    pub fn too_long(field: &impl AsPath, max: Option<usize>) -> Error {
        let detail = match max {
            Some(1) => String::from("may not be more than 1 byte"),
            Some(max) => alloc::format!("may not be more than {max} bytes"),
            None => String::from("value is too long"),
        };
        Error::new(ErrorType::TooLong, field, BadValue::Omitted, detail)
    }

    /// Go's `field.TooMany`: `must have at most N items`, showing the actual count when known.
    #[doc(alias = "TooMany")]
    pub fn too_many(field: &impl AsPath, actual: Option<usize>, max: Option<usize>) -> Error {
        let detail = match max {
            Some(1) => String::from("must have at most 1 item"),
            Some(max) => alloc::format!("must have at most {max} items"),
            None => String::from("has too many items"),
        };
        let value = actual.map_or(BadValue::Omitted, |n| {
            BadValue::Int(i64::try_from(n).unwrap_or(i64::MAX))
        });
        Error::new(ErrorType::TooMany, field, value, detail)
    }

    /// Go's `field.TooShort`: `must be at least N characters`.
    #[doc(alias = "TooShort")]
    pub fn too_short(field: &impl AsPath, min: Option<usize>) -> Error {
        let detail = match min {
            Some(1) => String::from("must be at least 1 character"),
            Some(min) => alloc::format!("must be at least {min} characters"),
            None => String::from("value is too short"),
        };
        Error::new(ErrorType::TooShort, field, BadValue::Omitted, detail)
    }

    /// Go's `field.InternalError`.
    #[doc(alias = "InternalError")]
    pub fn internal(field: &impl AsPath, detail: impl Into<String>) -> Error {
        Error::new(ErrorType::Internal, field, BadValue::Omitted, detail)
    }

    /// Go's `ErrorBody()`: the message without the field path.
    #[doc(alias = "ErrorBody")]
    pub fn body(&self) -> impl fmt::Display + '_ {
        Body(self)
    }
}

struct Body<'a>(&'a Error);

impl fmt::Display for Body<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = self.0;
        write!(f, "{}", e.kind)?;
        if e.kind.shows_value() && e.bad_value != BadValue::Omitted {
            write!(f, ": {}", e.bad_value)?;
        }
        if !e.detail.is_empty() {
            write!(f, ": {}", e.detail)?;
        }
        Ok(())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.body())
    }
}

#[cfg(feature = "std")]
impl std::error::Error for Error {}

/// A list of field errors: Go's `field.ErrorList`, in a deterministic order.
///
/// `Display` is Go's `ToAggregate().Error()`: one message alone, several as `[a, b]`, duplicates
/// printed once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ErrorList(Vec<Error>);

impl ErrorList {
    /// An empty list.
    pub const fn new() -> ErrorList {
        ErrorList(Vec::new())
    }

    /// Appends one error.
    pub fn push(&mut self, error: Error) {
        self.0.push(error);
    }

    /// Appends every error of `other`.
    #[inline]
    pub fn append(&mut self, other: ErrorList) {
        // Validators append many lists, nearly all empty: skip them first (an empty `Vec` has
        // nothing to free), and take the first non-empty one whole.
        if other.0.is_empty() {
            return;
        }
        if self.0.is_empty() {
            self.0 = other.0;
        } else {
            self.0.extend(other.0);
        }
    }

    /// The errors as a vector.
    pub fn into_vec(self) -> Vec<Error> {
        self.0
    }

    /// Errors of the given type only.
    pub fn of_kind(&self, kind: ErrorType) -> impl Iterator<Item = &Error> {
        self.0.iter().filter(move |e| e.kind == kind)
    }
}

impl core::ops::Deref for ErrorList {
    type Target = [Error];

    fn deref(&self) -> &[Error] {
        &self.0
    }
}

impl Extend<Error> for ErrorList {
    fn extend<I: IntoIterator<Item = Error>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}

impl FromIterator<Error> for ErrorList {
    fn from_iter<I: IntoIterator<Item = Error>>(iter: I) -> Self {
        ErrorList(iter.into_iter().collect())
    }
}

impl From<Vec<Error>> for ErrorList {
    fn from(v: Vec<Error>) -> Self {
        ErrorList(v)
    }
}

impl IntoIterator for ErrorList {
    type Item = Error;
    type IntoIter = alloc::vec::IntoIter<Error>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a ErrorList {
    type Item = &'a Error;
    type IntoIter = core::slice::Iter<'a, Error>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for ErrorList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::text::write_go_aggregate(f, self.0.iter().map(ToString::to_string))
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ErrorList {}
