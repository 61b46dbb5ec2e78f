//! Go's `encoding/json` as far as upstream's validators reach into it: the syntax check
//! (`checkValid`, whose `SyntaxError` texts end up in field errors) and a cursor over a
//! document that passed it, for decoders of small fixed shapes. Both are iterative: depth costs
//! one byte of stack per level in the checker and nothing in the cursor.
//!
//! Upstream: `encoding/json/scanner.go` and `decode.go` of the Go release Kubernetes 1.36 is
//! built with.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use super::{to_lower, to_upper, write_go_quoted};

/// Go's `maxNestingDepth`.
const MAX_DEPTH: usize = 10_000;

/// Why a document is not JSON: Go's `SyntaxError` text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SyntaxError {
    /// `unexpected end of JSON input`.
    UnexpectedEnd,
    /// `invalid character 'x' looking for beginning of value` and the like.
    InvalidCharacter {
        /// The byte the scanner stopped at.
        byte: u8,
        /// Where it stood, in the scanner's words.
        context: &'static str,
    },
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            SyntaxError::UnexpectedEnd => f.write_str("unexpected end of JSON input"),
            SyntaxError::InvalidCharacter { byte, context } => {
                f.write_str("invalid character ")?;
                write_quoted_byte(f, byte)?;
                write!(f, " {context}")
            }
        }
    }
}

/// Go's `quoteChar`: the byte as the rune of the same number, in single quotes.
fn write_quoted_byte(f: &mut fmt::Formatter<'_>, byte: u8) -> fmt::Result {
    match byte {
        b'\'' => f.write_str(r"'\''"),
        b'"' => f.write_str("'\"'"),
        _ => {
            let mut quoted = String::new();
            let mut buf = [0u8; 4];
            write_go_quoted(&mut quoted, char::from(byte).encode_utf8(&mut buf))?;
            let inner = quoted
                .strip_prefix('"')
                .and_then(|q| q.strip_suffix('"'))
                .unwrap_or(&quoted);
            write!(f, "'{inner}'")
        }
    }
}

/// What the scanner expects next (Go's `step` functions).
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    BeginValueOrEmpty,
    BeginValue,
    BeginStringOrEmpty,
    BeginString,
    EndValue,
    EndTop,
    InString,
    InStringEsc,
    /// Inside `\u`, with this many hex digits read.
    InStringEscU(u8),
    Neg,
    One,
    Zero,
    Dot,
    Dot0,
    E,
    ESign,
    E0,
    /// Inside a literal: the rest expected, and the literal's name.
    Literal(&'static [u8], &'static str),
}

/// Go's parse states: inside an object before the `:`, after it, or inside an array.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Nest {
    ObjectKey,
    ObjectValue,
    ArrayValue,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

fn invalid(byte: u8, context: &'static str) -> SyntaxError {
    SyntaxError::InvalidCharacter { byte, context }
}

/// Go's `checkValid`: whether `data` is one JSON value with optional surrounding space.
pub(crate) fn check_valid(data: &[u8]) -> Result<(), SyntaxError> {
    let mut state = State::BeginValue;
    let mut stack: Vec<Nest> = Vec::new();
    for &b in data {
        state = step(state, &mut stack, b)?;
    }
    // Go's `eof`: one more space ends a number that may still be going on; an error that
    // space causes (`1.`, `tru`) is the answer, anything else unfinished is the end of input.
    match state {
        State::EndTop => Ok(()),
        _ => match step(state, &mut stack, b' ')? {
            State::EndTop => Ok(()),
            _ => Err(SyntaxError::UnexpectedEnd),
        },
    }
}

/// One byte of the scanner; a state that ends a value hands the byte on to `EndValue`, as Go's
/// functions call each other.
fn step(state: State, stack: &mut Vec<Nest>, b: u8) -> Result<State, SyntaxError> {
    let mut state = state;
    // At most three hand-overs: a number's end, then EndValue (to EndTop).
    for _ in 0..4 {
        match next(state, stack, b)? {
            Step::Done(s) => return Ok(s),
            Step::Again(s) => state = s,
        }
    }
    Ok(state)
}

