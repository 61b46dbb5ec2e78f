//! The `Selector` type: Go's `labels.Selector` (`internalSelector` and `nothingSelector`), over
//! the shared representation of `repr.rs`.

use alloc::string::String;
use core::fmt;
use core::str::FromStr;

use smallvec::SmallVec;

use super::display::{write_reqs, write_requirement};
use super::repr::{Req, Reqs};
use super::{Operator, ParseError, Requirement};
use crate::labels::Labels;

#[derive(Clone, Debug)]
enum Kind {
    Nothing,
    Reqs(Reqs),
}

/// A label selector: requirements that must all hold (Go's `labels.Selector`).
///
/// Parsed from the string syntax of `labels.Parse` (`app=web,tier in (a,b),!legacy,replicas>2`),
/// built from a label set or a structured `LabelSelector`, or [`Selector::everything`] /
/// [`Selector::nothing`]. A parsed selector keeps all its strings in one buffer: parsing
/// allocates once, matching never.
///
/// # Syntax
///
/// `requirement, requirement, …` where a requirement is `key`, `!key`, `key=value`,
/// `key==value`, `key!=value`, `key in (v1,v2)`, `key notin (v1,v2)`, `key>integer` or
/// `key<integer`. Whitespace is space, tab, CR or LF; `in` and `notin` are keywords only in the
/// operator position; `()` is the set `{""}`; a NUL byte ends the token it is in and is
/// swallowed, and at the start of a token ends the selector (upstream's lexer reads it as its
/// end-of-input marker).
///
/// # Canonical form
///
/// `Display` is Go's `String()`: requirements sorted by key with Go's `sort.Sort` (whose order
/// this crate reproduces exactly, duplicates included), values sorted. Parsing it gives an equal
/// selector.
///
/// ```
/// use kube_primitives::selector::Selector;
///
/// let s: Selector = "tier in (web, api), app=shop, !legacy".parse().unwrap();
/// assert_eq!(s.to_string(), "app=shop,!legacy,tier in (api,web)");
/// assert!(s.matches(&[("app", "shop"), ("tier", "api")][..]));
/// assert!(!s.matches(&[("app", "shop"), ("tier", "db")][..]));
/// assert_eq!(s.to_string().parse::<Selector>().unwrap(), s);
/// ```
#[derive(Clone, Debug)]
pub struct Selector {
    kind: Kind,
}

/// A requirement of a selector, borrowed from it.
#[derive(Clone, Copy)]
pub struct RequirementRef<'a> {
    text: &'a str,
    req: &'a Req,
}

impl<'a> RequirementRef<'a> {
    /// The key.
    pub fn key(&self) -> &'a str {
        self.req.key.of(self.text)
    }

    /// The operator.
    pub fn operator(&self) -> Operator {
        self.req.op
    }

    /// The values: sorted and unique when parsed, as given when built from requirements.
    pub fn values(&self) -> impl ExactSizeIterator<Item = &'a str> + Clone + 'a {
        let text = self.text;
        self.req.values.iter().map(move |s| s.of(text))
    }

    /// Whether `labels` satisfy this requirement.
    pub fn matches(&self, labels: &(impl Labels + ?Sized)) -> bool {
        self.req.matches_label(self.text, labels.label(self.key()))
    }

    /// An owned copy.
    pub fn to_owned(&self) -> Requirement {
        Requirement {
            key: self.key().into(),
            op: self.req.op,
            values: self.values().map(String::from).collect(),
        }
    }
}

impl fmt::Display for RequirementRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_requirement(f, self.key(), self.req.op, self.values())
    }
}

impl fmt::Debug for RequirementRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Requirement")
            .field("key", &self.key())
            .field("operator", &self.req.op)
            .field("values", &self.values().collect::<SmallVec<[&str; 4]>>())
            .finish()
    }
}

impl Selector {
    /// The requirements, or `None` for [`Selector::nothing`].
    pub(crate) fn reqs(&self) -> Option<&Reqs> {
        match &self.kind {
            Kind::Nothing => None,
            Kind::Reqs(r) => Some(r),
        }
    }

    pub(crate) fn into_reqs(self) -> Option<Reqs> {
        match self.kind {
            Kind::Nothing => None,
            Kind::Reqs(r) => Some(r),
        }
    }

    pub(crate) fn from_reqs(reqs: Reqs) -> Selector {
        Selector {
            kind: Kind::Reqs(reqs),
        }
    }

    /// The selector that matches every label set: Go's `Everything()`.
    #[doc(alias = "Everything")]
    pub fn everything() -> Selector {
        Selector::from_reqs(Reqs::default())
    }

    /// The selector that matches nothing: Go's `Nothing()`. It prints as `""` and is not empty.
    #[doc(alias = "Nothing")]
    pub fn nothing() -> Selector {
        Selector {
            kind: Kind::Nothing,
        }
    }

