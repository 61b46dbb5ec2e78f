//! The format validators of `k8s.io/apimachinery/pkg/util/validation` and
//! `pkg/api/validate/content`, as byte scanners.
//!
//! Each function returns every rule the value breaks, as [`Violations`], in upstream order; each
//! [`Violation`] displays as Go's message. Valid input never allocates. Upstream checks formats
//! with regular expressions; these are hand-written single-pass scanners that accept exactly the
//! same strings (the tests and fuzz targets compare them with Go's patterns, see
//! [`FormatRule::regex`]). Every scan is linear and never backtracks, so input of any size (a NUL
//! byte, odd Unicode, megabytes) gets an answer quickly; length limits are reported alongside the
//! format, as upstream reports both.
//!
//! Upstream links:
//! [validation.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/util/validation/validation.go),
//! [content/kube.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/api/validate/content/kube.go),
//! [ip.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/util/validation/ip.go).
//!
//! ```
//! use kube_primitives::meta::validate::{self, Violation, LengthUnit};
//!
//! let errs = validate::dns1123_label(&"x".repeat(64));
//! assert_eq!(errs[..], [Violation::TooLong { max: 63, unit: LengthUnit::Characters }]);
//! assert_eq!(errs[0].to_string(), "must be no more than 63 characters");
//! ```

mod chars;
mod dns;
mod identifiers;
mod ip;
mod misc;
mod qualified;
mod violation;

pub use dns::{
    dns1035_label, dns1123_label, dns1123_subdomain, dns1123_subdomain_with_underscore,
    wildcard_dns1123_subdomain, DNS1035_LABEL_MAX_LEN, DNS1123_LABEL_MAX_LEN,
    DNS1123_SUBDOMAIN_MAX_LEN,
};
pub use identifiers::{c_identifier, config_map_key, env_var_name, relaxed_env_var_name};
pub(crate) use ip::{canonical_ip, is_ipv6_string, parse_ip_sloppy};
pub use ip::{cidr, ip, ipv4, ipv6};
pub use misc::{http_header_name, in_range, percent, port_name, port_number, PORT_NAME_MAX_LEN};
pub use qualified::{label_value, qualified_name, LABEL_VALUE_MAX_LEN, QUALIFIED_NAME_MAX_LEN};
pub use violation::{FormatRule, LengthUnit, PartViolation, Violation, Violations};

pub(crate) use dns::{dns1035_label_bytes, dns1123_label_bytes, subdomain};
pub(crate) use qualified::{is_label_value, is_qualified_name, qualified_name_bytes};
