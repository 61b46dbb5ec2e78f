//! Selectors and services from real public manifests (`../shared/corpus`, read in place, never
//! copied here): structured label selectors convert, validate and print consistently; selector
//! strings and field selectors re-parse from their printed forms; node selector terms compile;
//! services read, round-trip through serde and yield their environment variables.

use crate::common;

use std::collections::BTreeMap;

use kube_primitives::api::core::{LabelSelector, NodeSelector, NodeSelectorTerm, Service};
use kube_primitives::meta::field::Path as FieldPath;
use kube_primitives::selector::{
    validate_label_selector, FieldSelector, LabelSelectorValidationOptions, LazyNodeSelector,
    Selector,
};
use kube_primitives::service::service_env_vars;

#[test]
fn structured_label_selectors() {
    let Some(records) = common::records("label_selectors.jsonl") else {
        return;
    };
    let (mut read, mut converted) = (0, 0);
    for (at, record) in &records {
        let Ok(ls) = serde_json::from_value::<LabelSelector>(record["value"].clone()) else {
            continue;
        };
        read += 1;
        let errs = validate_label_selector(
            Some(&ls),
            LabelSelectorValidationOptions::default(),
            &FieldPath::new("spec").child("selector"),
        );
        let Ok(selector) = Selector::from_label_selector(Some(&ls)) else {
            continue;
        };
        converted += 1;
        assert!(
            errs.is_empty(),
            "{at}: converts but does not validate: {errs}"
        );
        let printed = selector.to_string();
        let reparsed =
            Selector::parse(&printed).unwrap_or_else(|e| panic!("{at}: {printed:?}: {e}"));
        // The selector's own matchLabels, with every In's first value, satisfy both alike.
        let mut labels: BTreeMap<String, String> = ls.match_labels.clone();
        for e in &ls.match_expressions {
            if let Some(v) = e.values.first() {
                labels.insert(e.key.clone(), v.clone());
            }
        }
        assert_eq!(
            reparsed.matches(&labels),
            selector.matches(&labels),
            "{at}: {printed}"
        );
        let back =
            Selector::parse_to_label_selector(&printed).unwrap_or_else(|e| panic!("{at}: {e}"));
        assert_eq!(
            Selector::from_label_selector(Some(&back))
                .unwrap()
                .matches(&labels),
            selector.matches(&labels),
            "{at}"
        );
    }
    common::assert_share(read, records.len(), 90, "selectors read");
    common::assert_share(converted, read, 90, "selectors convert");
}

#[test]
fn selector_strings() {
    let Some(records) = common::records("string_selectors.jsonl") else {
        return;
    };
    let mut parsed = 0;
    for (at, record) in &records {
        let Some(text) = record["value"].as_str() else {
            continue;
        };
        let Ok(s) = Selector::parse(text) else {
            continue;
        };
        parsed += 1;
        let printed = s.to_string();
        assert_eq!(
            Selector::parse(&printed).unwrap_or_else(|e| panic!("{at}: {e}")),
            s,
            "{at}: {text}"
        );
    }
    common::assert_share(parsed, records.len(), 70, "strings parse");
}

#[test]
fn field_selectors() {
    let Some(records) = common::records("field_selectors.jsonl") else {
        return;
    };
    let mut parsed = 0;
    for (at, record) in &records {
        let Some(text) = record["value"].as_str() else {
            continue;
        };
        let Ok(s) = FieldSelector::parse(text) else {
            continue;
        };
        parsed += 1;
        let again = FieldSelector::parse(&s.to_string()).unwrap_or_else(|e| panic!("{at}: {e}"));
        assert_eq!(
            again.requirements().count(),
            s.requirements().count(),
            "{at}: {text}"
        );
    }
    assert!(parsed > 0);
}

#[test]
fn node_selector_terms() {
    let Some(records) = common::records("node_selectors.jsonl") else {
        return;
    };
    let mut compiled = 0;
    for (at, record) in &records {
        let Ok(term) = serde_json::from_value::<NodeSelectorTerm>(record["value"].clone()) else {
            continue;
        };
        let ns = NodeSelector::from_terms(vec![term]);
        let lazy = LazyNodeSelector::new(&ns);
        // A node carrying each In requirement's first value satisfies the labels side.
        let mut labels = BTreeMap::new();
        for e in &ns.node_selector_terms[0].match_expressions {
            if e.operator == "In" {
                if let Some(v) = e.values.as_ref().and_then(|v| v.first()) {
                    labels.insert(e.key.clone(), v.clone());
                }
            }
        }
        match lazy.matches("", &labels) {
            Ok(_) => compiled += 1,
            Err(e) => assert!(!e.is_empty(), "{at}"),
        }
    }
    common::assert_share(compiled, records.len(), 80, "terms compile");
}

#[test]
fn services() {
    let Some(records) = common::records("objects/services.jsonl") else {
        return;
    };
    let mut read = 0;
    for (at, record) in &records {
        let Ok(svc) = serde_json::from_value::<Service>(record["object"].clone()) else {
            continue;
        };
        read += 1;
        let json = serde_json::to_value(&svc).expect("serializes");
        assert_eq!(
            serde_json::from_value::<Service>(json).expect("reads back"),
            svc,
            "{at}"
        );
        let env = service_env_vars([&svc]);
        let headless = svc.spec.cluster_ip.is_empty() || svc.spec.cluster_ip == "None";
        assert_eq!(env.is_empty(), headless, "{at}");
        let ports = svc.spec.ports.len();
        if !headless && ports > 0 {
            let named = svc.spec.ports.iter().filter(|p| !p.name.is_empty()).count();
            assert_eq!(env.len(), 2 + named + 1 + 4 * ports, "{at}");
        }
    }
    common::assert_share(read, records.len(), 90, "services read");
}
