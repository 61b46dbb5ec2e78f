//! The rules of the network and vendor volume sources (iSCSI, GlusterFS, Flocker, RBD, Cinder,
//! CephFS, Quobyte, FC, FlexVolume, Azure File and Disk, vSphere, Photon, Portworx, StorageOS,
//! ScaleIO): `validateISCSIVolumeSource` and its siblings
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::vec::Vec;

use super::{dns_label, named};
use crate::api::core::{
    AzureDiskVolumeSource, CephFsVolumeSource, CinderVolumeSource, FcVolumeSource,
    FlexVolumeSource, FlockerVolumeSource, IscsiVolumeSource, LocalObjectReference,
    PersistentVolumeClaimTemplate, QuobyteVolumeSource, StorageOsVolumeSource,
};
use crate::meta::field::{Error, ErrorList, Json, LazyPath};
use crate::meta::{annotations_into, labels_into};

const LUN_RANGE: &str = "must be between 0 and 255, inclusive";

fn required(errs: &mut ErrorList, empty: bool, path: &LazyPath<'_>) {
    if empty {
        errs.push(Error::required(path, ""));
    }
}

/// `iscsiInitiatorIqnRegex` (`iqn\.\d{4}-\d{2}\.([[:alnum:]-.]+)(:[^,;*&$|\s]+)$`), which
/// upstream matches anywhere in the value.
fn iqn_matches(s: &str) -> bool {
    s.match_indices("iqn.").any(|(i, _)| {
        let rest = s.get(i + 4..).unwrap_or("").as_bytes();
        let date_ok = rest.len() > 8
            && rest.iter().take(4).all(u8::is_ascii_digit)
            && rest.get(4) == Some(&b'-')
            && rest
                .get(5..7)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && rest.get(7) == Some(&b'.');
        if !date_ok {
            return false;
        }
        let tail = rest.get(8..).unwrap_or(&[]);
        let Some(colon) = tail.iter().position(|&b| b == b':') else {
            return false;
        };
        let (name, suffix) = tail.split_at(colon);
        let suffix = suffix.get(1..).unwrap_or(&[]);
        !name.is_empty()
            && name
                .iter()
                .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
            && !suffix.is_empty()
            && suffix
                .iter()
                .all(|&b| !b",;*&$|".contains(&b) && !b.is_ascii_whitespace())
    })
}

/// `^eui.[[:alnum:]]{16}$` and `^naa.[[:alnum:]]{32}$`.
fn eui_naa_matches(s: &str, prefix: &str, len: usize) -> bool {
    let mut chars = s.chars();
    s.starts_with(prefix) && {
        for _ in 0..prefix.len() {
            chars.next();
        }
        chars.next().is_some() && {
            let rest: Vec<char> = chars.collect();
            rest.len() == len && rest.iter().all(char::is_ascii_alphanumeric)
        }
    }
}

fn iqn_format(errs: &mut ErrorList, value: &str, path: &LazyPath<'_>, prefix_msg: &str) {
    if !value.starts_with("iqn") && !value.starts_with("eui") && !value.starts_with("naa") {
        errs.push(Error::invalid(path, value, prefix_msg));
    }
    let bad = if value.starts_with("iqn") {
        !iqn_matches(value)
    } else if value.starts_with("eui") {
        !eui_naa_matches(value, "eui", 16)
    } else if value.starts_with("naa") {
        !eui_naa_matches(value, "naa", 32)
    } else {
        false
    };
    if bad {
        errs.push(Error::invalid(path, value, "must be valid format"));
    }
}

