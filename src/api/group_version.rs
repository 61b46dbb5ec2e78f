//! Groups, versions, kinds and resources, as
//! [`k8s.io/apimachinery/pkg/runtime/schema/group_version.go`](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/runtime/schema/group_version.go).
//!
//! None of these types validates its parts: upstream accepts any strings (`" apps/v1"` has the
//! group `" apps"`), and so does this crate.

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
/// assert_eq!(
///     "a/b/c".parse::<GroupVersion>().unwrap_err().to_string(),
///     "unexpected GroupVersion string: a/b/c"
/// );
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
    /// A group version from its parts.
    pub fn new(group: &str, version: &str) -> GroupVersion {
        GroupVersion {
            group: String::from(group),
            version: String::from(version),
        }
    }

    /// Go's `ParseGroupVersion`. `""` and `"/"` give the empty group version.
    ///
    /// # Errors
    ///
    /// [`ParseGroupVersionError`] when there is more than one `/`.
    #[doc(alias = "ParseGroupVersion")]
    pub fn parse(s: &str) -> Result<GroupVersion, ParseGroupVersionError> {
        if s.is_empty() || s == "/" {
            return Ok(GroupVersion::default());
        }
        match s.split_once('/') {
            None => Ok(GroupVersion::new("", s)),
            Some((group, version)) if !version.contains('/') => {
                Ok(GroupVersion::new(group, version))
            }
            Some(_) => Err(ParseGroupVersionError(String::from(s))),
        }
    }

    /// Go's `GroupVersion.Empty()`.
    pub fn is_empty(&self) -> bool {
        self.group.is_empty() && self.version.is_empty()
    }

    /// This group version with a kind: Go's `WithKind`.
    pub fn with_kind(&self, kind: &str) -> GroupVersionKind {
        GroupVersionKind {
            group: self.group.clone(),
            version: self.version.clone(),
            kind: String::from(kind),
        }
    }

    /// This group version with a resource: Go's `WithResource`.
    pub fn with_resource(&self, resource: &str) -> GroupVersionResource {
        GroupVersionResource {
            group: self.group.clone(),
            version: self.version.clone(),
            resource: String::from(resource),
        }
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
/// assert_eq!(gvk.to_api_version_and_kind(), ("apps/v1".to_string(), "Deployment".to_string()));
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
        GroupVersion::parse(api_version)
            .unwrap_or_default()
            .with_kind(kind)
    }

    /// Go's `ToAPIVersionAndKind`: `("", "")` for the empty value.
    #[doc(alias = "ToAPIVersionAndKind")]
    pub fn to_api_version_and_kind(&self) -> (String, String) {
        if self.is_empty() {
            return (String::new(), String::new());
        }
        (
            alloc::string::ToString::to_string(&self.group_version()),
            self.kind.clone(),
        )
    }

    /// Go's `Empty()`.
    pub fn is_empty(&self) -> bool {
        self.group.is_empty() && self.version.is_empty() && self.kind.is_empty()
    }

    /// The group and version.
    pub fn group_version(&self) -> GroupVersion {
        GroupVersion::new(&self.group, &self.version)
    }

    /// The group and kind.
    pub fn group_kind(&self) -> GroupKind {
        GroupKind {
            group: self.group.clone(),
            kind: self.kind.clone(),
        }
    }
}

impl fmt::Display for GroupVersionKind {
    /// Go's `GroupVersionKind.String()`: `group/version, Kind=kind`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}, Kind={}", self.group, self.version, self.kind)
    }
}

/// A group, version and resource, such as `apps/v1, Resource=deployments`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupVersionResource {
    /// The group; empty for the legacy core group.
    pub group: String,
    /// The version.
    pub version: String,
    /// The resource (plural, lower case by convention).
    pub resource: String,
}

impl GroupVersionResource {
    /// A group version resource from its parts.
    pub fn new(group: &str, version: &str, resource: &str) -> GroupVersionResource {
        GroupVersion::new(group, version).with_resource(resource)
    }

    /// Go's `Empty()`.
    pub fn is_empty(&self) -> bool {
        self.group.is_empty() && self.version.is_empty() && self.resource.is_empty()
    }

    /// The group and version.
    pub fn group_version(&self) -> GroupVersion {
        GroupVersion::new(&self.group, &self.version)
    }

