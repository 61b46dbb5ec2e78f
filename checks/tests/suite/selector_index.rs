//! `SelectorIndex` and `LabelSetIndex` answer exactly as testing every selector with
//! `Selector::matches`: random selectors (every operator, `Everything`, `Nothing`, structured
//! and node selectors) against random label sets, through inserts, replacements and removals.

use std::collections::{BTreeMap, BTreeSet};

use kube_primitives::api::core::{
    LabelSelector, LabelSelectorRequirement, NodeSelector, NodeSelectorRequirement,
    NodeSelectorTerm,
};
use kube_primitives::labels::LabelSet;
use kube_primitives::selector::{LabelSetIndex, NodeSelectorMatcher, Selector, SelectorIndex};
use proptest::prelude::*;

fn key() -> impl Strategy<Value = String> {
    prop_oneof!["[a-d]", "app\\.kubernetes\\.io/[a-b]"]
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "[x-z]", "-?[0-3]"]
}

fn requirement() -> impl Strategy<Value = String> {
    (key(), 0..8u8, prop::collection::vec(value(), 1..4), 0..4i64).prop_map(
        |(key, op, values, n)| {
            let values: Vec<String> = values.into_iter().filter(|v| !v.starts_with('-')).collect();
            let first = values.first().cloned().unwrap_or_default();
            let list = if values.is_empty() {
                "x".to_string()
            } else {
                values.join(",")
            };
            match op {
                0 => format!("{key}={first}"),
                1 => format!("{key}!={first}"),
                2 => format!("{key} in ({list})"),
                3 => format!("{key} notin ({list})"),
                4 => key,
                5 => format!("!{key}"),
                6 => format!("{key}>{n}"),
                _ => format!("{key}<{n}"),
            }
        },
    )
}

/// A selector: mostly parsed strings (empty: everything), sometimes nothing.
fn selector() -> impl Strategy<Value = Selector> {
    prop_oneof![
        9 => prop::collection::vec(requirement(), 0..4)
            .prop_map(|r| Selector::parse(&r.join(",")).expect("generated selectors parse")),
        1 => Just(Selector::nothing()),
    ]
}

fn labels() -> impl Strategy<Value = LabelSet> {
    prop::collection::btree_map(key(), value(), 0..6).prop_map(LabelSet::from)
}

/// What `SelectorIndex::matching` must answer: every selector tested.
fn linear<'a>(selectors: &'a BTreeMap<usize, Selector>, labels: &LabelSet) -> BTreeSet<&'a usize> {
    selectors
        .iter()
        .filter(|(_, s)| s.matches(labels))
        .map(|(k, _)| k)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn selector_index_equals_linear_scan(
        selectors in prop::collection::vec(selector(), 0..24),
        removals in prop::collection::vec(0..24usize, 0..8),
        probes in prop::collection::vec(labels(), 1..8),
    ) {
        let mut index = SelectorIndex::new();
        let mut reference = BTreeMap::new();
        for (i, s) in selectors.iter().enumerate() {
            // Keys repeat: later selectors replace earlier ones.
            let key = i % 17;
            index.insert(key, s.clone());
            reference.insert(key, s.clone());
        }
        for r in &removals {
            prop_assert_eq!(index.remove(r), reference.remove(r).is_some());
        }
        prop_assert_eq!(index.len(), reference.len());
        for labels in &probes {
            let got: BTreeSet<&usize> = index.matching(labels).into_iter().collect();
            prop_assert_eq!(index.matching(labels).len(), got.len(), "duplicate answers");
            prop_assert_eq!(&got, &linear(&reference, labels), "labels {}", labels);
            // Any other `Labels` (probed per indexed key) answers the same.
            let map: BTreeMap<String, String> =
                labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            let by_map: BTreeSet<&usize> = index.matching(&map).into_iter().collect();
            prop_assert_eq!(&by_map, &got);
        }
    }

    #[test]
    fn label_set_index_equals_linear_scan(
        sets in prop::collection::vec(labels(), 0..24),
        removals in prop::collection::vec(0..24usize, 0..8),
        probes in prop::collection::vec(selector(), 1..8),
    ) {
        let mut index = LabelSetIndex::new();
        let mut reference = BTreeMap::new();
        for (i, l) in sets.iter().enumerate() {
            let key = i % 17;
            prop_assert_eq!(index.insert(key, l.clone()), reference.insert(key, l.clone()));
        }
        for r in &removals {
            prop_assert_eq!(index.remove(r), reference.remove(r));
        }
        for s in &probes {
            let got: BTreeSet<&usize> = index.matching(s).into_iter().collect();
            prop_assert_eq!(index.matching(s).len(), got.len(), "duplicate answers");
            let want: BTreeSet<&usize> =
                reference.iter().filter(|(_, l)| s.matches(*l)).map(|(k, _)| k).collect();
            prop_assert_eq!(got, want, "selector {}", s);
        }
    }

    #[test]
    fn node_selectors_are_ors_of_terms(
        terms in prop::collection::vec(
            prop::collection::vec((key(), 0..6u8, prop::collection::vec("[x-z0-3]", 1..3)), 0..3),
            0..4,
        ),
        probes in prop::collection::vec(labels(), 1..8),
    ) {
        let ops = ["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"];
        let ns = NodeSelector::from_terms(
            terms
                .iter()
                .map(|t| {
                    NodeSelectorTerm::from_expressions(
                        t.iter()
                            .map(|(k, op, values)| {
                                let op = ops[usize::from(*op)];
                                let values: Vec<String> = match op {
                                    "Exists" | "DoesNotExist" => vec![],
                                    "Gt" | "Lt" => vec![values[0].len().to_string()],
                                    _ => values.clone(),
                                };
                                NodeSelectorRequirement::new(k, op, values)
                            })
                            .collect(),
                    )
                })
                .collect(),
        );
        let matcher = NodeSelectorMatcher::new(&ns).expect("generated terms are valid");
        let mut index = SelectorIndex::new();
        index.insert_node_selector("node-affinity", &matcher);
        index.insert_str("other", "a").unwrap();
        for labels in &probes {
            let want = matcher.matches("", labels);
            let got = index.matching(labels).contains(&&"node-affinity");
            prop_assert_eq!(got, want, "labels {}", labels);
        }
    }
}

