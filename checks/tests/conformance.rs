//! Conformance against the Go originals: every vector in `tests/data/conformance/*.jsonl.gz` and,
//! when the workplace's `../shared/conformance/real/` exists, every real-world request there.
//!
//! For each request, every field of `expect` must be present and equal in our answer (the rules
//! of `compare.py`). The run fails
//! - on any disagreement, unless the request's digest is in the deviation ledger
//!   (`tests/data/conformance/deviations.tsv`: digest, op, reason, README section);
//! - on a deviation ledger entry that now agrees or matches no request (the ledger stays exact,
//!   as rust-url keeps its expected failures);
//! - on an op the runner has no handler for, unless the op is in the unsupported ledger
//!   (`tests/data/conformance/unsupported.tsv`: op, reason), and on a ledger entry for an op
//!   that now has a handler;
//! - when a vector file's SHA-256 differs from the list in `tests/data/conformance/README.md`,
//!   or a file is missing from either side;
//! - under CI (`CI=true`) when `../shared/conformance/real/` is missing.
//!
//! A request's digest is the first 16 hex digits of the SHA-256 of its line as stored.
//! `cargo test --test conformance -- OP…` limits the run to the named ops.

#[path = "common/jsonl.rs"]
mod jsonl;
#[path = "../../examples/conformance/ops/mod.rs"]
mod ops;
#[path = "common/sha256.rs"]
mod sha256;

use jsonl::lines;

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use flate2::read::GzDecoder;
use serde_json::Value;

const SHOW: usize = 5;

#[derive(Default)]
struct Tally {
    total: usize,
    agree: usize,
    /// Requests of an op in the unsupported ledger.
    unsupported: usize,
    /// Disagreements the deviation ledger names.
    deviations: usize,
    diffs: Vec<String>,
}

/// One line of the deviation ledger.
struct Deviation {
    op: String,
    reason: String,
    readme: String,
    seen: bool,
}

/// The non-comment lines of a tab-separated ledger, split into `n` fields.
fn ledger_rows(path: &Path, n: usize) -> Vec<Vec<String>> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let fields: Vec<String> = l.split('\t').map(|f| f.trim().to_owned()).collect();
            assert!(
                fields.len() == n && fields.iter().all(|f| !f.is_empty()),
                "{}: expected {n} tab-separated fields in {l:?}",
                path.display()
            );
            fields
        })
        .collect()
}