    /// The group and resource.
    pub fn group_resource(&self) -> GroupResource {
        GroupResource {
            group: self.group.clone(),
            resource: self.resource.clone(),
        }
    }
}

impl fmt::Display for GroupVersionResource {
    /// Go's `String()`: `group/version, Resource=resource`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{}, Resource={}",
            self.group, self.version, self.resource
        )
    }
}

/// A group and kind, such as `Deployment.apps`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupKind {
    /// The group; empty for the legacy core group.
    pub group: String,
    /// The kind.
    pub kind: String,
}

impl GroupKind {
    /// Go's `ParseGroupKind`: `Kind.group`, cut at the first `.`.
    ///
    /// ```
    /// use kube_primitives::api::GroupKind;
    ///
    /// let gk = GroupKind::parse("Deployment.apps");
    /// assert_eq!((gk.kind.as_str(), gk.group.as_str()), ("Deployment", "apps"));
    /// assert_eq!(GroupKind::parse("Pod").to_string(), "Pod");
    /// ```
    #[doc(alias = "ParseGroupKind")]
    pub fn parse(s: &str) -> GroupKind {
        let (kind, group) = s.split_once('.').unwrap_or((s, ""));
        GroupKind {
            group: String::from(group),
            kind: String::from(kind),
        }
    }

    /// Go's `Empty()`.
    pub fn is_empty(&self) -> bool {
        self.group.is_empty() && self.kind.is_empty()
    }

    /// Go's `ParseKindArg`: `Kind.version.group` read both ways. With at least two dots, the
    /// first reading is `Some` (`Kind` ⋅ `version` ⋅ rest as group); the second is always
    /// `Kind` ⋅ rest as group.
    ///
    /// ```
    /// use kube_primitives::api::GroupKind;
    ///
    /// let (gvk, gk) = GroupKind::parse_kind_arg("Deployment.v1.apps");
    /// assert_eq!(gvk.unwrap().to_string(), "apps/v1, Kind=Deployment");
    /// assert_eq!(gk.to_string(), "Deployment.v1.apps");
    /// ```
    #[doc(alias = "ParseKindArg")]
    pub fn parse_kind_arg(s: &str) -> (Option<GroupVersionKind>, GroupKind) {
        let gvk = three_parts(s)
            .map(|(kind, version, group)| GroupVersion::new(group, version).with_kind(kind));
        (gvk, GroupKind::parse(s))
    }
}

impl fmt::Display for GroupKind {
    /// Go's `String()`: `kind.group`, or `kind` for the core group.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.group.is_empty() {
            f.write_str(&self.kind)
        } else {
            write!(f, "{}.{}", self.kind, self.group)
        }
    }
}

/// A group and resource, such as `deployments.apps`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupResource {
    /// The group; empty for the legacy core group.
    pub group: String,
    /// The resource.
    pub resource: String,
}

impl GroupResource {
    /// Go's `ParseGroupResource`: `resource.group`, cut at the first `.`.
    #[doc(alias = "ParseGroupResource")]
    pub fn parse(s: &str) -> GroupResource {
        let (resource, group) = s.split_once('.').unwrap_or((s, ""));
        GroupResource {
            group: String::from(group),
            resource: String::from(resource),
        }
    }

    /// Go's `Empty()`.
    pub fn is_empty(&self) -> bool {
        self.group.is_empty() && self.resource.is_empty()
    }

    /// Go's `ParseResourceArg`: `resource.version.group` read both ways, as
    /// [`GroupKind::parse_kind_arg`] does for kinds.
    #[doc(alias = "ParseResourceArg")]
    pub fn parse_resource_arg(s: &str) -> (Option<GroupVersionResource>, GroupResource) {
        let gvr = three_parts(s)
            .map(|(resource, version, group)| GroupVersionResource::new(group, version, resource));
        (gvr, GroupResource::parse(s))
    }
}

impl fmt::Display for GroupResource {
    /// Go's `String()`: `resource.group`, or `resource` for the core group.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.group.is_empty() {
            f.write_str(&self.resource)
        } else {
            write!(f, "{}.{}", self.resource, self.group)
        }
    }
}

/// `strings.SplitN(s, ".", 3)` when `s` has at least two dots.
fn three_parts(s: &str) -> Option<(&str, &str, &str)> {
    let (first, rest) = s.split_once('.')?;
    let (second, third) = rest.split_once('.')?;
    Some((first, second, third))
}
