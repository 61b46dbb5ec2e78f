//! Test tables of upstream's
//! [fields/selector_test.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/fields/selector_test.go),
//! ported row by row (the private `splitTerms`/`splitTerm` tables through `parse`), plus the
//! quirks of nested `AndSelectors` and bad input.

use std::collections::BTreeMap;

use kube_primitives::selector::{
    escape_value, unescape_value, FieldRequirement, FieldSelector, FieldSelectorError, Operator,
};

fn set(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn terms(s: &str) -> Vec<(String, Operator, String)> {
    FieldSelector::parse(s)
        .unwrap()
        .requirements()
        .map(|r| (r.field().to_string(), r.operator(), r.value().to_string()))
        .collect()
}

// TestSplitTerms and TestSplitTerm, seen through the parsed terms.
#[test]
fn split_terms_and_term() {
    let eq = |f: &str, v: &str| (f.to_string(), Operator::Equals, v.to_string());
    let ne = |f: &str, v: &str| (f.to_string(), Operator::NotEquals, v.to_string());
    assert_eq!(
        terms("a=avalue,b=bvalue"),
        [eq("a", "avalue"), eq("b", "bvalue")]
    );
    assert_eq!(
        terms("a=avalue,b==bvalue,c!=cvalue"),
        [eq("a", "avalue"), eq("b", "bvalue"), ne("c", "cvalue")]
    );
    assert_eq!(terms(""), []);
    assert_eq!(terms("a=a,"), [eq("a", "a")]);
    assert_eq!(terms(",a=a"), [eq("a", "a")]);
    // Terms are sorted as raw strings: `2` sorts before `=`.
    assert_eq!(terms(r"k=\,,k2=v2"), [eq("k2", "v2"), eq("k", ",")]);
    assert_eq!(terms(r"k=\\,k2=v2"), [eq("k2", "v2"), eq("k", r"\")]);
    assert_eq!(terms(r"k=\\\,,k2=v2"), [eq("k2", "v2"), eq("k", r"\,")]);
    assert_eq!(terms(r"k=\="), [eq("k", "=")]);
    assert_eq!(terms("함=수,목=록"), [eq("목", "록"), eq("함", "수")]);
    // The first operator wins, `!=` and `==` before `=` at one position.
    assert_eq!(terms(r"a!=b\=c"), [ne("a", "b=c")]);
    assert_eq!(terms(r"a==\=b"), [eq("a", "=b")]);
    // Non-escape sequences and an orphan backslash split fine but do not unescape.
    for bad in [r"k=\a\b\", r"k=\"] {
        assert!(
            matches!(
                FieldSelector::parse(bad),
                Err(FieldSelectorError::InvalidEscapeSequence { .. })
            ),
            "{bad}"
        );
    }
    for bad in ["", "a"] {
        let input = format!("x=y,{bad}");
        if bad.is_empty() {
            assert!(FieldSelector::parse(&input).is_ok());
        } else {
            assert_eq!(
                FieldSelector::parse(&input).unwrap_err().to_string(),
                format!("invalid selector: '{input}'; can't understand '{bad}'")
            );
        }
    }
}

// TestEscapeValue
#[test]
fn escape_value_round_trips() {
    let rows = [
        ("", ""),
        ("a", "a"),
        ("=", r"\="),
        (",", r"\,"),
        (r"\", r"\\"),
        (r"\=\,\", r"\\\=\\\,\\"),
    ];
    for (unescaped, escaped) in rows {
        assert_eq!(escape_value(unescaped), escaped);
        assert_eq!(unescape_value(escaped).unwrap(), unescaped);
    }
    for invalid in [r"\", r"\\\", r"\a"] {
        assert!(
            matches!(
                unescape_value(invalid),
                Err(FieldSelectorError::InvalidEscapeSequence { .. })
            ),
            "{invalid}"
        );
    }
    assert_eq!(
        unescape_value(r"\").unwrap_err().to_string(),
        r"invalid field selector: invalid escape sequence: \"
    );
    assert_eq!(
        unescape_value(r"\é").unwrap_err().to_string(),
        r"invalid field selector: invalid escape sequence: \é"
    );
}

// TestSelectorParse
#[test]
fn selector_parse() {
    for good in ["x=a,y=b,z=c", "", "x!=a,y=b", r"x=a||y\=b", r"x=a\=\=b"] {
        assert_eq!(FieldSelector::parse(good).unwrap().to_string(), good);
    }
    for bad in [
        "x=a||y=b",
        "x==a==b",
        "x=a,b",
        "x in (a)",
        "x in (a,b,c)",
        "x",
    ] {
        assert!(FieldSelector::parse(bad).is_err(), "{bad}");
    }
    assert_eq!(
        FieldSelector::parse("x==a==b").unwrap_err().to_string(),
        "invalid field selector: unescaped character in value: 61"
    );
}

// TestDeterministicParse
#[test]
fn deterministic_parse() {
    let a = FieldSelector::parse("x=a,a=x").unwrap();
    let b = FieldSelector::parse("a=x,x=a").unwrap();
    assert_eq!(a.to_string(), b.to_string());
    assert_eq!(a, b);
}

fn expect_match(selector: &str, fields: &BTreeMap<String, String>, want: bool) {
    let s = FieldSelector::parse(selector).unwrap();
    assert_eq!(s.matches(fields), want, "{selector} against {fields:?}");
}

// TestEverything
#[test]
fn everything() {
    assert!(FieldSelector::everything().matches(&set(&[("x", "y")])));
    assert!(FieldSelector::everything().is_empty());
    assert!(!FieldSelector::nothing().matches(&set(&[])));
    assert!(!FieldSelector::nothing().is_empty());
    assert_eq!(FieldSelector::nothing().to_string(), "");
}

// TestSelectorMatches
#[test]
fn selector_matches() {
    expect_match("", &set(&[("x", "y")]), true);
    expect_match("x=y", &set(&[("x", "y")]), true);
    expect_match("x=y,z=w", &set(&[("x", "y"), ("z", "w")]), true);
    expect_match("x!=y,z!=w", &set(&[("x", "z"), ("z", "a")]), true);
    expect_match("notin=in", &set(&[("notin", "in")]), true);
    expect_match("x=y", &set(&[("x", "z")]), false);
    expect_match("x=y,z=w", &set(&[("x", "w"), ("z", "w")]), false);
    expect_match("x!=y,z!=w", &set(&[("x", "z"), ("z", "w")]), false);
    let fields = set(&[("foo", "bar"), ("baz", "blah"), ("complex", r"=value\,\")]);
    expect_match("foo=bar", &fields, true);
    expect_match("baz=blah", &fields, true);
    expect_match("foo=bar,baz=blah", &fields, true);
    expect_match(r"foo=bar,baz=blah,complex=\=value\\\,\\", &fields, true);
    expect_match("foo=blah", &fields, false);
    expect_match("baz=bar", &fields, false);
    expect_match("foo=bar,foobar=bar,baz=blah", &fields, false);
    // A missing field reads as "".
    expect_match("missing=", &fields, true);
    expect_match("missing!=", &fields, false);
}

// TestOneTermEqualSelector
#[test]
fn one_term_equal_selector() {
    assert!(FieldSelector::one_term_equal("x", "y").matches(&set(&[("x", "y")])));
    assert!(!FieldSelector::one_term_equal("x", "y").matches(&set(&[("x", "z")])));
    assert!(FieldSelector::one_term_not_equal("x", "y").matches(&set(&[("x", "z")])));
    assert_eq!(
        FieldSelector::one_term_equal("x", "a,b").to_string(),
        r"x=a\,b"
    );
}

// TestSetMatches
#[test]
fn set_matches() {
    let fields = set(&[("foo", "bar"), ("baz", "blah")]);
    let direct =
        |pairs: &[(&str, &str)]| FieldSelector::from_pairs(pairs.iter().copied()).matches(&fields);
    assert!(direct(&[]));
    assert!(direct(&[("foo", "bar")]));
    assert!(direct(&[("baz", "blah")]));
    assert!(direct(&[("foo", "bar"), ("baz", "blah")]));
    assert!(!direct(&[("foo", "=blah")]));
    assert!(!direct(&[("baz", "=bar")]));
    assert!(!direct(&[
        ("foo", "=bar"),
        ("foobar", "bar"),
        ("baz", "blah")
    ]));
}

// TestSetIsEmpty and the nested andTerm quirks.
#[test]
fn nested_and() {
    assert!(FieldSelector::from_pairs(Vec::<(String, String)>::new()).is_empty());
    assert!(FieldSelector::and([]).is_empty());
    assert!(!FieldSelector::from(FieldRequirement::equals("", "")).is_empty());
    assert!(!FieldSelector::from(FieldRequirement::not_equals("", "")).is_empty());
    assert!(FieldSelector::and([FieldSelector::everything()]).is_empty());
    assert!(!FieldSelector::and([FieldSelector::one_term_equal("a", "b")]).is_empty());
    // An empty nested selector prints as an empty piece.
    let e = FieldSelector::everything;
    assert_eq!(FieldSelector::and([e(), e()]).to_string(), ",");
    assert_eq!(
        FieldSelector::and([FieldSelector::and([e(), e()]), e()]).to_string(),
        ",,"
    );
    assert_eq!(
        FieldSelector::and([
            FieldSelector::nothing(),
            FieldSelector::one_term_equal("a", "b")
        ])
        .to_string(),
        ",a=b"
    );
    assert!(!FieldSelector::and([FieldSelector::nothing(), e()]).matches(&set(&[])));
}

// TestRequiresExactMatch
#[test]
fn requires_exact_match() {
    let and = FieldSelector::and;
    let term = |f: &str, v: &str| FieldSelector::one_term_equal(f, v);
    let rows: Vec<(FieldSelector, Option<&str>)> = vec![
        (FieldSelector::everything(), None),
        (term("", ""), None),
        (term("a", "b"), None),
        (term("test", "b"), Some("b")),
        (term("test", ""), Some("")),
        (FieldSelector::one_term_not_equal("test", "b"), None),
        (FieldSelector::one_term_not_equal("test", ""), None),
        (and(vec![FieldSelector::everything()]), None),
        (and(vec![term("test", "b")]), Some("b")),
        (and(vec![term("", ""), term("test", "b")]), Some("b")),
    ];
    for (s, want) in rows {
        assert_eq!(s.requires_exact_match("test"), want, "{s:?}");
    }
}

// TestTransform
#[test]
fn transform() {
    type F = fn(&str, &str) -> Result<(String, String), FieldSelectorError>;
    let identity: F = |f, v| Ok((f.into(), v.into()));
    let rows: [(&str, F, &str, bool); 5] = [
        ("", identity, "", true),
        ("a=b,c=d", identity, "a=b,c=d", false),
        (
            "a=b,c=d",
            |f, v| {
                Ok(if f == "a" {
                    ("e".into(), "f".into())
                } else {
                    (f.into(), v.into())
                })
            },
            "e=f,c=d",
            false,
        ),
        ("a=b", |_, _| Ok(Default::default()), "", true),
        (
            "a=b,c=d,e=f",
            |f, v| {
                Ok(if f == "c" {
                    Default::default()
                } else {
                    (f.into(), v.into())
                })
            },
            "a=b,e=f",
            false,
        ),
    ];
    for (selector, f, want, empty) in rows {
        let parsed = FieldSelector::parse_and_transform(selector, f).unwrap();
        assert_eq!(
            (parsed.to_string().as_str(), parsed.is_empty()),
            (want, empty),
            "{selector}"
        );
        let later = FieldSelector::parse(selector)
            .unwrap()
            .transform(f)
            .unwrap();
        assert_eq!(later, parsed, "{selector}");
    }
    // Upstream hands the dropped `=` term to the transform as well.
    let s = FieldSelector::parse_and_transform("=", |_, _| {
        Ok::<_, FieldSelectorError>(("x".into(), "y".into()))
    });
    assert_eq!(s.unwrap().to_string(), "x=y");
}

// Bad input answers in bounded time: a megabyte of terms, deep escapes, no operator at all.
#[test]
fn large_input() {
    let many: String = (0..100_000).map(|i| format!("f{i}=v{i},")).collect();
    let s = FieldSelector::parse(&many).unwrap();
    assert_eq!(s.requirements().count(), 100_000);
    let escapes = r"\\".repeat(500_000);
    let s = FieldSelector::parse(&format!("a={escapes}")).unwrap();
    assert_eq!(s.requirements().next().unwrap().value().len(), 500_000);
    let none = "x".repeat(1 << 20);
    assert!(FieldSelector::parse(&none).is_err());
    assert!(FieldSelector::parse("\0=\0")
        .unwrap()
        .matches(&set(&[("\0", "\0")])));
}
