//! Test tables of upstream's
//! [validation_test.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/util/validation/validation_test.go),
//! ported row by row: each `goodValues`/`successCases` row must be valid, each
//! `badValues`/`errorCases` row invalid.

use kube_primitives::meta::validate::{self, Violations};

#[track_caller]
fn check(name: &str, f: fn(&str) -> Violations, good: &[&str], bad: &[&str]) {
    for v in good {
        let errs = f(v);
        assert!(
            errs.is_valid(),
            "{name}: expected valid {v:?}, got {errs:?}"
        );
    }
    for v in bad {
        assert!(!f(v).is_valid(), "{name}: expected invalid {v:?}");
    }
}

fn rep(c: &str, n: usize) -> String {
    c.repeat(n)
}

// TestIsDNS1123Label
#[test]
fn dns1123_label() {
    let (a63, a64) = (rep("a", 63), rep("a", 64));
    let good = [
        "a",
        "ab",
        "abc",
        "a1",
        "a-1",
        "a--1--2--b",
        "0",
        "01",
        "012",
        "1a",
        "1-a",
        "1--a--b--2",
        &a63,
    ];
    let bad = [
        "", "A", "ABC", "aBc", "A1", "A-1", "1-A", "-", "a-", "-a", "1-", "-1", "_", "a_", "_a",
        "a_b", "1_", "_1", "1_2", ".", "a.", ".a", "a.b", "1.", ".1", "1.2", " ", "a ", " a",
        "a b", "1 ", " 1", "1 2", &a64,
    ];
    check("IsDNS1123Label", validate::dns1123_label, &good, &bad);
}

// TestIsDNS1123Subdomain
#[test]
fn dns1123_subdomain() {
    let (a253, a254) = (rep("a", 253), rep("a", 254));
    let good = [
        "a",
        "ab",
        "abc",
        "a1",
        "a-1",
        "a--1--2--b",
        "0",
        "01",
        "012",
        "1a",
        "1-a",
        "1--a--b--2",
        "a.a",
        "ab.a",
        "abc.a",
        "a1.a",
        "a-1.a",
        "a--1--2--b.a",
        "a.1",
        "ab.1",
        "abc.1",
        "a1.1",
        "a-1.1",
        "a--1--2--b.1",
        "0.a",
        "01.a",
        "012.a",
        "1a.a",
        "1-a.a",
        "1--a--b--2",
        "0.1",
        "01.1",
        "012.1",
        "1a.1",
        "1-a.1",
        "1--a--b--2.1",
        "a.b.c.d.e",
        "aa.bb.cc.dd.ee",
        "1.2.3.4.5",
        "11.22.33.44.55",
        &a253,
    ];
    let bad = [
        "",
        "A",
        "ABC",
        "aBc",
        "A1",
        "A-1",
        "1-A",
        "-",
        "a-",
        "-a",
        "1-",
        "-1",
        "_",
        "a_",
        "_a",
        "a_b",
        "1_",
        "_1",
        "1_2",
        ".",
        "a.",
        ".a",
        "a..b",
        "1.",
        ".1",
        "1..2",
        " ",
        "a ",
        " a",
        "a b",
        "1 ",
        " 1",
        "1 2",
        "A.a",
        "aB.a",
        "ab.A",
        "A1.a",
        "a1.A",
        "A.1",
        "aB.1",
        "A1.1",
        "1A.1",
        "0.A",
        "01.A",
        "012.A",
        "1A.a",
        "1a.A",
        "A.B.C.D.E",
        "AA.BB.CC.DD.EE",
        "a.B.c.d.e",
        "aa.bB.cc.dd.ee",
        "a@b",
        "a,b",
        "a_b",
        "a;b",
        "a:b",
        "a%b",
        "a?b",
        "a$b",
        &a254,
    ];
    check(
        "IsDNS1123Subdomain",
        validate::dns1123_subdomain,
        &good,
        &bad,
    );
}

