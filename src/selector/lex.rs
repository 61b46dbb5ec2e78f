//! The label-selector lexer: upstream's `Lexer`, byte for byte.

/// Token kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    EndOfString,
    ClosedPar,
    Comma,
    DoesNotExist,
    DoubleEquals,
    Equals,
    GreaterThan,
    Identifier,
    In,
    LessThan,
    NotEquals,
    NotIn,
    OpenPar,
}

/// A token and where its literal is in the input.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub(crate) tok: Tok,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

const WHITESPACE: u8 = 1;
const SPECIAL: u8 = 2;
const NUL: u8 = 4;

/// Byte classes of upstream's lexer: whitespace (space, tab, CR, LF), special symbols
/// (`= ! ( ) , > <`) and NUL, which upstream's `read` cannot tell from the end of the input.
// Indexing runs at compile time: an out-of-bounds index would fail the build.
#[allow(clippy::indexing_slicing)]
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b' ' as usize] = WHITESPACE;
    t[b'\t' as usize] = WHITESPACE;
    t[b'\r' as usize] = WHITESPACE;
    t[b'\n' as usize] = WHITESPACE;
    t[b'=' as usize] = SPECIAL;
    t[b'!' as usize] = SPECIAL;
    t[b'(' as usize] = SPECIAL;
    t[b')' as usize] = SPECIAL;
    t[b',' as usize] = SPECIAL;
    t[b'>' as usize] = SPECIAL;
    t[b'<' as usize] = SPECIAL;
    t[0] = NUL;
    t
};

#[inline]
#[allow(clippy::indexing_slicing)] // a `u8` cannot index past a 256-entry table
fn class(b: u8) -> u8 {
    CLASS[b as usize]
}

pub(crate) struct Lexer<'a> {
    s: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    pub(crate) fn new(s: &'a [u8]) -> Lexer<'a> {
        Lexer { s, pos: 0 }
    }

    /// The input consumed so far.
    pub(crate) fn position(&self) -> usize {
        self.pos
    }

    /// Upstream's `Lex`. A NUL right after a token is swallowed with it (upstream reads it and
    /// stops there); a NUL where a token would start ends the input.
    pub(crate) fn next_token(&mut self) -> Token {
        while self
            .s
            .get(self.pos)
            .is_some_and(|&b| class(b) == WHITESPACE)
        {
            self.pos += 1;
        }
        let start = self.pos;
        let Some(&c) = self.s.get(start) else {
            return Token {
                tok: Tok::EndOfString,
                start,
                end: start,
            };
        };
        let (tok, end) = match class(c) {
            NUL => {
                self.pos += 1;
                return Token {
                    tok: Tok::EndOfString,
                    start,
                    end: start,
                };
            }
            SPECIAL => {
                // The longest run of special symbols that is a token: `==` and `!=` are the only
                // two-byte ones.
                let pair = matches!((c, self.s.get(start + 1)), (b'=' | b'!', Some(b'=')));
                let tok = match (c, pair) {
                    (b'=', true) => Tok::DoubleEquals,
                    (b'!', true) => Tok::NotEquals,
                    (b'=', false) => Tok::Equals,
                    (b'!', false) => Tok::DoesNotExist,
                    (b'(', _) => Tok::OpenPar,
                    (b')', _) => Tok::ClosedPar,
                    (b',', _) => Tok::Comma,
                    (b'>', _) => Tok::GreaterThan,
                    _ => Tok::LessThan,
                };
                (tok, start + 1 + usize::from(pair))
            }
            _ => {
                let len = self.s.get(start..).map_or(0, |rest| {
                    rest.iter()
                        .position(|&b| class(b) != 0)
                        .unwrap_or(rest.len())
                });
                let end = start + len;
                let tok = match self.s.get(start..end) {
                    Some(b"in") => Tok::In,
                    Some(b"notin") => Tok::NotIn,
                    _ => Tok::Identifier,
                };
                (tok, end)
            }
        };
        self.pos = end;
        if self.s.get(end) == Some(&0) {
            self.pos += 1;
        }
        Token { tok, start, end }
    }
}
