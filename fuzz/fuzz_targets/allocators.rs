#![no_main]

//! Port ranges, CIDR blocks and their allocators under arbitrary operations: no panic; every
//! port or address handed out is inside the range and never twice while allocated; counts stay
//! consistent.

use std::collections::BTreeSet;

use std::net::IpAddr;

use kube_primitives::service::{Cidr, IpAllocator, PortAllocator, PortRange, RandomSource};
use libfuzzer_sys::fuzz_target;

/// Randomness from the fuzzer's bytes.
struct Bytes<'a>(std::slice::Iter<'a, u8>);

impl RandomSource for Bytes<'_> {
    fn below(&mut self, n: usize) -> usize {
        let b = usize::from(*self.0.next().unwrap_or(&0));
        (b * 257) % n
    }
}

fn ips(spec: &str, ops: &[(u8, i32)], random: &[u8]) {
    let Ok(cidr) = Cidr::parse(spec) else { return };
    assert_eq!(
        Cidr::parse(&cidr.to_string()).expect("printed block parses"),
        cidr
    );
    let mut a = IpAllocator::new(cidr);
    if a.free() > 4096 {
        return;
    }
    let mut rng = Bytes(random.iter());
    let mut held = BTreeSet::new();
    for &(op, n) in ops.iter().take(2000) {
        // Addresses near the network address, in the block's family.
        let ip: IpAddr = match cidr.network() {
            IpAddr::V4(v4) => IpAddr::V4((u32::from(v4).wrapping_add(n as u32 % 8192)).into()),
            IpAddr::V6(v6) => IpAddr::V6((u128::from(v6).wrapping_add(n as u128 % 8192)).into()),
        };
        match op % 3 {
            0 => {
                if let Ok(ip) = a.allocate_next(&mut rng) {
                    assert!(cidr.contains(ip));
                    assert!(held.insert(ip), "{ip} handed out twice");
                }
            }
            1 => {
                if a.allocate(ip).is_ok() {
                    assert!(held.insert(ip));
                }
            }
            _ => {
                a.release(ip);
                held.remove(&ip);
            }
        }
        assert_eq!(a.used(), held.len());
    }
}

fuzz_target!(|input: (String, Vec<(u8, i32)>, Vec<u8>)| {
    let (spec, ops, random) = input;
    ips(&spec, &ops, &random);
    let Ok(range) = PortRange::parse(&spec) else {
        return;
    };
    assert_eq!(
        PortRange::parse(&range.to_string()).expect("printed range parses"),
        range
    );
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
