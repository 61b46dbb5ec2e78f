//! A model of apimachinery's `Is…` validators written the way Go writes them: with `regex` built
//! from Go's exact patterns and the upstream message constants. The property tests and the fuzz
//! targets compare the byte scanners of `kube_primitives::meta::validate` against it.
//!
//! Source: k8s.io/apimachinery v0.36.3 `pkg/util/validation/validation.go` and
//! `pkg/api/validate/content/{kube,dns,identifier,errors}.go`.

#![allow(dead_code)]

use std::sync::LazyLock;

use regex::Regex;

fn anchored(re: &str) -> Regex {
    Regex::new(&format!("^(?:{re})$")).expect("Go pattern compiles")
}

const DNS1123_LABEL_FMT: &str = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
const DNS1123_SUBDOMAIN_FMT: &str =
    "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
const DNS1123_SUBDOMAIN_UNDERSCORE_FMT: &str =
    "_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*";
const DNS1035_LABEL_FMT: &str = "[a-z]([-a-z0-9]*[a-z0-9])?";
const WILDCARD_FMT: &str = "\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
const LABEL_KEY_FMT: &str = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
const LABEL_VALUE_FMT: &str = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";
const C_IDENTIFIER_FMT: &str = "[A-Za-z_][A-Za-z0-9_]*";
const ENV_VAR_NAME_FMT: &str = "[-._a-zA-Z][-._a-zA-Z0-9]*";
const CONFIG_MAP_KEY_FMT: &str = "[-._a-zA-Z0-9]+";
const PERCENT_FMT: &str = "[0-9]+%";
const HTTP_HEADER_NAME_FMT: &str = "[-A-Za-z0-9]+";

struct Patterns {
    dns1123_label: Regex,
    dns1123_subdomain: Regex,
    dns1123_subdomain_underscore: Regex,
    dns1035_label: Regex,
    wildcard: Regex,
    label_key: Regex,
    label_value: Regex,
    c_identifier: Regex,
    env_var_name: Regex,
    config_map_key: Regex,
    percent: Regex,
    http_header_name: Regex,
    port_name_charset: Regex,
    port_name_one_letter: Regex,
}

static P: LazyLock<Patterns> = LazyLock::new(|| Patterns {
    dns1123_label: anchored(DNS1123_LABEL_FMT),
    dns1123_subdomain: anchored(DNS1123_SUBDOMAIN_FMT),
    dns1123_subdomain_underscore: anchored(DNS1123_SUBDOMAIN_UNDERSCORE_FMT),
    dns1035_label: anchored(DNS1035_LABEL_FMT),
    wildcard: anchored(WILDCARD_FMT),
    label_key: anchored(LABEL_KEY_FMT),
    label_value: anchored(LABEL_VALUE_FMT),
    c_identifier: anchored(C_IDENTIFIER_FMT),
    env_var_name: anchored(ENV_VAR_NAME_FMT),
    config_map_key: anchored(CONFIG_MAP_KEY_FMT),
    percent: anchored(PERCENT_FMT),
    http_header_name: anchored(HTTP_HEADER_NAME_FMT),
    port_name_charset: Regex::new("^[-a-z0-9]+$").expect("compiles"),
    port_name_one_letter: Regex::new("[a-z]").expect("compiles"),
});

fn max_len_chars(n: usize) -> String {
    format!("must be no more than {n} characters")
}

fn max_len_bytes(n: usize) -> String {
    format!("must be no more than {n} bytes")
}

fn regex_error(msg: &str, fmt: &str, examples: &[&str]) -> String {
    if examples.is_empty() {
        return format!("{msg} (regex used for validation is '{fmt}')");
    }
    let mut s = format!("{msg} (e.g. ");
    for (i, e) in examples.iter().enumerate() {
        if i > 0 {
            s += " or ";
        }
        s += &format!("'{e}', ");
    }
    s + &format!("regex used for validation is '{fmt}')")
}

const DNS1123_LABEL_MSG: &str = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_MSG: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_UNDERSCORE_MSG: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character";
const DNS1035_LABEL_MSG: &str = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
const WILDCARD_MSG: &str = "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character";
const LABEL_KEY_MSG: &str = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_MSG: &str = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

fn has_ch_dir_prefix(v: &str) -> Vec<String> {
    if v == "." {
        vec!["must not be '.'".into()]
    } else if v == ".." {
        vec!["must not be '..'".into()]
    } else if v.starts_with("..") {
        vec!["must not start with '..'".into()]
    } else {
        vec![]
    }
}

