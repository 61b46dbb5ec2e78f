//! Every pod, pod template, Deployment and PodDisruptionBudget of `../shared/corpus/objects`
//! through the API server's create path (defaults, the strategy's preparation, validation),
//! as a cluster with `--allow-privileged` would take them from `kubectl apply` into namespace
//! `default`. The counts of valid, invalid and undecodable objects (a string where a number
//! belongs, an unparsable quantity: the API server's decoder refuses those before validation)
//! are asserted for this fixed configuration. Go's answers for these objects, under varied
//! namespaces and `--allow-privileged`, are the conformance real sets
//! (`../shared/conformance/real/validate_pod.jsonl`, `validate_workload.jsonl`), where the crate
//! agrees but for the ledgered deviations; this run pins the whole corpus at once. Every
//! rejection must have the shape of a Go field error, `<path>: <type>[: <value>][: <detail>]`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use kube_primitives::api::core::Pod;
use kube_primitives::meta::field::ErrorList;
use kube_primitives::validation::defaults::default_pod;
use kube_primitives::validation::pod::{
    prepare_pod_for_create, validate_pod_create, PodValidationOptions,
};
use kube_primitives::validation::workload::{validate_create, Request, WorkloadKind};
use regex::Regex;
use serde::de::DeserializeSeed;
use serde_json::Value;

use crate::common;

/// Go's `field.Error.Error()`: a path (or `<nil>`), the error type's text, then the optional
/// value and detail.
static ERROR_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?s)^(<nil>|[A-Za-z][^ ]*): (Invalid value|Unsupported value|Duplicate value|Required value|Forbidden|Too long|Too many|Not found|Internal error)(: .+)?$",
    )
    .unwrap()
});

/// Valid and invalid objects, and how many errors of each type the invalid ones had.
#[derive(Debug, Default)]
struct Tally {
    undecodable: usize,
    valid: usize,
    invalid: usize,
    by_type: BTreeMap<String, usize>,
}

impl Tally {
    fn add(&mut self, at: &str, errs: &ErrorList) {
        if errs.is_empty() {
            self.valid += 1;
            return;
        }
        self.invalid += 1;
        for e in errs.iter() {
            let text = e.to_string();
            let caps = ERROR_SHAPE
                .captures(&text)
                .unwrap_or_else(|| panic!("{at}: not a field error: {text}"));
            *self.by_type.entry(caps[2].to_owned()).or_default() += 1;
        }
    }
}

fn pods(file: &str) -> Option<Tally> {
    let records = common::records(file)?;
    let opts = PodValidationOptions::with_allow_privileged(true);
    let mut tally = Tally::default();
    for (at, record) in records {
        let Ok(mut pod) = serde_json::from_value::<Pod>(record["object"].clone()) else {
            tally.undecodable += 1;
            continue;
        };
        default_pod(&mut pod);
        let meta = &mut pod.metadata;
        if meta.namespace.is_empty() {
            "default".clone_into(&mut meta.namespace);
        }
        // A pod template names no pod: its pods get generated names.
        if meta.name.is_empty() && meta.generate_name.is_empty() {
            "corpus-".clone_into(&mut meta.generate_name);
        }
        prepare_pod_for_create(&mut pod, "x7k2p");
        tally.add(&at, &validate_pod_create(&pod, &opts));
    }
    Some(tally)
}

fn workloads(file: &str) -> Option<Tally> {
    let records = common::records(file)?;
    let req = Request::new(
        Some("default"),
        true,
        "6a0b1f0e-5c44-4c3c-9a53-0d9d1a3c4b2f",
        "x7k2p",
    );
    let mut tally = Tally::default();
    for (at, record) in records {
        let object: &Value = &record["object"];
        let text = |k: &str| object[k].as_str().unwrap_or_default().to_owned();
        // Legacy groups (extensions/v1beta1, apps/v1beta2, policy/v1beta1) are not served.
        let Some(kind) = WorkloadKind::from_type(&text("apiVersion"), &text("kind")) else {
            continue;
        };
        let Ok(mut obj) = kind.deserialize(object) else {
            tally.undecodable += 1;
            continue;
        };
        tally.add(&at, &validate_create(&mut obj, &req));
    }
    Some(tally)
}

#[track_caller]
fn assert_counts(tally: &Tally, undecodable: usize, valid: usize, invalid: usize) {
    eprintln!("{tally:?}");
    assert_eq!(
        (tally.undecodable, tally.valid, tally.invalid),
        (undecodable, valid, invalid),
        "{tally:?}"
    );
}

#[test]
fn corpus_pods_and_templates() {
    let Some(tally) = pods("objects/pods.jsonl") else {
        return;
    };
    assert_counts(&tally, 50, 7314, 958);
}

#[test]
fn corpus_pods_with_status() {
    let Some(tally) = pods("objects/pods_with_status.jsonl") else {
        return;
    };
    assert_counts(&tally, 2, 396, 154);
}

#[test]
fn corpus_deployments() {
    let Some(tally) = workloads("objects/deployments.jsonl") else {
        return;
    };
    assert_counts(&tally, 34, 2492, 1026);
}

#[test]
fn corpus_pod_disruption_budgets() {
    let Some(tally) = workloads("objects/pod_disruption_budgets.jsonl") else {
        return;
    };
    assert_counts(&tally, 0, 119, 3);
}
