//! The label-selector parser: upstream's `Parser` (recursive descent with one token of
//! lookahead), then `NewRequirement`'s checks and the sort by key.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use smallvec::SmallVec;

use super::error::{Expected, ParseError, Unexpected};
use super::lex::{Lexer, Tok, Token};
use super::repr::{sort_values, Req, Reqs, Span};
use super::requirement::{check_values, key_error};
use super::Operator;
use crate::meta::field::Path;

/// Where keywords may be operators (`KeyAndOperator`) or are plain identifiers (`Values`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    KeyAndOperator,
    Values,
}

struct Parser<'a> {
    input: &'a str,
    lexer: Lexer<'a>,
    peeked: Token,
    /// A value of the current requirement that the lexer could not vouch for.
    unchecked_value: bool,
    /// Where the last token consumed ends.
    last_end: u32,
}

fn in_context(t: Token, context: Context) -> Token {
    match t.tok {
        Tok::In | Tok::NotIn if context == Context::Values => Token {
            tok: Tok::Identifier,
            ..t
        },
        _ => t,
    }
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Parser<'a> {
        let mut lexer = Lexer::new(input.as_bytes());
        let peeked = lexer.next_token();
        Parser {
            input,
            lexer,
            peeked,
            unchecked_value: false,
            last_end: 0,
        }
    }

    fn lookahead(&self, context: Context) -> Token {
        in_context(self.peeked, context)
    }

    fn consume(&mut self, context: Context) -> Token {
        let t = self.peeked;
        if t.tok != Tok::EndOfString {
            self.peeked = self.lexer.next_token();
        }
        self.last_end = t.end;
        in_context(t, context)
    }

    /// A token's text. Token boundaries are ASCII bytes, so they are character boundaries.
    fn literal(&self, t: Token) -> &'a str {
        Self::span(t).of(self.input)
    }

    fn unexpected(&self, t: Token, expected: Expected) -> Unexpected {
        Unexpected {
            found: String::from(self.literal(t)),
            expected,
            span: Self::span(t).range(),
        }
    }

    fn syntax(&self, t: Token, expected: Expected) -> ParseError {
        ParseError::RequirementSyntax(self.unexpected(t, expected))
    }

    fn span(t: Token) -> Span {
        Span {
            start: t.start,
            end: t.end,
        }
    }

    fn text(&self, span: Span) -> &'a str {
        span.of(self.input)
    }

    fn parse(&mut self) -> Result<Vec<Req>, ParseError> {
        // At most one requirement per comma, plus one: usually a single allocation (capped, as
        // commas inside value lists do not start requirements).
        let estimate = self.input.bytes().filter(|&b| b == b',').count().min(63) + 1;
        let mut reqs = Vec::with_capacity(estimate);
        loop {
            let t = self.lookahead(Context::Values);
            match t.tok {
                Tok::Identifier | Tok::DoesNotExist => {
                    reqs.push(self.parse_requirement()?);
                    let t = self.consume(Context::Values);
                    match t.tok {
                        Tok::EndOfString => return Ok(reqs),
                        Tok::Comma => {
                            let t2 = self.lookahead(Context::Values);
                            if t2.tok != Tok::Identifier && t2.tok != Tok::DoesNotExist {
                                return Err(ParseError::Syntax(
                                    self.unexpected(t2, Expected::IdentifierAfterComma),
                                ));
                            }
                        }
                        _ => {
                            return Err(ParseError::Syntax(
                                self.unexpected(t, Expected::CommaOrEnd),
                            ))
                        }
                    }
                }
                Tok::EndOfString => return Ok(reqs),
                _ => return Err(ParseError::Syntax(self.unexpected(t, Expected::Start))),
            }
        }
    }

    fn parse_requirement(&mut self) -> Result<Req, ParseError> {
        let start = self.peeked.start;
        let (key, op) = self.parse_key_and_infer_operator()?;
        let mut values: SmallVec<[Span; 2]> = SmallVec::new();
        self.unchecked_value = false;
        let op = match op {
            Some(op @ (Operator::Exists | Operator::DoesNotExist)) => op,
            _ => {
                let op = self.parse_operator()?;
                match op {
                    Operator::In | Operator::NotIn => self.parse_values(&mut values)?,
                    _ => self.parse_exact_value(&mut values)?,
                }
                sort_values(&mut values, self.input.as_bytes());
                op
            }
        };
        // The key was validated above, and the lexer vouched for the values unless told
        // otherwise; integers for `>`/`<` are always checked.
        if !self.unchecked_value && !matches!(op, Operator::GreaterThan | Operator::LessThan) {
            return Ok(Req::new(key, op, values, self.input.as_bytes()));
        }
        let input = self.input;
        let errs = check_values(
            self.text(key),
            op,
            values.iter().map(|s| s.of(input)),
            true,
            &Path::none(),
        );
        if !errs.is_empty() {
            return Err(ParseError::InvalidRequirement {
                errors: errs,
                span: Span {
                    start,
                    end: self.last_end,
                }
                .range(),
            });
        }
        Ok(Req::new(key, op, values, self.input.as_bytes()))
    }

    fn parse_key_and_infer_operator(&mut self) -> Result<(Span, Option<Operator>), ParseError> {
        let mut op = None;
        let mut t = self.consume(Context::Values);
        if t.tok == Tok::DoesNotExist {
            op = Some(Operator::DoesNotExist);
            t = self.consume(Context::Values);
        }
        if t.tok != Tok::Identifier {
            return Err(self.syntax(t, Expected::Identifier));
        }
        let key = Self::span(t);
        if !t.is_plain_name(self.input.as_bytes()) {
            if let Some(e) = key_error(self.literal(t), &Path::none()) {
                return Err(ParseError::InvalidKey {
                    error: Box::new(e),
                    span: key.range(),
                });
            }
        }
        if matches!(
            self.lookahead(Context::Values).tok,
            Tok::EndOfString | Tok::Comma
        ) && op.is_none()
        {
            op = Some(Operator::Exists);
        }
        Ok((key, op))
    }

    fn parse_operator(&mut self) -> Result<Operator, ParseError> {
        let t = self.consume(Context::KeyAndOperator);
        Ok(match t.tok {
            Tok::In => Operator::In,
            Tok::Equals => Operator::Equals,
            Tok::DoubleEquals => Operator::DoubleEquals,
            Tok::GreaterThan => Operator::GreaterThan,
            Tok::LessThan => Operator::LessThan,
            Tok::NotIn => Operator::NotIn,
            Tok::NotEquals => Operator::NotEquals,
            _ => return Err(self.syntax(t, Expected::Operator)),
        })
    }

    /// An empty value, spanning nothing.
    fn empty(&self) -> Span {
        Span { start: 0, end: 0 }
    }

    fn parse_values(&mut self, values: &mut SmallVec<[Span; 2]>) -> Result<(), ParseError> {
        let t = self.consume(Context::Values);
        if t.tok != Tok::OpenPar {
            return Err(self.syntax(t, Expected::OpenParen));
        }
        let first = self.lookahead(Context::Values);
        match first.tok {
            Tok::Identifier | Tok::Comma => {
                self.parse_identifiers_list(values)?;
                if self.consume(Context::Values).tok != Tok::ClosedPar {
                    // Upstream reports the token that followed the '(' here.
                    return Err(self.syntax(first, Expected::CloseParen));
                }
                Ok(())
            }
            Tok::ClosedPar => {
                self.consume(Context::Values);
                values.push(self.empty());
                Ok(())
            }
            _ => Err(self.syntax(first, Expected::ValueListStart)),
        }
    }

    fn parse_identifiers_list(
        &mut self,
        values: &mut SmallVec<[Span; 2]>,
    ) -> Result<(), ParseError> {
        loop {
            let t = self.consume(Context::Values);
            match t.tok {
                Tok::Identifier => {
                    self.push_value(values, t);
                    let t2 = self.lookahead(Context::Values);
                    match t2.tok {
                        Tok::Comma => continue,
                        Tok::ClosedPar => return Ok(()),
                        _ => return Err(self.syntax(t2, Expected::CommaOrCloseParen)),
                    }
                }
                Tok::Comma => {
                    // "(," and ",)" and ",," each mean an empty value.
                    if values.is_empty() {
                        values.push(self.empty());
                    }
                    match self.lookahead(Context::Values).tok {
                        Tok::ClosedPar => {
                            values.push(self.empty());
                            return Ok(());
                        }
                        Tok::Comma => values.push(self.empty()),
                        _ => {}
                    }
                }
                _ => return Err(self.syntax(t, Expected::CommaOrIdentifier)),
            }
        }
    }

    fn parse_exact_value(&mut self, values: &mut SmallVec<[Span; 2]>) -> Result<(), ParseError> {
        if matches!(
            self.lookahead(Context::Values).tok,
            Tok::EndOfString | Tok::Comma
        ) {
            values.push(self.empty());
            return Ok(());
        }
        let t = self.consume(Context::Values);
        if t.tok != Tok::Identifier {
            return Err(self.syntax(t, Expected::Identifier));
        }
        self.push_value(values, t);
        Ok(())
    }

    fn push_value(&mut self, values: &mut SmallVec<[Span; 2]>, t: Token) {
        if !t.is_plain_name(self.input.as_bytes()) {
            self.unchecked_value = true;
        }
        values.push(Self::span(t));
    }
}

/// The longest label selector this crate parses, in bytes (4 GiB − 1; spans are held in 32
/// bits). Go has no limit; longer input is refused with [`ParseError::TooLong`]. Below it,
/// parsing is linear in the text.
pub const MAX_SELECTOR_LEN: usize = 0xFFFF_FFFF;

/// Go's `labels.Parse`: the requirements, sorted, with their heads.
pub(crate) fn parse(input: &str) -> Result<Reqs, ParseError> {
    if input.len() > MAX_SELECTOR_LEN {
        return Err(ParseError::TooLong(input.len()));
    }
    let mut p = Parser::new(input);
    let items = p.parse()?;
    // Everything the requirements point at precedes the point the lexer reached.
    let end = p.lexer.position();
    Ok(Reqs::parsed(input.get(..end).unwrap_or(input), items))
}
