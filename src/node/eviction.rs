//! The taints the node lifecycle controller puts on nodes, the default tolerations pods get, and
//! when the taint manager evicts a pod
//! ([`pkg/controller/nodelifecycle`](https://github.com/kubernetes/kubernetes/tree/v1.36.0/pkg/controller/nodelifecycle),
//! [`plugin/pkg/admission/defaulttolerationseconds`](https://github.com/kubernetes/kubernetes/tree/v1.36.0/plugin/pkg/admission/defaulttolerationseconds),
//! [`pkg/controller/tainteviction`](https://github.com/kubernetes/kubernetes/tree/v1.36.0/pkg/controller/tainteviction)).

use alloc::vec::Vec;
use core::time::Duration;

use super::{tolerates, TaintFeatures};
use crate::api::core::{condition_status, node_condition_type, taint_effect, toleration_operator};
use crate::api::core::{Node, Taint, Toleration};
use crate::api::patch::{append_to_array, PatchOperation, PatchValue};

/// `node.kubernetes.io/not-ready`: the Ready condition is `False`. Go's `TaintNodeNotReady` in
/// [`k8s.io/api/core/v1/well_known_taints.go`](https://github.com/kubernetes/api/blob/v0.36.3/core/v1/well_known_taints.go)
/// (v0.36.3).
#[doc(alias = "TaintNodeNotReady")]
pub const TAINT_NOT_READY: &str = "node.kubernetes.io/not-ready";
/// `node.kubernetes.io/unreachable`: the Ready condition is `Unknown` (the node stopped reporting).
/// Go's `TaintNodeUnreachable`.
#[doc(alias = "TaintNodeUnreachable")]
pub const TAINT_UNREACHABLE: &str = "node.kubernetes.io/unreachable";
/// `node.kubernetes.io/unschedulable`: the node is cordoned. Go's `TaintNodeUnschedulable`.
#[doc(alias = "TaintNodeUnschedulable")]
pub const TAINT_UNSCHEDULABLE: &str = "node.kubernetes.io/unschedulable";
/// `node.kubernetes.io/memory-pressure`. Go's `TaintNodeMemoryPressure`.
#[doc(alias = "TaintNodeMemoryPressure")]
pub const TAINT_MEMORY_PRESSURE: &str = "node.kubernetes.io/memory-pressure";
/// `node.kubernetes.io/disk-pressure`. Go's `TaintNodeDiskPressure`.
#[doc(alias = "TaintNodeDiskPressure")]
pub const TAINT_DISK_PRESSURE: &str = "node.kubernetes.io/disk-pressure";
/// `node.kubernetes.io/network-unavailable`. Go's `TaintNodeNetworkUnavailable`.
#[doc(alias = "TaintNodeNetworkUnavailable")]
pub const TAINT_NETWORK_UNAVAILABLE: &str = "node.kubernetes.io/network-unavailable";
/// `node.kubernetes.io/pid-pressure`. Go's `TaintNodePIDPressure`.
#[doc(alias = "TaintNodePIDPressure")]
pub const TAINT_PID_PRESSURE: &str = "node.kubernetes.io/pid-pressure";

/// The seconds `DefaultTolerationSeconds` gives pods for not-ready and unreachable nodes. Go's
/// `defaultNotReadyTolerationSeconds` and `defaultUnreachableTolerationSeconds` in
/// [`plugin/pkg/admission/defaulttolerationseconds/admission.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/plugin/pkg/admission/defaulttolerationseconds/admission.go).
#[doc(alias = "defaultNotReadyTolerationSeconds")]
#[doc(alias = "defaultUnreachableTolerationSeconds")]
pub const DEFAULT_TOLERATION_SECONDS: i64 = 300;

