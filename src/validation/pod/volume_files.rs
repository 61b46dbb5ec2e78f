//! What volumes put into files: the relative paths a file or mount may take (no `..`
//! element, not absolute), file modes, and the downward API fields a volume file may carry;
//! shared by volumes, projections, mounts, devices and security profiles
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use crate::meta::field::{Error, ErrorList, LazyPath};

const FILE_MODE: &str = "must be a number between 0 and 0777 (octal), both inclusive";

/// `validVolumeDownwardAPIFieldPathExpressions`, sorted.
pub(super) const VOLUME_FIELD_PATHS: [&str; 5] = [
    "metadata.annotations",
    "metadata.labels",
    "metadata.name",
    "metadata.namespace",
    "metadata.uid",
];

pub(super) fn mode(errs: &mut ErrorList, m: Option<i32>, path: &LazyPath<'_>) {
    if let Some(m) = m {
        if !(0..=0o777).contains(&m) {
            errs.push(Error::invalid(path, i64::from(m), FILE_MODE));
        }
    }
}

/// Go's `validatePathNoBacksteps`: no `..` element.
pub(super) fn validate_path_no_backsteps(errs: &mut ErrorList, target: &str, path: &LazyPath<'_>) {
    if has_backsteps(target) {
        errs.push(Error::invalid(path, target, "must not contain '..'"));
    }
}

/// Whether a path has a `..` element ([`validate_path_no_backsteps`] rejects it).
pub(super) fn has_backsteps(target: &str) -> bool {
    // `filepath.ToSlash` is the identity on Linux.
    target.split('/').any(|e| e == "..")
}

/// Go's `validateLocalDescendingPath`: relative, without `..` elements.
pub(super) fn validate_local_descending_path(
    errs: &mut ErrorList,
    target: &str,
    path: &LazyPath<'_>,
) {
    if target.starts_with('/') {
        errs.push(Error::invalid(path, target, "must be a relative path"));
    }
    validate_path_no_backsteps(errs, target, path);
}

/// Go's `ValidateLocalNonReservedPath`: also not starting with `..`.
pub(super) fn validate_local_non_reserved_path(target: &str, path: &LazyPath<'_>) -> ErrorList {
    let mut errs = ErrorList::new();
    validate_local_descending_path(&mut errs, target, path);
    if target.starts_with("..") && !target.starts_with("../") {
        errs.push(Error::invalid(path, target, "must not start with '..'"));
    }
    errs
}
