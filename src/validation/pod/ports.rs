//! Container ports and host port conflicts: `validateContainerPorts`,
//! `AccumulateUniqueHostPorts`
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::collections::BTreeSet;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{named, push_violations};
use crate::api::core::ContainerPort;
use crate::meta::field::{Error, ErrorList, Path};
use crate::meta::validate::{port_name, port_number};

/// Go's `validateContainerPorts`.
pub(super) fn validate_container_ports(ports: &[ContainerPort], path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let mut names = BTreeSet::new();
    for (i, port) in ports.iter().enumerate() {
        let p = path.index(i);
        if !port.name.is_empty() {
            let v = port_name(&port.name);
            if !v.is_valid() {
                push_violations(&mut errs, &p.child("name"), &port.name, v);
            } else if !names.insert(port.name.as_str()) {
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
    errs
}

/// Go's `checkHostPortConflicts`: a host port (with its protocol and host IP) used twice among
/// the given containers' ports, reported at `path[container].ports[port].hostPort`.
pub(super) fn check_host_port_conflicts<'a>(
    containers: impl Iterator<Item = &'a Vec<ContainerPort>>,
    path: &Path,
) -> ErrorList {
    let mut errs = ErrorList::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for (ci, ports) in containers.enumerate() {
        for (pi, port) in ports.iter().enumerate() {
            if port.host_port == 0 {
                continue;
            }
            let key = format!("{}/{}/{}", port.protocol, port.host_ip, port.host_port);
            if seen.contains(&key) {
                errs.push(Error::duplicate(
                    &path.index(ci).child("ports").index(pi).child("hostPort"),
                    key,
                ));
            } else {
                seen.insert(key);
            }
        }
    }
    errs
}