pub fn is_dns1123_label(v: &str) -> Vec<String> {
    let mut errs = vec![];
    if v.len() > 63 {
        errs.push(max_len_chars(63));
    }
    if !P.dns1123_label.is_match(v) {
        if P.dns1123_subdomain.is_match(v) {
            errs.push("must not contain dots".into());
        } else {
            errs.push(regex_error(
                DNS1123_LABEL_MSG,
                DNS1123_LABEL_FMT,
                &["my-name", "123-abc"],
            ));
        }
    }
    errs
}

fn subdomain(v: &str, max_len: fn(usize) -> String) -> Vec<String> {
    let mut errs = vec![];
    if v.len() > 253 {
        errs.push(max_len(253));
    }
    if !P.dns1123_subdomain.is_match(v) {
        errs.push(regex_error(
            DNS1123_SUBDOMAIN_MSG,
            DNS1123_SUBDOMAIN_FMT,
            &["example.com"],
        ));
    }
    errs
}

pub fn is_dns1123_subdomain(v: &str) -> Vec<String> {
    subdomain(v, max_len_chars)
}

pub fn is_dns1123_subdomain_with_underscore(v: &str) -> Vec<String> {
    let mut errs = vec![];
    if v.len() > 253 {
        errs.push(max_len_chars(253));
    }
    if !P.dns1123_subdomain_underscore.is_match(v) {
        errs.push(regex_error(
            DNS1123_SUBDOMAIN_UNDERSCORE_MSG,
            DNS1123_SUBDOMAIN_UNDERSCORE_FMT,
            &["example.com"],
        ));
    }
    errs
}

pub fn is_dns1035_label(v: &str) -> Vec<String> {
    let mut errs = vec![];
    if v.len() > 63 {
        errs.push(max_len_chars(63));
    }
    if !P.dns1035_label.is_match(v) {
        errs.push(regex_error(
            DNS1035_LABEL_MSG,
            DNS1035_LABEL_FMT,
            &["my-name", "abc-123"],
        ));
    }
    errs
}

pub fn is_wildcard_dns1123_subdomain(v: &str) -> Vec<String> {
    let mut errs = vec![];
    if v.len() > 253 {
        errs.push(max_len_chars(253));
    }
    if !P.wildcard.is_match(v) {
        errs.push(regex_error(WILDCARD_MSG, WILDCARD_FMT, &["*.example.com"]));
    }
    errs
}

pub fn is_qualified_name(v: &str) -> Vec<String> {
    let mut errs = vec![];
    let parts: Vec<&str> = v.split('/').collect();
    let name = match parts.as_slice() {
        [name] => *name,
        [prefix, name] => {
            if prefix.is_empty() {
                errs.push("prefix part must be non-empty".to_string());
            } else {
                errs.extend(subdomain(prefix, max_len_bytes).into_iter().map(|m| format!("prefix part {m}")));
            }
            *name
        }
        _ => {
            return vec![format!(
                "a valid label key {} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
                regex_error(LABEL_KEY_MSG, LABEL_KEY_FMT, &["MyName", "my.name", "123-abc"])
            )]
        }
    };
    if name.is_empty() {
        errs.push("name part must be non-empty".into());
    } else if name.len() > 63 {
        errs.push(format!("name part {}", max_len_bytes(63)));
    }
    if !P.label_key.is_match(name) {
        errs.push(format!(
            "name part {}",
            regex_error(
                LABEL_KEY_MSG,
                LABEL_KEY_FMT,
                &["MyName", "my.name", "123-abc"]
            )
        ));
    }
    errs
}

pub fn is_label_value(v: &str) -> Vec<String> {
    let mut errs = vec![];
    if v.len() > 63 {
        errs.push(max_len_bytes(63));
    }
    if !P.label_value.is_match(v) {
        errs.push(regex_error(
            LABEL_VALUE_MSG,
            LABEL_VALUE_FMT,
            &["MyValue", "my_value", "12345"],
        ));
    }
    errs
}

pub fn is_c_identifier(v: &str) -> Vec<String> {
    if P.c_identifier.is_match(v) {
        return vec![];
    }
    vec![regex_error(
        "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_'",
        C_IDENTIFIER_FMT,
        &["my_name", "MY_NAME", "MyName"],
    )]
}

pub fn is_env_var_name(v: &str) -> Vec<String> {
    let mut errs = vec![];
    if !P.env_var_name.is_match(v) {
        errs.push(regex_error(
            "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
            ENV_VAR_NAME_FMT,
            &["my.env-name", "MY_ENV.NAME", "MyEnvName1"],
        ));
    }
    errs.extend(has_ch_dir_prefix(v));
    errs
}

