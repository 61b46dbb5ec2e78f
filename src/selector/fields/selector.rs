//! The field selector and its requirements.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::str::FromStr;

use super::{escape_value, FieldSelectorError};
use crate::labels::Labels;
use crate::selector::Operator;

/// One term of a field selector: `field=value` or `field!=value`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldRequirement {
    field: String,
    operator: Operator,
    value: String,
}

impl FieldRequirement {
    pub(super) fn new(field: String, operator: Operator, value: String) -> FieldRequirement {
        FieldRequirement {
            field,
            operator,
            value,
        }
    }

    /// `field=value`: the field equals the value (a missing field counts as `""`).
    pub fn equals(field: impl Into<String>, value: impl Into<String>) -> FieldRequirement {
        FieldRequirement {
            field: field.into(),
            operator: Operator::Equals,
            value: value.into(),
        }
    }

    /// `field!=value`: the field is missing or has another value.
    pub fn not_equals(field: impl Into<String>, value: impl Into<String>) -> FieldRequirement {
        FieldRequirement {
            field: field.into(),
            operator: Operator::NotEquals,
            value: value.into(),
        }
    }

    /// The field name, as written (field names are never escaped).
    pub fn field(&self) -> &str {
        &self.field
    }

    /// [`Operator::Equals`] (also for `==`) or [`Operator::NotEquals`].
    pub fn operator(&self) -> Operator {
        self.operator
    }

    /// The literal (unescaped) value.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// Whether `fields` satisfy the term.
    pub fn matches(&self, fields: &(impl Labels + ?Sized)) -> bool {
        let equal = fields.label(&self.field).unwrap_or_default() == self.value;
        equal == (self.operator == Operator::Equals)
    }
}

impl fmt::Display for FieldRequirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let op = if self.operator == Operator::Equals {
            "="
        } else {
            "!="
        };
        write!(f, "{}{op}{}", self.field, escape_value(&self.value))
    }
}

/// One piece of upstream's selector tree, flattened. Upstream nests `andTerm`s; only the
/// leaves and the empty `andTerm`s (which print as empty pieces between commas) are observable,
/// so a flat list reproduces every answer without recursion.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Item {
    Term(FieldRequirement),
    /// `Nothing()`: matches no fields, prints as nothing.
    Nothing,
    /// An `andTerm` without terms nested in another: matches everything, prints as nothing.
    Blank,
}

/// A field selector: an AND of [`FieldRequirement`]s, as `fields.Selector`.
///
/// Built by [`FieldSelector::parse`] (also `FromStr`), [`one_term_equal`](Self::one_term_equal),
/// [`from_pairs`](Self::from_pairs) and [`and`](Self::and); matched against any map the
/// [`Labels`] lookup trait covers. `Display` is upstream's `String()`.
///
/// ```
/// use kube_primitives::selector::FieldSelector;
///
/// let s = FieldSelector::parse(r"spec.nodeName==node-1,,metadata.name=a\,b").unwrap();
/// assert_eq!(s.to_string(), r"metadata.name=a\,b,spec.nodeName=node-1");
/// assert_eq!(s.requires_exact_match("spec.nodeName"), Some("node-1"));
/// assert!(FieldSelector::parse("").unwrap().is_empty());
/// assert_eq!(
///     FieldSelector::parse("a").unwrap_err().to_string(),
///     "invalid selector: 'a'; can't understand 'a'"
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct FieldSelector {
    items: Vec<Item>,
}

impl FieldSelector {
    /// `Everything()`: no terms, matches every field set.
    pub fn everything() -> FieldSelector {
        FieldSelector::default()
    }

    /// `Nothing()`: matches no field set.
    pub fn nothing() -> FieldSelector {
        FieldSelector {
            items: alloc::vec![Item::Nothing],
        }
    }

    /// `OneTermEqualSelector`: `field=value`.
    pub fn one_term_equal(field: impl Into<String>, value: impl Into<String>) -> FieldSelector {
        FieldRequirement::equals(field, value).into()
    }

    /// `OneTermNotEqualSelector`: `field!=value`.
    pub fn one_term_not_equal(field: impl Into<String>, value: impl Into<String>) -> FieldSelector {
        FieldRequirement::not_equals(field, value).into()
    }

    /// `SelectorFromSet`: one `=` term per pair, in the given order (upstream uses Go's random
    /// map order; pass a `BTreeMap` for a stable one).
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> FieldSelector {
        let items = pairs
            .into_iter()
            .map(|(k, v)| Item::Term(FieldRequirement::equals(k, v)))
            .collect();
        FieldSelector { items }
    }

    /// `AndSelectors`: matches where every selector matches. An empty selector among them keeps
    /// its place in the printed form as an empty piece (`,a=b`), as upstream's does.
    ///
    /// ```
    /// use kube_primitives::selector::FieldSelector;
    ///
    /// let s = FieldSelector::and([FieldSelector::one_term_equal("a", "1"), FieldSelector::one_term_not_equal("b", "2")]);
    /// assert_eq!(s.to_string(), "a=1,b!=2");
    /// let s = FieldSelector::and([FieldSelector::everything(), FieldSelector::one_term_equal("a", "1")]);
    /// assert_eq!(s.to_string(), ",a=1");
    /// assert!(!FieldSelector::and([FieldSelector::nothing()]).is_empty());
    /// ```
    pub fn and(selectors: impl IntoIterator<Item = FieldSelector>) -> FieldSelector {
        let mut items = Vec::new();
        for s in selectors {
            if s.items.is_empty() {
                items.push(Item::Blank);
            } else {
                items.extend(s.items);
            }
        }
        FieldSelector { items }
    }

