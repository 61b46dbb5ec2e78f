//! A one-pass parser for the selectors people write (`app=web,tier in (a,b),!legacy,n>2`),
//! tried before the full parser. It reads bytes directly instead of tokens and gives up
//! (`None`) on anything it does not know to be valid — NUL bytes, empty or odd value lists,
//! keywords as names, any syntax error — so the full parser, upstream's step for step, decides
//! every other input and words every error. When it succeeds it builds exactly what the full
//! parser builds (same spans, same order), which the tests check on random input.

use alloc::vec::Vec;

use smallvec::SmallVec;

use super::lex::{class, NAME, STOP, WHITESPACE};
use super::repr::{sort_values, Req, Reqs, Span};
use super::Operator;
use crate::meta::validate::is_qualified_name;
use crate::text::parse_go_int;

struct Scan<'a> {
    /// The input.
    s: &'a [u8],
    /// The input and eight bytes of padding, which heads load whole words from.
    padded: &'a [u8],
    pos: usize,
}

impl Scan<'_> {
    #[inline]
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    #[inline]
    fn skip_space(&mut self) {
        while self.peek().is_some_and(|b| class(b) == WHITESPACE) {
            self.pos += 1;
        }
    }

    /// The identifier at the cursor (the lexer's maximal run of non-stop bytes) and whether it
    /// is all `[A-Za-z0-9._-]`; `None` when there is none.
    #[inline]
    fn word(&mut self) -> Option<(Span, bool)> {
        let start = self.pos;
        let mut all = NAME;
        while let Some(b) = self.peek() {
            let c = class(b);
            if c & STOP != 0 {
                break;
            }
            all &= c;
            self.pos += 1;
        }
        if self.pos == start {
            return None;
        }
        let span = Span {
            start: u32::try_from(start).ok()?,
            end: u32::try_from(self.pos).ok()?,
        };
        Some((span, all == NAME))
    }

    /// A plain name (what the lexer vouches for as a label value, or a key without prefix):
    /// plain bytes, at most 63, alphanumeric at both ends; not a keyword.
    fn plain(&self, span: Span, plain: bool) -> bool {
        let b = span.bytes(self.s);
        plain
            && b.len() <= 63
            && b.first().is_some_and(u8::is_ascii_alphanumeric)
            && b.last().is_some_and(u8::is_ascii_alphanumeric)
            && b != b"in"
            && b != b"notin"
    }

    /// A key: a plain name, or a qualified name with a prefix.
    fn key(&mut self) -> Option<Span> {
        let (span, plain) = self.word()?;
        let b = span.bytes(self.s);
        let ok = self.plain(span, plain)
            || (b != b"in" && b != b"notin" && is_qualified_name(b) && !b.contains(&0));
        ok.then_some(span)
    }

    fn value(&mut self) -> Option<Span> {
        let (span, plain) = self.word()?;
        self.plain(span, plain).then_some(span)
    }

    /// One requirement, the cursor on its first byte, appended to `out`.
    fn requirement(&mut self, out: &mut Vec<Req>) -> Option<()> {
        if self.peek() == Some(b'!') {
            self.pos += 1;
            if self.peek() == Some(b'=') {
                return None;
            }
            self.skip_space();
            let key = self.key()?;
            out.push(Req::new(
                key,
                Operator::DoesNotExist,
                SmallVec::new(),
                self.padded,
            ));
            return Some(());
        }
        let key = self.key()?;
        self.skip_space();
        let mut values: SmallVec<[Span; 2]> = SmallVec::new();
        let op = match self.peek() {
            None | Some(b',') => Operator::Exists,
            Some(b'=') | Some(b'!') => {
                let op = match (self.peek(), self.s.get(self.pos + 1)) {
                    (Some(b'='), Some(b'=')) => Operator::DoubleEquals,
                    (Some(b'='), _) => Operator::Equals,
                    (_, Some(b'=')) => Operator::NotEquals,
                    _ => return None,
                };
                self.pos += if op == Operator::Equals { 1 } else { 2 };
                self.skip_space();
                match self.peek() {
                    // `a=` and `a=,…`: the empty value, spanning nothing (as the full parser).
                    None | Some(b',') => values.push(Span::default()),
                    _ => values.push(self.value()?),
                }
                op
            }
            Some(b @ (b'>' | b'<')) => {
                self.pos += 1;
                self.skip_space();
                // The full parser takes an empty value here and rejects it: give up.
                let value = self.value()?;
                let digits = core::str::from_utf8(value.bytes(self.s)).ok()?;
                parse_go_int(digits)?;
                values.push(value);
                if b == b'>' {
                    Operator::GreaterThan
                } else {
                    Operator::LessThan
                }
            }
            _ => {
                let (word, _) = self.word()?;
                let op = match word.bytes(self.s) {
                    b"in" => Operator::In,
                    b"notin" => Operator::NotIn,
                    _ => return None,
                };
                self.skip_space();
                if self.peek() != Some(b'(') {
                    return None;
                }
                self.pos += 1;
                loop {
                    self.skip_space();
                    values.push(self.value()?);
                    self.skip_space();
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b')') => {
                            self.pos += 1;
                            break;
                        }
                        _ => return None,
                    }
                }
                sort_values(&mut values, self.s);
                op
            }
        };
        out.push(Req::new(key, op, values, self.padded));
        Some(())
    }
}

