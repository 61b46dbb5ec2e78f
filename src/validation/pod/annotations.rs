//! The pod annotations with security or scheduling meaning (`ValidatePodSpecificAnnotations`:
//! mirror pods, the legacy tolerations annotation, deletion cost, seccomp and AppArmor), and on create the agreement of the seccomp
//! and AppArmor annotations with their fields
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;

use smallvec::SmallVec;

use super::os::visit_containers;
use super::tolerations_annotation::{validate_tolerations_annotation, TOLERATIONS_ANNOTATION};
use super::volume_files::validate_local_descending_path;
use super::PodValidationOptions;
use crate::api::core::{ObjectMeta, PodSpec, SeccompProfile};
use crate::meta::field::{BadValue, Error, ErrorList, LazyPath};

const SECCOMP_POD: &str = "seccomp.security.alpha.kubernetes.io/pod";
const SECCOMP_CONTAINER_PREFIX: &str = "container.seccomp.security.alpha.kubernetes.io/";
pub(super) const APPARMOR_PREFIX: &str = "container.apparmor.security.beta.kubernetes.io/";
const MIRROR: &str = "kubernetes.io/config.mirror";
const DELETION_COST: &str = "controller.kubernetes.io/pod-deletion-cost";

/// The annotation `prefix` + `name`, the key built on the stack (it spills to the heap only
/// past 128 bytes; a container name is at most 63 when valid).
pub(super) fn get_prefixed<'m>(
    annotations: &'m BTreeMap<String, String>,
    prefix: &str,
    name: &str,
) -> Option<&'m String> {
    let mut key: SmallVec<[u8; 128]> = SmallVec::new();
    key.extend_from_slice(prefix.as_bytes());
    key.extend_from_slice(name.as_bytes());
    // Two whole strings joined are UTF-8.
    let key = core::str::from_utf8(&key).ok()?;
    annotations.get(key)
}

/// Go's `ValidateSeccompProfile` for an annotation value.
fn validate_seccomp_annotation(v: &str, path: &LazyPath<'_>) -> ErrorList {
    if matches!(v, "runtime/default" | "docker/default" | "unconfined") {
        return ErrorList::new();
    }
    if let Some(rest) = v.strip_prefix("localhost/") {
        let mut errs = ErrorList::new();
        validate_local_descending_path(&mut errs, rest, path);
        return errs;
    }
    let mut errs = ErrorList::new();
    errs.push(Error::invalid(path, v, "must be a valid seccomp profile"));
    errs
}

/// `GetDeletionCostFromPodAnnotations` accepts the value: a 32-bit integer without `+` or
/// leading zeros.
fn valid_deletion_cost(v: &str) -> bool {
    let first_ok = match v.as_bytes().first() {
        Some(b'-') => true,
        Some(b'0') => v == "0",
        Some(b'1'..=b'9') => true,
        _ => false,
    };
    first_ok && v.parse::<i32>().is_ok()
}

/// Go's `ValidatePodSpecificAnnotations`.
pub(super) fn validate_pod_specific_annotations(
    errs: &mut ErrorList,
    meta: &ObjectMeta,
    spec: &PodSpec,
    path: &LazyPath<'_>,
    _opts: &PodValidationOptions,
) {
    let ann = &meta.annotations;
    if let Some(v) = ann.get(MIRROR) {
        if spec.node_name.is_empty() {
            errs.push(Error::invalid(
                &path.key(MIRROR),
                v.as_str(),
                "must set spec.nodeName if mirror pod annotation is set",
            ));
        }
    }
    if let Some(v) = ann.get(TOLERATIONS_ANNOTATION).filter(|v| !v.is_empty()) {
        validate_tolerations_annotation(errs, v, path);
    }
    if let Some(v) = ann.get(DELETION_COST) {
        if !valid_deletion_cost(v) {
            errs.push(Error::invalid(
                &path.key(DELETION_COST),
                v.as_str(),
                "must be a 32bit integer",
            ));
        }
    }
    if let Some(p) = ann.get(SECCOMP_POD) {
        errs.append(validate_seccomp_annotation(p, &path.child(SECCOMP_POD)));
    }
    for (k, p) in ann {
        if k.starts_with(SECCOMP_CONTAINER_PREFIX) {
            errs.append(validate_seccomp_annotation(p, &path.child(k)));
        }
    }
    for (k, p) in ann {
        let Some(name) = k.strip_prefix(APPARMOR_PREFIX) else {
            continue;
        };
        if !visit_containers(spec).any(|(c, _, _)| c.name == name) {
            errs.push(Error::invalid(&path.key(k), name, "container not found"));
        }
        if !(p.is_empty()
            || p == "runtime/default"
            || p == "unconfined"
            || p.starts_with("localhost/"))
        {
            errs.push(Error::invalid(
                &path.key(k),
                p.as_str(),
                format!(
                    "invalid AppArmor profile name: {}",
                    BadValue::from(p.as_str())
                ),
            ));
        }
    }
}

