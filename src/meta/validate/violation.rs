//! What a validator reports: one [`Violation`] per broken rule, whose `Display` is Go's message.

use core::fmt;

use smallvec::SmallVec;

/// The unit a length limit is counted in. Upstream words it differently per package:
/// `pkg/util/validation` says `characters`, `pkg/api/validate/content` says `bytes`; both count
/// bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LengthUnit {
    /// `must be no more than 63 characters` (DNS names, config-map keys, port names).
    Characters,
    /// `must be no more than 63 bytes` (label keys and values).
    Bytes,
}

/// A format rule that upstream checks with a regular expression; `Display` is Go's
/// `RegexError(msg, regex, examples…)` text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FormatRule {
    /// RFC 1123 label, e.g. `my-name`.
    Dns1123Label,
    /// RFC 1123 subdomain, e.g. `example.com`.
    Dns1123Subdomain,
    /// RFC 1123 subdomain whose labels may hold `_`, e.g. `_sip._tcp.example.com`.
    Dns1123SubdomainWithUnderscore,
    /// RFC 1035 label, e.g. `my-name` (must start with a letter).
    Dns1035Label,
    /// `*.` followed by an RFC 1123 subdomain.
    WildcardDns1123Subdomain,
    /// The name part of a qualified name (label key), e.g. `my.name`.
    QualifiedNamePart,
    /// A whole qualified name with more than one `/`.
    QualifiedName,
    /// A label value, e.g. `my_value` (may be empty).
    LabelValue,
    /// A C identifier, e.g. `MY_NAME`.
    CIdentifier,
    /// An environment variable name, e.g. `MY_ENV.NAME`.
    EnvVarName,
    /// A ConfigMap or Secret key, e.g. `key.name`.
    ConfigMapKey,
    /// A percentage such as `93%`.
    Percent,
    /// An HTTP header name such as `X-Header-Name`.
    HttpHeaderName,
}

impl FormatRule {
    /// The Go regular expression upstream validates with (without `^…$` anchors).
    pub const fn regex(self) -> &'static str {
        match self {
            FormatRule::Dns1123Label => "[a-z0-9]([-a-z0-9]*[a-z0-9])?",
            FormatRule::Dns1123Subdomain => {
                "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"
            }
            FormatRule::Dns1123SubdomainWithUnderscore => {
                "_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*"
            }
            FormatRule::Dns1035Label => "[a-z]([-a-z0-9]*[a-z0-9])?",
            FormatRule::WildcardDns1123Subdomain => {
                "\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"
            }
            FormatRule::QualifiedNamePart | FormatRule::QualifiedName => {
                "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
            }
            FormatRule::LabelValue => "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?",
            FormatRule::CIdentifier => "[A-Za-z_][A-Za-z0-9_]*",
            FormatRule::EnvVarName => "[-._a-zA-Z][-._a-zA-Z0-9]*",
            FormatRule::ConfigMapKey => "[-._a-zA-Z0-9]+",
            FormatRule::Percent => "[0-9]+%",
            FormatRule::HttpHeaderName => "[-A-Za-z0-9]+",
        }
    }

    const fn message(self) -> &'static str {
        match self {
            FormatRule::Dns1123Label => "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
            FormatRule::Dns1123Subdomain => "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
            FormatRule::Dns1123SubdomainWithUnderscore => "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character",
            FormatRule::Dns1035Label => "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
            FormatRule::WildcardDns1123Subdomain => "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character",
            FormatRule::QualifiedNamePart | FormatRule::QualifiedName => "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
            FormatRule::LabelValue => "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
            FormatRule::CIdentifier => "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_'",
            FormatRule::EnvVarName => "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
            FormatRule::ConfigMapKey => "a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
            FormatRule::Percent => "a valid percent string must be a numeric string followed by an ending '%'",
            FormatRule::HttpHeaderName => "a valid HTTP header must consist of alphanumeric characters or '-'",
        }
    }

    const fn examples(self) -> &'static [&'static str] {
        match self {
            FormatRule::Dns1123Label => &["my-name", "123-abc"],
            FormatRule::Dns1123Subdomain | FormatRule::Dns1123SubdomainWithUnderscore => {
                &["example.com"]
            }
            FormatRule::Dns1035Label => &["my-name", "abc-123"],
            FormatRule::WildcardDns1123Subdomain => &["*.example.com"],
            FormatRule::QualifiedNamePart | FormatRule::QualifiedName => {
                &["MyName", "my.name", "123-abc"]
            }
            FormatRule::LabelValue => &["MyValue", "my_value", "12345"],
            FormatRule::CIdentifier => &["my_name", "MY_NAME", "MyName"],
            FormatRule::EnvVarName => &["my.env-name", "MY_ENV.NAME", "MyEnvName1"],
            FormatRule::ConfigMapKey => &["key.name", "KEY_NAME", "key-name"],
            FormatRule::Percent => &["1%", "93%"],
            FormatRule::HttpHeaderName => &["X-Header-Name"],
        }
    }
}

impl fmt::Display for FormatRule {
    // Go's RegexError: `msg (e.g. 'a',  or 'b', regex used for validation is 're')`. The double
    // space before `or` is upstream's.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if *self == FormatRule::QualifiedName {
            f.write_str("a valid label key ")?;
        }
        f.write_str(self.message())?;
        f.write_str(" (")?;
        for (i, example) in self.examples().iter().enumerate() {
            f.write_str(if i == 0 { "e.g. " } else { " or " })?;
            write!(f, "'{example}', ")?;
        }
        write!(f, "regex used for validation is '{}')", self.regex())?;
        if *self == FormatRule::QualifiedName {
            f.write_str(
                " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
            )?;
        }
        Ok(())
    }
}

