//! The one internal shape of a label selector: requirements whose key and values are spans of a
//! single text buffer. The parser produces it; matching (`matches.rs`), printing
//! (`display.rs`), the index and the algebra read it.

use alloc::string::String;
use alloc::vec::Vec;

use smallvec::SmallVec;

use super::Operator;
use crate::labels::{cmp_heads_then, Head};
use crate::text::parse_go_int;

/// A byte range of a selector's text. Offsets are `u32`: the parser refuses input of 4 GiB or
/// more, and built selectors saturate (see [`Reqs::push`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Span {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

/// `u32` offsets widen losslessly on every target this crate builds for (16-bit targets have no
/// `alloc` worth the name); saturating keeps the conversion total anyway.
#[inline]
pub(crate) fn offset(x: u32) -> usize {
    usize::try_from(x).unwrap_or(usize::MAX)
}

impl Span {
    pub(crate) fn of<'a>(&self, text: &'a str) -> &'a str {
        text.get(offset(self.start)..offset(self.end))
            .unwrap_or_default()
    }

    /// The bytes, without the character-boundary checks `of` makes (spans are ASCII-bounded).
    #[inline]
    pub(crate) fn bytes<'a>(&self, text: &'a [u8]) -> &'a [u8] {
        text.get(offset(self.start)..offset(self.end))
            .unwrap_or_default()
    }

    /// The span as a range of byte offsets.
    pub(crate) fn range(&self) -> core::ops::Range<usize> {
        offset(self.start)..offset(self.end)
    }

    #[inline]
    pub(crate) fn head(&self, text: &[u8]) -> Head {
        Head::of_span(text, offset(self.start), offset(self.end))
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
    a.len() == b.len() && cmp_bytes(a, b).is_eq()
}

/// The label's value is looked up in the values (otherwise only its presence counts).
pub(crate) const LOOKUP: u8 = 1;
/// The answer is negated.
pub(crate) const NEGATE: u8 = 2;
/// `>`/`<`: an integer comparison.
pub(crate) const NUMERIC: u8 = 4;
/// `>`/`<` with exactly one value that is an integer, kept in [`Req::int`].
const BOUNDED: u8 = 8;

/// `op` as [`LOOKUP`], [`NEGATE`] and [`NUMERIC`] bits.
pub(crate) const fn mode_of(op: Operator) -> u8 {
    match op {
        Operator::In | Operator::Equals | Operator::DoubleEquals => LOOKUP,
        Operator::NotIn | Operator::NotEquals => LOOKUP | NEGATE,
        Operator::Exists => 0,
        Operator::DoesNotExist => NEGATE,
        Operator::GreaterThan | Operator::LessThan => NUMERIC,
    }
}

/// One requirement, its strings in the selector's text.
#[derive(Clone, Debug)]
pub(crate) struct Req {
    pub(crate) key: Span,
    pub(crate) op: Operator,
    /// `op` as mode bits, so that matching tests bits instead of jumping over nine operators.
    pub(crate) mode: u8,
    /// The key's head, and the first two values'.
    pub(crate) key_head: Head,
    /// One value fills both heads; `by_heads` never uses them with no value.
    pub(crate) value_heads: [Head; 2],
    /// For `>`/`<` with exactly one value that is an integer: that integer ([`Req::bound`];
    /// a flag in `mode` rather than an `Option`, which would cost eight more bytes).
    int: i64,
    pub(crate) values: SmallVec<[Span; 2]>,
}

impl Req {
    /// A requirement whose spans index `text`, with what matching reads instead of the text
    /// computed once: heads, and the integer bound.
    #[inline(always)]
    pub(crate) fn new(key: Span, op: Operator, values: SmallVec<[Span; 2]>, text: &[u8]) -> Req {
        let mut mode = mode_of(op);
        let mut value_heads = [Head::default(); 2];
        for (h, v) in value_heads.iter_mut().zip(&values) {
            *h = v.head(text);
        }
        // One value: repeat it, so that matching tests both heads without counting.
        let [first, second] = &mut value_heads;
        if values.len() == 1 {
            *second = *first;
        }
        let bound = match (mode & NUMERIC != 0, values.as_slice()) {
            (true, [only]) => core::str::from_utf8(only.bytes(text))
                .ok()
                .and_then(parse_go_int),
            _ => None,
        };
        if bound.is_some() {
            mode |= BOUNDED;
        }
        Req {
            key,
            op,
            mode,
            key_head: key.head(text),
            value_heads,
            int: bound.unwrap_or_default(),
            values,
        }
    }