enum Step {
    Done(State),
    /// The byte belongs to the next state as well.
    Again(State),
}

fn push(stack: &mut Vec<Nest>, nest: Nest, b: u8, then: State) -> Result<Step, SyntaxError> {
    stack.push(nest);
    if stack.len() > MAX_DEPTH {
        return Err(invalid(b, "exceeded max depth"));
    }
    Ok(Step::Done(then))
}

fn next(state: State, stack: &mut Vec<Nest>, b: u8) -> Result<Step, SyntaxError> {
    use Step::{Again, Done};
    let digit = b.is_ascii_digit();
    Ok(match state {
        State::BeginValueOrEmpty if is_space(b) => Done(state),
        State::BeginValueOrEmpty if b == b']' => Again(State::EndValue),
        State::BeginValueOrEmpty => Again(State::BeginValue),
        State::BeginValue => match b {
            _ if is_space(b) => Done(state),
            b'{' => return push(stack, Nest::ObjectKey, b, State::BeginStringOrEmpty),
            b'[' => return push(stack, Nest::ArrayValue, b, State::BeginValueOrEmpty),
            b'"' => Done(State::InString),
            b'-' => Done(State::Neg),
            b'0' => Done(State::Zero),
            b'1'..=b'9' => Done(State::One),
            b't' => Done(State::Literal(b"rue", "true")),
            b'f' => Done(State::Literal(b"alse", "false")),
            b'n' => Done(State::Literal(b"ull", "null")),
            _ => return Err(invalid(b, "looking for beginning of value")),
        },
        State::BeginStringOrEmpty if is_space(b) => Done(state),
        State::BeginStringOrEmpty if b == b'}' => {
            if let Some(top) = stack.last_mut() {
                *top = Nest::ObjectValue;
            }
            Again(State::EndValue)
        }
        State::BeginStringOrEmpty => Again(State::BeginString),
        State::BeginString => match b {
            _ if is_space(b) => Done(state),
            b'"' => Done(State::InString),
            _ => return Err(invalid(b, "looking for beginning of object key string")),
        },
        State::EndValue => end_value(stack, b)?,
        State::EndTop if is_space(b) => Done(state),
        State::EndTop => return Err(invalid(b, "after top-level value")),
        State::InString => match b {
            b'"' => Done(State::EndValue),
            b'\\' => Done(State::InStringEsc),
            0..=0x1f => return Err(invalid(b, "in string literal")),
            _ => Done(state),
        },
        State::InStringEsc => match b {
            b'b' | b'f' | b'n' | b'r' | b't' | b'\\' | b'/' | b'"' => Done(State::InString),
            b'u' => Done(State::InStringEscU(0)),
            _ => return Err(invalid(b, "in string escape code")),
        },
        State::InStringEscU(n) if b.is_ascii_hexdigit() => Done(if n >= 3 {
            State::InString
        } else {
            State::InStringEscU(n + 1)
        }),
        State::InStringEscU(_) => return Err(invalid(b, "in \\u hexadecimal character escape")),
        State::Neg => match b {
            b'0' => Done(State::Zero),
            b'1'..=b'9' => Done(State::One),
            _ => return Err(invalid(b, "in numeric literal")),
        },
        State::One if digit => Done(state),
        State::One => Again(State::Zero),
        State::Zero => match b {
            b'.' => Done(State::Dot),
            b'e' | b'E' => Done(State::E),
            _ => Again(State::EndValue),
        },
        State::Dot if digit => Done(State::Dot0),
        State::Dot => return Err(invalid(b, "after decimal point in numeric literal")),
        State::Dot0 => match b {
            _ if digit => Done(state),
            b'e' | b'E' => Done(State::E),
            _ => Again(State::EndValue),
        },
        State::E if b == b'+' || b == b'-' => Done(State::ESign),
        State::E => Again(State::ESign),
        State::ESign if digit => Done(State::E0),
        State::ESign => return Err(invalid(b, "in exponent of numeric literal")),
        State::E0 if digit => Done(state),
        State::E0 => Again(State::EndValue),
        State::Literal(rest, name) => match rest.split_first() {
            Some((&want, tail)) if b == want => Done(if tail.is_empty() {
                State::EndValue
            } else {
                State::Literal(tail, name)
            }),
            Some((&want, _)) => return Err(literal_error(b, name, want)),
            None => Again(State::EndValue),
        },
    })
}

