//! Upstream keeps the input of a quantity that was already canonical and prints it back as is
//! (`s` in Go's `Quantity`). It is kept only when it differs from what printing would give
//! (a `+`, leading zeros, a `.`, an exponent suffix), which is rare, so a box suffices.

use alloc::boxed::Box;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Text(Box<str>);

impl Text {
    pub(crate) fn new(s: &str) -> Text {
        Text(Box::from(s))
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}
