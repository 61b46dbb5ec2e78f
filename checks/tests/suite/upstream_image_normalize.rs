//! Image reference normalization: the test tables of `github.com/distribution/reference` v0.6.0
//! normalize_test.go, row by row (`TestValidateReferenceName`, `TestValidateRemoteName`,
//! `TestParseRepositoryInfo`, `TestParseReferenceWithTagAndDigest`,
//! `TestInvalidReferenceComponents`, the named rows of `TestParseAnyReference`,
//! `TestNormalizedSplitHostname`, `TestParseDockerRef`), then Kubernetes' `TestParseImageName`
//! (pkg/util/parsers/parsers_test.go), the defaulted pull policy, Go's error texts and hostile
//! inputs. The grammar's own tables (reference_test.go) are in `upstream_image_reference.rs`.
//!
//! Upstream: <https://github.com/distribution/reference/blob/v0.6.0/normalize_test.go>,
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/util/parsers/parsers_test.go>,
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/v1/defaults.go>

use std::time::Instant;

use kube_primitives::api::image::{
    default_pull_policy, parse_image_name, Reference, ReferenceError,
};

#[test]
fn validate_reference_name() {
    let valid = [
        "docker/docker",
        "library/debian",
        "debian",
        "localhost/library/debian",
        "localhost/debian",
        "LOCALDOMAIN/library/debian",
        "LOCALDOMAIN/debian",
        "docker.io/docker/docker",
        "docker.io/library/debian",
        "docker.io/debian",
        "index.docker.io/docker/docker",
        "index.docker.io/library/debian",
        "index.docker.io/debian",
        "127.0.0.1:5000/docker/docker",
        "127.0.0.1:5000/library/debian",
        "127.0.0.1:5000/debian",
        "192.168.0.1",
        "192.168.0.1:80",
        "192.168.0.1:8/debian",
        "192.168.0.2:25000/debian",
        "thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev",
        "[fc00::1]:5000/docker",
        "[fc00::1]:5000/docker/docker",
        "[fc00:1:2:3:4:5:6:7]:5000/library/debian",
        "docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a",
        "Docker/docker",
        "DOCKER/docker",
    ];
    let invalid = [
        "https://github.com/docker/docker",
        "docker/Docker",
        "-docker",
        "-docker/docker",
        "-docker.io/docker/docker",
        "docker///docker",
        "docker.io/docker/Docker",
        "docker.io/docker///docker",
        "[fc00::1]",
        "[fc00::1]:5000",
        "fc00::1:5000/debian",
        "[fe80::1%eth0]:5000/debian",
        "[2001:db8:3:4::192.0.2.33]:5000/debian",
        "1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a",
    ];
    for name in valid {
        assert!(Reference::parse_normalized(name).is_ok(), "{name}");
    }
    for name in invalid {
        assert!(Reference::parse_normalized(name).is_err(), "{name}");
    }
}

#[test]
fn validate_remote_name() {
    for name in [
        "docker/docker",
        "thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev",
        "docker-rules/docker",
        "docker---rules/docker",
        "doc/docker",
        "d/docker",
        "jess/t",
        "dock__er/docker",
    ] {
        assert!(Reference::parse_normalized(name).is_ok(), "{name}");
    }
    let long_namespace =
        "this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_".repeat(4);
    let long = format!("{}/docker", long_namespace.trim_end_matches('_'));
    for name in [
        "docker/Docker",
        "docker///docker",
        "1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a",
        "-docker/docker",
        "docker-/docker",
        "-docker-/docker",
        "____/____",
        "_docker/_docker",
        "dock..er/docker",
        "dock_.er/docker",
        "dock-.er/docker",
        "docker/",
        &long,
    ] {
        assert!(Reference::parse_normalized(name).is_err(), "{name}");
    }
}

