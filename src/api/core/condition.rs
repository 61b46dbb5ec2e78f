//! `metav1.Condition`: the standard condition of API objects (a pod disruption
//! budget's).
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/apis/meta/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{is_zero, null_as_default, Time};
use alloc::string::String;

use serde::{Deserialize, Serialize};

/// `metav1.Condition`: contains details for one aspect of the current state of this API Resource.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Condition {
    /// `type`: type of condition in CamelCase or in foo.example.com/CamelCase.
    #[serde(deserialize_with = "null_as_default")]
    pub type_: String,
    /// `status`: status of the condition, one of True, False, Unknown.
    #[serde(deserialize_with = "null_as_default")]
    pub status: String,
    /// `observedGeneration`: represents the .metadata.generation that the condition was set based upon.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub observed_generation: i64,
    /// `lastTransitionTime`: the last time the condition transitioned from one status to another.
    pub last_transition_time: Option<Time>,
    /// `reason`: contains a programmatic identifier indicating the reason for the condition's last
    /// transition.
    #[serde(deserialize_with = "null_as_default")]
    pub reason: String,
    /// `message`: a human readable message indicating details about the transition.
    #[serde(deserialize_with = "null_as_default")]
    pub message: String,
}
