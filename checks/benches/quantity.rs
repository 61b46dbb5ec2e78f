//! Quantity hot paths. Go's `resource` package on this class of machine: parse `100m` 46 ns,
//! `1.5Gi` 900 ns (25 allocations), `12345678901234567` 49 ns; canonical string of `1.5Gi`
//! 1,080 ns; add 7–18 ns.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use kube_primitives::api::Quantity;

fn quantity(c: &mut Criterion) {
    let mut g = c.benchmark_group("quantity");
    for input in ["100m", "1.5Gi", "12345678901234567"] {
        g.bench_function(format!("parse_{input}"), |b| {
            b.iter(|| Quantity::parse(black_box(input)))
        });
    }
    let q: Quantity = "1.5Gi".parse().expect("valid");
    let mut buf = String::with_capacity(32);
    g.bench_function("format_1.5Gi", |b| {
        b.iter(|| {
            use std::fmt::Write;
            buf.clear();
            write!(buf, "{}", black_box(&q)).expect("formats");
            buf.len()
        })
    });
    let (gi, mi) = (
        "1Gi".parse::<Quantity>().expect("valid"),
        "1024Mi".parse::<Quantity>().expect("valid"),
    );
    g.bench_function("cmp", |b| b.iter(|| black_box(&gi).cmp(black_box(&mi))));
    let half = "500Mi".parse::<Quantity>().expect("valid");
    g.bench_function("add", |b| {
        b.iter(|| black_box(&gi).checked_add(black_box(&half)))
    });
    g.finish();
}

criterion_group!(benches, quantity);
criterion_main!(benches);
