#![no_main]

#[path = "../../checks/tests/oracle/mod.rs"]
mod oracle;

use kube_primitives::meta::{field::Path, validate_annotations};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|value: &str| {
    for pair in oracle::family(&["qualified_name", "label_value"]) {
        if let Some(diff) = oracle::disagreement(pair, value) {
            panic!("{diff}");
        }
    }
    // Annotation keys are lower-cased first; for ASCII keys that is the model's lower-casing.
    let path = Path::new("metadata").child("annotations");
    let errs = validate_annotations([(value, "")], &path);
    if value.is_ascii() {
        let want = oracle::is_qualified_name(&value.to_ascii_lowercase());
        assert_eq!(errs.len(), want.len(), "{value:?}");
    }
});
