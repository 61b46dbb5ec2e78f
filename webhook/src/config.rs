//! The policy files: the ResourceQuotas and LimitRanges the webhook enforces, as
//! `kubectl get resourcequota,limitrange -A -o json` prints them (a `List`), a JSON array, or
//! one object.

use std::fmt;
use std::path::{Path, PathBuf};

use kube_primitives::api::core::{LimitRangeSpec, ObjectMeta, ResourceQuota};
use kube_primitives::api::Quantity;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

/// A policy file larger than this is refused: it is read whole into memory.
pub const MAX_CONFIG_BYTES: u64 = 64 << 20;

/// A `v1.LimitRange`: the crate models only its spec.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LimitRange {
    /// `metadata`: the namespace it applies to.
    pub metadata: ObjectMeta,
    /// `spec`.
    pub spec: LimitRangeSpec,
}

/// What the webhook enforces, per namespace.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Policy {
    /// The ResourceQuotas, with their `status` as the quota plugin reads it (see
    /// [`Policy::add_quota`]).
    pub quotas: Vec<ResourceQuota>,
    /// The LimitRanges, in file order (the order LimitRanger applies them in).
    pub limit_ranges: Vec<LimitRange>,
}

impl Policy {
    /// The quotas of `namespace`.
    pub fn quotas_in(&self, namespace: &str) -> Vec<ResourceQuota> {
        self.quotas
            .iter()
            .filter(|q| q.metadata.namespace == namespace)
            .cloned()
            .collect()
    }

    /// The LimitRanges of `namespace`.
    pub fn limit_ranges_in<'a>(
        &'a self,
        namespace: &'a str,
    ) -> impl Iterator<Item = &'a LimitRange> + 'a {
        self.limit_ranges
            .iter()
            .filter(move |l| l.metadata.namespace == namespace)
    }

    /// Adds a quota. Quota admission enforces `status.hard` against `status.used`, which the
    /// quota controller writes; a quota written by hand has neither, so `spec.hard` stands in
    /// for `status.hard` and every resource without a `used` entry counts as unused. The webhook
    /// does not count what it admits (it sees no deletions): give it the live usage to enforce
    /// the cluster's totals.
    pub fn add_quota(&mut self, mut quota: ResourceQuota) {
        if quota.status.hard.is_empty() {
            quota.status.hard = quota.spec.hard.clone();
        }
        let names: Vec<String> = quota
            .status
            .hard
            .iter()
            .map(|(n, _)| n.to_owned())
            .collect();
        for name in names {
            if !quota.status.used.contains_key(&name) {
                quota.status.used.insert(name, Quantity::zero());
            }
        }
        self.quotas.push(quota);
    }

    /// Reads the quota file and the LimitRange file (either may be absent).
    ///
    /// # Errors
    ///
    /// [`ConfigError`] naming the file, the item and the field.
    pub fn load(quotas: Option<&Path>, limit_ranges: Option<&Path>) -> Result<Policy, ConfigError> {
        let mut policy = Policy::default();
        if let Some(path) = quotas {
            for quota in read_items::<ResourceQuota>(path, "ResourceQuota")? {
                policy.add_quota(quota);
            }
        }
        if let Some(path) = limit_ranges {
            policy.limit_ranges = read_items(path, "LimitRange")?;
        }
        Ok(policy)
    }
}

/// A policy file that cannot be used.
#[derive(Debug)]
pub struct ConfigError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong, with the item and field path where there is one.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for ConfigError {}

/// The objects of `kind` in the file at `path`: a `List`'s `items`, an array, or one object.
fn read_items<T: DeserializeOwned>(path: &Path, kind: &str) -> Result<Vec<T>, ConfigError> {
    let fail = |message: String| ConfigError {
        path: path.to_owned(),
        message,
    };
    let size = std::fs::metadata(path)
        .map_err(|e| fail(e.to_string()))?
        .len();
    if size > MAX_CONFIG_BYTES {
        return Err(fail(format!(
            "{size} bytes, more than the {MAX_CONFIG_BYTES} this webhook reads"
        )));
    }
    let text = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
    let doc: Value = serde_json::from_slice(&text).map_err(|e| fail(e.to_string()))?;
    let (items, prefix) = match doc {
        Value::Array(items) => (items, ""),
        Value::Object(mut o) if o.contains_key("items") => match o.remove("items") {
            Some(Value::Array(items)) => (items, "items"),
            _ => return Err(fail("items: not an array".into())),
        },
        other @ Value::Object(_) => (vec![other], ""),
        _ => return Err(fail("neither an object, a List nor an array".into())),
    };
    let single = items.len() == 1 && prefix.is_empty();
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let at = if single {
                String::new()
            } else {
                format!("{prefix}[{i}]")
            };
            let sent = item.get("kind").and_then(Value::as_str).unwrap_or(kind);
            if sent != kind {
                return Err(fail(located(
                    &at,
                    format!("kind {sent:?}, expected {kind:?}"),
                )));
            }
            kube_primitives::meta::decode::deserialize(item).map_err(|e| {
                let field = e.path().as_str();
                let at = match (at.is_empty(), field.is_empty()) {
                    (_, true) => at.clone(),
                    (true, false) => field.to_owned(),
                    (false, false) => format!("{at}.{field}"),
                };
                fail(located(&at, e.inner().to_string()))
            })
        })
        .collect()
}

/// `message` prefixed with where it applies, when that is not the whole file.
fn located(at: &str, message: String) -> String {
    if at.is_empty() {
        message
    } else {
        format!("{at}: {message}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(name: &str, text: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("kp-webhook-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn a_list_of_quotas_gets_status_from_spec() {
        let path = write(
            "quotas.json",
            r#"{"kind": "List", "items": [{"kind": "ResourceQuota",
                "metadata": {"name": "q", "namespace": "a"}, "spec": {"hard": {"cpu": "2"}}}]}"#,
        );
        let policy = Policy::load(Some(&path), None).unwrap();
        assert_eq!(policy.quotas[0].status.hard.to_string(), "cpu=2");
        assert_eq!(policy.quotas[0].status.used.to_string(), "cpu=0");
        assert_eq!(policy.quotas_in("a").len(), 1);
        assert!(policy.quotas_in("b").is_empty());
    }

    #[test]
    fn errors_name_the_item_and_field() {
        let path = write(
            "bad.json",
            r#"[{"metadata": {"name": "q"}}, {"spec": {"hard": {"cpu": "two"}}}]"#,
        );
        let err = Policy::load(Some(&path), None).unwrap_err();
        assert!(
            err.message.starts_with("[1].spec.hard[cpu]: "),
            "{}",
            err.message
        );
        let path = write("kind.json", r#"{"kind": "Pod"}"#);
        let err = Policy::load(None, Some(&path)).unwrap_err();
        assert_eq!(err.message, r#"kind "Pod", expected "LimitRange""#);
    }
}
