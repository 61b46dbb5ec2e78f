//! Test tables of upstream's
//! [port_range_test.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/util/net/port_range_test.go)
//! and the behaviour [portallocator/allocator_test.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/registry/core/service/portallocator/allocator_test.go)
//! checks, ported to the pure allocator.

use std::collections::BTreeSet;

use kube_primitives::service::{AllocationError, PortAllocator, PortRange, SplitMix64};

// TestPortRange
#[test]
fn port_range() {
    let rows: &[(&str, Option<&str>, i64, i64)] = &[
        ("100-200", Some("100-200"), 200, 201),
        (" 100-200 ", Some("100-200"), 200, 201),
        ("0-0", Some("0-0"), 0, 1),
        ("", Some(""), -1, 0),
        ("100", Some("100-100"), 100, 101),
        ("100 - 200", None, -1, -1),
        ("-100", None, -1, -1),
        ("100-", None, -1, -1),
        ("200-100", None, -1, -1),
        ("60000-70000", None, -1, -1),
        ("70000-80000", None, -1, -1),
        ("70000+80000", None, -1, -1),
        ("1+0", Some("1-1"), 1, 2),
        ("0+0", Some("0-0"), 0, 1),
        ("1+-1", None, -1, -1),
        ("1-+1", None, -1, -1),
        ("100+200", Some("100-300"), 300, 301),
        ("1+65535", None, -1, -1),
        ("0+65535", Some("0-65535"), 65535, 65536),
    ];
    for (input, want, included, excluded) in rows {
        match (PortRange::parse(input), want) {
            (Ok(r), Some(want)) => {
                assert_eq!(r.to_string(), *want, "{input:?}");
                if *included >= 0 {
                    assert!(r.contains(*included), "{input:?} includes {included}");
                }
                if *excluded >= 0 {
                    assert!(!r.contains(*excluded), "{input:?} excludes {excluded}");
                }
            }
            (Err(_), None) => {}
            (got, want) => panic!("{input:?}: got {got:?}, want {want:?}"),
        }
    }
    let err = |s: &str| PortRange::parse(s).unwrap_err().to_string();
    assert_eq!(
        err("100 - 200"),
        r#"strconv.Atoi: parsing "100 ": invalid syntax"#
    );
    assert_eq!(err("1+-1"), "unable to parse port range: 1+-1");
    assert_eq!(
        err("60000-70000"),
        "the port range cannot be greater than 65535: 60000-70000"
    );
    assert_eq!(
        err("200-100"),
        "end port cannot be less than start port: 200-100"
    );
    assert_eq!(
        err("1-99999999999999999999"),
        r#"strconv.Atoi: parsing "99999999999999999999": value out of range"#
    );
    // Go's int addition wraps; the wrapped end is below the start.
    assert_eq!(
        err("1+9223372036854775807"),
        "end port cannot be less than start port: 1+9223372036854775807"
    );
}

// TestAllocate: every port once, then full; out-of-range and repeated requests refused.
#[test]
fn allocate_whole_range() {
    let range: PortRange = "10000-10200".parse().unwrap();
    let mut a = PortAllocator::new(range);
    assert_eq!(a.free(), 201);
    let mut rng = SplitMix64::new(1);
    let mut seen = BTreeSet::new();
    for _ in 0..201 {
        let p = a.allocate_next(&mut rng).unwrap();
        assert!(range.contains(i64::from(p)), "{p}");
        assert!(seen.insert(p), "{p} handed out twice");
    }
    assert_eq!((a.free(), a.used()), (0, 201));
    assert_eq!(a.allocate_next(&mut rng), Err(AllocationError::Full));
    assert_eq!(
        a.allocate_next(&mut rng).unwrap_err().to_string(),
        "range is full"
    );
    assert_eq!(a.allocate(10001), Err(AllocationError::Allocated));
    let not_in_range =
        "provided port is not in the valid range. The range of valid ports is 10000-10200";
    for p in [9999, 10201, -1] {
        assert_eq!(a.allocate(p).unwrap_err().to_string(), not_in_range);
    }
    a.release(10001);
    a.release(10001);
    a.release(20000);
    assert_eq!(a.free(), 1);
    assert!(!a.has(10001));
    assert_eq!(a.allocate_next(&mut rng), Ok(10001));
    assert_eq!(a.iter().count(), 201);
}

// TestAllocateReserved: random picks leave the static band alone until the rest is full.
#[test]
fn static_band_is_used_last() {
    let range: PortRange = "30000-30999".parse().unwrap();
    let mut a = PortAllocator::new(range);
    // 1000 / 32 = 31: between 16 and 128.
    assert_eq!(a.static_band(), 31);
    let mut rng = SplitMix64::new(99);
    for _ in 0..(1000 - 31) {
        let p = a.allocate_next(&mut rng).unwrap();
        assert!(p >= 30031, "{p} is in the static band");
    }
    for _ in 0..31 {
        let p = a.allocate_next(&mut rng).unwrap();
        assert!(p < 30031, "{p}");
    }
    assert_eq!(a.allocate_next(&mut rng), Err(AllocationError::Full));
}

