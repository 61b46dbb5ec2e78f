//! Kinds quota only counts: the generic object-count evaluator
//! ([`apiserver/pkg/quota/v1/generic/evaluator.go`](https://github.com/kubernetes/apiserver/blob/v0.36.3/pkg/quota/v1/generic/evaluator.go)
//! `objectCountEvaluator`) and the legacy names of
//! [`pkg/quota/v1/evaluator/core/registry.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/quota/v1/evaluator/core/registry.go).

use alloc::string::String;
use alloc::vec::Vec;

use crate::api::core::{ObjectMeta, ResourceList};
use crate::api::{Format, GroupResource, Quantity};
use crate::clock::Instant;
use crate::quota::object_count_name;

use super::{Evaluated, Operation, QuotaAdmission};

/// An object of a kind quota only counts (`configmaps`, `secrets`, `deployments.apps`, custom
/// resources, …), for [`admit`](super::admit): each create is charged 1 of
/// `count/<resource>[.<group>]` and, for configmaps, secrets, replicationcontrollers and
/// resourcequotas, of the legacy name too. Updates and other operations are not charged, and a
/// quota with any scope never counts these kinds. Use [`Pod`](crate::api::core::Pod),
/// [`Service`](crate::api::core::Service) and
/// [`PersistentVolumeClaim`](crate::api::core::PersistentVolumeClaim) for those kinds: they have
/// their own evaluators. Go's `objectCountEvaluator`, as `NewObjectCountEvaluator` builds it.
///
/// ```
/// use kube_primitives::api::core::{ObjectMeta, ResourceQuota, Time};
/// use kube_primitives::api::GroupResource;
/// use kube_primitives::quota::{admit, CountedObject, QuotaAdmission};
///
/// let quota: ResourceQuota = serde_json::from_str(r#"{
///     "metadata": {"name": "objects", "namespace": "team-a"},
///     "status": {"hard": {"count/deployments.apps": "2"}, "used": {"count/deployments.apps": "2"}}
/// }"#).unwrap();
/// let deployments = GroupResource::parse("deployments.apps");
/// let meta: ObjectMeta = serde_json::from_str(r#"{"name": "web", "namespace": "team-a"}"#).unwrap();
/// let object = CountedObject::new(&deployments, &meta);
/// let err = admit(&[quota], &QuotaAdmission::create(&object, Time::from_unix_seconds(0)), &[])
///     .unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "deployments.apps \"web\" is forbidden: exceeded quota: objects, requested: \
///      count/deployments.apps=1, used: count/deployments.apps=2, limited: count/deployments.apps=2"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[doc(alias = "objectCountEvaluator")]
#[doc(alias = "NewObjectCountEvaluator")]
pub struct CountedObject<'a> {
    resource: &'a GroupResource,
    meta: &'a ObjectMeta,
}

impl<'a> CountedObject<'a> {
    /// An object of kind `resource` with metadata `meta`.
    #[must_use]
    pub fn new(resource: &'a GroupResource, meta: &'a ObjectMeta) -> CountedObject<'a> {
        CountedObject { resource, meta }
    }
}

/// The name core kinds were counted under before `count/…` (`legacyObjectCountAliases`).
fn legacy_alias(gr: &GroupResource) -> Option<&'static str> {
    if !gr.group.is_empty() {
        return None;
    }
    [
        "configmaps",
        "resourcequotas",
        "replicationcontrollers",
        "secrets",
    ]
    .into_iter()
    .find(|r| *r == gr.resource)
}

/// The names among `names` an object of kind `gr` is counted under.
pub(super) fn count_matching<'n>(gr: &GroupResource, names: &[&'n str]) -> Vec<&'n str> {
    let name: String = object_count_name(gr);
    let alias = legacy_alias(gr);
    names
        .iter()
        .copied()
        .filter(|n| *n == name || Some(*n) == alias)
        .collect()
}

impl Evaluated for CountedObject<'_> {
    fn resource(&self) -> &str {
        &self.resource.resource
    }

    fn api_group(&self) -> &str {
        &self.resource.group
    }

    fn meta(&self) -> &ObjectMeta {
        self.meta
    }

    /// Creates only.
    fn handles(request: &QuotaAdmission<'_, Self>) -> bool {
        request.operation == Operation::Create
    }

    /// 1 of each name the kind is counted under.
    fn usage(&self, _now: Instant) -> ResourceList {
        let one = || Quantity::new(1, Format::DecimalSI);
        let mut usage = ResourceList::new();
        usage.insert(object_count_name(self.resource), one());
        if let Some(alias) = legacy_alias(self.resource) {
            usage.insert(alias, one());
        }
        usage
    }

    fn matching_resources<'n>(&self, names: &'n [&str]) -> Vec<&'n str> {
        count_matching(self.resource, names)
    }
}
