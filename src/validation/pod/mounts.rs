//! Volume mounts and devices: `ValidateVolumeMounts` and `ValidateVolumeDevices` (each names a
//! valid volume; unique paths; no overlap between the two; sub-paths, propagation, recursive
//! read-only)
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use super::named;
use super::volume_files::{has_backsteps, validate_local_descending_path};
use crate::api::core::{Container, Volume};
use crate::meta::field::{Error, ErrorList, LazyPath};
use crate::validation::small_map::{SmallMap, SmallSet};

/// Go's `ValidateVolumeMounts`.
pub(super) fn validate_volume_mounts(
    errs: &mut ErrorList,
    c: &Container,
    volumes: &SmallMap<&str, &Volume>,
    path: &LazyPath<'_>,
) {
    let mut mount_points = SmallSet::new();
    // Built only when there is something to overlap with: a typical container has no devices.
    let devices = (!c.volume_devices.is_empty())
        .then(|| last_path_by_name(c.volume_devices.iter().map(|d| (&*d.name, &*d.device_path))));
    for (i, m) in c.volume_mounts.iter().enumerate() {
        let p = path.index(i);
        if m.name.is_empty() {
            errs.push(Error::required(&p.child("name"), ""));
        }
        let volume = volumes.get(m.name.as_str());
        if volume.is_none() {
            errs.push(Error::not_found(&p.child("name"), m.name.as_str()));
        }
        if m.mount_path.is_empty() {
            errs.push(Error::required(&p.child("mountPath"), ""));
        }
        if !mount_points.add(m.mount_path.as_str()) {
            errs.push(Error::invalid(
                &p.child("mountPath"),
                m.mount_path.as_str(),
                "must be unique",
            ));
        }
        if devices
            .as_ref()
            .is_some_and(|(names, _)| names.contains(m.name.as_str()))
        {
            errs.push(Error::invalid(
                &p.child("name"),
                m.name.as_str(),
                "must not already exist in volumeDevices",
            ));
        }
        if devices
            .as_ref()
            .is_some_and(|(_, paths)| paths.contains(m.mount_path.as_str()))
        {
            errs.push(Error::invalid(
                &p.child("mountPath"),
                m.mount_path.as_str(),
                "must not already exist as a path in volumeDevices",
            ));
        }
        if volume.is_some_and(|v| v.image.is_some()) {
            if !m.sub_path.is_empty() {
                errs.push(Error::invalid(
                    &p.child("subPath"),
                    m.sub_path.as_str(),
                    "not allowed in image volume sources",
                ));
            }
            if !m.sub_path_expr.is_empty() {
                errs.push(Error::invalid(
                    &p.child("subPathExpr"),
                    m.sub_path_expr.as_str(),
                    "not allowed in image volume sources",
                ));
            }
        }
        // Upstream reports sub-path errors at the list's path, not the mount's.
        if !m.sub_path.is_empty() {
            validate_local_descending_path(errs, &m.sub_path, &path.child("subPath"));
        }
        if !m.sub_path_expr.is_empty() {
            if !m.sub_path.is_empty() {
                errs.push(Error::invalid(
                    &p.child("subPathExpr"),
                    m.sub_path_expr.as_str(),
                    "subPathExpr and subPath are mutually exclusive",
                ));
            }
            validate_local_descending_path(errs, &m.sub_path_expr, &path.child("subPathExpr"));
        }
        if let Some(mp) = &m.mount_propagation {
            let pp = path.child("mountPropagation");
            if !matches!(mp.as_str(), "Bidirectional" | "HostToContainer" | "None") {
                errs.push(Error::not_supported(
                    &pp,
                    named(mp),
                    &["Bidirectional", "HostToContainer", "None"],
                ));
            }
            let privileged = c
                .security_context
                .as_ref()
                .and_then(|s| s.privileged)
                .unwrap_or(false);
            if mp == "Bidirectional" && !privileged {
                errs.push(Error::forbidden(
                    &pp,
                    "Bidirectional mount propagation is available only to privileged containers",
                ));
            }
        }
        if let Some(rro) = &m.recursive_read_only {
            let rp = path.child("recursiveReadOnly");
            match rro.as_str() {
                "Disabled" => {}
                "Enabled" | "IfPossible" => {
                    if !m.read_only {
                        errs.push(Error::forbidden(
                            &rp,
                            "may only be specified when readOnly is true",
                        ));
                    }
                    if m.mount_propagation.as_deref().is_some_and(|p| p != "None") {
                        errs.push(Error::forbidden(
                            &rp,
                            "may only be specified when mountPropagation is None or not specified",
                        ));
                    }
                }
                other => errs.push(Error::not_supported(
                    &rp,
                    named(other),
                    &["Disabled", "Enabled", "IfPossible"],
                )),
            }
        }
    }
}

