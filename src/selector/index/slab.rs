//! A slab: values under small integer ids that stay valid until removed, ids reused.

use alloc::vec::Vec;

#[derive(Clone, Debug)]
pub(super) struct Slab<T> {
    slots: Vec<Option<T>>,
    free: Vec<u32>,
}

impl<T> Default for Slab<T> {
    fn default() -> Self {
        Slab {
            slots: Vec::new(),
            free: Vec::new(),
        }
    }
}

fn at(id: u32) -> usize {
    usize::try_from(id).unwrap_or(usize::MAX)
}

impl<T> Slab<T> {
    /// Stores `value`, returning its id. Ids are `u32` to keep lists small: past `u32::MAX`
    /// live values ids saturate and lookups answer for the wrong value, a size (hundreds of
    /// gigabytes) no index of selectors or label sets reaches.
    pub(super) fn insert(&mut self, value: T) -> u32 {
        if let Some(id) = self.free.pop() {
            if let Some(slot) = self.slots.get_mut(at(id)) {
                *slot = Some(value);
                return id;
            }
        }
        let id = u32::try_from(self.slots.len()).unwrap_or(u32::MAX);
        self.slots.push(Some(value));
        id
    }

    pub(super) fn remove(&mut self, id: u32) -> Option<T> {
        let value = self.slots.get_mut(at(id))?.take()?;
        self.free.push(id);
        Some(value)
    }

    #[inline]
    pub(super) fn get(&self, id: u32) -> Option<&T> {
        self.slots.get(at(id))?.as_ref()
    }

    pub(super) fn get_mut(&mut self, id: u32) -> Option<&mut T> {
        self.slots.get_mut(at(id))?.as_mut()
    }
}
