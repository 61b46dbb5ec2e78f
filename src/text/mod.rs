//! Go-compatible text handling shared by every module.
//!
//! Upstream error messages embed values the way Go prints them: `%q` (`strconv.Quote`), JSON
//! (`encoding/json`, which escapes `<`, `>` and `&`), and `%#U`. Annotation keys are lower-cased and
//! environment-variable names upper-cased with Go's *simple* case mapping, which differs from Rust's
//! full mapping (`İ` lowers to `i` in Go, to `i̇` in Rust). All of it follows Unicode 15.0.0, the
//! version of Go's tables.

pub(crate) mod go_json;
mod unicode_tables;

use core::fmt::{self, Write};

use unicode_tables::{PRINT_RANGES, SIMPLE_LOWER, SIMPLE_UPPER};

/// Go's `unicode.IsPrint` (and `strconv.IsPrint`): letters, marks, numbers, punctuation, symbols
/// and the ASCII space.
pub(crate) fn is_print(c: char) -> bool {
    let c = c as u32;
    if c < 0x80 {
        return (0x20..0x7F).contains(&c);
    }
    PRINT_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                core::cmp::Ordering::Less
            } else if lo > c {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn simple_map(table: &[(u32, u32)], c: char) -> char {
    match table.binary_search_by_key(&(c as u32), |&(from, _)| from) {
        Ok(i) => table
            .get(i)
            .and_then(|&(_, to)| char::from_u32(to))
            .unwrap_or(c),
        Err(_) => c,
    }
}

/// Go's `unicode.ToLower`: the simple lowercase mapping.
pub(crate) fn to_lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        simple_map(&SIMPLE_LOWER, c)
    }
}

/// Go's `unicode.ToUpper`: the simple uppercase mapping (`ß` stays `ß`).
pub(crate) fn to_upper(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_uppercase()
    } else {
        simple_map(&SIMPLE_UPPER, c)
    }
}

fn hex_digit(v: u32) -> char {
    // Go prints escapes in lowercase hex, as `from_digit` does.
    char::from_digit(v & 0xF, 16).unwrap_or('0')
}

/// Writes `s` as Go's `strconv.Quote` does (the `%q` verb).
pub(crate) fn write_go_quoted<W: Write + ?Sized>(out: &mut W, s: &str) -> fmt::Result {
    out.write_char('"')?;
    for c in s.chars() {
        match c {
            '"' => out.write_str("\\\"")?,
            '\\' => out.write_str("\\\\")?,
            c if is_print(c) => out.write_char(c)?,
            '\u{7}' => out.write_str("\\a")?,
            '\u{8}' => out.write_str("\\b")?,
            '\u{c}' => out.write_str("\\f")?,
            '\n' => out.write_str("\\n")?,
            '\r' => out.write_str("\\r")?,
            '\t' => out.write_str("\\t")?,
            '\u{b}' => out.write_str("\\v")?,
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.write_str("\\x")?;
                out.write_char(hex_digit(c as u32 >> 4))?;
                out.write_char(hex_digit(c as u32))?;
            }
            c if (c as u32) < 0x10000 => {
                out.write_str("\\u")?;
                for shift in [12, 8, 4, 0] {
                    out.write_char(hex_digit(c as u32 >> shift))?;
                }
            }
            c => {
                out.write_str("\\U")?;
                for shift in [28, 24, 20, 16, 12, 8, 4, 0] {
                    out.write_char(hex_digit(c as u32 >> shift))?;
                }
            }
        }
    }
    out.write_char('"')
}

/// Writes `s` as a JSON string the way Go's `encoding/json` marshals it (HTML-safe escaping of
/// `<`, `>`, `&`, and of U+2028/U+2029; `\b` and `\f` since Go 1.22).
/// Go's `%v` of a `[]string`: `[a b c]`.
pub(crate) fn write_go_string_slice<W: Write + ?Sized, S: AsRef<str>>(
    out: &mut W,
    items: impl IntoIterator<Item = S>,
) -> fmt::Result {
    out.write_char('[')?;
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.write_char(' ')?;
        }
        out.write_str(item.as_ref())?;
    }
    out.write_char(']')
}