/// Go's `validateISCSIVolumeSource`, and the volume name length its initiator name limits.
pub(super) fn iscsi(
    errs: &mut ErrorList,
    v: &IscsiVolumeSource,
    vol_name: &str,
    vol_path: &LazyPath<'_>,
    path: &LazyPath<'_>,
) {
    required(
        errs,
        v.target_portal.is_empty(),
        &path.child("targetPortal"),
    );
    if v.iqn.is_empty() {
        errs.push(Error::required(&path.child("iqn"), ""));
    } else if !v.iqn.starts_with("iqn") && !v.iqn.starts_with("eui") && !v.iqn.starts_with("naa") {
        errs.push(Error::invalid(
            &path.child("iqn"),
            v.iqn.as_str(),
            "must be valid format starting with iqn, eui, or naa",
        ));
    } else {
        iqn_format(errs, &v.iqn, &path.child("iqn"), "");
    }
    if !(0..=255).contains(&v.lun) {
        errs.push(Error::invalid(
            &path.child("lun"),
            i64::from(v.lun),
            LUN_RANGE,
        ));
    }
    if (v.chap_auth_discovery || v.chap_auth_session) && v.secret_ref.is_none() {
        errs.push(Error::required(&path.child("secretRef"), ""));
    }
    if let Some(init) = &v.initiator_name {
        iqn_format(
            errs,
            init,
            &path.child("initiatorname"),
            "must be valid format starting with iqn, eui, or naa",
        );
        if vol_name.len() + 1 + v.target_portal.len() > 64 {
            errs.push(Error::invalid(
                &vol_path.child("name"),
                vol_name,
                "Total length of <volume name>:<iscsi.targetPortal> must be under 64 characters if iscsi.initiatorName is specified.",
            ));
        }
    }
}

/// The sources whose only rules are required fields (`validateGlusterfsVolumeSource`,
/// `validateRBDVolumeSource`, `validateAzureFile`, `validateScaleIOVolumeSource`, vSphere,
/// Photon, Portworx): each `(empty, field)` pair that is empty is `Required`.
pub(super) fn required_fields(errs: &mut ErrorList, path: &LazyPath<'_>, fields: &[(bool, &str)]) {
    for (empty, field) in fields {
        required(errs, *empty, &path.child(field));
    }
}

/// Go's `validateFlockerVolumeSource`.
pub(super) fn flocker(errs: &mut ErrorList, v: &FlockerVolumeSource, path: &LazyPath<'_>) {
    if v.dataset_name.is_empty() && v.dataset_uuid.is_empty() {
        errs.push(Error::required(
            path,
            "one of datasetName and datasetUUID is required",
        ));
    }
    if !v.dataset_name.is_empty() && !v.dataset_uuid.is_empty() {
        errs.push(Error::invalid(
            path,
            "resource",
            "datasetName and datasetUUID can not be specified simultaneously",
        ));
    }
    if v.dataset_name.contains('/') {
        errs.push(Error::invalid(
            &path.child("datasetName"),
            v.dataset_name.as_str(),
            "must not contain '/'",
        ));
    }
}

/// A set `secretRef` names its secret.
fn secret_ref_name(errs: &mut ErrorList, r: Option<&LocalObjectReference>, path: &LazyPath<'_>) {
    if let Some(r) = r {
        required(
            errs,
            r.name.is_empty(),
            &path.child("secretRef").child("name"),
        );
    }
}

/// Go's `validateCinderVolumeSource`.
pub(super) fn cinder(errs: &mut ErrorList, v: &CinderVolumeSource, path: &LazyPath<'_>) {
    required(errs, v.volume_id.is_empty(), &path.child("volumeID"));
    secret_ref_name(errs, v.secret_ref.as_ref(), path);
}

/// Go's `validateCephFSVolumeSource` (at upstream's `cephfs` path).
pub(super) fn cephfs(errs: &mut ErrorList, v: &CephFsVolumeSource, path: &LazyPath<'_>) {
    required(errs, v.monitors.is_empty(), &path.child("monitors"));
}

/// `net.SplitHostPort` succeeds: `host:port` or `[host]:port`, one colon outside brackets.
fn split_host_port_ok(s: &str) -> bool {
    let Some(colon) = s.rfind(':') else {
        return false;
    };
    let host = s.get(..colon).unwrap_or("");
    if let Some(inner) = host.strip_prefix('[') {
        let Some(end) = inner.find(']') else {
            return false;
        };
        return end + 1 == inner.len() && !inner.contains('[');
    }
    !host.contains(':')
        && !host.contains('[')
        && !host.contains(']')
        && !s.get(colon + 1..).unwrap_or("").contains(['[', ']'])
}

