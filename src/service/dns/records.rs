//! The DNS names cluster DNS serves for services, per the Kubernetes DNS-based service
//! discovery specification (`kubernetes/dns` `docs/specification.md`, version 1.1.0).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::api::core::service_type;
use crate::api::core::CLUSTER_IP_NONE;
use crate::api::core::{Endpoints, Service};
use crate::meta::validate::is_ipv6_string;

/// One record cluster DNS answers for a service.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DnsRecord {
    /// An address: `A` for IPv4, `AAAA` for IPv6 (see [`DnsRecord::is_ipv6`]).
    Address {
        /// The fully qualified name, with its trailing dot.
        name: String,
        /// The address.
        ip: String,
    },
    /// `SRV` for a named port: `_<port>._<proto>.<service>.<ns>.svc.<zone>.`.
    Srv {
        /// The fully qualified name, with its trailing dot.
        name: String,
        /// The port number.
        port: i32,
        /// The host that serves it, with its trailing dot.
        target: String,
    },
    /// `CNAME` of an `ExternalName` service.
    Cname {
        /// The fully qualified name, with its trailing dot.
        name: String,
        /// The external name, as given.
        target: String,
    },
}

impl DnsRecord {
    /// Whether an address record is `AAAA`.
    #[must_use]
    pub fn is_ipv6(&self) -> bool {
        matches!(self, DnsRecord::Address { ip, .. } if is_ipv6_string(ip))
    }
}

/// `<service>.<namespace>.svc.<zone>.`: a service's fully qualified name (the zone without its
/// trailing dot, for example `cluster.local`).
#[must_use]
pub fn service_fqdn(service: &str, namespace: &str, zone: &str) -> String {
    format!("{service}.{namespace}.svc.{zone}.")
}

/// `_<port>._<proto>.<service>.<namespace>.svc.<zone>.`: the SRV name of a named port, the
/// protocol in lower case (`tcp` when unset).
#[must_use]
pub fn srv_name(port: &str, protocol: &str, service: &str, namespace: &str, zone: &str) -> String {
    let protocol = if protocol.is_empty() { "tcp" } else { protocol };
    format!(
        "_{port}._{}.{}",
        protocol.to_ascii_lowercase(),
        service_fqdn(service, namespace, zone)
    )
}

/// The records of a service in `zone` (spec §2.3–2.5):
///
/// - a service with cluster IPs: an address record per cluster IP under its name, and an SRV
///   record per named port pointing at that name with the service port;
/// - a headless service: an address record per ready endpoint under its name, one under
///   `<hostname>.<service>…` for endpoints with a hostname, and an SRV record per named port and
///   ready endpoint pointing at `<hostname>.<service>…` with the endpoint's port (for endpoints
///   without a hostname the spec leaves the label to the DNS server; this follows CoreDNS and
///   uses the IP with `.` and `:` turned into `-`);
/// - an `ExternalName` service: a CNAME to its external name.
///
/// `endpoints` is read for headless services only; not-ready addresses are never published.
///
/// ```
/// use kube_primitives::api::core::Service;
/// use kube_primitives::service::{dns_records, DnsRecord};
///
/// let svc: Service = serde_json::from_str(r#"{
///     "metadata": {"name": "web", "namespace": "shop"},
///     "spec": {"clusterIP": "10.96.0.10", "ports": [{"name": "http", "port": 80}]}
/// }"#).unwrap();
/// let records = dns_records(&svc, None, "cluster.local");
/// assert_eq!(records[0], DnsRecord::Address {
///     name: "web.shop.svc.cluster.local.".into(), ip: "10.96.0.10".into() });
/// assert!(matches!(&records[1], DnsRecord::Srv { name, port: 80, .. }
///     if name == "_http._tcp.web.shop.svc.cluster.local."));
/// ```
#[must_use]
pub fn dns_records(service: &Service, endpoints: Option<&Endpoints>, zone: &str) -> Vec<DnsRecord> {
    let spec = &service.spec;
    let (name, ns) = (&service.metadata.name, &service.metadata.namespace);
    let fqdn = service_fqdn(name, ns, zone);
    let mut out = Vec::new();
    if spec.type_ == service_type::EXTERNAL_NAME {
        out.push(DnsRecord::Cname {
            name: fqdn,
            target: spec.external_name.clone(),
        });
        return out;
    }
    let cluster_ips: Vec<&str> = if spec.cluster_ips.is_empty() {
        [spec.cluster_ip.as_str()]
            .into_iter()
            .filter(|ip| !ip.is_empty())
            .collect()
    } else {
        spec.cluster_ips.iter().map(String::as_str).collect()
    };
    if cluster_ips != [CLUSTER_IP_NONE] {
        for ip in cluster_ips {
            out.push(DnsRecord::Address {
                name: fqdn.clone(),
                ip: ip.into(),
            });
        }
        for port in spec.ports.iter().filter(|p| !p.name.is_empty()) {
            out.push(DnsRecord::Srv {
                name: srv_name(&port.name, &port.protocol, name, ns, zone),
                port: port.port,
                target: fqdn.clone(),
            });
        }
        return out;
    }
    let Some(endpoints) = endpoints else {
        return out;
    };
    for subset in &endpoints.subsets {
        for address in &subset.addresses {
            out.push(DnsRecord::Address {
                name: fqdn.clone(),
                ip: address.ip.clone(),
            });
            let label = if address.hostname.is_empty() {
                address.ip.replace(['.', ':'], "-")
            } else {
                address.hostname.clone()
            };
            let host = format!("{label}.{fqdn}");
            if !address.hostname.is_empty() {
                out.push(DnsRecord::Address {
                    name: host.clone(),
                    ip: address.ip.clone(),
                });
            }
            for port in subset.ports.iter().filter(|p| !p.name.is_empty()) {
                out.push(DnsRecord::Srv {
                    name: srv_name(&port.name, &port.protocol, name, ns, zone),
                    port: port.port,
                    target: host.clone(),
                });
            }
        }
    }
    out
}
