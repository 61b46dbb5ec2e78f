//! The DefaultTolerationSeconds plugin's change as a JSON Patch on the original pod document,
//! applied with a real RFC 6902 implementation (`json-patch`): the tolerations the plugin adds
//! appear, every original value stays.

use crate::common;

use json_patch::Patch;
use kube_primitives::api::core::Toleration;
use kube_primitives::node::{default_tolerations_patch, with_default_tolerations};
use serde_json::{json, Value};

fn tolerations_of(doc: &Value) -> Vec<Toleration> {
    doc.pointer("/spec/tolerations")
        .filter(|v| !v.is_null())
        .map(|v| serde_json::from_value(v.clone()).expect("tolerations"))
        .unwrap_or_default()
}

fn patched(doc: &Value) -> Value {
    let ops = default_tolerations_patch(&tolerations_of(doc), |p| {
        doc.pointer(p)
            .is_some_and(|v| v.is_object() || v.is_array())
    });
    let patch: Patch = serde_json::from_value(serde_json::to_value(&ops).unwrap()).unwrap();
    let mut out = doc.clone();
    json_patch::patch(&mut out, &patch).unwrap_or_else(|e| panic!("{e}: {ops:?} on {doc}"));
    out
}

/// The patched document holds exactly the tolerations `with_default_tolerations` gives, and
/// everything else of the original.
fn check(doc: &Value) {
    let out = patched(doc);
    assert_eq!(
        tolerations_of(&out),
        with_default_tolerations(&tolerations_of(doc)),
        "{doc}"
    );
    let (mut a, mut b) = (doc.clone(), out);
    for v in [&mut a, &mut b] {
        if let Some(spec) = v.get_mut("spec").and_then(Value::as_object_mut) {
            spec.remove("tolerations");
        }
    }
    // A missing or null spec became an object holding only the tolerations.
    if doc.get("spec").map_or(true, Value::is_null) {
        for v in [&mut a, &mut b] {
            v.as_object_mut().map(|o| o.remove("spec"));
        }
    }
    assert_eq!(a, b, "other fields changed");
}

#[test]
fn shapes() {
    for doc in [
        json!({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "image": "x"}]}}),
        json!({"spec": {"tolerations": null, "nodeSelector": {"disk": "ssd"}}}),
        json!({"spec": {"tolerations": [{"key": "gpu", "operator": "Exists", "effect": "NoSchedule"}]}}),
        json!({"spec": {"tolerations": [{"key": "node.kubernetes.io/not-ready", "operator": "Exists",
                                          "effect": "NoExecute", "tolerationSeconds": 10}]}}),
        json!({"spec": {"tolerations": [{"operator": "Exists"}]}}),
        json!({"kind": "Pod"}),
    ] {
        check(&doc);
    }
    // A pod that tolerates everything gets no operation at all.
    let all = json!({"spec": {"tolerations": [{"operator": "Exists"}]}});
    assert!(default_tolerations_patch(&tolerations_of(&all), |_| true).is_empty());
}

#[test]
fn every_corpus_pod() {
    let Some(records) = common::records("objects/pods.jsonl") else {
        return;
    };
    let mut checked = 0;
    for (_, record) in &records {
        let doc = &record["object"];
        let ok = doc.pointer("/spec/tolerations").map_or(true, |t| {
            t.is_null() || serde_json::from_value::<Vec<Toleration>>(t.clone()).is_ok()
        });
        // Documents whose spec is not an object (doc fragments) are no pods.
        let spec_ok = doc
            .get("spec")
            .map_or(true, |s| s.is_object() || s.is_null());
        if ok && doc.is_object() && spec_ok {
            check(doc);
            checked += 1;
        }
    }
    common::assert_share(checked, records.len(), 90, "pods checked");
}