// TestIsDNS1035Label
#[test]
fn dns1035_label() {
    let (a63, a64) = (rep("a", 63), rep("a", 64));
    let good = ["a", "ab", "abc", "a1", "a-1", "a--1--2--b", &a63];
    let bad = [
        "0",
        "01",
        "012",
        "1a",
        "1-a",
        "1--a--b--2",
        "",
        "A",
        "ABC",
        "aBc",
        "A1",
        "A-1",
        "1-A",
        "-",
        "a-",
        "-a",
        "1-",
        "-1",
        "_",
        "a_",
        "_a",
        "a_b",
        "1_",
        "_1",
        "1_2",
        ".",
        "a.",
        ".a",
        "a.b",
        "1.",
        ".1",
        "1.2",
        " ",
        "a ",
        " a",
        "a b",
        "1 ",
        " 1",
        "1 2",
        &a64,
    ];
    check("IsDNS1035Label", validate::dns1035_label, &good, &bad);
}

// TestIsValidPortNum, TestIsInRange
#[test]
fn port_numbers_and_ranges() {
    for p in [1, 2, 1000, 16384, 32768, 65535] {
        assert!(validate::port_number(p).is_valid(), "{p}");
    }
    for p in [0, -1, 65536, 100000] {
        assert_eq!(
            validate::port_number(p)[0].to_string(),
            "must be between 1 and 65535, inclusive"
        );
    }
    for (v, lo, hi) in [(1, 0, 10), (5, 5, 20), (25, 10, 25)] {
        assert!(validate::in_range(v, lo, hi).is_valid());
    }
    for (v, lo, hi) in [(1, 2, 10), (5, -4, 2), (25, 100, 120)] {
        assert!(!validate::in_range(v, lo, hi).is_valid());
    }
}

// TestIsValidPortName
#[test]
fn port_name() {
    let a16 = rep("a", 16);
    let good = [
        "telnet",
        "re-mail-ck",
        "pop3",
        "a",
        "a-1",
        "1-a",
        "a-1-b-2-c",
        "1-a-2-b-3",
    ];
    let bad = [
        "longerthan15characters",
        "",
        &a16,
        "12345",
        "1-2-3-4",
        "-begin",
        "end-",
        "two--hyphens",
        "whois++",
    ];
    check("IsValidPortName", validate::port_name, &good, &bad);
}

// TestIsQualifiedName
#[test]
fn qualified_name() {
    let a63 = rep("a", 63);
    let long = format!("{}/{}", rep("a", 253), rep("b", 63));
    let (a64, long_prefix) = (rep("a", 64), format!("{}/abc", rep("a", 254)));
    let good = [
        "simple",
        "now-with-dashes",
        "1-starts-with-num",
        "1234",
        "simple/simple",
        "now-with-dashes/simple",
        "now-with-dashes/now-with-dashes",
        "now.with.dots/simple",
        "now-with.dashes-and.dots/simple",
        "1-num.2-num/3-num",
        "1234/5678",
        "1.2.3.4/5678",
        "Uppercase_Is_OK_123",
        "example.com/Uppercase_Is_OK_123",
        "requests.storage-foo",
        &a63,
        &long,
    ];
    let bad = [
        "nospecialchars%^=@",
        "cantendwithadash-",
        "-cantstartwithadash-",
        "only/one/slash",
        "Example.com/abc",
        "example_com/abc",
        "example.com/",
        "/simple",
        &a64,
        &long_prefix,
    ];
    check("IsQualifiedName", validate::qualified_name, &good, &bad);
}

// TestIsValidLabelValue
#[test]
fn label_value() {
    let (a63, a64) = (rep("a", 63), rep("a", 64));
    let good = [
        "simple",
        "now-with-dashes",
        "1-starts-with-num",
        "end-with-num-1",
        "1234",
        &a63,
        "",
    ];
    let bad = [
        "nospecialchars%^=@",
        "Tama-nui-te-rā.is.Māori.sun",
        "\\backslashes\\are\\bad",
        "-starts-with-dash",
        "ends-with-dash-",
        ".starts.with.dot",
        "ends.with.dot.",
        &a64,
    ];
    check("IsValidLabelValue", validate::label_value, &good, &bad);
}

