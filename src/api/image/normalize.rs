//! Docker Hub normalization: `ParseNormalizedNamed`, `ParseNamed`, `ParseDockerRef` and the
//! familiar forms (<https://github.com/distribution/reference/blob/v0.6.0/normalize.go>,
//! <https://github.com/distribution/reference/blob/v0.6.0/helpers.go>).

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use core::fmt::Write;

use super::grammar::{has_upper, is_identifier};
use super::reference::{parse_with, Prefix, DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX};
use super::{Reference, ReferenceError};

/// `legacyDefaultDomain`: Docker Hub's old name, normalized to `docker.io`.
const LEGACY_DEFAULT_DOMAIN: &str = "index.docker.io";

/// `localhost`, a domain although it has neither `.` nor `:`.
const LOCALHOST: &str = "localhost";

/// `defaultTag`, which `ParseDockerRef` gives a name-only reference.
const DEFAULT_TAG: &str = "latest";

impl<'a> Reference<'a> {
    /// Parses an image reference the way Docker, containerd and Kubernetes do (Go's
    /// `ParseNormalizedNamed`): a name whose first component has no `.` or `:`, is not
    /// `localhost` and has no uppercase letter is on Docker Hub (`docker.io`), and a one-component
    /// Docker Hub name is in `library/`.
    ///
    /// Before parsing it rejects 64 lowercase hex digits
    /// ([`HexIdentifier`](ReferenceError::HexIdentifier)), which are image IDs, and a repository
    /// with an uppercase letter ([`NameNotLowercase`](ReferenceError::NameNotLowercase)); then
    /// [`Reference::parse`]'s errors.
    ///
    /// ```
    /// use kube_primitives::api::image::Reference;
    ///
    /// let r = Reference::parse_normalized("nginx").unwrap();
    /// assert_eq!((r.domain(), r.path().as_ref()), ("docker.io", "library/nginx"));
    ///
    /// let r = Reference::parse_normalized("localhost:5000/app:dev").unwrap();
    /// assert_eq!((r.domain(), r.tag()), ("localhost:5000", Some("dev")));
    ///
    /// // The first component is no domain: a Docker Hub user.
    /// let r = Reference::parse_normalized("test_com/foo").unwrap();
    /// assert_eq!(r.name(), "docker.io/test_com/foo");
    /// ```
    #[doc(alias = "ParseNormalizedNamed")]
    pub fn parse_normalized(s: &'a str) -> Result<Self, ReferenceError> {
        if is_identifier(s) {
            return Err(ReferenceError::HexIdentifier(s.to_string()));
        }
        let (prefix, remainder) = split_docker_domain(s);
        // The remote name is the remainder up to its first `:`, `library/` included.
        let remote = remainder
            .split_once(':')
            .map_or(remainder, |(remote, _)| remote);
        if has_upper(remote) {
            let library = if prefix == Prefix::DockerIoLibrary {
                OFFICIAL_REPO_PREFIX
            } else {
                ""
            };
            let mut shown = String::with_capacity(library.len() + remote.len());
            shown.push_str(library);
            shown.push_str(remote);
            return Err(ReferenceError::NameNotLowercase(shown));
        }
        // Go parses `domain + "/" + remainder`. When normalization changed nothing that string
        // is `s`; else it is the prefix + `remainder`, which `parse_with` reads without building.
        match prefix {
            Prefix::None => Reference::parse(s),
            Prefix::DockerIo | Prefix::DockerIoLibrary => parse_with(prefix, remainder),
        }
    }

    /// [`Reference::parse_normalized`] for a string normalization leaves as it is (Go's
    /// `ParseNamed`): [`NameNotCanonical`](ReferenceError::NameNotCanonical) for `busybox`,
    /// `library/busybox` or `docker.io/busybox`, not for `docker.io/library/busybox`.
    ///
    /// ```
    /// use kube_primitives::api::image::{Reference, ReferenceError};
    ///
    /// assert!(Reference::parse_named("docker.io/library/foo").is_ok());
    /// assert_eq!(Reference::parse_named("foo"), Err(ReferenceError::NameNotCanonical));
    /// ```
    #[doc(alias = "ParseNamed")]
    pub fn parse_named(s: &'a str) -> Result<Self, ReferenceError> {
        let r = Reference::parse_normalized(s)?;
        // Without a prefix `String()` gives back the whole input; with one it is longer.
        if r.prefix == Prefix::None {
            Ok(r)
        } else {
            Err(ReferenceError::NameNotCanonical)
        }
    }

