//! Field-selector errors with upstream's texts.

use alloc::string::String;
use core::fmt;

/// Why a field selector, or one escaped value, does not parse. `Display` is upstream's text.
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
    },
    /// A `\` not followed by `\`, `,` or `=`:
    /// `invalid field selector: invalid escape sequence: \x`.
    InvalidEscapeSequence(String),
    /// An `=` (or `,`) that is not escaped:
    /// `invalid field selector: unescaped character in value: 61`. Upstream prints the code
    /// point as a number.
    UnescapedCharacter(char),
}

impl fmt::Display for FieldSelectorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldSelectorError::NoOperator { selector, term } => {
                write!(
                    f,
                    "invalid selector: '{selector}'; can't understand '{term}'"
                )
            }
            FieldSelectorError::InvalidEscapeSequence(seq) => {
                write!(f, "invalid field selector: invalid escape sequence: {seq}")
            }
            FieldSelectorError::UnescapedCharacter(c) => {
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