/// `utilerrors.NewAggregate(errs).Error()`: each distinct message once, in first-seen order; one
/// message alone, several in brackets joined by `, `. The set keeps long lists linear.
pub(crate) fn write_go_aggregate<W: Write + ?Sized>(
    out: &mut W,
    messages: impl IntoIterator<Item = alloc::string::String>,
) -> fmt::Result {
    let mut set = alloc::collections::BTreeSet::new();
    let mut seen = alloc::vec::Vec::new();
    for msg in messages {
        if set.insert(msg.clone()) {
            seen.push(msg);
        }
    }
    match seen.as_slice() {
        [one] => out.write_str(one),
        many => {
            out.write_char('[')?;
            for (i, msg) in many.iter().enumerate() {
                if i > 0 {
                    out.write_str(", ")?;
                }
                out.write_str(msg)?;
            }
            out.write_char(']')
        }
    }
}

pub(crate) fn write_json_string<W: Write + ?Sized>(out: &mut W, s: &str) -> fmt::Result {
    out.write_char('"')?;
    for c in s.chars() {
        match c {
            '"' => out.write_str("\\\"")?,
            '\\' => out.write_str("\\\\")?,
            '\n' => out.write_str("\\n")?,
            '\r' => out.write_str("\\r")?,
            '\t' => out.write_str("\\t")?,
            '\u{8}' => out.write_str("\\b")?,
            '\u{c}' => out.write_str("\\f")?,
            c if (c as u32) < 0x20 || matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') => {
                out.write_str("\\u")?;
                for shift in [12, 8, 4, 0] {
                    out.write_char(hex_digit(c as u32 >> shift))?;
                }
            }
            c => out.write_char(c)?,
        }
    }
    out.write_char('"')
}

/// Go's `strconv.ParseInt(s, 10, 64)`: an optional sign and decimal digits, in range.
pub(crate) fn parse_go_int(s: &str) -> Option<i64> {
    let (neg, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        rest => (false, rest),
    };
    if digits.is_empty() {
        return None;
    }
    let mut v: i64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        let d = i64::from(d - b'0');
        v = v.checked_mul(10)?;
        v = if neg {
            v.checked_sub(d)?
        } else {
            v.checked_add(d)?
        };
    }
    Some(v)
}

/// Why Go's `strconv.Atoi` rejects a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AtoiError {
    /// `invalid syntax`.
    Syntax,
    /// `value out of range`.
    Range,
}

impl AtoiError {
    /// The end of Go's `NumError` message.
    pub(crate) fn text(self) -> &'static str {
        match self {
            AtoiError::Syntax => "invalid syntax",
            AtoiError::Range => "value out of range",
        }
    }
}

/// Go's `strconv.Atoi` on a 64-bit platform, with its error kinds: digits are scanned in order,
/// and a non-digit is a syntax error unless an overflow was found first.
pub(crate) fn go_atoi(s: &str) -> Result<i64, AtoiError> {
    let (neg, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        rest => (false, rest),
    };
    if digits.is_empty() {
        return Err(AtoiError::Syntax);
    }
    let mut n: u64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return Err(AtoiError::Syntax);
        }
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(c - b'0')))
            .ok_or(AtoiError::Range)?;
    }
    const CUTOFF: u64 = 1 << 63;
    match (neg, n) {
        (false, n) if n >= CUTOFF => Err(AtoiError::Range),
        (true, n) if n > CUTOFF => Err(AtoiError::Range),
        // n = 2^63 wraps to i64::MIN, which negates to itself: Go's -2^63.
        (true, n) => Ok(i64::from_ne_bytes(n.to_ne_bytes()).wrapping_neg()),
        (false, n) => i64::try_from(n).map_err(|_| AtoiError::Range),
    }
}

