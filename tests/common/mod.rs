//! Helpers shared by the corpus tests: reading `../shared/corpus` in place.

use std::fs;
use std::path::Path;

use serde_json::Value;

/// The records of a corpus file, each with its `file:line`; `None` (and a note) when the shared
/// folder is absent.
pub fn records(file: &str) -> Option<Vec<(String, Value)>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(file);
    let Ok(text) = fs::read_to_string(&path) else {
        eprintln!("{} not found: corpus test skipped", path.display());
        return None;
    };
    Some(
        text.lines()
            .enumerate()
            .map(|(n, line)| {
                let v: Value = serde_json::from_str(line).expect("corpus line is JSON");
                (format!("{file}:{}", n + 1), v)
            })
            .filter(|(_, v)| v.get("placeholder") != Some(&Value::Bool(true)))
            .collect(),
    )
}

/// Asserts that at least `percent` of `total` records were usable.
pub fn assert_share(used: usize, total: usize, percent: usize, what: &str) {
    assert!(
        used * 100 >= total * percent,
        "only {used} of {total} {what}"
    );
}
