//! `GetPodDNS` and its limits, in
//! [`pkg/kubelet/network/dns/dns.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/network/dns/dns.go).

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::net::IpAddr;

use super::{DnsError, ResolvConf};
use crate::api::core::dns_policy;
use crate::api::core::PodDnsConfig;

/// Upstream's `MaxDNSNameservers`.
const MAX_NAMESERVERS: usize = 3;
/// `MaxDNSSearchPathsExpanded` (ExpandedDNSConfig is GA).
const MAX_SEARCH_PATHS: usize = 32;
/// `MaxDNSSearchListCharsExpanded`.
const MAX_SEARCH_LINE: usize = 2048;
/// Longer search paths crash some resolvers (glibc 2.28), so the kubelet drops them.
const MAX_SEARCH_PATH_LEN: usize = 253;

/// The host resolver configuration the kubelet starts from (`--resolv-conf`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum HostResolver {
    /// `--resolv-conf=""`: no host configuration; `Default` pods then get the node's loopback
    /// address and the search domain `.`.
    #[default]
    Unset,
    /// The text of the host's `resolv.conf`.
    File(String),
    /// A host configuration already read.
    Parsed(ResolvConf),
}

/// The kubelet's DNS settings (Go's `Configurer`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
#[doc(alias = "Configurer")]
pub struct KubeletDns {
    /// `--cluster-dns`.
    pub cluster_dns: Vec<IpAddr>,
    /// `--cluster-domain` (may be empty).
    pub cluster_domain: String,
    /// The node's addresses.
    pub node_ips: Vec<IpAddr>,
    /// `--resolv-conf`.
    pub host: HostResolver,
}

/// The pod fields DNS depends on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct DnsPod<'a> {
    /// `metadata.name`.
    pub name: &'a str,
    /// `metadata.namespace`.
    pub namespace: &'a str,
    /// `metadata.uid`.
    pub uid: &'a str,
    /// `spec.dnsPolicy`: `ClusterFirst`, `ClusterFirstWithHostNet`, `Default` or `None`; anything
    /// else is treated as `ClusterFirst` (the API server rejects it first).
    pub dns_policy: &'a str,
    /// `spec.hostNetwork`.
    pub host_network: bool,
    /// `spec.dnsConfig`.
    pub dns_config: Option<&'a PodDnsConfig>,
}

impl<'a> DnsPod<'a> {
    /// A pod in `namespace` named `name` with a DNS policy.
    pub fn new(namespace: &'a str, name: &'a str, dns_policy: &'a str) -> DnsPod<'a> {
        DnsPod {
            name,
            namespace,
            dns_policy,
            ..DnsPod::default()
        }
    }
}

/// What an event is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventObject {
    /// The node.
    Node,
    /// The pod.
    Pod,
}

/// A warning event the kubelet records while computing the configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct DnsEvent {
    /// The object it is recorded on.
    pub object: EventObject,
    /// `MissingClusterDNS` or `DNSConfigForming`.
    pub reason: &'static str,
    /// The message.
    pub message: String,
}

/// A pod's resolver configuration and the events computing it recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PodDns {
    /// Nameservers, at most 3.
    pub servers: Vec<String>,
    /// Search domains, within the limits.
    pub searches: Vec<String>,
    /// Options (`ndots:5`); sorted when the pod's `dnsConfig` was merged in (upstream leaves
    /// them in Go's random map order then).
    pub options: Vec<String>,
    /// Warning events, in the order the kubelet records them.
    pub events: Vec<DnsEvent>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum DnsType {
    Cluster,
    Host,
    None,
}

/// Go's `net.IP.String`: IPv4-mapped IPv6 addresses print as IPv4.
fn ip_string(ip: &IpAddr) -> String {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => v6.to_string(),
        },
        IpAddr::V4(v4) => v4.to_string(),
    }
}

fn is_ipv6(ip: &IpAddr) -> bool {
    matches!(ip, IpAddr::V6(v6) if v6.to_ipv4_mapped().is_none())
}

fn omit_duplicates(items: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = alloc::collections::BTreeSet::new();
    items
        .into_iter()
        .filter(|s| seen.insert(s.clone()))
        .collect()
}

/// `mergeDNSOptions`: later options replace earlier ones of the same name.
fn merge_options(existing: &[String], pod: &PodDnsConfig) -> Vec<String> {
    let mut map: BTreeMap<String, String> = BTreeMap::new();
    for op in existing {
        let (name, value) = op.split_once(':').unwrap_or((op.as_str(), ""));
        map.insert(name.into(), value.into());
    }
    for op in &pod.options {
        map.insert(op.name.clone(), op.value.clone().unwrap_or_default());
    }
    map.into_iter()
        .map(|(name, value)| {
            if value.is_empty() {
                name
            } else {
                format!("{name}:{value}")
            }
        })
        .collect()
}

