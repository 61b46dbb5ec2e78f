//! What a resource name is: the predicates of `pkg/apis/core/v1/helper/helpers.go` (Kubernetes
//! 1.36) that quota, defaulting and validation share.

/// The prefix of huge page resources (`hugepages-2Mi`): Go's `ResourceHugePagesPrefix`.
pub(crate) const HUGE_PAGES_PREFIX: &str = "hugepages-";

/// `IsNativeResource`: no domain, or a `kubernetes.io/` one.
pub(crate) fn is_native_resource(name: &str) -> bool {
    !name.contains('/') || name.contains("kubernetes.io/")
}

/// `IsHugePageResourceName`.
pub(crate) fn is_huge_page_resource_name(name: &str) -> bool {
    name.starts_with(HUGE_PAGES_PREFIX)
}

/// `IsOvercommitAllowed`: a native resource other than huge pages may be requested below its
/// limit.
pub(crate) fn is_overcommit_allowed(name: &str) -> bool {
    is_native_resource(name) && !is_huge_page_resource_name(name)
}

/// Go's `DefaultResourceRequestsPrefix`.
const REQUESTS_PREFIX: &str = "requests.";

/// `IsExtendedResourceName`: a domain-qualified name outside `kubernetes.io` that stays a
/// qualified name with `requests.` in front.
pub(crate) fn is_extended_resource_name(name: &str) -> bool {
    if is_native_resource(name) || name.starts_with(REQUESTS_PREFIX) {
        return false;
    }
    let mut quota_name = alloc::string::String::with_capacity(REQUESTS_PREFIX.len() + name.len());
    quota_name.push_str(REQUESTS_PREFIX);
    quota_name.push_str(name);
    crate::meta::validate::qualified_name(&quota_name).is_valid()
}

/// `IsStandardResourceName` (`pkg/apis/core/helper`): the resources quota and limits know, and
/// huge pages.
pub(crate) fn is_standard_resource_name(name: &str) -> bool {
    matches!(
        name,
        "cpu"
            | "memory"
            | "ephemeral-storage"
            | "requests.cpu"
            | "requests.memory"
            | "requests.ephemeral-storage"
            | "limits.cpu"
            | "limits.memory"
            | "limits.ephemeral-storage"
            | "pods"
            | "resourcequotas"
            | "services"
            | "replicationcontrollers"
            | "secrets"
            | "configmaps"
            | "persistentvolumeclaims"
            | "storage"
            | "requests.storage"
            | "services.nodeports"
            | "services.loadbalancers"
    ) || name.starts_with(HUGE_PAGES_PREFIX)
        || name.starts_with("requests.hugepages-")
}

/// `IsStandardContainerResourceName`: cpu, memory, ephemeral storage and huge pages.
pub(crate) fn is_standard_container_resource_name(name: &str) -> bool {
    matches!(name, "cpu" | "memory" | "ephemeral-storage") || is_huge_page_resource_name(name)
}

/// `IsIntegerResourceName`: object counts and extended resources take whole numbers only.
pub(crate) fn is_integer_resource_name(name: &str) -> bool {
    matches!(
        name,
        "pods"
            | "resourcequotas"
            | "services"
            | "replicationcontrollers"
            | "secrets"
            | "configmaps"
            | "persistentvolumeclaims"
            | "services.nodeports"
            | "services.loadbalancers"
    ) || is_extended_resource_name(name)
}