/// `nodeConditionToTaintKeyStatusMap`: the taint key a condition status maps to.
fn condition_taint(kind: &str, status: &str) -> Option<&'static str> {
    match (kind, status) {
        (node_condition_type::READY, condition_status::FALSE) => Some(TAINT_NOT_READY),
        (node_condition_type::READY, condition_status::UNKNOWN) => Some(TAINT_UNREACHABLE),
        (node_condition_type::MEMORY_PRESSURE, condition_status::TRUE) => {
            Some(TAINT_MEMORY_PRESSURE)
        }
        (node_condition_type::DISK_PRESSURE, condition_status::TRUE) => Some(TAINT_DISK_PRESSURE),
        (node_condition_type::NETWORK_UNAVAILABLE, condition_status::TRUE) => {
            Some(TAINT_NETWORK_UNAVAILABLE)
        }
        (node_condition_type::PID_PRESSURE, condition_status::TRUE) => Some(TAINT_PID_PRESSURE),
        _ => None,
    }
}

/// The `NoSchedule` taints the controller keeps on a node (`doNoScheduleTaintingPass`): one per
/// condition in a tainting status, in condition order, then `unschedulable` when cordoned. In
/// [`pkg/controller/nodelifecycle/node_lifecycle_controller.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/nodelifecycle/node_lifecycle_controller.go).
///
/// ```
/// use kube_primitives::api::core::{Node, NodeCondition};
/// use kube_primitives::node::no_schedule_taints;
///
/// let mut node = Node::default();
/// node.status.conditions = vec![NodeCondition::new("Ready", "Unknown"), NodeCondition::new("DiskPressure", "True")];
/// let keys: Vec<String> = no_schedule_taints(&node).into_iter().map(|t| t.to_string()).collect();
/// assert_eq!(keys, ["node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/disk-pressure:NoSchedule"]);
/// ```
#[doc(alias = "doNoScheduleTaintingPass")]
pub fn no_schedule_taints(node: &Node) -> Vec<Taint> {
    let mut taints: Vec<Taint> = node
        .status
        .conditions
        .iter()
        .filter_map(|c| condition_taint(&c.type_, &c.status))
        .map(|key| Taint::new(key, "", taint_effect::NO_SCHEDULE))
        .collect();
    if node.spec.unschedulable {
        taints.push(Taint::new(
            TAINT_UNSCHEDULABLE,
            "",
            taint_effect::NO_SCHEDULE,
        ));
    }
    taints
}

/// The `NoExecute` taint the controller puts on a node for its Ready condition status
/// (`doNoExecuteTaintingPass`): not-ready for `False`, unreachable for `Unknown` (as a node whose
/// kubelet stopped reporting gets once the grace period passes), none when `True`. In
/// [`pkg/controller/nodelifecycle/node_lifecycle_controller.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/nodelifecycle/node_lifecycle_controller.go).
#[doc(alias = "doNoExecuteTaintingPass")]
pub fn no_execute_taint(ready_status: &str) -> Option<Taint> {
    match ready_status {
        condition_status::FALSE => Some(Taint::new(TAINT_NOT_READY, "", taint_effect::NO_EXECUTE)),
        condition_status::UNKNOWN => {
            Some(Taint::new(TAINT_UNREACHABLE, "", taint_effect::NO_EXECUTE))
        }
        _ => None,
    }
}

/// What [`with_default_tolerations`] adds to a pod, as RFC 6902 JSON Patch operations on the
/// original pod document (appended to `/spec/tolerations`, or that array created when the pod
/// has none), so a mutating webhook keeps every other field. `exists` says whether a JSON
/// Pointer names an object or an array in the original document (with `serde_json`:
/// `|p| doc.pointer(p).is_some_and(|v| v.is_object() || v.is_array())`).
///
/// ```
/// use kube_primitives::api::core::Toleration;
/// use kube_primitives::node::default_tolerations_patch;
///
/// let doc = serde_json::json!({"spec": {"containers": [{"name": "app"}]}});
/// let tolerations: Vec<Toleration> =
///     serde_json::from_value(doc["spec"]["tolerations"].clone()).unwrap_or_default();
/// let patch = default_tolerations_patch(&tolerations, |p| {
///     doc.pointer(p).is_some_and(|v| v.is_object() || v.is_array())
/// });
/// let json = serde_json::to_value(&patch).unwrap();
/// assert_eq!(json[0]["path"], "/spec/tolerations");
/// assert_eq!(json[0]["value"][0]["key"], "node.kubernetes.io/not-ready");
/// assert_eq!(json[0]["value"][1]["tolerationSeconds"], 300);
/// ```
#[must_use]
#[doc(alias = "DefaultTolerationSeconds")]
pub fn default_tolerations_patch(
    tolerations: &[Toleration],
    exists: impl Fn(&str) -> bool,
) -> Vec<PatchOperation> {
    let added: Vec<PatchValue> = with_default_tolerations(tolerations)
        .into_iter()
        .skip(tolerations.len())
        .map(PatchValue::Toleration)
        .collect();
    append_to_array(&["spec", "tolerations"], added, &exists)
}

