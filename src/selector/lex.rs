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

/// A token and where its literal is in the input. Positions are `u32` (the parser refuses
/// longer input) so that a token travels in registers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub(crate) tok: Tok,
    /// Every byte is `[A-Za-z0-9._-]`: the lexer learns this while scanning, which lets the
    /// parser accept most keys and values without scanning them again.
    pub(crate) plain: bool,
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl Token {
    fn at(tok: Tok, start: usize, end: usize) -> Token {
        // The parser checked that the input length fits in a `u32`: saturating never happens.
        Token {
            tok,
            plain: false,
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: u32::try_from(end).unwrap_or(u32::MAX),
        }
    }

    /// Whether the literal is a valid label value, or a valid label key when it contains no
    /// `/`, known from the scan alone: plain bytes, at most 63 of them, alphanumeric at both
    /// ends. `false` means "check it".
    pub(crate) fn is_plain_name(&self, s: &[u8]) -> bool {
        let alnum = |i: u32| s.get(i as usize).is_some_and(u8::is_ascii_alphanumeric);
        self.plain
            && self.end.saturating_sub(self.start) <= 63
            && alnum(self.start)
            && alnum(self.end.wrapping_sub(1))
    }
}

pub(crate) const WHITESPACE: u8 = 1;
pub(crate) const SPECIAL: u8 = 2;
pub(crate) const NUL: u8 = 4;
/// `[A-Za-z0-9._-]`, the bytes of label keys without a prefix and of label values.
pub(crate) const NAME: u8 = 8;
pub(crate) const STOP: u8 = WHITESPACE | SPECIAL | NUL;

/// Byte classes of upstream's lexer: whitespace (space, tab, CR, LF), special symbols
/// (`= ! ( ) , > <`) and NUL, which upstream's `read` cannot tell from the end of the input.
#[expect(
    clippy::indexing_slicing,
    reason = "indexing runs at compile time: an out-of-bounds index would fail the build"
)]
#[expect(
    clippy::cast_possible_truncation,
    reason = "`b` counts below 256, so it fits in a `u8`"
)]
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
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'-' {
            t[b] = NAME;
        }
        b += 1;
    }
    t
};

#[inline]
#[expect(
    clippy::indexing_slicing,
    reason = "a `u8` cannot index past a 256-entry table"
)]
pub(crate) fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
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
    #[inline(always)]
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
            return Token::at(Tok::EndOfString, start, start);
        };
        let (tok, end, plain) = match class(c) {
            NUL => {
                self.pos += 1;
                return Token::at(Tok::EndOfString, start, start);
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
                (tok, start + 1 + usize::from(pair), false)
            }
            _ => {
                let rest = self.s.get(start..).unwrap_or_default();
                let mut len = 0;
                let mut all = NAME;
                for &b in rest {
                    let c = class(b);
                    if c & STOP != 0 {
                        break;
                    }
                    all &= c;
                    len += 1;
                }
                let end = start + len;
                // Byte tests, not a slice comparison: this runs for every identifier.
                let at = |i: usize| self.s.get(start + i).copied();
                let tok = match len {
                    2 if at(0) == Some(b'i') && at(1) == Some(b'n') => Tok::In,
                    5 if self.s.get(start..end) == Some(b"notin") => Tok::NotIn,
                    _ => Tok::Identifier,
                };
                (tok, end, all == NAME)
            }
        };
        self.pos = end;
        if self.s.get(end) == Some(&0) {
            self.pos += 1;
        }
        Token {
            plain,
            ..Token::at(tok, start, end)
        }
    }
}
