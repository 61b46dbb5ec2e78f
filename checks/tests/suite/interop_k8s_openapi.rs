//! Round trips over the objects corpus: JSON → k8s-openapi → ours → k8s-openapi → JSON → ours.
//!
//! For every object k8s-openapi decodes:
//! - the conversion to ours succeeds exactly when this crate's own serde decoding of the same
//!   JSON succeeds (both reject the same unparsable quantities);
//! - ours, from k8s-openapi, equals ours decoded straight from the JSON (every field both sides
//!   model is kept), after normalisation (absent, `null`, empty and zero are one);
//! - converting back to k8s-openapi, through JSON and to ours again gives the same value.

use crate::common;

use std::collections::BTreeMap;

use k8s_openapi::api::apps::v1 as apps;
use k8s_openapi::api::core::v1 as k8s;
use k8s_openapi::api::policy::v1 as policy;
use k8s_openapi::apimachinery::pkg::apis::meta::v1 as meta;
use kube_primitives::api::apps::Deployment;
use kube_primitives::api::core::{
    LabelSelector, LimitRange, LimitRangeSpec, Node, Pod, PodSpec, ResourceQuota, Service,
};
use kube_primitives::api::policy::PodDisruptionBudget;
use kube_primitives::api::Quantity;
use kube_primitives::interop::ConversionError;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// What happened to the records of one kind.
#[derive(Debug, Default, PartialEq)]
struct Counts {
    total: usize,
    /// k8s-openapi itself does not decode the JSON.
    undecodable: usize,
    /// Converted and round-tripped.
    converted: usize,
    /// Rejected by the conversion (and by this crate's serde alike).
    rejected: usize,
}

