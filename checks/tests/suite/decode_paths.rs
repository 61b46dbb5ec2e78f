//! `meta::decode`: a malformed object's error names the field path, and valid objects decode
//! exactly as serde alone decodes them.

use crate::common;

use kube_primitives::api::core::{Node, Pod, Service};
use kube_primitives::meta::decode::{self, DecodeError};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

fn tracked<T: DeserializeOwned>(json: &str) -> Result<T, DecodeError<serde_json::Error>> {
    decode::deserialize(&mut serde_json::Deserializer::from_str(json))
}

fn error_at<T: DeserializeOwned + std::fmt::Debug>(value: &Value) -> (String, String) {
    let err = tracked::<T>(&value.to_string()).unwrap_err();
    (err.path().to_string(), err.to_string())
}

#[test]
fn paths_of_fields_list_elements_and_map_entries() {
    let cases = [
        (
            json!({"spec": {"containers": [{"name": "a"}, {"name": "b", "ports": [{}, {"containerPort": "80"}]}]}}),
            "spec.containers[1].ports[1].containerPort",
            "invalid type: string \"80\", expected i32",
        ),
        (
            json!({"metadata": {"labels": {"app": "web", "tier": 5}}}),
            "metadata.labels[tier]",
            "invalid type: integer `5`, expected a string",
        ),
        (
            json!({"spec": {"initContainers": [{"name": "i", "resources": {"limits": {"cpu": "1x"}}}]}}),
            "spec.initContainers[0].resources.limits[cpu]",
            "quantities must match the regular expression",
        ),
        (
            json!({"spec": {"containers": [{"name": "a", "livenessProbe": {"periodSeconds": true}}]}}),
            "spec.containers[0].livenessProbe.periodSeconds",
            "invalid type: boolean `true`, expected i32",
        ),
        (
            json!({"metadata": {"ownerReferences": [{"name": "rs", "controller": "yes"}]}}),
            "metadata.ownerReferences[0].controller",
            "invalid type: string \"yes\", expected a boolean",
        ),
    ];
    for (value, path, message) in cases {
        let (got_path, text) = error_at::<Pod>(&value);
        assert_eq!(got_path, path, "{value}");
        assert!(text.starts_with(&format!("{path}: ")), "{text}");
        assert!(text.contains(message), "{text}");
    }
}

#[test]
fn top_level_and_syntax_errors() {
    // The top-level value has no path: the message is serde_json's alone.
    let err = tracked::<Pod>("5").unwrap_err();
    assert_eq!(err.path().to_string(), "<nil>");
    assert_eq!(err.to_string(), err.inner().to_string());
    // A document cut short fails where it ends.
    let err = tracked::<Pod>(r#"{"spec": {"containers": [{"name": "a""#).unwrap_err();
    assert_eq!(err.path().to_string(), "spec.containers[0]");
    assert!(err.inner().is_eof());
}

fn same_as_serde<T: DeserializeOwned + PartialEq + std::fmt::Debug>(file: &str) -> usize {
    let Some(records) = common::records(file) else {
        return 0;
    };
    let mut checked = 0;
    for (at, record) in &records {
        let text = record["object"].to_string();
        let plain = serde_json::from_str::<T>(&text);
        let with_path = tracked::<T>(&text);
        match (plain, with_path) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{at}"),
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.inner().to_string(), "{at}"),
            (a, b) => panic!("{at}: serde {a:?}, tracked {b:?}"),
        }
        checked += 1;
    }
    checked
}

#[test]
fn corpus_objects_decode_as_with_serde_alone() {
    let n = same_as_serde::<Pod>("objects/pods.jsonl")
        + same_as_serde::<Pod>("objects/pods_with_status.jsonl")
        + same_as_serde::<Service>("objects/services.jsonl")
        + same_as_serde::<Node>("objects/nodes.jsonl");
    if common::corpus_path("objects").is_some() {
        assert!(n > 10_000, "{n}");
    }
}

/// Breaking one value of a real pod is reported at that value's path.
#[test]
fn injected_errors_in_corpus_pods_are_located() {
    let Some(records) = common::records("objects/pods.jsonl") else {
        return;
    };
    let mut located = 0;
    for (at, record) in &records {
        let pod = &record["object"];
        if tracked::<Pod>(&pod.to_string()).is_err() {
            continue;
        }
        let containers = pod["spec"]["containers"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for (i, container) in containers.iter().enumerate() {
            for (j, _) in container["ports"]
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
            {
                let mut broken = pod.clone();
                broken["spec"]["containers"][i]["ports"][j]["containerPort"] = json!("http");
                let (path, _) = error_at::<Pod>(&broken);
                assert_eq!(
                    path,
                    format!("spec.containers[{i}].ports[{j}].containerPort"),
                    "{at}"
                );
                located += 1;
            }
            let limits = container["resources"]["limits"]
                .as_object()
                .cloned()
                .unwrap_or_default();
            for name in limits.keys() {
                let mut broken = pod.clone();
                broken["spec"]["containers"][i]["resources"]["limits"][name] = json!("1..5");
                let (path, _) = error_at::<Pod>(&broken);
                assert_eq!(
                    path,
                    format!("spec.containers[{i}].resources.limits[{name}]"),
                    "{at}"
                );
                located += 1;
            }
        }
        if let Some(key) = pod["metadata"]["labels"]
            .as_object()
            .and_then(|l| l.keys().next())
        {
            let mut broken = pod.clone();
            broken["metadata"]["labels"][key] = json!(["not", "a", "string"]);
            let (path, _) = error_at::<Pod>(&broken);
            assert_eq!(path, format!("metadata.labels[{key}]"), "{at}");
            located += 1;
        }
    }
    assert!(located > 5_000, "{located}");
}
