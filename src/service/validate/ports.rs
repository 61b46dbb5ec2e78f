//! Each service port (`validateServicePort` in
//! [`pkg/apis/core/validation/validation.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go))
//! and the key duplicates are found by.

use alloc::string::String;
use alloc::vec::Vec;

use crate::api::core::ServicePort;
use crate::api::IntOrString;
use crate::meta::field::{BadValue, Error, ErrorList, Json, Path};
use crate::meta::validate::{dns1123_label, port_name, port_number, qualified_name};

use super::{named, PROTOCOLS};

/// `validateServicePort`.
pub(super) fn validate_port<'a>(
    port: &'a ServicePort,
    require_name: bool,
    names: &mut Vec<&'a str>,
    path: &Path,
    errs: &mut ErrorList,
) {
    let name_path = path.child("name");
    if require_name && port.name.is_empty() {
        errs.push(Error::required(&name_path, ""));
    } else if !port.name.is_empty() {
        for v in &dns1123_label(&port.name) {
            errs.push(Error::invalid(&name_path, port.name.as_str(), v));
        }
        if names.contains(&port.name.as_str()) {
            errs.push(Error::duplicate(&name_path, port.name.as_str()));
        } else {
            names.push(&port.name);
        }
    }
    for v in &port_number(i64::from(port.port)) {
        errs.push(Error::invalid(&path.child("port"), i64::from(port.port), v));
    }
    let protocol_path = path.child("protocol");
    if port.protocol.is_empty() {
        errs.push(Error::required(&protocol_path, ""));
    } else if !PROTOCOLS.contains(&port.protocol.as_str()) {
        errs.push(Error::not_supported(
            &protocol_path,
            named(&port.protocol),
            &PROTOCOLS,
        ));
    }
    let target_path = path.child("targetPort");
    match &port.target_port {
        // An unset target port is the number 0.
        None => {
            for v in &port_number(0) {
                errs.push(Error::invalid(&target_path, 0i64, v));
            }
        }
        Some(IntOrString::Int(n)) => {
            for v in &port_number(i64::from(*n)) {
                errs.push(Error::invalid(&target_path, i64::from(*n), v));
            }
        }
        Some(IntOrString::String(name)) => {
            for v in &port_name(name) {
                errs.push(Error::invalid(&target_path, name.as_str(), v));
            }
        }
    }
    if let Some(app) = &port.app_protocol {
        for v in &qualified_name(app) {
            errs.push(Error::invalid(&path.child("appProtocol"), app.as_str(), v));
        }
    }
}

/// The key upstream reports for a duplicate port: an internal `core.ServicePort` with only the
/// protocol and port set, as JSON (Go field names, no tags).
pub(super) fn port_key(port: &ServicePort) -> BadValue {
    BadValue::Json(Json::Object(alloc::vec![
        ("Name".into(), Json::String(String::new())),
        ("Protocol".into(), Json::String(port.protocol.clone())),
        ("AppProtocol".into(), Json::Null),
        ("Port".into(), Json::Int(i64::from(port.port))),
        ("TargetPort".into(), Json::Int(0)),
        ("NodePort".into(), Json::Int(0)),
    ]))
}
