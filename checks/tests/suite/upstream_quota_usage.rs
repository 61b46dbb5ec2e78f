//! Pod quota usage, scopes and constraints after pkg/quota/v1/evaluator/core/pods_test.go
//! (`TestPodEvaluatorUsage`, `TestPodEvaluatorMatchingScopes`, `TestPodConstraintsFunc`,
//! `TestPodEvaluatorMatchingResources`).
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/quota/v1/evaluator/core/pods_test.go>

use kube_primitives::api::core::{Pod, ScopedResourceSelectorRequirement, Time};
use kube_primitives::quota::{
    is_pod_quota_eligible, matching_resources, matching_scopes, pod_constraints, pod_matches_scope,
    pod_usage, ScopeError,
};
use serde_json::{json, Value};

const NOW: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z

fn pod(v: Value) -> Pod {
    serde_json::from_value(v).unwrap()
}

fn usage(p: &Pod) -> Vec<(String, String)> {
    pod_usage(p, Time::from_unix_seconds(NOW))
        .iter()
        .map(|(n, q)| (n.to_string(), q.to_string()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn usage_rows() {
    // init container larger than the app container: the init container decides.
    let p = pod(json!({"spec": {
        "initContainers": [{"name": "i", "resources": {"requests": {"cpu": "1m"}, "limits": {"cpu": "2m"}}}],
        "containers": [{"name": "c"}]
    }}));
    assert_eq!(
        usage(&p),
        pairs(&[
            ("count/pods", "1"),
            ("cpu", "1m"),
            ("limits.cpu", "2m"),
            ("pods", "1"),
            ("requests.cpu", "1m")
        ])
    );
    // hugepages under both names, extended resources as requests.<name>.
    let p = pod(json!({"spec": {"containers": [{"name": "c", "resources": {
        "requests": {"hugepages-2Mi": "100Mi", "example.com/dongle": "3"},
        "limits": {"hugepages-2Mi": "100Mi", "example.com/dongle": "3"}
    }}]}}));
    assert_eq!(
        usage(&p),
        pairs(&[
            ("count/pods", "1"),
            ("hugepages-2Mi", "100Mi"),
            ("pods", "1"),
            ("requests.example.com/dongle", "3"),
            ("requests.hugepages-2Mi", "100Mi"),
        ])
    );
    // Finished pods and pods past their deletion grace only count as objects.
    for phase in ["Succeeded", "Failed"] {
        let p = pod(
            json!({"spec": {"containers": [{"name": "c", "resources": {"requests": {"cpu": "1"}}}]},
                          "status": {"phase": phase}}),
        );
        assert!(!is_pod_quota_eligible(&p, Time::from_unix_seconds(NOW)));
        assert_eq!(usage(&p), pairs(&[("count/pods", "1")]));
    }
    let deleting = |grace: i64| {
        pod(
            json!({"metadata": {"deletionTimestamp": "2025-12-31T23:59:00Z", "deletionGracePeriodSeconds": grace},
                   "spec": {"containers": [{"name": "c"}]}}),
        )
    };
    assert!(!is_pod_quota_eligible(
        &deleting(30),
        Time::from_unix_seconds(NOW)
    ));
    assert!(is_pod_quota_eligible(
        &deleting(60),
        Time::from_unix_seconds(NOW)
    ));
    assert!(is_pod_quota_eligible(
        &deleting(61),
        Time::from_unix_seconds(NOW)
    ));
}

#[test]
fn scopes() {
    let scope =
        |v: Value| -> ScopedResourceSelectorRequirement { serde_json::from_value(v).unwrap() };
    let best_effort =
        pod(json!({"spec": {"containers": [{"name": "c"}], "priorityClassName": "high"}}));
    let terminating = pod(
        json!({"spec": {"containers": [{"name": "c", "resources": {"requests": {"cpu": "1"}}}],
                                         "activeDeadlineSeconds": 0,
                                         "affinity": {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
                                             {"weight": 1, "podAffinityTerm": {"namespaceSelector": {}, "topologyKey": "zone"}}]}}}}),
    );
    let rows = [
        (
            json!({"scopeName": "BestEffort", "operator": "Exists"}),
            true,
            false,
        ),
        (
            json!({"scopeName": "NotBestEffort", "operator": "DoesNotExist"}),
            false,
            true,
        ),
        (
            json!({"scopeName": "Terminating", "operator": "Exists"}),
            false,
            true,
        ),
        (
            json!({"scopeName": "NotTerminating", "operator": "Exists"}),
            true,
            false,
        ),
        (
            json!({"scopeName": "CrossNamespacePodAffinity", "operator": "Exists"}),
            false,
            true,
        ),
        (
            json!({"scopeName": "PriorityClass", "operator": "Exists"}),
            true,
            false,
        ),
        (
            json!({"scopeName": "PriorityClass", "operator": "In", "values": ["high"]}),
            true,
            false,
        ),
        (
            json!({"scopeName": "PriorityClass", "operator": "NotIn", "values": ["high"]}),
            false,
            true,
        ),
        (
            json!({"scopeName": "PriorityClass", "operator": "DoesNotExist"}),
            false,
            true,
        ),
        (
            json!({"scopeName": "Bogus", "operator": "Exists"}),
            false,
            false,
        ),
    ];
    for (s, first, second) in rows {
        let s = scope(s);
        assert_eq!(pod_matches_scope(&s, &best_effort), Ok(first), "{s}");
        assert_eq!(pod_matches_scope(&s, &terminating), Ok(second), "{s}");
    }
    let bad = [
        scope(json!({"scopeName": "PriorityClass", "operator": "Equals", "values": ["a"]})),
        scope(json!({"scopeName": "PriorityClass", "operator": "In"})),
        scope(json!({"scopeName": "PriorityClass", "operator": "In", "values": []})),
    ];
    let texts: Vec<String> = bad
        .iter()
        .map(|s| pod_matches_scope(s, &best_effort).unwrap_err().to_string())
        .collect();
    assert_eq!(texts, [
        "failed to parse and convert selector: \"Equals\" is not a valid scope selector operator",
        "failed to parse and convert selector: values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty",
        "failed to parse and convert selector: values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty",
    ]);
    let err = matching_scopes(&best_effort, &bad[..1]).unwrap_err();
    assert_eq!(err.scope, bad[0]);
    assert_eq!(err.error, ScopeError::Operator("Equals".into()));
    assert_eq!(
        err.to_string(),
        "error on matching scope {PriorityClass Equals [a]}: failed to parse and convert selector: \"Equals\" is not a valid scope selector operator"
    );
}

#[test]
fn resources_and_constraints() {
    let input = [
        "requests.example.com/foo",
        "pods",
        "hugepages-1Gi",
        "services",
        "cpu",
        "requests.storage",
        "cpu",
    ];
    assert_eq!(
        matching_resources(&input),
        ["cpu", "pods", "requests.example.com/foo", "hugepages-1Gi"]
    );
    let p = pod(json!({"spec": {
        "containers": [{"name": "b", "resources": {"requests": {"cpu": "1"}}}, {"name": "a"}],
        "initContainers": [{"name": "i", "resources": {"limits": {"memory": "1Gi"}}}]
    }}));
    assert_eq!(
        pod_constraints(&["cpu", "limits.memory", "services"], &p)
            .unwrap_err()
            .to_string(),
        "must specify cpu for: a,i; limits.memory for: a,b"
    );
    assert_eq!(
        pod_constraints(&["services", "requests.storage"], &p),
        Ok(())
    );
}
