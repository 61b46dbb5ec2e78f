//! `Reference` and distribution's `Parse`, `WithName`, `WithTag`, `WithDigest`
//! (<https://github.com/distribution/reference/blob/v0.6.0/reference.go>).

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;
use core::hash::{Hash, Hasher};

use super::grammar::{go_lower_ascii, is_digest, is_domain, is_remote_name, is_tag};
use super::ReferenceError;

/// `RepositoryNameTotalLengthMax`: the longest path, in bytes. Version v0.6.0 checks the path
/// only (the name without its domain); earlier versions checked the whole name.
#[doc(alias = "RepositoryNameTotalLengthMax")]
#[doc(alias = "NameTotalLengthMax")]
pub const NAME_TOTAL_LENGTH_MAX: usize = 255;

/// `docker.io`, the domain normalization gives names without one.
pub(super) const DEFAULT_DOMAIN: &str = "docker.io";

/// `library/`, the namespace normalization gives one-component Docker Hub names.
pub(super) const OFFICIAL_REPO_PREFIX: &str = "library/";

/// What normalization put in front of the input. The name is the input's text after it, so a
/// reference keeps borrowing the input even when its name is `docker.io/library/` + input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Prefix {
    /// The name is the input's text.
    None,
    /// `docker.io/` + the input's text.
    DockerIo,
    /// `docker.io/library/` + the input's text.
    DockerIoLibrary,
}

/// A container image reference: a name (an optional domain and a `/`-separated path), an
/// optional tag and an optional digest, as `github.com/distribution/reference` v0.6.0 parses
/// them. It borrows the string it was parsed from; `Display` is Go's `String()`.
///
/// [`Reference::parse`] is distribution's `Parse`: the grammar only.
/// [`Reference::parse_normalized`] is `ParseNormalizedNamed`, which Kubernetes uses: Docker
/// Hub's defaults (`busybox` is `docker.io/library/busybox`) and the lowercase check.
///
/// ```
/// use kube_primitives::api::image::Reference;
///
/// let r = Reference::parse("registry.example.com:5000/team/app:v1.2@sha256:\
///     ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff").unwrap();
/// assert_eq!(r.domain(), "registry.example.com:5000");
/// assert_eq!(r.path(), "team/app");
/// assert_eq!(r.tag(), Some("v1.2"));
/// assert!(r.digest().unwrap().starts_with("sha256:ffff"));
///
/// let r = Reference::parse_normalized("busybox:1.36").unwrap();
/// assert_eq!(r.name(), "docker.io/library/busybox");
/// assert_eq!(r.to_string(), "docker.io/library/busybox:1.36");
/// assert_eq!(r.familiar_string(), "busybox:1.36");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Reference<'a> {
    pub(super) prefix: Prefix,
    /// The name after the prefix.
    pub(super) name: &'a str,
    /// The domain, `docker.io` with a prefix; else a prefix of `name`, maybe empty.
    pub(super) domain: &'a str,
    /// The path after the prefix (after `library/` with [`Prefix::DockerIoLibrary`]).
    pub(super) path: &'a str,
    pub(super) tag: Option<&'a str>,
    pub(super) digest: Option<&'a str>,
}

impl<'a> Reference<'a> {
    /// Parses a reference by the grammar alone (Go's `Parse`): no default domain, no `library/`.
    ///
    /// A name whose first component could be a domain gets it as its domain (`foo/bar` has
    /// domain `foo`), as Go's regular expression prefers the domain. Errors, in Go's order:
    /// [`NameEmpty`](ReferenceError::NameEmpty) for `""`;
    /// [`NameContainsUppercase`](ReferenceError::NameContainsUppercase) when the lowercased
    /// string would parse; [`InvalidFormat`](ReferenceError::InvalidFormat);
    /// [`NameTooLong`](ReferenceError::NameTooLong); then go-digest's checks of the digest.
    ///
    /// ```
    /// use kube_primitives::api::image::{Reference, ReferenceError};
    ///
    /// let r = Reference::parse("[::1]:5000/repo:tag").unwrap();
    /// assert_eq!((r.domain(), r.tag()), ("[::1]:5000", Some("tag")));
    /// assert_eq!(Reference::parse("Uppercase:tag"), Err(ReferenceError::NameContainsUppercase));
    /// ```
    #[doc(alias = "Parse")]
    pub fn parse(s: &'a str) -> Result<Self, ReferenceError> {
        parse_with(Prefix::None, s)
    }

