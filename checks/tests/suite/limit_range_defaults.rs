//! LimitRanger defaulting against the Go originals: the `pod_resources_after_defaulting` and
//! `annotation` answers of every `limit_range` vector with a pod (tests/data/conformance), plus
//! the real-world set in ../shared when present (the whole op, validation included, is replayed
//! by tests/conformance.rs); and a few validation rows beyond upstream's tables (ratio edge
//! cases, pod totals breaking both bounds, claims without a request, the aggregate text).
//! Upstream's own admission_test.go tables are ported in `upstream_limit_ranger.rs`.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use flate2::read::GzDecoder;
use kube_primitives::api::core::{Container, LimitRangeSpec, Pod};
use kube_primitives::quota::{
    apply_limit_range_defaults, LimitRangeDefaults, ResourceList, LIMIT_RANGER_ANNOTATION,
};
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
        let LimitRangeDefaults { pod: after, .. } = apply_limit_range_defaults(&lr, &pod);
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
    if let Ok(f) = File::open(root.join("../../shared/conformance/real/limit_range.jsonl")) {
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

#[test]
fn validation_rows() {
    use kube_primitives::quota::{
        aggregate_message, validate_pod_limits, validate_pvc_limits, LimitType, LimitViolation,
        RequestOrLimit, ViolationKind,
    };
    let texts = |errs: &[LimitViolation]| errs.iter().map(|e| e.to_string()).collect::<Vec<_>>();
    let lr =
        |v: Value| -> LimitRangeSpec { serde_json::from_value(json!({ "limits": v })).unwrap() };
    let pod = |containers: Value| -> Pod {
        serde_json::from_value(json!({"spec": {"containers": containers}})).unwrap()
    };
    let ratio = lr(json!([{"type": "Container", "maxLimitRequestRatio": {"cpu": "1.5"}}]));
    let c = |req: &str, lim: &str| json!([{"name": "c", "resources": {"requests": {"cpu": req}, "limits": {"cpu": lim}}}]);
    assert!(validate_pod_limits(&ratio, &pod(c("1", "1500m"))).is_empty());
    assert_eq!(
        texts(&validate_pod_limits(&ratio, &pod(c("1", "2")))),
        ["cpu max limit to request ratio per Container is 1500m, but provided ratio is 2.000000"]
    );
    // The structured form names the item, the resource, the bound and what was found.
    let found = validate_pod_limits(&ratio, &pod(c("1", "2")));
    assert_eq!(
        (found[0].limit_type, found[0].resource.as_str()),
        (LimitType::Container, "cpu")
    );
    assert_eq!(found[0].enforced.to_string(), "1500m");
    assert_eq!(found[0].kind, ViolationKind::RatioExceeded { ratio: 2.0 });
    assert_eq!(
        validate_pod_limits(&ratio, &pod(c("0", "2")))[0].kind,
        ViolationKind::RatioUnspecified(RequestOrLimit::Request)
    );
    assert_eq!(
        texts(&validate_pod_limits(&ratio, &pod(c("0", "2")))),
        ["cpu max limit to request ratio per Container is 1500m, but no request is specified or request is 0"]
    );
    let bounds = lr(json!([{"type": "Pod", "min": {"memory": "1Gi"}, "max": {"memory": "4Gi"}}]));
    let two = pod(json!([
        {"name": "a", "resources": {"requests": {"memory": "256Mi"}, "limits": {"memory": "3Gi"}}},
        {"name": "b", "resources": {"requests": {"memory": "256Mi"}, "limits": {"memory": "2Gi"}}}
    ]));
    assert_eq!(
        texts(&validate_pod_limits(&bounds, &two)),
        [
            "minimum memory usage per Pod is 1Gi, but request is 512Mi",
            "maximum memory usage per Pod is 4Gi, but limit is 5Gi"
        ]
    );
    let pvc = lr(
        json!([{"type": "PersistentVolumeClaim", "min": {"storage": "1Gi"}, "max": {"storage": "10Gi"}}]),
    );
    let req =
        |s: &str| -> ResourceList { serde_json::from_value(json!({ "storage": s })).unwrap() };
    assert!(validate_pvc_limits(&pvc, &req("5Gi")).is_empty());
    assert_eq!(
        texts(&validate_pvc_limits(&pvc, &req("20Gi"))),
        ["maximum storage usage per PersistentVolumeClaim is 10Gi, but request is 20Gi"]
    );
    assert_eq!(
        texts(&validate_pvc_limits(&pvc, &ResourceList::new())),
        [
            "minimum storage usage per PersistentVolumeClaim is 1Gi.  No request is specified",
            "maximum storage usage per PersistentVolumeClaim is 10Gi.  No request is specified"
        ]
    );
    let msgs = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(aggregate_message(&msgs(&[])), None);
    assert_eq!(aggregate_message(&msgs(&["a", "a"])).as_deref(), Some("a"));
    assert_eq!(
        aggregate_message(&msgs(&["a", "b", "a"])).as_deref(),
        Some("[a, b]")
    );
}
