#![no_main]

//! Structured label selectors built with `arbitrary`: conversion, validation, formatting and
//! matching never panic; a converted selector prints as a string that parses and matches the
//! same label sets; validation accepts every selector that converts.

use std::collections::BTreeMap;

use kube_primitives::api::core::{LabelSelector, LabelSelectorRequirement};
use kube_primitives::meta::field::Path;
use kube_primitives::selector::{
    format_label_selector, label_selector_has_invalid_label_value, validate_label_selector,
    LabelSelectorValidationOptions, Selector,
};
use libfuzzer_sys::arbitrary::{self, Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;

#[derive(Debug)]
struct Input {
    selector: Option<LabelSelector>,
    labels: BTreeMap<String, String>,
}

/// Mostly plausible keys and values, sometimes arbitrary text.
fn word(u: &mut Unstructured<'_>) -> arbitrary::Result<String> {
    const WORDS: &[&str] = &[
        "app",
        "web",
        "tier",
        "",
        "a.b/c",
        "x",
        "1",
        "-",
        "k8s.io/name",
        "v1.2",
    ];
    Ok(if u.ratio(3, 4)? {
        (*u.choose(WORDS)?).to_string()
    } else {
        String::arbitrary(u)?
    })
}

impl<'a> Arbitrary<'a> for Input {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        const OPS: &[&str] = &["In", "NotIn", "Exists", "DoesNotExist", "Gt", "in", ""];
        let selector = if u.ratio(1, 8)? {
            None
        } else {
            let mut ls = LabelSelector::default();
            for _ in 0..u.int_in_range(0..=3)? {
                ls.match_labels.insert(word(u)?, word(u)?);
            }
            for _ in 0..u.int_in_range(0..=3)? {
                let key = word(u)?;
                let op = *u.choose(OPS)?;
                let mut values = Vec::new();
                for _ in 0..u.int_in_range(0..=3)? {
                    values.push(word(u)?);
                }
                ls.match_expressions
                    .push(LabelSelectorRequirement::new(&key, op, values));
            }
            Some(ls)
        };
        let mut labels = BTreeMap::new();
        for _ in 0..u.int_in_range(0..=4)? {
            labels.insert(word(u)?, word(u)?);
        }
        Ok(Input { selector, labels })
    }
}

fuzz_target!(|input: Input| {
    let ls = input.selector.as_ref();
    let path = Path::new("spec").child("selector");
    let errs = validate_label_selector(ls, LabelSelectorValidationOptions::default(), &path);
    let _ = errs.to_string();
    let _ = label_selector_has_invalid_label_value(ls);
    let formatted = format_label_selector(ls);
    match Selector::from_label_selector(ls) {
        Ok(selector) => {
            assert!(errs.is_empty(), "converts but does not validate: {errs}");
            let printed = selector.to_string();
            assert!(printed == formatted || (printed.is_empty() && formatted == "<none>"));
            let matches = selector.matches(&input.labels);
            if ls.is_some() {
                let reparsed = Selector::parse(&printed).expect("the printed form parses");
                assert_eq!(reparsed.matches(&input.labels), matches, "{printed:?}");
                let back = Selector::parse_to_label_selector(&printed).expect("converts back");
                let again = Selector::from_label_selector(Some(&back)).expect("converts");
                assert_eq!(again.matches(&input.labels), matches, "{printed:?}");
            }
        }
        Err(e) => {
            let _ = e.to_string();
            assert_eq!(formatted, "<error>");
        }
    }
});
