//! Quantity hot paths, and how long quantities scale.
//!
//! Go's `resource` package (k8s.io/apimachinery v0.36.3) on this class of machine: parse `100m`
//! 56–73 ns, `1.5Gi` ~900 ns (25 allocations), `12345678901234567` 56–73 ns; canonical string of
//! `1.5Gi` ~1,080 ns; add 7–18 ns. Long quantities: `ParseQuantity` of 1,000,000 nines ~2.3 s,
//! `Cmp` with `1` microseconds, `String` ~0.3 s; one `quantity_arith` request (below) with
//! operands of 100,000 digits ~0.06 s, 300,000 digits ~0.37 s.
//!
//! This crate, same machine (quiet; medians of one run): parse `100m` ~11 ns, `1.5Gi` ~24 ns,
//! `12345678901234567` ~13 ns; format `1.5Gi` ~25 ns; cmp ~1.7 ns; add ~5 ns; `huge_parse_1M` ~0.6 ms, `huge_cmp_1M` ~11 ns, `huge_format_1M` ~0.7 ms;
//! `arith_10k` ~30 µs, `arith_100k` ~0.29 ms, `arith_300k` ~0.86 ms, `arith_1M` ~2.6 ms (each
//! 10× in digits costs 9–10× in time). Before decimal limbs: `huge_parse_1M` 1.4 s,
//! `huge_format_1M` 15 s, `arith_10k` 7.7 ms, `arith_100k` 0.73 s.

use std::fmt::Write;
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

/// The conformance op `quantity_arith`: parse both operands, add, subtract, compare, and the
/// canonical strings of the sum and the difference.
fn arith_request(a: &str, b: &str, out: &mut String) -> usize {
    out.clear();
    let (Ok(a), Ok(b)) = (Quantity::parse(a), Quantity::parse(b)) else {
        return 0;
    };
    let order = a.cmp(&b);
    let (sum, diff) = (a.clone() + &b, a - &b);
    write!(out, "{sum} {diff} {}", order as i32).expect("formats");
    out.len()
}

/// Operands of `n` digits as the issue measures them: `9…9` and `12…2m`.
fn operands(n: usize) -> (String, String) {
    let a = "9".repeat(n);
    let b = format!("1{}m", "2".repeat(n - 1));
    (a, b)
}

fn huge(c: &mut Criterion) {
    let mut g = c.benchmark_group("quantity");
    g.sample_size(10);
    let nines = "9".repeat(1_000_000);
    g.bench_function("huge_parse_1M", |b| {
        b.iter(|| Quantity::parse(black_box(&nines)))
    });
    let big: Quantity = nines.parse().expect("valid");
    let one: Quantity = "1".parse().expect("valid");
    g.bench_function("huge_cmp_1M", |b| {
        b.iter(|| black_box(&big).cmp(black_box(&one)))
    });
    let mut text = String::with_capacity(1_100_000);
    g.bench_function("huge_format_1M", |b| {
        b.iter(|| {
            text.clear();
            write!(text, "{}", black_box(&big)).expect("formats");
            text.len()
        })
    });
    for (name, n) in [
        ("arith_10k", 10_000),
        ("arith_100k", 100_000),
        ("arith_300k", 300_000),
        ("arith_1M", 1_000_000),
    ] {
        let (a, b) = operands(n);
        g.bench_function(name, |bench| {
            bench.iter(|| arith_request(black_box(&a), black_box(&b), &mut text))
        });
    }
    g.finish();
}

criterion_group!(benches, quantity, huge);
criterion_main!(benches);
