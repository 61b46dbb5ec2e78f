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
