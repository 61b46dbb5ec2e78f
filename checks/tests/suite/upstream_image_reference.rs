//! Image references: the test tables of `github.com/distribution/reference` v0.6.0
//! reference_test.go, row by row (`TestReferenceParse`, `TestWithNameFailure`,
//! `TestDomainAndPath`, `TestSerialization`'s parse cases, `TestWithTag`, `TestWithDigest`,
//! `TestParseNamed`). Normalization, Kubernetes' `ParseImageName` and hostile inputs are in
//! `upstream_image_normalize.rs`.
//!
//! Upstream: <https://github.com/distribution/reference/blob/v0.6.0/reference_test.go>

use kube_primitives::api::image::{Reference, ReferenceError};

const F64: &str = "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";

fn sha256_f() -> String {
    format!("sha256:{F64}")
}

/// One `TestReferenceParse` row: `Ok((repository, domain, tag, digest))` with `""` for absent.
type Expect = Result<(String, &'static str, &'static str, String), ReferenceError>;

fn ok(repository: &str, domain: &'static str, tag: &'static str, digest: &str) -> Expect {
    Ok((repository.to_string(), domain, tag, digest.to_string()))
}

#[test]
fn reference_parse() {
    use ReferenceError as E;
    let sha = sha256_f();
    let sha512 = format!("sha512:{F64}{F64}");
    let rows: Vec<(String, Expect)> = vec![
        ("test_com".into(), ok("test_com", "", "", "")),
        ("test.com:tag".into(), ok("test.com", "", "tag", "")),
        ("test.com:5000".into(), ok("test.com", "", "5000", "")),
        (
            "test.com/repo:tag".into(),
            ok("test.com/repo", "test.com", "tag", ""),
        ),
        (
            "test:5000/repo".into(),
            ok("test:5000/repo", "test:5000", "", ""),
        ),
        (
            "test:5000/repo:tag".into(),
            ok("test:5000/repo", "test:5000", "tag", ""),
        ),
        (
            format!("test:5000/repo@{sha}"),
            ok("test:5000/repo", "test:5000", "", &sha),
        ),
        (
            format!("test:5000/repo:tag@{sha}"),
            ok("test:5000/repo", "test:5000", "tag", &sha),
        ),
        (
            "test:5000/repo".into(),
            ok("test:5000/repo", "test:5000", "", ""),
        ),
        (String::new(), Err(E::NameEmpty)),
        (":justtag".into(), Err(E::InvalidFormat)),
        (format!("@{sha}"), Err(E::InvalidFormat)),
        (
            "repo@sha256:ffffffffffffffffffffffffffffffffff".into(),
            Err(E::ChecksumInvalidLength),
        ),
        (
            format!("validname@invaliddigest:{F64}"),
            Err(E::DigestUnsupported),
        ),
        ("Uppercase:tag".into(), Err(E::NameContainsUppercase)),
        // Upstream leaves out "Uppercase/lowercase:tag": `Uppercase` parses as a domain.
        (
            "test:5000/Uppercase/lowercase:tag".into(),
            Err(E::NameContainsUppercase),
        ),
        (
            "lowercase:Uppercase".into(),
            ok("lowercase", "", "Uppercase", ""),
        ),
        (
            format!("domain/{}:tag", "a".repeat(256)),
            Err(E::NameTooLong),
        ),
        (
            format!("{}a:tag-puts-this-over-max", "a/".repeat(127)),
            Ok((
                format!("{}a", "a/".repeat(127)),
                "a",
                "tag-puts-this-over-max",
                String::new(),
            )),
        ),
        ("aa/asdf$$^/aa".into(), Err(E::InvalidFormat)),
        (
            "sub-dom1.foo.com/bar/baz/quux".into(),
            ok("sub-dom1.foo.com/bar/baz/quux", "sub-dom1.foo.com", "", ""),
        ),
        (
            "sub-dom1.foo.com/bar/baz/quux:some-long-tag".into(),
            ok(
                "sub-dom1.foo.com/bar/baz/quux",
                "sub-dom1.foo.com",
                "some-long-tag",
                "",
            ),
        ),
        (
            "b.gcr.io/test.example.com/my-app:test.example.com".into(),
            ok(
                "b.gcr.io/test.example.com/my-app",
                "b.gcr.io",
                "test.example.com",
                "",
            ),
        ),
        (
            "xn--n3h.com/myimage:xn--n3h.com".into(),
            ok("xn--n3h.com/myimage", "xn--n3h.com", "xn--n3h.com", ""),
        ),
        (
            format!("xn--7o8h.com/myimage:xn--7o8h.com@{sha512}"),
            ok(
                "xn--7o8h.com/myimage",
                "xn--7o8h.com",
                "xn--7o8h.com",
                &sha512,
            ),
        ),
        ("foo_bar.com:8080".into(), ok("foo_bar.com", "", "8080", "")),
        (
            "foo/foo_bar.com:8080".into(),
            ok("foo/foo_bar.com", "foo", "8080", ""),
        ),
        ("192.168.1.1".into(), ok("192.168.1.1", "", "", "")),
        ("192.168.1.1:tag".into(), ok("192.168.1.1", "", "tag", "")),
        ("192.168.1.1:5000".into(), ok("192.168.1.1", "", "5000", "")),
        (
            "192.168.1.1/repo".into(),
            ok("192.168.1.1/repo", "192.168.1.1", "", ""),
        ),
        (
            "192.168.1.1:5000/repo".into(),
            ok("192.168.1.1:5000/repo", "192.168.1.1:5000", "", ""),
        ),
        (
            "192.168.1.1:5000/repo:5050".into(),
            ok("192.168.1.1:5000/repo", "192.168.1.1:5000", "5050", ""),
        ),
        ("[2001:db8::1]".into(), Err(E::InvalidFormat)),
        ("[2001:db8::1]:5000".into(), Err(E::InvalidFormat)),
        ("[2001:db8::1]:tag".into(), Err(E::InvalidFormat)),
        (
            "[2001:db8::1]/repo".into(),
            ok("[2001:db8::1]/repo", "[2001:db8::1]", "", ""),
        ),
        (
            "[2001:db8:1:2:3:4:5:6]/repo:tag".into(),
            ok(
                "[2001:db8:1:2:3:4:5:6]/repo",
                "[2001:db8:1:2:3:4:5:6]",
                "tag",
                "",
            ),
        ),
        (
            "[2001:db8::1]:5000/repo".into(),
            ok("[2001:db8::1]:5000/repo", "[2001:db8::1]:5000", "", ""),
        ),
        (
            "[2001:db8::1]:5000/repo:tag".into(),
            ok("[2001:db8::1]:5000/repo", "[2001:db8::1]:5000", "tag", ""),
        ),
        (
            format!("[2001:db8::1]:5000/repo@{sha}"),
            ok("[2001:db8::1]:5000/repo", "[2001:db8::1]:5000", "", &sha),
        ),
        (
            format!("[2001:db8::1]:5000/repo:tag@{sha}"),
            ok("[2001:db8::1]:5000/repo", "[2001:db8::1]:5000", "tag", &sha),
        ),
        (
            "[2001:db8::]:5000/repo".into(),
            ok("[2001:db8::]:5000/repo", "[2001:db8::]:5000", "", ""),
        ),
        (
            "[::1]:5000/repo".into(),
            ok("[::1]:5000/repo", "[::1]:5000", "", ""),
        ),
        ("[fe80::1%eth0]:5000/repo".into(), Err(E::InvalidFormat)),
        (
            "[fe80::1%@invalidzone]:5000/repo".into(),
            Err(E::InvalidFormat),
        ),
        (
            format!("example.com/{}:tag", "a".repeat(255)),
            Ok((
                format!("example.com/{}", "a".repeat(255)),
                "example.com",
                "tag",
                String::new(),
            )),
        ),
    ];
    assert_eq!(rows.len(), 47);
    for (input, expect) in rows {
        let got = Reference::parse(&input);
        match expect {
            Err(e) => assert_eq!(got, Err(e), "{input}"),
            Ok((repository, domain, tag, digest)) => {
                let r = got.unwrap_or_else(|e| panic!("{input}: {e}"));
                assert_eq!(r.to_string(), input);
                assert_eq!(r.name(), repository, "{input}");
                assert_eq!(r.domain(), domain, "{input}");
                assert_eq!(r.tag().unwrap_or(""), tag, "{input}");
                assert_eq!(r.digest().unwrap_or(""), digest, "{input}");
            }
        }
    }
}

