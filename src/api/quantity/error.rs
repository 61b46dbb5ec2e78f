//! Why a string is not a quantity.

use core::ops::Range;

/// A quantity that does not parse. `Display` is upstream's error text, unchanged;
/// [`QuantityError::span`] says where in the input the problem is (regex-syntax's
/// `Error::span`), which upstream's three sentinel errors do not.
///
/// ```
/// use kube_primitives::api::{Quantity, QuantityError};
///
/// let err = Quantity::parse("1.5 Gi").unwrap_err();
/// assert_eq!(err.to_string(), "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
/// assert_eq!(err.span(), 3..4); // the space
/// let err = Quantity::parse("10Gb").unwrap_err();
/// assert!(matches!(err, QuantityError::FormatWrong { .. }));
/// assert_eq!(err.span(), 3..4); // `b` is not a suffix letter
/// let err = Quantity::parse("10Kii").unwrap_err();
/// assert_eq!(err.to_string(), "unable to parse quantity's suffix");
/// assert_eq!(err.span(), 2..5); // the whole suffix
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum QuantityError {
    /// Upstream's `ErrFormatWrong`: not a number followed by a suffix (`"1.5 Gi"`, `""`).
    #[error("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")]
    FormatWrong {
        /// The first character the expression cannot take (`0..0` for the empty string).
        span: Range<usize>,
    },
    /// Upstream's `ErrNumeric`: the number has no digits where they are needed (`"-.Pi"`; upstream reads `"-."` as zero).
    #[error("unable to parse numeric part of quantity")]
    Numeric {
        /// The number, sign included.
        span: Range<usize>,
    },
    /// Upstream's `ErrSuffix`: a suffix made of suffix letters that is not one
    /// (`"1Kii"`, `"5e"`).
    #[error("unable to parse quantity's suffix")]
    Suffix {
        /// The suffix, to the end of the input.
        span: Range<usize>,
    },
}

impl QuantityError {
    /// Where the problem is in the parsed string, as byte offsets.
    ///
    /// The [`serde`](::serde) reader trims surrounding whitespace before parsing, as upstream
    /// does; its errors carry only the message.
    pub fn span(&self) -> Range<usize> {
        match self {
            QuantityError::FormatWrong { span }
            | QuantityError::Numeric { span }
            | QuantityError::Suffix { span } => span.clone(),
        }
    }
}
