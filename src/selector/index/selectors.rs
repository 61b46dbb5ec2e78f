//! `SelectorIndex`: many selectors, one label set — which selectors match?

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use smallvec::SmallVec;

use super::anchor::{choose, places, Anchor};
use super::posting::{Member, Posting, Postings};
use super::slab::Slab;
use crate::api::core::LabelSelector;
use crate::labels::{LabelSet, Labels, Seal};
use crate::selector::repr::Reqs;
use crate::selector::{LabelSelectorError, NodeSelectorMatcher, ParseError, Selector};

/// One AND of requirements (a selector, or one node-selector term) and where it is listed.
#[derive(Clone, Debug)]
struct Conj {
    entry: u32,
    reqs: Reqs,
    anchor: Anchor,
    /// Its position in each list of `places(reqs, anchor)`, or in `always`.
    positions: SmallVec<[u32; 2]>,
    /// Whether a label set that reaches it through its lists must still be checked: it has
    /// requirements besides the anchor, or the anchor is `>`/`<`.
    check: bool,
}

#[derive(Clone, Debug)]
struct Entry<K> {
    key: K,
    /// Its conjunctions, ORed: none for [`Selector::nothing`].
    conjs: SmallVec<[u32; 1]>,
}

/// Label selectors registered under caller keys, answering "which of them match these labels?"
/// without testing each one.
///
/// Every selector is split into ANDs of requirements (one for a label selector, one per term for
/// a node selector). Each AND is listed under one positive requirement, chosen when it is
/// inserted as the one with the shortest lists: under each `(key, value)` of an `=`/`in`, or
/// under the key of an exists/`>`/`<`. An AND with only `!=`, `notin` and `!` (which a label
/// set without the key satisfies) or with nothing at all is listed as always a candidate.
/// [`SelectorIndex::matching`] visits the lists of the labels' keys and values and checks the
/// rest of a candidate's requirements only when it has any. [`Selector::everything`] matches
/// every label set, [`Selector::nothing`] none.
///
/// Inserting and removing cost O(requirements · log n); matching costs O(labels · log n) plus
/// the candidates reached.
///
/// ```
/// use kube_primitives::labels::LabelSet;
/// use kube_primitives::selector::SelectorIndex;
///
/// let mut index = SelectorIndex::new();
/// index.insert_str("web", "app=web,tier in (frontend,backend)").unwrap();
/// index.insert_str("not-prod", "env!=prod").unwrap();
/// index.insert_str("db", "app=db").unwrap();
/// let pod = LabelSet::from_pairs([("app", "web"), ("tier", "frontend")]);
/// let mut hits = index.matching(&pod);
/// hits.sort();
/// assert_eq!(hits, [&"not-prod", &"web"]);
/// index.remove(&"web");
/// assert_eq!(index.matching(&pod), [&"not-prod"]);
/// ```
#[derive(Clone, Debug)]
pub struct SelectorIndex<K> {
    ids: BTreeMap<K, u32>,
    entries: Slab<Entry<K>>,
    conjs: Slab<Conj>,
    postings: Postings,
    always: Posting,
    /// Entries with more than one conjunction: matching then removes duplicate answers.
    multi: usize,
}

impl<K> Default for SelectorIndex<K> {
    fn default() -> Self {
        SelectorIndex {
            ids: BTreeMap::new(),
            entries: Slab::default(),
            conjs: Slab::default(),
            postings: Postings::default(),
            always: Posting::default(),
            multi: 0,
        }
    }
}

impl<K: Ord + Clone> SelectorIndex<K> {
    /// An empty index.
    pub fn new() -> SelectorIndex<K> {
        SelectorIndex::default()
    }

    /// The number of selectors registered.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no selector is registered.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Whether a selector is registered under `key`.
    pub fn contains_key(&self, key: &K) -> bool {
        self.ids.contains_key(key)
    }

    /// Registers `selector` under `key`, replacing any selector registered there; returns
    /// whether one was.
    pub fn insert(&mut self, key: K, selector: Selector) -> bool {
        self.insert_any(key, selector.into_reqs().into_iter())
    }

    /// Parses and registers a selector string ([`Selector::parse`]).
    ///
    /// # Errors
    ///
    /// The string does not parse; the index is then unchanged.
    pub fn insert_str(&mut self, key: K, selector: &str) -> Result<bool, ParseError> {
        Ok(self.insert(key, Selector::parse(selector)?))
    }

    /// Registers a structured selector ([`Selector::from_label_selector`]: `None` selects
    /// nothing, an empty one everything).
    ///
    /// # Errors
    ///
    /// It does not convert; the index is then unchanged.
    pub fn insert_label_selector(
        &mut self,
        key: K,
        selector: Option<&LabelSelector>,
    ) -> Result<bool, LabelSelectorError> {
        Ok(self.insert(key, Selector::from_label_selector(selector)?))
    }

    /// Registers a Service's `spec.selector`: `None` (no selector: the endpoints controller
    /// selects no pods) matches nothing; otherwise exactly these labels (Go's
    /// `SelectorFromSet`, so an empty map matches every pod).
    pub fn insert_service_selector(
        &mut self,
        key: K,
        selector: Option<&BTreeMap<String, String>>,
    ) -> bool {
        let selector = match selector {
            None => Selector::nothing(),
            Some(map) => Selector::from(&LabelSet::from(map.clone())),
        };
        self.insert(key, selector)
    }

