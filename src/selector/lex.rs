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

fn is_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_special(b: u8) -> bool {
    matches!(b, b'=' | b'!' | b'(' | b')' | b',' | b'>' | b'<')
}

fn symbol(lit: &[u8]) -> Option<Tok> {
    Some(match lit {
        b")" => Tok::ClosedPar,
        b"," => Tok::Comma,
        b"!" => Tok::DoesNotExist,
        b"==" => Tok::DoubleEquals,
        b"=" => Tok::Equals,
        b">" => Tok::GreaterThan,
        b"<" => Tok::LessThan,
        b"!=" => Tok::NotEquals,
        b"(" => Tok::OpenPar,
        _ => return None,
    })
}

pub(crate) struct Lexer<'a> {
    s: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    pub(crate) fn new(s: &'a [u8]) -> Lexer<'a> {
        Lexer { s, pos: 0 }
    }

    /// The next byte, or 0 past the end (a NUL byte in the input reads the same).
    fn read(&mut self) -> u8 {
        match self.s.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                b
            }
            None => 0,
        }
    }

    fn unread(&mut self) {
        self.pos = self.pos.saturating_sub(1);
    }

    /// The input consumed so far.
    pub(crate) fn position(&self) -> usize {
        self.pos
    }

    pub(crate) fn next_token(&mut self) -> Token {
        let mut ch = self.read();
        while is_whitespace(ch) {
            ch = self.read();
        }
        if ch == 0 {
            return Token {
                tok: Tok::EndOfString,
                start: self.pos,
                end: self.pos,
            };
        }
        self.unread();
        let start = self.pos;
        if is_special(ch) {
            self.scan_symbol(start)
        } else {
            self.scan_identifier(start)
        }
    }

    /// Upstream's `scanIDOrKeyword`: up to a special symbol or whitespace (left unread) or a NUL
    /// (swallowed).
    fn scan_identifier(&mut self, start: usize) -> Token {
        let mut end;
        loop {
            end = self.pos;
            let ch = self.read();
            if ch == 0 {
                break;
            }
            if is_special(ch) || is_whitespace(ch) {
                self.unread();
                break;
            }
        }
        let tok = match self.s.get(start..end) {
            Some(b"in") => Tok::In,
            Some(b"notin") => Tok::NotIn,
            _ => Tok::Identifier,
        };
        Token { tok, start, end }
    }

    /// Upstream's `scanSpecialSymbol`: the longest run of special symbols that is a token.
    fn scan_symbol(&mut self, start: usize) -> Token {
        let mut last: Option<(Tok, usize)> = None;
        let mut len = 0;
        loop {
            let ch = self.read();
            if ch == 0 {
                break;
            }
            if !is_special(ch) {
                self.unread();
                break;
            }
            len += 1;
            match self.s.get(start..start + len).and_then(symbol) {
                Some(tok) => last = Some((tok, start + len)),
                None if last.is_some() => {
                    self.unread();
                    break;
                }
                None => {}
            }
        }
        // Every single special symbol is a token, so `last` is always set.
        let (tok, end) = last.unwrap_or((Tok::EndOfString, start));
        Token { tok, start, end }
    }
}
