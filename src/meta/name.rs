//! Which rule an object's name follows: Go's `ValidateNameFunc`s.

use alloc::vec::Vec;

use super::validate::{
    dns1035_label_bytes, dns1123_label_bytes, subdomain, LengthUnit, Violation, Violations,
};

/// How a resource's names are validated: Go's `ValidateNameFunc`.
///
/// `validate(name, prefix)` checks a name, or with `prefix` a `generateName`, to which the server
/// appends random characters: a trailing `-` is then allowed (upstream's `maskTrailingDash`
/// replaces the last *two* bytes of such a prefix, longer than one byte, with `a`).
///
/// ```
/// use kube_primitives::meta::NameValidator;
///
/// assert!(NameValidator::DnsSubdomain.validate("web-", true).is_valid());
/// assert!(!NameValidator::DnsSubdomain.validate("web-", false).is_valid());
/// assert!(NameValidator::PathSegment.validate("any name: really", false).is_valid());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NameValidator {
    /// `NameIsDNSSubdomain`: most resources (pods, deployments, config maps, …).
    DnsSubdomain,
    /// `NameIsDNSLabel`, also `ValidateNamespaceName`: namespaces and a few others.
    DnsLabel,
    /// `NameIsDNS1035Label`: services.
    Dns1035Label,
    /// `path.ValidatePathSegmentName`: not `.` or `..`, no `/` or `%` (RBAC roles, …).
    PathSegment,
}

/// (group, kind, rule) for built-in kinds whose upstream name rule is not `NameIsDNSSubdomain`.
static NON_SUBDOMAIN_NAMES: &[(&str, &str, NameValidator)] = &[
    ("", "Namespace", NameValidator::DnsLabel),
    ("", "Service", NameValidator::Dns1035Label),
    (
        "rbac.authorization.k8s.io",
        "ClusterRole",
        NameValidator::PathSegment,
    ),
    (
        "rbac.authorization.k8s.io",
        "ClusterRoleBinding",
        NameValidator::PathSegment,
    ),
    (
        "rbac.authorization.k8s.io",
        "Role",
        NameValidator::PathSegment,
    ),
    (
        "rbac.authorization.k8s.io",
        "RoleBinding",
        NameValidator::PathSegment,
    ),
];

/// Built-in kinds named as DNS subdomains (`NameIsDNSSubdomain` or an alias of it upstream).
static SUBDOMAIN_NAMES: &[(&str, &str)] = &[
    ("", "ConfigMap"),
    ("", "Endpoints"),
    ("", "LimitRange"),
    ("", "Node"),
    ("", "PersistentVolume"),
    ("", "PersistentVolumeClaim"),
    ("", "Pod"),
    ("", "PodTemplate"),
    ("", "ReplicationController"),
    ("", "ResourceQuota"),
    ("", "Secret"),
    ("", "ServiceAccount"),
    ("apps", "ControllerRevision"),
    ("apps", "DaemonSet"),
    ("apps", "Deployment"),
    ("apps", "ReplicaSet"),
    ("apps", "StatefulSet"),
    ("autoscaling", "HorizontalPodAutoscaler"),
    ("batch", "CronJob"),
    ("batch", "Job"),
    ("coordination.k8s.io", "Lease"),
    ("discovery.k8s.io", "EndpointSlice"),
    ("networking.k8s.io", "Ingress"),
    ("networking.k8s.io", "IngressClass"),
    ("networking.k8s.io", "NetworkPolicy"),
    ("scheduling.k8s.io", "PriorityClass"),
    ("storage.k8s.io", "StorageClass"),
];

impl NameValidator {
    /// Go's `ValidateNamespaceName`.
    pub const NAMESPACE: NameValidator = NameValidator::DnsLabel;

