//! Property test: `Reference::parse` and `Reference::parse_normalized` agree with a model of Go's
//! `Parse` built from distribution v0.6.0's own regular expressions
//! (<https://github.com/distribution/reference/blob/v0.6.0/regexp.go>), compiled by the `regex`
//! crate (leftmost-first, like Go's RE2, so the captures are the same), on random strings biased
//! towards the grammar's characters.

use std::sync::OnceLock;

use kube_primitives::api::image::{Reference, ReferenceError};
use proptest::prelude::*;
use regex::Regex;

struct Patterns {
    reference: Regex,
    name: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let alphanumeric = "[a-z0-9]+";
        let separator = "(?:[._]|__|[-]+)";
        let domain_name_component = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
        let optional_port = "(?::[0-9]+)?";
        // `\w` of RE2 is ASCII; the regex crate's is Unicode.
        let tag = "[0-9A-Za-z_][0-9A-Za-z_.-]{0,127}";
        let digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}";
        let ipv6 = r"\[(?:[a-fA-F0-9:]+)\]";
        let domain_name = format!(r"{domain_name_component}(?:\.{domain_name_component})*");
        let host = format!("(?:{domain_name}|{ipv6})");
        let domain_and_port = format!("{host}{optional_port}");
        let path_component = format!("{alphanumeric}(?:{separator}{alphanumeric})*");
        let remote_name = format!("{path_component}(?:/{path_component})*");
        let name_pat = format!("(?:{domain_and_port}/)?{remote_name}");
        Patterns {
            reference: Regex::new(&format!("^({name_pat})(?::({tag}))?(?:@({digest}))?$")).unwrap(),
            name: Regex::new(&format!("^(?:({domain_and_port})/)?({remote_name})$")).unwrap(),
        }
    })
}

/// Go's `Parse` up to go-digest: `Ok((domain, path, tag, digest))`, or the error; `None` for a
/// digest go-digest may still reject.
type Model = Result<(String, String, String, String), ReferenceError>;

