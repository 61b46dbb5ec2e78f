//! What a persistent volume claim charges against a ResourceQuota
//! ([`pkg/quota/v1/evaluator/core/persistent_volume_claims.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/quota/v1/evaluator/core/persistent_volume_claims.go)).

use alloc::format;
use alloc::vec::Vec;

use crate::api::core::selector_operator;
use crate::api::core::{PersistentVolumeClaim, ResourceList, ScopedResourceSelectorRequirement};
use crate::api::{Format, Quantity};

use super::scope::{scoped_selector_matches, ScopeError};

/// The suffix of per-storage-class quota names:
/// `gold.storageclass.storage.k8s.io/requests.storage`. Go's `storageClassSuffix`.
#[doc(alias = "storageClassSuffix")]
pub const STORAGE_CLASS_SUFFIX: &str = ".storageclass.storage.k8s.io/";

/// The resources the claim evaluator tracks by name, also per storage class.
const PVC_RESOURCES: [&str; 2] = ["persistentvolumeclaims", "requests.storage"];

/// The quota name of `resource` restricted to `storage_class` (`V1ResourceByStorageClass`).
#[must_use]
#[doc(alias = "V1ResourceByStorageClass")]
pub fn resource_by_storage_class(storage_class: &str, resource: &str) -> alloc::string::String {
    format!("{storage_class}{STORAGE_CLASS_SUFFIX}{resource}")
}

/// The usage of one claim: `persistentvolumeclaims` and `count/persistentvolumeclaims` are 1,
/// `requests.storage` is the requested size rounded up to whole bytes (or the larger size an
/// expansion was already allocated), and both are charged again under the claim's storage class
/// when it has one. Go's `pvcEvaluator.Usage`.
///
/// ```
/// use kube_primitives::api::core::PersistentVolumeClaim;
/// use kube_primitives::quota::pvc_usage;
///
/// let pvc: PersistentVolumeClaim = serde_json::from_str(r#"{"spec": {"storageClassName": "gold",
///     "resources": {"requests": {"storage": "10Gi"}}}}"#).unwrap();
/// assert_eq!(
///     pvc_usage(&pvc).to_string(),
///     "count/persistentvolumeclaims=1,gold.storageclass.storage.k8s.io/persistentvolumeclaims=1,\
///      gold.storageclass.storage.k8s.io/requests.storage=10Gi,persistentvolumeclaims=1,\
///      requests.storage=10Gi"
/// );
/// ```
#[must_use]
#[doc(alias = "Usage")]
pub fn pvc_usage(pvc: &PersistentVolumeClaim) -> ResourceList {
    let one = || Quantity::new(1, Format::DecimalSI);
    let mut out = ResourceList::new();
    out.insert("persistentvolumeclaims", one());
    out.insert("count/persistentvolumeclaims", one());
    let class = pvc.storage_class();
    if !class.is_empty() {
        out.insert(
            resource_by_storage_class(class, "persistentvolumeclaims"),
            one(),
        );
    }
    if let Some(storage) = storage_usage(pvc) {
        if !class.is_empty() {
            out.insert(
                resource_by_storage_class(class, "requests.storage"),
                storage.clone(),
            );
        }
        out.insert("requests.storage", storage);
    }
    out
}

/// `getStorageUsage`: the request rounded up to whole bytes (issue 94313), replaced by the
/// allocated size when that is larger. An allocation without a request charges nothing.
fn storage_usage(pvc: &PersistentVolumeClaim) -> Option<Quantity> {
    let round_up = |q: &Quantity| {
        let mut r = q.clone();
        if r.round_up(0) {
            q.clone()
        } else {
            r
        }
    };
    let requested = round_up(pvc.spec.resources.requests.get("storage")?);
    match pvc.status.allocated_resources.get("storage") {
        Some(allocated) if *allocated > requested => Some(round_up(allocated)),
        _ => Some(requested),
    }
}

/// The resources of `input` the claim evaluator tracks (`MatchingResources`), in input order:
/// the object count, the claim resources and their per-storage-class names.
#[must_use]
#[doc(alias = "MatchingResources")]
pub fn pvc_matching_resources<S: AsRef<str>>(input: &[S]) -> Vec<&str> {
    input
        .iter()
        .map(AsRef::as_ref)
        .filter(|n| {
            *n == "count/persistentvolumeclaims"
                || PVC_RESOURCES.contains(n)
                || PVC_RESOURCES.iter().any(|r| {
                    n.strip_suffix(r)
                        .is_some_and(|h| h.ends_with(STORAGE_CLASS_SUFFIX))
                })
        })
        .collect()
}

/// Whether the claim falls under a quota scope (`pvcMatchesScopeFunc`): only
/// `VolumeAttributesClass` applies, matched against each class the claim refers to (its spec,
/// its current class and a modification's target); `Exists` asks whether there is any.
///
/// # Errors
///
/// A selector with an unknown operator or values `NewRequirement` refuses.
#[doc(alias = "pvcMatchesScopeFunc")]
pub fn pvc_matches_scope(
    selector: &ScopedResourceSelectorRequirement,
    pvc: &PersistentVolumeClaim,
) -> Result<bool, ScopeError> {
    if selector.scope_name != "VolumeAttributesClass" {
        return Ok(false);
    }
    let classes: Vec<&str> = pvc.volume_attributes_classes().into_iter().collect();
    if selector.operator == selector_operator::EXISTS {
        return Ok(!classes.is_empty());
    }
    scoped_selector_matches(selector, "VolumeAttributesClass", &classes)
}