    /// A name-only reference from a name without tag or digest (Go's `WithName`):
    /// [`InvalidFormat`](ReferenceError::InvalidFormat) unless it is one,
    /// [`NameTooLong`](ReferenceError::NameTooLong) when its path is too long.
    ///
    /// ```
    /// use kube_primitives::api::image::{Reference, ReferenceError};
    ///
    /// let r = Reference::with_name("test.com:8080/foo").unwrap();
    /// assert_eq!((r.domain(), r.path().as_ref()), ("test.com:8080", "foo"));
    /// assert_eq!(Reference::with_name("foo:tag"), Err(ReferenceError::InvalidFormat));
    /// ```
    #[doc(alias = "WithName")]
    pub fn with_name(name: &'a str) -> Result<Self, ReferenceError> {
        let (domain, path) = split_name(name).ok_or(ReferenceError::InvalidFormat)?;
        if path.len() > NAME_TOTAL_LENGTH_MAX {
            return Err(ReferenceError::NameTooLong);
        }
        Ok(Reference {
            prefix: Prefix::None,
            name,
            domain,
            path,
            tag: None,
            digest: None,
        })
    }

    /// This reference with `tag` as its tag, keeping any digest (Go's `WithTag`);
    /// [`TagInvalidFormat`](ReferenceError::TagInvalidFormat) unless `tag` is a tag.
    ///
    /// ```
    /// use kube_primitives::api::image::Reference;
    ///
    /// let r = Reference::with_name("test.com:8000/foo").unwrap().with_tag("TAG5").unwrap();
    /// assert_eq!(r.to_string(), "test.com:8000/foo:TAG5");
    /// ```
    #[doc(alias = "WithTag")]
    pub fn with_tag(&self, tag: &'a str) -> Result<Self, ReferenceError> {
        if !is_tag(tag) {
            return Err(ReferenceError::TagInvalidFormat);
        }
        Ok(Reference {
            tag: Some(tag),
            ..*self
        })
    }

    /// This reference with `digest` as its digest, keeping any tag (Go's `WithDigest`);
    /// [`DigestInvalidFormat`](ReferenceError::DigestInvalidFormat) unless `digest` matches the
    /// digest grammar (the algorithm is not checked here, as in Go).
    ///
    /// ```
    /// use kube_primitives::api::image::Reference;
    ///
    /// let r = Reference::with_name("foo").unwrap()
    ///     .with_digest("sha256:1234567890098765432112345667890098765").unwrap();
    /// assert_eq!(r.to_string(), "foo@sha256:1234567890098765432112345667890098765");
    /// ```
    #[doc(alias = "WithDigest")]
    pub fn with_digest(&self, digest: &'a str) -> Result<Self, ReferenceError> {
        if !is_digest(digest) {
            return Err(ReferenceError::DigestInvalidFormat);
        }
        Ok(Reference {
            digest: Some(digest),
            ..*self
        })
    }

    /// This reference without tag and digest (Go's `TrimNamed`).
    #[doc(alias = "TrimNamed")]
    #[must_use]
    pub fn trim_named(&self) -> Self {
        Reference {
            tag: None,
            digest: None,
            ..*self
        }
    }