    /// [`Reference::parse_normalized`], then the tag `latest` for a name-only reference, and no
    /// tag for one with both tag and digest (Go's `ParseDockerRef`, what containerd pulls).
    ///
    /// ```
    /// use kube_primitives::api::image::Reference;
    ///
    /// let r = Reference::parse_docker_ref("busybox").unwrap();
    /// assert_eq!(r.to_string(), "docker.io/library/busybox:latest");
    /// ```
    #[doc(alias = "ParseDockerRef")]
    pub fn parse_docker_ref(s: &'a str) -> Result<Self, ReferenceError> {
        let r = Reference::parse_normalized(s)?;
        Ok(match (r.tag, r.digest) {
            (Some(_), Some(_)) => Reference { tag: None, ..r },
            (None, None) => Reference {
                tag: Some(DEFAULT_TAG),
                ..r
            },
            _ => r,
        })
    }

    /// The name as users write it (Go's `FamiliarName`): without `docker.io/`, and without
    /// `library/` before a one-component path.
    ///
    /// ```
    /// use kube_primitives::api::image::Reference;
    ///
    /// let r = Reference::parse("docker.io/library/ubuntu").unwrap();
    /// assert_eq!(r.familiar_name(), "ubuntu");
    /// ```
    #[doc(alias = "FamiliarName")]
    #[must_use]
    pub fn familiar_name(&self) -> Cow<'a, str> {
        if self.domain != DEFAULT_DOMAIN {
            return self.name();
        }
        match self.prefix {
            Prefix::DockerIoLibrary if self.path.contains('/') => self.path(),
            Prefix::DockerIoLibrary => Cow::Borrowed(self.path),
            Prefix::None | Prefix::DockerIo => Cow::Borrowed(
                self.path
                    .strip_prefix(OFFICIAL_REPO_PREFIX)
                    .filter(|rest| !rest.contains('/'))
                    .unwrap_or(self.path),
            ),
        }
    }

    /// The reference as users write it (Go's `FamiliarString`): [`Reference::familiar_name`],
    /// then `:tag` and `@digest`.
    ///
    /// ```
    /// use kube_primitives::api::image::Reference;
    ///
    /// let r = Reference::parse_normalized("docker.io/library/redis:7").unwrap();
    /// assert_eq!(r.familiar_string(), "redis:7");
    /// ```
    #[doc(alias = "FamiliarString")]
    #[must_use]
    pub fn familiar_string(&self) -> String {
        let mut s = self.familiar_name().into_owned();
        // Writing to a String does not fail.
        if let Some(tag) = self.tag {
            let _ = write!(s, ":{tag}");
        }
        if let Some(digest) = self.digest {
            let _ = write!(s, "@{digest}");
        }
        s
    }
}

/// Go's `splitDockerDomain`, as what normalization puts before the input and the remainder it
/// puts it before (the text after the domain when the domain is the input's).
fn split_docker_domain(s: &str) -> (Prefix, &str) {
    let Some((maybe_domain, maybe_remote)) = s.split_once('/') else {
        return (Prefix::DockerIoLibrary, s);
    };
    let on_hub = |remote: &str| {
        if remote.contains('/') {
            Prefix::DockerIo
        } else {
            Prefix::DockerIoLibrary
        }
    };
    if maybe_domain == LOCALHOST {
        (Prefix::None, maybe_remote)
    } else if maybe_domain == LEGACY_DEFAULT_DOMAIN {
        (on_hub(maybe_remote), maybe_remote)
    } else if maybe_domain.contains(['.', ':']) {
        // `docker.io/x` is the input's own domain, but gains `library/`.
        match on_hub(maybe_remote) {
            Prefix::DockerIoLibrary if maybe_domain == DEFAULT_DOMAIN => {
                (Prefix::DockerIoLibrary, maybe_remote)
            }
            _ => (Prefix::None, maybe_remote),
        }
    } else if has_upper(maybe_domain) {
        (Prefix::None, maybe_remote)
    } else {
        // A Docker Hub user: the remote name is all of `s`, which has a `/`.
        (Prefix::DockerIo, s)
    }
}
