//! Service defaulting as a JSON Patch on the original document (`service::defaults_patch`),
//! applied with a real RFC 6902 implementation (`json-patch`) to every service in the corpus:
//! the patched document reads as `Service::with_defaults` gives, and every other value of the
//! original stays where it was.

use crate::common;

use json_patch::Patch;
use kube_primitives::api::core::Service;
use kube_primitives::service::defaults_patch;
use serde_json::{json, Value};

/// The patched document and the pointers the patch wrote.
fn patched(doc: &Value) -> (Value, Vec<String>) {
    let svc: Service = serde_json::from_value(doc.clone()).expect("service");
    let ops = defaults_patch(&svc, |p| {
        doc.pointer(p)
            .is_some_and(|v| v.is_object() || v.is_array())
    });
    let ops = serde_json::to_value(&ops).unwrap();
    let paths = ops
        .as_array()
        .unwrap()
        .iter()
        .map(|op| op["path"].as_str().unwrap().to_owned())
        .collect();
    let patch: Patch = serde_json::from_value(ops.clone()).unwrap();
    let mut out = doc.clone();
    json_patch::patch(&mut out, &patch).unwrap_or_else(|e| panic!("{e}: {ops} on {doc}"));
    (out, paths)
}

/// Every value of `original` outside the written pointers is unchanged in `out`.
fn kept(original: &Value, out: &Value, at: &str, written: &[String]) {
    if written
        .iter()
        .any(|w| at == w || at.starts_with(&format!("{w}/")))
    {
        return;
    }
    match original {
        Value::Object(members) => {
            for (k, v) in members {
                let key = k.replace('~', "~0").replace('/', "~1");
                let here = format!("{at}/{key}");
                if written.contains(&here) {
                    continue;
                }
                let next = out.get(k).unwrap_or_else(|| panic!("{here} lost"));
                kept(v, next, &here, written);
            }
        }
        Value::Array(items) => {
            let next = out
                .as_array()
                .unwrap_or_else(|| panic!("{at} no longer a list"));
            assert_eq!(items.len(), next.len(), "{at} changed length");
            for (i, (v, w)) in items.iter().zip(next).enumerate() {
                kept(v, w, &format!("{at}/{i}"), written);
            }
        }
        v => assert_eq!(v, out, "{at} changed"),
    }
}

fn check(doc: &Value) {
    let (out, written) = patched(doc);
    let svc: Service = serde_json::from_value(doc.clone()).unwrap();
    let after: Service = serde_json::from_value(out.clone()).expect("patched service decodes");
    assert_eq!(after, svc.clone().with_defaults(), "{doc}");
    kept(doc, &out, "", &written);
    // Applying the defaults again changes nothing.
    assert!(
        defaults_patch(&after, |p| out.pointer(p).is_some()).is_empty(),
        "{out}"
    );
}

#[test]
fn every_defaulted_field_and_nothing_else() {
    check(
        &json!({"metadata": {"name": "web", "annotations": {"a/b": "c"}},
        "spec": {"ports": [{"port": 80, "x-unknown": 1}, {"port": 53, "protocol": "UDP",
        "targetPort": "dns"}], "selector": {"app": "web"}}, "status": {"loadBalancer": {}}}),
    );
    // ClientIP without a timeout gets the default config; None drops a config.
    check(
        &json!({"spec": {"sessionAffinity": "ClientIP", "ports": [{"port": 1, "targetPort": 0}]}}),
    );
    check(&json!({"spec": {"sessionAffinity": "None",
        "sessionAffinityConfig": {"clientIP": {"timeoutSeconds": 5}}}}));
    // No spec at all: parents are created.
    check(&json!({"metadata": {"name": "bare"}}));
    check(
        &json!({"spec": {"type": "LoadBalancer", "clusterIP": "10.0.0.1",
        "ports": [{"port": 443, "targetPort": ""}]}}),
    );
}

#[test]
fn corpus_services() {
    let Some(records) = common::records("objects/services.jsonl") else {
        return;
    };
    let mut checked = 0;
    for (at, record) in &records {
        let doc = &record["object"];
        // serde reads a struct from a JSON array too, where Go refuses: such documents are no
        // services to patch.
        let spec_is_object = doc
            .get("spec")
            .map_or(true, |s| s.is_object() || s.is_null());
        if !spec_is_object || serde_json::from_value::<Service>(doc.clone()).is_err() {
            continue;
        }
        let result = std::panic::catch_unwind(|| check(doc));
        assert!(result.is_ok(), "{at}");
        checked += 1;
    }
    assert!(checked > 1_500, "{checked}");
}
