//! Why a string is not a quantity.

/// A quantity that does not parse. `Display` is upstream's error text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum QuantityError {
    /// Upstream's `ErrFormatWrong`: not a number followed by a suffix (`"1.5 Gi"`, `""`).
    #[error("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")]
    FormatWrong,
    /// Upstream's `ErrNumeric`: the number has no digits where they are needed (`"-.Pi"`).
    #[error("unable to parse numeric part of quantity")]
    Numeric,
    /// Upstream's `ErrSuffix`: an unknown suffix (`"1Kb"`, `"5e"`).
    #[error("unable to parse quantity's suffix")]
    Suffix,
}
