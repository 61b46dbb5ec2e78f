//! Posting lists with O(1) removal: each member remembers its position in every list it is on
//! (a back-pointer), so removing it swaps the last member into its place and fixes that one's
//! back-pointer instead of searching the list.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

/// One member of a posting list: its owner (a slab index) and which of the owner's back-pointers
/// records its position here.
#[derive(Clone, Copy, Debug)]
pub(super) struct Member {
    pub(super) owner: u32,
    pub(super) slot: u32,
}

/// A posting list, in no particular order.
#[derive(Clone, Debug, Default)]
pub(super) struct Posting {
    members: Vec<Member>,
}

impl Posting {
    /// Appends a member, returning its position.
    pub(super) fn push(&mut self, member: Member) -> u32 {
        let at = u32::try_from(self.members.len()).unwrap_or(u32::MAX);
        self.members.push(member);
        at
    }

    /// Removes the member at `at`, returning the member now at `at` (moved from the end), whose
    /// back-pointer the caller updates to `at`.
    pub(super) fn remove(&mut self, at: u32) -> Option<Member> {
        let at = usize::try_from(at).ok()?;
        if at >= self.members.len() {
            return None;
        }
        self.members.swap_remove(at);
        self.members.get(at).copied()
    }

    pub(super) fn len(&self) -> usize {
        self.members.len()
    }

    pub(super) fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = Member> + '_ {
        self.members.iter().copied()
    }
}

/// The lists of one label key: members that need the key present, and members that need one of
/// its values.
#[derive(Clone, Debug, Default)]
pub(super) struct KeyPostings {
    pub(super) present: Posting,
    pub(super) values: BTreeMap<String, Posting>,
}

impl KeyPostings {
    pub(super) fn is_empty(&self) -> bool {
        self.present.is_empty() && self.values.is_empty()
    }
}

/// Where a member is listed: on a key's `present` list, or on one of its values' lists.
#[derive(Clone, Copy, Debug)]
pub(super) enum Place<'a> {
    Present(&'a str),
    Value(&'a str, &'a str),
}

/// All lists, by key.
#[derive(Clone, Debug, Default)]
pub(super) struct Postings {
    pub(super) keys: BTreeMap<String, KeyPostings>,
}

impl Postings {
    /// The list at `place`, created if need be.
    pub(super) fn list_mut(&mut self, place: Place<'_>) -> &mut Posting {
        let key = match place {
            Place::Present(k) | Place::Value(k, _) => k,
        };
        // Inserting is not the hot path: the entry API's key copy is fine here.
        let kp = self.keys.entry(String::from(key)).or_default();
        match place {
            Place::Present(_) => &mut kp.present,
            Place::Value(_, v) => kp.values.entry(String::from(v)).or_default(),
        }
    }

    /// The list at `place`, if any.
    pub(super) fn list(&self, place: Place<'_>) -> Option<&Posting> {
        match place {
            Place::Present(k) => self.keys.get(k).map(|kp| &kp.present),
            Place::Value(k, v) => self.keys.get(k).and_then(|kp| kp.values.get(v)),
        }
    }

    /// Removes the member at position `at` of the list at `place`, dropping lists left empty;
    /// returns the member moved into `at`.
    pub(super) fn remove(&mut self, place: Place<'_>, at: u32) -> Option<Member> {
        let (key, value) = match place {
            Place::Present(k) => (k, None),
            Place::Value(k, v) => (k, Some(v)),
        };
        let kp = self.keys.get_mut(key)?;
        let moved = match value {
            None => kp.present.remove(at),
            Some(v) => {
                let list = kp.values.get_mut(v)?;
                let moved = list.remove(at);
                if list.is_empty() {
                    kp.values.remove(v);
                }
                moved
            }
        };
        if kp.is_empty() {
            self.keys.remove(key);
        }
        moved
    }
}
