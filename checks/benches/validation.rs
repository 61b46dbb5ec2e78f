//! Object validation as the API server runs it on create: the typical 3-container pod of
//! issue 17 (already defaulted; validation only), and a manifest of 1,000 real objects (pods
//! and Deployments from `../shared/corpus/objects`, decoded and defaulted outside the timed
//! loop; valid and invalid ones as they come).

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion};
use kube_primitives::api::apps::Deployment;
use kube_primitives::api::core::Pod;
use kube_primitives::validation::defaults::{default_deployment, default_pod};
use kube_primitives::validation::pod::{
    prepare_pod_for_create, validate_pod_create, PodValidationOptions,
};
use kube_primitives::validation::workload::validate_deployment;
use serde::de::DeserializeOwned;

// The bench times the pod only; the Deployment builder is the suite's.
#[allow(dead_code)]
#[path = "../tests/common/typical.rs"]
mod typical;

/// Pods and Deployments in the manifest.
const PODS: usize = 700;
const DEPLOYMENTS: usize = 300;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/objects")
}

/// The first `n` objects of a corpus file that decode as `T`, namespaced as the API server
/// would have them (the request's namespace).
fn decode<T: DeserializeOwned>(file: &Path, n: usize, fix: impl Fn(&mut T)) -> Vec<T> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let mut record: serde_json::Value = serde_json::from_str(line).ok()?;
            let mut obj: T = serde_json::from_value(record.get_mut("object")?.take()).ok()?;
            fix(&mut obj);
            Some(obj)
        })
        .take(n)
        .collect()
}

fn validation(c: &mut Criterion) {
    let opts = PodValidationOptions::default();
    let mut g = c.benchmark_group("validate");

    let pod = typical::typical_pod();
    assert!(validate_pod_create(&pod, &opts).is_empty());
    g.bench_function("pod_3_containers", |b| {
        b.iter(|| validate_pod_create(black_box(&pod), black_box(&opts)))
    });

    let dir = corpus_dir();
    if !dir.join("pods.jsonl").exists() || !dir.join("deployments.jsonl").exists() {
        println!(
            "validate/manifest_1000 skipped: no corpus at {}",
            dir.display()
        );
        g.finish();
        return;
    }
    let pods: Vec<Pod> = decode(&dir.join("pods.jsonl"), PODS, |p: &mut Pod| {
        if p.metadata.namespace.is_empty() {
            p.metadata.namespace = String::from("default");
        }
        default_pod(p);
        prepare_pod_for_create(p, "x7k2q");
    });
    let deployments: Vec<Deployment> = decode(
        &dir.join("deployments.jsonl"),
        DEPLOYMENTS,
        |d: &mut Deployment| {
            if d.metadata.namespace.is_empty() {
                d.metadata.namespace = String::from("default");
            }
            default_deployment(d);
        },
    );
    let valid = pods
        .iter()
        .filter(|p| validate_pod_create(p, &opts).is_empty())
        .count()
        + deployments
            .iter()
            .filter(|d| validate_deployment(d, &opts).is_empty())
            .count();
    println!(
        "validate/manifest_1000: {} pods and {} deployments, {valid} valid",
        pods.len(),
        deployments.len()
    );
    g.bench_function("manifest_1000", |b| {
        b.iter(|| {
            let mut errors = 0;
            for p in &pods {
                errors += validate_pod_create(black_box(p), &opts).len();
            }
            for d in &deployments {
                errors += validate_deployment(black_box(d), &opts).len();
            }
            errors
        })
    });
    g.finish();
}

criterion_group!(benches, validation);
criterion_main!(benches);