#[test]
fn band_sizes() {
    let band = |s: &str| PortAllocator::new(s.parse().unwrap()).static_band();
    assert_eq!(band("1-16"), 0);
    assert_eq!(band("1-17"), 16);
    assert_eq!(band("30000-32767"), 86);
    assert_eq!(band("0-65535"), 128);
    assert_eq!(band(""), 0);
    // An empty range is always full.
    let mut a = PortAllocator::new("".parse().unwrap());
    assert_eq!(
        a.allocate_next(&mut SplitMix64::new(0)),
        Err(AllocationError::Full)
    );
    assert_eq!(
        a.allocate(1).unwrap_err().to_string(),
        "provided port is not in the valid range. The range of valid ports is "
    );
}

// ipallocator TestAllocate: the whole block once, network/broadcast and outsiders refused.
#[test]
fn ip_allocate_tables() {
    use kube_primitives::service::{Cidr, IpAllocationError, IpAllocator};
    use std::net::IpAddr;

    let rows: &[(&str, usize, &str, &[&str], &str)] = &[
        (
            "192.168.1.0/24",
            254,
            "192.168.1.5",
            &["192.168.0.1", "192.168.1.0", "192.168.1.255", "192.168.2.2"],
            "192.168.1.1",
        ),
        (
            "10.0.0.0/15",
            131070,
            "10.0.0.5",
            &["10.0.0.0", "10.1.255.255", "10.255.255.2"],
            "10.0.1.1",
        ),
        (
            "2001:db8:1::/48",
            65535,
            "2001:db8:1::5",
            &[
                "2001:db8::1",
                "2001:db8:1::",
                "2001:db8:1::1:0",
                "2001:db8:2::2",
            ],
            "2001:db8:1::1",
        ),
    ];
    for (cidr, free, released, out_of_range, already) in rows {
        let c: Cidr = cidr.parse().unwrap();
        let mut a = IpAllocator::new(c);
        assert_eq!(a.free(), *free, "{cidr}");
        let mut rng = SplitMix64::new(5);
        let mut seen = BTreeSet::new();
        for _ in 0..*free {
            let ip = a.allocate_next(&mut rng).unwrap();
            assert!(c.contains(ip), "{ip} outside {cidr}");
            assert!(seen.insert(ip), "{ip} handed out twice");
        }
        assert_eq!(
            a.allocate_next(&mut rng),
            Err(IpAllocationError::Full),
            "{cidr}"
        );
        let released: IpAddr = released.parse().unwrap();
        a.release(released);
        assert_eq!(a.free(), 1);
        assert_eq!(a.allocate_next(&mut rng), Ok(released));
        a.release(released);
        for ip in *out_of_range {
            let ip: IpAddr = ip.parse().unwrap();
            assert_eq!(
                a.allocate(ip).unwrap_err().to_string(),
                format!("the provided IP ({ip}) is not in the valid range. The range of valid IPs is {cidr}")
            );
        }
        let already: IpAddr = already.parse().unwrap();
        assert_eq!(
            a.allocate(already).unwrap_err().to_string(),
            "provided IP is already allocated"
        );
        assert!(a.allocate(released).is_ok());
        assert_eq!(a.free(), 0);
    }
}

#[test]
fn ip_blocks_and_bands() {
    use kube_primitives::service::{Cidr, IpAllocator};

    let alloc = |s: &str| IpAllocator::new(s.parse::<Cidr>().unwrap());
    // /32, /31 and /128 leave nothing to hand out.
    for tiny in ["10.0.0.1/32", "10.0.0.0/31", "fd00::1/128"] {
        assert_eq!(alloc(tiny).free(), 0, "{tiny}");
    }
    assert_eq!(alloc("10.0.0.0/30").free(), 2);
    assert_eq!(alloc("fd00::/127").free(), 1);
    assert_eq!(alloc("fd00::/64").free(), 65535);
    // min(max(16, size/16), 256), 0 up to 16 addresses.
    assert_eq!(alloc("10.0.0.0/28").static_band(), 0);
    assert_eq!(alloc("10.0.0.0/27").static_band(), 16);
    assert_eq!(alloc("10.0.0.0/20").static_band(), 256);
    assert_eq!(alloc("fd00::/64").static_band(), 256);
    // Random picks use the static band last.
    let mut a = alloc("10.0.0.0/24");
    let mut rng = SplitMix64::new(11);
    for _ in 0..(254 - 16) {
        let ip = a.allocate_next(&mut rng).unwrap();
        assert!(
            ip > "10.0.0.16".parse::<std::net::IpAddr>().unwrap(),
            "{ip}"
        );
    }
    // Blocks print as Go prints IPNet: the masked network.
    assert_eq!(
        "10.96.3.4/12".parse::<Cidr>().unwrap().to_string(),
        "10.96.0.0/12"
    );
    assert_eq!(
        "2001:DB8::1/32".parse::<Cidr>().unwrap().to_string(),
        "2001:db8::/32"
    );
    for bad in [
        "10.0.0.0",
        "10.0.0.0/33",
        "fd00::/129",
        "10.0.0.0/-1",
        "x/8",
        "10.0.0.0/+8",
    ] {
        assert_eq!(
            bad.parse::<Cidr>().unwrap_err().to_string(),
            format!("invalid CIDR address: {bad}")
        );
    }
}
