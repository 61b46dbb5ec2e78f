//! Qualified names (label keys) and label values.

use super::chars::{token, ALNUM, DASH, DOT, UNDERSCORE};
use super::dns::{is_dns1123_subdomain, subdomain, DNS1123_SUBDOMAIN_MAX_LEN};
use super::{FormatRule, LengthUnit, PartViolation, Violation, Violations};

/// Longest name part of a qualified name (label key).
pub const QUALIFIED_NAME_MAX_LEN: usize = 63;
/// Longest label value: Go's `LabelValueMaxLength`.
pub const LABEL_VALUE_MAX_LEN: usize = 63;

/// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`
pub(crate) fn is_name_part(s: &[u8]) -> bool {
    token(s, ALNUM, ALNUM | DASH | UNDERSCORE | DOT, ALNUM)
}

/// Go's `IsQualifiedName` (`content.IsLabelKey`): an optional DNS-subdomain prefix and `/`, then a
/// name of at most 63 bytes such as `app.kubernetes.io/name`.
///
/// More than one `/` reports a single message about the whole key; otherwise the prefix and the
/// name part are checked separately and every violation is reported.
///
/// ```
/// use kube_primitives::meta::validate;
///
/// assert!(validate::qualified_name("app.kubernetes.io/name").is_valid());
/// let errs = validate::qualified_name("/name");
/// assert_eq!(errs[0].to_string(), "prefix part must be non-empty");
/// ```
#[doc(alias = "IsQualifiedName")]
#[doc(alias = "IsLabelKey")]
pub fn qualified_name(value: &str) -> Violations {
    qualified_name_bytes(value.as_bytes())
}

/// Whether [`qualified_name`] finds nothing wrong, without collecting violations: the hot
/// paths (selector parsing) check validity first and explain only failures.
pub(crate) fn is_qualified_name(value: &[u8]) -> bool {
    let name = match value.iter().position(|&b| b == b'/') {
        None => value,
        Some(slash) => {
            let (prefix, rest) = value.split_at(slash);
            let name = rest.get(1..).unwrap_or_default();
            if name.contains(&b'/')
                || prefix.is_empty()
                || prefix.len() > DNS1123_SUBDOMAIN_MAX_LEN
                || !is_dns1123_subdomain(prefix)
            {
                return false;
            }
            name
        }
    };
    !name.is_empty() && name.len() <= QUALIFIED_NAME_MAX_LEN && is_name_part(name)
}

/// Whether [`label_value`] finds nothing wrong, without collecting violations.
pub(crate) fn is_label_value(value: &[u8]) -> bool {
    value.is_empty() || (value.len() <= LABEL_VALUE_MAX_LEN && is_name_part(value))
}

/// [`qualified_name`] over bytes, for keys lower-cased into a buffer.
pub(crate) fn qualified_name_bytes(value: &[u8]) -> Violations {
    let mut errs = Violations::new();
    let name = match value.iter().position(|&b| b == b'/') {
        None => value,
        Some(slash) => {
            let (prefix, rest) = value.split_at(slash);
            let name = rest.get(1..).unwrap_or_default();
            if name.contains(&b'/') {
                return Violations::one(Violation::Format(FormatRule::QualifiedName));
            }
            if prefix.is_empty() {
                errs.push(Violation::PrefixPart(PartViolation::Empty));
            } else if prefix.len() > DNS1123_SUBDOMAIN_MAX_LEN || !is_dns1123_subdomain(prefix) {
                for v in subdomain(prefix, LengthUnit::Bytes) {
                    errs.push(Violation::PrefixPart(match v {
                        Violation::TooLong { max, .. } => PartViolation::TooLong(max),
                        _ => PartViolation::Format(FormatRule::Dns1123Subdomain),
                    }));
                }
            }
            name
        }
    };
    if name.is_empty() {
        errs.push(Violation::NamePart(PartViolation::Empty));
    } else if name.len() > QUALIFIED_NAME_MAX_LEN {
        errs.push(Violation::NamePart(PartViolation::TooLong(
            QUALIFIED_NAME_MAX_LEN,
        )));
    }
    if !is_name_part(name) {
        errs.push(Violation::NamePart(PartViolation::Format(
            FormatRule::QualifiedNamePart,
        )));
    }
    errs
}

/// Go's `IsValidLabelValue` (`content.IsLabelValue`): empty, or at most 63 bytes of alphanumerics,
/// `-`, `_` and `.` that start and end with an alphanumeric.
///
/// ```
/// use kube_primitives::meta::validate;
///
/// assert!(validate::label_value("").is_valid());
/// assert!(validate::label_value("v1.2_rc-3").is_valid());
/// assert!(!validate::label_value("-v1").is_valid());
/// ```
#[doc(alias = "IsValidLabelValue")]
#[doc(alias = "IsLabelValue")]
pub fn label_value(value: &str) -> Violations {
    let mut errs = Violations::new();
    if value.len() > LABEL_VALUE_MAX_LEN {
        errs.push(Violation::TooLong {
            max: LABEL_VALUE_MAX_LEN,
            unit: LengthUnit::Bytes,
        });
    }
    if !value.is_empty() && !is_name_part(value.as_bytes()) {
        errs.push(Violation::Format(FormatRule::LabelValue));
    }
    errs
}
