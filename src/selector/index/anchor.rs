//! Which requirement of a conjunction the index files it under, and the lists that makes.

use smallvec::SmallVec;

use super::posting::{Place, Postings};
use crate::selector::repr::{Req, Reqs, LOOKUP, NEGATE, NUMERIC};

/// The requirement a conjunction is listed under: a positive one (`=`, `in`, exists, `>`, `<`)
/// — every label set it matches has the key, so only label sets with the key can match — or
/// none (`Always`: only `!=`, `notin`, `!`, or nothing at all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Anchor {
    Always,
    /// `=`/`in`: listed under each distinct value of requirement `.0`.
    Values(usize),
    /// Exists, `>`, `<`: listed under the key of requirement `.0`.
    Present(usize),
}

fn anchor_of(index: usize, req: &Req) -> Option<Anchor> {
    match req.mode {
        m if m & NEGATE != 0 => None,
        m if m & LOOKUP != 0 => Some(Anchor::Values(index)),
        m if m & NUMERIC != 0 => Some(Anchor::Present(index)),
        _ => Some(Anchor::Present(index)),
    }
}

/// The lists `anchor` puts a conjunction on, in a fixed order (slot `i` is the `i`th place):
/// one per distinct value for `Values`, so that a label set reaches the conjunction at most
/// once.
pub(super) fn places(reqs: &Reqs, anchor: Anchor) -> SmallVec<[Place<'_>; 2]> {
    let text = reqs.text.as_str();
    let mut out = SmallVec::new();
    match anchor {
        Anchor::Always => {}
        Anchor::Present(i) => {
            if let Some(r) = reqs.items.get(i) {
                out.push(Place::Present(r.key.of(text)));
            }
        }
        Anchor::Values(i) => {
            if let Some(r) = reqs.items.get(i) {
                let key = r.key.of(text);
                let mut values: SmallVec<[&str; 4]> = r.values_in(text).collect();
                values.sort_unstable();
                values.dedup();
                out.extend(values.into_iter().map(|v| Place::Value(key, v)));
            }
        }
    }
    out
}

/// The anchor whose lists are shortest now (fewest candidates to check later), preferring any
/// positive requirement to none.
pub(super) fn choose(reqs: &Reqs, postings: &Postings) -> Anchor {
    let mut best = (usize::MAX, Anchor::Always);
    for (i, req) in reqs.items.iter().enumerate() {
        let Some(anchor) = anchor_of(i, req) else {
            continue;
        };
        let cost: usize = places(reqs, anchor)
            .iter()
            .map(|p| postings.list(*p).map_or(0, |l| l.len()) + 1)
            .sum();
        if cost < best.0 {
            best = (cost, anchor);
        }
    }
    best.1
}
