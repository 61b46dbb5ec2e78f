//! Kubernetes' `parsers.ParseImageName`
//! (<https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/util/parsers/parsers.go>) and the
//! image pull policy the API server defaults from it
//! (<https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/v1/defaults.go>,
//! `SetDefaults_Container`).

use alloc::borrow::Cow;

use super::{Reference, ReferenceError};
use crate::api::core::pull_policy;

/// `DefaultImageTag`: the tag of an image with neither tag nor digest.
#[doc(alias = "DefaultImageTag")]
pub const DEFAULT_IMAGE_TAG: &str = "latest";

/// An image name split as the kubelet pulls it: the normalized repository, the tag and the
/// digest.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ImageName<'a> {
    /// The repository to pull: the normalized name (`docker.io/library/busybox`).
    pub repo: Cow<'a, str>,
    /// The tag; [`DEFAULT_IMAGE_TAG`] when the image has neither tag nor digest.
    pub tag: Option<&'a str>,
    /// The digest (`sha256:…`), if any.
    pub digest: Option<&'a str>,
}

/// Splits an image into repository, tag and digest (Go's `parsers.ParseImageName`): the image
/// is parsed by [`Reference::parse_normalized`], and gets the tag `latest` when it has neither
/// tag nor digest.
///
/// Go wraps the error as `couldn't parse image name "<image>": <error>`; this returns the inner
/// error.
///
/// ```
/// use kube_primitives::api::image::parse_image_name;
///
/// let n = parse_image_name("busybox").unwrap();
/// assert_eq!((n.repo.as_ref(), n.tag, n.digest), ("docker.io/library/busybox", Some("latest"), None));
///
/// let n = parse_image_name("url:5000/repo@sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855").unwrap();
/// assert_eq!((n.repo.as_ref(), n.tag), ("url:5000/repo", None));
///
/// assert!(parse_image_name("http://root").is_err());
/// ```
#[doc(alias = "ParseImageName")]
pub fn parse_image_name(image: &str) -> Result<ImageName<'_>, ReferenceError> {
    let r = Reference::parse_normalized(image)?;
    let tag = match (r.tag(), r.digest()) {
        (None, None) => Some(DEFAULT_IMAGE_TAG),
        (tag, _) => tag,
    };
    Ok(ImageName {
        repo: r.name(),
        tag,
        digest: r.digest(),
    })
}

/// The `imagePullPolicy` the API server gives a container that has none
/// (`SetDefaults_Container`): [`pull_policy::ALWAYS`] when the image's tag is `latest`, given or
/// defaulted; else [`pull_policy::IF_NOT_PRESENT`], also for an image that does not parse (its
/// validation reports that).
///
/// ```
/// use kube_primitives::api::image::default_pull_policy;
///
/// assert_eq!(default_pull_policy("busybox"), "Always");
/// assert_eq!(default_pull_policy("busybox:latest"), "Always");
/// assert_eq!(default_pull_policy("busybox:1.36"), "IfNotPresent");
/// assert_eq!(default_pull_policy("Busybox"), "IfNotPresent");
/// ```
#[must_use]
pub fn default_pull_policy(image: &str) -> &'static str {
    // Go ignores the error: the tag of an unparsable image is "". `ParseImageName`'s tag is
    // `latest` when given, or when neither tag nor digest is; read without building the repo.
    match Reference::parse_normalized(image) {
        Ok(r)
            if matches!(
                (r.tag(), r.digest()),
                (Some(DEFAULT_IMAGE_TAG), _) | (None, None)
            ) =>
        {
            pull_policy::ALWAYS
        }
        _ => pull_policy::IF_NOT_PRESENT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    const HEX: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    #[test]
    fn image_name_borrows_where_it_can() {
        // Kubernetes' `TestParseImageName` table is in checks/tests/suite/upstream_image_reference.rs.
        let n = parse_image_name("url:5000/repo:tag").unwrap();
        assert!(matches!(n.repo, Cow::Borrowed("url:5000/repo")));
        let err = parse_image_name("ROOT").unwrap_err().to_string();
        assert!(err.contains("must be lowercase"), "{err}");
    }

    #[test]
    fn pull_policy_defaults() {
        let digested = alloc::format!("busybox@sha256:{HEX}");
        let both = alloc::format!("busybox:latest@sha256:{HEX}");
        for (image, policy) in [
            ("busybox", pull_policy::ALWAYS),
            ("busybox:latest", pull_policy::ALWAYS),
            (both.as_str(), pull_policy::ALWAYS),
            ("gcr.io/x/busybox", pull_policy::ALWAYS),
            ("busybox:1.36", pull_policy::IF_NOT_PRESENT),
            ("busybox:Latest", pull_policy::IF_NOT_PRESENT),
            (digested.as_str(), pull_policy::IF_NOT_PRESENT),
            ("Busybox", pull_policy::IF_NOT_PRESENT),
            ("", pull_policy::IF_NOT_PRESENT),
            (HEX, pull_policy::IF_NOT_PRESENT),
        ] {
            assert_eq!(default_pull_policy(image), policy, "{image}");
        }
    }
}
