//! Conformance against the Go originals: every vector in `tests/data/conformance/*.jsonl.gz` and,
//! when the workplace's `../shared/conformance/real/` exists, every real-world request there.
//!
//! For each op the crate implements (the runner's dispatch table decides), every field of
//! `expect` must be present and equal in our answer (the rules of `compare.py`). The run fails on
//! any disagreement, printing per-op counts and the first differences. Ops not implemented yet are
//! counted and reported, not compared.
//!
//! `cargo test --test conformance -- OP…` limits the run to the named ops.

#[path = "../examples/conformance/ops/mod.rs"]
mod ops;

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use flate2::read::GzDecoder;
use serde_json::Value;

const SHOW: usize = 5;

#[derive(Default)]
struct Tally {
    total: usize,
    agree: usize,
    unsupported: usize,
    diffs: Vec<String>,
}

fn floats_agree(a: &Value, b: Option<&Value>) -> bool {
    let parse = |v: &Value| match v {
        Value::String(s) => s.parse::<f64>().ok(),
        Value::Number(n) => n.as_f64(),
        _ => None,
    };
    match (parse(a), b.and_then(parse)) {
        (Some(x), Some(y)) if x.is_finite() && y.is_finite() => {
            x == y || (x - y).abs() <= 1e-12 * x.abs().max(y.abs())
        }
        _ => Some(a) == b,
    }
}

/// Python's `==` on decoded JSON, which `compare.py` uses: numbers compare by value (`0` equals
/// `0.0`), containers element by element.
fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            match (x.as_i64(), y.as_i64(), x.as_u64(), y.as_u64()) {
                (Some(x), Some(y), ..) => x == y,
                (.., Some(x), Some(y)) => x == y,
                _ => x.as_f64() == y.as_f64(),
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| json_eq(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

/// `compare.py`'s rule: every expected field present and equal; `error_any_of` accepts any
/// listed error; `approx_float` compares as floats.
fn agrees(expect: &Value, got: &Value) -> bool {
    let (Some(expect), Some(got)) = (expect.as_object(), got.as_object()) else {
        return false;
    };
    if got.get("unsupported").is_some() {
        return false;
    }
    expect.iter().all(|(k, v)| match k.as_str() {
        "error_any_of" => v
            .as_array()
            .is_some_and(|any| got.get("error").is_some_and(|e| any.contains(e))),
        "error" if expect.contains_key("error_any_of") => true,
        "approx_float" => floats_agree(v, got.get(k)),
        _ => got.get(k).is_some_and(|g| json_eq(v, g)),
    })
}

fn lines(path: &Path) -> Vec<String> {
    let file = fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let reader: Box<dyn BufRead> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(BufReader::new(GzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    reader
        .lines()
        .map(|l| l.unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .filter(|l| !l.trim().is_empty())
        .collect()
}

fn files_in(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    files
}

fn main() -> ExitCode {
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sets = vec![(
        "vectors",
        files_in(&root.join("tests/data/conformance"), ".jsonl.gz"),
    )];
    let real = root.join("../shared/conformance/real");
    if real.is_dir() {
        sets.push(("real", files_in(&real, ".jsonl")));
    } else {
        println!(
            "conformance: {} not found; real-world requests skipped",
            real.display()
        );
    }
    assert!(
        !sets[0].1.is_empty(),
        "no vector files under tests/data/conformance"
    );

    let mut tallies: BTreeMap<(String, &str), Tally> = BTreeMap::new();
    for (set, files) in &sets {
        for file in files {
            for line in lines(file) {
                let mut request: Value = serde_json::from_str(&line)
                    .unwrap_or_else(|e| panic!("{}: bad JSON line: {e}", file.display()));
                let op = request["op"].as_str().unwrap_or_default().to_owned();
                if !only.is_empty() && !only.contains(&op) {
                    continue;
                }
                let Some(obj) = request.as_object_mut() else {
                    continue;
                };
                let expect = obj.remove("expect").unwrap_or(Value::Null);
                obj.remove("source");
                let tally = tallies.entry((op.clone(), set)).or_default();
                tally.total += 1;
                if ops::handler(&op).is_none() {
                    tally.unsupported += 1;
                    continue;
                }
                let got = ops::answer(&request);
                if agrees(&expect, &got) {
                    tally.agree += 1;
                } else if tally.diffs.len() < SHOW {
                    tally.diffs.push(format!(
                        "  request {}\n  expect  {expect}\n  got     {got}",
                        truncate(&request.to_string())
                    ));
                }
            }
        }
    }

    let (mut passed, mut failed, mut idle) = (0, 0, 0);
    for ((op, set), t) in &tallies {
        if t.unsupported == t.total {
            idle += t.total;
            println!("{op:28} {set:8} not implemented ({} requests)", t.total);
            continue;
        }
        let bad = t.total - t.agree;
        passed += t.agree;
        failed += bad;
        println!("{op:28} {set:8} {:6}/{:<6} agree", t.agree, t.total);
        if bad > 0 {
            println!("  {bad} disagreements; the first {}:", t.diffs.len());
            for d in &t.diffs {
                println!("{d}");
            }
        }
    }
    println!("conformance: {passed} passed, {failed} failed ({idle} requests for ops not implemented yet)");
    if failed > 0 || passed == 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn truncate(s: &str) -> &str {
    match s.char_indices().nth(400) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}
