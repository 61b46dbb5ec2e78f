//! Indexes: many selectors against one label set ([`SelectorIndex`]), and many label sets
//! against one selector ([`LabelSetIndex`]), answering exactly as testing each with
//! [`super::Selector::matches`] would, without testing each.

mod anchor;
mod label_sets;
mod posting;
mod selectors;
mod slab;

pub use label_sets::LabelSetIndex;
pub use selectors::SelectorIndex;
