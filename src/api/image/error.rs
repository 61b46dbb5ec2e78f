//! The errors of reference parsing: distribution's `Err…` values
//! (<https://github.com/distribution/reference/blob/v0.6.0/reference.go>), the two formatted
//! errors of `ParseNormalizedNamed`
//! (<https://github.com/distribution/reference/blob/v0.6.0/normalize.go>), and go-digest's
//! (<https://github.com/opencontainers/go-digest/blob/v1.0.0/digest.go>), which `Parse` returns
//! as they are.

use alloc::string::String;

/// Why a string is not an image reference; `Display` is the Go error's text.
///
/// ```
/// use kube_primitives::api::image::{Reference, ReferenceError};
///
/// let err = Reference::parse_normalized("Busybox").unwrap_err();
/// assert_eq!(err, ReferenceError::NameNotLowercase("library/Busybox".into()));
/// assert_eq!(
///     err.to_string(),
///     "invalid reference format: repository name (library/Busybox) must be lowercase",
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ReferenceError {
    /// `ErrReferenceInvalidFormat`: the string does not match the reference grammar.
    #[doc(alias = "ErrReferenceInvalidFormat")]
    #[error("invalid reference format")]
    InvalidFormat,
    /// `ErrNameContainsUppercase`: it would match with its letters lowercased.
    #[doc(alias = "ErrNameContainsUppercase")]
    #[error("repository name must be lowercase")]
    NameContainsUppercase,
    /// `ErrNameEmpty`: the string is empty.
    #[doc(alias = "ErrNameEmpty")]
    #[error("repository name must have at least one component")]
    NameEmpty,
    /// `ErrNameTooLong`: the path (the name without its domain) is longer than
    /// [`NAME_TOTAL_LENGTH_MAX`](super::NAME_TOTAL_LENGTH_MAX) bytes.
    #[doc(alias = "ErrNameTooLong")]
    #[error("repository name must not be more than 255 characters")]
    NameTooLong,
    /// `ErrNameNotCanonical`: [`Reference::parse_named`](super::Reference::parse_named) was given
    /// a name that normalization changes.
    #[doc(alias = "ErrNameNotCanonical")]
    #[error("repository name must be canonical")]
    NameNotCanonical,
    /// `ErrTagInvalidFormat`: [`Reference::with_tag`](super::Reference::with_tag) was given a
    /// string that is not a tag.
    #[doc(alias = "ErrTagInvalidFormat")]
    #[error("invalid tag format")]
    TagInvalidFormat,
    /// `ErrDigestInvalidFormat` of the reference package:
    /// [`Reference::with_digest`](super::Reference::with_digest) was given a string that is not
    /// a digest.
    #[doc(alias = "ErrDigestInvalidFormat")]
    #[error("invalid digest format")]
    DigestInvalidFormat,
    /// go-digest's `ErrDigestInvalidFormat`: a known algorithm with other than lowercase hex, or
    /// an unknown algorithm with an uppercase letter.
    #[error("invalid checksum digest format")]
    ChecksumInvalidFormat,
    /// go-digest's `ErrDigestInvalidLength`: a known algorithm with the wrong number of hex
    /// digits (64 for sha256, 96 for sha384, 128 for sha512).
    #[doc(alias = "ErrDigestInvalidLength")]
    #[error("invalid checksum digest length")]
    ChecksumInvalidLength,
    /// go-digest's `ErrDigestUnsupported`: an algorithm other than sha256, sha384, sha512.
    #[doc(alias = "ErrDigestUnsupported")]
    #[error("unsupported digest algorithm")]
    DigestUnsupported,
    /// `ParseNormalizedNamed` given 64 lowercase hex digits, which look like an image ID; holds
    /// the input.
    #[error("invalid repository name ({0}), cannot specify 64-byte hexadecimal strings")]
    HexIdentifier(String),
    /// `ParseNormalizedNamed` given a repository with an uppercase letter; holds the normalized
    /// remote name as Go prints it (`library/Foo` for `Foo`).
    #[error("invalid reference format: repository name ({0}) must be lowercase")]
    NameNotLowercase(String),
}
