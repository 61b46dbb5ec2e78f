//! `ParseSelector` (`pkg/fields/selector.go`).

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

use super::{unescape_value, FieldRequirement, FieldSelector, FieldSelectorError};
use crate::selector::Operator;

/// The terms between unescaped commas; an escaped comma stays in its term with its backslash.
fn split_terms(s: &str) -> Vec<&str> {
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
            terms.push(s.get(start..i).unwrap_or_default());
            start = i + 1;
        }
    }
    terms.push(s.get(start..).unwrap_or_default());
    terms
}

/// Field, operator and raw value: split at the first `!=`, `==` or `=`, tried in that order at
/// each position (field names cannot escape anything).
fn split_term(term: &str) -> Option<(&str, Operator, &str)> {
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
    Some((term.get(..at)?, op, term.get(at + len..)?))
}

/// The terms of `s` in upstream's order, values unescaped, before any transform.
/// A parsed term: field, operator (`=` or `!=`) and unescaped value.
type RawTerm<'a> = (&'a str, Operator, Cow<'a, str>);

fn terms(s: &str) -> Result<Vec<RawTerm<'_>>, FieldSelectorError> {
    let mut raw = split_terms(s);
    // Upstream sorts the raw terms before parsing them; equal terms are identical, so an
    // unstable sort gives the same order.
    raw.sort_unstable();
    let mut out = Vec::with_capacity(raw.len());
    for term in raw.into_iter().filter(|t| !t.is_empty()) {
        let Some((field, op, escaped)) = split_term(term) else {
            return Err(FieldSelectorError::NoOperator {
                selector: s.into(),
                term: term.into(),
            });
        };
        let op = if op == Operator::NotEquals {
            op
        } else {
            Operator::Equals
        };
        out.push((field, op, unescape_value(escaped)?));
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
