//! Reading JSON-lines files, gzipped or not (shared by the suite and the conformance replay).

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;

use flate2::read::GzDecoder;

/// The non-blank lines of a `.jsonl` or `.jsonl.gz` file.
pub fn lines(path: &Path) -> Vec<String> {
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
