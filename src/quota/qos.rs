//! Pod QoS classes
//! ([`pkg/apis/core/v1/helper/qos/qos.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/v1/helper/qos/qos.go)
//! at v1.36.0, as kubectl's `pkg/util/qos` copies it).

use alloc::string::String;
use core::convert::Infallible;
use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::api::core::{Pod, ResourceList};
use crate::api::Quantity;

/// A pod's quality-of-service class (`v1.PodQOSClass`).
///
/// [`compute_pod_qos`] gives one of the three classes Kubernetes defines; a class read from an
/// object's `status.qosClass` ([`pod_qos`]) may hold any string, kept in [`QosClass::Other`].
///
/// ```
/// use kube_primitives::quota::QosClass;
///
/// assert_eq!("Burstable".parse::<QosClass>(), Ok(QosClass::Burstable));
/// assert_eq!(QosClass::from("Premium"), QosClass::Other("Premium".into()));
/// assert_eq!(QosClass::BestEffort.to_string(), "BestEffort");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
#[doc(alias = "PodQOSClass")]
pub enum QosClass {
    /// Every container (or the pod) sets equal cpu and memory requests and limits.
    Guaranteed,
    /// Something in between.
    Burstable,
    /// No cpu or memory request or limit anywhere.
    BestEffort,
    /// A value Kubernetes does not define, as found in an object.
    Other(String),
}

impl QosClass {
    /// Upstream's name (`Guaranteed`, `Burstable`, `BestEffort`), or the value as found.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            QosClass::Guaranteed => "Guaranteed",
            QosClass::Burstable => "Burstable",
            QosClass::BestEffort => "BestEffort",
            QosClass::Other(s) => s,
        }
    }
}

impl From<&str> for QosClass {
    fn from(s: &str) -> QosClass {
        match s {
            "Guaranteed" => QosClass::Guaranteed,
            "Burstable" => QosClass::Burstable,
            "BestEffort" => QosClass::BestEffort,
            other => QosClass::Other(other.into()),
        }
    }
}

impl FromStr for QosClass {
    type Err = Infallible;

    fn from_str(s: &str) -> Result<QosClass, Infallible> {
        Ok(QosClass::from(s))
    }
}

impl fmt::Display for QosClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for QosClass {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for QosClass {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <alloc::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(QosClass::from(&*s))
    }
}

fn qos_resource(name: &str) -> bool {
    name == "cpu" || name == "memory"
}

/// `processResourceList`: adds the positive cpu and memory quantities of `new` into `sum`.
fn accumulate(sum: &mut ResourceList, new: &ResourceList) {
    for (name, q) in new
        .iter()
        .filter(|(n, q)| qos_resource(n) && q.signum() > 0)
    {
        match sum.get_mut(name) {
            Some(prev) => *prev += q,
            None => {
                sum.insert(name, q.clone());
            }
        }
    }
}

/// Whether `limits` sets both cpu and memory to positive values.
fn limits_cpu_and_memory(limits: &ResourceList) -> bool {
    let positive = |n: &str| limits.get(n).is_some_and(|q| q.signum() > 0);
    positive("cpu") && positive("memory")
}

/// Go's `ComputePodQOS`: cpu and memory requests and limits (positive ones only) are summed over
/// all containers, init containers included, or taken from `spec.resources` when the pod has
/// pod-level resources (any, even `{}`); Guaranteed needs cpu and memory limits on every
/// container and sums of requests equal to sums of limits; nothing at all is BestEffort.
///
/// ```
/// use kube_primitives::api::core::Pod;
/// use kube_primitives::quota::{compute_pod_qos, QosClass};
///
/// let pod: Pod = serde_json::from_str(r#"{"spec": {"containers": [
///     {"name": "a", "resources": {"limits": {"cpu": "1", "memory": "1Gi"}, "requests": {"cpu": "1", "memory": "1Gi"}}}
/// ]}}"#).unwrap();
/// assert_eq!(compute_pod_qos(&pod), QosClass::Guaranteed);
/// ```
#[doc(alias = "ComputePodQOS")]
pub fn compute_pod_qos(pod: &Pod) -> QosClass {
    let (mut requests, mut limits) = (ResourceList::new(), ResourceList::new());
    let mut guaranteed = true;
    match &pod.spec.resources {
        Some(r) => {
            accumulate(&mut requests, &r.requests);
            accumulate(&mut limits, &r.limits);
            // Upstream checks the limits only when the pod sets a limits map.
            if !r.limits.is_empty() && !limits_cpu_and_memory(&r.limits) {
                guaranteed = false;
            }
        }
        None => {
            for c in pod.spec.containers.iter().chain(&pod.spec.init_containers) {
                accumulate(&mut requests, &c.resources.requests);
                accumulate(&mut limits, &c.resources.limits);
                if !limits_cpu_and_memory(&c.resources.limits) {
                    guaranteed = false;
                }
            }
        }
    }
    if requests.is_empty() && limits.is_empty() {
        return QosClass::BestEffort;
    }
    let matches = |(name, req): (&str, &Quantity)| limits.get(name).is_some_and(|lim| lim == req);
    if guaranteed && requests.iter().all(matches) && requests.len() == limits.len() {
        QosClass::Guaranteed
    } else {
        QosClass::Burstable
    }
}

/// Go's `GetPodQOS`: the class in `status.qosClass` when set (as the API server recorded it at
/// creation), else [`compute_pod_qos`].
///
/// ```
/// use kube_primitives::api::core::Pod;
/// use kube_primitives::quota::{pod_qos, QosClass};
///
/// let pod: Pod = serde_json::from_str(r#"{"spec": {"containers": [{"name": "a"}]},
///                                        "status": {"qosClass": "Burstable"}}"#).unwrap();
/// assert_eq!(pod_qos(&pod), QosClass::Burstable);
/// ```
#[must_use]
#[doc(alias = "GetPodQOS")]
pub fn pod_qos(pod: &Pod) -> QosClass {
    if pod.status.qos_class.is_empty() {
        compute_pod_qos(pod)
    } else {
        QosClass::from(pod.status.qos_class.as_str())
    }
}
