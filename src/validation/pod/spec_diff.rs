//! The diff upstream appends to `spec: Forbidden: pod updates may not change fields other than
//! …`: `diff.Diff(oldPod.Spec, mungedPodSpec)` of apimachinery's `util/diff` — both internal
//! `core.PodSpec` values marshalled with `json.MarshalIndent(v, "", " ")` (Go field names, every
//! field, nil as `null`), compared line by line with go-difflib's unified diff (three lines of
//! context, Python `difflib`'s matcher with its popular-line heuristic)
//! ([diff.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/util/diff/diff.go),
//! [difflib.go](https://github.com/pmezard/go-difflib/blob/v1.0.0/difflib/difflib.go)).

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write;

use super::spec_json::pod_spec;
use crate::api::core::PodSpec;
use crate::meta::field::Json;

/// One opcode of `get_opcodes`: tag (`e`qual, `r`eplace, `d`elete, `i`nsert) and the ranges.
type OpCode = (u8, usize, usize, usize, usize);

/// `json.MarshalIndent(v, "", " ")`.
fn pretty(v: &Json, depth: usize, out: &mut String) {
    match v {
        Json::Object(m) if !m.is_empty() => {
            out.push_str("{\n");
            for (n, (k, x)) in m.iter().enumerate() {
                push_indent(out, depth + 1);
                let _ = write!(out, "{}: ", Json::String(k.clone()));
                pretty(x, depth + 1, out);
                out.push_str(if n + 1 < m.len() { ",\n" } else { "\n" });
            }
            push_indent(out, depth);
            out.push('}');
        }
        Json::Array(a) if !a.is_empty() => {
            out.push_str("[\n");
            for (n, x) in a.iter().enumerate() {
                push_indent(out, depth + 1);
                pretty(x, depth + 1, out);
                out.push_str(if n + 1 < a.len() { ",\n" } else { "\n" });
            }
            push_indent(out, depth);
            out.push(']');
        }
        other => {
            let _ = write!(out, "{other}");
        }
    }
}

fn push_indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push(' ');
    }
}

/// `difflib.SplitLines`: every line keeps its `\n`, the last one gets one.
fn split_lines(s: &str) -> Vec<String> {
    let mut lines: Vec<String> = s.split_inclusive('\n').map(String::from).collect();
    if s.ends_with('\n') || s.is_empty() {
        lines.push(String::new());
    }
    if let Some(last) = lines.last_mut() {
        last.push('\n');
    }
    lines
}

/// Python `difflib.SequenceMatcher` (autojunk on, no junk function), as go-difflib ports it.
struct Matcher<'a> {
    a: &'a [String],
    b: &'a [String],
    b2j: BTreeMap<&'a str, Vec<usize>>,
}

impl<'a> Matcher<'a> {
    fn new(a: &'a [String], b: &'a [String]) -> Self {
        let mut b2j: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (j, line) in b.iter().enumerate() {
            b2j.entry(line.as_str()).or_default().push(j);
        }
        let n = b.len();
        if n >= 200 {
            let ntest = n / 100 + 1;
            b2j.retain(|_, idx| idx.len() <= ntest);
        }
        Matcher { a, b, b2j }
    }