/// Go's `ValidateVolumeDevices`.
pub(super) fn validate_volume_devices(
    errs: &mut ErrorList,
    c: &Container,
    volumes: &SmallMap<&str, &Volume>,
    path: &LazyPath<'_>,
) {
    let mut paths = SmallSet::new();
    let mut names = SmallSet::new();
    let mounts = (!c.volume_devices.is_empty() && !c.volume_mounts.is_empty())
        .then(|| last_path_by_name(c.volume_mounts.iter().map(|m| (&*m.name, &*m.mount_path))));
    for (i, d) in c.volume_devices.iter().enumerate() {
        let p = path.index(i);
        let matched = volumes.get(d.name.as_str());
        let is_pvc =
            matched.is_some_and(|v| v.persistent_volume_claim.is_some() || v.ephemeral.is_some());
        if d.name.is_empty() {
            errs.push(Error::required(&p.child("name"), ""));
        }
        if names.contains(d.name.as_str()) {
            errs.push(Error::invalid(
                &p.child("name"),
                d.name.as_str(),
                "must be unique",
            ));
        }
        if matched.is_some() && !is_pvc {
            errs.push(Error::invalid(
                &p.child("name"),
                d.name.as_str(),
                "can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode",
            ));
        }
        if matched.is_none() {
            errs.push(Error::not_found(&p.child("name"), d.name.as_str()));
        }
        if d.device_path.is_empty() {
            errs.push(Error::required(&p.child("devicePath"), ""));
        }
        if paths.contains(d.device_path.as_str()) {
            errs.push(Error::invalid(
                &p.child("devicePath"),
                d.device_path.as_str(),
                "must be unique",
            ));
        }
        if !d.device_path.is_empty() && has_backsteps(&d.device_path) {
            errs.push(Error::invalid(
                &p.child("devicePath"),
                d.device_path.as_str(),
                "can not contain backsteps ('..')",
            ));
        } else {
            paths.add(d.device_path.as_str());
        }
        if mounts
            .as_ref()
            .is_some_and(|(names, _)| names.contains(d.name.as_str()))
        {
            errs.push(Error::invalid(
                &p.child("name"),
                d.name.as_str(),
                "must not already exist in volumeMounts",
            ));
        }
        if mounts
            .as_ref()
            .is_some_and(|(_, paths)| paths.contains(d.device_path.as_str()))
        {
            errs.push(Error::invalid(
                &p.child("devicePath"),
                d.device_path.as_str(),
                "must not already exist as a path in volumeMounts",
            ));
        }
        if !d.name.is_empty() {
            names.add(d.name.as_str());
        }
    }
}

/// Go's `GetVolumeDeviceMap` and `GetVolumeMountMap`, which the overlap checks between mounts
/// and devices read: one path per name, the last listed. Returns the names, and the paths that
/// map keeps (an earlier entry's path under a repeated name is not among them).
fn last_path_by_name<'a>(
    entries: impl DoubleEndedIterator<Item = (&'a str, &'a str)>,
) -> (SmallSet<&'a str>, SmallSet<&'a str>) {
    let (mut names, mut paths) = (SmallSet::new(), SmallSet::new());
    for (name, path) in entries.rev() {
        if names.add(name) {
            paths.add(path);
        }
    }
    (names, paths)
}
