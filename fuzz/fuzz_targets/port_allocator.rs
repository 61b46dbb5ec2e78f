#![no_main]

//! Port ranges and the NodePort allocator under arbitrary operations: no panic; every port
//! handed out is inside the range and never twice while allocated; counts stay consistent.

use std::collections::BTreeSet;

use kube_primitives::service::{PortAllocator, PortRange, RandomSource};
use libfuzzer_sys::fuzz_target;

/// Randomness from the fuzzer's bytes.
struct Bytes<'a>(std::slice::Iter<'a, u8>);

impl RandomSource for Bytes<'_> {
    fn below(&mut self, n: usize) -> usize {
        let b = usize::from(*self.0.next().unwrap_or(&0));
        (b * 257) % n
    }
}

fuzz_target!(|input: (String, Vec<(u8, i32)>, Vec<u8>)| {
    let (spec, ops, random) = input;
    let Ok(range) = PortRange::parse(&spec) else { return };
    assert_eq!(PortRange::parse(&range.to_string()).expect("printed range parses"), range);
    if range.size() > 4096 {
        return;
    }
    let mut a = PortAllocator::new(range);
    let mut rng = Bytes(random.iter());
    let mut held = BTreeSet::new();
    for (op, port) in ops.into_iter().take(2000) {
        let port = i64::from(port);
        match op % 3 {
            0 => {
                if let Ok(p) = a.allocate_next(&mut rng) {
                    assert!(range.contains(i64::from(p)));
                    assert!(held.insert(i64::from(p)), "{p} handed out twice");
                }
            }
            1 => {
                if a.allocate(port).is_ok() {
                    assert!(held.insert(port));
                }
            }
            _ => {
                a.release(port);
                held.remove(&port);
            }
        }
        assert_eq!(a.used(), held.len());
        assert_eq!(a.free() + a.used(), range.size() as usize);
    }
});
