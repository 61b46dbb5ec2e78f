//! The API server's whole create and update path for a pod, as the workload kinds have theirs
//! ([`validation::workload::validate_create`](crate::validation::workload::validate_create)):
//! decode-time defaulting, the request's namespace, the generic create or update steps and the
//! pod strategy's preparation, then validation
//! ([`k8s.io/apiserver/pkg/registry/rest`](https://github.com/kubernetes/apiserver/blob/v0.36.3/pkg/registry/rest/create.go),
//! [strategy.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/registry/core/pod/strategy.go)).

use alloc::borrow::ToOwned;
use alloc::string::String;

use super::{
    prepare_pod_for_create, prepare_pod_for_update, validate_pod_create, validate_pod_update,
    PodValidationOptions,
};
use crate::api::core::Pod;
use crate::meta::field::ErrorList;
use crate::validation::defaults::default_pod;

/// Defaulted, and in `namespace` (the request's, the URL's on a real server) when it names none.
fn default_in(pod: &mut Pod, namespace: Option<&str>) {
    default_pod(pod);
    if let Some(ns) = namespace {
        if pod.metadata.namespace.is_empty() {
            ns.clone_into(&mut pod.metadata.namespace);
        }
    }
}

/// A pod create as the API server runs it: [`default_pod`], the request's `namespace` for a
/// pod without one, [`prepare_pod_for_create`] (a name from `generateName` with
/// `generate_name_suffix`), then [`validate_pod_create`]. `pod` is left as the server would
/// store it.
///
/// ```
/// use kube_primitives::api::core::Pod;
/// use kube_primitives::validation::pod::{validate_pod_create_request, PodValidationOptions};
///
/// let mut pod: Pod = serde_json::from_str(r#"{"metadata": {"generateName": "web-"},
///     "spec": {"containers": [{"name": "app", "image": "nginx",
///         "resources": {"limits": {"cpu": "1"}}}]}}"#).unwrap();
/// let errs = validate_pod_create_request(&mut pod, Some("shop"), "x7k2p", &PodValidationOptions::default());
/// assert!(errs.is_empty());
/// assert_eq!(pod.metadata.name, "web-x7k2p");
/// let requests = &pod.spec.containers[0].resources.requests;
/// assert_eq!(requests.get("cpu").map(ToString::to_string).as_deref(), Some("1")); // from the limit
/// ```
#[doc(alias = "BeforeCreate")]
pub fn validate_pod_create_request(
    pod: &mut Pod,
    namespace: Option<&str>,
    generate_name_suffix: &str,
    opts: &PodValidationOptions,
) -> ErrorList {
    default_in(pod, namespace);
    prepare_pod_for_create(pod, generate_name_suffix);
    validate_pod_create(pod, opts)
}

/// A pod update as the API server runs it: both pods defaulted and in the request's
/// `namespace` when they name none, resource versions (`"1"` for an old pod without one, the
/// old's for a new pod without one: an unconditional update), [`prepare_pod_for_update`], then
/// [`validate_pod_update`].
#[doc(alias = "BeforeUpdate")]
pub fn validate_pod_update_request(
    pod: &mut Pod,
    old: &mut Pod,
    namespace: Option<&str>,
    opts: &PodValidationOptions,
) -> ErrorList {
    default_in(pod, namespace);
    default_in(old, namespace);
    if old.metadata.resource_version.is_empty() {
        old.metadata.resource_version = String::from("1");
    }
    if pod.metadata.resource_version.is_empty() {
        pod.metadata
            .resource_version
            .clone_from(&old.metadata.resource_version);
    }
    prepare_pod_for_update(pod, old);
    validate_pod_update(pod, old, opts)
}
