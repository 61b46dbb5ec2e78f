#![no_main]

use std::net::IpAddr;

use kube_primitives::meta::validate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|value: &str| {
    let ip = validate::ip(value);
    let (v4, v6, cidr) = (
        validate::ipv4(value),
        validate::ipv6(value),
        validate::cidr(value),
    );
    // Go's sloppy parser accepts everything the strict one does (and leading zeros besides).
    if value.parse::<IpAddr>().is_ok() {
        assert!(ip.is_valid(), "{value:?}");
        assert!(v4.is_valid() || v6.is_valid(), "{value:?}");
    }
    if !ip.is_valid() {
        assert!(!v4.is_valid() && !v6.is_valid(), "{value:?}");
    }
    if cidr.is_valid() {
        let (addr, _) = value.split_once('/').expect("a CIDR has a slash");
        assert!(validate::ip(addr).is_valid(), "{value:?}");
    }
});