/// Go's `validateQuobyteVolumeSource`.
pub(super) fn quobyte(errs: &mut ErrorList, v: &QuobyteVolumeSource, path: &LazyPath<'_>) {
    const PAIRS: &str = "must be a host:port pair or multiple pairs separated by commas";
    if v.registry.is_empty() {
        errs.push(Error::required(&path.child("registry"), PAIRS));
    } else if v.tenant.len() >= 65 {
        errs.push(Error::required(
            &path.child("tenant"),
            "must be a UUID and may not exceed a length of 64 characters",
        ));
    } else {
        for pair in v.registry.split(',') {
            if !split_host_port_ok(pair) {
                errs.push(Error::invalid(
                    &path.child("registry"),
                    v.registry.as_str(),
                    PAIRS,
                ));
            }
        }
    }
    required(errs, v.volume.is_empty(), &path.child("volume"));
}

/// Go's `validateFCVolumeSource`.
pub(super) fn fc(errs: &mut ErrorList, v: &FcVolumeSource, path: &LazyPath<'_>) {
    if v.target_ww_ns.is_empty() && v.wwids.is_empty() {
        errs.push(Error::required(
            &path.child("targetWWNs"),
            "must specify either targetWWNs or wwids, but not both",
        ));
    }
    if !v.target_ww_ns.is_empty() && !v.wwids.is_empty() {
        errs.push(Error::invalid(
            &path.child("targetWWNs"),
            Json::from(v.target_ww_ns.as_slice()),
            "targetWWNs and wwids can not be specified simultaneously",
        ));
    }
    if !v.target_ww_ns.is_empty() {
        match v.lun {
            None => errs.push(Error::required(
                &path.child("lun"),
                "lun is required if targetWWNs is specified",
            )),
            Some(l) if !(0..=255).contains(&l) => {
                errs.push(Error::invalid(
                    &path.child("lun"),
                    Json::Int(i64::from(l)),
                    LUN_RANGE,
                ));
            }
            Some(_) => {}
        }
    }
}

/// Go's `validateFlexVolumeSource`: the driver, and no options in Kubernetes' namespaces.
pub(super) fn flex(errs: &mut ErrorList, v: &FlexVolumeSource, path: &LazyPath<'_>) {
    required(errs, v.driver.is_empty(), &path.child("driver"));
    for k in v.options.keys() {
        let ns = k.split_once('/').map_or(k.as_str(), |(ns, _)| ns);
        let mut normalized = alloc::string::String::from(".");
        normalized.push_str(&ns.to_lowercase());
        if normalized.ends_with(".kubernetes.io") || normalized.ends_with(".k8s.io") {
            errs.push(Error::invalid(
                &path.child("options").key(k),
                k.as_str(),
                "kubernetes.io and k8s.io namespaces are reserved",
            ));
        }
    }
}

/// Go's `validateAzureDisk`.
pub(super) fn azure_disk(errs: &mut ErrorList, v: &AzureDiskVolumeSource, path: &LazyPath<'_>) {
    required(errs, v.disk_name.is_empty(), &path.child("diskName"));
    required(errs, v.disk_uri.is_empty(), &path.child("diskURI"));
    if let Some(m) = &v.caching_mode {
        if !matches!(m.as_str(), "None" | "ReadOnly" | "ReadWrite") {
            errs.push(Error::not_supported(
                &path.child("cachingMode"),
                named(m),
                &["None", "ReadOnly", "ReadWrite"],
            ));
        }
    }
    if let Some(k) = &v.kind {
        if !matches!(k.as_str(), "Dedicated" | "Managed" | "Shared") {
            errs.push(Error::not_supported(
                &path.child("kind"),
                named(k),
                &["Dedicated", "Managed", "Shared"],
            ));
        }
        if k == "Managed" && !v.disk_uri.starts_with("/subscriptions/") {
            errs.push(Error::not_supported(
                &path.child("diskURI"),
                v.disk_uri.as_str(),
                &["/subscriptions/{sub-id}/resourcegroups/{group-name}/providers/microsoft.compute/disks/{disk-id}"],
            ));
        }
        if k != "Managed" && !v.disk_uri.starts_with("https://") {
            errs.push(Error::not_supported(
                &path.child("diskURI"),
                v.disk_uri.as_str(),
                &["https://{account-name}.blob.core.windows.net/{container-name}/{disk-name}.vhd"],
            ));
        }
    }
}

