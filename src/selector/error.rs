//! Why a label-selector string does not parse. `Display` is upstream's text.

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;
use core::ops::Range;

use crate::meta::field::{Error, ErrorList};

/// What the parser expected where it found something else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Expected {
    /// At the start of a requirement: `!, identifier, or 'end of string'`.
    Start,
    /// After a requirement: `',' or 'end of string'`.
    CommaOrEnd,
    /// After a comma: `identifier after ','`.
    IdentifierAfterComma,
    /// A key or a value: `identifier`.
    Identifier,
    /// An operator: `in, notin, =, ==, !=, gt, lt`.
    Operator,
    /// `(` after `in` or `notin`.
    OpenParen,
    /// `)` closing a value list.
    CloseParen,
    /// After `(`: `',', ')' or identifier`.
    ValueListStart,
    /// After a value in a list: `',' or ')'`.
    CommaOrCloseParen,
    /// In a value list: `',', or identifier`.
    CommaOrIdentifier,
}

impl Expected {
    fn text(self) -> &'static str {
        match self {
            Expected::Start => "!, identifier, or 'end of string'",
            Expected::CommaOrEnd => "',' or 'end of string'",
            Expected::IdentifierAfterComma => "identifier after ','",
            Expected::Identifier => "identifier",
            Expected::Operator => "in, notin, =, ==, !=, gt, lt",
            Expected::OpenParen => "'('",
            Expected::CloseParen => "')'",
            Expected::ValueListStart => "',', ')' or identifier",
            Expected::CommaOrCloseParen => "',' or ')'",
            Expected::CommaOrIdentifier => "',', or identifier",
        }
    }
}

/// A syntax error: the token found (empty at the end of the input) and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Unexpected {
    /// The literal found.
    pub found: String,
    /// What would have been accepted.
    pub expected: Expected,
    /// Where `found` is in the input, in bytes (empty, at the end, for the end of the input).
    pub span: Range<usize>,
}

impl fmt::Display for Unexpected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Upstream's message after `in`/`notin` has no comma.
        let sep = if self.expected == Expected::OpenParen {
            ""
        } else {
            ","
        };
        write!(
            f,
            "found '{}'{sep} expected: {}",
            self.found,
            self.expected.text()
        )
    }
}

/// A label-selector string that does not parse: `labels.Parse`'s errors. `Display` is
/// upstream's text; [`ParseError::span`] says where in the input the problem is.
///
/// ```
/// use kube_primitives::selector::Selector;
///
/// let err = "a in b".parse::<Selector>().unwrap_err();
/// assert_eq!(err.to_string(), "unable to parse requirement: found 'b' expected: '('");
/// assert_eq!(err.span(), 5..6);
/// let err = "app=web, -a".parse::<Selector>().unwrap_err();
/// assert!(err.to_string().starts_with(r#"unable to parse requirement: <nil>: Invalid value: "-a": name part"#));
/// assert_eq!(err.span(), 9..11);
/// let err = "app=web,tier in (a,-b)".parse::<Selector>().unwrap_err();
/// assert_eq!(err.span(), 8..22); // the whole requirement
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ParseError {
    /// Between requirements: `found ',', expected: identifier after ','`.
    Syntax(Unexpected),
    /// Inside a requirement: `unable to parse requirement: found …, expected: …`.
    RequirementSyntax(Unexpected),
    /// A key that is not a label key: `unable to parse requirement: <nil>: Invalid value: …`.
    InvalidKey {
        /// Upstream's error.
        error: Box<Error>,
        /// Where the key is in the input, in bytes.
        span: Range<usize>,
    },
    /// Values the requirement rejects (not label values, not integers for `>`/`<`):
    /// `unable to parse requirement: values[0][key]: Invalid value: …`.
    InvalidRequirement {
        /// Upstream's errors.
        errors: ErrorList,
        /// Where the requirement (from its key, or its `!`, to its last value) is in the
        /// input, in bytes.
        span: Range<usize>,
    },
    /// Input longer than [`MAX_SELECTOR_LEN`](super::MAX_SELECTOR_LEN) (4 GiB), which this
    /// crate does not parse (upstream has no limit): `selector too long: N bytes`.
    TooLong(usize),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Syntax(u) => u.fmt(f),
            ParseError::RequirementSyntax(u) => write!(f, "unable to parse requirement: {u}"),
            ParseError::InvalidKey { error, .. } => {
                write!(f, "unable to parse requirement: {error}")
            }
            ParseError::InvalidRequirement { errors, .. } => {
                write!(f, "unable to parse requirement: {errors}")
            }
            ParseError::TooLong(len) => write!(f, "selector too long: {len} bytes"),
        }
    }
}

impl ParseError {
    /// Where the problem is in the input, as byte offsets (regex-syntax's `Error::span`): the
    /// token found, the invalid key, or the requirement whose values fail; `0..len` for input
    /// too long. For [`super::Selector::parse_bytes`] of invalid UTF-8, offsets are in its
    /// lossy conversion.
    pub fn span(&self) -> Range<usize> {
        match self {
            ParseError::Syntax(u) | ParseError::RequirementSyntax(u) => u.span.clone(),
            ParseError::InvalidKey { span, .. } | ParseError::InvalidRequirement { span, .. } => {
                span.clone()
            }
            ParseError::TooLong(len) => 0..*len,
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ParseError {}
