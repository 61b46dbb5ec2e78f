//! `v1.PodDNSConfig`: a pod's own additions to its resolver configuration.

use serde::{Deserialize, Serialize};

use crate::api::core::{list, null_as_default};
use alloc::string::String;
use alloc::vec::Vec;

/// `spec.dnsConfig` (`v1.PodDNSConfig`): nameservers, search domains and options merged into
/// what the pod's DNS policy gives.
///
/// ```
/// use kube_primitives::api::core::PodDnsConfig;
///
/// let c: PodDnsConfig = serde_json::from_str(
///     r#"{"nameservers": ["1.1.1.1"], "options": [{"name": "ndots", "value": "2"}, {"name": "edns0"}]}"#,
/// ).unwrap();
/// assert_eq!(c.options[0].value.as_deref(), Some("2"));
/// assert_eq!(c.options[1].value, None);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodDnsConfig {
    /// `nameservers`: A list of DNS name server IP addresses.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub nameservers: Vec<String>,
    /// `searches`: A list of DNS search domains for host-name lookup.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub searches: Vec<String>,
    /// `options`: A list of DNS resolver options.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<PodDnsConfigOption>,
}

/// One resolver option (`v1.PodDNSConfigOption`): `ndots` with value `2` is `ndots:2`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodDnsConfigOption {
    /// `name`: this DNS resolver option's name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `value`, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl PodDnsConfigOption {
    /// An option with an optional value.
    pub fn new(name: &str, value: Option<&str>) -> PodDnsConfigOption {
        PodDnsConfigOption {
            name: name.into(),
            value: value.map(String::from),
        }
    }
}
