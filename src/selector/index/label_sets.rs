//! `LabelSetIndex`: many label sets, one selector — which label sets does it pick?

use alloc::collections::BTreeMap;
use alloc::vec::Vec;

use super::posting::{Member, Place, Posting, Postings};
use super::slab::Slab;
use crate::labels::LabelSet;
use crate::selector::repr::{Req, Reqs, LOOKUP, NEGATE};
use crate::selector::Selector;

#[derive(Clone, Debug)]
struct Entry<K> {
    key: K,
    labels: LabelSet,
    /// For label `i`: its position on the key's `present` list (slot `2i`) and on its value's
    /// list (slot `2i + 1`).
    positions: Vec<u32>,
}

/// Label sets (pods, nodes) registered under caller keys, answering "which of them does this
/// selector pick?" without testing each one.
///
/// Every label set is listed under each of its keys and each `(key, value)`. A selector is
/// answered from the shortest lists any of its positive requirements (`=`, `in`, exists,
/// `>`, `<`) allows, checking the candidates against the whole selector; a selector with no
/// positive requirement (only `!=`, `notin`, `!`) tests every label set.
///
/// ```
/// use kube_primitives::labels::LabelSet;
/// use kube_primitives::selector::{LabelSetIndex, Selector};
///
/// let mut pods = LabelSetIndex::new();
/// pods.insert("web-1", LabelSet::from_pairs([("app", "web"), ("tier", "frontend")]));
/// pods.insert("web-2", LabelSet::from_pairs([("app", "web")]));
/// pods.insert("db-1", LabelSet::from_pairs([("app", "db")]));
/// let s: Selector = "app=web,tier notin (backend)".parse().unwrap();
/// let mut picked = pods.matching(&s);
/// picked.sort();
/// assert_eq!(picked, [&"web-1", &"web-2"]);
/// ```
#[derive(Clone, Debug)]
pub struct LabelSetIndex<K> {
    ids: BTreeMap<K, u32>,
    entries: Slab<Entry<K>>,
    postings: Postings,
}

impl<K> Default for LabelSetIndex<K> {
    fn default() -> Self {
        LabelSetIndex {
            ids: BTreeMap::new(),
            entries: Slab::default(),
            postings: Postings::default(),
        }
    }
}

/// The lists a positive requirement reads, or `None` for a requirement that a label set
/// without the key satisfies.
fn lists_of<'p>(postings: &'p Postings, reqs: &Reqs, req: &Req) -> Option<Vec<&'p Posting>> {
    if req.mode & NEGATE != 0 {
        return None;
    }
    let text = reqs.text.as_str();
    let key = req.key.of(text);
    if req.mode & LOOKUP == 0 {
        return Some(postings.list(Place::Present(key)).into_iter().collect());
    }
    let mut values: Vec<&str> = req.values_in(text).collect();
    values.sort_unstable();
    values.dedup();
    Some(
        values
            .into_iter()
            .filter_map(|v| postings.list(Place::Value(key, v)))
            .collect(),
    )
}

impl<K: Ord + Clone> LabelSetIndex<K> {
    /// An empty index.
    pub fn new() -> LabelSetIndex<K> {
        LabelSetIndex::default()
    }

    /// The number of label sets registered.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no label set is registered.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The label set registered under `key`.
    pub fn get(&self, key: &K) -> Option<&LabelSet> {
        let id = *self.ids.get(key)?;
        self.entries.get(id).map(|e| &e.labels)
    }

    /// Registers `labels` under `key`, returning the label set it replaces. O(labels · log n).
    pub fn insert(&mut self, key: K, labels: LabelSet) -> Option<LabelSet> {
        let replaced = self.remove(&key);
        let id = self.entries.insert(Entry {
            key: key.clone(),
            labels,
            positions: Vec::new(),
        });
        let mut positions = Vec::new();
        if let Some(entry) = self.entries.get(id) {
            positions.reserve(2 * entry.labels.len());
            let mut slot = 0u32;
            for (k, v) in entry.labels.iter() {
                for place in [Place::Present(k), Place::Value(k, v)] {
                    let list = self.postings.list_mut(place);
                    positions.push(list.push(Member { owner: id, slot }));
                    slot = slot.saturating_add(1);
                }
            }
        }
        if let Some(entry) = self.entries.get_mut(id) {
            entry.positions = positions;
        }
        self.ids.insert(key, id);
        replaced
    }

    /// Unregisters the label set under `key`, returning it. O(labels · log n).
    pub fn remove(&mut self, key: &K) -> Option<LabelSet> {
        let id = self.ids.remove(key)?;
        let entry = self.entries.remove(id)?;
        let mut at = entry.positions.iter().copied();
        for (k, v) in entry.labels.iter() {
            for place in [Place::Present(k), Place::Value(k, v)] {
                let Some(pos) = at.next() else { continue };
                if let Some(m) = self.postings.remove(place, pos) {
                    let moved = self
                        .entries
                        .get_mut(m.owner)
                        .and_then(|e| e.positions.get_mut(usize::try_from(m.slot).ok()?));
                    if let Some(p) = moved {
                        *p = pos;
                    }
                }
            }
        }
        Some(entry.labels)
    }

    /// The keys of every label set `selector` matches, in no particular order.
    #[doc(alias = "Matches")]
    pub fn matching(&self, selector: &Selector) -> Vec<&K> {
        let Some(reqs) = selector.reqs() else {
            return Vec::new();
        };
        // The positive requirement with the fewest candidates.
        let mut best: Option<(usize, Vec<&Posting>)> = None;
        for req in &reqs.items {
            let Some(lists) = lists_of(&self.postings, reqs, req) else {
                continue;
            };
            let cost = lists.iter().map(|l| l.len()).sum();
            if best.as_ref().map_or(true, |(c, _)| cost < *c) {
                best = Some((cost, lists));
            }
        }
        let mut out = Vec::new();
        let mut check = |id: u32| {
            if let Some(e) = self.entries.get(id) {
                if selector.matches(&e.labels) {
                    out.push(&e.key);
                }
            }
        };
        match best {
            // A label set is on one value list per key: the lists share no member.
            Some((_, lists)) => {
                for list in lists {
                    list.iter().for_each(|m| check(m.owner));
                }
            }
            None => self.ids.values().for_each(|&id| check(id)),
        }
        out
    }
}