/// The requirements of `input`, sorted, when it is a selector this parser knows to be valid.
pub(crate) fn parse(input: &str) -> Option<Reqs> {
    let s = input.as_bytes();
    u32::try_from(s.len()).ok()?;
    let text = Reqs::padded(input);
    let mut scan = Scan {
        s,
        padded: text.as_bytes(),
        pos: 0,
    };
    // Usually a single allocation: a typical requirement takes eight bytes or more, and eight
    // requirements stay within the allocator's fast size classes.
    let mut items = Vec::with_capacity((s.len() / 8 + 1).min(8));
    scan.skip_space();
    if scan.peek().is_some() {
        loop {
            scan.requirement(&mut items)?;
            scan.skip_space();
            match scan.peek() {
                None => break,
                Some(b',') => {
                    scan.pos += 1;
                    scan.skip_space();
                }
                _ => return None,
            }
        }
    }
    Some(Reqs::sorted(text, items))
}

#[cfg(test)]
mod tests {
    use crate::selector::repr::Reqs;
    use alloc::string::String;

    /// A requirement's key span, operator and mode, and value spans.
    type Shape = (u32, u32, u8, alloc::vec::Vec<(u32, u32)>);

    /// Everything the two parsers' results can differ in.
    fn shape(r: &Reqs) -> alloc::vec::Vec<Shape> {
        r.items
            .iter()
            .map(|q| {
                (
                    q.key.start,
                    q.key.end,
                    q.mode | (q.op as u8) << 4,
                    q.values.iter().map(|v| (v.start, v.end)).collect(),
                )
            })
            .collect()
    }

    fn agrees(input: &str) -> Result<(), String> {
        if let Some(fast) = super::parse(input) {
            let full = super::super::parse::parse(input)
                .map_err(|e| alloc::format!("{input:?}: fast accepts, full rejects: {e}"))?;
            if shape(&fast) != shape(&full)
                || fast.text != full.text
                || fast.by_heads != full.by_heads
            {
                return Err(alloc::format!("{input:?}: the parsers differ"));
            }
        }
        Ok(())
    }

    /// Pieces of selectors, valid and not, that the inputs are made of.
    const PIECES: [&str; 29] = [
        "app", "a.b/c", "x/", "-x", "web", "in", "notin", "=", "==", "!=", "!", ">", "<", "(", ")",
        ",", " ", "\t", "1", "é", "\0", "_", "in (", "notin(", "a", "b", "a=b", ",a", "",
    ];

    // Up to 13 pieces drawn with a fixed xorshift: the same 20,000 inputs on every run, so a
    // failure reproduces.
    #[test]
    fn fast_parser_builds_what_the_full_one_does() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let mut input = String::new();
            for _ in 0..next() % 14 {
                let i = usize::try_from(next() % PIECES.len() as u64).unwrap_or(0);
                input.push_str(PIECES[i]);
            }
            agrees(&input).unwrap();
        }
    }

    #[test]
    fn common_selectors_take_the_fast_path() {
        for s in [
            "",
            "  ",
            "app=web,tier in (frontend,backend),!legacy,env!=prod",
            "app.kubernetes.io/name=x,app.kubernetes.io/instance=y",
            "a==b, c notin ( x , y ) ,d",
            "a=,b=",
            "replicas>2, n < 007",
        ] {
            assert!(super::parse(s).is_some(), "{s:?}");
            agrees(s).unwrap();
        }
        for s in [
            "a>", "a>x", "a>-1", "a in ()", "a in (,)", "a=b,", "in=x", "a\0", "!=a", "a b",
        ] {
            assert!(super::parse(s).is_none(), "{s:?}");
        }
    }
}