    fn find_longest_match(
        &self,
        alo: usize,
        ahi: usize,
        blo: usize,
        bhi: usize,
    ) -> (usize, usize, usize) {
        let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0);
        let mut j2len: BTreeMap<usize, usize> = BTreeMap::new();
        for ii in alo..ahi {
            let mut new = BTreeMap::new();
            if let Some(js) = self.a.get(ii).and_then(|l| self.b2j.get(l.as_str())) {
                for &j in js {
                    if j < blo {
                        continue;
                    }
                    if j >= bhi {
                        break;
                    }
                    let k = j
                        .checked_sub(1)
                        .and_then(|p| j2len.get(&p))
                        .copied()
                        .unwrap_or(0)
                        + 1;
                    new.insert(j, k);
                    if k > bestsize {
                        besti = ii + 1 - k;
                        bestj = j + 1 - k;
                        bestsize = k;
                    }
                }
            }
            j2len = new;
        }
        // No junk function: only the extension with equal (popular) lines applies.
        while besti > alo && bestj > blo && self.a.get(besti - 1) == self.b.get(bestj - 1) {
            besti -= 1;
            bestj -= 1;
            bestsize += 1;
        }
        while besti + bestsize < ahi
            && bestj + bestsize < bhi
            && self.a.get(besti + bestsize) == self.b.get(bestj + bestsize)
        {
            bestsize += 1;
        }
        (besti, bestj, bestsize)
    }

    fn matching_blocks(&self) -> Vec<(usize, usize, usize)> {
        let (la, lb) = (self.a.len(), self.b.len());
        let mut queue = alloc::vec![(0, la, 0, lb)];
        let mut blocks = Vec::new();
        while let Some((alo, ahi, blo, bhi)) = queue.pop() {
            let (i, j, k) = self.find_longest_match(alo, ahi, blo, bhi);
            if k > 0 {
                blocks.push((i, j, k));
                if alo < i && blo < j {
                    queue.push((alo, i, blo, j));
                }
                if i + k < ahi && j + k < bhi {
                    queue.push((i + k, ahi, j + k, bhi));
                }
            }
        }
        blocks.sort_unstable();
        let (mut i1, mut j1, mut k1) = (0, 0, 0);
        let mut out = Vec::new();
        for (i2, j2, k2) in blocks {
            if i1 + k1 == i2 && j1 + k1 == j2 {
                k1 += k2;
            } else {
                if k1 > 0 {
                    out.push((i1, j1, k1));
                }
                (i1, j1, k1) = (i2, j2, k2);
            }
        }
        if k1 > 0 {
            out.push((i1, j1, k1));
        }
        out.push((la, lb, 0));
        out
    }

    fn opcodes(&self) -> Vec<OpCode> {
        let (mut i, mut j) = (0, 0);
        let mut out = Vec::new();
        for (ai, bj, size) in self.matching_blocks() {
            let tag = if i < ai && j < bj {
                b'r'
            } else if i < ai {
                b'd'
            } else if j < bj {
                b'i'
            } else {
                0
            };
            if tag != 0 {
                out.push((tag, i, ai, j, bj));
            }
            i = ai + size;
            j = bj + size;
            if size > 0 {
                out.push((b'e', ai, i, bj, j));
            }
        }
        out
    }

    fn grouped(&self, n: usize) -> Vec<Vec<OpCode>> {
        let mut codes = self.opcodes();
        if codes.is_empty() {
            codes.push((b'e', 0, 1, 0, 1));
        }
        if let Some(first) = codes.first_mut() {
            if first.0 == b'e' {
                let (t, i1, i2, j1, j2) = *first;
                *first = (
                    t,
                    i1.max(i2.saturating_sub(n)),
                    i2,
                    j1.max(j2.saturating_sub(n)),
                    j2,
                );
            }
        }
        if let Some(last) = codes.last_mut() {
            if last.0 == b'e' {
                let (t, i1, i2, j1, j2) = *last;
                *last = (t, i1, i2.min(i1 + n), j1, j2.min(j1 + n));
            }
        }
        let nn = n + n;
        let mut groups = Vec::new();
        let mut group = Vec::new();
        for (t, mut i1, i2, mut j1, j2) in codes {
            if t == b'e' && i2 - i1 > nn {
                group.push((t, i1, i2.min(i1 + n), j1, j2.min(j1 + n)));
                groups.push(core::mem::take(&mut group));
                i1 = i1.max(i2.saturating_sub(n));
                j1 = j1.max(j2.saturating_sub(n));
            }
            group.push((t, i1, i2, j1, j2));
        }
        let only_equal = group.len() == 1 && group.first().is_some_and(|g| g.0 == b'e');
        if !group.is_empty() && !only_equal {
            groups.push(group);
        }
        groups
    }
}

fn range(start: usize, stop: usize) -> String {
    let mut beginning = start + 1;
    let length = stop - start;
    if length == 1 {
        return beginning.to_string();
    }
    if length == 0 {
        beginning -= 1;
    }
    format!("{beginning},{length}")
}

/// `difflib.GetUnifiedDiffString` with three lines of context and no file names.
fn unified_diff(a: &[String], b: &[String]) -> String {
    let m = Matcher::new(a, b);
    let mut out = String::new();
    for group in m.grouped(3) {
        let (Some(first), Some(last)) = (group.first(), group.last()) else {
            continue;
        };
        let _ = writeln!(
            out,
            "@@ -{} +{} @@",
            range(first.1, last.2),
            range(first.3, last.4)
        );
        for &(t, i1, i2, j1, j2) in &group {
            if t == b'e' {
                for l in a.get(i1..i2).unwrap_or(&[]) {
                    out.push(' ');
                    out.push_str(l);
                }
                continue;
            }
            if t == b'r' || t == b'd' {
                for l in a.get(i1..i2).unwrap_or(&[]) {
                    out.push('-');
                    out.push_str(l);
                }
            }
            if t == b'r' || t == b'i' {
                for l in b.get(j1..j2).unwrap_or(&[]) {
                    out.push('+');
                    out.push_str(l);
                }
            }
        }
    }
    out
}

/// Upstream's diff of the old spec against the munged new one.
pub(super) fn spec_diff(old: &PodSpec, new: &PodSpec) -> String {
    let (a, b) = (pod_spec(old), pod_spec(new));
    let (mut sa, mut sb) = (String::new(), String::new());
    pretty(&a, 0, &mut sa);
    pretty(&b, 0, &mut sb);
    unified_diff(&split_lines(&sa), &split_lines(&sb))
}
