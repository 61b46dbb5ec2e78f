//! DNS names: RFC 1123 labels and subdomains, RFC 1035 labels, wildcard subdomains.

use super::chars::{is, token, DASH, LOWER, LOWER_ALNUM, UNDERSCORE};
use super::{FormatRule, LengthUnit, Violation, Violations};

/// Longest RFC 1123 label: Go's `DNS1123LabelMaxLength`.
pub const DNS1123_LABEL_MAX_LEN: usize = 63;
/// Longest RFC 1123 subdomain: Go's `DNS1123SubdomainMaxLength`.
pub const DNS1123_SUBDOMAIN_MAX_LEN: usize = 253;
/// Longest RFC 1035 label: Go's `DNS1035LabelMaxLength`.
pub const DNS1035_LABEL_MAX_LEN: usize = 63;

pub(crate) fn is_dns1123_label(s: &[u8]) -> bool {
    token(s, LOWER_ALNUM, LOWER_ALNUM | DASH, LOWER_ALNUM)
}

/// `[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*` in one pass: a `.` or `-`
/// may never follow a `.` (nor start the name), and a `.` may never follow a `-`.
pub(crate) fn is_dns1123_subdomain(s: &[u8]) -> bool {
    let mut prev = b'.';
    for &b in s {
        if !is(b, LOWER_ALNUM) {
            let ok = match b {
                b'-' => prev != b'.',
                b'.' => is(prev, LOWER_ALNUM),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
        prev = b;
    }
    is(prev, LOWER_ALNUM)
}

fn is_dns1123_label_with_underscore(label: &[u8]) -> bool {
    let rest = label.strip_prefix(b"_").unwrap_or(label);
    token(
        rest,
        LOWER_ALNUM,
        LOWER_ALNUM | DASH | UNDERSCORE,
        LOWER_ALNUM,
    )
}

fn too_long(value: &[u8], max: usize) -> Option<Violation> {
    (value.len() > max).then_some(Violation::TooLong {
        max,
        unit: LengthUnit::Characters,
    })
}

/// Go's `IsDNS1123Label`: a lowercase RFC 1123 label such as `my-name`, at most 63 characters.
///
/// A valid subdomain that is not a label reports `must not contain dots` instead of the format.
///
/// ```
/// use kube_primitives::meta::validate;
///
/// assert!(validate::dns1123_label("web-0").is_valid());
/// assert_eq!(validate::dns1123_label("a.b")[0].to_string(), "must not contain dots");
/// ```
#[doc(alias = "IsDNS1123Label")]
pub fn dns1123_label(value: &str) -> Violations {
    dns1123_label_bytes(value.as_bytes())
}

/// [`dns1123_label`] over bytes: upstream masks generated-name prefixes by byte slicing, which
/// may cut a multi-byte character.
pub(crate) fn dns1123_label_bytes(bytes: &[u8]) -> Violations {
    let mut errs = Violations::new();
    if let Some(v) = too_long(bytes, DNS1123_LABEL_MAX_LEN) {
        errs.push(v);
    }
    if !is_dns1123_label(bytes) {
        errs.push(if is_dns1123_subdomain(bytes) {
            Violation::ContainsDots
        } else {
            Violation::Format(FormatRule::Dns1123Label)
        });
    }
    errs
}

/// Go's `IsDNS1123Subdomain`: a lowercase RFC 1123 subdomain such as `example.com`, at most 253
/// characters.
///
/// ```
/// use kube_primitives::meta::validate;
///
/// assert!(validate::dns1123_subdomain("my-service.my-namespace.svc").is_valid());
/// assert!(!validate::dns1123_subdomain("my..service").is_valid());
/// ```
#[doc(alias = "IsDNS1123Subdomain")]
pub fn dns1123_subdomain(value: &str) -> Violations {
    subdomain(value.as_bytes(), LengthUnit::Characters)
}

/// The subdomain check with the length worded per package (`characters` in
/// `util/validation`, `bytes` in `api/validate/content`, which qualified-name prefixes use).
pub(crate) fn subdomain(value: &[u8], unit: LengthUnit) -> Violations {
    let mut errs = Violations::new();
    if value.len() > DNS1123_SUBDOMAIN_MAX_LEN {
        errs.push(Violation::TooLong {
            max: DNS1123_SUBDOMAIN_MAX_LEN,
            unit,
        });
    }
    if !is_dns1123_subdomain(value) {
        errs.push(Violation::Format(FormatRule::Dns1123Subdomain));
    }
    errs
}

/// Go's `IsDNS1123SubdomainWithUnderscore`: a subdomain whose labels may start with `_` and hold
/// `_` inside, such as `_sip._tcp.example.com`.
#[doc(alias = "IsDNS1123SubdomainWithUnderscore")]
pub fn dns1123_subdomain_with_underscore(value: &str) -> Violations {
    let mut errs = Violations::new();
    if let Some(v) = too_long(value.as_bytes(), DNS1123_SUBDOMAIN_MAX_LEN) {
        errs.push(v);
    }
    if !value
        .as_bytes()
        .split(|&b| b == b'.')
        .all(is_dns1123_label_with_underscore)
    {
        errs.push(Violation::Format(
            FormatRule::Dns1123SubdomainWithUnderscore,
        ));
    }
    errs
}

/// Go's `IsDNS1035Label`: a lowercase RFC 1035 label, which starts with a letter, at most 63
/// characters.
///
/// ```
/// use kube_primitives::meta::validate;
///
/// assert!(validate::dns1035_label("my-port").is_valid());
/// assert!(!validate::dns1035_label("1st").is_valid());
/// ```
#[doc(alias = "IsDNS1035Label")]
pub fn dns1035_label(value: &str) -> Violations {
    dns1035_label_bytes(value.as_bytes())
}

/// [`dns1035_label`] over bytes (see [`dns1123_label_bytes`]).
pub(crate) fn dns1035_label_bytes(bytes: &[u8]) -> Violations {
    let mut errs = Violations::new();
    if let Some(v) = too_long(bytes, DNS1035_LABEL_MAX_LEN) {
        errs.push(v);
    }
    if !token(bytes, LOWER, LOWER_ALNUM | DASH, LOWER_ALNUM) {
        errs.push(Violation::Format(FormatRule::Dns1035Label));
    }
    errs
}

/// Go's `IsWildcardDNS1123Subdomain`: `*.` followed by a subdomain, such as `*.example.com`.
#[doc(alias = "IsWildcardDNS1123Subdomain")]
pub fn wildcard_dns1123_subdomain(value: &str) -> Violations {
    let mut errs = Violations::new();
    if let Some(v) = too_long(value.as_bytes(), DNS1123_SUBDOMAIN_MAX_LEN) {
        errs.push(v);
    }
    let ok = value
        .as_bytes()
        .strip_prefix(b"*.")
        .is_some_and(is_dns1123_subdomain);
    if !ok {
        errs.push(Violation::Format(FormatRule::WildcardDns1123Subdomain));
    }
    errs
}
