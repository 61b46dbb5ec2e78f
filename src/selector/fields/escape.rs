//! Go's `EscapeValue` / `UnescapeValue`: `\`, `,` and `=` in a value are written `\\`, `\,`,
//! `\=`.

use alloc::borrow::Cow;
use alloc::string::String;

use super::FieldSelectorError;

fn is_special(b: u8) -> bool {
    matches!(b, b'\\' | b',' | b'=')
}

/// A literal value escaped for a field selector; borrowed when nothing needs escaping.
///
/// ```
/// use kube_primitives::selector::escape_value;
///
/// assert_eq!(escape_value(r"a=b,c\d"), r"a\=b\,c\\d");
/// assert_eq!(escape_value("plain"), "plain");
/// ```
pub fn escape_value(s: &str) -> Cow<'_, str> {
    if !s.bytes().any(is_special) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        if c.is_ascii() && is_special(c as u8) {
            out.push('\\');
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// The literal value of an escaped field-selector value; borrowed when there is nothing to
/// unescape.
///
/// # Errors
///
/// A `\` before anything but `\`, `,`, `=` (or at the end), or an unescaped `,` or `=`.
///
/// ```
/// use kube_primitives::selector::unescape_value;
///
/// assert_eq!(unescape_value(r"a\=b\,c\\d").unwrap(), r"a=b,c\d");
/// assert_eq!(unescape_value(r"a\x").unwrap_err().to_string(), r"invalid field selector: invalid escape sequence: \x");
/// let err = unescape_value("a=b").unwrap_err();
/// assert_eq!(err.to_string(), "invalid field selector: unescaped character in value: 61");
/// assert_eq!(err.span(), 1..2);
/// ```
pub fn unescape_value(s: &str) -> Result<Cow<'_, str>, FieldSelectorError> {
    if !s.bytes().any(is_special) {
        return Ok(Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, e @ ('\\' | ',' | '='))) => out.push(e),
                Some((next, other)) => {
                    let mut sequence = String::from('\\');
                    sequence.push(other);
                    return Err(FieldSelectorError::InvalidEscapeSequence {
                        sequence,
                        span: at..next + other.len_utf8(),
                    });
                }
                None => {
                    return Err(FieldSelectorError::InvalidEscapeSequence {
                        sequence: String::from('\\'),
                        span: at..at + 1,
                    })
                }
            },
            ',' | '=' => {
                return Err(FieldSelectorError::UnescapedCharacter {
                    character: c,
                    span: at..at + 1,
                })
            }
            _ => out.push(c),
        }
    }
    Ok(Cow::Owned(out))
}
