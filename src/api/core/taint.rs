//! `v1.Taint` and `v1.Toleration`.

use serde::{Deserialize, Serialize};

use crate::api::core::{null_as_default, Time};
use alloc::string::String;
use core::fmt;

/// A node taint (`v1.Taint`): pods that do not tolerate it are kept off (or evicted from) the
/// node, as its effect says.
///
/// `Display` is upstream's `ToString`: `key=value:effect`, `key:effect` without a value, and
/// just `key` without either.
///
/// ```
/// use kube_primitives::api::core::Taint;
///
/// let t: Taint = serde_json::from_str(r#"{"key": "dedicated", "value": "gpu", "effect": "NoSchedule"}"#).unwrap();
/// assert_eq!(t.to_string(), "dedicated=gpu:NoSchedule");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Taint {
    /// `key`.
    #[serde(deserialize_with = "null_as_default")]
    pub key: String,
    /// `value`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub value: String,
    /// `effect`: `NoSchedule`, `PreferNoSchedule` or `NoExecute`.
    #[serde(deserialize_with = "null_as_default")]
    pub effect: String,
    /// `timeAdded`: when a `NoExecute` taint was added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_added: Option<Time>,
}

impl Taint {
    /// A taint with a key, value (may be empty) and effect.
    pub fn new(key: &str, value: &str, effect: &str) -> Taint {
        Taint {
            key: key.into(),
            value: value.into(),
            effect: effect.into(),
            time_added: None,
        }
    }
}

impl fmt::Display for Taint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.value.is_empty(), self.effect.is_empty()) {
            // Without effect or value, just the key.
            (true, true) => f.write_str(&self.key),
            (true, false) => write!(f, "{}:{}", self.key, self.effect),
            (false, _) => write!(f, "{}={}:{}", self.key, self.value, self.effect),
        }
    }
}

/// A pod's toleration of taints (`v1.Toleration`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Toleration {
    /// `key`: empty matches every key (with `Exists`).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub key: String,
    /// `operator`: `Equal` (also when empty), `Exists`, and with the comparison-operators
    /// feature `Lt`/`Gt`.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub operator: String,
    /// `value`: the taint value the toleration matches to.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub value: String,
    /// `effect`: empty matches every effect.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub effect: String,
    /// `tolerationSeconds`: how long a `NoExecute` taint is tolerated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toleration_seconds: Option<i64>,
}

impl Toleration {
    /// A toleration with a key, operator, value and effect.
    pub fn new(key: &str, operator: &str, value: &str, effect: &str) -> Toleration {
        Toleration {
            key: key.into(),
            operator: operator.into(),
            value: value.into(),
            effect: effect.into(),
            toleration_seconds: None,
        }
    }
}
