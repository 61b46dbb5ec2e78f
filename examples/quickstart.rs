//! A tour of kube-primitives over a small embedded manifest: a namespace, a deployment, a service
//! and a quota. Each object's metadata is validated with the rules the API server would apply;
//! then the deployment's and the service's selectors are checked against the pod template, and the
//! quota is summed up with exact quantities. Then one of the deployment's pods, as the kubelet
//! reports it, gets its phase, conditions, QoS class and quota charge; the service is validated
//! as the API server would and gets the Endpoints object the controller would write; and the
//! quota, recounted over three such pods, admits a fourth and turns a big one away. Last, a
//! LimitRange fills in a bare container's resources and refuses one that asks too much.
//!
//! ```sh
//! cargo run --example quickstart
//! ```

use std::collections::BTreeMap;

use kube_primitives::api::core::{
    LabelSelector, LimitRangeSpec, ObjectMeta, Pod, ResourceQuota, Service, Time,
};
use kube_primitives::api::{GroupVersionKind, Quantity, ResourceScope};
use kube_primitives::labels::LabelSet;
use kube_primitives::meta::field::Path;
use kube_primitives::meta::{validate, validate_object_meta, NameValidator};
use kube_primitives::probe::{
    kubelet_conditions, pod_phase, ContainerStatuses, NamespaceMode, Sandbox,
};
use kube_primitives::quota::{
    admit, aggregate_message, apply_limit_range_defaults, limit_ranger_handles, pod_qos, pod_usage,
    recalculate_usage, validate_pod_limits, LimitRangeDefaults, NamespaceObjects, PodAdmission,
};
use kube_primitives::selector::{FieldSelector, Selector};
use kube_primitives::service::{endpoints_for_service, validate_service_manifest};
use serde::Deserialize;

/// The manifest, as `kubectl get -o json` would print it. The service carries a label value
/// and a port name that the API server rejects.
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
      "spec": {
        "replicas": 3,
        "selector": {
          "matchLabels": {"app.kubernetes.io/name": "web"},
          "matchExpressions": [{"key": "track", "operator": "NotIn", "values": ["canary"]}]
        },
        "template": {"metadata": {"labels": {"app.kubernetes.io/name": "web", "track": "stable"}}}
      }
    },
    {
      "apiVersion": "v1",
      "kind": "Service",
      "metadata": {
        "name": "web",
        "namespace": "shop",
        "labels": {"app.kubernetes.io/name": "web", "tier": "front end"}
      },
      "spec": {
        "selector": {"app.kubernetes.io/name": "web"},
        "ports": [{"name": "HTTP", "port": 80, "targetPort": 8080}]
      }
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
    #[serde(default)]
    spec: serde_json::Value,
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
    selectors(&list)?;
    quota(&list)?;
    let pod = pod()?;
    service_and_quota(&list, &pod)?;
    limit_range(&pod)?;
    println!("\n{problems} problem(s) found in the manifest's metadata");
    Ok(())
}

/// The deployment's structured selector and the service's map selector, against the pod
/// template's labels; and a field selector over the objects' names.
fn selectors(list: &List) -> Result<(), serde_json::Error> {
    let of_kind = |kind: &str| list.items.iter().find(|o| o.kind == kind);
    let (Some(deployment), Some(service)) = (of_kind("Deployment"), of_kind("Service")) else {
        return Ok(());
    };
    let template: BTreeMap<String, String> =
        serde_json::from_value(deployment.spec["template"]["metadata"]["labels"].clone())?;
    let structured: LabelSelector = serde_json::from_value(deployment.spec["selector"].clone())?;
    println!("\nselectors");
    match Selector::from_label_selector(Some(&structured)) {
        Ok(s) => println!(
            "  deployment selects `{s}`: template matches = {}",
            s.matches(&template)
        ),
        Err(e) => println!("  deployment selector: error: {e}"),
    }
    let service_selector: LabelSet = serde_json::from_value(service.spec["selector"].clone())?;
    let s = Selector::from(&service_selector);
    println!(
        "  service selects `{s}`: template matches = {}",
        s.matches(&template)
    );
    let by_name = FieldSelector::one_term_equal("metadata.name", "web");
    let named_web = list
        .items
        .iter()
        .filter(|o| {
            by_name.matches(&BTreeMap::from([(
                "metadata.name".to_string(),
                o.metadata.name.clone(),
            )]))
        })
        .count();
    println!("  field selector `{by_name}` picks {named_web} object(s)");
    Ok(())
}

