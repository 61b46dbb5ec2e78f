//! Property tests: each byte-scanner validator gives exactly the messages of the Go model built
//! from upstream's regular expressions (`tests/oracle`), on random strings biased towards the
//! characters that matter.

use crate::oracle;

use proptest::prelude::*;

/// Names close to valid: the validators' own alphabet with a sprinkling of trouble.
fn near_names() -> impl Strategy<Value = String> {
    let alphabet = prop_oneof![
        8 => proptest::char::range('a', 'z'),
        3 => proptest::char::range('0', '9'),
        2 => Just('-'),
        2 => Just('.'),
        1 => Just('_'),
        1 => Just('/'),
        1 => proptest::char::range('A', 'Z'),
        1 => prop_oneof![Just('*'), Just('%'), Just('='), Just(' '), Just('\0'), Just('é'), Just('\u{212a}'), Just('\n'), Just('~')],
    ];
    proptest::collection::vec(alphabet, 0..80).prop_map(|v| v.into_iter().collect())
}

/// Lengths around the limits (15, 63, 253) with valid characters.
fn boundary_names() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            Just(15usize),
            Just(16),
            Just(62),
            Just(63),
            Just(64),
            Just(253),
            Just(254),
            Just(317)
        ],
        "[a-z0-9.\\-/]{1,4}",
    )
        .prop_map(|(n, tail)| {
            let mut s = "a".repeat(n.saturating_sub(tail.len()));
            s.push_str(&tail);
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn scanners_agree_with_go_patterns(value in prop_oneof![4 => near_names(), 1 => boundary_names(), 1 => any::<String>()]) {
        for pair in oracle::VALIDATORS {
            if let Some(diff) = oracle::disagreement(pair, &value) {
                prop_assert!(false, "{}", diff);
            }
        }
    }
}

#[test]
fn agree_on_edge_cases() {
    let cases = [
        "",
        "a",
        "-",
        ".",
        "..",
        "...",
        "a.",
        ".a",
        "a..b",
        "a-.b",
        "a.-b",
        "a--b",
        "_",
        "_a",
        "__a",
        "a_",
        "a._b",
        "*.",
        "*.a",
        "*.a.b",
        "**.a",
        "a/b",
        "/b",
        "a/",
        "a/b/c",
        "//",
        "A/b",
        "a.B/c",
        "é",
        "a\0b",
        "1%",
        "%",
        "12%%",
        "X-Header",
        "-",
        "--",
        "a--",
        "1-2",
        "abc-",
        "0123456789abcdef",
        "=",
        " ",
        "~",
        "\u{7f}",
    ];
    for value in cases {
        for pair in oracle::VALIDATORS {
            assert_eq!(oracle::disagreement(pair, value), None);
        }
    }
}