#[test]
fn with_name_failure() {
    let sha = sha256_f();
    for (input, err) in [
        (String::new(), ReferenceError::InvalidFormat),
        (":justtag".into(), ReferenceError::InvalidFormat),
        (format!("@{sha}"), ReferenceError::InvalidFormat),
        (
            format!("validname@invaliddigest:{F64}"),
            ReferenceError::InvalidFormat,
        ),
        ("example.com/repo:tag".into(), ReferenceError::InvalidFormat),
        (
            format!("example.com/{}", "a".repeat(256)),
            ReferenceError::NameTooLong,
        ),
        ("aa/asdf$$^/aa".into(), ReferenceError::InvalidFormat),
    ] {
        assert_eq!(Reference::with_name(&input), Err(err), "{input}");
    }
}

#[test]
fn domain_and_path() {
    for (input, domain, path) in [
        ("test.com/foo", "test.com", "foo"),
        ("test_com/foo", "", "test_com/foo"),
        ("test:8080/foo", "test:8080", "foo"),
        ("test.com:8080/foo", "test.com:8080", "foo"),
        ("test-com:8080/foo", "test-com:8080", "foo"),
        ("xn--n3h.com:18080/foo", "xn--n3h.com:18080", "foo"),
    ] {
        let r = Reference::with_name(input).unwrap();
        assert_eq!((r.domain(), r.path().as_ref()), (domain, path), "{input}");
    }
}

