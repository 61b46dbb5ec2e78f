//! Container ports and host port conflicts: `validateContainerPorts`,
//! `AccumulateUniqueHostPorts`
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::format;
use alloc::vec::Vec;

use super::{named, push_violations};
use crate::api::core::ContainerPort;
use crate::meta::field::{Error, ErrorList, LazyPath, DIGITS};
use crate::meta::validate::{port_name, port_number};
use crate::validation::small_map::SmallSet;

/// Go's `validateContainerPorts`.
pub(super) fn validate_container_ports(
    errs: &mut ErrorList,
    ports: &[ContainerPort],
    path: &LazyPath<'_>,
) {
    let mut names = SmallSet::new();
    for (i, port) in ports.iter().enumerate() {
        let p = path.index(i);
        if !port.name.is_empty() {
            let v = port_name(&port.name);
            if !v.is_valid() {
                push_violations(errs, &p.child("name"), &port.name, v);
            } else if !names.add(port.name.as_str()) {
                errs.push(Error::duplicate(&p.child("name"), port.name.as_str()));
            }
        }
        if port.container_port == 0 {
            errs.push(Error::required(&p.child("containerPort"), ""));
        } else {
            for v in port_number(i64::from(port.container_port)) {
                errs.push(Error::invalid(
                    &p.child("containerPort"),
                    i64::from(port.container_port),
                    v,
                ));
            }
        }
        if port.host_port != 0 {
            for v in port_number(i64::from(port.host_port)) {
                errs.push(Error::invalid(
                    &p.child("hostPort"),
                    i64::from(port.host_port),
                    v,
                ));
            }
        }
        if port.protocol.is_empty() {
            errs.push(Error::required(&p.child("protocol"), ""));
        } else if !matches!(port.protocol.as_str(), "TCP" | "UDP" | "SCTP") {
            errs.push(Error::not_supported(
                &p.child("protocol"),
                named(&port.protocol),
                &["SCTP", "TCP", "UDP"],
            ));
        }
    }
}

/// Go's `checkHostPortConflicts`: a host port (with its protocol and host IP) used twice among
/// the given containers' ports, reported at `path[container].ports[port].hostPort`.
pub(super) fn check_host_port_conflicts<'a>(
    errs: &mut ErrorList,
    containers: impl Iterator<Item = &'a Vec<ContainerPort>>,
    path: &LazyPath<'_>,
) {
    let mut seen = SmallSet::new();
    for (ci, ports) in containers.enumerate() {
        for (pi, port) in ports.iter().enumerate() {
            if port.host_port == 0 {
                continue;
            }
            let key = HostPortKey {
                protocol: &port.protocol,
                host_ip: &port.host_ip,
                port: port.host_port,
            };
            if !seen.add(key) {
                errs.push(Error::duplicate(
                    &path.index(ci).child("ports").index(pi).child("hostPort"),
                    format!("{}/{}/{}", port.protocol, port.host_ip, port.host_port),
                ));
            }
        }
    }
}

/// Upstream's set key `protocol/hostIP/hostPort`, compared as that string would be (an invalid
/// protocol or IP may hold `/`) without printing it unless it is a duplicate.
#[derive(Clone, Copy)]
struct HostPortKey<'a> {
    protocol: &'a str,
    host_ip: &'a str,
    port: i32,
}

impl HostPortKey<'_> {
    fn bytes(&self) -> impl Iterator<Item = u8> + '_ {
        // i32::MIN has a sign and 10 digits.
        let mut digits = [0u8; 11];
        let mut start = digits.len();
        let mut n = self.port.unsigned_abs();
        loop {
            start -= 1;
            if let Some(d) = digits.get_mut(start) {
                *d = DIGITS
                    .get(usize::try_from(n % 10).unwrap_or(0))
                    .copied()
                    .unwrap_or(b'0');
            }
            n /= 10;
            if n == 0 || start == 0 {
                break;
            }
        }
        if self.port < 0 && start > 0 {
            start -= 1;
            if let Some(d) = digits.get_mut(start) {
                *d = b'-';
            }
        }
        let sep = core::iter::once(b'/');
        (self.protocol.bytes())
            .chain(sep.clone())
            .chain(self.host_ip.bytes())
            .chain(sep)
            .chain(digits.into_iter().skip(start))
    }
}

impl PartialEq for HostPortKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.bytes().eq(other.bytes())
    }
}

impl Eq for HostPortKey<'_> {}

impl PartialOrd for HostPortKey<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for HostPortKey<'_> {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.bytes().cmp(other.bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::HostPortKey;
    use alloc::format;
    use alloc::vec::Vec;

    #[test]
    fn host_port_key_is_compared_as_printed() {
        for port in [0, 7, 80, 65535, -1, -80, i32::MAX, i32::MIN] {
            let k = HostPortKey {
                protocol: "TCP",
                host_ip: "10.0.0.1",
                port,
            };
            assert_eq!(
                k.bytes().collect::<Vec<u8>>(),
                format!("TCP/10.0.0.1/{port}").into_bytes()
            );
        }
        let a = HostPortKey {
            protocol: "A/B",
            host_ip: "C",
            port: 80,
        };
        let b = HostPortKey {
            protocol: "A",
            host_ip: "B/C",
            port: 80,
        };
        assert!(a == b);
        let c = HostPortKey {
            protocol: "TCP",
            host_ip: "",
            port: 9,
        };
        let d = HostPortKey {
            protocol: "TCP",
            host_ip: "",
            port: 10,
        };
        assert_eq!(c.cmp(&d), "TCP//9".cmp("TCP//10"));
    }
}
