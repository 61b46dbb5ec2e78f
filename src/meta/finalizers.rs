//! `metadata.finalizers`.

use alloc::collections::BTreeSet;
use alloc::string::String;
use core::fmt::Write;

use super::field::{Error, ErrorList, Json, Path};
use super::validate::qualified_name;
use crate::text::write_go_quoted;

/// The finalizer that orphans dependents: `orphan`.
pub const FINALIZER_ORPHAN_DEPENDENTS: &str = "orphan";
/// The finalizer that deletes dependents first: `foregroundDeletion`.
pub const FINALIZER_DELETE_DEPENDENTS: &str = "foregroundDeletion";

/// Go's `ValidateFinalizerName`: a finalizer must be a qualified name.
#[doc(alias = "ValidateFinalizerName")]
pub fn validate_finalizer_name(name: &str, path: &Path) -> ErrorList {
    qualified_name(name)
        .into_iter()
        .map(|v| Error::invalid(path, name, v))
        .collect()
}

/// Go's `ValidateFinalizers`: valid names, and not both `orphan` and `foregroundDeletion`.
#[doc(alias = "ValidateFinalizers")]
pub fn validate_finalizers(finalizers: &[String], path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    for f in finalizers {
        errs.append(validate_finalizer_name(f, path));
    }
    let has = |name: &str| finalizers.iter().any(|f| f == name);
    if has(FINALIZER_ORPHAN_DEPENDENTS) && has(FINALIZER_DELETE_DEPENDENTS) {
        errs.push(Error::invalid(
            path,
            Json::from(finalizers),
            alloc::format!(
                "finalizer {FINALIZER_ORPHAN_DEPENDENTS} and {FINALIZER_DELETE_DEPENDENTS} cannot be both set"
            ),
        ));
    }
    errs
}

/// Go's `ValidateNoNewFinalizers`: an object being deleted may not gain finalizers. The new ones
/// are listed sorted, as a Go `[]string{…}` literal.
#[doc(alias = "ValidateNoNewFinalizers")]
pub fn validate_no_new_finalizers(new: &[String], old: &[String], path: &Path) -> ErrorList {
    let extra: BTreeSet<&str> = new
        .iter()
        .map(String::as_str)
        .filter(|f| !old.iter().any(|o| o == f))
        .collect();
    let mut errs = ErrorList::new();
    if !extra.is_empty() {
        let mut detail = String::from(
            "no new finalizers can be added if the object is being deleted, found new finalizers []string{",
        );
        for (i, f) in extra.iter().enumerate() {
            if i > 0 {
                detail.push_str(", ");
            }
            let _ = write_go_quoted(&mut detail, f);
        }
        let _ = detail.write_char('}');
        errs.push(Error::forbidden(path, detail));
    }
    errs
}
