//! `ParseSelector` (`pkg/fields/selector.go`).

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

use super::{unescape_value, FieldRequirement, FieldSelector, FieldSelectorError};
use crate::selector::Operator;

/// The terms between unescaped commas, each with its offset; an escaped comma stays in its term
/// with its backslash.
fn split_terms(s: &str) -> Vec<(&str, usize)> {
    let mut terms = Vec::new();
    if s.is_empty() {
        return terms;
    }
    let mut start = 0;
    let mut in_slash = false;
    for (i, b) in s.bytes().enumerate() {
        if in_slash {
            in_slash = false;
        } else if b == b'\\' {
            in_slash = true;
        } else if b == b',' {
            terms.push((s.get(start..i).unwrap_or_default(), start));
            start = i + 1;
        }
    }
    terms.push((s.get(start..).unwrap_or_default(), start));
    terms
}

/// Field, operator, raw value and the value's offset in the term: split at the first `!=`, `==`
/// or `=`, tried in that order at each position (field names cannot escape anything).
fn split_term(term: &str) -> Option<(&str, Operator, &str, usize)> {
    let bytes = term.as_bytes();
    let (at, op, len) = bytes.iter().enumerate().find_map(|(i, &b)| {
        let next = bytes.get(i + 1).copied();
        match (b, next) {
            (b'!', Some(b'=')) => Some((i, Operator::NotEquals, 2)),
            (b'=', Some(b'=')) => Some((i, Operator::DoubleEquals, 2)),
            (b'=', _) => Some((i, Operator::Equals, 1)),
            _ => None,
        }
    })?;
    Some((term.get(..at)?, op, term.get(at + len..)?, at + len))
}

/// The terms of `s` in upstream's order, values unescaped, before any transform.
/// A parsed term: field, operator (`=` or `!=`) and unescaped value.
type RawTerm<'a> = (&'a str, Operator, Cow<'a, str>);

fn terms(s: &str) -> Result<Vec<RawTerm<'_>>, FieldSelectorError> {
    let mut raw = split_terms(s);
    // Upstream sorts the raw terms before parsing them; of equal terms (which fail alike) the
    // first is reported.
    raw.sort_unstable();
    let mut out = Vec::with_capacity(raw.len());
    for (term, at) in raw.into_iter().filter(|(t, _)| !t.is_empty()) {
        let Some((field, op, escaped, value_at)) = split_term(term) else {
            return Err(FieldSelectorError::NoOperator {
                selector: s.into(),
                term: term.into(),
                span: at..at + term.len(),
            });
        };
        let op = if op == Operator::NotEquals {
            op
        } else {
            Operator::Equals
        };
        let value = unescape_value(escaped).map_err(|e| e.shifted(at + value_at))?;
        out.push((field, op, value));
    }
    Ok(out)
}

pub(super) fn parse(s: &str) -> Result<FieldSelector, FieldSelectorError> {
    let mut out = Vec::new();
    for (field, op, value) in terms(s)? {
        // Upstream's identity transform drops a term whose field and value are both empty.
        if !field.is_empty() || !value.is_empty() {
            out.push(FieldRequirement::new(field.into(), op, value.into()));
        }
    }
    Ok(FieldSelector::from_terms(out))
}

pub(super) fn parse_and_transform<E: From<FieldSelectorError>>(
    s: &str,
    mut f: impl FnMut(&str, &str) -> Result<(String, String), E>,
) -> Result<FieldSelector, E> {
    let mut out = Vec::new();
    for (field, op, value) in terms(s)? {
        let (field, value) = f(field, &value)?;
        if !field.is_empty() || !value.is_empty() {
            out.push(FieldRequirement::new(field, op, value));
        }
    }
    Ok(FieldSelector::from_terms(out))
}
