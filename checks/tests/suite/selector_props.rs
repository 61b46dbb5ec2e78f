//! Property tests: a selector matches a `LabelSet` (merge pass over key heads) exactly as it
//! matches the same labels in a `BTreeMap` (one lookup per requirement), with keys and values
//! that share long prefixes so that the eight-byte heads often tie.

use std::collections::BTreeMap;

use kube_primitives::labels::LabelSet;
use kube_primitives::selector::Selector;
use proptest::prelude::*;

/// Label keys: short ones, and long ones sharing their first eight bytes.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-c]{1,3}",
        "app\\.kubernetes\\.io/[a-c]{1,3}",
        "abcdefg[h-i]{0,2}",
        "[0-9]{1,3}",
    ]
}

/// Label values, the same shapes without `/`.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-c]{1,3}",
        "app\\.kubernetes\\.io-[a-c]{1,3}",
        "abcdefg[h-i]{0,2}",
        "[0-9]{1,3}",
    ]
}

fn requirement() -> impl Strategy<Value = String> {
    (key(), 0..7u8, prop::collection::vec(value(), 1..4)).prop_map(|(key, op, values)| {
        let value = values.first().cloned().unwrap_or_default();
        match op {
            0 => format!("{key}={value}"),
            1 => format!("{key}!={value}"),
            2 => format!("{key} in ({})", values.join(",")),
            3 => format!("{key} notin ({})", values.join(",")),
            4 => key,
            5 => format!("!{key}"),
            _ => format!("{key}>{}", value.len()),
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn label_set_and_map_agree(
        reqs in prop::collection::vec(requirement(), 0..6),
        labels in prop::collection::btree_map(key(), value(), 0..8),
    ) {
        let selector = Selector::parse(&reqs.join(",")).expect("generated selectors are valid");
        let set = LabelSet::from(labels.clone());
        let pairs: Vec<(&str, &str)> = labels.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let by_map = selector.matches(&labels);
        prop_assert_eq!(selector.matches(&set), by_map);
        prop_assert_eq!(selector.matches(&pairs[..]), by_map);
        // Each requirement alone agrees too.
        for r in selector.requirements().into_iter().flatten() {
            let one = Selector::from_requirements([r.to_owned()]);
            prop_assert_eq!(one.matches(&set), one.matches(&labels));
        }
        let _: &BTreeMap<String, String> = &labels;
    }
}
