//! `RepackSubsets` and `SortSubsets` of
//! [`pkg/api/v1/endpoints/util.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/api/v1/endpoints/util.go):
//! one subset per set of (address, readiness) pairs, with every port those addresses share.

use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::api::core::{EndpointAddress, EndpointPort, EndpointSubset};

use super::spew::{port_hash, subset_hash};

/// One address (an index into the caller's list) offered on one port (or on no port), before
/// repacking.
#[derive(Clone, Debug)]
pub(super) struct Offer {
    pub(super) address: usize,
    pub(super) ready: bool,
    /// The port and the index of the service port it came from when it has an
    /// `appProtocol`: upstream keys ports by value, and `appProtocol` is a pointer, so equal
    /// ports from two service ports with an `appProtocol` stay apart.
    pub(super) port: Option<(EndpointPort, Option<usize>)>,
}

type PortKey = (EndpointPort, Option<usize>);

/// Upstream's `RepackSubsets`: regroups subsets so that each holds the addresses that serve
/// exactly the same ports, then sorts them as upstream does (addresses by IP and target UID,
/// ports and subsets by the MD5 of their go-spew dump).
///
/// An address (IP and target UID) listed twice keeps its first form; not ready for a port
/// anywhere means not ready for that port. Subsets without ports keep their addresses in a
/// subset without ports; port numbers below 1 count as no port. (The controller keeps
/// addresses of different ports below 1, say two `targetPort: 0` ports with different
/// names, in separate port-less subsets, as upstream does; repacking that output merges them.)
///
/// Upstream keys ports by value with `appProtocol` as a pointer, so two equal ports with an
/// `appProtocol` from different subsets stay apart there; here they merge (the controller path,
/// [`endpoints_for_service`](super::endpoints_for_service), keeps upstream's behaviour).
///
/// ```
/// use kube_primitives::api::core::EndpointSubset;
/// use kube_primitives::service::repack_subsets;
///
/// let given: Vec<EndpointSubset> = serde_json::from_str(r#"[
///     {"addresses": [{"ip": "1.2.3.4"}], "ports": [{"port": 111}]},
///     {"addresses": [{"ip": "1.2.3.4"}], "ports": [{"port": 222}]},
///     {"notReadyAddresses": [{"ip": "5.6.7.8"}], "ports": [{"port": 111}]}
/// ]"#).unwrap();
/// let packed = repack_subsets(&given);
/// assert_eq!(packed.len(), 2);
/// ```
#[must_use]
#[doc(alias = "RepackSubsets")]
pub fn repack_subsets(subsets: &[EndpointSubset]) -> Vec<EndpointSubset> {
    let mut addresses: Vec<EndpointAddress> = Vec::new();
    let mut offers = Vec::new();
    for s in subsets {
        let first = addresses.len();
        let ready = s.addresses.iter().map(|a| (a, true));
        let not_ready = s.not_ready_addresses.iter().map(|a| (a, false));
        let listed: Vec<bool> = ready
            .chain(not_ready)
            .map(|(a, r)| {
                addresses.push(a.clone());
                r
            })
            .collect();
        let ports: Vec<Option<PortKey>> = if s.ports.is_empty() {
            alloc::vec![None]
        } else {
            s.ports.iter().map(|p| Some((p.clone(), None))).collect()
        };
        for port in ports {
            for (i, ready) in listed.iter().enumerate() {
                offers.push(Offer {
                    address: first + i,
                    ready: *ready,
                    port: port.clone(),
                });
            }
        }
    }
    repack(&addresses, offers)
}

/// Repacks and sorts the offers of `addresses` into subsets.
pub(super) fn repack(addresses: &[EndpointAddress], offers: Vec<Offer>) -> Vec<EndpointSubset> {
    // Addresses are deduplicated by IP and target UID; the first one seen is kept whole.
    let mut by_key: BTreeMap<(&str, Option<&str>), usize> = BTreeMap::new();
    let mut ports: Vec<(PortKey, BTreeMap<usize, bool>)> = Vec::new();
    for offer in offers {
        let Some(address) = addresses.get(offer.address) else {
            continue;
        };
        let key = (
            address.ip.as_str(),
            address.target_ref.as_ref().map(|r| r.uid.as_str()),
        );
        let index = *by_key.entry(key).or_insert(offer.address);
        // Port-less offers share a sentinel port (-1), as upstream's.
        let port = offer.port.unwrap_or_else(|| {
            let sentinel = EndpointPort {
                port: -1,
                ..EndpointPort::default()
            };
            (sentinel, None)
        });
        let at = match ports.iter().position(|(k, _)| *k == port) {
            Some(i) => i,
            None => {
                ports.push((port, BTreeMap::new()));
                ports.len() - 1
            }
        };
        let Some((_, set)) = ports.get_mut(at) else {
            continue;
        };
        // Not ready beats ready.
        let was = set.entry(index).or_insert(offer.ready);
        *was = *was && offer.ready;
    }

    // Group the ports by the exact set of (address, readiness) that offers them.
    let mut groups: Vec<(BTreeMap<usize, bool>, Vec<EndpointPort>)> = Vec::new();
    for ((port, _), set) in ports {
        let group = match groups.iter().position(|(s, _)| *s == set) {
            Some(i) => i,
            None => {
                groups.push((set, Vec::new()));
                groups.len() - 1
            }
        };
        // Sentinels and port numbers below 1 make a group without ports.
        if port.port > 0 {
            if let Some((_, list)) = groups.get_mut(group) {
                list.push(port);
            }
        }
    }

    let mut subsets: Vec<EndpointSubset> = groups
        .into_iter()
        .map(|(set, mut ports)| {
            let mut subset = EndpointSubset::default();
            for (index, ready) in set {
                let Some(address) = addresses.get(index) else {
                    continue;
                };
                if ready {
                    subset.addresses.push(address.clone());
                } else {
                    subset.not_ready_addresses.push(address.clone());
                }
            }
            subset.addresses.sort_by(less_address);
            subset.not_ready_addresses.sort_by(less_address);
            ports.sort_by_cached_key(port_hash);
            subset.ports = ports;
            subset
        })
        .collect();
    subsets.sort_by_cached_key(subset_hash);
    subsets
}

/// `LessEndpointAddress`: by IP bytes, then target UID (an address without a target first).
fn less_address(a: &EndpointAddress, b: &EndpointAddress) -> Ordering {
    a.ip.as_bytes()
        .cmp(b.ip.as_bytes())
        .then_with(|| match (&a.target_ref, &b.target_ref) {
            (None, None) => Ordering::Equal,
            (Some(_), None) => Ordering::Greater,
            (None, Some(_)) => Ordering::Less,
            (Some(x), Some(y)) => x.uid.cmp(&y.uid),
        })
}
