//! The conformance runner: answers the JSON-lines protocol of
//! `../shared/conformance/PROTOCOL.md` on stdin/stdout, one answer per request, in order.
//!
//! ```sh
//! cargo build --release --example conformance
//! python3 ../shared/conformance/compare.py --runner target/release/examples/conformance \
//!     ../shared/conformance/vectors/*.jsonl
//! ```

mod ops;

use std::io::{self, BufRead, BufWriter, Write};

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let answer = match serde_json::from_str(&line) {
            Ok(request) => ops::answer(&request),
            Err(e) => serde_json::json!({ "bad_request": e.to_string() }),
        };
        // One answer per line: escape the characters other readers (Python's splitlines) take
        // for line breaks; inside JSON strings the escapes mean the same.
        let line = serde_json::to_string(&answer)?
            .replace('\u{85}', "\\u0085")
            .replace('\u{2028}', "\\u2028")
            .replace('\u{2029}', "\\u2029");
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
