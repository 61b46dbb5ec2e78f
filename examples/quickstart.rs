//! A tour of kube-primitives over a small embedded manifest: a namespace, a deployment, a service
//! and a quota. Each object's metadata is validated with the rules the API server would apply, and
//! the findings are printed.
//!
//! ```sh
//! cargo run --example quickstart
//! ```

use kube_primitives::api::core::ObjectMeta;
use kube_primitives::api::{GroupVersionKind, ResourceScope};
use kube_primitives::meta::field::Path;
use kube_primitives::meta::{validate, validate_object_meta, NameValidator};
use serde::Deserialize;

/// The manifest, as `kubectl get -o json` would print it. The service carries a label value
/// that the API server rejects.
const MANIFEST: &str = r#"{
  "apiVersion": "v1",
  "kind": "List",
  "items": [
    {
      "apiVersion": "v1",
      "kind": "Namespace",
      "metadata": {"name": "shop", "labels": {"kubernetes.io/metadata.name": "shop"}}
    },
    {
      "apiVersion": "apps/v1",
      "kind": "Deployment",
      "metadata": {
        "name": "web",
        "namespace": "shop",
        "labels": {"app.kubernetes.io/name": "web", "app.kubernetes.io/version": "1.4.2"},
        "annotations": {"deployment.kubernetes.io/revision": "3"}
      },
      "spec": {"replicas": 3}
    },
    {
      "apiVersion": "v1",
      "kind": "Service",
      "metadata": {
        "name": "web",
        "namespace": "shop",
        "labels": {"app.kubernetes.io/name": "web", "tier": "front end"}
      },
      "spec": {"selector": {"app.kubernetes.io/name": "web"}}
    },
    {
      "apiVersion": "v1",
      "kind": "ResourceQuota",
      "metadata": {"name": "compute", "namespace": "shop"},
      "spec": {"hard": {"pods": "10", "requests.cpu": "4", "requests.memory": "8Gi"}}
    }
  ]
}"#;

#[derive(Deserialize)]
struct List {
    items: Vec<Object>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Object {
    api_version: String,
    kind: String,
    metadata: ObjectMeta,
}

fn main() -> Result<(), serde_json::Error> {
    let list: List = serde_json::from_str(MANIFEST)?;
    println!("kube-primitives quickstart: {} objects\n", list.items.len());

    let mut problems = 0;
    for object in &list.items {
        let gvk = GroupVersionKind::from_api_version_and_kind(&object.api_version, &object.kind);
        let meta = &object.metadata;
        let scope = ResourceScope::of_builtin(&gvk.group, &gvk.kind);
        let name_rule = NameValidator::for_builtin(&gvk.group, &gvk.kind);
        println!("{gvk}");
        println!(
            "  name {:?}, namespace {:?}, {} labels, {} annotations",
            meta.name,
            meta.namespace,
            meta.labels.len(),
            meta.annotations.len()
        );
        let (Some(scope), Some(name_rule)) = (scope, name_rule) else {
            println!("  not a built-in kind this crate knows: skipped\n");
            continue;
        };
        println!("  {scope:?}, names checked as {name_rule:?}");
        let errs = validate_object_meta(
            meta,
            scope.is_namespaced(),
            name_rule,
            &Path::new("metadata"),
        );
        if errs.is_empty() {
            println!("  metadata: valid\n");
        } else {
            problems += errs.len();
            for e in &errs {
                println!("  error: {e}");
            }
            println!();
        }
    }

    // The validators also work alone, with Go's exact messages.
    println!("validate::dns1123_label(\"Web\"):");
    for v in validate::dns1123_label("Web") {
        println!("  {v}");
    }
    println!("\n{problems} problem(s) found");
    Ok(())
}