#[test]
fn parse_repository_info() {
    // (RemoteName, FamiliarName, FullName, AmbiguousName, Domain); every non-empty name of a row
    // parses to the same reference.
    let rows = [
        (
            "fooo",
            "localhost/fooo",
            "localhost/fooo",
            "localhost/fooo",
            "localhost",
        ),
        (
            "fooo/bar",
            "localhost/fooo/bar",
            "localhost/fooo/bar",
            "localhost/fooo/bar",
            "localhost",
        ),
        (
            "fooo",
            "LOCALDOMAIN/fooo",
            "LOCALDOMAIN/fooo",
            "LOCALDOMAIN/fooo",
            "LOCALDOMAIN",
        ),
        (
            "fooo/bar",
            "LOCALDOMAIN/fooo/bar",
            "LOCALDOMAIN/fooo/bar",
            "LOCALDOMAIN/fooo/bar",
            "LOCALDOMAIN",
        ),
        (
            "fooo/bar",
            "fooo/bar",
            "docker.io/fooo/bar",
            "index.docker.io/fooo/bar",
            "docker.io",
        ),
        (
            "library/ubuntu",
            "ubuntu",
            "docker.io/library/ubuntu",
            "library/ubuntu",
            "docker.io",
        ),
        (
            "nonlibrary/ubuntu",
            "nonlibrary/ubuntu",
            "docker.io/nonlibrary/ubuntu",
            "",
            "docker.io",
        ),
        (
            "other/library",
            "other/library",
            "docker.io/other/library",
            "",
            "docker.io",
        ),
        (
            "private/moonbase",
            "127.0.0.1:8000/private/moonbase",
            "127.0.0.1:8000/private/moonbase",
            "",
            "127.0.0.1:8000",
        ),
        (
            "privatebase",
            "127.0.0.1:8000/privatebase",
            "127.0.0.1:8000/privatebase",
            "",
            "127.0.0.1:8000",
        ),
        (
            "private/moonbase",
            "example.com/private/moonbase",
            "example.com/private/moonbase",
            "",
            "example.com",
        ),
        (
            "privatebase",
            "example.com/privatebase",
            "example.com/privatebase",
            "",
            "example.com",
        ),
        (
            "private/moonbase",
            "example.com:8000/private/moonbase",
            "example.com:8000/private/moonbase",
            "",
            "example.com:8000",
        ),
        (
            "privatebasee",
            "example.com:8000/privatebasee",
            "example.com:8000/privatebasee",
            "",
            "example.com:8000",
        ),
        (
            "library/ubuntu-12.04-base",
            "ubuntu-12.04-base",
            "docker.io/library/ubuntu-12.04-base",
            "index.docker.io/library/ubuntu-12.04-base",
            "docker.io",
        ),
        (
            "library/foo",
            "foo",
            "docker.io/library/foo",
            "docker.io/foo",
            "docker.io",
        ),
        (
            "library/foo/bar",
            "library/foo/bar",
            "docker.io/library/foo/bar",
            "",
            "docker.io",
        ),
        (
            "store/foo/bar",
            "store/foo/bar",
            "docker.io/store/foo/bar",
            "",
            "docker.io",
        ),
        ("bar", "Foo/bar", "Foo/bar", "", "Foo"),
        ("bar", "FOO/bar", "FOO/bar", "", "FOO"),
    ];
    let mut checked = 0;
    for (remote, familiar, full, ambiguous, domain) in rows {
        for input in [familiar, full, ambiguous]
            .into_iter()
            .filter(|s| !s.is_empty())
        {
            let r = Reference::parse_normalized(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(r.familiar_name(), familiar, "{input}");
            assert_eq!(r.to_string(), full, "{input}");
            assert_eq!(r.domain(), domain, "{input}");
            assert_eq!(r.path(), remote, "{input}");
            checked += 1;
        }
    }
    assert_eq!(checked, 48);
}

#[test]
fn parse_reference_with_tag_and_digest() {
    let short =
        "busybox:latest@sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa";
    let r = Reference::parse_normalized(short).unwrap();
    assert_eq!(r.to_string(), format!("docker.io/library/{short}"));
    assert!(r.tag().is_some() && r.digest().is_some());
    assert_eq!(r.familiar_string(), short);
}

#[test]
fn invalid_reference_components() {
    assert!(Reference::parse_normalized("-foo").is_err());
    let r = Reference::parse_normalized("busybox").unwrap();
    assert_eq!(r.with_tag("-foo"), Err(ReferenceError::TagInvalidFormat));
    assert_eq!(
        r.with_digest("foo"),
        Err(ReferenceError::DigestInvalidFormat)
    );
}

#[test]
fn parse_any_reference_named_rows() {
    // The rows of `TestParseAnyReference` that name a repository: `ParseNormalizedNamed` gives
    // the reference `Parse` gives for the equivalent string.
    let d = "sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c";
    let rows: Vec<(String, String)> = vec![
        ("redis".into(), "docker.io/library/redis".into()),
        (
            "redis:latest".into(),
            "docker.io/library/redis:latest".into(),
        ),
        (
            "docker.io/library/redis:latest".into(),
            "docker.io/library/redis:latest".into(),
        ),
        (format!("redis@{d}"), format!("docker.io/library/redis@{d}")),
        (
            format!("docker.io/library/redis@{d}"),
            format!("docker.io/library/redis@{d}"),
        ),
        ("dmcgowan/myapp".into(), "docker.io/dmcgowan/myapp".into()),
        (
            "dmcgowan/myapp:latest".into(),
            "docker.io/dmcgowan/myapp:latest".into(),
        ),
        (
            "docker.io/mcgowan/myapp:latest".into(),
            "docker.io/mcgowan/myapp:latest".into(),
        ),
        (
            format!("dmcgowan/myapp@{d}"),
            format!("docker.io/dmcgowan/myapp@{d}"),
        ),
        (
            format!("docker.io/dmcgowan/myapp@{d}"),
            format!("docker.io/dmcgowan/myapp@{d}"),
        ),
        (
            "dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9".into(),
            "docker.io/library/dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9"
                .into(),
        ),
        ("dbcc1".into(), "docker.io/library/dbcc1".into()),
    ];
    for (input, equivalent) in &rows {
        let r = Reference::parse_normalized(input).unwrap();
        assert_eq!(&r.to_string(), equivalent);
        assert_eq!(r, Reference::parse(equivalent).unwrap(), "{input}");
    }
}

#[test]
fn normalized_split_hostname() {
    for (input, domain, path) in [
        ("test.com/foo", "test.com", "foo"),
        ("test_com/foo", "docker.io", "test_com/foo"),
        ("docker/migrator", "docker.io", "docker/migrator"),
        ("test.com:8080/foo", "test.com:8080", "foo"),
        ("test-com:8080/foo", "test-com:8080", "foo"),
        ("foo", "docker.io", "library/foo"),
        ("xn--n3h.com/foo", "xn--n3h.com", "foo"),
        ("xn--n3h.com:18080/foo", "xn--n3h.com:18080", "foo"),
        ("docker.io/foo", "docker.io", "library/foo"),
        ("docker.io/library/foo", "docker.io", "library/foo"),
        ("docker.io/library/foo/bar", "docker.io", "library/foo/bar"),
    ] {
        let r = Reference::parse_normalized(input).unwrap();
        assert_eq!((r.domain(), r.path().as_ref()), (domain, path), "{input}");
    }
}

#[test]
fn parse_docker_ref() {
    let d = "sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582";
    let rows: Vec<(String, String)> = vec![
        ("busybox".into(), "docker.io/library/busybox:latest".into()),
        (
            "busybox:latest".into(),
            "docker.io/library/busybox:latest".into(),
        ),
        (
            format!("busybox@{d}"),
            format!("docker.io/library/busybox@{d}"),
        ),
        (
            "library/busybox".into(),
            "docker.io/library/busybox:latest".into(),
        ),
        (
            "docker.io/busybox".into(),
            "docker.io/library/busybox:latest".into(),
        ),
        (
            "docker.io/library/busybox".into(),
            "docker.io/library/busybox:latest".into(),
        ),
        (
            "docker.io/busybox:latest".into(),
            "docker.io/library/busybox:latest".into(),
        ),
        (
            "library/busybox:latest".into(),
            "docker.io/library/busybox:latest".into(),
        ),
        (
            "docker.io/library/busybox:latest".into(),
            "docker.io/library/busybox:latest".into(),
        ),
        (
            "gcr.io/library/busybox".into(),
            "gcr.io/library/busybox:latest".into(),
        ),
        (
            format!("gcr.io/library/busybox:latest@{d}"),
            format!("gcr.io/library/busybox@{d}"),
        ),
    ];
    for (input, expected) in &rows {
        let out = Reference::parse_docker_ref(input).unwrap().to_string();
        assert_eq!(&out, expected, "{input}");
        assert!(Reference::parse(&out).is_ok());
    }
}

#[test]
fn error_messages() {
    let hex = "1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a";
    for (input, message) in [
        ("", "invalid reference format"),
        (
            "Foo",
            "invalid reference format: repository name (library/Foo) must be lowercase",
        ),
        (
            "docker/Docker:tag",
            "invalid reference format: repository name (docker/Docker) must be lowercase",
        ),
        (
            "foo@SHA256:ab",
            "invalid reference format: repository name (library/foo@SHA256) must be lowercase",
        ),
        (
            hex,
            &*format!(
                "invalid repository name ({hex}), cannot specify 64-byte hexadecimal strings"
            ),
        ),
        // `Foo_x` is kept as a domain for its uppercase letter, but is none: the lowercased
        // string parses, so `Parse` says so.
        ("Foo_x/bar", "repository name must be lowercase"),
        ("\u{212A}8s/x_y", "repository name must be lowercase"),
        ("\u{C9}x/y_z", "invalid reference format"),
        (
            &*format!("{}/x", "a".repeat(300)),
            "repository name must not be more than 255 characters",
        ),
        (
            &*format!("x/{}", "a".repeat(300)),
            "repository name must not be more than 255 characters",
        ),
        (
            "foo@sha256:ABCDEFABCDEFABCDEFABCDEFABCDEFABCDEFABCDEFABCDEFABCDEFABCDEFABCD",
            "invalid checksum digest format",
        ),
        (
            "foo@SHA256:abcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcd",
            "invalid reference format: repository name (library/foo@SHA256) must be lowercase",
        ),
        (
            "a.io/foo@SHA256:abcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcd",
            "invalid reference format: repository name (foo@SHA256) must be lowercase",
        ),
        (
            "a.io/foo@sha384:abcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcd",
            "invalid checksum digest length",
        ),
        (
            "a.io/foo@md5:abcdefabcdefabcdefabcdefabcdefab",
            "unsupported digest algorithm",
        ),
    ] {
        let err = Reference::parse_normalized(input).unwrap_err();
        assert_eq!(err.to_string(), message, "{input:?}");
    }
    // `Parse` alone does not check the remote name's case: go-digest rejects the algorithm.
    assert_eq!(
        Reference::parse("a.io/foo@SHA256:abcdefabcdefabcdefabcdefabcdefab"),
        Err(ReferenceError::ChecksumInvalidFormat)
    );
    // v0.6.0 limits the path only: a long domain is fine.
    let long_domain = format!("{}.io/x", "a".repeat(300));
    assert_eq!(
        Reference::parse_normalized(&long_domain)
            .unwrap()
            .domain()
            .len(),
        303
    );
}

#[test]
fn parse_image_name_and_pull_policy() {
    // Kubernetes `TestParseImageName`.
    let d = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    let rows: Vec<(String, &str, Option<&str>, Option<&str>)> = vec![
        (
            "root".into(),
            "docker.io/library/root",
            Some("latest"),
            None,
        ),
        (
            "root:tag".into(),
            "docker.io/library/root",
            Some("tag"),
            None,
        ),
        (format!("root@{d}"), "docker.io/library/root", None, Some(d)),
        (
            "user/repo".into(),
            "docker.io/user/repo",
            Some("latest"),
            None,
        ),
        (
            "user/repo:tag".into(),
            "docker.io/user/repo",
            Some("tag"),
            None,
        ),
        (
            format!("user/repo@{d}"),
            "docker.io/user/repo",
            None,
            Some(d),
        ),
        (
            "url:5000/repo".into(),
            "url:5000/repo",
            Some("latest"),
            None,
        ),
        (
            "url:5000/repo:tag".into(),
            "url:5000/repo",
            Some("tag"),
            None,
        ),
        (format!("url:5000/repo@{d}"), "url:5000/repo", None, Some(d)),
        (
            format!("url:5000/repo:latest@{d}"),
            "url:5000/repo",
            Some("latest"),
            Some(d),
        ),
    ];
    for (input, repo, tag, digest) in &rows {
        let n = parse_image_name(input).unwrap();
        assert_eq!(
            (n.repo.as_ref(), n.tag, n.digest),
            (*repo, *tag, *digest),
            "{input}"
        );
    }
    for (input, contains) in [
        ("ROOT", "must be lowercase"),
        ("http://root", "invalid reference format"),
        (&d[7..], "cannot specify 64-byte hexadecimal strings"),
    ] {
        assert!(
            parse_image_name(input)
                .unwrap_err()
                .to_string()
                .contains(contains),
            "{input}"
        );
    }
    // `SetDefaults_Container`.
    let digested = format!("busybox@{d}");
    for (image, policy) in [
        ("busybox", "Always"),
        ("busybox:1.36", "IfNotPresent"),
        (digested.as_str(), "IfNotPresent"),
        ("Busybox", "IfNotPresent"),
        ("", "IfNotPresent"),
    ] {
        assert_eq!(default_pull_policy(image), policy, "{image}");
    }
}

#[test]
fn hostile_inputs_never_panic_and_stay_linear() {
    let mb = 1 << 20;
    let inputs = [
        "a".repeat(mb),
        "a/".repeat(mb / 2),
        format!("{}a", "a/".repeat(mb / 2)),
        "/".repeat(mb),
        ":".repeat(mb),
        "@".repeat(mb),
        "[".repeat(mb),
        format!("[{}]:5000/a", ":".repeat(mb)),
        format!("a.io/a:{}", "a".repeat(mb)),
        format!("a@sha256:{}", "f".repeat(mb)),
        format!("a@{}:{}", "a-".repeat(mb / 4) + "a", "f".repeat(64)),
        "a-".repeat(mb / 2),
        "a__".repeat(mb / 3),
        "A".repeat(mb),
        "\u{212A}".repeat(mb / 3),
        "é".repeat(mb / 2),
    ];
    for input in &inputs {
        let start = Instant::now();
        let _ = Reference::parse(input);
        let _ = Reference::parse_normalized(input);
        let _ = Reference::with_name(input);
        let _ = parse_image_name(input);
        let _ = default_pull_policy(input);
        // A few passes over a megabyte take milliseconds; anything quadratic takes minutes.
        let elapsed = start.elapsed();
        assert!(
            elapsed.as_secs() < 5,
            "{} bytes took {elapsed:?}",
            input.len()
        );
    }
}