/// A rule broken by the prefix or the name part of a qualified name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PartViolation {
    /// `must be non-empty`.
    Empty,
    /// `must be no more than N bytes`.
    TooLong(usize),
    /// The part does not have the required format.
    Format(FormatRule),
}

impl fmt::Display for PartViolation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartViolation::Empty => f.write_str("must be non-empty"),
            PartViolation::TooLong(max) => write!(f, "must be no more than {max} bytes"),
            PartViolation::Format(format) => format.fmt(f),
        }
    }
}

/// One broken rule. `Display` is the exact upstream message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Violation {
    /// `must be no more than {max} characters` or `… bytes`.
    TooLong {
        /// The limit.
        max: usize,
        /// How upstream words the limit.
        unit: LengthUnit,
    },
    /// The value does not have the required format.
    Format(FormatRule),
    /// `must not contain dots`: a valid subdomain where a label was required.
    ContainsDots,
    /// `prefix part …`: the DNS-subdomain prefix of a qualified name is broken.
    PrefixPart(PartViolation),
    /// `name part …`: the name part of a qualified name is broken.
    NamePart(PartViolation),
    /// `must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)`.
    PortNameCharset,
    /// `must contain at least one letter (a-z)`.
    PortNameNoLetter,
    /// `must not contain consecutive hyphens`.
    PortNameConsecutiveHyphens,
    /// `must not begin or end with a hyphen`.
    PortNameHyphenAtEnd,
    /// `must not be '.'`.
    IsDot,
    /// `must not be '..'`.
    IsDotDot,
    /// `must not start with '..'`.
    StartsWithDotDot,
    /// `environment variable name must be non-empty`.
    EnvVarNameEmpty,
    /// `a valid environment variable name must consist only of printable ASCII characters other than '='`.
    EnvVarNameNotPrintable,
    /// `must be between {min} and {max}, inclusive`.
    OutOfRange {
        /// The smallest allowed value.
        min: i64,
        /// The largest allowed value.
        max: i64,
    },
    /// `may not be '{0}'`: a path-segment name that is `.` or `..`.
    PathSegmentReserved(&'static str),
    /// `may not contain '{0}'`: a path-segment name with `/` or `%`.
    PathSegmentContains(&'static str),
    /// `must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)`.
    InvalidIp,
    /// `must be a valid IPv4 address`.
    InvalidIpv4,
    /// `must be a valid IPv6 address`.
    InvalidIpv6,
    /// `must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)`.
    InvalidCidr,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Violation::TooLong { max, unit } => {
                let unit = match unit {
                    LengthUnit::Characters => "characters",
                    LengthUnit::Bytes => "bytes",
                };
                write!(f, "must be no more than {max} {unit}")
            }
            Violation::Format(format) => format.fmt(f),
            Violation::ContainsDots => f.write_str("must not contain dots"),
            Violation::PrefixPart(part) => write!(f, "prefix part {part}"),
            Violation::NamePart(part) => write!(f, "name part {part}"),
            Violation::PortNameCharset => {
                f.write_str("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
            }
            Violation::PortNameNoLetter => f.write_str("must contain at least one letter (a-z)"),
            Violation::PortNameConsecutiveHyphens => {
                f.write_str("must not contain consecutive hyphens")
            }
            Violation::PortNameHyphenAtEnd => f.write_str("must not begin or end with a hyphen"),
            Violation::IsDot => f.write_str("must not be '.'"),
            Violation::IsDotDot => f.write_str("must not be '..'"),
            Violation::StartsWithDotDot => f.write_str("must not start with '..'"),
            Violation::EnvVarNameEmpty => f.write_str("environment variable name must be non-empty"),
            Violation::EnvVarNameNotPrintable => f.write_str(
                "a valid environment variable name must consist only of printable ASCII characters other than '='",
            ),
            Violation::OutOfRange { min, max } => {
                write!(f, "must be between {min} and {max}, inclusive")
            }
            Violation::PathSegmentReserved(name) => write!(f, "may not be '{name}'"),
            Violation::PathSegmentContains(part) => write!(f, "may not contain '{part}'"),
            Violation::InvalidIp => {
                f.write_str("must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)")
            }
            Violation::InvalidIpv4 => f.write_str("must be a valid IPv4 address"),
            Violation::InvalidIpv6 => f.write_str("must be a valid IPv6 address"),
            Violation::InvalidCidr => {
                f.write_str("must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)")
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for Violation {}

/// Every rule a value breaks, in upstream order; empty when the value is valid.
///
/// Up to two violations are kept inline, so validating never allocates for valid input and rarely
/// for invalid input.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Violations(SmallVec<[Violation; 2]>);

impl Violations {
    /// No violations.
    pub fn new() -> Self {
        Violations(SmallVec::new())
    }

    /// Whether the value was valid.
    pub fn is_valid(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn push(&mut self, violation: Violation) {
        self.0.push(violation);
    }

    pub(crate) fn one(violation: Violation) -> Self {
        let mut v = Violations::new();
        v.push(violation);
        v
    }
}

impl core::ops::Deref for Violations {
    type Target = [Violation];

    fn deref(&self) -> &[Violation] {
        &self.0
    }
}

impl IntoIterator for Violations {
    type Item = Violation;
    type IntoIter = smallvec::IntoIter<[Violation; 2]>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Violations {
    type Item = &'a Violation;
    type IntoIter = core::slice::Iter<'a, Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
