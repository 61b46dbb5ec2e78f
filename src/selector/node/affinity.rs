//! `GetRequiredNodeAffinity`: a pod's `nodeSelector` and required node affinity together.

use alloc::collections::BTreeMap;
use alloc::string::String;

use super::LazyNodeSelector;
use crate::api::core::NodeSelector;
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
