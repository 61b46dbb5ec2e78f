//! A persistent volume claim's spec as a pod's generic ephemeral volume or a StatefulSet's claim
//! template gives it: Go's `ValidatePersistentVolumeClaimSpec` with the options of a new claim
//! template (`ValidationOptionsForPersistentVolumeClaimTemplate`: label values in the selector
//! checked, volume attributes classes on, as the `VolumeAttributesClass` gate is at 1.36)
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::string::ToString;

use super::{named, push_violations};
use crate::api::core::{
    PersistentVolumeClaimSpec, TypedLocalObjectReference, TypedObjectReference,
};
use crate::meta::field::{Error, ErrorList, Json, LazyPath, Path};
use crate::meta::NameValidator;
use crate::selector::{validate_label_selector, LabelSelectorValidationOptions};

const ACCESS_MODES: [&str; 4] = [
    "ReadOnlyMany",
    "ReadWriteMany",
    "ReadWriteOnce",
    "ReadWriteOncePod",
];

/// `validateDataSource` and `validateDataSourceRef`'s shared part: a name and a kind, and an
/// API group that is a DNS subdomain, or none for a claim.
fn validate_typed_reference(
    api_group: Option<&str>,
    kind: &str,
    name: &str,
    path: &LazyPath<'_>,
    errs: &mut ErrorList,
) {
    if name.is_empty() {
        errs.push(Error::required(&path.child("name"), ""));
    }
    if kind.is_empty() {
        errs.push(Error::required(&path.child("kind"), ""));
    }
    let api_group = api_group.unwrap_or_default();
    if api_group.is_empty() && kind != "PersistentVolumeClaim" {
        errs.push(Error::invalid(
            path,
            kind,
            "must be 'PersistentVolumeClaim' when referencing the default apiGroup",
        ));
    }
    if !api_group.is_empty() {
        push_violations(
            errs,
            &path.child("apiGroup"),
            api_group,
            crate::meta::validate::dns1123_subdomain(api_group),
        );
    }
}

fn validate_data_source(r: &TypedLocalObjectReference, path: &LazyPath<'_>, errs: &mut ErrorList) {
    validate_typed_reference(r.api_group.as_deref(), &r.kind, &r.name, path, errs);
}

fn validate_data_source_ref(r: &TypedObjectReference, path: &LazyPath<'_>, errs: &mut ErrorList) {
    validate_typed_reference(r.api_group.as_deref(), &r.kind, &r.name, path, errs);
    if let Some(ns) = r.namespace.as_deref().filter(|ns| !ns.is_empty()) {
        for msg in NameValidator::DnsLabel.validate(ns, false) {
            errs.push(Error::invalid(&path.child("namespace"), ns, msg));
        }
    }
}

/// Go's `ValidatePersistentVolumeClaimSpec` for a new claim template: access modes, the storage
/// request, the storage and volume attributes class names, the volume mode, and the data
/// source and its reference (which must agree unless the reference names a namespace).
#[doc(alias = "ValidatePersistentVolumeClaimSpec")]
#[must_use]
pub fn validate_claim_spec(spec: &PersistentVolumeClaimSpec, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    claim_spec(&mut errs, spec, &LazyPath::from(path));
    errs
}

