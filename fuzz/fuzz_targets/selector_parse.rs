#![no_main]

//! Label-selector strings: never a panic; the printed form parses back to an equal selector
//! that prints the same; byte input behaves as its lossy text.

use kube_primitives::selector::Selector;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let from_bytes = Selector::parse_bytes(data);
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = Selector::parse(text);
    assert_eq!(parsed.is_ok(), from_bytes.is_ok());
    let Ok(selector) = parsed else {
        return;
    };
    let printed = selector.to_string();
    let again = Selector::parse(&printed).expect("the printed form parses");
    assert_eq!(again, selector, "{printed:?}");
    assert_eq!(again.to_string(), printed);
    // Matching a set built from the requirements never panics.
    let labels: Vec<(String, String)> = selector
        .requirements()
        .into_iter()
        .flatten()
        .map(|r| {
            (
                r.key().to_string(),
                r.values().next().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let labels: std::collections::BTreeMap<_, _> = labels.into_iter().collect();
    let _ = selector.matches(&labels);
});
