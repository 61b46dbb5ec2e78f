//! The tables of upstream's
//! [pkg/quota/v1/resources_test.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/quota/v1/resources_test.go),
//! ported row by row.

use kube_primitives::quota::{contains, contains_prefix, difference, intersection, ResourceList};

fn rl(pairs: &[(&str, &str)]) -> ResourceList {
    pairs
        .iter()
        .map(|(k, v)| (*k, v.parse().unwrap()))
        .collect()
}

#[test]
fn equals() {
    let cm = |c: &str| rl(&[("cpu", c), ("memory", "1Gi")]);
    assert!(rl(&[]).equals(&rl(&[])));
    assert!(cm("100m").equals(&cm("100m")));
    assert!(!cm("200m").equals(&cm("100m")));
    assert!(!cm("100m").equals(&rl(&[("cpu", "100m"), ("memory", "1Gi"), ("pods", "1")])));
}

#[test]
fn max_add_subtract() {
    let cpu = |v: &str| rl(&[("cpu", v)]);
    let max_rows = [
        (rl(&[]), rl(&[]), rl(&[])),
        (cpu("100m"), rl(&[]), cpu("100m")),
        (cpu("100m"), cpu("150m"), cpu("150m")),
        (cpu("150m"), cpu("100m"), cpu("150m")),
        (cpu("100m"), cpu("100m"), cpu("100m")),
    ];
    for (a, b, want) in max_rows {
        assert!(want.equals(&a.max(&b)), "max({a}, {b})");
    }
    let add_rows = [
        (rl(&[]), rl(&[]), rl(&[])),
        (cpu("100m"), rl(&[]), cpu("100m")),
        (cpu("100m"), cpu("100m"), cpu("200m")),
    ];
    for (a, b, want) in add_rows {
        assert!(want.equals(&a.add(&b)), "add({a}, {b})");
    }
    let sub_rows = [
        (rl(&[]), rl(&[]), rl(&[])),
        (cpu("100m"), rl(&[]), cpu("100m")),
        (rl(&[]), cpu("100m"), cpu("-100m")),
        (cpu("200m"), cpu("100m"), cpu("100m")),
    ];
    for (a, b, want) in sub_rows {
        assert!(want.equals(&a.subtract(&b)), "subtract({a}, {b})");
    }
}

#[test]
fn names_contains_and_prefixes() {
    assert!(rl(&[]).resource_names().is_empty());
    assert_eq!(
        rl(&[("cpu", "100m"), ("memory", "1Gi")]).resource_names(),
        ["cpu", "memory"]
    );
    assert!(!contains(&["memory"], "cpu"));
    assert!(contains(&["memory", "cpu"], "cpu"));
    assert!(!contains_prefix(&["hugepages-"], "cpu"));
    assert!(contains_prefix(&["hugepages-"], "hugepages-2Mi"));
}

#[test]
fn zero_and_negative() {
    assert!(rl(&[]).is_zero());
    assert!(rl(&[("cpu", "0"), ("memory", "0")]).is_zero());
    assert!(!rl(&[("cpu", "200m"), ("memory", "1Gi")]).is_zero());
    assert!(rl(&[]).is_negative().is_empty());
    assert_eq!(
        rl(&[("cpu", "-10"), ("memory", "0")]).is_negative(),
        ["cpu"]
    );
    assert_eq!(
        rl(&[("cpu", "-200m"), ("memory", "-1Gi")]).is_negative(),
        ["cpu", "memory"]
    );
}

#[test]
fn intersection_and_difference() {
    type Row = (
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
    );
    let inter: [Row; 6] = [
        (&[], &[], &[]),
        (&["cpu", "memory"], &["cpu", "memory"], &["cpu", "memory"]),
        (&["cpu", "memory"], &["cpu"], &["cpu"]),
        (&["cpu"], &["cpu", "memory"], &["cpu"]),
        (&["cpu", "cpu", "memory", "memory"], &["cpu"], &["cpu"]),
        (
            &["memory", "memory", "cpu", "cpu"],
            &["memory", "memory", "cpu", "cpu"],
            &["cpu", "memory"],
        ),
    ];
    for (a, b, want) in inter {
        assert_eq!(intersection(a, b), want, "{a:?} ∩ {b:?}");
    }
    let diff: [Row; 6] = [
        (&[], &[], &[]),
        (&["cpu", "memory"], &["cpu", "memory"], &[]),
        (&["cpu", "memory"], &["cpu"], &["memory"]),
        (&["cpu"], &["cpu", "memory"], &[]),
        (&["cpu", "cpu", "memory", "memory"], &["cpu"], &["memory"]),
        (&["memory", "memory", "cpu", "cpu"], &[], &["cpu", "memory"]),
    ];
    for (a, b, want) in diff {
        assert_eq!(difference(a, b), want, "{a:?} − {b:?}");
    }
}
