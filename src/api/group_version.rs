//! Group, version and kind, as `k8s.io/apimachinery/pkg/runtime/schema/group_version.go`.

use alloc::string::String;
use core::fmt;
use core::str::FromStr;

/// An API group and version, such as `apps/v1` or (for the legacy core group) `v1`.
///
/// ```
/// use kube_primitives::api::GroupVersion;
///
/// let gv: GroupVersion = "apps/v1".parse().unwrap();
/// assert_eq!((gv.group.as_str(), gv.version.as_str()), ("apps", "v1"));
/// assert_eq!("v1".parse::<GroupVersion>().unwrap().to_string(), "v1");
/// assert!("a/b/c".parse::<GroupVersion>().is_err());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupVersion {
    /// The group; empty for the legacy core group.
    pub group: String,
    /// The version.
    pub version: String,
}

/// The error of [`GroupVersion::parse`]: more than one `/`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unexpected GroupVersion string: {0}")]
pub struct ParseGroupVersionError(pub String);

impl GroupVersion {
    /// Go's `ParseGroupVersion`. `""` and `"/"` give the empty group version; the parts are not
    /// validated (`" apps/v1"` has the group `" apps"`).
    #[doc(alias = "ParseGroupVersion")]
    pub fn parse(s: &str) -> Result<GroupVersion, ParseGroupVersionError> {
        if s.is_empty() || s == "/" {
            return Ok(GroupVersion::default());
        }
        let mut parts = s.splitn(3, '/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(version), None, _) => Ok(GroupVersion {
                group: String::new(),
                version: String::from(version),
            }),
            (Some(group), Some(version), None) => Ok(GroupVersion {
                group: String::from(group),
                version: String::from(version),
            }),
            _ => Err(ParseGroupVersionError(String::from(s))),
        }
    }

    /// Go's `GroupVersion.Empty()`.
    pub fn is_empty(&self) -> bool {
        self.group.is_empty() && self.version.is_empty()
    }
}

impl FromStr for GroupVersion {
    type Err = ParseGroupVersionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        GroupVersion::parse(s)
    }
}

impl fmt::Display for GroupVersion {
    /// Go's `GroupVersion.String()`: `group/version`, or `version` for the core group.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.group.is_empty() {
            f.write_str(&self.version)
        } else {
            write!(f, "{}/{}", self.group, self.version)
        }
    }
}

/// A group, version and kind, such as `apps/v1, Kind=Deployment`.
///
/// ```
/// use kube_primitives::api::GroupVersionKind;
///
/// let gvk = GroupVersionKind::from_api_version_and_kind("apps/v1", "Deployment");
/// assert_eq!(gvk.to_string(), "apps/v1, Kind=Deployment");
/// // An unparsable apiVersion keeps only the kind, as upstream does.
/// assert_eq!(GroupVersionKind::from_api_version_and_kind("a/b/c", "X").to_string(), "/, Kind=X");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupVersionKind {
    /// The group; empty for the legacy core group.
    pub group: String,
    /// The version.
    pub version: String,
    /// The kind.
    pub kind: String,
}

impl GroupVersionKind {
    /// Go's `schema.FromAPIVersionAndKind`.
    #[doc(alias = "FromAPIVersionAndKind")]
    pub fn from_api_version_and_kind(api_version: &str, kind: &str) -> GroupVersionKind {
        let gv = GroupVersion::parse(api_version).unwrap_or_default();
        GroupVersionKind {
            group: gv.group,
            version: gv.version,
            kind: String::from(kind),
        }
    }
}

impl fmt::Display for GroupVersionKind {
    /// Go's `GroupVersionKind.String()`: `group/version, Kind=kind`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}, Kind={}", self.group, self.version, self.kind)
    }
}