    /// For `>`/`<` with exactly one value that is an integer: that integer. Anything else never
    /// matches (upstream's `Matches` fails to parse it).
    #[inline]
    pub(crate) fn bound(&self) -> Option<i64> {
        (self.mode & BOUNDED != 0).then_some(self.int)
    }

    /// Whether heads alone decide this requirement: its key and values fit in eight bytes (so
    /// `(word, len)` pairs compare exactly against labels of any length), it has at most two
    /// values, and it is not an integer comparison.
    pub(crate) fn by_heads(&self) -> bool {
        self.key_head.short()
            && self.values.len() <= 2
            && (self.mode & LOOKUP == 0 || !self.values.is_empty())
            && self.mode & NUMERIC == 0
            && self
                .value_heads
                .iter()
                .take(self.values.len())
                .all(|h| h.short())
    }

    /// The values, read from the selector's text.
    pub(crate) fn values_in<'t>(
        &'t self,
        text: &'t str,
    ) -> impl ExactSizeIterator<Item = &'t str> + Clone + 't {
        self.values.iter().map(move |s| s.of(text))
    }
}

/// All requirements of a selector, sorted by key, and the one string they point into.
#[derive(Clone, Debug, Default)]
pub(crate) struct Reqs {
    /// Every requirement can be matched by heads alone ([`Req::by_heads`]); recomputed whenever
    /// the requirements change.
    pub(crate) by_heads: bool,
    pub(crate) text: String,
    pub(crate) items: Vec<Req>,
}

/// Sorts a set's values and drops duplicates, as upstream's `sets.String.List()`.
pub(crate) fn sort_values(values: &mut SmallVec<[Span; 2]>, text: &[u8]) {
    if values.len() > 1 {
        values.sort_unstable_by(|a, b| cmp_bytes(a.bytes(text), b.bytes(text)));
        values.dedup_by(|a, b| eq_bytes(a.bytes(text), b.bytes(text)));
    }
}

impl Reqs {
    /// The parsers' result: requirements whose spans index `used` (a prefix of the input),
    /// copied once into a buffer with eight bytes of padding so that every span's head can load
    /// a whole word (`Head::of_span`), then sorted.
    pub(crate) fn parsed(used: &str, items: Vec<Req>) -> Reqs {
        Reqs::sorted(Reqs::padded(used), items)
    }

    /// `used` and eight bytes of padding.
    pub(crate) fn padded(used: &str) -> String {
        let mut text = String::with_capacity(used.len() + 8);
        text.push_str(used);
        text.push_str("\0\0\0\0\0\0\0\0");
        text
    }

    /// Requirements whose spans index `text`, sorted.
    pub(crate) fn sorted(text: String, items: Vec<Req>) -> Reqs {
        let mut reqs = Reqs {
            by_heads: false,
            text,
            items,
        };
        reqs.finish();
        reqs
    }

    /// Appends a string to the text, returning its span. Selectors longer than 4 GiB are cut.
    pub(crate) fn push(&mut self, s: &str) -> Span {
        let start = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.text.push_str(s);
        let end = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        Span { start, end }
    }

    /// Appends a requirement, copying its strings (the caller re-sorts).
    pub(crate) fn push_requirement<'v>(
        &mut self,
        key: &str,
        op: Operator,
        values: impl IntoIterator<Item = &'v str>,
    ) {
        let key = self.push(key);
        let values = values.into_iter().map(|v| self.push(v)).collect();
        let req = Req::new(key, op, values, self.text.as_bytes());
        self.items.push(req);
    }

    /// Sorts, and decides whether heads alone can match.
    pub(crate) fn finish(&mut self) {
        self.sort();
        self.by_heads = self.items.iter().all(Req::by_heads);
    }

    /// Sorts by key exactly as upstream's `sort.Sort(ByKey(…))`.
    fn sort(&mut self) {
        let text = self.text.as_bytes();
        let cmp = |a: &Req, b: &Req| {
            cmp_heads_then(a.key_head, b.key_head, || {
                (a.key.bytes(text), b.key.bytes(text))
            })
        };
        // Up to 12 elements Go's `sort.Sort` is an insertion sort, hence stable: any stable
        // sort gives its order, and the standard library's moves less data.
        if self.items.len() <= 12 {
            let sorted = self
                .items
                .windows(2)
                .all(|w| matches!(w, [a, b] if cmp(a, b).is_le()));
            if !sorted {
                self.items.sort_by(cmp);
            }
        } else {
            crate::sort::sort(&mut self.items, |a, b| cmp(a, b).is_lt());
        }
    }
}
