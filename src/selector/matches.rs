//! Matching: Go's `Requirement.Matches` and `internalSelector.Matches` over [`Reqs`].

use core::cmp::Ordering;

use super::repr::{Req, Reqs, LOOKUP, NEGATE, NUMERIC};
use super::Operator;
use crate::labels::{cmp_headed, eq_headed, Head, Labels, Seal};
use crate::text::parse_go_int;

/// Go's `Requirement.Matches`, given the label's value (`None` when the key is absent).
///
/// `=`/`==`/`in` need the key present with one of the values; `!=`/`notin` hold when the key
/// is absent too; `>`/`<` need the key present, its value and the single bound both integers
/// (`strconv.ParseInt(v, 10, 64)`), and a strict comparison.
#[inline]
pub(crate) fn matches_value<'v, I>(op: Operator, values: I, value: Option<&str>) -> bool
where
    I: IntoIterator<Item = &'v str>,
    I::IntoIter: ExactSizeIterator + Clone,
{
    let mut values = values.into_iter();
    match op {
        Operator::In | Operator::Equals | Operator::DoubleEquals => {
            value.is_some_and(|v| values.any(|x| x == v))
        }
        Operator::NotIn | Operator::NotEquals => value.map_or(true, |v| !values.any(|x| x == v)),
        Operator::Exists => value.is_some(),
        Operator::DoesNotExist => value.is_none(),
        Operator::GreaterThan | Operator::LessThan => {
            let (Some(only), None) = (values.next(), values.next()) else {
                return false;
            };
            compare(op, parse_go_int(only), value)
        }
    }
}

/// `>`/`<` against a bound already parsed (`None`: it is not an integer, nothing matches).
#[inline]
pub(crate) fn compare(op: Operator, bound: Option<i64>, value: Option<&str>) -> bool {
    match (bound, value.and_then(parse_go_int)) {
        (Some(r), Some(l)) if op == Operator::GreaterThan => l > r,
        (Some(r), Some(l)) => l < r,
        _ => false,
    }
}

impl Req {
    /// Whether `value` (with head `head`) is one of the values.
    #[inline]
    fn has_value(&self, text: &[u8], value: &[u8], head: Head) -> bool {
        self.values.iter().enumerate().any(|(i, s)| {
            let s_head = match self.value_heads.get(i) {
                Some(h) => *h,
                None => s.head(text),
            };
            eq_headed(s.bytes(text), s_head, value, head)
        })
    }

    /// Whether the label's value (`None`: absent) satisfies this requirement.
    #[inline]
    pub(crate) fn matches_label(&self, text: &str, value: Option<&str>) -> bool {
        if self.mode & NUMERIC != 0 {
            return compare(self.op, self.bound(), value);
        }
        let found = match value {
            Some(v) if self.mode & LOOKUP != 0 => {
                let (v, bytes) = (v.as_bytes(), text.as_bytes());
                self.has_value(bytes, v, Head::of(v))
            }
            Some(_) => true,
            None => false,
        };
        found != (self.mode & NEGATE != 0)
    }
}

/// The merge passes over heads alone: a requirement's short key orders exactly against any
/// label key by `(word, len)`, and its short values equal a label value exactly when those
/// agree. Requirements that need the key (`=`, `in`, exists) go first, in one pass: they are the
/// ones that usually fail, and a failure ends the match; those a missing key satisfies (`!=`,
/// `notin`, `!`) follow in a second. Out of line: inlined into a caller's loop, it spills.
#[inline(never)]
fn matches_by_heads(items: &[Req], heads: &[(Head, Head)]) -> bool {
    pass_by_heads(items, heads, 0) && pass_by_heads(items, heads, NEGATE)
}

/// One merge pass over the requirements whose `NEGATE` bit is `negate`.
#[inline]
fn pass_by_heads(items: &[Req], heads: &[(Head, Head)], negate: u8) -> bool {
    let mut j = 0;
    for req in items {
        if req.mode & NEGATE != negate {
            continue;
        }
        // The first words nearly always decide; the lengths only when they are equal.
        let (word, len) = req.key_head.halves();
        let mut value = None;
        while let Some(&(kh, vh)) = heads.get(j) {
            let (w, l) = kh.halves();
            if w < word || (w == word && l < len) {
                j += 1;
                continue;
            }
            if w == word && l == len {
                value = Some(vh.key());
            }
            break;
        }
        let found = match value {
            // One value is repeated in both heads (`Req::new`); `by_heads` excludes none.
            Some(v) if req.mode & LOOKUP != 0 => {
                let [first, second] = &req.value_heads;
                first.key() == v || second.key() == v
            }
            Some(_) => true,
            None => false,
        };
        if found == (negate != 0) {
            return false;
        }
    }
    true
}

impl Reqs {
    /// Whether `labels` satisfy every requirement. Never allocates.
    #[inline]
    pub(crate) fn matches(&self, labels: &(impl Labels + ?Sized)) -> bool {
        // The common case inline and small; the rest out of line, so that its registers and
        // stack frame cost nothing here.
        if self.by_heads {
            if let Some(sorted) = labels.sorted_pairs(Seal(())) {
                return matches_by_heads(&self.items, sorted.heads);
            }
        }
        self.matches_in_full(labels)
    }

    #[inline(never)]
    fn matches_in_full(&self, labels: &(impl Labels + ?Sized)) -> bool {
        let text = self.text.as_str();
        let Some(sorted) = labels.sorted_pairs(Seal(())) else {
            return self
                .items
                .iter()
                .all(|req| req.matches_label(text, labels.label(req.key.of(text))));
        };
        // Requirements are sorted by key, as the pairs are: one merge pass, comparing heads and
        // reading strings only where heads cannot decide.
        let bytes = text.as_bytes();
        let (pairs, heads) = (sorted.pairs, sorted.heads);
        let mut j = 0;
        self.items.iter().all(|req| {
            let key = req.key.bytes(bytes);
            let mut value = None;
            while let (Some((k, v)), Some(&(kh, vh))) = (pairs.get(j), heads.get(j)) {
                match cmp_headed(k.as_bytes(), kh, key, req.key_head) {
                    Ordering::Less => j += 1,
                    Ordering::Equal => {
                        value = Some((v, vh));
                        break;
                    }
                    Ordering::Greater => break,
                }
            }
            if req.mode & NUMERIC != 0 {
                return compare(req.op, req.bound(), value.map(|(v, _)| v.as_str()));
            }
            let found = match value {
                Some((v, vh)) if req.mode & LOOKUP != 0 => req.has_value(bytes, v.as_bytes(), vh),
                Some(_) => true,
                None => false,
            };
            found != (req.mode & NEGATE != 0)
        })
    }
}
