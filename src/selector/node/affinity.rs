//! `GetRequiredNodeAffinity`: a pod's `nodeSelector` and required node affinity together.

use alloc::collections::BTreeMap;
use alloc::string::String;

use super::LazyNodeSelector;
use crate::api::core::{NodeSelector, Pod};
use crate::labels::{LabelSet, Labels};
use crate::meta::field::ErrorList;
use crate::selector::Selector;

/// What a pod requires of its node: `spec.nodeSelector` (exact labels, not validated, as
/// upstream's `SelectorFromSet`) and
/// `spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution` (lazy errors).
///
/// ```
/// use std::collections::BTreeMap;
/// use kube_primitives::selector::RequiredNodeAffinity;
///
/// let pod_node_selector = BTreeMap::from([("disktype".to_string(), "ssd".to_string())]);
/// let required = RequiredNodeAffinity::new(&pod_node_selector, None);
/// let node = BTreeMap::from([("disktype".to_string(), "ssd".to_string())]);
/// assert_eq!(required.matches("node-1", &node), Ok(true));
/// assert_eq!(required.matches("node-2", &BTreeMap::new()), Ok(false));
/// ```
#[derive(Clone, Debug)]
pub struct RequiredNodeAffinity {
    labels: Option<Selector>,
    affinity: Option<LazyNodeSelector>,
}

impl RequiredNodeAffinity {
    /// From the pod's `nodeSelector` and required node affinity.
    pub fn new(
        node_selector: &BTreeMap<String, String>,
        required: Option<&NodeSelector>,
    ) -> RequiredNodeAffinity {
        let labels = (!node_selector.is_empty())
            .then(|| Selector::from(&LabelSet::from(node_selector.clone())));
        RequiredNodeAffinity {
            labels,
            affinity: required.map(LazyNodeSelector::new),
        }
    }

    /// What `pod` requires of its node (`GetRequiredNodeAffinity(pod)`): its `nodeSelector` and
    /// `affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution`.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// use kube_primitives::api::core::Pod;
    /// use kube_primitives::selector::RequiredNodeAffinity;
    ///
    /// let pod: Pod = serde_json::from_str(r#"{"spec": {"containers": [{"name": "app"}],
    ///     "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution":
    ///         {"nodeSelectorTerms": [{"matchExpressions": [{"key": "zone", "operator": "In", "values": ["a"]}]}]}}}}}"#).unwrap();
    /// let required = RequiredNodeAffinity::from_pod(&pod);
    /// let node = BTreeMap::from([("zone".to_string(), "a".to_string())]);
    /// assert_eq!(required.matches("node-1", &node), Ok(true));
    /// assert_eq!(required.matches("node-2", &BTreeMap::new()), Ok(false));
    /// ```
    #[must_use]
    #[doc(alias = "GetRequiredNodeAffinity")]
    pub fn from_pod(pod: &Pod) -> RequiredNodeAffinity {
        let required = pod
            .spec
            .affinity
            .as_ref()
            .and_then(|a| a.node_affinity.as_ref())
            .and_then(|n| n.required.as_ref());
        RequiredNodeAffinity::new(&pod.spec.node_selector, required)
    }

    /// Whether the pod may run on the node named `name` with `labels`.
    ///
    /// # Errors
    ///
    /// The node selector matches but no affinity term does, and some terms are broken.
    pub fn matches(&self, name: &str, labels: &(impl Labels + ?Sized)) -> Result<bool, ErrorList> {
        if let Some(selector) = &self.labels {
            if !selector.matches(labels) {
                return Ok(false);
            }
        }
        match &self.affinity {
            Some(lazy) => lazy.matches(name, labels),
            None => Ok(true),
        }
    }
}
