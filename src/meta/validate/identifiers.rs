//! Identifiers: C identifiers, environment-variable names, ConfigMap keys.

use super::chars::{all, is, ALNUM, ALPHA, DASH, DOT, UNDERSCORE};
use super::dns::DNS1123_SUBDOMAIN_MAX_LEN;
use super::{FormatRule, LengthUnit, Violation, Violations};

/// Go's `IsCIdentifier`: `[A-Za-z_][A-Za-z0-9_]*`. The length is not checked.
///
/// ```
/// use kube_primitives::meta::validate;
///
/// assert!(validate::c_identifier("MY_NAME").is_valid());
/// assert!(!validate::c_identifier("my-name").is_valid());
/// ```
#[doc(alias = "IsCIdentifier")]
pub fn c_identifier(value: &str) -> Violations {
    match value.as_bytes() {
        [first, rest @ ..] if is(*first, ALPHA | UNDERSCORE) && all(rest, ALNUM | UNDERSCORE) => {
            Violations::new()
        }
        _ => Violations::one(Violation::Format(FormatRule::CIdentifier)),
    }
}

/// Upstream's `hasChDirPrefix`: names that would escape a directory.
fn ch_dir_prefix(value: &str, errs: &mut Violations) {
    if value == "." {
        errs.push(Violation::IsDot);
    } else if value == ".." {
        errs.push(Violation::IsDotDot);
    } else if value.starts_with("..") {
        errs.push(Violation::StartsWithDotDot);
    }
}

/// Go's `IsEnvVarName`: `[-._a-zA-Z][-._a-zA-Z0-9]*`, and not `.`, `..` or `..`-prefixed.
///
/// ```
/// use kube_primitives::meta::validate;
///
/// assert!(validate::env_var_name("MY_ENV.NAME").is_valid());
/// assert_eq!(validate::env_var_name("..x")[0].to_string(), "must not start with '..'");
/// ```
#[doc(alias = "IsEnvVarName")]
pub fn env_var_name(value: &str) -> Violations {
    let mut errs = Violations::new();
    let ok = match value.as_bytes() {
        [first, rest @ ..] => {
            is(*first, ALPHA | DASH | DOT | UNDERSCORE)
                && all(rest, ALNUM | DASH | DOT | UNDERSCORE)
        }
        [] => false,
    };
    if !ok {
        errs.push(Violation::Format(FormatRule::EnvVarName));
    }
    ch_dir_prefix(value, &mut errs);
    errs
}

/// Go's `IsRelaxedEnvVarName`: non-empty, printable ASCII other than `=`.
#[doc(alias = "IsRelaxedEnvVarName")]
pub fn relaxed_env_var_name(value: &str) -> Violations {
    let mut errs = Violations::new();
    if value.is_empty() {
        errs.push(Violation::EnvVarNameEmpty);
    }
    if value
        .bytes()
        .any(|b| !(b' '..=b'~').contains(&b) || b == b'=')
    {
        errs.push(Violation::EnvVarNameNotPrintable);
    }
    errs
}

/// Go's `IsConfigMapKey`: at most 253 characters of `[-._a-zA-Z0-9]`, and not `.`, `..` or
/// `..`-prefixed.
#[doc(alias = "IsConfigMapKey")]
pub fn config_map_key(value: &str) -> Violations {
    let mut errs = Violations::new();
    if value.len() > DNS1123_SUBDOMAIN_MAX_LEN {
        errs.push(Violation::TooLong {
            max: DNS1123_SUBDOMAIN_MAX_LEN,
            unit: LengthUnit::Characters,
        });
    }
    if value.is_empty() || !all(value.as_bytes(), ALNUM | DASH | DOT | UNDERSCORE) {
        errs.push(Violation::Format(FormatRule::ConfigMapKey));
    }
    ch_dir_prefix(value, &mut errs);
    errs
}
