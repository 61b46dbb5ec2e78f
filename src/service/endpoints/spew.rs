//! go-spew's `%#v` of endpoint subsets and ports, as `hashutil.DeepHashObject` prints them
//! (`spew.ConfigState{Indent: " ", SortKeys: true, DisableMethods: true, SpewKeys: true}`):
//! every value typed, `(*T)` for pointers, `<nil>` for nil slices and pointers, strings raw.
//! Upstream sorts subsets and ports by the MD5 of this text, so it must match byte for byte.

use core::fmt::{self, Write};

use crate::api::core::{EndpointAddress, EndpointPort, EndpointSubset};

use super::md5::Md5;

/// The MD5 of a subset's dump: its sort key.
pub(super) fn subset_hash(s: &EndpointSubset) -> [u8; 16] {
    let mut h = Md5::new();
    // Writing into a hasher cannot fail.
    let _ = write_subset(&mut h, s);
    h.finish()
}

/// The MD5 of a port's dump: its sort key.
pub(super) fn port_hash(p: &EndpointPort) -> [u8; 16] {
    let mut h = Md5::new();
    let _ = h.write_str("(v1.EndpointPort)");
    let _ = write_port(&mut h, p);
    h.finish()
}

fn write_subset<W: Write>(w: &mut W, s: &EndpointSubset) -> fmt::Result {
    w.write_str("(v1.EndpointSubset){Addresses:")?;
    write_addresses(w, &s.addresses)?;
    w.write_str(" NotReadyAddresses:")?;
    write_addresses(w, &s.not_ready_addresses)?;
    w.write_str(" Ports:([]v1.EndpointPort)")?;
    // Subsets come out of repacking with nil, never empty, slices.
    if s.ports.is_empty() {
        return w.write_str("<nil>}");
    }
    w.write_str("[")?;
    for (i, p) in s.ports.iter().enumerate() {
        if i > 0 {
            w.write_str(" ")?;
        }
        write_port(w, p)?;
    }
    w.write_str("]}")
}

fn write_addresses<W: Write>(w: &mut W, addresses: &[EndpointAddress]) -> fmt::Result {
    w.write_str("([]v1.EndpointAddress)")?;
    if addresses.is_empty() {
        return w.write_str("<nil>");
    }
    w.write_str("[")?;
    for (i, a) in addresses.iter().enumerate() {
        if i > 0 {
            w.write_str(" ")?;
        }
        write!(
            w,
            "{{IP:(string){} Hostname:(string){} NodeName:",
            a.ip, a.hostname
        )?;
        write_string_ptr(w, a.node_name.as_deref())?;
        w.write_str(" TargetRef:(*v1.ObjectReference)")?;
        match &a.target_ref {
            None => w.write_str("<nil>")?,
            Some(r) => write!(
                w,
                "{{Kind:(string){} Namespace:(string){} Name:(string){} UID:(types.UID){} \
                 APIVersion:(string){} ResourceVersion:(string){} FieldPath:(string){}}}",
                r.kind, r.namespace, r.name, r.uid, r.api_version, r.resource_version, r.field_path
            )?,
        }
        w.write_str("}")?;
    }
    w.write_str("]")
}

/// A port as a slice element or after its type: `{Name:(string)… AppProtocol:(*string)…}`.
fn write_port<W: Write>(w: &mut W, p: &EndpointPort) -> fmt::Result {
    write!(
        w,
        "{{Name:(string){} Port:(int32){} Protocol:(v1.Protocol){} AppProtocol:",
        p.name, p.port, p.protocol
    )?;
    write_string_ptr(w, p.app_protocol.as_deref())?;
    w.write_str("}")
}

fn write_string_ptr<W: Write>(w: &mut W, s: Option<&str>) -> fmt::Result {
    w.write_str("(*string)")?;
    w.write_str(s.unwrap_or("<nil>"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::core::ObjectReference;
    use alloc::string::String;

    #[test]
    fn dump_text() {
        let r = ObjectReference {
            kind: "Pod".into(),
            name: "p".into(),
            uid: "u".into(),
            ..ObjectReference::default()
        };
        let a = EndpointAddress {
            ip: "10.0.0.1".into(),
            node_name: Some("n1".into()),
            target_ref: Some(r),
            ..EndpointAddress::default()
        };
        let p = EndpointPort {
            name: "http".into(),
            port: 80,
            ..EndpointPort::default()
        };
        let s = EndpointSubset {
            addresses: alloc::vec![a],
            ports: alloc::vec![p],
            ..EndpointSubset::default()
        };
        let mut out = String::new();
        write_subset(&mut out, &s).unwrap();
        assert_eq!(
            out,
            "(v1.EndpointSubset){Addresses:([]v1.EndpointAddress)[{IP:(string)10.0.0.1 \
             Hostname:(string) NodeName:(*string)n1 TargetRef:(*v1.ObjectReference){Kind:(string)Pod \
             Namespace:(string) Name:(string)p UID:(types.UID)u APIVersion:(string) \
             ResourceVersion:(string) FieldPath:(string)}}] \
             NotReadyAddresses:([]v1.EndpointAddress)<nil> Ports:([]v1.EndpointPort)[{Name:(string)http \
             Port:(int32)80 Protocol:(v1.Protocol) AppProtocol:(*string)<nil>}]}"
        );
    }
}
