//! A container's image fields, also read by image volumes and ephemeral containers: the pull
//! policy and the whitespace rule
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use super::named;
use crate::meta::field::{Error, ErrorList, LazyPath};

/// Go's `validatePullPolicy` (containers' and image volumes').
pub(super) fn validate_pull_policy(errs: &mut ErrorList, policy: &str, path: &LazyPath<'_>) {
    match policy {
        "Always" | "IfNotPresent" | "Never" => {}
        "" => errs.push(Error::required(path, "")),
        other => errs.push(Error::not_supported(
            path,
            named(other),
            &["Always", "IfNotPresent", "Never"],
        )),
    }
}

/// Go's `validateContainerOnlyForPod`: a pod's images may not be padded with whitespace.
pub(super) fn image_whitespace(errs: &mut ErrorList, image: &str, path: &LazyPath<'_>) {
    if image.len() != image.trim().len() {
        errs.push(Error::invalid(
            &path.child("image"),
            image,
            "must not have leading or trailing whitespace",
        ));
    }
}
