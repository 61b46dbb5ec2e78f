//! A map for the uniqueness and lookup checks of validation (names seen so far, volumes by
//! name). Upstream builds Go maps; a valid object usually has a handful of entries, so they
//! stay in a stack array searched linearly, and only past [`INLINE`] entries move to a
//! `BTreeMap`: validating a typical object allocates nothing, a huge one stays `O(n log n)`.

use alloc::collections::BTreeMap;
use core::borrow::Borrow;

use smallvec::SmallVec;

/// Entries kept on the stack before the map moves to a `BTreeMap`.
const INLINE: usize = 16;

/// An insert-once map: the first value inserted for a key stays.
pub(crate) struct SmallMap<K, V> {
    inline: SmallVec<[(K, V); INLINE]>,
    /// Every entry once there are more than [`INLINE`] (`inline` is then empty). An `Option`,
    /// so that dropping a map that never spilled costs a test rather than a `BTreeMap` drop.
    spilled: Option<BTreeMap<K, V>>,
}

impl<K: Ord + Copy, V: Copy> SmallMap<K, V> {
    pub(crate) fn new() -> Self {
        SmallMap {
            inline: SmallVec::new(),
            spilled: None,
        }
    }

    /// The value of `key`. Borrowed keys, as `BTreeMap::get`: the map is invariant in `K` (a
    /// `SmallVec` names its item through an associated type), so a `&str` key of a shorter
    /// lifetime could not be passed as `K`.
    pub(crate) fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        match &self.spilled {
            None => (self.inline.iter())
                .find(|(k, _)| k.borrow() == key)
                .map(|(_, v)| *v),
            Some(spilled) => spilled.get(key).copied(),
        }
    }

    pub(crate) fn contains<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.get(key).is_some()
    }

    /// Adds `key` unless it is there already; false (and the old value kept) when it was.
    pub(crate) fn insert(&mut self, key: K, value: V) -> bool {
        if self.contains(&key) {
            return false;
        }
        match &mut self.spilled {
            None if self.inline.len() < INLINE => self.inline.push((key, value)),
            None => {
                let mut spilled: BTreeMap<K, V> = self.inline.drain(..).collect();
                spilled.insert(key, value);
                self.spilled = Some(spilled);
            }
            Some(spilled) => {
                spilled.insert(key, value);
            }
        }
        true
    }
}

/// An insert-once set.
pub(crate) type SmallSet<K> = SmallMap<K, ()>;

impl<K: Ord + Copy> SmallMap<K, ()> {
    /// Adds `key`; false when it was there already, as `BTreeSet::insert`.
    pub(crate) fn add(&mut self, key: K) -> bool {
        self.insert(key, ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_once_below_and_above_the_inline_size() {
        let names: alloc::vec::Vec<alloc::string::String> =
            (0..3 * INLINE).map(|i| alloc::format!("n{i}")).collect();
        let mut m = SmallMap::new();
        for (i, n) in names.iter().enumerate() {
            assert!(m.insert(n.as_str(), i), "{n}");
            assert!(!m.insert(n.as_str(), i + 1000), "{n}");
            // Every key inserted so far is found with its first value, before and after the
            // move to the BTreeMap.
            for (j, earlier) in names.iter().enumerate().take(i + 1) {
                assert_eq!(m.get(earlier.as_str()), Some(j));
            }
            assert_eq!(m.get("absent"), None);
        }
        let mut s = SmallSet::new();
        assert!(s.add(1));
        assert!(!s.add(1));
        assert!(s.contains(&1));
        assert!(!s.contains(&2));
    }
}