/// Go's `validateSeccompAnnotationsAndFields`: where both a seccomp annotation and field are set,
/// they agree.
pub(super) fn validate_seccomp_fields_match(
    errs: &mut ErrorList,
    meta: &ObjectMeta,
    spec: &PodSpec,
    spec_path: &LazyPath<'_>,
) {
    let ann = &meta.annotations;
    if let Some(sp) = spec
        .security_context
        .as_ref()
        .and_then(|s| s.seccomp_profile.as_ref())
    {
        if let Some(a) = ann.get(SECCOMP_POD) {
            errs.extend(seccomp_match(
                a,
                sp,
                &spec_path.child("securityContext").child("seccompProfile"),
            ));
        }
    }
    for (c, list, i) in visit_containers(spec) {
        let list_path = spec_path.child(list);
        let cpath = list_path.index(i);
        let Some(sp) = c.sc.and_then(|s| s.seccomp_profile.as_ref()) else {
            continue;
        };
        if let Some(a) = get_prefixed(ann, SECCOMP_CONTAINER_PREFIX, c.name) {
            errs.extend(seccomp_match(
                a,
                sp,
                &cpath.child("securityContext").child("seccompProfile"),
            ));
        }
    }
}

fn seccomp_match(a: &str, sp: &SeccompProfile, path: &LazyPath<'_>) -> Option<Error> {
    const TYPE: &str = "seccomp type in annotation and field must match";
    match sp.type_.as_str() {
        "Unconfined" if a != "unconfined" => Some(Error::forbidden(&path.child("type"), TYPE)),
        "RuntimeDefault" if a != "runtime/default" && a != "docker/default" => {
            Some(Error::forbidden(&path.child("type"), TYPE))
        }
        "Localhost" => match a.strip_prefix("localhost/") {
            None => Some(Error::forbidden(&path.child("type"), TYPE)),
            Some(rest) if sp.localhost_profile.as_deref() != Some(rest) => Some(Error::forbidden(
                &path.child("localhostProfile"),
                "seccomp profile in annotation and field must match",
            )),
            Some(_) => None,
        },
        _ => None,
    }
}

/// Go's `validateAppArmorAnnotationsAndFieldsMatchOnCreate`.
pub(super) fn validate_apparmor_fields_match(
    errs: &mut ErrorList,
    meta: &ObjectMeta,
    spec: &PodSpec,
    spec_path: &LazyPath<'_>,
) {
    if spec.os.as_ref().is_some_and(|o| o.name == "windows") {
        return;
    }
    let pod_profile = spec
        .security_context
        .as_ref()
        .and_then(|s| s.app_armor_profile.as_ref());
    for (c, list, i) in visit_containers(spec) {
        let list_path = spec_path.child(list);
        let cpath = list_path.index(i);
        let Some(profile) =
            c.sc.and_then(|s| s.app_armor_profile.as_ref())
                .or(pod_profile)
        else {
            continue;
        };
        let Some(a) = get_prefixed(&meta.annotations, APPARMOR_PREFIX, c.name) else {
            continue;
        };
        let sc_path = cpath.child("securityContext");
        let p = sc_path.child("appArmorProfile");
        const TYPE: &str = "apparmor type in annotation and field must match";
        match profile.type_.as_str() {
            "Unconfined" if a != "unconfined" => {
                errs.push(Error::forbidden(&p.child("type"), TYPE))
            }
            "RuntimeDefault" if a != "runtime/default" => {
                errs.push(Error::forbidden(&p.child("type"), TYPE))
            }
            "Localhost" => match a.strip_prefix("localhost/") {
                None => errs.push(Error::forbidden(&p.child("type"), TYPE)),
                Some(rest) if profile.localhost_profile.as_deref() != Some(rest) => {
                    errs.push(Error::forbidden(
                        &p.child("localhostProfile"),
                        "apparmor profile in annotation and field must match",
                    ))
                }
                Some(_) => {}
            },
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::valid_deletion_cost;

    #[test]
    fn deletion_cost() {
        assert!(valid_deletion_cost("10"));
        assert!(valid_deletion_cost("-10"));
        assert!(valid_deletion_cost("0"));
        assert!(!valid_deletion_cost("+10"));
        assert!(!valid_deletion_cost("010"));
        assert!(!valid_deletion_cost("2147483648"));
        assert!(!valid_deletion_cost(""));
    }
}