/// GitHub's anchor for a Markdown heading: lower case, spaces as `-`, punctuation dropped.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Problems with the vector copies: each listed file present with the listed SHA-256 (of the
/// uncompressed text), each present file listed, and, where the workplace's vectors are beside
/// the clone, each of those copied unchanged.
fn checksum_problems(dir: &Path, shared: &Path) -> Vec<String> {
    let readme =
        fs::read_to_string(dir.join("README.md")).expect("tests/data/conformance/README.md");
    let mut listed: BTreeMap<String, String> = BTreeMap::new();
    for line in readme.lines() {
        let mut parts = line.split_whitespace();
        if let (Some(digest), Some(name), None) = (parts.next(), parts.next(), parts.next()) {
            if digest.len() == 64 && digest.bytes().all(|b| b.is_ascii_hexdigit()) {
                listed.insert(format!("{name}.gz"), digest.to_owned());
            }
        }
    }
    let digests: BTreeMap<String, String> = listed
        .iter()
        .map(|(gz, d)| (gz.trim_end_matches(".gz").to_owned(), d.clone()))
        .collect();
    let mut problems = Vec::new();
    let present: Vec<PathBuf> = files_in(dir, ".jsonl.gz");
    for path in &present {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let mut text = Vec::new();
        GzDecoder::new(fs::File::open(path).expect("readable"))
            .read_to_end(&mut text)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        match listed.remove(&name) {
            None => problems.push(format!("{name} is not in the SHA-256 list")),
            Some(want) if want != sha256::hex(&text) => {
                problems.push(format!("{name}: SHA-256 differs from the list"));
            }
            Some(_) => {}
        }
    }
    for path in files_in(shared, ".jsonl") {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if digests.get(&name) != Some(&sha256::hex(&text)) {
            problems.push(format!(
                "{name}: the copy in tests/data/conformance is not the workplace's (refresh it)"
            ));
        }
    }
    problems.extend(listed.keys().map(|n| format!("{n} is listed but missing")));
    problems
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
    sha256::self_check();
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let checks = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The repository root: the README and, beside the clone, the workplace's `shared/`.
    let root = checks.join("..");
    let data = checks.join("tests/data/conformance");
    let mut failures: Vec<String> =
        checksum_problems(&data, &root.join("../shared/conformance/vectors"));

    let unsupported: BTreeMap<String, String> = ledger_rows(&data.join("unsupported.tsv"), 2)
        .into_iter()
        .map(|f| (f[0].clone(), f[1].clone()))
        .collect();
    let readme = fs::read_to_string(root.join("README.md")).expect("README.md");
    let headings: Vec<String> = readme
        .lines()
        .filter_map(|l| l.strip_prefix('#'))
        .map(|h| anchor(h.trim_start_matches('#')))
        .collect();
    let mut deviations: BTreeMap<String, Deviation> = BTreeMap::new();
    for f in ledger_rows(&data.join("deviations.tsv"), 4) {
        let section = f[3].trim_start_matches("README.md#").to_owned();
        if !headings.contains(&section) {
            failures.push(format!(
                "deviation {}: README.md has no section #{section}",
                f[0]
            ));
        }
        let deviation = Deviation {
            op: f[1].clone(),
            reason: f[2].clone(),
            readme: section,
            seen: false,
        };
        deviations.insert(f[0].clone(), deviation);
    }

    let mut sets = vec![("vectors", files_in(&data, ".jsonl.gz"))];
    let real = root.join("../shared/conformance/real");
    if real.is_dir() {
        sets.push(("real", files_in(&real, ".jsonl")));
    } else if ci {
        failures.push(format!("{} is missing under CI", real.display()));
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
                let agree = agrees(&expect, &got);
                let digest = &sha256::hex(line.trim().as_bytes())[..16];
                if let Some(d) = deviations.get_mut(digest) {
                    d.seen = true;
                    if agree {
                        failures.push(format!(
                            "deviation {digest} ({}) now agrees: remove it from the ledger",
                            d.op
                        ));
                    } else {
                        tally.deviations += 1;
                    }
                } else if agree {
                    tally.agree += 1;
                } else if tally.diffs.len() < SHOW {
                    tally.diffs.push(format!(
                        "  request {digest} {}\n  expect  {expect}\n  got     {got}",
                        truncate(&request.to_string())
                    ));
                }
            }
        }
    }

    let (mut passed, mut failed, mut idle) = (0, 0, 0);
    let mut ops_seen: Vec<&str> = Vec::new();
    for ((op, set), t) in &tallies {
        ops_seen.push(op);
        if t.unsupported == t.total {
            idle += t.total;
            match unsupported.get(op) {
                Some(why) => println!("{op:28} {set:8} unsupported ({} requests): {why}", t.total),
                None => failures.push(format!(
                    "{op}: {} {set} requests, no handler and not in unsupported.tsv",
                    t.total
                )),
            }
            continue;
        }
        if unsupported.contains_key(op) {
            failures.push(format!(
                "{op} has a handler: remove it from unsupported.tsv"
            ));
        }
        let bad = t.total - t.agree - t.deviations;
        passed += t.agree;
        failed += bad;
        let ledgered = if t.deviations > 0 {
            format!(" ({} ledgered deviations)", t.deviations)
        } else {
            String::new()
        };
        println!(
            "{op:28} {set:8} {:6}/{:<6} agree{ledgered}",
            t.agree, t.total
        );
        if bad > 0 {
            println!("  {bad} disagreements; the first {}:", t.diffs.len());
            for d in &t.diffs {
                println!("{d}");
            }
        }
    }
    if only.is_empty() {
        for op in unsupported.keys() {
            if !ops_seen.contains(&op.as_str()) {
                failures.push(format!("unsupported.tsv names {op}, which no request uses"));
            }
        }
    }
    for (digest, d) in &deviations {
        let in_scope = only.is_empty() || only.contains(&d.op);
        if in_scope && !d.seen {
            failures.push(format!(
                "deviation {digest} ({}: {}; README #{}) matches no request",
                d.op, d.reason, d.readme
            ));
        }
    }
    for f in &failures {
        println!("FAIL: {f}");
    }
    println!("conformance: {passed} passed, {failed} failed ({idle} requests of unsupported ops)");
    if failed > 0 || passed == 0 || !failures.is_empty() {
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