// TestIsHTTPHeaderName
#[test]
fn http_header_name() {
    let good = [
        "Accept-Encoding",
        "Host",
        "If-Modified-Since",
        "X-Forwarded-For",
        "a",
        "ab",
        "abc",
        "a1",
        "-a",
        "a-",
        "a-b",
        "a-1",
        "a--1--2--b",
        "--abc-123",
        "A",
        "AB",
        "AbC",
        "A1",
        "-A",
        "A-",
        "A-B",
        "A-1",
        "A--1--2--B",
        "--123-ABC",
    ];
    let bad = [
        "Host:",
        "X-Forwarded-For:",
        "X-@Home",
        "",
        "_",
        "a_",
        "_a",
        "1_",
        "1_2",
        ".",
        "a.",
        ".a",
        "a.b",
        "1.",
        ".1",
        "1.2",
        " ",
        "a ",
        " a",
        "a b",
        "1 ",
        " 1",
        "1 2",
        "#a#",
        "^",
        ",",
        ";",
        "=",
        "<",
        "?",
        "@",
        "{",
    ];
    check("IsHTTPHeaderName", validate::http_header_name, &good, &bad);
}

// TestIsValidPercent
#[test]
fn percent() {
    let good = ["0%", "00000%", "1%", "01%", "99%", "100%", "101%"];
    let bad = [
        "", "0", "100", "0.0%", "99.9%", "hundred", " 1%", "1% ", "-0%", "-1%", "+1%",
    ];
    check("IsValidPercent", validate::percent, &good, &bad);
}

// TestIsConfigMapKey
#[test]
fn config_map_key() {
    let good = [
        "a",
        "good",
        "good-good",
        "still.good",
        "this.is.also.good",
        ".so.is.this",
        "THIS_IS_GOOD",
        "so_is_this_17",
    ];
    let bad = [".", "..", "..bad", "b*d", "bad!&bad"];
    check("IsConfigMapKey", validate::config_map_key, &good, &bad);
}

// TestIsWildcardDNS1123Subdomain
#[test]
fn wildcard_dns1123_subdomain() {
    let good = ["*.example.com", "*.bar.com", "*.foo.bar.com"];
    let bad = ["*.*.bar.com", "*.foo.*.com", "*bar.com", "f*.bar.com", "*"];
    check(
        "IsWildcardDNS1123Subdomain",
        validate::wildcard_dns1123_subdomain,
        &good,
        &bad,
    );
}

// TestIsRelaxedEnvVarName
#[test]
fn relaxed_env_var_name() {
    let good = [
        "-", ":", "_", "+a", ">a", "<a", "a.", "a..", "*a", "%a", "?a", "a:a", "a_a", "aAz", "~a",
        "|a", "a0a", "a9", "/a", "a ", "#a", "0a", "0 a", "'a", "(a", "@a",
    ];
    let bad = ["", "=", "a=", "1=a", "a=b", "\u{7f}", "é", "a\tb"];
    check(
        "IsRelaxedEnvVarName",
        validate::relaxed_env_var_name,
        &good,
        &bad,
    );
}

/// Any input gets an answer: NUL bytes, odd Unicode, megabytes. Scans are linear, so a 4 MiB
/// name is validated in bounded time, with both the length and the format reported as upstream
/// reports them.
#[test]
fn huge_and_odd_input() {
    let huge = "a".repeat(4 << 20);
    let errs = validate::dns1123_subdomain(&huge);
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].to_string(), "must be no more than 253 characters");
    let huge_bad = format!("{huge}-");
    assert_eq!(validate::dns1123_subdomain(&huge_bad).len(), 2);
    for odd in [
        "\0",
        "a\0b",
        "\u{feff}a",
        "\u{10ffff}",
        "é.example.com",
        "a\u{301}",
    ] {
        assert!(!validate::dns1123_subdomain(odd).is_valid(), "{odd:?}");
        assert!(!validate::qualified_name(odd).is_valid(), "{odd:?}");
    }
}