/// Go's `stateEndValue`.
fn end_value(stack: &mut Vec<Nest>, b: u8) -> Result<Step, SyntaxError> {
    use Step::{Again, Done};
    let Some(top) = stack.last_mut() else {
        return Ok(Again(State::EndTop));
    };
    if is_space(b) {
        return Ok(Done(State::EndValue));
    }
    Ok(match (*top, b) {
        (Nest::ObjectKey, b':') => {
            *top = Nest::ObjectValue;
            Done(State::BeginValue)
        }
        (Nest::ObjectKey, _) => return Err(invalid(b, "after object key")),
        (Nest::ObjectValue, b',') => {
            *top = Nest::ObjectKey;
            Done(State::BeginString)
        }
        (Nest::ArrayValue, b',') => Done(State::BeginValue),
        (Nest::ObjectValue, b'}') | (Nest::ArrayValue, b']') => {
            stack.pop();
            Done(if stack.is_empty() {
                State::EndTop
            } else {
                State::EndValue
            })
        }
        (Nest::ObjectValue, _) => return Err(invalid(b, "after object key:value pair")),
        (Nest::ArrayValue, _) => return Err(invalid(b, "after array element")),
    })
}

/// `in literal true (expecting 'r')`: the context names the byte the literal needed.
fn literal_error(b: u8, name: &'static str, want: u8) -> SyntaxError {
    let context = match (name, want) {
        ("true", b'r') => "in literal true (expecting 'r')",
        ("true", b'u') => "in literal true (expecting 'u')",
        ("true", _) => "in literal true (expecting 'e')",
        ("false", b'a') => "in literal false (expecting 'a')",
        ("false", b'l') => "in literal false (expecting 'l')",
        ("false", b's') => "in literal false (expecting 's')",
        ("false", _) => "in literal false (expecting 'e')",
        (_, b'u') => "in literal null (expecting 'u')",
        _ => "in literal null (expecting 'l')",
    };
    invalid(b, context)
}

/// The kind of the value at a cursor, as Go's `UnmarshalTypeError` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
}

impl Kind {
    /// Go's word for it in `json: cannot unmarshal …` (numbers add their text where an
    /// integer was wanted).
    pub(crate) fn go_name(self) -> &'static str {
        match self {
            Kind::Object => "object",
            Kind::Array => "array",
            Kind::String => "string",
            Kind::Number => "number",
            Kind::Bool => "bool",
            Kind::Null => "null",
        }
    }
}

