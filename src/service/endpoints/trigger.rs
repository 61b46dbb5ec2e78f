//! The controller's memory behind `endpoints.kubernetes.io/last-change-trigger-time`
//! (`TriggerTimeTracker` in
//! [`k8s.io/endpointslice/util/trigger_time_tracker.go`](https://github.com/kubernetes/endpointslice/blob/v0.36.3/util/trigger_time_tracker.go),
//! v0.36.3, which the endpoints controller of
//! [`pkg/controller/endpoint`](https://github.com/kubernetes/kubernetes/tree/v1.36.0/pkg/controller/endpoint)
//! at 1.36 uses).

use alloc::collections::BTreeMap;
use alloc::string::String;

use crate::api::core::pod_condition_type;
use crate::api::core::{Pod, Service, Time};

use super::listed;

/// What the tracker saw of one service at its last sync: Go's `ServiceState`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct ServiceState {
    service_trigger: Option<Time>,
    pod_triggers: BTreeMap<String, Time>,
}

/// The endpoints controller's record of the trigger times it has seen, to compute the
/// [`LAST_CHANGE_TRIGGER_TIME_ANNOTATION`](super::LAST_CHANGE_TRIGGER_TIME_ANNOTATION) of each
/// sync: Go's `TriggerTimeTracker`.
///
/// A pod's trigger time is the `lastTransitionTime` of its `Ready` condition, a service's its
/// creation time. On the first sync of a service the annotation is the service's creation
/// time; afterwards it is the earliest trigger time that moved since the previous sync, and
/// none when nothing moved (the controller then removes the annotation). Like upstream, a pod
/// or service that changes twice between two syncs is seen once.
///
/// ```
/// use kube_primitives::api::core::{Pod, Service};
/// use kube_primitives::service::EndpointsTriggerTracker;
///
/// let svc: Service = serde_json::from_str(r#"{"metadata": {"name": "web", "namespace": "shop",
///     "creationTimestamp": "2026-01-01T00:00:00Z"}, "spec": {"selector": {"app": "web"}}}"#).unwrap();
/// let pod = |ready_at: &str| -> Pod { serde_json::from_str(&format!(r#"{{
///     "metadata": {{"name": "web-1", "namespace": "shop", "labels": {{"app": "web"}}}},
///     "status": {{"conditions": [{{"type": "Ready", "status": "True",
///                                 "lastTransitionTime": "{ready_at}"}}]}}}}"#)).unwrap() };
///
/// let mut tracker = EndpointsTriggerTracker::new();
/// let first = tracker.trigger_time(&svc, &[pod("2026-01-01T00:01:00Z")]);
/// assert_eq!(first.unwrap().to_string(), "2026-01-01T00:00:00Z"); // a new service
/// assert_eq!(tracker.trigger_time(&svc, &[pod("2026-01-01T00:01:00Z")]), None); // nothing moved
/// let moved = tracker.trigger_time(&svc, &[pod("2026-01-01T00:05:00Z")]);
/// assert_eq!(moved.unwrap().to_string(), "2026-01-01T00:05:00Z");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[doc(alias = "TriggerTimeTracker")]
pub struct EndpointsTriggerTracker {
    services: BTreeMap<(String, String), ServiceState>,
}

/// Go's zero `time.Time` stands for "no time".
fn nonzero(t: Option<Time>) -> Option<Time> {
    t.filter(|t| !t.is_zero())
}

/// `getPodTriggerTime`: when the pod's `Ready` condition last changed.
fn pod_trigger(pod: &Pod) -> Option<Time> {
    let ready = pod
        .status
        .conditions
        .iter()
        .find(|c| c.type_ == pod_condition_type::READY)?;
    nonzero(ready.last_transition_time)
}

impl EndpointsTriggerTracker {
    /// A tracker that has seen nothing. Go's `NewTriggerTimeTracker`.
    #[must_use]
    #[doc(alias = "NewTriggerTimeTracker")]
    pub fn new() -> EndpointsTriggerTracker {
        EndpointsTriggerTracker::default()
    }

    /// Records this sync of `service` with the `pods` the controller lists (any pods may be
    /// given: only those in the service's namespace that its selector picks count) and returns
    /// the annotation's time, or `None` when it is to be left out: Go's
    /// `ComputeEndpointLastChangeTriggerTime`. A service without a selector is not synced by the
    /// controller and changes nothing here.
    #[doc(alias = "ComputeEndpointLastChangeTriggerTime")]
    pub fn trigger_time(&mut self, service: &Service, pods: &[Pod]) -> Option<Time> {
        service.spec.selector.as_ref()?;
        let key = (
            service.metadata.namespace.clone(),
            service.metadata.name.clone(),
        );
        let known = self.services.get(&key);
        let mut earliest: Option<Time> = None;
        let mut pod_triggers = BTreeMap::new();
        for pod in listed(service, pods) {
            let Some(at) = pod_trigger(pod) else {
                continue;
            };
            pod_triggers.insert(pod.metadata.name.clone(), at);
            let before = known.and_then(|s| s.pod_triggers.get(&pod.metadata.name));
            if before.map_or(true, |b| at > *b) {
                earliest = Some(earliest.map_or(at, |e| e.min(at)));
            }
        }
        let service_trigger = nonzero(service.metadata.creation_timestamp);
        if let Some(at) = service_trigger {
            if known
                .and_then(|s| s.service_trigger)
                .map_or(true, |b| at > b)
            {
                earliest = Some(earliest.map_or(at, |e| e.min(at)));
            }
        }
        let was_known = known.is_some();
        self.services.insert(
            key,
            ServiceState {
                service_trigger,
                pod_triggers,
            },
        );
        if was_known {
            earliest
        } else {
            service_trigger
        }
    }

    /// Forgets a deleted service: Go's `DeleteService`.
    #[doc(alias = "DeleteService")]
    pub fn delete_service(&mut self, namespace: &str, name: &str) {
        self.services.remove(&(namespace.into(), name.into()));
    }
}
