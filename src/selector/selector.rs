//! The `Selector` type: Go's `labels.Selector` (`internalSelector` and `nothingSelector`).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::str::FromStr;

use smallvec::SmallVec;

use super::requirement::{matches, matches_value, write_requirement};
use super::{Operator, ParseError, Requirement};
use crate::labels::{cmp_headed, eq_headed, Head, Labels};

/// A byte range of a selector's text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Span {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl Span {
    pub(crate) fn of<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }

    /// The bytes, without the character-boundary checks `of` makes (spans are ASCII-bounded).
    #[inline]
    pub(crate) fn bytes<'a>(&self, text: &'a [u8]) -> &'a [u8] {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }
}

/// Byte-wise order, inlined: label keys are short, and a library `memcmp` call per comparison
/// costs more than the comparison.
#[inline]
pub(crate) fn cmp_bytes(a: &[u8], b: &[u8]) -> core::cmp::Ordering {
    // Keys mostly differ in their first byte.
    match (a.first(), b.first()) {
        (Some(x), Some(y)) if x != y => return x.cmp(y),
        _ => {}
    }
    let mut i = 1;
    while let (Some(x), Some(y)) = (a.get(i), b.get(i)) {
        if x != y {
            return x.cmp(y);
        }
        i += 1;
    }
    a.len().cmp(&b.len())
}

#[inline]
pub(crate) fn eq_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while let (Some(x), Some(y)) = (a.get(i), b.get(i)) {
        if x != y {
            return false;
        }
        i += 1;
    }
    true
}

/// One requirement, its strings in the selector's text.
#[derive(Clone, Debug)]
pub(crate) struct Req {
    pub(crate) key: Span,
    pub(crate) op: Operator,
    /// `op` as [`LOOKUP`], [`NEGATE`] and [`NUMERIC`] bits, so that matching tests bits
    /// instead of jumping over nine operators.
    mode: u8,
    /// The key's head, and the first two values' ([`Reqs::set_heads`]).
    key_head: Head,
    value_heads: [Head; 2],
    /// How many of `value_heads` are set (the values, up to two).
    headed_values: u8,
    pub(crate) values: SmallVec<[Span; 2]>,
}

/// The label's value is looked up in the values (otherwise only its presence counts).
const LOOKUP: u8 = 1;
/// The answer is negated.
const NEGATE: u8 = 2;
/// `>`/`<`: an integer comparison.
const NUMERIC: u8 = 4;

impl Req {
    pub(crate) fn new(key: Span, op: Operator, values: SmallVec<[Span; 2]>) -> Req {
        let mode = match op {
            Operator::In | Operator::Equals | Operator::DoubleEquals => LOOKUP,
            Operator::NotIn | Operator::NotEquals => LOOKUP | NEGATE,
            Operator::Exists => 0,
            Operator::DoesNotExist => NEGATE,
            Operator::GreaterThan | Operator::LessThan => NUMERIC,
        };
        Req {
            key,
            op,
            mode,
            key_head: Head::default(),
            value_heads: [Head::default(); 2],
            headed_values: 0,
            values,
        }
    }

    fn set_heads(&mut self, text: &[u8]) {
        let of = |s: &Span| Head::of_span(text, s.start as usize, s.end as usize);
        self.key_head = of(&self.key);
        self.headed_values = self.values.len().min(2) as u8;
        for (h, v) in self.value_heads.iter_mut().zip(&self.values) {
            *h = of(v);
        }
    }

    /// Whether heads alone decide this requirement: its key and values fit in eight bytes (so
    /// `(word, len)` pairs compare exactly against labels of any length), it has at most two
    /// values, and it is not an integer comparison.
    fn by_heads(&self) -> bool {
        self.key_head.short()
            && self.values.len() <= 2
            && self.mode & NUMERIC == 0
            && self
                .value_heads
                .iter()
                .take(self.values.len())
                .all(|h| h.short())
    }

    /// Whether `value` (with head `head`) is one of the values.
    #[inline]
    fn has_value(&self, text: &[u8], value: &[u8], head: Head) -> bool {
        self.values.iter().enumerate().any(|(i, s)| {
            let s_head = match self.value_heads.get(i) {
                Some(h) => *h,
                None => Head::of_span(text, s.start as usize, s.end as usize),
            };
            eq_headed(s.bytes(text), s_head, value, head)
        })
    }

    /// The values, read from the selector's text.
    pub(crate) fn values_in<'t>(
        &'t self,
        text: &'t str,
    ) -> impl ExactSizeIterator<Item = &'t str> + Clone + 't {
        self.values.iter().map(move |s| s.of(text))
    }
}