/// [`validate_claim_spec`] at a borrowed path.
pub(super) fn claim_spec(
    errs: &mut ErrorList,
    spec: &PersistentVolumeClaimSpec,
    path: &LazyPath<'_>,
) {
    let ap = path.child("accessModes");
    if spec.access_modes.is_empty() {
        errs.push(Error::required(&ap, "at least 1 access mode is required"));
    }
    if spec.selector.is_some() {
        errs.append(validate_label_selector(
            spec.selector.as_ref(),
            LabelSelectorValidationOptions::default(),
            &path.child("selector").to_path(),
        ));
    }
    let (mut once_pod, mut other) = (false, false);
    for mode in &spec.access_modes {
        if !ACCESS_MODES.contains(&mode.as_str()) {
            errs.push(Error::not_supported(&ap, named(mode), &ACCESS_MODES));
        }
        if mode == "ReadWriteOncePod" {
            once_pod = true;
        } else if ACCESS_MODES.contains(&mode.as_str()) {
            other = true;
        }
    }
    if once_pod && other {
        errs.push(Error::forbidden(
            &ap,
            "may not use ReadWriteOncePod with other access modes",
        ));
    }
    let resources = path.child("resources");
    let sp = resources.key("storage");
    match spec.resources.requests.get("storage") {
        None => errs.push(Error::required(&sp, "")),
        Some(q) if q.signum() <= 0 => {
            errs.push(Error::invalid(
                &sp,
                q.to_string(),
                "must be greater than zero",
            ));
        }
        Some(_) => {}
    }
    let class_name = |errs: &mut ErrorList, class: Option<&str>, field: &str| {
        if let Some(class) = class.filter(|c| !c.is_empty()) {
            push_violations(
                errs,
                &path.child(field),
                class,
                NameValidator::DnsSubdomain.validate(class, false),
            );
        }
    };
    class_name(errs, spec.storage_class_name.as_deref(), "storageClassName");
    if let Some(mode) = &spec.volume_mode {
        if mode != "Block" && mode != "Filesystem" {
            errs.push(Error::not_supported(
                &path.child("volumeMode"),
                named(mode),
                &["Block", "Filesystem"],
            ));
        }
    }
    if let Some(ds) = &spec.data_source {
        validate_data_source(ds, &path.child("dataSource"), errs);
    }
    if let Some(r) = &spec.data_source_ref {
        validate_data_source_ref(r, &path.child("dataSourceRef"), errs);
    }
    let ref_namespaced = spec
        .data_source_ref
        .as_ref()
        .is_some_and(|r| r.namespace.as_deref().is_some_and(|ns| !ns.is_empty()));
    // Upstream passes the field path `fldPath.Child("dataSource")` as the bad value: a
    // `*field.Path`, printed through its pointee, a struct of unexported fields with no
    // value-receiver `String`, which `encoding/json` marshals as `{}`.
    let opaque = || Json::Object(alloc::vec::Vec::new());
    match (&spec.data_source, &spec.data_source_ref) {
        (Some(_), Some(_)) if ref_namespaced => errs.push(Error::invalid(
            path,
            opaque(),
            "may not be specified when dataSourceRef.namespace is specified",
        )),
        (Some(ds), Some(r))
            if !ref_namespaced
                && (ds.api_group != r.api_group || ds.kind != r.kind || ds.name != r.name) =>
        {
            errs.push(Error::invalid(path, opaque(), "must match dataSourceRef"));
        }
        _ => {}
    }
    class_name(
        errs,
        spec.volume_attributes_class_name.as_deref(),
        "volumeAttributesClassName",
    );
}

#[cfg(test)]
mod tests {
    use alloc::string::String;
    use alloc::vec::Vec;

    use super::*;

    fn spec(extra: &str) -> PersistentVolumeClaimSpec {
        let json = alloc::format!(
            r#"{{"accessModes": ["ReadWriteOnce"], "resources": {{"requests": {{"storage": "1Gi"}}}}{extra}}}"#
        );
        serde_json::from_str(&json).unwrap()
    }

    fn errors(extra: &str) -> Vec<String> {
        validate_claim_spec(&spec(extra), &Path::new("spec"))
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// The data source rows of upstream's `TestValidatePersistentVolumeClaimDataSource` and
    /// `TestValidateDataSourceRef`-style cases.
    #[test]
    fn data_sources() {
        assert!(errors("").is_empty());
        assert!(
            errors(r#", "dataSource": {"kind": "PersistentVolumeClaim", "name": "src"}"#)
                .is_empty()
        );
        assert!(errors(
            r#", "dataSource": {"apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot", "name": "s"},
                "dataSourceRef": {"apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot", "name": "s"}"#
        )
        .is_empty());
        assert_eq!(
            errors(r#", "dataSource": {"kind": "VolumeSnapshot"}"#),
            [
                "spec.dataSource.name: Required value",
                "spec.dataSource: Invalid value: \"VolumeSnapshot\": must be 'PersistentVolumeClaim' when referencing the default apiGroup",
            ]
        );
        assert_eq!(
            errors(r#", "dataSourceRef": {"apiGroup": "Bad_Group", "kind": "K", "name": "n", "namespace": "-ns"}"#)
                .len(),
            2
        );
        let mismatch = errors(
            r#", "dataSource": {"kind": "PersistentVolumeClaim", "name": "a"},
                "dataSourceRef": {"kind": "PersistentVolumeClaim", "name": "b"}"#,
        );
        assert_eq!(
            mismatch,
            ["spec: Invalid value: {}: must match dataSourceRef"]
        );
        let namespaced = errors(
            r#", "dataSource": {"kind": "PersistentVolumeClaim", "name": "a"},
                "dataSourceRef": {"kind": "PersistentVolumeClaim", "name": "a", "namespace": "other"}"#,
        );
        assert_eq!(
            namespaced,
            ["spec: Invalid value: {}: may not be specified when dataSourceRef.namespace is specified"]
        );
        assert_eq!(
            errors(r#", "volumeAttributesClassName": "Gold""#).len(),
            1,
            "a volume attributes class name is a DNS subdomain"
        );
    }
}