    /// Registers a compiled node selector: its terms ORed, each term's `matchExpressions`
    /// ANDed, an empty term matching nothing.
    ///
    /// `matchFields` read the node's name, which labels do not carry: they are ignored, so a
    /// term with `matchFields` matches every node its `matchExpressions` match (a term with
    /// only `matchFields`, every node). Check such answers with
    /// [`NodeSelectorMatcher::matches`] when names matter.
    pub fn insert_node_selector(&mut self, key: K, selector: &NodeSelectorMatcher) -> bool {
        let terms = selector.label_terms().map(|s| match s {
            Some(s) => s.reqs().cloned().unwrap_or_default(),
            None => Reqs::default(),
        });
        self.insert_any(key, terms)
    }

    /// Unregisters the selector under `key`; returns whether there was one.
    pub fn remove(&mut self, key: &K) -> bool {
        let Some(id) = self.ids.remove(key) else {
            return false;
        };
        let Some(entry) = self.entries.remove(id) else {
            return true;
        };
        if entry.conjs.len() > 1 {
            self.multi -= 1;
        }
        for c in entry.conjs {
            self.unlist(c);
        }
        true
    }

    /// The keys of every selector that `labels` match, each once, in no particular order.
    /// Fastest with a [`LabelSet`]; any other [`Labels`] is probed once per key the index
    /// knows.
    #[doc(alias = "Matches")]
    pub fn matching(&self, labels: &(impl Labels + ?Sized)) -> Vec<&K> {
        let mut hits: Vec<u32> = Vec::new();
        let mut visit = |list: &Posting| {
            for m in list.iter() {
                if let Some(c) = self.conjs.get(m.owner) {
                    if !c.check || c.reqs.matches(labels) {
                        hits.push(c.entry);
                    }
                }
            }
        };
        visit(&self.always);
        if let Some(sorted) = labels.sorted_pairs(Seal(())) {
            for (k, v) in sorted.pairs {
                if let Some(kp) = self.postings.keys.get(k.as_str()) {
                    visit(&kp.present);
                    if let Some(list) = kp.values.get(v.as_str()) {
                        visit(list);
                    }
                }
            }
        } else {
            for (k, kp) in &self.postings.keys {
                if let Some(v) = labels.label(k) {
                    visit(&kp.present);
                    if let Some(list) = kp.values.get(v) {
                        visit(list);
                    }
                }
            }
        }
        if self.multi > 0 {
            hits.sort_unstable();
            hits.dedup();
        }
        hits.into_iter()
            .filter_map(|e| self.entries.get(e).map(|e| &e.key))
            .collect()
    }

    fn insert_any(&mut self, key: K, conjs: impl Iterator<Item = Reqs>) -> bool {
        let replaced = self.remove(&key);
        let id = self.entries.insert(Entry {
            key: key.clone(),
            conjs: SmallVec::new(),
        });
        let mut listed: SmallVec<[u32; 1]> = SmallVec::new();
        for reqs in conjs {
            listed.push(self.list(id, reqs));
        }
        if listed.len() > 1 {
            self.multi += 1;
        }
        if let Some(entry) = self.entries.get_mut(id) {
            entry.conjs = listed;
        }
        self.ids.insert(key, id);
        replaced
    }

    /// Lists one conjunction of entry `entry`.
    fn list(&mut self, entry: u32, reqs: Reqs) -> u32 {
        let anchor = choose(&reqs, &self.postings);
        let check = match anchor {
            Anchor::Always => !reqs.items.is_empty(),
            Anchor::Present(i) => {
                reqs.items.len() > 1
                    || reqs
                        .items
                        .get(i)
                        .is_some_and(|r| r.mode & crate::selector::repr::NUMERIC != 0)
            }
            Anchor::Values(_) => reqs.items.len() > 1,
        };
        let id = self.conjs.insert(Conj {
            entry,
            reqs,
            anchor,
            positions: SmallVec::new(),
            check,
        });
        let Some(conj) = self.conjs.get(id) else {
            return id;
        };
        let mut positions = SmallVec::new();
        if anchor == Anchor::Always {
            positions.push(self.always.push(Member { owner: id, slot: 0 }));
        }
        for (slot, place) in places(&conj.reqs, anchor).into_iter().enumerate() {
            let slot = u32::try_from(slot).unwrap_or(u32::MAX);
            positions.push(
                self.postings
                    .list_mut(place)
                    .push(Member { owner: id, slot }),
            );
        }
        if let Some(conj) = self.conjs.get_mut(id) {
            conj.positions = positions;
        }
        id
    }

    /// Takes conjunction `id` off its lists, fixing the back-pointer of each member moved.
    fn unlist(&mut self, id: u32) {
        let Some(conj) = self.conjs.remove(id) else {
            return;
        };
        let mut moved: SmallVec<[(Member, u32); 2]> = SmallVec::new();
        if conj.anchor == Anchor::Always {
            if let Some(&at) = conj.positions.first() {
                moved.extend(self.always.remove(at).map(|m| (m, at)));
            }
        }
        for (place, &at) in places(&conj.reqs, conj.anchor)
            .into_iter()
            .zip(&conj.positions)
        {
            moved.extend(self.postings.remove(place, at).map(|m| (m, at)));
        }
        for (m, at) in moved {
            if let Some(slot) = self
                .conjs
                .get_mut(m.owner)
                .and_then(|c| c.positions.get_mut(usize::try_from(m.slot).ok()?))
            {
                *slot = at;
            }
        }
    }
}