/// The merge pass over heads alone: a requirement's short key orders exactly against any label
/// key by `(word, len)`, and its short values equal a label value exactly when those agree.
#[inline]
fn matches_by_heads(items: &[Req], heads: &[(Head, Head)]) -> bool {
    let mut j = 0;
    for req in items {
        let key = req.key_head.key();
        let mut value = None;
        while let Some(&(kh, vh)) = heads.get(j) {
            let k = kh.key();
            if k < key {
                j += 1;
                continue;
            }
            if k == key {
                value = Some(vh.key());
            }
            break;
        }
        let found = match value {
            Some(v) if req.mode & LOOKUP != 0 => req
                .value_heads
                .iter()
                .take(usize::from(req.headed_values))
                .any(|h| h.key() == v),
            Some(_) => true,
            None => false,
        };
        if found == (req.mode & NEGATE != 0) {
            return false;
        }
    }
    true
}

/// All requirements of a selector and the one string they point into.
#[derive(Clone, Debug, Default)]
pub(crate) struct Reqs {
    /// Every requirement can be matched by heads alone ([`Req::by_heads`]); recomputed whenever
    /// the requirements change.
    pub(crate) by_heads: bool,
    pub(crate) text: String,
    pub(crate) items: Vec<Req>,
}

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
        matches(self.key(), self.req.op, self.values(), labels)
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

impl Reqs {
    /// Appends a string to the text, returning its span. Selectors longer than 4 GiB are cut.
    fn push(&mut self, s: &str) -> Span {
        let start = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.text.push_str(s);
        let end = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        Span { start, end }
    }

    fn push_requirement(&mut self, r: &Requirement) {
        let key = self.push(&r.key);
        let values = r.values.iter().map(|v| self.push(v)).collect();
        let mut req = Req::new(key, r.op, values);
        req.set_heads(self.text.as_bytes());
        self.items.push(req);
    }

    /// Computes the heads matching compares, once the text is final, and the plan.
    pub(crate) fn set_heads(&mut self) {
        let text = self.text.as_bytes();
        for r in &mut self.items {
            r.set_heads(text);
        }
        self.build_plan();
    }

    /// Whether every requirement can be matched by heads alone.
    pub(crate) fn build_plan(&mut self) {
        self.by_heads = self.items.iter().all(Req::by_heads);
    }

    /// Sorts by key exactly as upstream's `sort.Sort(ByKey(…))`.
    pub(crate) fn sort(&mut self) {
        let text = self.text.as_bytes();
        // Up to 12 elements Go's `sort.Sort` is an insertion sort, hence stable: any stable
        // sort gives its order, and the standard library's moves less data.
        if self.items.len() <= 12 {
            self.items
                .sort_by(|a, b| cmp_bytes(a.key.bytes(text), b.key.bytes(text)));
        } else {
            crate::sort::sort(&mut self.items, |a, b| {
                cmp_bytes(a.key.bytes(text), b.key.bytes(text)).is_lt()
            });
        }
    }
}

impl Selector {
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
        super::parse::parse(s)
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
            Ok(s) => super::parse::parse(s),
            Err(_) => super::parse::parse(&String::from_utf8_lossy(s)),
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
            out.push_requirement(&r);
        }
        out.sort();
        out.build_plan();
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
    pub fn matches(&self, labels: &(impl Labels + ?Sized)) -> bool {
        match &self.kind {
            Kind::Nothing => false,
            Kind::Reqs(r) => {
                let text = r.text.as_str();
                let Some(sorted) = labels.sorted_pairs() else {
                    return r
                        .items
                        .iter()
                        .all(|req| matches(req.key.of(text), req.op, req.values_in(text), labels));
                };
                if r.by_heads {
                    return matches_by_heads(&r.items, sorted.heads);
                }
                // Requirements are sorted by key, as the pairs are: one merge pass, comparing
                // heads and reading strings only where heads cannot decide.
                let bytes = text.as_bytes();
                let (pairs, heads) = (sorted.pairs, sorted.heads);
                let mut j = 0;
                r.items.iter().all(|req| {
                    let key = req.key.bytes(bytes);
                    let mut value = None;
                    while let (Some((k, v)), Some(&(kh, vh))) = (pairs.get(j), heads.get(j)) {
                        match cmp_headed(k.as_bytes(), kh, key, req.key_head) {
                            core::cmp::Ordering::Less => j += 1,
                            core::cmp::Ordering::Equal => {
                                value = Some((v.as_bytes(), vh));
                                break;
                            }
                            core::cmp::Ordering::Greater => break,
                        }
                    }
                    if req.mode & NUMERIC != 0 {
                        let value = value.and_then(|(v, _)| core::str::from_utf8(v).ok());
                        return matches_value(req.op, req.values_in(text), value);
                    }
                    let found = match value {
                        Some((v, vh)) if req.mode & LOOKUP != 0 => req.has_value(bytes, v, vh),
                        Some(_) => true,
                        None => false,
                    };
                    found != (req.mode & NEGATE != 0)
                })
            }
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
        if let Some(reqs) = self.requirements() {
            for (i, r) in reqs.enumerate() {
                if i > 0 {
                    f.write_str(",")?;
                }
                r.fmt(f)?;
            }
        }
        Ok(())
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