/// The quota's hard limits, parsed and printed in canonical form.
fn quota(list: &List) -> Result<(), serde_json::Error> {
    let Some(quota) = list.items.iter().find(|o| o.kind == "ResourceQuota") else {
        return Ok(());
    };
    let hard: BTreeMap<String, Quantity> = serde_json::from_value(quota.spec["hard"].clone())?;
    println!("\nquota {:?}", quota.metadata.name);
    for (name, q) in &hard {
        println!("  {name}: {q} (milli-units: {})", q.milli_value());
    }
    Ok(())
}

/// A pod of the deployment: the app runs and is ready, the log shipper keeps crashing.
const POD: &str = r#"{
  "metadata": {"name": "web-7d4b9c-x2x9z", "namespace": "shop", "generation": 1, "uid": "5f0c",
               "labels": {"app.kubernetes.io/name": "web", "track": "stable"}},
  "spec": {
    "nodeName": "node-a",
    "containers": [
      {"name": "app", "resources": {"requests": {"cpu": "250m", "memory": "256Mi"}}},
      {"name": "log-shipper", "resources": {"requests": {"cpu": "50m", "memory": "64Mi"}}}
    ]
  },
  "status": {"phase": "Running", "podIP": "10.0.0.7", "podIPs": [{"ip": "10.0.0.7"}], "containerStatuses": [
    {"name": "app", "ready": true, "started": true, "state": {"running": {"startedAt": "2026-01-01T00:00:00Z"}}},
    {"name": "log-shipper", "ready": false, "restartCount": 7,
     "state": {"waiting": {"reason": "CrashLoopBackOff"}},
     "lastState": {"terminated": {"exitCode": 1, "reason": "Error"}}}
  ]}
}"#;

/// The pod's phase and kubelet conditions, its QoS class and what it charges against quota.
fn pod() -> Result<Pod, serde_json::Error> {
    let mut pod: Pod = serde_json::from_str(POD)?;
    let phase = pod_phase(&pod, false, true);
    println!(
        "
pod {:?}: phase {phase}, QoS {}",
        pod.metadata.name,
        pod_qos(&pod)
    );
    let statuses = ContainerStatuses::of(&pod.status);
    // The runtime reports one ready sandbox with an IP.
    let sandbox = Sandbox::new(true, NamespaceMode::Pod, Some("10.0.0.7".into()));
    let conditions = kubelet_conditions(&pod, &pod.status, phase, statuses, &[sandbox]);
    pod.status.conditions = conditions.into_vec();
    for c in &pod.status.conditions {
        let why = if c.reason.is_empty() {
            String::new()
        } else {
            format!(" ({}: {})", c.reason, c.message)
        };
        println!("  {} = {}{why}", c.type_, c.status);
    }
    let charge = pod_usage(&pod, Time::from_unix_seconds(1_767_225_600));
    println!("  quota charge: {charge}");
    Ok(pod)
}

