//! The Windows security options of a pod or container: `validateWindowsSecurityContextOptions`
//! of [validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)
//! (the gMSA credential spec name and size, and the `DOMAIN\USER` form of `runAsUserName`).

use alloc::format;

use crate::api::core::WindowsSecurityContextOptions;
use crate::meta::field::{BadValue, Error, ErrorList, LazyPath};

const MAX_GMSA_CREDENTIAL_SPEC_LENGTH_IN_KIB: usize = 64;
const MAX_GMSA_CREDENTIAL_SPEC_LENGTH: usize = MAX_GMSA_CREDENTIAL_SPEC_LENGTH_IN_KIB * 1024;
const MAX_RUN_AS_USER_NAME_DOMAIN_LENGTH: usize = 256;
const MAX_RUN_AS_USER_NAME_USER_LENGTH: usize = 104;

/// Go's `[[:cntrl:]]`: the ASCII control characters.
fn has_control(s: &str) -> bool {
    s.bytes().any(|b| b < 0x20 || b == 0x7f)
}

/// The characters neither a NetBIOS domain nor a user name may hold (`\ / : * ? " < > |`).
fn netbios_forbidden(c: char) -> bool {
    matches!(c, '\\' | '/' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
}

/// `validNetBiosRegex`: 1 to 15 characters (runes, as Go's regexp counts), none forbidden, not
/// starting with a dot.
fn is_netbios_domain(domain: &str) -> bool {
    let mut chars = domain.chars();
    match chars.next() {
        Some(first) if first != '.' && !netbios_forbidden(first) => {}
        _ => return false,
    }
    let mut rest = 0usize;
    for c in chars {
        if netbios_forbidden(c) {
            return false;
        }
        rest += 1;
    }
    rest <= 14
}

/// `validWindowsUserDomainDNSRegex`: dot-separated labels of 1 to 63 ASCII letters, digits and
/// dashes, starting and ending with a letter or digit.
fn is_dns_domain(domain: &str) -> bool {
    domain.split('.').all(|label| {
        let b = label.as_bytes();
        let edge = |c: &u8| c.is_ascii_alphanumeric();
        (1..=63).contains(&b.len())
            && b.first().is_some_and(edge)
            && b.last().is_some_and(edge)
            && b.iter().all(|c| edge(c) || *c == b'-')
    })
}

/// `invalidUserNameCharsRegex`.
fn has_invalid_user_char(user: &str) -> bool {
    user.chars().any(|c| {
        matches!(
            c,
            '"' | '/'
                | '\\'
                | ':'
                | ';'
                | '|'
                | '='
                | ','
                | '+'
                | '*'
                | '?'
                | '<'
                | '>'
                | '@'
                | '['
                | ']'
        )
    })
}

/// The checks of `runAsUserName`: not empty, no control characters, at most one backslash,
/// then the domain and the user.
fn validate_run_as_user_name(name: &str, path: &LazyPath<'_>, errs: &mut ErrorList) {
    let mut invalid = |detail: &str| {
        errs.push(Error::invalid(path, BadValue::from(name), detail));
    };
    if name.is_empty() {
        return invalid("runAsUserName cannot be an empty string");
    }
    if has_control(name) {
        return invalid("runAsUserName cannot contain control characters");
    }
    let (domain, user) = match name.split_once('\\') {
        None => (None, name),
        Some((_, rest)) if rest.contains('\\') => {
            return invalid("runAsUserName cannot contain more than one backslash");
        }
        Some((domain, user)) => (Some(domain), user),
    };
    let domain_text = domain.unwrap_or_default();
    if domain_text.len() >= MAX_RUN_AS_USER_NAME_DOMAIN_LENGTH {
        invalid(&format!(
            "runAsUserName's Domain length must be under {MAX_RUN_AS_USER_NAME_DOMAIN_LENGTH} characters"
        ));
    }
    if domain.is_some() && !(is_netbios_domain(domain_text) || is_dns_domain(domain_text)) {
        invalid("runAsUserName's Domain doesn't match the NetBios nor the DNS format");
    }
    if user.is_empty() {
        invalid("runAsUserName's User cannot be empty");
    } else if user.len() > MAX_RUN_AS_USER_NAME_USER_LENGTH {
        invalid(&format!(
            "runAsUserName's User length must not be longer than {MAX_RUN_AS_USER_NAME_USER_LENGTH} characters"
        ));
    }
    if !user.is_empty() && user.bytes().all(|b| b == b'.' || b == b' ') {
        invalid("runAsUserName's User cannot contain only periods or spaces");
    }
    if has_invalid_user_char(user) {
        invalid(
            r#"runAsUserName's User cannot contain the following characters: "/\:;|=,+*?<>@[]"#,
        );
    }
}

/// Go's `validateWindowsSecurityContextOptions`.
pub(super) fn validate_windows_options(
    errs: &mut ErrorList,
    w: Option<&WindowsSecurityContextOptions>,
    path: &LazyPath<'_>,
) {
    let Some(w) = w else { return };
    if let Some(name) = &w.gmsa_credential_spec_name {
        for v in crate::meta::validate::dns1123_subdomain(name) {
            errs.push(Error::invalid(
                &path.child("gmsaCredentialSpecName"),
                BadValue::from(name.as_str()),
                v,
            ));
        }
    }
    if let Some(spec) = &w.gmsa_credential_spec {
        let detail = if spec.is_empty() {
            Some(alloc::string::String::from(
                "gmsaCredentialSpec cannot be an empty string",
            ))
        } else if spec.len() > MAX_GMSA_CREDENTIAL_SPEC_LENGTH {
            Some(format!(
                "gmsaCredentialSpec size must be under {MAX_GMSA_CREDENTIAL_SPEC_LENGTH_IN_KIB} KiB"
            ))
        } else {
            None
        };
        if let Some(detail) = detail {
            errs.push(Error::invalid(
                &path.child("gmsaCredentialSpec"),
                BadValue::from(spec.as_str()),
                detail,
            ));
        }
    }
    if let Some(name) = &w.run_as_user_name {
        validate_run_as_user_name(name, &path.child("runAsUserName"), errs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_as(name: &str) -> alloc::vec::Vec<alloc::string::String> {
        let w = WindowsSecurityContextOptions {
            run_as_user_name: Some(name.into()),
            ..WindowsSecurityContextOptions::default()
        };
        let mut errs = ErrorList::new();
        validate_windows_options(&mut errs, Some(&w), &LazyPath::new("w"));
        errs.iter()
            .map(alloc::string::ToString::to_string)
            .collect()
    }

    /// Rows of upstream's `TestValidateWindowsSecurityContextOptions`.
    #[test]
    fn run_as_user_name_rows() {
        for ok in [
            "Container. User",
            "Container-User",
            "Container Administrator",
            "NT AUTHORITY\\NETWORK SERVICE",
            "NT AUTHORITY\\LOCAL SERVICE",
            "NT-AUTHORITY\\NETWORK SERVICE",
            "area51.local\\Container User",
            &format!("{}\\{}", "a".repeat(15), "u".repeat(104)),
        ] {
            assert!(run_as(ok).is_empty(), "{ok}: {:?}", run_as(ok));
        }
        let rows: &[(&str, &str)] = &[
            ("", "runAsUserName cannot be an empty string"),
            (
                "Container\tUser",
                "runAsUserName cannot contain control characters",
            ),
            (
                "a\\b\\c",
                "runAsUserName cannot contain more than one backslash",
            ),
            (
                "\\user",
                "runAsUserName's Domain doesn't match the NetBios nor the DNS format",
            ),
            ("NT AUTHORITY\\", "runAsUserName's User cannot be empty"),
            (
                ".domain\\user",
                "runAsUserName's Domain doesn't match the NetBios nor the DNS format",
            ),
            (
                "domain\\..",
                "runAsUserName's User cannot contain only periods or spaces",
            ),
            (
                "domain\\user@x",
                "runAsUserName's User cannot contain the following characters: \"/\\:;|=,+*?<>@[]",
            ),
        ];
        for (name, want) in rows {
            let got = run_as(name);
            assert!(got.iter().any(|g| g.ends_with(want)), "{name:?}: {got:?}");
        }
        let long_user = "u".repeat(105);
        assert_eq!(
            run_as(&long_user),
            [format!(
                "w.runAsUserName: Invalid value: \"{long_user}\": runAsUserName's User length must not be longer than 104 characters"
            )]
        );
        // A 16-character NetBIOS name is only valid as a DNS name.
        assert!(run_as("abcdefghijklmnop\\u").is_empty());
        assert_eq!(run_as("abcdefghijklmno_\\u").len(), 1);
        // %q escaping of the bad value, as Go prints a *string.
        assert_eq!(
            run_as("a\u{1}b"),
            ["w.runAsUserName: Invalid value: \"a\\x01b\": runAsUserName cannot contain control characters"]
        );
    }
}
