//! Field-selector errors with upstream's texts.

use alloc::string::String;
use core::fmt;
use core::ops::Range;

/// Why a field selector, or one escaped value, does not parse. `Display` is upstream's text;
/// [`FieldSelectorError::span`] says where the problem is.
///
/// ```
/// use kube_primitives::selector::FieldSelector;
///
/// let err = FieldSelector::parse("metadata.name=web,status.phase").unwrap_err();
/// assert_eq!(err.to_string(), "invalid selector: 'metadata.name=web,status.phase'; can't understand 'status.phase'");
/// assert_eq!(err.span(), 18..30);
/// let err = FieldSelector::parse(r"a=b,c=d\x").unwrap_err();
/// assert_eq!(err.span(), 7..9);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FieldSelectorError {
    /// A term has no `=`, `==` or `!=`:
    /// `invalid selector: 'a,b=c'; can't understand 'a'`.
    NoOperator {
        /// The whole selector.
        selector: String,
        /// The term.
        term: String,
        /// Where the term is in the selector, in bytes.
        span: Range<usize>,
    },
    /// A `\` not followed by `\`, `,` or `=`:
    /// `invalid field selector: invalid escape sequence: \x`.
    InvalidEscapeSequence {
        /// The sequence (`\x`, or `\` at the end).
        sequence: String,
        /// Where it is, in bytes (in the selector, or in the value given to
        /// [`super::unescape_value`]).
        span: Range<usize>,
    },
    /// An `=` (or `,`) that is not escaped:
    /// `invalid field selector: unescaped character in value: 61`. Upstream prints the code
    /// point as a number.
    UnescapedCharacter {
        /// The character.
        character: char,
        /// Where it is, in bytes (in the selector, or in the value given to
        /// [`super::unescape_value`]).
        span: Range<usize>,
    },
}

impl FieldSelectorError {
    /// Where the problem is, as byte offsets: in the selector for [`super::FieldSelector`]'s
    /// parsers, in the value for [`super::unescape_value`].
    pub fn span(&self) -> Range<usize> {
        match self {
            FieldSelectorError::NoOperator { span, .. }
            | FieldSelectorError::InvalidEscapeSequence { span, .. }
            | FieldSelectorError::UnescapedCharacter { span, .. } => span.clone(),
        }
    }

    /// The same error, its span moved `by` bytes further (a value's error, placed in its
    /// selector).
    pub(super) fn shifted(mut self, by: usize) -> FieldSelectorError {
        match &mut self {
            FieldSelectorError::NoOperator { span, .. }
            | FieldSelectorError::InvalidEscapeSequence { span, .. }
            | FieldSelectorError::UnescapedCharacter { span, .. } => {
                *span = span.start.saturating_add(by)..span.end.saturating_add(by);
            }
        }
        self
    }
}

impl fmt::Display for FieldSelectorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldSelectorError::NoOperator { selector, term, .. } => {
                write!(
                    f,
                    "invalid selector: '{selector}'; can't understand '{term}'"
                )
            }
            FieldSelectorError::InvalidEscapeSequence { sequence, .. } => {
                write!(
                    f,
                    "invalid field selector: invalid escape sequence: {sequence}"
                )
            }
            FieldSelectorError::UnescapedCharacter { character: c, .. } => {
                write!(
                    f,
                    "invalid field selector: unescaped character in value: {}",
                    u32::from(*c)
                )
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for FieldSelectorError {}
