//! A StatefulSet's volume claim templates: the claim spec rules of Go's
//! `ValidatePersistentVolumeClaimSpec`
//! ([core validation](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go))
//! that a template can break: access modes, the storage request, the class name, the volume
//! mode.

use alloc::string::ToString;

use crate::api::core::PersistentVolumeClaimSpec;
use crate::meta::field::{Error, ErrorList, Json, Path};
use crate::meta::NameValidator;
use crate::selector::{validate_label_selector, LabelSelectorValidationOptions};

const ACCESS_MODES: [&str; 4] = [
    "ReadOnlyMany",
    "ReadWriteMany",
    "ReadWriteOnce",
    "ReadWriteOncePod",
];

/// Go's `ValidatePersistentVolumeClaimSpec`, for the fields a claim template sets.
#[doc(alias = "ValidatePersistentVolumeClaimSpec")]
#[must_use]
pub fn validate_claim_spec(spec: &PersistentVolumeClaimSpec, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let ap = path.child("accessModes");
    if spec.access_modes.is_empty() {
        errs.push(Error::required(&ap, "at least 1 access mode is required"));
    }
    if let Some(sel) = &spec.selector {
        errs.extend(validate_label_selector(
            Some(sel),
            LabelSelectorValidationOptions::default(),
            &path.child("selector"),
        ));
    }
    let (mut once_pod, mut other) = (false, false);
    for mode in &spec.access_modes {
        if !ACCESS_MODES.contains(&mode.as_str()) {
            errs.push(Error::not_supported(
                &ap,
                Json::String(mode.clone()),
                &ACCESS_MODES,
            ));
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
    let sp = path.child("resources").key("storage");
    match spec.resources.requests.get("storage") {
        None => errs.push(Error::required(&sp, "")),
        Some(q) if q.cmp_i64(0).is_le() => {
            errs.push(Error::invalid(
                &sp,
                q.to_string(),
                "must be greater than zero",
            ));
        }
        Some(_) => {}
    }
    if let Some(class) = spec.storage_class_name.as_ref().filter(|c| !c.is_empty()) {
        for msg in NameValidator::DnsSubdomain.validate(class, false) {
            errs.push(Error::invalid(
                &path.child("storageClassName"),
                class.as_str(),
                msg,
            ));
        }
    }
    if let Some(mode) = &spec.volume_mode {
        if mode != "Block" && mode != "Filesystem" {
            errs.push(Error::not_supported(
                &path.child("volumeMode"),
                Json::String(mode.clone()),
                &["Block", "Filesystem"],
            ));
        }
    }
    errs
}
