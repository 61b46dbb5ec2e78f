//! Hostile label-selector input: answers come in bounded time and memory, never a panic or a
//! stack overflow (the parser is a loop, not recursion).

use std::collections::BTreeMap;
use std::time::Instant;

use kube_primitives::selector::{ParseError, Selector};

#[test]
fn hundred_thousand_requirements() {
    let input: String = (0..100_000)
        .map(|i| format!("k{i}=v{i},"))
        .collect::<String>()
        + "last";
    let s = Selector::parse(&input).unwrap();
    assert_eq!(s.requirements().unwrap().len(), 100_001);
    let labels: BTreeMap<String, String> = (0..100_000)
        .map(|i| (format!("k{i}"), format!("v{i}")))
        .chain([("last".into(), String::new())])
        .collect();
    assert!(s.matches(&labels));
    // The canonical form parses back to the same selector.
    assert_eq!(Selector::parse(&s.to_string()).unwrap(), s);
}

#[test]
fn duplicate_keys_beyond_insertion_sort() {
    // More than 12 requirements on one key: Go's pdqsort order, and still an equal reparse.
    let input: String = (0..5_000)
        .map(|i| format!("k!={},", i % 97))
        .collect::<String>()
        + "k!=x";
    let s = Selector::parse(&input).unwrap();
    assert_eq!(s.requirements().unwrap().len(), 5_001);
    assert_eq!(
        Selector::parse(&s.to_string()).unwrap().to_string(),
        s.to_string()
    );
}

#[test]
fn megabyte_inputs() {
    let mb = 1 << 20;
    let cases = [
        "a".repeat(mb),                            // one huge key: invalid, too long
        format!("a in ({})", "v,".repeat(mb / 2)), // a huge value list
        format!("a in ({}v)", ",".repeat(mb)),     // a million empty values
        " ".repeat(mb),                            // only whitespace: everything
        "(".repeat(mb),                            // nested-looking, but flat grammar
        "!".repeat(mb),
        format!("a={}", "=".repeat(mb)),
    ];
    for input in cases {
        let t = Instant::now();
        let _ = Selector::parse(&input).map(|s| s.to_string());
        // A generous bound that only a quadratic path would break.
        assert!(
            t.elapsed().as_secs() < 10,
            "{} bytes took {:?}",
            input.len(),
            t.elapsed()
        );
    }
    assert!(Selector::parse(&" ".repeat(mb)).unwrap().is_empty());
    let err = Selector::parse(&"a".repeat(mb)).unwrap_err();
    assert!(matches!(err, ParseError::InvalidKey { .. }), "{err:?}");
}

#[test]
fn nul_bytes() {
    // A NUL right after a token is swallowed with it (upstream's lexer reads it and stops);
    // a NUL where a token would start ends the selector.
    assert_eq!(Selector::parse("a=b\0,c=d").unwrap().to_string(), "a=b,c=d");
    assert_eq!(Selector::parse("a=b,\0c=d").unwrap().to_string(), "a=b,c=d");
    assert_eq!(
        Selector::parse("a=b, \0c=d").unwrap_err().to_string(),
        "found '', expected: identifier after ','"
    );
    assert!(Selector::parse(" \0anything at all").unwrap().is_empty());
}

#[test]
fn invalid_utf8_bytes() {
    for input in [
        &b"a=\xff"[..],
        b"\xc3=b",
        b"a in (x,\xe2\x82)",
        b"\xff\xfe\xfd",
        b"a=b,\xff",
    ] {
        let err = Selector::parse_bytes(input).unwrap_err();
        assert!(!err.to_string().is_empty());
    }
    assert_eq!(
        Selector::parse_bytes(b"a=b \0\xff").unwrap().to_string(),
        "a=b"
    );
    // Right after a token the NUL is swallowed, so the next byte is read.
    assert!(Selector::parse_bytes(b"a=b\0\xff").is_err());
}