/// `DefaultTolerationSeconds`: the not-ready and unreachable `NoExecute` tolerations (Exists,
/// 300 s) added to a pod's tolerations unless it already tolerates those taints (a toleration
/// with the key, or an empty key, and effect `NoExecute` or empty). The `Admit` of Go's
/// `DefaultTolerationSeconds` plugin in
/// `plugin/pkg/admission/defaulttolerationseconds/admission.go`. The pod's other fields are the
/// caller's; to change a pod document losslessly use [`default_tolerations_patch`].
#[doc(alias = "DefaultTolerationSeconds")]
pub fn with_default_tolerations(tolerations: &[Toleration]) -> Vec<Toleration> {
    let covers = |key: &str| {
        tolerations.iter().any(|t| {
            (t.key == key || t.key.is_empty())
                && (t.effect == taint_effect::NO_EXECUTE || t.effect.is_empty())
        })
    };
    let mut out = tolerations.to_vec();
    for key in [TAINT_NOT_READY, TAINT_UNREACHABLE] {
        if !covers(key) {
            let mut t = Toleration::new(
                key,
                toleration_operator::EXISTS,
                "",
                taint_effect::NO_EXECUTE,
            );
            t.toleration_seconds = Some(DEFAULT_TOLERATION_SECONDS);
            out.push(t);
        }
    }
    out
}

/// When the taint manager evicts a pod from a node with `NoExecute` taints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Eviction {
    /// No `NoExecute` taint, or every one tolerated without a time limit.
    Never,
    /// Now: a taint is not tolerated, or a matching toleration's seconds are 0 or less.
    Now,
    /// After this long (the smallest `tolerationSeconds` among the tolerations used).
    After(Duration),
}

/// The taint manager's decision for a pod (`processPodOnNode` with `GetMatchingTolerations` and
/// `getMinTolerationTime`): only `NoExecute` taints count; each needs a tolerating toleration (the
/// first that matches is the one used); the pod may stay for the smallest `tolerationSeconds` of
/// those used, forever when none sets it. In
/// [`pkg/controller/tainteviction/taint_eviction.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/tainteviction/taint_eviction.go).
///
/// ```
/// use core::time::Duration;
/// use kube_primitives::api::core::Toleration;
/// use kube_primitives::node::{eviction, no_execute_taint, with_default_tolerations, Eviction};
///
/// let taints = [no_execute_taint("Unknown").unwrap()];
/// let tolerations = with_default_tolerations(&[]);
/// assert_eq!(eviction(&taints, &tolerations), Eviction::After(Duration::from_secs(300)));
/// assert_eq!(eviction(&taints, &[]), Eviction::Now);
/// ```
#[doc(alias = "processPodOnNode")]
#[doc(alias = "getMinTolerationTime")]
pub fn eviction(taints: &[Taint], tolerations: &[Toleration]) -> Eviction {
    let features = TaintFeatures::default();
    let mut min: Option<i64> = None;
    for taint in taints
        .iter()
        .filter(|t| t.effect == taint_effect::NO_EXECUTE)
    {
        let Some(used) = tolerations.iter().find(|t| tolerates(t, taint, features)) else {
            return Eviction::Now;
        };
        if let Some(seconds) = used.toleration_seconds {
            if seconds <= 0 {
                return Eviction::Now;
            }
            min = Some(min.map_or(seconds, |m| m.min(seconds)));
        }
    }
    match min {
        None => Eviction::Never,
        Some(s) => Eviction::After(Duration::from_secs(s.unsigned_abs())),
    }
}
