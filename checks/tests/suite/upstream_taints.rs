//! Test tables of upstream's
//! [core/v1 toleration_test.go](https://github.com/kubernetes/api/blob/v0.36.0/core/v1/toleration_test.go)
//! (`TestTolerationToleratesTaint`, `TestCompareNumericValues`), ported row by row.

use kube_primitives::api::core::{Taint, Toleration};
use kube_primitives::node::{tolerates, TaintFeatures};

fn on() -> TaintFeatures {
    TaintFeatures::with_comparison_operators()
}

// TestTolerationToleratesTaint
#[test]
fn toleration_tolerates_taint() {
    let ns = "NoSchedule";
    let rows: &[(Toleration, Taint, bool, bool)] = &[
        (
            Toleration::new("foo", "Exists", "", ns),
            Taint::new("foo", "", ns),
            true,
            false,
        ),
        (
            Toleration::new("foo", "Exists", "", ns),
            Taint::new("foo", "bar", ns),
            true,
            false,
        ),
        (
            Toleration::new("", "Exists", "", ns),
            Taint::new("foo", "bar", ns),
            true,
            false,
        ),
        (
            Toleration::new("foo", "Equal", "bar", ns),
            Taint::new("foo", "bar", ns),
            true,
            false,
        ),
        (
            Toleration::new("foo", "Equal", "value1", ns),
            Taint::new("foo", "value2", ns),
            false,
            false,
        ),
        (
            Toleration::new("foo", "Equal", "bar", ns),
            Taint::new("foo", "bar", "NoExecute"),
            false,
            false,
        ),
        (
            Toleration::new("node.kubernetes.io/sla", "Gt", "950", ns),
            Taint::new("node.kubernetes.io/sla", "800", ns),
            false,
            true,
        ),
        (
            Toleration::new("node.kubernetes.io/sla", "Gt", "750", ns),
            Taint::new("node.kubernetes.io/sla", "950", ns),
            true,
            true,
        ),
        (
            Toleration::new("node.kubernetes.io/sla", "Lt", "800", ns),
            Taint::new("node.kubernetes.io/sla", "950", ns),
            false,
            true,
        ),
        (
            Toleration::new("node.kubernetes.io/sla", "Lt", "950", ns),
            Taint::new("node.kubernetes.io/sla", "800", ns),
            true,
            true,
        ),
        (
            Toleration::new("node.kubernetes.io/sla", "Gt", "950", ns),
            Taint::new("node.kubernetes.io/sla", "950", ns),
            false,
            true,
        ),
        (
            Toleration::new("node.kubernetes.io/sla", "Gt", "950", ns),
            Taint::new("node.kubernetes.io/sla", "high", ns),
            false,
            true,
        ),
        (
            Toleration::new("test-key", "Gt", "-100", ns),
            Taint::new("test-key", "-200", ns),
            false,
            true,
        ),
        (
            Toleration::new("test-key", "Gt", "9223372036854775806", ns),
            Taint::new("test-key", "100", ns),
            false,
            true,
        ),
    ];
    for (toleration, taint, want, comparison) in rows {
        let f = if *comparison {
            on()
        } else {
            TaintFeatures::default()
        };
        assert_eq!(
            tolerates(toleration, taint, f),
            *want,
            "{toleration:?} / {taint}"
        );
    }
    // With the feature off, Lt/Gt match nothing.
    let lt = Toleration::new("node.kubernetes.io/sla", "Lt", "950", ns);
    assert!(!tolerates(
        &lt,
        &Taint::new("node.kubernetes.io/sla", "800", ns),
        TaintFeatures::default()
    ));
}

// TestCompareNumericValues, through Lt/Gt tolerations of one key.
#[test]
fn compare_numeric_values() {
    let rows: &[(&str, &str, &str, bool)] = &[
        ("100", "200", "Gt", true),
        ("200", "100", "Gt", false),
        ("100", "100", "Gt", false),
        ("-100", "-50", "Gt", true),
        ("-50", "-100", "Gt", false),
        ("0", "1", "Gt", true),
        ("9223372036854775806", "9223372036854775807", "Gt", true),
        ("200", "100", "Lt", true),
        ("100", "200", "Lt", false),
        ("100", "100", "Lt", false),
        ("-50", "-100", "Lt", true),
        ("-100", "-50", "Lt", false),
        ("0", "-1", "Lt", true),
        ("abc", "100", "Gt", false),
        ("", "100", "Gt", false),
        ("0100", "200", "Gt", false),
        ("+100", "200", "Gt", false),
        ("100.5", "200", "Gt", false),
        ("-", "100", "Gt", false),
        ("100", "xyz", "Gt", false),
        ("100", "", "Gt", false),
        ("100", "0200", "Gt", false),
        ("100", "+200", "Lt", false),
        ("100", " 200 ", "Lt", false),
        ("0", "0", "Gt", false),
        ("0", "0", "Lt", false),
        ("0", "9223372036854775807", "Gt", true),
        ("0", "-9223372036854775808", "Lt", true),
        // Strict decimals: "-0" and out-of-range values compare as nothing.
        ("-0", "1", "Gt", false),
        ("0", "9223372036854775808", "Gt", false),
    ];
    for (toleration, taint, op, want) in rows {
        let t = Toleration::new("k", op, toleration, "");
        assert_eq!(
            tolerates(&t, &Taint::new("k", taint, "NoSchedule"), on()),
            *want,
            "{toleration} {op} {taint}"
        );
    }
}

#[test]
fn taint_strings() {
    assert_eq!(
        Taint::new("k", "v", "NoSchedule").to_string(),
        "k=v:NoSchedule"
    );
    assert_eq!(
        Taint::new("k", "", "NoSchedule").to_string(),
        "k:NoSchedule"
    );
    assert_eq!(Taint::new("k", "v", "").to_string(), "k=v:");
    assert_eq!(Taint::new("k", "", "").to_string(), "k");
}
