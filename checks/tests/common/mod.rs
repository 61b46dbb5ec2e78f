//! Helpers shared by the corpus tests: reading `../shared/corpus` in place.
#![allow(dead_code, reason = "each test crate uses only some of these helpers")]

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// `../shared/corpus/{sub}` beside the clone, or `None` (and a note) when the workplace's shared
/// folder is absent. Under CI (`CI=true`) a missing corpus is a failure, not a skip.
pub fn corpus_path(sub: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/corpus")
        .join(sub);
    if path.exists() {
        return Some(path);
    }
    assert!(
        std::env::var("CI").map_or(true, |v| v != "true"),
        "{} is missing under CI",
        path.display()
    );
    eprintln!("{} not found: corpus test skipped", path.display());
    None
}

/// The records of a corpus file, each with its `file:line`; `None` (and a note) when the shared
/// folder is absent (a failure under CI).
pub fn records(file: &str) -> Option<Vec<(String, Value)>> {
    let path = corpus_path(file)?;
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
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

/// Every value of `original` is still at its place in `patched`, as after a JSON Patch that only
/// adds: `null` may become a value, objects may gain members, and the arrays at the pointers
/// ending in one of `appendable` may gain items at the end.
pub fn keeps(original: &Value, patched: &Value, at: &str, appendable: &[&str]) {
    match (original, patched) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                let w = b.get(k).unwrap_or_else(|| panic!("{at}/{k} lost"));
                keeps(v, w, &format!("{at}/{k}"), appendable);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if appendable.iter().any(|p| at.ends_with(p)) {
                assert!(b.len() >= a.len(), "{at}: items lost");
            } else {
                assert_eq!(a.len(), b.len(), "{at} changed length");
            }
            for (i, (v, w)) in a.iter().zip(b).enumerate() {
                keeps(v, w, &format!("{at}/{i}"), appendable);
            }
        }
        (Value::Null, _) => {}
        (a, b) => assert_eq!(a, b, "{at} changed"),
    }
}

/// Overlays `patch` onto `base`: objects merge member by member, anything else replaces (so a
/// `null` in `patch` sets `null`, unlike an RFC 7396 merge patch, which removes).
pub fn overlay(base: &mut Value, patch: &Value) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p {
                overlay(b.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
        (b, p) => *b = p.clone(),
    }
}