#[test]
fn serialization_parse_cases() {
    // `TestSerialization` round-trips through `Field`'s `UnmarshalText`, which is `Parse`.
    assert_eq!(Reference::parse(""), Err(ReferenceError::NameEmpty));
    let r = Reference::parse("example.com:8000/named").unwrap();
    assert_eq!(
        (r.name().as_ref(), r.tag(), r.digest()),
        ("example.com:8000/named", None, None)
    );
    let r = Reference::parse("example.com:8000/named:tagged").unwrap();
    assert_eq!(
        (r.name().as_ref(), r.tag()),
        ("example.com:8000/named", Some("tagged"))
    );
    let d = "sha256:1234567890098765432112345667890098765432112345667890098765432112";
    let input = format!("other.com/named@{d}");
    let r = Reference::parse(&input).unwrap();
    assert_eq!(
        (r.name().as_ref(), r.tag(), r.digest()),
        ("other.com/named", None, Some(d))
    );
    assert_eq!(r.to_string(), input);
}

#[test]
fn with_tag_and_digest() {
    let d = "sha256:1234567890098765432112345667890098765";
    for (name, digest, tag, combined) in [
        ("test.com/foo", "", "tag", "test.com/foo:tag".to_string()),
        ("foo", "", "tag2", "foo:tag2".into()),
        (
            "test.com:8000/foo",
            "",
            "tag4",
            "test.com:8000/foo:tag4".into(),
        ),
        (
            "test.com:8000/foo",
            "",
            "TAG5",
            "test.com:8000/foo:TAG5".into(),
        ),
        (
            "test.com:8000/foo",
            d,
            "TAG5",
            format!("test.com:8000/foo:TAG5@{d}"),
        ),
    ] {
        let mut r = Reference::with_name(name).unwrap();
        if !digest.is_empty() {
            r = r.with_digest(digest).unwrap();
        }
        assert_eq!(r.with_tag(tag).unwrap().to_string(), combined);
    }
    // `TestWithDigest`.
    for (name, tag, combined) in [
        ("test.com/foo", "", format!("test.com/foo@{d}")),
        ("foo", "", format!("foo@{d}")),
        ("test.com:8000/foo", "", format!("test.com:8000/foo@{d}")),
        (
            "test.com:8000/foo",
            "latest",
            format!("test.com:8000/foo:latest@{d}"),
        ),
    ] {
        let mut r = Reference::with_name(name).unwrap();
        if !tag.is_empty() {
            r = r.with_tag(tag).unwrap();
        }
        assert_eq!(r.with_digest(d).unwrap().to_string(), combined);
    }
}

#[test]
fn parse_named() {
    for (input, expect) in [
        ("test.com/foo", Ok(("test.com", "foo"))),
        ("test:8080/foo", Ok(("test:8080", "foo"))),
        ("test_com/foo", Err(ReferenceError::NameNotCanonical)),
        ("test.com", Err(ReferenceError::NameNotCanonical)),
        ("foo", Err(ReferenceError::NameNotCanonical)),
        ("library/foo", Err(ReferenceError::NameNotCanonical)),
        ("docker.io/library/foo", Ok(("docker.io", "library/foo"))),
        ("docker.io/foo", Err(ReferenceError::NameNotCanonical)),
    ] {
        let got = Reference::parse_named(input).map(|r| (r.domain(), r.path().into_owned()));
        let expect = expect.map(|(d, p)| (d, p.to_string()));
        assert_eq!(got, expect, "{input}");
    }
}
