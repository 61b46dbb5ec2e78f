//! Which built-in kinds are namespaced and which are cluster-scoped.

/// Whether objects of a kind live in a namespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ResourceScope {
    /// Objects live in a namespace (`Pod`, `Deployment`, `Service`, …).
    Namespaced,
    /// Objects belong to the whole cluster (`Node`, `Namespace`, `ClusterRole`, …).
    Cluster,
}

use ResourceScope::{Cluster, Namespaced};

/// (group, kind, scope) of the kinds a Kubernetes 1.36 API server serves itself.
static BUILTIN: &[(&str, &str, ResourceScope)] = &[
    ("", "Binding", Namespaced),
    ("", "ComponentStatus", Cluster),
    ("", "ConfigMap", Namespaced),
    ("", "Endpoints", Namespaced),
    ("", "Event", Namespaced),
    ("", "LimitRange", Namespaced),
    ("", "Namespace", Cluster),
    ("", "Node", Cluster),
    ("", "PersistentVolume", Cluster),
    ("", "PersistentVolumeClaim", Namespaced),
    ("", "Pod", Namespaced),
    ("", "PodTemplate", Namespaced),
    ("", "ReplicationController", Namespaced),
    ("", "ResourceQuota", Namespaced),
    ("", "Secret", Namespaced),
    ("", "Service", Namespaced),
    ("", "ServiceAccount", Namespaced),
    (
        "admissionregistration.k8s.io",
        "MutatingAdmissionPolicy",
        Cluster,
    ),
    (
        "admissionregistration.k8s.io",
        "MutatingAdmissionPolicyBinding",
        Cluster,
    ),
    (
        "admissionregistration.k8s.io",
        "MutatingWebhookConfiguration",
        Cluster,
    ),
    (
        "admissionregistration.k8s.io",
        "ValidatingAdmissionPolicy",
        Cluster,
    ),
    (
        "admissionregistration.k8s.io",
        "ValidatingAdmissionPolicyBinding",
        Cluster,
    ),
    (
        "admissionregistration.k8s.io",
        "ValidatingWebhookConfiguration",
        Cluster,
    ),
    ("apiextensions.k8s.io", "CustomResourceDefinition", Cluster),
    ("apiregistration.k8s.io", "APIService", Cluster),
    ("apps", "ControllerRevision", Namespaced),
    ("apps", "DaemonSet", Namespaced),
    ("apps", "Deployment", Namespaced),
    ("apps", "ReplicaSet", Namespaced),
    ("apps", "StatefulSet", Namespaced),
    ("authentication.k8s.io", "SelfSubjectReview", Cluster),
    ("authentication.k8s.io", "TokenReview", Cluster),
    (
        "authorization.k8s.io",
        "LocalSubjectAccessReview",
        Namespaced,
    ),
    ("authorization.k8s.io", "SelfSubjectAccessReview", Cluster),
    ("authorization.k8s.io", "SelfSubjectRulesReview", Cluster),
    ("authorization.k8s.io", "SubjectAccessReview", Cluster),
    ("autoscaling", "HorizontalPodAutoscaler", Namespaced),
    ("batch", "CronJob", Namespaced),
    ("batch", "Job", Namespaced),
    ("certificates.k8s.io", "CertificateSigningRequest", Cluster),
    ("certificates.k8s.io", "ClusterTrustBundle", Cluster),
    ("coordination.k8s.io", "Lease", Namespaced),
    ("discovery.k8s.io", "EndpointSlice", Namespaced),
    ("events.k8s.io", "Event", Namespaced),
    ("flowcontrol.apiserver.k8s.io", "FlowSchema", Cluster),
    (
        "flowcontrol.apiserver.k8s.io",
        "PriorityLevelConfiguration",
        Cluster,
    ),
    ("networking.k8s.io", "IPAddress", Cluster),
    ("networking.k8s.io", "Ingress", Namespaced),
    ("networking.k8s.io", "IngressClass", Cluster),
    ("networking.k8s.io", "NetworkPolicy", Namespaced),
    ("networking.k8s.io", "ServiceCIDR", Cluster),
    ("node.k8s.io", "RuntimeClass", Cluster),
    ("policy", "PodDisruptionBudget", Namespaced),
    ("rbac.authorization.k8s.io", "ClusterRole", Cluster),
    ("rbac.authorization.k8s.io", "ClusterRoleBinding", Cluster),
    ("rbac.authorization.k8s.io", "Role", Namespaced),
    ("rbac.authorization.k8s.io", "RoleBinding", Namespaced),
    ("resource.k8s.io", "DeviceClass", Cluster),
    ("resource.k8s.io", "ResourceClaim", Namespaced),
    ("resource.k8s.io", "ResourceClaimTemplate", Namespaced),
    ("resource.k8s.io", "ResourceSlice", Cluster),
    ("scheduling.k8s.io", "PriorityClass", Cluster),
    ("storage.k8s.io", "CSIDriver", Cluster),
    ("storage.k8s.io", "CSINode", Cluster),
    ("storage.k8s.io", "CSIStorageCapacity", Namespaced),
    ("storage.k8s.io", "StorageClass", Cluster),
    ("storage.k8s.io", "VolumeAttachment", Cluster),
    ("storage.k8s.io", "VolumeAttributesClass", Cluster),
];

impl ResourceScope {
    /// The scope of a built-in kind of `group` (empty for the core group), or `None` for kinds
    /// the API server does not serve itself (custom resources: ask their CRD).
    ///
    /// ```
    /// use kube_primitives::api::ResourceScope;
    ///
    /// assert_eq!(ResourceScope::of_builtin("apps", "Deployment"), Some(ResourceScope::Namespaced));
    /// assert_eq!(ResourceScope::of_builtin("", "Node"), Some(ResourceScope::Cluster));
    /// assert_eq!(ResourceScope::of_builtin("example.com", "Widget"), None);
    /// ```
    pub fn of_builtin(group: &str, kind: &str) -> Option<ResourceScope> {
        BUILTIN
            .binary_search_by(|&(g, k, _)| (g, k).cmp(&(group, kind)))
            .ok()
            .and_then(|i| BUILTIN.get(i))
            .map(|&(_, _, scope)| scope)
    }

    /// Whether objects of this scope need a namespace.
    pub fn is_namespaced(self) -> bool {
        self == Namespaced
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(BUILTIN
            .windows(2)
            .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
        for &(g, k, scope) in BUILTIN {
            assert_eq!(ResourceScope::of_builtin(g, k), Some(scope));
        }
    }
}