pub fn is_relaxed_env_var_name(v: &str) -> Vec<String> {
    let mut errs = vec![];
    if v.is_empty() {
        errs.push("environment variable name must be non-empty".into());
    }
    // unicode.IsPrint on ASCII is 0x20..=0x7E.
    if v.chars()
        .any(|r| r as u32 > 0x7F || !(' '..='~').contains(&r) || r == '=')
    {
        errs.push("a valid environment variable name must consist only of printable ASCII characters other than '='".into());
    }
    errs
}

pub fn is_config_map_key(v: &str) -> Vec<String> {
    let mut errs = vec![];
    if v.len() > 253 {
        errs.push(max_len_chars(253));
    }
    if !P.config_map_key.is_match(v) {
        errs.push(regex_error(
            "a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
            CONFIG_MAP_KEY_FMT,
            &["key.name", "KEY_NAME", "key-name"],
        ));
    }
    errs.extend(has_ch_dir_prefix(v));
    errs
}

pub fn is_valid_port_name(v: &str) -> Vec<String> {
    let mut errs = vec![];
    if v.len() > 15 {
        errs.push(max_len_chars(15));
    }
    if !P.port_name_charset.is_match(v) {
        errs.push("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)".into());
    }
    if !P.port_name_one_letter.is_match(v) {
        errs.push("must contain at least one letter (a-z)".into());
    }
    if v.contains("--") {
        errs.push("must not contain consecutive hyphens".into());
    }
    if !v.is_empty() && (v.starts_with('-') || v.ends_with('-')) {
        errs.push("must not begin or end with a hyphen".into());
    }
    errs
}

pub fn is_valid_percent(v: &str) -> Vec<String> {
    if P.percent.is_match(v) {
        return vec![];
    }
    vec![regex_error(
        "a valid percent string must be a numeric string followed by an ending '%'",
        PERCENT_FMT,
        &["1%", "93%"],
    )]
}

pub fn is_http_header_name(v: &str) -> Vec<String> {
    if P.http_header_name.is_match(v) {
        return vec![];
    }
    vec![regex_error(
        "a valid HTTP header must consist of alphanumeric characters or '-'",
        HTTP_HEADER_NAME_FMT,
        &["X-Header-Name"],
    )]
}

/// Every validator: its protocol name, the Go model, and ours.
pub type Pair = (
    &'static str,
    fn(&str) -> Vec<String>,
    fn(&str) -> Vec<String>,
);

fn ours(
    f: fn(&str) -> kube_primitives::meta::validate::Violations,
) -> impl Fn(&str) -> Vec<String> {
    move |v| f(v).iter().map(ToString::to_string).collect()
}

macro_rules! pair {
    ($name:literal, $model:path, $ours:path) => {
        ($name, $model, |v: &str| ours($ours)(v))
    };
}

use kube_primitives::meta::validate as kv;

pub const VALIDATORS: &[Pair] = &[
    pair!("dns1123_label", is_dns1123_label, kv::dns1123_label),
    pair!(
        "dns1123_subdomain",
        is_dns1123_subdomain,
        kv::dns1123_subdomain
    ),
    pair!(
        "dns1123_subdomain_with_underscore",
        is_dns1123_subdomain_with_underscore,
        kv::dns1123_subdomain_with_underscore
    ),
    pair!("dns1035_label", is_dns1035_label, kv::dns1035_label),
    pair!(
        "wildcard_dns1123_subdomain",
        is_wildcard_dns1123_subdomain,
        kv::wildcard_dns1123_subdomain
    ),
    pair!("qualified_name", is_qualified_name, kv::qualified_name),
    pair!("label_value", is_label_value, kv::label_value),
    pair!("c_identifier", is_c_identifier, kv::c_identifier),
    pair!("env_var_name", is_env_var_name, kv::env_var_name),
    pair!(
        "relaxed_env_var_name",
        is_relaxed_env_var_name,
        kv::relaxed_env_var_name
    ),
    pair!("config_map_key", is_config_map_key, kv::config_map_key),
    pair!("port_name", is_valid_port_name, kv::port_name),
    pair!("percent", is_valid_percent, kv::percent),
    pair!(
        "http_header_name",
        is_http_header_name,
        kv::http_header_name
    ),
];

/// The validators of one family, for the fuzz targets.
pub fn family<'a>(names: &'a [&'a str]) -> impl Iterator<Item = &'static Pair> + 'a {
    VALIDATORS.iter().filter(move |(n, _, _)| names.contains(n))
}

/// Compares ours with the model on `value`; the message on disagreement.
pub fn disagreement(pair: &Pair, value: &str) -> Option<String> {
    let (name, model, ours) = pair;
    let (want, got) = (model(value), ours(value));
    (want != got).then(|| format!("{name}({value:?}): Go model {want:?}, ours {got:?}"))
}
