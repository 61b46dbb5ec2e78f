//! A pod's resolver configuration as the kubelet computes it
//! ([`pkg/kubelet/network/dns/dns.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/network/dns/dns.go),
//! `GetPodDNS`): the DNS policy picks the cluster's DNS or the host's, `dnsConfig` is merged in,
//! and the result is cut to the resolver's limits (3 nameservers, 32 search domains of at most 253
//! characters, 2,048 characters in the search line), with the kubelet's warning events. Also the
//! names cluster DNS serves (service, SRV, headless and pod records) and the kubelet's host naming
//! of pods.

mod hostname;
mod pod;
mod records;
mod resolv_conf;

use core::fmt;

pub use hostname::{
    pod_hostname_and_domain, pod_record_name, pod_visible_hostname, HostnameError, FQDN_MAX_LEN,
    HOSTNAME_MAX_LEN,
};
pub use pod::{pod_dns, DnsEvent, DnsPod, EventObject, HostResolver, KubeletDns, PodDns};
pub use records::{dns_records, service_fqdn, srv_name, DnsRecord};
pub use resolv_conf::ResolvConf;

/// Why the host's resolver configuration could not be read. `Display` is the kubelet's text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DnsError {
    /// A `nameserver` line without an address.
    EmptyNameserver,
    /// A file over 10 MiB.
    TooLarge,
}

impl fmt::Display for DnsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Encountered error while parsing resolv conf file. Error: ")?;
        f.write_str(match self {
            DnsError::EmptyNameserver => "nameserver list is empty ",
            DnsError::TooLarge => "the read limit is reached",
        })
    }
}

#[cfg(feature = "std")]
impl std::error::Error for DnsError {}