/// A cursor over a document that [`check_valid`] accepted: each reader assumes valid JSON and
/// stops quietly (never panics) where it is not.
pub(crate) struct Cursor<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Cursor<'a> {
        Cursor { data, at: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.data.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(is_space) {
            self.at += 1;
        }
    }

    /// The kind of the next value.
    pub(crate) fn kind(&mut self) -> Kind {
        self.skip_space();
        match self.peek() {
            Some(b'{') => Kind::Object,
            Some(b'[') => Kind::Array,
            Some(b'"') => Kind::String,
            Some(b't' | b'f') => Kind::Bool,
            Some(b'n') => Kind::Null,
            _ => Kind::Number,
        }
    }

    /// Steps into an object or array (past `{` or `[`).
    pub(crate) fn enter(&mut self) {
        self.skip_space();
        self.at += 1;
    }

    /// Before the next element or member: `false` (and past the `]` or `}`) at the end.
    pub(crate) fn more(&mut self) -> bool {
        self.skip_space();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                self.skip_space();
                true
            }
            Some(b']' | b'}') | None => {
                self.at += 1;
                false
            }
            Some(_) => true,
        }
    }

    /// A member's key, unquoted, and past its `:`.
    pub(crate) fn key(&mut self) -> String {
        let key = self.string();
        self.skip_space();
        if self.peek() == Some(b':') {
            self.at += 1;
        }
        key
    }

    /// The text of a number.
    pub(crate) fn number(&mut self) -> &'a str {
        self.skip_space();
        let start = self.at;
        while self
            .peek()
            .is_some_and(|b| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
        {
            self.at += 1;
        }
        core::str::from_utf8(self.data.get(start..self.at).unwrap_or_default()).unwrap_or("")
    }

    /// Skips the next value, however deep, without recursion.
    pub(crate) fn skip(&mut self) {
        let mut depth = 0usize;
        loop {
            self.skip_space();
            match self.peek() {
                None => return,
                Some(b'{' | b'[') => {
                    depth += 1;
                    self.at += 1;
                    continue;
                }
                Some(b',' | b':') => {
                    self.at += 1;
                    continue;
                }
                Some(b'}' | b']') => {
                    depth = depth.saturating_sub(1);
                    self.at += 1;
                }
                Some(b'"') => self.skip_string(),
                Some(_) => {
                    while self
                        .peek()
                        .is_some_and(|b| !is_space(b) && !matches!(b, b',' | b']' | b'}' | b':'))
                    {
                        self.at += 1;
                    }
                }
            }
            if depth == 0 {
                return;
            }
        }
    }

    fn skip_string(&mut self) {
        self.at += 1;
        while let Some(b) = self.peek() {
            self.at += 1;
            match b {
                b'"' => return,
                b'\\' => self.at += 1,
                _ => {}
            }
        }
    }

    /// A string value, unquoted as Go's `unquote` does: each byte of invalid UTF-8, and each
    /// lone surrogate, becomes U+FFFD.
    pub(crate) fn string(&mut self) -> String {
        self.skip_space();
        self.at += 1; // the opening quote
        let mut raw: Vec<u8> = Vec::new();
        while let Some(b) = self.peek() {
            self.at += 1;
            match b {
                b'"' => break,
                b'\\' => self.escape(&mut raw),
                _ => raw.push(b),
            }
        }
        let mut out = String::with_capacity(raw.len());
        for chunk in raw.utf8_chunks() {
            out.push_str(chunk.valid());
            for _ in chunk.invalid() {
                out.push('\u{FFFD}');
            }
        }
        out
    }

    fn escape(&mut self, out: &mut Vec<u8>) {
        let Some(e) = self.peek() else { return };
        self.at += 1;
        let simple = match e {
            b'b' => Some(0x08),
            b'f' => Some(0x0c),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'u' => None,
            other => Some(other),
        };
        if let Some(b) = simple {
            out.push(b);
            return;
        }
        let first = self.hex4();
        let c = match first {
            0xD800..=0xDBFF => {
                // A pair only when a `\u` low surrogate follows; otherwise U+FFFD alone.
                let save = self.at;
                let low = (self.data.get(self.at..self.at + 2) == Some(b"\\u"))
                    .then(|| {
                        self.at += 2;
                        self.hex4()
                    })
                    .filter(|l| (0xDC00..=0xDFFF).contains(l));
                match low {
                    Some(l) => char::from_u32(0x10000 + ((first - 0xD800) << 10) + (l - 0xDC00)),
                    None => {
                        self.at = save;
                        None
                    }
                }
            }
            _ => char::from_u32(first),
        };
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.unwrap_or('\u{FFFD}').encode_utf8(&mut buf).as_bytes());
    }

    fn hex4(&mut self) -> u32 {
        let mut v = 0;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .unwrap_or(0);
            v = v * 16 + d;
            self.at += 1;
        }
        v
    }
}

/// Go's `foldName` equality for a member key against an ASCII field name: each character of the
/// key folded as Go folds it (`unicode.ToUpper(unicode.ToLower(r))`, which also takes `ſ`, `ı`,
/// `İ` and the Kelvin sign to ASCII).
pub(crate) fn fold_eq(key: &str, name: &str) -> bool {
    let mut name = name.chars();
    key.chars()
        .all(|c| name.next().map(|n| n.to_ascii_uppercase()) == Some(to_upper(to_lower(c))))
        && name.next().is_none()
}
