//! `Lease`: what a kubelet renews every few seconds in `kube-node-lease` to say its node is
//! alive.

use crate::api::core::{MicroTime, ObjectMeta};

/// The namespace holding one lease per node, named after the node.
pub const NODE_LEASE_NAMESPACE: &str = "kube-node-lease";

/// A `coordination.k8s.io/v1` Lease.
///
/// ```
/// use kube_primitives::api::coordination::Lease;
///
/// let lease: Lease = serde_json::from_str(r#"{
///     "metadata": {"name": "node-1", "namespace": "kube-node-lease"},
///     "spec": {"holderIdentity": "node-1", "leaseDurationSeconds": 40,
///              "renewTime": "2026-01-01T12:00:05.250000Z"}
/// }"#).unwrap();
/// assert_eq!(lease.spec.renew_time.unwrap().to_string(), "2026-01-01T12:00:05.250000Z");
/// ```
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Lease {
    /// `metadata`.
    pub metadata: ObjectMeta,
    /// `spec`.
    pub spec: LeaseSpec,
}

/// `LeaseSpec`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LeaseSpec {
    /// `holderIdentity`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holder_identity: Option<alloc::string::String>,
    /// `leaseDurationSeconds`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lease_duration_seconds: Option<i32>,
    /// `acquireTime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acquire_time: Option<MicroTime>,
    /// `renewTime`: when the holder last renewed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renew_time: Option<MicroTime>,
}

impl Lease {
    /// A lease renewed at `renew_time`.
    #[must_use]
    pub fn renewed_at(renew_time: crate::api::core::Time) -> Lease {
        let mut lease = Lease::default();
        lease.spec.renew_time = Some(MicroTime(renew_time));
        lease
    }
}