#[test]
fn everything_nothing_and_missing_keys() {
    let mut index = SelectorIndex::new();
    index.insert("all", Selector::everything());
    index.insert("none", Selector::nothing());
    index.insert_str("not-prod", "env!=prod").unwrap();
    index.insert_str("not-legacy", "!legacy").unwrap();
    index.insert_str("tier-notin", "tier notin (db)").unwrap();
    index.insert_str("big", "replicas>3").unwrap();
    let empty = LabelSet::new();
    let mut hits = index.matching(&empty);
    hits.sort();
    // A label set without the key matches `!=`, `notin` and `!`, never `>`.
    assert_eq!(hits, [&"all", &"not-legacy", &"not-prod", &"tier-notin"]);
    let prod = LabelSet::from_pairs([("env", "prod"), ("replicas", "4"), ("tier", "db")]);
    let mut hits = index.matching(&prod);
    hits.sort();
    assert_eq!(hits, [&"all", &"big", &"not-legacy"]);
    let non_integer = LabelSet::from_pairs([("replicas", "four")]);
    assert!(!index.matching(&non_integer).contains(&&"big"));
}

#[test]
fn structured_and_service_selectors() {
    let mut index = SelectorIndex::new();
    let mut ls = LabelSelector::from_match_labels([("app", "web")]);
    ls.match_expressions
        .push(LabelSelectorRequirement::new("tier", "In", ["a", "b", "a"]));
    index.insert_label_selector("deploy", Some(&ls)).unwrap();
    index.insert_label_selector("nil", None).unwrap();
    index
        .insert_label_selector("empty", Some(&LabelSelector::default()))
        .unwrap();
    let mut bad = LabelSelector::default();
    bad.match_expressions
        .push(LabelSelectorRequirement::new("n", "Gt", ["1"]));
    assert!(index.insert_label_selector("bad", Some(&bad)).is_err());
    assert!(!index.contains_key(&"bad"));
    let svc = BTreeMap::from([("app".to_string(), "web".to_string())]);
    index.insert_service_selector("svc", Some(&svc));
    index.insert_service_selector("headless-no-selector", None);
    index.insert_service_selector("svc-empty", Some(&BTreeMap::new()));
    let pod = LabelSet::from_pairs([("app", "web"), ("tier", "a")]);
    let mut hits = index.matching(&pod);
    hits.sort();
    assert_eq!(hits, [&"deploy", &"empty", &"svc", &"svc-empty"]);
}

#[test]
fn node_selector_matchfields_are_ignored() {
    let mut term = NodeSelectorTerm::default();
    term.match_fields
        .push(NodeSelectorRequirement::new("metadata.name", "In", ["n1"]));
    let ns = NodeSelector::from_terms(vec![term, NodeSelectorTerm::default()]);
    let matcher = NodeSelectorMatcher::new(&ns).unwrap();
    let mut index = SelectorIndex::new();
    index.insert_node_selector(1, &matcher);
    // Upstream: only the node named n1. The index cannot see names: every node is a candidate.
    assert_eq!(index.matching(&LabelSet::new()), [&1]);
    // No terms at all (or only empty ones) match nothing.
    let empty =
        NodeSelectorMatcher::new(&NodeSelector::from_terms(vec![NodeSelectorTerm::default()]))
            .unwrap();
    index.insert_node_selector(2, &empty);
    assert_eq!(index.matching(&LabelSet::new()), [&1]);
}
