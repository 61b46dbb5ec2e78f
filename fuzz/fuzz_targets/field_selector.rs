#![no_main]

//! Field selectors: never a panic; the printed form parses back to the same terms, and after
//! one round trip printing is stable (upstream sorts raw terms, so the first print may order
//! `a==z,a=b` differently from its reparse).

use kube_primitives::selector::{escape_value, unescape_value, FieldSelector};
use libfuzzer_sys::fuzz_target;

fn terms(s: &FieldSelector) -> Vec<(String, &'static str, String)> {
    let mut t: Vec<_> = s
        .requirements()
        .map(|r| {
            (
                r.field().to_string(),
                r.operator().as_str(),
                r.value().to_string(),
            )
        })
        .collect();
    t.sort();
    t
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    assert_eq!(
        unescape_value(&escape_value(text)).expect("escaped values unescape"),
        text
    );
    let Ok(selector) = FieldSelector::parse(text) else {
        return;
    };
    let printed = selector.to_string();
    let again = FieldSelector::parse(&printed).expect("the printed form parses");
    assert_eq!(terms(&again), terms(&selector), "{printed:?}");
    let stable = again.to_string();
    assert_eq!(
        FieldSelector::parse(&stable).expect("parses").to_string(),
        stable
    );
    let fields: std::collections::BTreeMap<String, String> = selector
        .requirements()
        .map(|r| (r.field().to_string(), r.value().to_string()))
        .collect();
    let _ = selector.matches(&fields);
});
