//! `ObjectMeta` reads the `metadata` of real objects from public manifests
//! (`../shared/corpus/objects/*.jsonl`, read in place, never copied here): every object's
//! metadata deserializes, keeps its labels, annotations, owner references and finalizers, and
//! survives a serialize/deserialize round trip; validating it never panics.

use crate::common;

use std::fs;
use std::sync::LazyLock;

use kube_primitives::api::core::ObjectMeta;
use kube_primitives::api::{GroupVersionKind, ResourceScope};
use kube_primitives::meta::field::Path as FieldPath;
use kube_primitives::meta::{validate_object_meta, validate_object_meta_update, NameValidator};
use serde_json::Value;

fn count(v: Option<&Value>) -> usize {
    match v {
        Some(Value::Object(m)) => m.len(),
        Some(Value::Array(a)) => a.len(),
        _ => 0,
    }
}

/// Whether Go's `encoding/json` decodes this metadata: string fields hold strings, string maps
/// hold strings (null reads as empty everywhere).
fn go_decodes(raw: &Value) -> bool {
    let strings = [
        "name",
        "generateName",
        "namespace",
        "uid",
        "resourceVersion",
    ]
    .iter()
    .all(|k| raw.get(*k).map_or(true, |v| v.is_string() || v.is_null()));
    let maps = ["labels", "annotations"].iter().all(|k| match raw.get(*k) {
        Some(Value::Object(m)) => m.values().all(|v| v.is_string() || v.is_null()),
        Some(Value::Null) | None => true,
        Some(_) => false,
    });
    static RFC3339: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
            .expect("compiles")
    });
    let rfc3339 = &*RFC3339;
    let times = ["creationTimestamp", "deletionTimestamp"].iter().all(|k| {
        raw.get(*k).map_or(true, |v| {
            v.is_null() || v.as_str().is_some_and(|t| rfc3339.is_match(t))
        })
    });
    strings && maps && times
}

#[test]
fn real_metadata_reads_and_round_trips() {
    let Some(dir) = common::corpus_path("objects") else {
        return;
    };
    let entries = fs::read_dir(&dir).expect("readable corpus folder");
    let (mut objects, mut validated, mut with_errors, mut rejected) = (0, 0, 0, 0);
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.extension().map_or(true, |e| e != "jsonl") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("readable corpus file");
        for (n, line) in text.lines().enumerate() {
            let record: Value = serde_json::from_str(line).expect("corpus line is JSON");
            let object = &record["object"];
            let Some(raw) = object.get("metadata") else {
                continue;
            };
            let at = format!("{}:{}", path.display(), n + 1);
            // `metadata: null` leaves Go's zero value, as every null in our wire types does.
            let read = serde_json::from_value::<Option<ObjectMeta>>(raw.clone());
            if !go_decodes(raw) {
                // Go's decoder rejects these too (`labels: {select: false}`).
                assert!(
                    read.is_err(),
                    "{at}: Go rejects this metadata, we read it\n{raw}"
                );
                rejected += 1;
                continue;
            }
            let meta = read
                .unwrap_or_else(|e| panic!("{at}: metadata does not read: {e}\n{raw}"))
                .unwrap_or_default();
            objects += 1;
            assert_eq!(meta.labels.len(), count(raw.get("labels")), "{at}: labels");
            assert_eq!(
                meta.annotations.len(),
                count(raw.get("annotations")),
                "{at}: annotations"
            );
            assert_eq!(
                meta.owner_references.len(),
                count(raw.get("ownerReferences")),
                "{at}"
            );
            assert_eq!(meta.finalizers.len(), count(raw.get("finalizers")), "{at}");
            assert_eq!(
                meta.name,
                raw.get("name").and_then(Value::as_str).unwrap_or(""),
                "{at}"
            );

            let json = serde_json::to_value(&meta).expect("serializes");
            let back: ObjectMeta = serde_json::from_value(json).expect("reads back");
            assert_eq!(back, meta, "{at}: round trip");

            let gvk = GroupVersionKind::from_api_version_and_kind(
                object["apiVersion"].as_str().unwrap_or(""),
                object["kind"].as_str().unwrap_or(""),
            );
            let root = FieldPath::new("metadata");
            if let (Some(scope), Some(rule)) = (
                ResourceScope::of_builtin(&gvk.group, &gvk.kind),
                NameValidator::for_builtin(&gvk.group, &gvk.kind),
            ) {
                validated += 1;
                let errs = validate_object_meta(&meta, scope.is_namespaced(), rule, &root);
                with_errors += usize::from(!errs.is_empty());
                for e in &errs {
                    assert!(e.to_string().starts_with("metadata."), "{at}: {e}");
                }
            }
            // Updating an object to itself only ever complains about the resource version.
            for e in &validate_object_meta_update(&meta, &meta, &root) {
                let s = e.to_string();
                assert!(
                    s.starts_with("metadata.resourceVersion")
                        || s.starts_with("metadata.labels")
                        || s.starts_with("metadata.annotations")
                        || s.starts_with("metadata.ownerReferences")
                        || s.starts_with("metadata.managedFields"),
                    "{at}: {s}"
                );
            }
        }
    }
    println!(
        "{objects} objects read, {rejected} rejected as Go rejects them, {validated} validated, \
         {with_errors} with metadata errors"
    );
    assert!(
        objects > 10_000,
        "expected the whole corpus, read {objects}"
    );
}
