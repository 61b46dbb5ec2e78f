//! `Lease`.

use k8s_openapi::api::coordination::v1 as k8s;

use crate::api::coordination::{Lease, LeaseSpec};

/// Holder, duration, acquire and renew times; transitions, strategy and preferred holder are
/// not modelled and are dropped.
///
/// ```
/// use k8s_openapi::api::coordination::v1 as k8s;
/// use kube_primitives::api::coordination::Lease;
///
/// let lease: k8s::Lease = serde_json::from_value(serde_json::json!({
///     "metadata": {"name": "n1", "namespace": "kube-node-lease"},
///     "spec": {"holderIdentity": "n1", "renewTime": "2026-01-01T00:00:00.123456Z"}
/// })).unwrap();
/// let ours = Lease::from(lease);
/// assert_eq!(ours.spec.renew_time.unwrap().to_string(), "2026-01-01T00:00:00.123456Z");
/// ```
impl From<k8s::Lease> for Lease {
    fn from(l: k8s::Lease) -> Lease {
        let spec = l.spec.unwrap_or_default();
        Lease {
            metadata: l.metadata.into(),
            spec: LeaseSpec {
                holder_identity: spec.holder_identity,
                lease_duration_seconds: spec.lease_duration_seconds,
                acquire_time: spec.acquire_time.map(Into::into),
                renew_time: spec.renew_time.map(Into::into),
            },
        }
    }
}

impl From<Lease> for k8s::Lease {
    fn from(l: Lease) -> k8s::Lease {
        k8s::Lease {
            metadata: l.metadata.into(),
            spec: Some(k8s::LeaseSpec {
                holder_identity: l.spec.holder_identity,
                lease_duration_seconds: l.spec.lease_duration_seconds,
                acquire_time: l.spec.acquire_time.map(Into::into),
                renew_time: l.spec.renew_time.map(Into::into),
                ..Default::default()
            }),
            ..Default::default()
        }
    }
}
