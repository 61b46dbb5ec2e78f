//! The indexes over the selectors and labels of real public manifests (`../shared/corpus`, read
//! in place, never copied here): every answer equals testing each selector with `matches`.
//! Skipped only when the corpus is absent and `CI` is not `true`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use kube_primitives::api::core::{LabelSelector, NodeSelector, NodeSelectorTerm};
use kube_primitives::labels::LabelSet;
use kube_primitives::selector::{LabelSetIndex, NodeSelectorMatcher, Selector, SelectorIndex};
use serde_json::Value;

/// The `value` of every record of a corpus file, placeholders left out; `None` when the corpus
/// is absent outside CI.
fn values(file: &str) -> Option<Vec<Value>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/corpus")
        .join(file);
    let Ok(text) = fs::read_to_string(&path) else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{} is required in CI",
            path.display()
        );
        eprintln!("{} not found: corpus test skipped", path.display());
        return None;
    };
    Some(
        text.lines()
            .map(|line| serde_json::from_str::<Value>(line).expect("corpus line is JSON"))
            .filter(|v| v.get("placeholder") != Some(&Value::Bool(true)))
            .map(|v| v["value"].clone())
            .collect(),
    )
}

fn string_map(v: &Value) -> Option<BTreeMap<String, String>> {
    serde_json::from_value(v.clone()).ok()
}

/// Every selector of the corpus (strings, structured, services) as a `Selector`, and every node
/// selector term as a compiled node selector; with the label sets the selectors themselves
/// require (so that probes hit), and those of `labels.jsonl`.
struct Corpus {
    selectors: Vec<Selector>,
    nodes: Vec<NodeSelectorMatcher>,
    label_sets: Vec<LabelSet>,
}

fn corpus() -> Option<Corpus> {
    let mut selectors = Vec::new();
    let mut label_sets = Vec::new();
    for v in values("string_selectors.jsonl")? {
        if let Some(s) = v.as_str().and_then(|s| Selector::parse(s).ok()) {
            selectors.push(s);
        }
    }
    for v in values("label_selectors.jsonl")? {
        let Ok(ls) = serde_json::from_value::<LabelSelector>(v) else {
            continue;
        };
        let Ok(s) = Selector::from_label_selector(Some(&ls)) else {
            continue;
        };
        let mut wanted = ls.match_labels.clone();
        for e in &ls.match_expressions {
            if let Some(first) = e.values.first() {
                wanted.insert(e.key.clone(), first.clone());
            }
        }
        label_sets.push(LabelSet::from(wanted));
        selectors.push(s);
    }
    for v in values("service_selectors.jsonl")? {
        if let Some(map) = string_map(&v) {
            label_sets.push(LabelSet::from(map.clone()));
            selectors.push(Selector::from(&LabelSet::from(map)));
        }
    }
    let mut nodes = Vec::new();
    for v in values("node_selectors.jsonl")? {
        let Ok(term) = serde_json::from_value::<NodeSelectorTerm>(v) else {
            continue;
        };
        if !term.match_fields.is_empty() {
            continue;
        }
        if let Ok(m) = NodeSelectorMatcher::new(&NodeSelector::from_terms(vec![term])) {
            nodes.push(m);
        }
    }
    for v in values("labels.jsonl")? {
        if let Some(map) = string_map(&v) {
            label_sets.push(LabelSet::from(map));
        }
    }
    Some(Corpus {
        selectors,
        nodes,
        label_sets,
    })
}

#[test]
fn selector_index_over_the_corpus() {
    let Some(c) = corpus() else { return };
    assert!(c.selectors.len() > 1000 && c.label_sets.len() > 1000);
    let mut index = SelectorIndex::new();
    for (i, s) in c.selectors.iter().enumerate() {
        index.insert(i, s.clone());
    }
    let first_node = c.selectors.len();
    for (i, m) in c.nodes.iter().enumerate() {
        index.insert_node_selector(first_node + i, m);
    }
    let mut hits = 0;
    for labels in &c.label_sets {
        let got: BTreeSet<usize> = index.matching(labels).into_iter().copied().collect();
        let mut want: BTreeSet<usize> = c
            .selectors
            .iter()
            .enumerate()
            .filter(|(_, s)| s.matches(labels))
            .map(|(i, _)| i)
            .collect();
        want.extend(
            c.nodes
                .iter()
                .enumerate()
                .filter(|(_, m)| m.matches("", labels))
                .map(|(i, _)| first_node + i),
        );
        hits += want.len();
        assert_eq!(got, want, "labels {labels}");
    }
    assert!(hits > c.label_sets.len(), "probes hit: {hits}");
    // Removing half leaves the other half answering alike.
    for i in (0..c.selectors.len()).step_by(2) {
        assert!(index.remove(&i));
    }
    for labels in c.label_sets.iter().step_by(7) {
        let got: BTreeSet<usize> = index
            .matching(labels)
            .into_iter()
            .copied()
            .filter(|&i| i < first_node)
            .collect();
        let want: BTreeSet<usize> = (1..c.selectors.len())
            .step_by(2)
            .filter(|&i| c.selectors[i].matches(labels))
            .collect();
        assert_eq!(got, want, "labels {labels}");
    }
}

#[test]
fn label_set_index_over_the_corpus() {
    let Some(c) = corpus() else { return };
    let mut index = LabelSetIndex::new();
    for (i, l) in c.label_sets.iter().enumerate() {
        index.insert(i, l.clone());
    }
    for s in &c.selectors {
        let got: BTreeSet<usize> = index.matching(s).into_iter().copied().collect();
        let want: BTreeSet<usize> = c
            .label_sets
            .iter()
            .enumerate()
            .filter(|(_, l)| s.matches(*l))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(got, want, "selector {s}");
    }
}
