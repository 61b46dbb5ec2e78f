//! LimitRanger defaulting against the Go originals: the `pod_resources_after_defaulting` and
//! `annotation` answers of every `limit_range` vector with a pod (tests/data/conformance), plus
//! the real-world set in ../shared when present. Validation (`errors`) is not implemented yet,
//! so the `limit_range` op itself is not answered by the runner.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use flate2::read::GzDecoder;
use kube_primitives::api::core::{Container, LimitRangeSpec, Pod};
use kube_primitives::quota::{apply_limit_range_defaults, ResourceList, LIMIT_RANGER_ANNOTATION};
use serde_json::{json, Map, Value};

fn list(l: &ResourceList) -> Value {
    Value::Object(
        l.iter()
            .map(|(k, v)| (k.to_string(), json!(v.to_string())))
            .collect::<Map<_, _>>(),
    )
}

fn containers(cs: &[Container]) -> Value {
    cs.iter()
        .map(|c| json!({"name": c.name, "requests": list(&c.resources.requests), "limits": list(&c.resources.limits)}))
        .collect()
}

fn check(lines: impl Iterator<Item = String>, what: &str) -> (usize, Vec<String>) {
    let (mut checked, mut diffs) = (0, Vec::new());
    for line in lines {
        let v: Value = serde_json::from_str(&line).unwrap();
        if v.get("pod").is_none() {
            continue;
        }
        let lr: LimitRangeSpec = serde_json::from_value(v["limit_range"].clone()).unwrap();
        let pod: Pod = serde_json::from_value(v["pod"].clone()).unwrap();
        let (after, _) = apply_limit_range_defaults(&lr, &pod);
        // The answer is the pod's annotation afterwards: an old value stays when nothing was set.
        let note = after
            .metadata
            .annotations
            .get(LIMIT_RANGER_ANNOTATION)
            .cloned();
        let got = json!({
            "containers": containers(&after.spec.containers),
            "init_containers": containers(&after.spec.init_containers),
        });
        let expect = &v["expect"];
        checked += 1;
        if got != expect["pod_resources_after_defaulting"]
            || note.as_ref().map(|n| json!(n)) != expect.get("annotation").cloned()
        {
            diffs.push(format!("{what}: {line}\n  got {got} {note:?}"));
        }
    }
    (checked, diffs)
}

#[test]
fn defaults_agree_with_upstream() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gz = BufReader::new(GzDecoder::new(
        File::open(root.join("tests/data/conformance/limit_range.jsonl.gz")).unwrap(),
    ));
    let (mut checked, mut diffs) = check(gz.lines().map(Result::unwrap), "vectors");
    if let Ok(f) = File::open(root.join("../shared/conformance/real/limit_range.jsonl")) {
        let (c, d) = check(BufReader::new(f).lines().map(Result::unwrap), "real");
        checked += c;
        diffs.extend(d);
    }
    assert!(checked > 1000, "only {checked} requests with a pod");
    assert!(
        diffs.is_empty(),
        "{} of {checked} disagree; first:\n{}",
        diffs.len(),
        diffs.iter().take(3).cloned().collect::<Vec<_>>().join("\n")
    );
}
