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
