//! Reviews over HTTP, built from the corpus objects: allowed, denied with the API server's exact
//! message, and patched losslessly.

#[path = "../../checks/tests/common/mod.rs"]
mod common;
mod support;

use kube_primitives::api::core::{LimitRangeSpec, Pod, ResourceQuota};
use kube_primitives::quota::apply_limit_range_defaults;
use kube_primitives_webhook::config::LimitRange;
use kube_primitives_webhook::{Limits, Policy, Webhook};
use serde_json::{json, Value};
use support::{apply_patch, pod_review, post, response, review, start};

/// Upstream's DNS-1123 subdomain message (`IsDNS1123Subdomain`), as the conformance vectors
/// record the Go output (`validate_object_meta.jsonl`).
const SUBDOMAIN: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric \
characters, '-' or '.', and must start and end with an alphanumeric character (e.g. \
'example.com', regex used for validation is \
'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/// Corpus pods that decode as pods, named and placed in `namespace` as the API server would
/// send them (templates have no name of their own).
fn corpus_pods(namespace: &str, most: usize) -> Option<Vec<Value>> {
    let records = common::records("objects/pods.jsonl")?;
    let pods = records
        .into_iter()
        .filter_map(|(_, r)| {
            let mut doc = r["object"].clone();
            serde_json::from_value::<Pod>(doc.clone()).ok()?;
            let meta = doc.as_object_mut()?.entry("metadata").or_insert(json!({}));
            let meta = meta.as_object_mut()?;
            meta.insert("namespace".into(), json!(namespace));
            Some(doc)
        })
        .take(most)
        .collect();
    Some(pods)
}

fn limit_range() -> LimitRangeSpec {
    serde_json::from_value(json!({"limits": [
        {"type": "Container",
         "default": {"cpu": "500m", "memory": "256Mi"},
         "defaultRequest": {"cpu": "100m", "memory": "64Mi"}}
    ]}))
    .unwrap()
}

fn quota(namespace: &str) -> ResourceQuota {
    serde_json::from_value(json!({
        "metadata": {"name": "team-a", "namespace": namespace},
        "spec": {"hard": {"requests.cpu": "1", "pods": "10"}},
        "status": {"hard": {"requests.cpu": "1", "pods": "10"},
                   "used": {"requests.cpu": "600m", "pods": "1"}}
    }))
    .unwrap()
}

fn webhook() -> Webhook {
    let mut policy = Policy::default();
    policy.add_quota(quota("team-a"));
    policy.limit_ranges.push(LimitRange {
        metadata: serde_json::from_value(json!({"name": "defaults", "namespace": "shop"})).unwrap(),
        spec: limit_range(),
    });
    Webhook {
        policy,
        default_tolerations: false,
        allow_privileged: false,
    }
}

#[tokio::test]
async fn corpus_pods_are_allowed_or_denied_as_invalid() {
    let Some(pods) = corpus_pods("default", 400) else {
        return;
    };
    let addr = start(webhook(), Limits::default()).await;
    let (mut allowed, mut denied) = (0, 0);
    for (i, pod) in pods.iter().enumerate() {
        let uid = format!("uid-{i}");
        let r = response(
            &post(addr, "/validate", &pod_review(&uid, "default", pod)).await,
            &uid,
        );
        if r["allowed"] == true {
            allowed += 1;
            assert!(r.get("status").is_none());
        } else {
            denied += 1;
            let status = &r["status"];
            assert_eq!(status["code"], 422, "{r}");
            assert_eq!(status["reason"], "Invalid");
            assert!(
                status["message"].as_str().unwrap().starts_with("Pod \""),
                "{r}"
            );
        }
    }
    // Templates without a name are denied (`metadata.name: Required value`); most pods pass.
    assert!(allowed > denied, "{allowed} allowed, {denied} denied");
}

#[tokio::test]
async fn invalid_name_is_denied_with_the_api_servers_status() {
    let Some(pods) = corpus_pods("default", 1) else {
        return;
    };
    let addr = start(webhook(), Limits::default()).await;
    let mut pod = pods[0].clone();
    pod["metadata"]["name"] = json!("A");
    let r = response(
        &post(addr, "/validate", &pod_review("u1", "default", &pod)).await,
        "u1",
    );
    assert_eq!(r["allowed"], false);
    let status = &r["status"];
    assert_eq!(
        status["message"],
        format!("Pod \"A\" is invalid: metadata.name: Invalid value: \"A\": {SUBDOMAIN}")
    );
    assert_eq!(status["code"], 422);
    assert_eq!(status["reason"], "Invalid");
    assert_eq!(status["status"], "Failure");
    assert_eq!(
        status["details"],
        json!({"name": "A", "kind": "Pod", "causes": [{
            "reason": "FieldValueInvalid",
            "message": format!("Invalid value: \"A\": {SUBDOMAIN}"),
            "field": "metadata.name"
        }]})
    );
}

#[tokio::test]
async fn workload_selectors_and_services_are_checked() {
    let addr = start(webhook(), Limits::default()).await;
    let Some(records) = common::records("objects/deployments.jsonl") else {
        return;
    };
    let mut deployment = records
        .into_iter()
        .map(|(_, r)| r["object"].clone())
        .find(|d| d["apiVersion"] == "apps/v1" && d.pointer("/spec/selector/matchLabels").is_some())
        .expect("an apps/v1 deployment with matchLabels");
    deployment["metadata"] = json!({"name": "web", "namespace": "shop"});
    let send = |d: &Value, uid: &str| {
        serde_json::to_vec(&review(
            uid,
            ("apps", "v1", "Deployment"),
            "deployments",
            "shop",
            d,
        ))
        .unwrap()
    };
    // The template's labels no longer match (ValidatePodTemplateSpecForReplicaSet); bad values
    // print as JSON since 1.34.
    let mut mismatched = deployment.clone();
    mismatched["spec"]["template"]["metadata"]["labels"] = json!({"app": "other", "tier": "web"});
    let r = response(
        &post(addr, "/validate", &send(&mismatched, "d1")).await,
        "d1",
    );
    assert_eq!(
        r["status"]["message"],
        "Deployment.apps \"web\" is invalid: spec.template.metadata.labels: Invalid value: \
         {\"app\":\"other\",\"tier\":\"web\"}: `selector` does not match template `labels`"
    );
    // An empty selector (ValidateDeploymentSpec).
    let mut empty = deployment.clone();
    empty["spec"]["selector"] = json!({});
    let r = response(&post(addr, "/validate", &send(&empty, "d2")).await, "d2");
    assert_eq!(
        r["status"]["message"],
        "Deployment.apps \"web\" is invalid: spec.selector: Invalid value: {}: \
         empty selector is invalid for deployment"
    );
    let r = response(
        &post(addr, "/validate", &send(&deployment, "d3")).await,
        "d3",
    );
    assert_eq!(r["allowed"], true, "{r}");

    // A service: `ValidateService`'s message for an unknown session affinity.
    let service = json!({"apiVersion": "v1", "kind": "Service",
        "metadata": {"name": "web", "namespace": "shop"},
        "spec": {"ports": [{"port": 80}], "sessionAffinity": "Sticky"}});
    let body = serde_json::to_vec(&review(
        "s1",
        ("", "v1", "Service"),
        "services",
        "shop",
        &service,
    ))
    .unwrap();
    let r = response(&post(addr, "/validate", &body).await, "s1");
    assert_eq!(
        r["status"]["message"],
        "Service \"web\" is invalid: spec.sessionAffinity: Unsupported value: \"Sticky\": \
         supported values: \"ClientIP\", \"None\""
    );
}

/// Whole pods and the batch kinds go through the library's 1.36 validation; privileged
/// containers follow `--allow-privileged`.
#[tokio::test]
async fn whole_pods_jobs_and_privileged_containers() {
    let addr = start(webhook(), Limits::default()).await;
    let privileged_addr = start(
        Webhook {
            allow_privileged: true,
            ..webhook()
        },
        Limits::default(),
    )
    .await;
    // Requests above limits (ValidateResourceRequirements).
    let pod = json!({"metadata": {"name": "web", "namespace": "team-b"}, "spec": {"containers": [
        {"name": "app", "image": "nginx", "resources": {"requests": {"cpu": "2"}, "limits": {"cpu": "1"}}}]}});
    let r = response(
        &post(addr, "/validate", &pod_review("p1", "team-b", &pod)).await,
        "p1",
    );
    assert_eq!(
        r["status"]["message"],
        "Pod \"web\" is invalid: spec.containers[0].resources.requests: Invalid value: \"2\": \
         must be less than or equal to cpu limit of 1"
    );
    // A privileged container: refused unless the API server allows them.
    let pod = json!({"metadata": {"name": "web", "namespace": "team-b"}, "spec": {"containers": [
        {"name": "app", "image": "nginx", "securityContext": {"privileged": true}}]}});
    let r = response(
        &post(addr, "/validate", &pod_review("p2", "team-b", &pod)).await,
        "p2",
    );
    assert_eq!(
        r["status"]["message"],
        "Pod \"web\" is invalid: spec.containers[0].securityContext.privileged: Forbidden: \
         disallowed by cluster policy"
    );
    let r = response(
        &post(
            privileged_addr,
            "/validate",
            &pod_review("p3", "team-b", &pod),
        )
        .await,
        "p3",
    );
    assert_eq!(r["allowed"], true, "{r}");
    // A Job whose pods would restart forever (validateJobSpec).
    let job = json!({"apiVersion": "batch/v1", "kind": "Job",
        "metadata": {"name": "pi", "namespace": "team-b", "uid": "6a0b1f0e-5c44-4c3c-9a53-0d9d1a3c4b2f"},
        "spec": {"template": {"spec": {"restartPolicy": "Always",
            "containers": [{"name": "pi", "image": "perl"}]}}}});
    let body = serde_json::to_vec(&review(
        "j1",
        ("batch", "v1", "Job"),
        "jobs",
        "team-b",
        &job,
    ))
    .unwrap();
    let r = response(&post(addr, "/validate", &body).await, "j1");
    assert_eq!(
        r["status"]["message"],
        "Job.batch \"pi\" is invalid: spec.template.spec.restartPolicy: Required value: \
         valid values: \"OnFailure\", \"Never\""
    );
}

#[tokio::test]
async fn quota_admission_refuses_what_exceeds_the_quota() {
    let addr = start(webhook(), Limits::default()).await;
    let pod = |cpu: &str| {
        json!({"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "api-2", "namespace": "team-a"},
            "spec": {"containers": [{"name": "app", "image": "nginx",
                "resources": {"requests": {"cpu": cpu}}}]}})
    };
    let r = response(
        &post(addr, "/validate", &pod_review("q1", "team-a", &pod("600m"))).await,
        "q1",
    );
    let status = &r["status"];
    // The quota plugin's message (`admission.NewForbidden` over `CheckRequest`'s error).
    assert_eq!(
        status["message"],
        "pods \"api-2\" is forbidden: exceeded quota: team-a, requested: requests.cpu=600m, \
         used: requests.cpu=600m, limited: requests.cpu=1"
    );
    assert_eq!(
        (status["code"].clone(), status["reason"].clone()),
        (json!(403), json!("Forbidden"))
    );
    assert_eq!(status["details"], json!({"name": "api-2", "kind": "pods"}));
    let r = response(
        &post(addr, "/validate", &pod_review("q2", "team-a", &pod("400m"))).await,
        "q2",
    );
    assert_eq!(r["allowed"], true, "{r}");
    // Another namespace has no quota.
    let r = response(
        &post(addr, "/validate", &pod_review("q3", "other", &pod("600m"))).await,
        "q3",
    );
    assert_eq!(r["allowed"], true, "{r}");
}

#[tokio::test]
async fn corpus_pods_get_limit_range_defaults_as_a_lossless_patch() {
    let Some(pods) = corpus_pods("shop", 400) else {
        return;
    };
    let mut hook = webhook();
    hook.default_tolerations = true;
    let addr = start(hook, Limits::default()).await;
    let mut changed = 0;
    for (i, pod) in pods.iter().enumerate() {
        let uid = format!("m{i}");
        let r = response(
            &post(addr, "/mutate", &pod_review(&uid, "shop", pod)).await,
            &uid,
        );
        assert_eq!(r["allowed"], true, "{r}");
        let patched = apply_patch(&r, pod);
        // Only DefaultTolerationSeconds appends, to the tolerations.
        common::keeps(pod, &patched, "", &["/spec/tolerations"]);
        if patched != *pod {
            changed += 1;
        }
        // What the patch did is what the library does to the modelled pod.
        let want = apply_limit_range_defaults(
            &limit_range(),
            &serde_json::from_value(pod.clone()).unwrap(),
        )
        .pod;
        let got: Pod = serde_json::from_value(patched.clone()).unwrap();
        assert_eq!(got.spec.containers, want.spec.containers, "{uid}");
        assert_eq!(got.metadata.annotations, want.metadata.annotations, "{uid}");
        let tolerations = patched["spec"]["tolerations"]
            .as_array()
            .expect("tolerations");
        assert!(
            tolerations
                .iter()
                .any(|t| t["key"] == "node.kubernetes.io/not-ready"
                    || t["operator"] == "Exists" && t.get("key").is_none()),
            "{uid}: {tolerations:?}"
        );
    }
    assert!(
        changed * 2 > pods.len(),
        "only {changed} of {} pods patched",
        pods.len()
    );
}

#[tokio::test]
async fn a_pod_elsewhere_or_complete_gets_no_patch() {
    let addr = start(webhook(), Limits::default()).await;
    let pod = json!({"metadata": {"name": "p", "namespace": "shop"}, "spec": {"containers": [
        {"name": "a", "resources": {"requests": {"cpu": "1", "memory": "1Gi"},
                                    "limits": {"cpu": "1", "memory": "1Gi"}}}]}});
    let r = response(
        &post(addr, "/mutate", &pod_review("n1", "shop", &pod)).await,
        "n1",
    );
    assert_eq!(r, json!({"uid": "n1", "allowed": true}));
    let r = response(
        &post(
            addr,
            "/mutate",
            &pod_review(
                "n2",
                "elsewhere",
                &json!({
        "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a"}]}}),
            ),
        )
        .await,
        "n2",
    );
    assert_eq!(r, json!({"uid": "n2", "allowed": true}));
}