/// The service as the API server would validate it, the Endpoints the controller would write
/// for it with this pod, and the quota's decision on more pods like it.
fn service_and_quota(list: &List, pod: &Pod) -> Result<(), serde_json::Error> {
    let now = Time::from_unix_seconds(1_767_225_600);
    let Some(svc) = list.items.iter().find(|o| o.kind == "Service") else {
        return Ok(());
    };
    let service: Service = serde_json::from_value(serde_json::json!({
        "metadata": {"name": svc.metadata.name, "namespace": svc.metadata.namespace},
        "spec": svc.spec,
    }))?;
    println!("\nservice {:?}", service.metadata.name);
    for e in &validate_service_manifest(&service) {
        println!("  validation: {e}");
    }
    if let Some(ep) = endpoints_for_service(&service, std::slice::from_ref(pod)) {
        for subset in &ep.subsets {
            let ips = |a: &[kube_primitives::api::core::EndpointAddress]| {
                a.iter().map(|a| a.ip.clone()).collect::<Vec<_>>()
            };
            println!(
                "  endpoints: ready {:?}, not ready {:?} (the log shipper is crashing)",
                ips(&subset.addresses),
                ips(&subset.not_ready_addresses)
            );
        }
    }

    let Some(q) = list.items.iter().find(|o| o.kind == "ResourceQuota") else {
        return Ok(());
    };
    let mut quota: ResourceQuota = serde_json::from_value(serde_json::json!({
        "metadata": {"name": q.metadata.name, "namespace": q.metadata.namespace},
        "spec": q.spec,
    }))?;
    // The quota controller's count of three running replicas becomes the quota's status.
    let replicas = [pod.clone(), pod.clone(), pod.clone()];
    quota.status.hard = quota.spec.hard.clone();
    quota.status.used = recalculate_usage(&quota, NamespaceObjects::new(&replicas, &[], &[]), now);
    println!(
        "\nquota {:?} used: {}",
        quota.metadata.name, quota.status.used
    );
    let quotas = [quota];
    match admit(&quotas, &PodAdmission::create(pod, now), &[]) {
        Ok(writes) => println!(
            "  a fourth replica: admitted, used becomes {}",
            writes[0].status.used
        ),
        Err(e) => println!("  a fourth replica: {e}"),
    }
    let mut big = pod.clone();
    big.metadata.name = "batch-job".into();
    if let Some(c) = big.spec.containers.first_mut() {
        c.resources
            .requests
            .insert("cpu", "3500m".parse().unwrap_or_default());
    }
    match admit(&quotas, &PodAdmission::create(&big, now), &[]) {
        Ok(_) => println!("  a 3.5-CPU pod: admitted"),
        Err(e) => println!("  a 3.5-CPU pod: {e}"),
    }
    Ok(())
}

/// The LimitRanger on two versions of the pod: with its resources left out it gets the
/// namespace defaults (and the annotation saying so); asking for 4 CPUs it is refused.
fn limit_range(pod: &Pod) -> Result<(), serde_json::Error> {
    let lr: LimitRangeSpec = serde_json::from_value(serde_json::json!({"limits": [{
        "type": "Container",
        "default": {"cpu": "500m", "memory": "256Mi"},
        "defaultRequest": {"cpu": "100m", "memory": "128Mi"},
        "max": {"cpu": "2"}
    }]}))?;
    let now = Time::from_unix_seconds(1_767_225_600);
    let mut bare = pod.clone();
    for c in &mut bare.spec.containers {
        c.resources = Default::default();
    }
    println!("\nlimit range (container max cpu 2)");
    if limit_ranger_handles(&PodAdmission::create(&bare, now)) {
        let LimitRangeDefaults {
            pod: defaulted,
            annotation: note,
            ..
        } = apply_limit_range_defaults(&lr, &bare);
        if let Some(c) = defaulted.spec.containers.first() {
            println!(
                "  bare pod: {:?} gets requests {} and limits {}",
                c.name, c.resources.requests, c.resources.limits
            );
        }
        println!("  annotation: {}", note.unwrap_or_default());
    }
    let mut greedy = bare;
    if let Some(c) = greedy.spec.containers.first_mut() {
        c.resources
            .limits
            .insert("cpu", "4".parse().unwrap_or_default());
    }
    let LimitRangeDefaults { pod: greedy, .. } = apply_limit_range_defaults(&lr, &greedy);
    let errors = validate_pod_limits(&lr, &greedy);
    if let Some(text) = aggregate_message(&errors) {
        println!(
            "  a 4-CPU container: pods {:?} is forbidden: {text}",
            greedy.metadata.name
        );
    }
    Ok(())
}