fn go_parse(s: &str) -> Model {
    let p = patterns();
    let Some(m) = p.reference.captures(s) else {
        if s.is_empty() {
            return Err(ReferenceError::NameEmpty);
        }
        // Go's `strings.ToLower`, for the characters the strategies produce.
        let lower: String = s
            .chars()
            .map(|c| match c {
                '\u{212A}' => 'k',
                '\u{130}' => 'i',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        return Err(if p.reference.is_match(&lower) {
            ReferenceError::NameContainsUppercase
        } else {
            ReferenceError::InvalidFormat
        });
    };
    let name = m.get(1).map_or("", |g| g.as_str());
    let n = p.name.captures(name).unwrap();
    let domain = n.get(1).map_or("", |g| g.as_str());
    let path = n.get(2).map_or("", |g| g.as_str());
    if path.len() > 255 {
        return Err(ReferenceError::NameTooLong);
    }
    let tag = m.get(2).map_or("", |g| g.as_str());
    let digest = m.get(3).map_or("", |g| g.as_str());
    Ok((domain.into(), path.into(), tag.into(), digest.into()))
}

fn compare(got: Result<Reference<'_>, ReferenceError>, model: Model) -> Result<(), String> {
    match (got, model) {
        (Ok(r), Ok((domain, path, tag, digest))) => {
            let got = (
                r.domain().to_string(),
                r.path().into_owned(),
                r.tag().unwrap_or("").to_string(),
                r.digest().unwrap_or("").to_string(),
            );
            if got == (domain.clone(), path.clone(), tag.clone(), digest.clone()) {
                Ok(())
            } else {
                Err(format!(
                    "got {got:?}, model {:?}",
                    (domain, path, tag, digest)
                ))
            }
        }
        // go-digest's verdicts come after the grammar, on a digest the model accepted.
        (
            Err(
                ReferenceError::ChecksumInvalidFormat
                | ReferenceError::ChecksumInvalidLength
                | ReferenceError::DigestUnsupported,
            ),
            Ok((_, _, _, digest)),
        ) if !digest.is_empty() => Ok(()),
        (Err(a), Err(b)) if a == b => Ok(()),
        (got, model) => Err(format!("got {got:?}, model {model:?}")),
    }
}

/// Strings close to references: their alphabet, with a little trouble.
fn near_references() -> impl Strategy<Value = String> {
    let alphabet = prop_oneof![
        8 => proptest::char::range('a', 'f'),
        3 => proptest::char::range('0', '9'),
        2 => Just('-'),
        2 => Just('.'),
        2 => Just('_'),
        3 => Just('/'),
        3 => Just(':'),
        1 => Just('@'),
        1 => Just('['),
        1 => Just(']'),
        1 => proptest::char::range('A', 'F'),
        1 => prop_oneof![Just('+'), Just('%'), Just('é'), Just('\u{212a}'), Just(' ')],
    ];
    proptest::collection::vec(alphabet, 0..40).prop_map(|v| v.into_iter().collect())
}

/// Well-formed pieces glued in random orders.
fn assembled() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("docker.io".to_string()),
        Just("localhost".to_string()),
        Just("[::1]".to_string()),
        Just("Reg.io:5000".to_string()),
        Just("library".to_string()),
        "[a-z0-9]{1,3}([._-]{1,2}[a-z0-9]{1,3}){0,2}",
        Just("sha256:".to_string() + &"ab".repeat(32)),
        Just("sha512:".to_string() + &"0F".repeat(32)),
        Just("md5:".to_string() + &"a".repeat(32)),
        "[A-Za-z0-9_.-]{1,6}",
        Just("a".repeat(130)),
    ];
    let sep = prop_oneof![Just("/"), Just(":"), Just("@"), Just("")];
    proptest::collection::vec((piece, sep), 1..7).prop_map(|v| {
        v.into_iter().fold(String::new(), |mut s, (p, sep)| {
            s.push_str(&p);
            s.push_str(sep);
            s
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    #[test]
    fn parse_agrees_with_go_patterns(s in prop_oneof![3 => near_references(), 3 => assembled(), 1 => any::<String>()]) {
        if let Err(diff) = compare(Reference::parse(&s), go_parse(&s)) {
            prop_assert!(false, "Parse({s:?}): {diff}");
        }
    }

    #[test]
    fn normalized_parses_what_go_parses(s in prop_oneof![3 => near_references(), 3 => assembled()]) {
        // `ParseNormalizedNamed` = its own checks, then `Parse(domain + "/" + remainder)`: when
        // those checks pass, the result is the model's for the string it builds.
        let got = Reference::parse_normalized(&s);
        if let Err(ReferenceError::HexIdentifier(_) | ReferenceError::NameNotLowercase(_)) = got {
            return Ok(());
        }
        let built = go_built(&s);
        if let Err(diff) = compare(got, go_parse(&built)) {
            prop_assert!(false, "ParseNormalizedNamed({s:?}) = Parse({built:?}): {diff}");
        }
    }
}

/// Go's `splitDockerDomain` joined back: the string `ParseNormalizedNamed` hands to `Parse`.
fn go_built(s: &str) -> String {
    let Some((maybe_domain, maybe_remote)) = s.split_once('/') else {
        return format!("docker.io/library/{s}");
    };
    let (domain, remote) = if maybe_domain == "localhost" {
        (maybe_domain, maybe_remote)
    } else if maybe_domain == "index.docker.io" {
        ("docker.io", maybe_remote)
    } else if maybe_domain.contains(['.', ':']) || maybe_domain.to_lowercase() != maybe_domain {
        (maybe_domain, maybe_remote)
    } else {
        ("docker.io", s)
    };
    if domain == "docker.io" && !remote.contains('/') {
        format!("{domain}/library/{remote}")
    } else {
        format!("{domain}/{remote}")
    }
}