    /// Parses the label-selector syntax: Go's `labels.Parse`.
    ///
    /// # Errors
    ///
    /// [`ParseError`], with upstream's message.
    #[doc(alias = "Parse")]
    pub fn parse(s: &str) -> Result<Selector, ParseError> {
        // Most selectors take the one-pass parser; the full one decides the rest.
        match super::parse_fast::parse(s) {
            Some(reqs) => Ok(Selector::from_reqs(reqs)),
            None => super::parse::parse(s).map(Selector::from_reqs),
        }
    }

    /// [`Selector::parse`] over bytes that need not be UTF-8, as Go strings need not be.
    ///
    /// A byte of invalid UTF-8 is not ASCII, so it sits in a token that fails validation (or
    /// after a NUL that ends the selector): the outcome is upstream's. Error messages show such
    /// bytes as U+FFFD, where Go prints them raw.
    ///
    /// # Errors
    ///
    /// As [`Selector::parse`].
    pub fn parse_bytes(s: &[u8]) -> Result<Selector, ParseError> {
        match core::str::from_utf8(s) {
            Ok(s) => Selector::parse(s),
            Err(_) => Selector::parse(&String::from_utf8_lossy(s)),
        }
    }

    /// Builds a selector from requirements, sorted as upstream sorts them.
    pub fn from_requirements(requirements: impl IntoIterator<Item = Requirement>) -> Selector {
        Selector::everything().add(requirements)
    }

    /// A copy with more requirements, re-sorted: Go's `Add`. Adding to
    /// [`Selector::nothing`] gives nothing.
    #[doc(alias = "Add")]
    pub fn add(&self, requirements: impl IntoIterator<Item = Requirement>) -> Selector {
        let Kind::Reqs(reqs) = &self.kind else {
            return Selector::nothing();
        };
        let mut out = reqs.clone();
        for r in requirements {
            out.push_requirement(&r.key, r.op, r.values.iter().map(String::as_str));
        }
        out.finish();
        Selector::from_reqs(out)
    }

    /// Whether the selector restricts nothing (it has no requirements): Go's `Empty()`.
    /// [`Selector::nothing`] is not empty.
    #[doc(alias = "Empty")]
    pub fn is_empty(&self) -> bool {
        matches!(&self.kind, Kind::Reqs(r) if r.items.is_empty())
    }

    /// Whether this is [`Selector::nothing`].
    pub fn is_nothing(&self) -> bool {
        matches!(self.kind, Kind::Nothing)
    }

    /// Whether `labels` satisfy every requirement: Go's `Matches`. Never allocates.
    #[doc(alias = "Matches")]
    #[inline]
    pub fn matches(&self, labels: &(impl Labels + ?Sized)) -> bool {
        match &self.kind {
            Kind::Nothing => false,
            Kind::Reqs(r) => r.matches(labels),
        }
    }

    /// The requirements, in order, or `None` for [`Selector::nothing`] (Go's `Requirements()`
    /// with `selectable` false).
    #[doc(alias = "Requirements")]
    pub fn requirements(&self) -> Option<impl ExactSizeIterator<Item = RequirementRef<'_>>> {
        match &self.kind {
            Kind::Nothing => None,
            Kind::Reqs(r) => Some(
                r.items
                    .iter()
                    .map(move |req| RequirementRef { text: &r.text, req }),
            ),
        }
    }

    /// The value a selector requires for `label`, when its first requirement on that key is
    /// `=`, `==` or `in` with one value: Go's `RequiresExactMatch`.
    ///
    /// ```
    /// use kube_primitives::selector::Selector;
    ///
    /// let s: Selector = "app=web,tier in (a,b)".parse().unwrap();
    /// assert_eq!(s.requires_exact_match("app"), Some("web"));
    /// assert_eq!(s.requires_exact_match("tier"), None);
    /// ```
    #[doc(alias = "RequiresExactMatch")]
    pub fn requires_exact_match(&self, label: &str) -> Option<&str> {
        let r = self.requirements()?.find(|r| r.key() == label)?;
        match r.operator() {
            Operator::Equals | Operator::DoubleEquals | Operator::In if r.values().len() == 1 => {
                r.values().next()
            }
            _ => None,
        }
    }
}

impl FromStr for Selector {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Selector::parse(s)
    }
}

impl fmt::Display for Selector {
    /// Go's `String()`: requirements joined by `,`; `""` for everything and for nothing.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Nothing => Ok(()),
            Kind::Reqs(r) => write_reqs(f, r),
        }
    }
}

impl PartialEq for Selector {
    /// Same requirements in the same order (values compared in order), as Go's `Equal`.
    fn eq(&self, other: &Self) -> bool {
        match (self.requirements(), other.requirements()) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                a.len() == b.len()
                    && a.zip(b).all(|(x, y)| {
                        x.key() == y.key()
                            && x.operator() == y.operator()
                            && x.values().eq(y.values())
                    })
            }
            _ => false,
        }
    }
}

impl Eq for Selector {}

impl Default for Selector {
    fn default() -> Self {
        Selector::everything()
    }
}