    /// Parses `ParseSelector`'s syntax: comma-separated `field=value`, `field==value` or
    /// `field!=value` terms with escaped values. Upstream's quirks are kept: terms are sorted as
    /// raw strings before they are parsed (so the first failing term in that order is reported),
    /// empty terms are skipped, a term with empty field and value (`=`, `!=`) is dropped, and
    /// whitespace is part of fields and values.
    ///
    /// # Errors
    ///
    /// A term without an operator, or a value with a bad escape or a bare `=`.
    pub fn parse(s: &str) -> Result<FieldSelector, FieldSelectorError> {
        super::parse::parse(s)
    }

    /// `ParseAndTransformSelector`: parses `s`, then maps every term's field and value through
    /// `f`; a term mapped to an empty field and value is dropped.
    ///
    /// # Errors
    ///
    /// A parse error (all terms are parsed before `f` runs), or the first error of `f`.
    ///
    /// ```
    /// use kube_primitives::selector::{FieldSelector, FieldSelectorError};
    ///
    /// let s = FieldSelector::parse_and_transform("a=b,c=d", |field, value| {
    ///     Ok::<_, FieldSelectorError>(if field == "a" { ("e".into(), "f".into()) } else { (field.into(), value.into()) })
    /// });
    /// assert_eq!(s.unwrap().to_string(), "e=f,c=d");
    /// ```
    pub fn parse_and_transform<E: From<FieldSelectorError>>(
        s: &str,
        f: impl FnMut(&str, &str) -> Result<(String, String), E>,
    ) -> Result<FieldSelector, E> {
        super::parse::parse_and_transform(s, f)
    }

    pub(super) fn from_terms(terms: Vec<FieldRequirement>) -> FieldSelector {
        FieldSelector {
            items: terms.into_iter().map(Item::Term).collect(),
        }
    }

    /// `Empty()`: whether the selector restricts nothing (no terms and no `Nothing`).
    pub fn is_empty(&self) -> bool {
        self.items.iter().all(|i| matches!(i, Item::Blank))
    }

    /// Whether `fields` satisfy every term; a missing field counts as `""`.
    pub fn matches(&self, fields: &(impl Labels + ?Sized)) -> bool {
        self.items.iter().all(|i| match i {
            Item::Term(t) => t.matches(fields),
            Item::Nothing => false,
            Item::Blank => true,
        })
    }

    /// `RequiresExactMatch`: the value of the first `field=value` term on `field`.
    pub fn requires_exact_match(&self, field: &str) -> Option<&str> {
        self.requirements()
            .find(|t| t.operator == Operator::Equals && t.field == field)
            .map(FieldRequirement::value)
    }

    /// The terms, in order.
    pub fn requirements(&self) -> impl Iterator<Item = &FieldRequirement> {
        self.items.iter().filter_map(|i| match i {
            Item::Term(t) => Some(t),
            _ => None,
        })
    }

    /// `Transform`: maps every term's field and value through `f`; a term mapped to an empty
    /// field and value is dropped, as are empty nested selectors.
    ///
    /// # Errors
    ///
    /// The first error `f` returns.
    ///
    /// ```
    /// use kube_primitives::selector::FieldSelector;
    ///
    /// let s = FieldSelector::parse("name=a,spec.host=b").unwrap();
    /// let t = s.transform(|field, value| -> Result<_, ()> {
    ///     Ok(if field == "spec.host" { (String::from("spec.nodeName"), value.to_string()) } else { Default::default() })
    /// });
    /// assert_eq!(t.unwrap().to_string(), "spec.nodeName=b");
    /// ```
    pub fn transform<E>(
        &self,
        mut f: impl FnMut(&str, &str) -> Result<(String, String), E>,
    ) -> Result<FieldSelector, E> {
        let mut items = Vec::with_capacity(self.items.len());
        for item in &self.items {
            match item {
                Item::Term(t) => {
                    let (field, value) = f(&t.field, &t.value)?;
                    if !field.is_empty() || !value.is_empty() {
                        items.push(Item::Term(FieldRequirement {
                            field,
                            operator: t.operator,
                            value,
                        }));
                    }
                }
                Item::Nothing => items.push(Item::Nothing),
                Item::Blank => {}
            }
        }
        Ok(FieldSelector { items })
    }
}

impl From<FieldRequirement> for FieldSelector {
    fn from(term: FieldRequirement) -> FieldSelector {
        FieldSelector {
            items: alloc::vec![Item::Term(term)],
        }
    }
}

impl FromStr for FieldSelector {
    type Err = FieldSelectorError;

    fn from_str(s: &str) -> Result<FieldSelector, FieldSelectorError> {
        FieldSelector::parse(s)
    }
}

impl fmt::Display for FieldSelector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, item) in self.items.iter().enumerate() {
            if n > 0 {
                f.write_str(",")?;
            }
            if let Item::Term(t) = item {
                t.fmt(f)?;
            }
        }
        Ok(())
    }
}