/// `formDNSSearchFitsLimits`.
fn fit_searches(mut searches: Vec<String>, events: &mut Vec<DnsEvent>) -> Vec<String> {
    let mut exceeded = searches.len() > MAX_SEARCH_PATHS;
    searches.truncate(MAX_SEARCH_PATHS);
    let before = searches.len();
    searches.retain(|s| s.len() <= MAX_SEARCH_PATH_LEN);
    exceeded |= searches.len() != before;
    let line_len =
        searches.iter().map(String::len).sum::<usize>() + searches.len().saturating_sub(1);
    if line_len > MAX_SEARCH_LINE {
        // Drop domains from the end until the line fits.
        let mut cut = 0;
        while let Some(last) = searches.pop() {
            cut += last.len() + 1;
            if line_len.saturating_sub(cut) <= MAX_SEARCH_LINE {
                break;
            }
        }
        exceeded = true;
    }
    if exceeded {
        events.push(DnsEvent {
            object: EventObject::Pod,
            reason: "DNSConfigForming",
            message: format!(
                "Search Line limits were exceeded, some search paths have been omitted, the applied search line is: {}",
                searches.join(" ")
            ),
        });
    }
    searches
}

/// `formDNSNameserversFitsLimits`.
fn fit_servers(mut servers: Vec<String>, events: &mut Vec<DnsEvent>) -> Vec<String> {
    if servers.len() > MAX_NAMESERVERS {
        servers.truncate(MAX_NAMESERVERS);
        events.push(DnsEvent {
            object: EventObject::Pod,
            reason: "DNSConfigForming",
            message: format!(
                "Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: {}",
                servers.join(" ")
            ),
        });
    }
    servers
}

/// The resolver configuration for `pod`: upstream's `GetPodDNS`.
///
/// # Errors
///
/// The host's `resolv.conf` does not parse.
///
/// ```
/// use kube_primitives::service::{pod_dns, DnsPod, KubeletDns};
///
/// let mut kubelet = KubeletDns::default();
/// kubelet.cluster_dns = vec!["10.96.0.10".parse().unwrap()];
/// kubelet.cluster_domain = "cluster.local".into();
/// let dns = pod_dns(&kubelet, &DnsPod::new("shop", "web-0", "ClusterFirst")).unwrap();
/// assert_eq!(dns.servers, ["10.96.0.10"]);
/// assert_eq!(dns.searches, ["shop.svc.cluster.local", "svc.cluster.local", "cluster.local"]);
/// assert_eq!(dns.options, ["ndots:5"]);
/// ```
#[doc(alias = "GetPodDNS")]
pub fn pod_dns(kubelet: &KubeletDns, pod: &DnsPod<'_>) -> Result<PodDns, DnsError> {
    let mut conf = match &kubelet.host {
        HostResolver::Unset => ResolvConf::default(),
        HostResolver::File(text) => ResolvConf::parse(text)?,
        HostResolver::Parsed(conf) => conf.clone(),
    };
    let resolver_set = kubelet.host != HostResolver::Unset;
    let mut events = Vec::new();
    let dns_type = match pod.dns_policy {
        dns_policy::NONE => DnsType::None,
        dns_policy::CLUSTER_FIRST if pod.host_network => DnsType::Host,
        dns_policy::DEFAULT => DnsType::Host,
        // ClusterFirst, ClusterFirstWithHostNet, and (logged upstream) anything else.
        _ => DnsType::Cluster,
    };
    let mut host = dns_type == DnsType::Host;
    match dns_type {
        DnsType::None => conf = ResolvConf::default(),
        DnsType::Cluster if !kubelet.cluster_dns.is_empty() => {
            conf.servers = kubelet.cluster_dns.iter().map(ip_string).collect();
            if !kubelet.cluster_domain.is_empty() {
                let domain = &kubelet.cluster_domain;
                let cluster = [
                    format!("{}.svc.{domain}", pod.namespace),
                    format!("svc.{domain}"),
                    domain.clone(),
                ];
                conf.searches = omit_duplicates(cluster.into_iter().chain(conf.searches));
            }
            conf.options = alloc::vec![String::from("ndots:5")];
        }
        DnsType::Cluster => {
            let node_message = "kubelet does not have ClusterDNS IP configured and cannot create Pod using \"ClusterFirst\" policy. Falling back to \"Default\" policy.";
            events.push(DnsEvent {
                object: EventObject::Node,
                reason: "MissingClusterDNS",
                message: node_message.into(),
            });
            let desc = format!("{}_{}({})", pod.name, pod.namespace, pod.uid);
            let mut quoted = String::new();
            // `%q` of the pod description.
            let _ = crate::text::write_go_quoted(&mut quoted, &desc);
            events.push(DnsEvent {
                object: EventObject::Pod,
                reason: "MissingClusterDNS",
                message: format!("pod: {quoted}. {node_message}"),
            });
            host = true;
        }
        DnsType::Host => {}
    }
    if host && !resolver_set {
        for ip in &kubelet.node_ips {
            conf.servers
                .push(String::from(if is_ipv6(ip) { "::1" } else { "127.0.0.1" }));
        }
        if conf.servers.is_empty() {
            conf.servers.push("127.0.0.1".into());
        }
        conf.searches = alloc::vec![String::from(".")];
    }
    if let Some(extra) = pod.dns_config {
        conf.servers = omit_duplicates(
            conf.servers
                .into_iter()
                .chain(extra.nameservers.iter().cloned()),
        );
        conf.searches = omit_duplicates(
            conf.searches
                .into_iter()
                .chain(extra.searches.iter().cloned()),
        );
        conf.options = merge_options(&conf.options, extra);
    }
    let servers = fit_servers(conf.servers, &mut events);
    let searches = fit_searches(conf.searches, &mut events);
    Ok(PodDns {
        servers,
        searches,
        options: conf.options,
        events,
    })
}