/// Go's `validateStorageOSVolumeSource`.
pub(super) fn storageos(errs: &mut ErrorList, v: &StorageOsVolumeSource, path: &LazyPath<'_>) {
    if v.volume_name.is_empty() {
        errs.push(Error::required(&path.child("volumeName"), ""));
    } else {
        dns_label(errs, &v.volume_name, &path.child("volumeName"));
    }
    if !v.volume_namespace.is_empty() {
        dns_label(errs, &v.volume_namespace, &path.child("volumeNamespace"));
    }
    secret_ref_name(errs, v.secret_ref.as_ref(), path);
}

/// Go's `ValidatePersistentVolumeClaimTemplate` for a generic ephemeral volume: labels and
/// annotations only in the template's metadata, and the claim spec
/// ([`validate_claim_spec`](super::validate_claim_spec)).
pub(super) fn claim_template(t: &PersistentVolumeClaimTemplate, path: &LazyPath<'_>) -> ErrorList {
    let mp = path.child("metadata");
    let mut errs = ErrorList::new();
    annotations_into(&mut errs, &t.metadata.annotations, &mp.child("annotations"));
    labels_into(&mut errs, &t.metadata.labels, &mp.child("labels"));
    // `validateFieldAllowList`: every other metadata field, by its Go name lowercased at the
    // first letter (`UID` becomes `uID`), must keep its zero value.
    let m = &t.metadata;
    for (set, name) in [
        (!m.name.is_empty(), "name"),
        (!m.generate_name.is_empty(), "generateName"),
        (!m.namespace.is_empty(), "namespace"),
        (!m.self_link.is_empty(), "selfLink"),
        (!m.uid.is_empty(), "uID"),
        (!m.resource_version.is_empty(), "resourceVersion"),
        (m.generation != 0, "generation"),
        (
            m.creation_timestamp.is_some_and(|t| !t.is_zero()),
            "creationTimestamp",
        ),
        (m.deletion_timestamp.is_some(), "deletionTimestamp"),
        (
            m.deletion_grace_period_seconds.is_some(),
            "deletionGracePeriodSeconds",
        ),
        (!m.owner_references.is_empty(), "ownerReferences"),
        (!m.finalizers.is_empty(), "finalizers"),
        (!m.managed_fields.is_empty(), "managedFields"),
    ] {
        if set {
            errs.push(Error::forbidden(&mp.child(name), "cannot be set"));
        }
    }
    super::claim_spec::claim_spec(&mut errs, &t.spec, &path.child("spec"));
    errs
}

#[cfg(test)]
mod tests {
    use super::{eui_naa_matches, iqn_matches, split_host_port_ok};

    #[test]
    fn iscsi_names() {
        assert!(iqn_matches("iqn.2015-02.example.com:test"));
        assert!(!iqn_matches("iqn.2015-02.example.com"));
        assert!(!iqn_matches("iqn.15-02.example.com:test"));
        assert!(!iqn_matches("iqn.2015-02.example.com:te;st"));
        assert!(eui_naa_matches("eui.0123456789ABCDEF", "eui", 16));
        assert!(!eui_naa_matches("eui.0123456789ABCDE", "eui", 16));
        assert!(eui_naa_matches(
            "naa.62004567BA64678D0123456789ABCDEF",
            "naa",
            32
        ));
    }

    #[test]
    fn host_port_pairs() {
        assert!(split_host_port_ok("registry:7861"));
        assert!(split_host_port_ok("[::1]:7861"));
        assert!(!split_host_port_ok("registry"));
        assert!(!split_host_port_ok("::1:7861"));
    }
}
