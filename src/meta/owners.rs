//! `metadata.ownerReferences`.

use alloc::string::String;
use alloc::vec::Vec;

use super::field::{Error, ErrorList, Json, Path};
use crate::api::core::OwnerReference;
use crate::api::GroupVersionKind;

/// Kinds that may never own another object: upstream's `BannedOwners` (only `v1` `Event`).
fn is_banned_owner(gvk: &GroupVersionKind) -> bool {
    gvk.group.is_empty() && gvk.version == "v1" && gvk.kind == "Event"
}

/// An owner reference as `json.Marshal` prints it (Go field order, `omitempty` pointers).
fn to_json(r: &OwnerReference) -> Json {
    let mut members = Vec::with_capacity(6);
    members.push((
        String::from("apiVersion"),
        Json::String(r.api_version.clone()),
    ));
    members.push((String::from("kind"), Json::String(r.kind.clone())));
    members.push((String::from("name"), Json::String(r.name.clone())));
    members.push((String::from("uid"), Json::String(r.uid.clone())));
    if let Some(c) = r.controller {
        members.push((String::from("controller"), Json::Bool(c)));
    }
    if let Some(b) = r.block_owner_deletion {
        members.push((String::from("blockOwnerDeletion"), Json::Bool(b)));
    }
    Json::Object(members)
}

fn validate_owner_reference(r: &OwnerReference, path: &Path, errs: &mut ErrorList) {
    let gvk = GroupVersionKind::from_api_version_and_kind(&r.api_version, &r.kind);
    if gvk.version.is_empty() {
        errs.push(Error::invalid(
            &path.child("apiVersion"),
            r.api_version.as_str(),
            "version must not be empty",
        ));
    }
    if gvk.kind.is_empty() {
        errs.push(Error::invalid(
            &path.child("kind"),
            r.kind.as_str(),
            "must not be empty",
        ));
    }
    if r.name.is_empty() {
        errs.push(Error::invalid(
            &path.child("name"),
            r.name.as_str(),
            "must not be empty",
        ));
    }
    if r.uid.is_empty() {
        // `types.UID` is a named string type: upstream prints it as JSON.
        errs.push(Error::invalid(
            &path.child("uid"),
            Json::String(r.uid.clone()),
            "must not be empty",
        ));
    }
    if is_banned_owner(&gvk) {
        errs.push(Error::invalid(
            path,
            to_json(r),
            alloc::format!("{gvk} is disallowed from being an owner"),
        ));
    }
}

/// Go's `ValidateOwnerReferences`: apiVersion (with a version), kind, name and uid required, no
/// `v1` `Event` owner, at most one controller. Errors name the list, not the entry.
#[doc(alias = "ValidateOwnerReferences")]
pub fn validate_owner_references(refs: &[OwnerReference], path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let mut first_controller: Option<String> = None;
    for r in refs {
        validate_owner_reference(r, path, &mut errs);
        if r.controller == Some(true) {
            let current = alloc::format!("{}/{}", r.kind, r.name);
            match &first_controller {
                Some(first) => errs.push(Error::invalid(
                    path,
                    Json::Array(refs.iter().map(to_json).collect()),
                    alloc::format!(
                        "Only one reference can have Controller set to true. Found \"true\" in references for {first} and {current}"
                    ),
                )),
                None => first_controller = Some(current),
            }
        }
    }
    errs
}
