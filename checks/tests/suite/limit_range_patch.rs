//! Lossless mutation: the LimitRanger's defaults as a JSON Patch on the original document, applied
//! with a real RFC 6902 implementation (`json-patch`). The patched document must read back as the
//! pod `apply_limit_range_defaults` returns, and keep every field of the original, modelled by
//! this crate or not.

use crate::common;

use json_patch::Patch;
use kube_primitives::api::core::{LimitRangeSpec, Pod};
use kube_primitives::quota::apply_limit_range_defaults;
use serde_json::{json, Value};

fn limit_range() -> LimitRangeSpec {
    serde_json::from_value(json!({"limits": [
        {"type": "Container",
         "default": {"cpu": "500m", "memory": "256Mi", "ephemeral-storage": "1Gi"},
         "defaultRequest": {"cpu": "100m", "memory": "64Mi"}}
    ]}))
    .unwrap()
}

/// Applies the crate's patch for `doc` and returns the patched document.
fn patched(doc: &Value) -> Option<(Value, Pod)> {
    let pod: Pod = serde_json::from_value(doc.clone()).ok()?;
    let defaults = apply_limit_range_defaults(&limit_range(), &pod);
    let ops = defaults.json_patch(|p| doc.pointer(p).is_some_and(Value::is_object));
    let patch: Patch = serde_json::from_value(serde_json::to_value(&ops).unwrap()).unwrap();
    let mut out = doc.clone();
    json_patch::patch(&mut out, &patch).unwrap_or_else(|e| panic!("{e}: {ops:?} on {doc}"));
    Some((out, defaults.pod))
}

#[test]
fn unmodelled_fields_survive() {
    let doc = json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "p", "labels": {"app": "a"}, "annotations": {"note": "x"}},
        "spec": {
            "containers": [
                {"name": "a", "image": "nginx", "env": [{"name": "X", "value": "1"}],
                 "resources": {"claims": [{"name": "gpu"}], "limits": {"cpu": "2"}}},
                {"name": "b", "image": "busybox", "resources": null},
                {"name": "c", "image": "busybox"}
            ],
            "initContainers": [{"name": "i", "image": "busybox", "resources": {"requests": {}}}],
            "volumes": [{"name": "v", "emptyDir": {}}],
            "nodeSelector": {"disk": "ssd"}
        },
        "status": {"phase": "Pending"}
    });
    let (out, pod) = patched(&doc).unwrap();
    common::keeps(&doc, &out, "", &[]);
    assert_eq!(
        out.pointer("/spec/containers/0/resources/claims"),
        Some(&json!([{"name": "gpu"}]))
    );
    assert_eq!(
        out.pointer("/spec/containers/0/resources/limits/cpu"),
        Some(&json!("2"))
    );
    assert_eq!(
        out.pointer("/spec/containers/0/resources/requests/cpu"),
        Some(&json!("100m"))
    );
    assert_eq!(
        out.pointer("/spec/containers/1/resources/limits/memory"),
        Some(&json!("256Mi"))
    );
    assert_eq!(
        out.pointer("/spec/initContainers/0/resources/requests/memory"),
        Some(&json!("64Mi"))
    );
    assert_eq!(out.pointer("/metadata/annotations/note"), Some(&json!("x")));
    let back: Pod = serde_json::from_value(out).unwrap();
    assert_eq!(back, pod);
}

#[test]
fn nothing_to_do_is_an_empty_patch() {
    let doc = json!({"spec": {"containers": [{"name": "a", "resources": {
        "requests": {"cpu": "1", "memory": "1Gi"},
        "limits": {"cpu": "1", "memory": "1Gi", "ephemeral-storage": "1Gi"}}}]}});
    let pod: Pod = serde_json::from_value(doc.clone()).unwrap();
    let d = apply_limit_range_defaults(&limit_range(), &pod);
    assert!(!d.is_changed());
    assert!(d.json_patch(|p| doc.pointer(p).is_some()).is_empty());
}

#[test]
fn every_corpus_pod_patches_losslessly() {
    let Some(records) = common::records("objects/pods.jsonl") else {
        return;
    };
    let (mut read, mut changed) = (0, 0);
    for (at, record) in &records {
        let doc = &record["object"];
        let Some((out, pod)) = patched(doc) else {
            continue;
        };
        read += 1;
        if out != *doc {
            changed += 1;
        }
        common::keeps(doc, &out, at, &[]);
        let back: Pod = serde_json::from_value(out).unwrap_or_else(|e| panic!("{at}: {e}"));
        assert_eq!(back, pod, "{at}");
    }
    common::assert_share(read, records.len(), 90, "pods read");
    assert!(
        changed * 2 > read,
        "only {changed} of {read} pods got defaults"
    );
}
