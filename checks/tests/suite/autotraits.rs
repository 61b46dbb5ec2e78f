//! Public types are `Send + Sync + Unpin` (semver's `test_autotrait.rs`): a library of plain
//! values must be shareable across threads by the operators and webhooks that embed it.

fn assert_traits<T: Send + Sync + Unpin>() {}

#[test]
fn value_types() {
    use kube_primitives::api::{
        Format, GroupVersion, GroupVersionKind, GroupVersionResource, IntOrString, Quantity,
        QuantityError,
    };
    assert_traits::<Quantity>();
    assert_traits::<QuantityError>();
    assert_traits::<Format>();
    assert_traits::<IntOrString>();
    assert_traits::<GroupVersion>();
    assert_traits::<GroupVersionKind>();
    assert_traits::<GroupVersionResource>();
}

#[test]
fn wire_types() {
    use kube_primitives::api::apps::ReplicaSet;
    use kube_primitives::api::core::{
        Endpoints, LabelSelector, LimitRangeSpec, Node, ObjectMeta, PersistentVolumeClaim, Pod,
        Probe, ResourceList, ResourceQuota, Service, Taint, Time, Toleration,
    };
    assert_traits::<ObjectMeta>();
    assert_traits::<Pod>();
    assert_traits::<Node>();
    assert_traits::<Service>();
    assert_traits::<Endpoints>();
    assert_traits::<PersistentVolumeClaim>();
    assert_traits::<ResourceQuota>();
    assert_traits::<ResourceList>();
    assert_traits::<LimitRangeSpec>();
    assert_traits::<LabelSelector>();
    assert_traits::<Probe>();
    assert_traits::<Taint>();
    assert_traits::<Toleration>();
    assert_traits::<Time>();
    assert_traits::<ReplicaSet>();
    assert_traits::<kube_primitives::api::coordination::Lease>();
    assert_traits::<kube_primitives::api::core::MicroTime>();
}

#[test]
fn logic_types() {
    use kube_primitives::clock::Instant;
    use kube_primitives::labels::{LabelKey, LabelSet, LabelValue};
    use kube_primitives::meta::field::{Error, ErrorList, Path};
    use kube_primitives::node::{EvictionLimiter, TokenBucket};
    use kube_primitives::probe::{Backoff, ProbeWorker};
    use kube_primitives::quota::{LimitedResource, QuotaError, Rejection};
    use kube_primitives::selector::{ParseError, Selector};
    use kube_primitives::service::{DnsRecord, HostnameError, IpAllocator, PortAllocator};
    use kube_primitives::workload::ReconcileDecision;
    assert_traits::<Instant>();
    assert_traits::<LabelKey>();
    assert_traits::<LabelValue>();
    assert_traits::<LabelSet>();
    assert_traits::<Path>();
    assert_traits::<Error>();
    assert_traits::<ErrorList>();
    assert_traits::<Selector>();
    assert_traits::<ParseError>();
    assert_traits::<Backoff>();
    assert_traits::<ProbeWorker>();
    assert_traits::<TokenBucket>();
    assert_traits::<EvictionLimiter>();
    assert_traits::<QuotaError>();
    assert_traits::<Rejection>();
    assert_traits::<LimitedResource>();
    assert_traits::<DnsRecord>();
    assert_traits::<HostnameError>();
    assert_traits::<IpAllocator>();
    assert_traits::<PortAllocator>();
    assert_traits::<ReconcileDecision<'static>>();
}

#[test]
fn controller_types() {
    use kube_primitives::node::{
        DisruptionChange, DisruptionTracker, NodeHealth, NodeHealthUpdate,
    };
    use kube_primitives::quota::{
        CountedObject, LimitViolation, MissingResources, ScopeMatchError,
    };
    use kube_primitives::workload::{OldReplicaSetScaling, ScaleDownError};
    assert_traits::<NodeHealth>();
    assert_traits::<NodeHealthUpdate>();
    assert_traits::<DisruptionTracker>();
    assert_traits::<DisruptionChange>();
    assert_traits::<CountedObject<'static>>();
    assert_traits::<LimitViolation>();
    assert_traits::<MissingResources>();
    assert_traits::<ScopeMatchError>();
    assert_traits::<OldReplicaSetScaling<'static>>();
    assert_traits::<ScaleDownError>();
}

#[test]
fn whole_object_types() {
    use kube_primitives::api::apps::{DaemonSet, Deployment, StatefulSet};
    use kube_primitives::api::batch::{CronJob, Job};
    use kube_primitives::api::core::{LimitRange, PodTemplateSpec};
    use kube_primitives::api::image::{ImageName, Reference, ReferenceError};
    use kube_primitives::api::policy::PodDisruptionBudget;
    use kube_primitives::meta::decode::DecodeError;
    use kube_primitives::validation::pod::PodValidationOptions;
    assert_traits::<Deployment>();
    assert_traits::<StatefulSet>();
    assert_traits::<DaemonSet>();
    assert_traits::<Job>();
    assert_traits::<CronJob>();
    assert_traits::<PodDisruptionBudget>();
    assert_traits::<LimitRange>();
    assert_traits::<PodTemplateSpec>();
    assert_traits::<Reference<'static>>();
    assert_traits::<ImageName<'static>>();
    assert_traits::<ReferenceError>();
    assert_traits::<DecodeError<ReferenceError>>();
    assert_traits::<PodValidationOptions>();
}