    /// The name: the domain, `/` and the path when there is a domain, else the path (Go's
    /// `Name()`). Borrowed unless normalization added `docker.io/`.
    #[doc(alias = "Name")]
    #[must_use]
    pub fn name(&self) -> Cow<'a, str> {
        match self.prefix {
            Prefix::None => Cow::Borrowed(self.name),
            Prefix::DockerIo | Prefix::DockerIoLibrary => {
                let mut s = String::with_capacity(32 + self.name.len());
                // Writing to a String does not fail.
                let _ = self.write_name(&mut s);
                Cow::Owned(s)
            }
        }
    }

    /// The domain (registry host and port), `""` when the name has none (Go's `Domain`).
    #[doc(alias = "Domain")]
    #[must_use]
    pub fn domain(&self) -> &'a str {
        self.domain
    }

    /// The path: the name after the domain (Go's `Path`). Borrowed unless normalization added
    /// `library/`.
    #[doc(alias = "Path")]
    #[must_use]
    pub fn path(&self) -> Cow<'a, str> {
        match self.prefix {
            Prefix::DockerIoLibrary => {
                let mut s = String::with_capacity(OFFICIAL_REPO_PREFIX.len() + self.path.len());
                s.push_str(OFFICIAL_REPO_PREFIX);
                s.push_str(self.path);
                Cow::Owned(s)
            }
            Prefix::None | Prefix::DockerIo => Cow::Borrowed(self.path),
        }
    }

    /// The tag, if any (Go's `Tagged.Tag()`).
    #[doc(alias = "Tag")]
    #[must_use]
    pub fn tag(&self) -> Option<&'a str> {
        self.tag
    }

    /// The digest (`algorithm:hex`), if any (Go's `Digested.Digest()`).
    #[doc(alias = "Digest")]
    #[must_use]
    pub fn digest(&self) -> Option<&'a str> {
        self.digest
    }

    /// Whether the reference has neither tag nor digest (Go's `IsNameOnly`).
    #[doc(alias = "IsNameOnly")]
    #[must_use]
    pub fn is_name_only(&self) -> bool {
        self.tag.is_none() && self.digest.is_none()
    }

    /// Writes the name, without allocating.
    pub(super) fn write_name(&self, f: &mut impl fmt::Write) -> fmt::Result {
        match self.prefix {
            Prefix::None => {}
            Prefix::DockerIo => f.write_str("docker.io/")?,
            Prefix::DockerIoLibrary => f.write_str("docker.io/library/")?,
        }
        f.write_str(self.name)
    }

    /// The path's bytes, `library/` included, for comparing and hashing.
    fn path_bytes(&self) -> impl Iterator<Item = u8> + 'a {
        let library = if self.prefix == Prefix::DockerIoLibrary {
            OFFICIAL_REPO_PREFIX
        } else {
            ""
        };
        library.bytes().chain(self.path.bytes())
    }
}

/// Go's `String()`: the name, then `:tag` and `@digest` when present.
impl fmt::Display for Reference<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_name(f)?;
        if let Some(tag) = self.tag {
            f.write_str(":")?;
            f.write_str(tag)?;
        }
        if let Some(digest) = self.digest {
            f.write_str("@")?;
            f.write_str(digest)?;
        }
        Ok(())
    }
}

/// Equal when domain, path, tag and digest are, however each was spelled in its input.
impl PartialEq for Reference<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.domain == other.domain
            && self.tag == other.tag
            && self.digest == other.digest
            && self.path_bytes().eq(other.path_bytes())
    }
}

impl Eq for Reference<'_> {}

impl Hash for Reference<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.domain.hash(state);
        // Byte by byte, as hashers need not give the same hash for differently split writes.
        for b in self.path_bytes() {
            state.write_u8(b);
        }
        state.write_u8(0xff);
        self.tag.hash(state);
        self.digest.hash(state);
    }
}

/// `anchoredNameRegexp = ^(?:(domainAndPort)/)?(remoteName)$`: the domain and the path of a
/// name. Go's regular expressions prefer the optional domain group, so the first component is
/// the domain whenever it can be one.
fn split_name(name: &str) -> Option<(&str, &str)> {
    match name.split_once('/') {
        Some((first, rest)) if is_domain(first) && is_remote_name(rest) => Some((first, rest)),
        _ if is_remote_name(name) => Some(("", name)),
        _ => None,
    }
}

/// `Parse` of `prefix` + `s`, with Go's errors for strings that do not match.
pub(super) fn parse_with(prefix: Prefix, s: &str) -> Result<Reference<'_>, ReferenceError> {
    match parse_match(prefix, s) {
        Err(ReferenceError::InvalidFormat) => Err(mismatch_error(prefix, s)),
        other => other,
    }
}

