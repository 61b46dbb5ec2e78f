//! The indexes against linear scans, on selectors and pods of realistic shape (modelled on the
//! corpus: `app=web,tier in (frontend,backend)`, `app.kubernetes.io/name=x,
//! app.kubernetes.io/instance=y`, a few `!=`/`notin`/exists). Prints the memory each registered
//! selector and label set costs, counted by a global allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use criterion::{criterion_group, criterion_main, Criterion};
use kube_primitives::labels::LabelSet;
use kube_primitives::selector::{LabelSetIndex, Selector, SelectorIndex};

/// Counts live heap bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const N: usize = 10_000;
/// Distinct applications: each name is shared by a handful of selectors and pods.
const APPS: u64 = 2_000;

/// A small deterministic generator (xorshift), so that runs compare.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn selectors(rng: &mut Rng) -> Vec<Selector> {
    (0..N)
        .map(|_| {
            let app = rng.below(APPS);
            let text = match rng.below(10) {
                0..=2 => format!("app=app-{app},tier in (frontend,backend)"),
                3..=5 => format!(
                    "app.kubernetes.io/name=app-{app},app.kubernetes.io/instance=rel-{}",
                    rng.below(4)
                ),
                6 => format!("app=app-{app}"),
                7 => format!("app=app-{app},environment notin (dev,test)"),
                8 => format!("app=app-{app},version in (v1,v2),!canary"),
                _ => format!("app=app-{app},track"),
            };
            Selector::parse(&text).expect("valid")
        })
        .collect()
}

fn pod(rng: &mut Rng) -> LabelSet {
    let app = rng.below(APPS);
    let tier = ["frontend", "backend", "cache"][usize::try_from(rng.below(3)).unwrap_or(0)];
    LabelSet::from_pairs([
        ("app".to_string(), format!("app-{app}")),
        ("tier".to_string(), tier.to_string()),
        ("app.kubernetes.io/name".to_string(), format!("app-{app}")),
        (
            "app.kubernetes.io/instance".to_string(),
            format!("rel-{}", rng.below(4)),
        ),
        (
            "pod-template-hash".to_string(),
            format!("{:x}", rng.below(1 << 40)),
        ),
        ("version".to_string(), format!("v{}", rng.below(3))),
    ])
}

fn index(c: &mut Criterion) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let all = selectors(&mut rng);
    let before = LIVE.load(Ordering::Relaxed);
    let mut by_selector = SelectorIndex::new();
    for (i, s) in all.iter().enumerate() {
        by_selector.insert(i, s.clone());
    }
    let per_selector = (LIVE.load(Ordering::Relaxed) - before) / N;
    let pods: Vec<LabelSet> = (0..N).map(|_| pod(&mut rng)).collect();
    let before = LIVE.load(Ordering::Relaxed);
    let mut by_pod = LabelSetIndex::new();
    for (i, p) in pods.iter().enumerate() {
        by_pod.insert(i, p.clone());
    }
    let per_pod = (LIVE.load(Ordering::Relaxed) - before) / N;
    eprintln!(
        "memory: {per_selector} bytes per registered selector, {per_pod} bytes per registered \
         label set (its copy included)"
    );

    let probe = pod(&mut Rng(7));
    let expected = all.iter().filter(|s| s.matches(&probe)).count();
    assert_eq!(by_selector.matching(&probe).len(), expected);
    let mut g = c.benchmark_group("index");
    g.bench_function("pod_vs_10k_selectors", |b| {
        b.iter(|| by_selector.matching(black_box(&probe)).len())
    });
    g.bench_function("linear_scan_10k", |b| {
        b.iter(|| all.iter().filter(|s| s.matches(black_box(&probe))).count())
    });

    // Picks the few pods of one application in one tier: well under 1%.
    let narrow: Selector = "app=app-7,tier in (frontend,backend)"
        .parse()
        .expect("valid");
    let picked = pods.iter().filter(|p| narrow.matches(*p)).count();
    assert!(picked * 100 < N);
    assert_eq!(by_pod.matching(&narrow).len(), picked);
    g.bench_function("selector_vs_10k_pods", |b| {
        b.iter(|| by_pod.matching(black_box(&narrow)).len())
    });
    g.bench_function("linear_scan_pods_10k", |b| {
        b.iter(|| {
            pods.iter()
                .filter(|p| black_box(&narrow).matches(*p))
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, index);
criterion_main!(benches);
