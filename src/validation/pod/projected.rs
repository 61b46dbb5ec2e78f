//! File projections into volumes: `KeyToPath` items of secret and configMap volumes, downward
//! API files, and projected volumes' sources with their shared path set
//! (`validateKeyToPath`, `validateDownwardAPIVolumeFile`, `validateProjectionSources`)
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::collections::BTreeSet;

use super::env::{validate_object_field_selector, validate_resource_field_selector};
use super::trust_bundle::validate_cluster_trust_bundle;
use super::volume_files::{mode, validate_local_non_reserved_path, VOLUME_FIELD_PATHS};
use crate::api::core::{DownwardApiVolumeFile, KeyToPath, ProjectedVolumeSource};
use crate::meta::field::{Error, ErrorList, LazyPath};

/// Go's `validateKeyToPath`.
pub(super) fn validate_key_to_path(errs: &mut ErrorList, kp: &KeyToPath, path: &LazyPath<'_>) {
    if kp.key.is_empty() {
        errs.push(Error::required(&path.child("key"), ""));
    }
    if kp.path.is_empty() {
        errs.push(Error::required(&path.child("path"), ""));
    }
    errs.append(validate_local_non_reserved_path(
        &kp.path,
        &path.child("path"),
    ));
    mode(errs, kp.mode, &path.child("mode"));
}

/// Go's `validateDownwardAPIVolumeFile`.
pub(super) fn validate_downward_api_file(
    errs: &mut ErrorList,
    f: &DownwardApiVolumeFile,
    path: &LazyPath<'_>,
) {
    if f.path.is_empty() {
        errs.push(Error::required(&path.child("path"), ""));
    }
    errs.append(validate_local_non_reserved_path(
        &f.path,
        &path.child("path"),
    ));
    if let Some(fr) = &f.field_ref {
        validate_object_field_selector(errs, fr, &VOLUME_FIELD_PATHS, &path.child("fieldRef"));
        if f.resource_field_ref.is_some() {
            errs.push(Error::invalid(
                path,
                "resource",
                "fieldRef and resourceFieldRef can not be specified simultaneously",
            ));
        }
    } else if let Some(rf) = &f.resource_field_ref {
        validate_resource_field_selector(errs, rf, &path.child("resourceFieldRef"), true);
    } else {
        errs.push(Error::required(
            path,
            "one of fieldRef and resourceFieldRef is required",
        ));
    }
    mode(errs, f.mode, &path.child("mode"));
}

/// Go's `validateProjectionSources`.
pub(super) fn validate_projection_sources(
    errs: &mut ErrorList,
    pr: &ProjectedVolumeSource,
    path: &LazyPath<'_>,
) {
    let mut paths: BTreeSet<&str> = BTreeSet::new();
    for (i, source) in pr.sources.iter().enumerate() {
        let mut n = 0;
        let sources = path.child("sources");
        let sp = sources.index(i);
        if let Some(s) = &source.secret {
            n += 1;
            let p = sp.child("secret");
            if s.name.is_empty() {
                errs.push(Error::required(&p.child("name"), ""));
            }
            for (j, kp) in s.items.iter().enumerate() {
                validate_key_to_path(errs, kp, &p.child("items").index(j));
                if !kp.path.is_empty() && !paths.insert(kp.path.as_str()) {
                    errs.push(Error::invalid(
                        path,
                        s.name.as_str(),
                        "conflicting duplicate paths",
                    ));
                }
            }
        }
        if let Some(c) = &source.config_map {
            n += 1;
            let p = sp.child("configMap");
            if c.name.is_empty() {
                errs.push(Error::required(&p.child("name"), ""));
            }
            for (j, kp) in c.items.iter().enumerate() {
                validate_key_to_path(errs, kp, &p.child("items").index(j));
                if !kp.path.is_empty() && !paths.insert(kp.path.as_str()) {
                    errs.push(Error::invalid(
                        path,
                        c.name.as_str(),
                        "conflicting duplicate paths",
                    ));
                }
            }
        }
        if let Some(d) = &source.downward_api {
            n += 1;
            let p = sp.child("downwardAPI");
            for f in &d.items {
                validate_downward_api_file(errs, f, &p);
                if !f.path.is_empty() && !paths.insert(f.path.as_str()) {
                    errs.push(Error::invalid(
                        path,
                        f.path.as_str(),
                        "conflicting duplicate paths",
                    ));
                }
            }
        }
        if let Some(t) = &source.service_account_token {
            n += 1;
            let p = sp.child("serviceAccountToken");
            let exp = t.expiration_seconds.unwrap_or(0);
            if exp < 600 {
                errs.push(Error::invalid(
                    &p.child("expirationSeconds"),
                    exp,
                    "may not specify a duration less than 10 minutes",
                ));
            }
            if exp > 1 << 32 {
                errs.push(Error::invalid(
                    &p.child("expirationSeconds"),
                    exp,
                    "may not specify a duration larger than 2^32 seconds",
                ));
            }
            if t.path.is_empty() {
                errs.push(Error::required(&path.child("path"), ""));
            } else {
                errs.append(validate_local_non_reserved_path(
                    &t.path,
                    &path.child("path"),
                ));
            }
        }
        if let Some(ctb) = &source.cluster_trust_bundle {
            n += 1;
            let p = sp.child("clusterTrustBundle");
            validate_cluster_trust_bundle(errs, ctb, &p);
            if ctb.path.is_empty() {
                errs.push(Error::required(&p.child("path"), ""));
            }
            errs.append(validate_local_non_reserved_path(
                &ctb.path,
                &p.child("path"),
            ));
            if !paths.insert(ctb.path.as_str()) {
                errs.push(Error::invalid(
                    path,
                    ctb.path.as_str(),
                    "conflicting duplicate paths",
                ));
            }
        }
        if source.pod_certificate.is_some() {
            n += 1;
        }
        if n > 1 {
            errs.push(Error::forbidden(
                &sp,
                "may not specify more than 1 volume type per source",
            ));
        }
    }
}
