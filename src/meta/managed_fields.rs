//! `metadata.managedFields`.

use super::field::{Error, ErrorList, Json, Path};
use crate::api::core::ManagedFieldsEntry;
use crate::text::{is_print, write_go_unicode};

/// Longest field manager name: upstream's `FieldManagerMaxLength`.
pub const FIELD_MANAGER_MAX_LEN: usize = 128;
/// Longest subresource name: upstream's `MaxSubresourceNameLength`.
pub const SUBRESOURCE_MAX_LEN: usize = 256;

/// Go's `ValidateFieldManager`: at most 128 bytes, every character printable (each unprintable
/// one reported with its byte position).
#[doc(alias = "ValidateFieldManager")]
pub fn validate_field_manager(manager: &str, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    if manager.len() > FIELD_MANAGER_MAX_LEN {
        errs.push(Error::too_long(path, Some(FIELD_MANAGER_MAX_LEN)));
    }
    for (i, c) in manager.char_indices() {
        if !is_print(c) {
            let mut detail = alloc::string::String::from("invalid character ");
            let _ = write_go_unicode(&mut detail, c);
            detail.push_str(&alloc::format!(" (at position {i})"));
            errs.push(Error::invalid(path, manager, detail));
        }
    }
    errs
}

/// Go's `ValidateManagedFields`: operation `Apply` or `Update`, fieldsType empty or `FieldsV1`,
/// a valid manager, a subresource of at most 256 bytes.
#[doc(alias = "ValidateManagedFields")]
pub fn validate_managed_fields(entries: &[ManagedFieldsEntry], path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    for (i, entry) in entries.iter().enumerate() {
        let path = path.index(i);
        if !matches!(entry.operation.as_str(), "Apply" | "Update") {
            // `ManagedFieldsOperationType` is a named string type: printed as JSON.
            errs.push(Error::invalid(
                &path.child("operation"),
                Json::String(entry.operation.clone()),
                "must be `Apply` or `Update`",
            ));
        }
        if !entry.fields_type.is_empty() && entry.fields_type != "FieldsV1" {
            errs.push(Error::invalid(
                &path.child("fieldsType"),
                entry.fields_type.as_str(),
                "must be `FieldsV1`",
            ));
        }
        errs.append(validate_field_manager(
            &entry.manager,
            &path.child("manager"),
        ));
        if entry.subresource.len() > SUBRESOURCE_MAX_LEN {
            errs.push(Error::too_long(
                &path.child("subresource"),
                Some(SUBRESOURCE_MAX_LEN),
            ));
        }
    }
    errs
}