/// Go's `%#U`: `U+0009`, followed by the quoted character when it is printable (`U+00E9 'é'`).
pub(crate) fn write_go_unicode<W: Write + ?Sized>(out: &mut W, c: char) -> fmt::Result {
    write!(out, "U+{:04X}", c as u32)?;
    if is_print(c) {
        write!(out, " '{c}'")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    fn quoted(s: &str) -> String {
        let mut out = String::new();
        write_go_quoted(&mut out, s).unwrap();
        out
    }

    fn json(s: &str) -> String {
        let mut out = String::new();
        write_json_string(&mut out, s).unwrap();
        out
    }

    #[test]
    fn print_table_matches_go_examples() {
        // unicode.IsPrint: U+00A0 (Zs) and U+200B (Cf) are not printable, marks are.
        assert!(!is_print('\u{a0}'));
        assert!(!is_print('\u{200b}'));
        assert!(is_print('\u{301}'));
        assert!(is_print('é'));
        assert!(is_print(' '));
        assert!(!is_print('\u{7f}'));
        assert!(is_print('😀'));
        assert!(!is_print('\u{e000}')); // private use
        assert!(!is_print('\u{10ffff}'));
    }

    #[test]
    fn quote_matches_strconv_quote() {
        // Expected strings from Go's strconv.Quote documentation and quote_test.go.
        assert_eq!(quoted("\u{7}\u{8}\u{c}\r\n\t\u{b}"), r#""\a\b\f\r\n\t\v""#);
        assert_eq!(quoted("\\"), r#""\\""#);
        assert_eq!(quoted("abc\u{ff}def"), "\"abc\u{ff}def\"");
        assert_eq!(quoted("\u{263a}"), "\"\u{263a}\"");
        assert_eq!(quoted("\u{10ffff}"), r#""\U0010ffff""#);
        assert_eq!(quoted("\x04"), r#""\x04""#);
        assert_eq!(quoted("\u{7f}"), r#""\x7f""#);
        assert_eq!(quoted("\u{a0}"), r#""\u00a0""#);
        assert_eq!(quoted("a\"b"), r#""a\"b""#);
    }

    #[test]
    fn json_matches_encoding_json() {
        assert_eq!(json("<a&b>"), r#""\u003ca\u0026b\u003e""#);
        assert_eq!(json("\u{8}\u{c}\u{1}"), r#""\b\f\u0001""#);
        assert_eq!(json("\u{2028}é"), "\"\\u2028é\"");
        assert_eq!(json("\u{7f}"), "\"\u{7f}\"");
    }

    #[test]
    fn simple_case_mapping_is_gos() {
        assert_eq!(to_lower('İ'), 'i');
        assert_eq!(to_lower('\u{212a}'), 'k'); // Kelvin sign
        assert_eq!(to_lower('Σ'), 'σ');
        assert_eq!(to_upper('ß'), 'ß');
        assert_eq!(to_upper('ǆ'), 'Ǆ');
        assert_eq!(to_upper('ﬀ'), 'ﬀ');
        assert_eq!(to_lower('Ⱥ'), 'ⱥ');
    }

    #[test]
    fn parses_ints_like_strconv() {
        assert_eq!(parse_go_int("+7"), Some(7));
        assert_eq!(parse_go_int("-9223372036854775808"), Some(i64::MIN));
        assert_eq!(parse_go_int("9223372036854775808"), None);
        assert_eq!(parse_go_int("007"), Some(7));
        for bad in ["", "+", "-", "1_0", "0x10", " 1", "1.0"] {
            assert_eq!(parse_go_int(bad), None, "{bad}");
        }
    }

    #[test]
    fn go_unicode_verb() {
        let mut s = String::new();
        write_go_unicode(&mut s, '\t').unwrap();
        assert_eq!(s, "U+0009");
        s.clear();
        write_go_unicode(&mut s, 'é').unwrap();
        assert_eq!(s, "U+00E9 'é'");
    }
}