    /// The rule upstream applies to names of a built-in kind of `group` (empty for the core
    /// group), for the kinds this crate knows; `None` otherwise.
    ///
    /// ```
    /// use kube_primitives::meta::NameValidator;
    ///
    /// assert_eq!(NameValidator::for_builtin("", "Service"), Some(NameValidator::Dns1035Label));
    /// assert_eq!(NameValidator::for_builtin("apps", "Deployment"), Some(NameValidator::DnsSubdomain));
    /// assert_eq!(NameValidator::for_builtin("example.com", "Widget"), None);
    /// ```
    pub fn for_builtin(group: &str, kind: &str) -> Option<NameValidator> {
        if let Some(&(_, _, rule)) = NON_SUBDOMAIN_NAMES
            .iter()
            .find(|&&(g, k, _)| g == group && k == kind)
        {
            return Some(rule);
        }
        SUBDOMAIN_NAMES
            .contains(&(group, kind))
            .then_some(NameValidator::DnsSubdomain)
    }

    /// Checks `name`; with `prefix`, as a `generateName`.
    #[doc(alias = "NameIsDNSSubdomain")]
    #[doc(alias = "NameIsDNSLabel")]
    #[doc(alias = "NameIsDNS1035Label")]
    #[doc(alias = "ValidatePathSegmentName")]
    pub fn validate(self, name: &str, prefix: bool) -> Violations {
        if self == NameValidator::PathSegment {
            return path_segment(name, prefix);
        }
        let masked: Vec<u8>;
        let mut bytes = name.as_bytes();
        if prefix {
            if let Some(kept) = mask_trailing_dash(bytes) {
                masked = [kept, b"a"].concat();
                bytes = &masked;
            }
        }
        match self {
            NameValidator::DnsSubdomain => subdomain(bytes, LengthUnit::Characters),
            NameValidator::DnsLabel => dns1123_label_bytes(bytes),
            _ => dns1035_label_bytes(bytes),
        }
    }
}

/// Upstream's `maskTrailingDash`: the bytes kept before the `a` that replaces the last two, when
/// there is a trailing dash and more than one byte.
fn mask_trailing_dash(name: &[u8]) -> Option<&[u8]> {
    match name {
        [kept @ .., _, b'-'] => Some(kept),
        _ => None,
    }
}

/// `k8s.io/apimachinery/pkg/api/validation/path`: `ValidatePathSegmentName`.
fn path_segment(name: &str, prefix: bool) -> Violations {
    if !prefix {
        for reserved in [".", ".."] {
            if name == reserved {
                return Violations::one(Violation::PathSegmentReserved(reserved));
            }
        }
    }
    let mut errs = Violations::new();
    for forbidden in ["/", "%"] {
        if name.contains(forbidden) {
            errs.push(Violation::PathSegmentContains(forbidden));
        }
    }
    errs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask() {
        assert_eq!(mask_trailing_dash(b"-"), None);
        assert_eq!(mask_trailing_dash(b"a-"), Some(&b""[..]));
        assert_eq!(mask_trailing_dash(b"ab-"), Some(&b"a"[..]));
        assert_eq!(mask_trailing_dash(b"ab"), None);
        // "ab-" masks to "aa": a valid label.
        assert!(NameValidator::DnsLabel.validate("ab-", true).is_valid());
        // "-" is left alone and fails.
        assert!(!NameValidator::DnsLabel.validate("-", true).is_valid());
        // A cut multi-byte character still fails, as Go's invalid UTF-8 does.
        assert!(!NameValidator::DnsSubdomain.validate("é-", true).is_valid());
    }

    #[test]
    fn path_segments() {
        assert_eq!(
            NameValidator::PathSegment.validate("..", false)[..],
            [Violation::PathSegmentReserved("..")]
        );
        assert!(NameValidator::PathSegment.validate("..", true).is_valid());
        assert_eq!(
            NameValidator::PathSegment.validate("a/b%", false)[..],
            [
                Violation::PathSegmentContains("/"),
                Violation::PathSegmentContains("%")
            ]
        );
    }
}
