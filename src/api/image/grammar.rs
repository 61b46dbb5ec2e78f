//! The reference grammar as byte scanners, one per regular expression of
//! <https://github.com/distribution/reference/blob/v0.6.0/regexp.go>.
//!
//! Every scanner reads its input once, left to right, so parsing is linear in the input's length
//! whatever it holds. The reference grammar never needs backtracking to decide a match: each piece
//! is delimited by a byte the pieces before it cannot contain (`@` before the digest, the last
//! `/` before the last path component, the first `:` after it before the tag).

/// `alphanumeric = [a-z0-9]+`: the atoms of a path component.
fn is_lower_alnum(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit()
}

/// `pathComponent = [a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*`: lowercase alphanumeric runs joined by
/// one `.`, one `_`, two `_`, or any number of `-`.
pub(super) fn is_path_component(s: &str) -> bool {
    let mut bytes = s.bytes().peekable();
    loop {
        // An alphanumeric run: at least one byte.
        if bytes.next_if(|&b| is_lower_alnum(b)).is_none() {
            return false;
        }
        while bytes.next_if(|&b| is_lower_alnum(b)).is_some() {}
        let Some(sep) = bytes.next() else {
            return true;
        };
        match sep {
            b'.' => {}
            b'_' => {
                bytes.next_if_eq(&b'_');
            }
            b'-' => while bytes.next_if_eq(&b'-').is_some() {},
            _ => return false,
        }
    }
}

/// `remoteName = pathComponent(?:/pathComponent)*`.
pub(super) fn is_remote_name(s: &str) -> bool {
    s.split('/').all(is_path_component)
}

/// `domainNameComponent = [a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]`: a DNS label of any
/// case and length, hyphens inside only.
fn is_domain_name_component(s: &str) -> bool {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(first), Some(last)) => {
            first.is_ascii_alphanumeric()
                && last.is_ascii_alphanumeric()
                && b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
        }
        _ => false,
    }
}

/// `domainAndPort = (?:domainName|ipv6address)(?::[0-9]+)?` with
/// `domainName = domainNameComponent(?:\.domainNameComponent)*` and
/// `ipv6address = \[(?:[a-fA-F0-9:]+)\]`: a host name, dotted IPv4 address or bracketed IPv6
/// address (no zone, no embedded IPv4), then an optional numeric port.
pub(super) fn is_domain(s: &str) -> bool {
    let (host_ok, after) = if let Some(inner) = s.strip_prefix('[') {
        // The address cannot hold `]`, so the first one closes it.
        match inner.split_once(']') {
            Some((addr, after)) => (
                !addr.is_empty() && addr.bytes().all(|b| b.is_ascii_hexdigit() || b == b':'),
                after,
            ),
            None => return false,
        }
    } else {
        // A domain name holds no `:`, so the first one starts the port.
        let (host, after) = s.find(':').map_or((s, ""), |i| s.split_at(i));
        (host.split('.').all(is_domain_name_component), after)
    };
    host_ok
        && (after.is_empty()
            || after
                .strip_prefix(':')
                .is_some_and(|port| !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit())))
}

/// `\w` of Go's RE2: ASCII letters, digits and `_`.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The longest tag, from `tag = [\w][\w.-]{0,127}`.
pub(super) const TAG_MAX: usize = 128;

/// `tag = [\w][\w.-]{0,127}`.
pub(super) fn is_tag(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() <= TAG_MAX
        && b.first().is_some_and(|&c| is_word(c))
        && b.iter().all(|&c| is_word(c) || c == b'.' || c == b'-')
}

/// `digestPat = [A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}`: an
/// algorithm (letter-led components joined by one of `-_+.`), a colon, at least 32 hex digits of
/// either case.
pub(super) fn is_digest(s: &str) -> bool {
    let Some((algorithm, hex)) = s.split_once(':') else {
        return false;
    };
    let components_ok = algorithm.split(['-', '_', '+', '.']).all(|c| {
        let mut b = c.bytes();
        b.next().is_some_and(|f| f.is_ascii_alphabetic()) && b.all(|x| x.is_ascii_alphanumeric())
    });
    components_ok && hex.len() >= 32 && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

/// `identifier = [a-f0-9]{64}`: what a sha256 image ID looks like.
pub(super) fn is_identifier(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Whether Go's `strings.ToLower` would change `s`: some character has a lowercase mapping other
/// than itself. Rust's tables may be of a newer Unicode version than Go's; the two agree on every
/// character both versions know.
pub(super) fn has_upper(s: &str) -> bool {
    s.chars().any(|c| {
        let mut lower = c.to_lowercase();
        lower.next() != Some(c) || lower.next().is_some()
    })
}

/// `strings.ToLower(s)` where it matters to the grammar, which is all ASCII: ASCII letters fold,
/// and the only two non-ASCII characters Go lowercases to ASCII, `İ` (U+0130) to `i` and the Kelvin
/// sign (U+212A) to `k`, fold too. `None` when any other non-ASCII character is present, as the
/// lowered string could not match then.
pub(super) fn go_lower_ascii(s: &str) -> Option<alloc::string::String> {
    s.chars()
        .map(|c| match c {
            '\u{130}' => Some('i'),
            '\u{212A}' => Some('k'),
            c if c.is_ascii() => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_components() {
        for ok in ["a", "a.b", "a_b", "a__b", "a---b", "a1-2_3.4__5", "0"] {
            assert!(is_path_component(ok), "{ok}");
        }
        for bad in [
            "", "A", "-a", "a-", "a..b", "a___b", "a._b", "a-.b", "a/b", "a:b",
        ] {
            assert!(!is_path_component(bad), "{bad}");
        }
    }

    #[test]
    fn domains() {
        for ok in [
            "a",
            "A-b.C",
            "1.2.3.4:5",
            "[::1]",
            "[::1]:5000",
            "x--y.com:80",
        ] {
            assert!(is_domain(ok), "{ok}");
        }
        for bad in [
            "", "-a", "a-", "a..b", "a:", "a:x", "[]", "[::1", "[g::1]", "[::1]x", "a_b",
        ] {
            assert!(!is_domain(bad), "{bad}");
        }
    }

    #[test]
    fn tags_digests_identifiers() {
        assert!(is_tag("_a.-"));
        assert!(!is_tag(".a"));
        assert!(is_tag(&"a".repeat(128)));
        assert!(!is_tag(&"a".repeat(129)));
        let hex32 = "f".repeat(32);
        assert!(is_digest(&alloc::format!("sha256+b64u.X-y_z:{hex32}")));
        assert!(!is_digest(&alloc::format!("1sha:{hex32}")));
        assert!(!is_digest(&alloc::format!("sha--a:{hex32}")));
        assert!(!is_digest(&alloc::format!(":{hex32}")));
        assert!(!is_digest("sha256:fff"));
        assert!(is_identifier(&"a".repeat(64)));
        assert!(!is_identifier(&"A".repeat(64)));
    }

    #[test]
    fn lowering() {
        assert!(has_upper("É"));
        assert!(has_upper("\u{1C5}")); // titlecase Dž lowercases to dž
        assert!(!has_upper("é1_"));
        assert_eq!(go_lower_ascii("A\u{212A}\u{130}").as_deref(), Some("aki"));
        assert_eq!(go_lower_ascii("é"), None);
    }
}
