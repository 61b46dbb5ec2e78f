//! A counting global allocator for the whole test binary (test code only; the library itself
//! forbids `unsafe`). The counters are thread-local, so tests running in parallel on other threads
//! do not disturb a measurement.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    /// Allocations and bytes allocated on this thread so far.
    static ALLOCATIONS: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counters are a plain
// thread-local cell.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // `try_with`: the allocator can be called while the thread's locals are torn down.
        let _ = ALLOCATIONS.try_with(|n| {
            let (count, bytes) = n.get();
            n.set((count + 1, bytes + layout.size()));
        });
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The result of `f`, and the allocations and bytes it cost on this thread.
pub fn counted<R>(f: impl FnOnce() -> R) -> (R, usize, usize) {
    let (count, bytes) = ALLOCATIONS.with(Cell::get);
    let r = std::hint::black_box(f());
    let (count2, bytes2) = ALLOCATIONS.with(Cell::get);
    (r, count2 - count, bytes2 - bytes)
}

/// How many allocations `f` made on this thread.
pub fn allocations<R>(f: impl FnOnce() -> R) -> usize {
    counted(f).1
}
