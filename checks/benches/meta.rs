//! Name-validation hot paths. Go's regex validators take about 1,290 ns
//! (`IsDNS1123Subdomain` on the 60-byte name below) and 650 ns (`IsQualifiedName` on
//! `app.kubernetes.io/name`) per call on this class of machine.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use kube_primitives::meta::validate;

const SUBDOMAIN_60: &str = "my-service-name-01.my-namespace.svc.cluster.local.example.io";

fn validators(c: &mut Criterion) {
    assert_eq!(SUBDOMAIN_60.len(), 60);
    let mut g = c.benchmark_group("validate");
    g.bench_function("dns1123_subdomain_60", |b| {
        b.iter(|| validate::dns1123_subdomain(black_box(SUBDOMAIN_60)))
    });
    g.bench_function("qualified_name", |b| {
        b.iter(|| validate::qualified_name(black_box("app.kubernetes.io/name")))
    });
    g.bench_function("dns1123_label", |b| {
        b.iter(|| validate::dns1123_label(black_box("my-service-name-01")))
    });
    g.bench_function("label_value", |b| {
        b.iter(|| validate::label_value(black_box("v1.2.3-rc.1")))
    });
    g.bench_function("dns1123_subdomain_invalid", |b| {
        b.iter(|| validate::dns1123_subdomain(black_box("My_Service.example.com")))
    });
    g.finish();
}

criterion_group!(benches, validators);
criterion_main!(benches);