/// Which error Go's `Parse` gives for a string that does not match `ReferenceRegexp`.
fn mismatch_error(prefix: Prefix, s: &str) -> ReferenceError {
    if prefix == Prefix::None && s.is_empty() {
        return ReferenceError::NameEmpty;
    }
    // `ReferenceRegexp.FindStringSubmatch(strings.ToLower(s)) != nil`: the whole grammar,
    // length and digest checks aside (`parse_match` only reports a mismatch as `InvalidFormat`).
    let lowered_matches = go_lower_ascii(s)
        .is_some_and(|l| parse_match(prefix, &l) != Err(ReferenceError::InvalidFormat));
    if lowered_matches {
        ReferenceError::NameContainsUppercase
    } else {
        ReferenceError::InvalidFormat
    }
}

/// Go's `Parse` of the string `prefix` + `s`, reporting any mismatch with `ReferenceRegexp` as
/// [`ReferenceError::InvalidFormat`].
///
/// `ReferenceRegexp = ^(namePat)(?::(tag))?(?:@(digestPat))?$` splits without ambiguity: the
/// name and the tag hold no `@`, so the first `@` starts the digest; the tag holds no `/` and
/// path components no `:`, so the first `:` after the last `/` starts the tag.
fn parse_match(prefix: Prefix, s: &str) -> Result<Reference<'_>, ReferenceError> {
    let (left, digest) = match s.split_once('@') {
        Some((left, digest)) => (left, Some(digest)),
        None => (s, None),
    };
    if digest.is_some_and(|d| !is_digest(d)) {
        return Err(ReferenceError::InvalidFormat);
    }
    let last = left.rsplit_once('/').map_or(left, |(_, last)| last);
    let (name, tag) = match last.split_once(':') {
        Some((last_name, tag)) => {
            let name_len = left.len() - last.len() + last_name.len();
            (left.get(..name_len), Some(tag))
        }
        None => (Some(left), None),
    };
    let name = name.ok_or(ReferenceError::InvalidFormat)?;
    if tag.is_some_and(|t| !is_tag(t)) {
        return Err(ReferenceError::InvalidFormat);
    }
    let (domain, path) = match prefix {
        Prefix::None => split_name(name).ok_or(ReferenceError::InvalidFormat)?,
        // `docker.io` is a domain and `library` a path component, so only the rest is in doubt.
        Prefix::DockerIo | Prefix::DockerIoLibrary if is_remote_name(name) => {
            (DEFAULT_DOMAIN, name)
        }
        Prefix::DockerIo | Prefix::DockerIoLibrary => return Err(ReferenceError::InvalidFormat),
    };
    let library_len = if prefix == Prefix::DockerIoLibrary {
        OFFICIAL_REPO_PREFIX.len()
    } else {
        0
    };
    if library_len + path.len() > NAME_TOTAL_LENGTH_MAX {
        return Err(ReferenceError::NameTooLong);
    }
    if let Some(d) = digest {
        validate_digest(d)?;
    }
    Ok(Reference {
        prefix,
        name,
        domain,
        path,
        tag,
        digest,
    })
}

/// go-digest v1.0.0's `Digest.Validate`
/// (<https://github.com/opencontainers/go-digest/blob/v1.0.0/digest.go>) of a string that
/// matches `digestPat`. The algorithms are the three go-digest registers, all linked into
/// Kubernetes' binaries.
fn validate_digest(d: &str) -> Result<(), ReferenceError> {
    let (algorithm, hex) = d
        .split_once(':')
        .ok_or(ReferenceError::ChecksumInvalidFormat)?;
    let size = match algorithm {
        "sha256" => 32,
        "sha384" => 48,
        "sha512" => 64,
        // Unavailable: `DigestRegexpAnchored` (lowercase algorithms) decides between the two.
        _ if algorithm.bytes().any(|b| b.is_ascii_uppercase()) => {
            return Err(ReferenceError::ChecksumInvalidFormat)
        }
        _ => return Err(ReferenceError::DigestUnsupported),
    };
    if hex.len() != size * 2 {
        return Err(ReferenceError::ChecksumInvalidLength);
    }
    if !hex
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(ReferenceError::ChecksumInvalidFormat);
    }
    Ok(())
}
