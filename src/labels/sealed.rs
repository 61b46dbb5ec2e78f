//! The sealed hook through which selectors match a [`super::LabelSet`] in one merge pass. Its
//! types are public (so that they may appear in the public `Labels` trait) but live in a private
//! module: outside this crate they can be neither named nor built, so the hook can be neither
//! called nor overridden.

use alloc::string::String;

use super::Head;

/// Proof that the caller is this crate.
#[derive(Clone, Copy, Debug)]
pub struct Seal(pub(crate) ());

/// A [`super::LabelSet`]'s labels in key order with unique keys, and the [`Head`]s of every key
/// and value in step with them.
#[derive(Clone, Copy, Debug)]
pub struct SortedPairs<'a> {
    pub(crate) pairs: &'a [(String, String)],
    pub(crate) heads: &'a [(Head, Head)],
}