/// `null`, `""`, `false`, `0`, `[]` and `{}` removed, recursively: absent and empty are one.
fn normalise(v: &Value) -> Option<Value> {
    match v {
        Value::Null => None,
        Value::Bool(false) => None,
        Value::String(s) if s.is_empty() => None,
        Value::Number(n) if n.as_f64() == Some(0.0) => None,
        Value::Array(a) => {
            let items: Vec<Value> = a
                .iter()
                .map(|x| normalise(x).unwrap_or(Value::Object(Default::default())))
                .collect();
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Value::Object(o) => {
            let m: serde_json::Map<String, Value> = o
                .iter()
                .filter_map(|(k, x)| Some((k.clone(), normalise(x)?)))
                .collect();
            (!m.is_empty()).then_some(Value::Object(m))
        }
        other => Some(other.clone()),
    }
}

/// The fields the bridge does not carry on purpose: absent from some k8s-openapi version from
/// 1.33 to 1.37 (the names are unique to their types).
const UNCARRIED: &[&str] = &[
    "restartPolicyRules",
    "hostnameOverride",
    "schedulingGroup",
    "fileKeyRef",
    "podCertificate",
    "extendedResourceClaimStatus",
    "nodeAllocatableResourceClaimStatuses",
    "volumeStatus",
];

/// Removes the fields the bridge does not carry on purpose; `v` is a whole object.
fn drop_uncarried(v: &mut Value) {
    // A pod's `status.resources` and `status.allocatedResources` (1.34+); a container status's
    // `allocatedResourcesStatus[].resources[].message` (1.35+).
    if v["spec"].get("containers").is_some() {
        if let Some(status) = v.get_mut("status").and_then(Value::as_object_mut) {
            status.remove("resources");
            status.remove("allocatedResources");
        }
    }
    drop_uncarried_keys(v);
}

fn drop_uncarried_keys(v: &mut Value) {
    match v {
        Value::Object(o) => {
            for key in UNCARRIED {
                o.remove(*key);
            }
            if let Some(Value::Array(statuses)) = o.get_mut("allocatedResourcesStatus") {
                for r in statuses
                    .iter_mut()
                    .filter_map(|s| s.get_mut("resources").and_then(Value::as_array_mut))
                    .flatten()
                    .filter_map(Value::as_object_mut)
                {
                    r.remove("message");
                }
            }
            o.values_mut().for_each(drop_uncarried_keys);
        }
        Value::Array(a) => a.iter_mut().for_each(drop_uncarried_keys),
        _ => {}
    }
}

fn json<T: Serialize>(t: &T) -> Value {
    serde_json::to_value(t).expect("serializes")
}

/// Normalised JSON of ours; quantities compare by value, so they are printed canonically by
/// both sides already.
fn shape<T: Serialize>(t: &T) -> Option<Value> {
    let mut v = json(t);
    drop_uncarried(&mut v);
    normalise(&v)
}

/// A conversion's error: [`ConversionError`], or none for the infallible ones.
trait Failure: std::fmt::Display {
    fn path(&self) -> &str;
}

impl Failure for ConversionError {
    fn path(&self) -> &str {
        ConversionError::path(self)
    }
}

impl Failure for std::convert::Infallible {
    fn path(&self) -> &str {
        match *self {}
    }
}

/// One record: `object` decoded by k8s-openapi (`K`), converted to ours (`O`) and back.
fn round_trip<K, O>(id: &str, object: &Value, counts: &mut Counts)
where
    K: DeserializeOwned + Serialize + Clone + From<O>,
    O: DeserializeOwned + Serialize + Clone + TryFrom<K, Error: Failure>,
{
    counts.total += 1;
    let Ok(theirs) = serde_json::from_value::<K>(object.clone()) else {
        counts.undecodable += 1;
        return;
    };
    let direct = serde_json::from_value::<O>(object.clone());
    let ours = match O::try_from(theirs) {
        Ok(ours) => ours,
        Err(e) => {
            assert!(
                direct.is_err(),
                "{id}: the conversion rejects ({e}) what our serde reads"
            );
            assert!(!e.path().is_empty(), "{id}: {e} names no path");
            counts.rejected += 1;
            return;
        }
    };
    let direct = direct.unwrap_or_else(|e| panic!("{id}: our serde rejects ({e}) what converts"));
    assert_eq!(
        shape(&ours),
        shape(&direct),
        "{id}: converted differs from decoded"
    );
    let back = json(&K::from(ours.clone()));
    let again: K = serde_json::from_value(back.clone())
        .unwrap_or_else(|e| panic!("{id}: k8s-openapi rejects its own output ({e}): {back}"));
    let ours_again =
        O::try_from(again).unwrap_or_else(|e| panic!("{id}: second conversion fails: {e}"));
    assert_eq!(
        json(&ours),
        json(&ours_again),
        "{id}: round trip changes ours"
    );
    counts.converted += 1;
}

/// Runs `check` on every object of `file` whose kind is `kind`; `None` without the corpus.
fn corpus(file: &str, kind: &str, mut check: impl FnMut(&str, &Value)) -> Option<()> {
    for (id, record) in common::records(file)? {
        let object = &record["object"];
        if object["kind"] == kind {
            check(&id, object);
        }
    }
    Some(())
}

/// Runs the round trip over `kind` in `files`; at least `converted` objects must convert (the
/// corpus holds that many today: fewer means the bridge lost some).
fn run<K, O>(files: &[&str], kind: &str, converted: usize) -> Option<Counts>
where
    K: DeserializeOwned + Serialize + Clone + From<O>,
    O: DeserializeOwned + Serialize + Clone + TryFrom<K, Error: Failure>,
{
    let mut counts = Counts::default();
    for file in files {
        corpus(file, kind, |id, object| {
            round_trip::<K, O>(id, object, &mut counts)
        })?;
    }
    eprintln!("{kind}: {counts:?}");
    assert!(counts.total > 0, "no {kind} in the corpus");
    common::assert_share(counts.converted, counts.total, 90, kind);
    assert!(counts.converted >= converted, "{kind}: {counts:?}");
    Some(counts)
}

const SYNTHETIC: &str = "objects/synthetic_fixtures.jsonl";

#[test]
fn pods_round_trip() {
    run::<k8s::Pod, Pod>(
        &[
            "objects/pods.jsonl",
            "objects/pods_with_status.jsonl",
            SYNTHETIC,
        ],
        "Pod",
        8821,
    );
}

#[test]
fn nodes_round_trip() {
    run::<k8s::Node, Node>(&["objects/nodes.jsonl", SYNTHETIC], "Node", 64);
}

#[test]
fn services_round_trip() {
    run::<k8s::Service, Service>(&["objects/services.jsonl", SYNTHETIC], "Service", 1645);
}

#[test]
fn resource_quotas_round_trip() {
    run::<k8s::ResourceQuota, ResourceQuota>(
        &["objects/resource_quotas.jsonl", SYNTHETIC],
        "ResourceQuota",
        35,
    );
}

#[test]
fn limit_range_objects_round_trip() {
    run::<k8s::LimitRange, LimitRange>(
        &["objects/limit_ranges.jsonl", SYNTHETIC],
        "LimitRange",
        20,
    );
}

#[test]
fn deployments_round_trip() {
    run::<apps::Deployment, Deployment>(
        &["objects/deployments.jsonl", SYNTHETIC],
        "Deployment",
        3500,
    );
}

/// A sixth of the corpus's budgets are `policy/v1beta1`, which k8s-openapi's `policy/v1` type
/// refuses: every other one must convert.
#[test]
fn pod_disruption_budgets_round_trip() {
    let mut counts = Counts::default();
    for file in ["objects/pod_disruption_budgets.jsonl", SYNTHETIC] {
        let seen = corpus(file, "PodDisruptionBudget", |id, object| {
            round_trip::<policy::PodDisruptionBudget, PodDisruptionBudget>(id, object, &mut counts);
        });
        if seen.is_none() {
            return;
        }
    }
    eprintln!("PodDisruptionBudget: {counts:?}");
    assert_eq!(counts.converted, counts.total - counts.undecodable);
    assert!(counts.converted >= 120, "{counts:?}");
}

/// The other workload kinds, which the corpus does not hold whole: built from each deployment's
/// metadata, selector and pod template.
#[test]
fn workload_kinds_round_trip() {
    use k8s_openapi::api::batch::v1 as batch;
    use kube_primitives::api::apps::{DaemonSet, ReplicaSet, StatefulSet};
    use kube_primitives::api::batch::{CronJob, Job};

    let mut counts: [Counts; 5] = Default::default();
    for file in ["objects/deployments.jsonl", SYNTHETIC] {
        let seen = corpus(file, "Deployment", |id, d| {
            let (meta, spec) = (&d["metadata"], &d["spec"]);
            let (selector, template) = (&spec["selector"], &spec["template"]);
            let object = |api_version: &str, kind: &str, spec: Value| serde_json::json!({"apiVersion": api_version, "kind": kind, "metadata": meta, "spec": spec});
            let workload = serde_json::json!({
                "replicas": spec["replicas"], "selector": selector, "template": template,
                "minReadySeconds": spec["minReadySeconds"],
                "revisionHistoryLimit": spec["revisionHistoryLimit"],
            });
            let [statefulsets, daemonsets, replicasets, jobs, cronjobs] = &mut counts;
            round_trip::<apps::StatefulSet, StatefulSet>(
                id,
                &object("apps/v1", "StatefulSet", workload.clone()),
                statefulsets,
            );
            round_trip::<apps::DaemonSet, DaemonSet>(
                id,
                &object("apps/v1", "DaemonSet", workload.clone()),
                daemonsets,
            );
            round_trip::<apps::ReplicaSet, ReplicaSet>(
                id,
                &object("apps/v1", "ReplicaSet", workload),
                replicasets,
            );
            let job = serde_json::json!({"template": template, "backoffLimit": 4});
            round_trip::<batch::Job, Job>(id, &object("batch/v1", "Job", job.clone()), jobs);
            let cron = serde_json::json!({"schedule": "*/5 * * * *", "jobTemplate": {"spec": job}});
            round_trip::<batch::CronJob, CronJob>(
                id,
                &object("batch/v1", "CronJob", cron),
                cronjobs,
            );
        });
        if seen.is_none() {
            return;
        }
    }
    for (kind, c) in ["StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob"]
        .iter()
        .zip(&counts)
    {
        eprintln!("{kind}: {c:?}");
        common::assert_share(c.converted, c.total, 90, kind);
    }
}

#[test]
fn limit_ranges_round_trip() {
    let mut counts = Counts::default();
    for file in ["objects/limit_ranges.jsonl", SYNTHETIC] {
        let seen = corpus(file, "LimitRange", |id, object| {
            round_trip::<k8s::LimitRangeSpec, LimitRangeSpec>(id, &object["spec"], &mut counts)
        });
        if seen.is_none() {
            return;
        }
    }
    eprintln!("LimitRange: {counts:?}");
    common::assert_share(counts.converted, counts.total, 90, "LimitRange");
    assert!(counts.converted >= 20, "{counts:?}");
}

/// The pod templates of deployments: their `PodSpec`s, and the deployments' selectors.
#[test]
fn deployment_templates_round_trip() {
    let mut specs = Counts::default();
    let mut selectors = Counts::default();
    for file in ["objects/deployments.jsonl", SYNTHETIC] {
        let seen = corpus(file, "Deployment", |id, object| {
            let Ok(d) = serde_json::from_value::<apps::Deployment>(object.clone()) else {
                return;
            };
            let spec = Option::<apps::DeploymentSpec>::from(d.spec).unwrap_or_default();
            if let Some(pod) = spec.template.spec {
                round_trip::<k8s::PodSpec, PodSpec>(id, &json(&pod), &mut specs);
            }
            round_trip_selector(id, &json(&spec.selector), &mut selectors);
        });
        if seen.is_none() {
            return;
        }
    }
    eprintln!("Deployment pod templates: {specs:?}; selectors: {selectors:?}");
    common::assert_share(specs.converted, specs.total, 90, "pod templates");
    assert!(specs.converted >= 3231, "{specs:?}");
    assert_eq!(selectors.converted, selectors.total);
}

#[test]
fn pod_disruption_budget_selectors_round_trip() {
    let mut counts = Counts::default();
    for file in ["objects/pod_disruption_budgets.jsonl", SYNTHETIC] {
        let seen = corpus(file, "PodDisruptionBudget", |id, object| {
            let Ok(pdb) = serde_json::from_value::<policy::PodDisruptionBudget>(object.clone())
            else {
                return;
            };
            if let Some(selector) = pdb.spec.and_then(|s| s.selector) {
                round_trip_selector(id, &json(&selector), &mut counts);
            }
        });
        if seen.is_none() {
            return;
        }
    }
    eprintln!("PodDisruptionBudget selectors: {counts:?}");
    assert!(counts.total > 0);
    assert_eq!(counts.converted, counts.total);
}

/// `LabelSelector` converts infallibly; the same checks as [`round_trip`].
fn round_trip_selector(id: &str, object: &Value, counts: &mut Counts) {
    counts.total += 1;
    let theirs: meta::LabelSelector = serde_json::from_value(object.clone()).expect("re-decodes");
    let ours = LabelSelector::from(theirs.clone());
    let direct: LabelSelector = serde_json::from_value(object.clone()).expect("our serde");
    assert_eq!(ours, direct, "{id}");
    // `matchLabels: {}` and no `matchLabels` are the same selector.
    assert_eq!(
        shape(&meta::LabelSelector::from(ours)),
        shape(&theirs),
        "{id}"
    );
    counts.converted += 1;
}

#[test]
fn a_bad_quantity_names_its_path() {
    let pod: k8s::Pod = serde_json::from_value(serde_json::json!({
        "metadata": {"name": "p"},
        "spec": {"initContainers": [{"name": "a"}, {"name": "b", "resources": {"requests": {"memory": "1 Gi"}}}],
                 "containers": []}
    }))
    .unwrap();
    let err = Pod::try_from(pod).unwrap_err();
    assert_eq!(
        err.path(),
        "spec.initContainers[1].resources.requests.memory"
    );
    assert!(matches!(err, ConversionError::Quantity { ref value, .. } if value == "1 Gi"));

    let quota = k8s::ResourceQuota {
        status: Some(k8s::ResourceQuotaStatus {
            used: Some(BTreeMap::from([(
                "cpu".to_string(),
                k8s_openapi::apimachinery::pkg::api::resource::Quantity("x".into()),
            )])),
            ..Default::default()
        }),
        ..Default::default()
    };
    assert_eq!(
        ResourceQuota::try_from(quota).unwrap_err().path(),
        "status.used.cpu"
    );
}

#[test]
fn scalars_convert_both_ways() {
    use k8s_openapi::apimachinery::pkg::api::resource::Quantity as K8sQuantity;
    use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString as K8sIntOrString;
    use kube_primitives::api::core::{MicroTime, Time};
    use kube_primitives::api::IntOrString;

    let q = Quantity::try_from(K8sQuantity(" 0.5Gi ".into())).unwrap();
    assert_eq!(K8sQuantity::from(q).0, "512Mi");

    assert_eq!(
        IntOrString::from(K8sIntOrString::Int(3)),
        IntOrString::Int(3)
    );
    assert_eq!(
        K8sIntOrString::from(IntOrString::String("25%".into())),
        K8sIntOrString::String("25%".into())
    );

    let t: Time = "2026-03-01T10:20:30.123456789Z".parse().unwrap();
    let k = meta::Time::from(t);
    assert_eq!(Time::from(k.clone()), t);
    assert_eq!(json(&k), json(&t));
    let m = MicroTime(t);
    assert_eq!(MicroTime::from(meta::MicroTime::from(m)), m);
    assert_eq!(json(&meta::MicroTime::from(m)), json(&m));

    // Go's zero time is in jiff's range; 9999-12-31 is not and saturates.
    assert_eq!(Time::from(meta::Time::from(Time::ZERO)), Time::ZERO);
    let late: Time = "9999-12-31T23:59:59Z".parse().unwrap();
    assert_eq!(meta::Time::from(late).0, k8s_openapi::jiff::Timestamp::MAX);
}

#[test]
fn other_objects_round_trip() {
    use k8s_openapi::api::coordination::v1 as coordination;
    use kube_primitives::api::apps::ReplicaSet;
    use kube_primitives::api::coordination::Lease;
    use kube_primitives::api::core::{Endpoints, PersistentVolumeClaim};

    let rs: apps::ReplicaSet = serde_json::from_value(serde_json::json!({
        "metadata": {"name": "web-1", "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment", "name": "web", "uid": "u", "controller": true}]},
        "spec": {"replicas": 3, "minReadySeconds": 5, "selector": {"matchLabels": {"app": "web"}}},
        "status": {"replicas": 2, "readyReplicas": 1, "availableReplicas": 1, "observedGeneration": 4}
    }))
    .unwrap();
    let ours = ReplicaSet::try_from(rs.clone()).unwrap();
    assert_eq!(ours.metadata.owner_references[0].controller, Some(true));
    assert_eq!(
        ReplicaSet::try_from(apps::ReplicaSet::from(ours.clone())).unwrap(),
        ours
    );

    let lease: coordination::Lease = serde_json::from_value(serde_json::json!({
        "metadata": {"name": "n1"},
        "spec": {"holderIdentity": "n1", "leaseDurationSeconds": 40, "renewTime": "2026-01-01T00:00:00.250000Z"}
    }))
    .unwrap();
    let ours = Lease::from(lease.clone());
    assert_eq!(coordination::Lease::from(ours.clone()), lease);

    let ep: k8s::Endpoints = serde_json::from_value(serde_json::json!({
        "metadata": {"name": "web"},
        "subsets": [{"addresses": [{"ip": "10.0.0.1", "nodeName": "n1", "targetRef": {"kind": "Pod", "name": "web-0"}}],
                     "ports": [{"name": "http", "port": 80, "protocol": "TCP"}]}]
    }))
    .unwrap();
    assert_eq!(k8s::Endpoints::from(Endpoints::from(ep.clone())), ep);

    let pvc: k8s::PersistentVolumeClaim = serde_json::from_value(serde_json::json!({
        "metadata": {"name": "data"},
        "spec": {"storageClassName": "fast", "resources": {"requests": {"storage": "10Gi"}}},
        "status": {"allocatedResources": {"storage": "10Gi"}}
    }))
    .unwrap();
    let ours = PersistentVolumeClaim::try_from(pvc.clone()).unwrap();
    assert_eq!(ours.storage_class(), "fast");
    assert_eq!(k8s::PersistentVolumeClaim::from(ours), pvc);

    let taint = k8s::Taint {
        key: "k".into(),
        value: None,
        effect: "NoExecute".into(),
        time_added: None,
    };
    assert_eq!(
        k8s::Taint::from(kube_primitives::api::core::Taint::from(taint.clone())),
        taint
    );
    let tol = k8s::Toleration {
        key: Some("k".into()),
        operator: Some("Exists".into()),
        toleration_seconds: Some(30),
        ..Default::default()
    };
    assert_eq!(
        k8s::Toleration::from(kube_primitives::api::core::Toleration::from(tol.clone())),
        tol
    );

    let ns: k8s::NodeSelector = serde_json::from_value(serde_json::json!({
        "nodeSelectorTerms": [{"matchExpressions": [{"key": "zone", "operator": "In", "values": ["a"]}],
                               "matchFields": [{"key": "metadata.name", "operator": "In", "values": []}]}]
    }))
    .unwrap();
    assert_eq!(
        k8s::NodeSelector::from(kube_primitives::api::core::NodeSelector::from(ns.clone())),
        ns
    );
}
