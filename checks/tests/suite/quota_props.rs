//! Property tests: `ResourceList` arithmetic and comparison agree with an exact model (milli-units
//! in `i128`), and huge sums stay exact.

use std::collections::BTreeMap;

use kube_primitives::api::Quantity;
use kube_primitives::quota::ResourceList;
use proptest::prelude::*;

const NAMES: [&str; 4] = ["cpu", "memory", "pods", "requests.storage"];

fn quantity() -> impl Strategy<Value = (String, i128)> {
    (-1_000_000i64..1_000_000, 0..4u8).prop_map(|(n, unit)| match unit {
        0 => (format!("{n}"), i128::from(n) * 1000),
        1 => (format!("{n}m"), i128::from(n)),
        2 => (format!("{n}k"), i128::from(n) * 1_000_000),
        _ => (format!("{n}Ki"), i128::from(n) * 1024 * 1000),
    })
}

fn list() -> impl Strategy<Value = (ResourceList, BTreeMap<&'static str, i128>)> {
    prop::collection::btree_map(prop::sample::select(&NAMES[..]), quantity(), 0..4).prop_map(|m| {
        let list = m
            .iter()
            .map(|(k, (s, _))| (*k, s.parse::<Quantity>().expect("valid")))
            .collect();
        let model = m.iter().map(|(k, (_, v))| (*k, *v)).collect();
        (list, model)
    })
}

/// The model's value as a quantity (milli-units), compared by value.
fn q(milli: i128) -> Quantity {
    format!("{milli}m").parse().expect("valid")
}

fn same(list: &ResourceList, model: &BTreeMap<String, i128>) -> bool {
    list.len() == model.len() && model.iter().all(|(k, v)| list.get(k) == Some(&q(*v)))
}

proptest! {
    #[test]
    fn arithmetic_matches_the_model((a, ma) in list(), (b, mb) in list()) {
        let mut sum: BTreeMap<String, i128> = ma.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        for (k, v) in &mb {
            *sum.entry(k.to_string()).or_default() += v;
        }
        prop_assert!(same(&a.add(&b), &sum), "{} vs {sum:?}", a.add(&b));
        let mut diff: BTreeMap<String, i128> = ma.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        for (k, v) in &mb {
            *diff.entry(k.to_string()).or_default() -= v;
        }
        prop_assert!(same(&a.subtract(&b), &diff), "{} vs {diff:?}", a.subtract(&b));
        // Names only in b come out as 0, not negated and clamped.
        let clamped: BTreeMap<String, i128> = diff
            .iter()
            .map(|(k, v)| (k.clone(), if ma.contains_key(k.as_str()) { (*v).max(0) } else { 0 }))
            .collect();
        prop_assert!(same(&a.subtract_non_negative(&b), &clamped));
        let exceeded: Vec<&str> = mb.iter().filter(|(k, v)| ma.get(*k).is_some_and(|x| x > v)).map(|(k, _)| *k).collect();
        let (ok, names) = a.less_than_or_equal(&b);
        prop_assert_eq!(ok, exceeded.is_empty());
        prop_assert_eq!(names, exceeded);
    }
}

#[test]
fn huge_sums_stay_exact() {
    let big: Quantity = "9223372036854775807".parse().unwrap();
    let mut a = ResourceList::new();
    a.insert("requests.storage", big.clone());
    let mut total = ResourceList::new();
    for _ in 0..1000 {
        total = total.add(&a);
    }
    // 1000 × (2^63 − 1), beyond int64, kept exactly (Go's inf.Dec path).
    assert_eq!(
        total.get("requests.storage").unwrap().to_string(),
        "9223372036854775807k"
    );
    let back = (0..1000).fold(total, |t, _| t.subtract(&a));
    assert!(back.is_zero());
}
