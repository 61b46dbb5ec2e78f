//! Printing: Go's `Requirement.String()` and `internalSelector.String()`.

use core::fmt::{self, Write};

use smallvec::SmallVec;

use super::repr::Reqs;
use super::Operator;

/// Go's `Requirement.String()`: values printed sorted (duplicates kept), in parentheses for
/// `in`/`notin`.
pub(crate) fn write_requirement<'a, W: Write + ?Sized>(
    f: &mut W,
    key: &str,
    op: Operator,
    values: impl ExactSizeIterator<Item = &'a str>,
) -> fmt::Result {
    if op == Operator::DoesNotExist {
        f.write_char('!')?;
    }
    f.write_str(key)?;
    let (sep, parens) = match op {
        Operator::Equals => ("=", false),
        Operator::DoubleEquals => ("==", false),
        Operator::NotEquals => ("!=", false),
        Operator::In => (" in ", true),
        Operator::NotIn => (" notin ", true),
        Operator::GreaterThan => (">", false),
        Operator::LessThan => ("<", false),
        Operator::Exists | Operator::DoesNotExist => return Ok(()),
    };
    f.write_str(sep)?;
    if parens {
        f.write_char('(')?;
    }
    let mut sorted: SmallVec<[&str; 8]> = values.collect();
    if !sorted.windows(2).all(|w| matches!(w, [a, b] if a <= b)) {
        sorted.sort_unstable();
    }
    for (i, v) in sorted.iter().enumerate() {
        if i > 0 {
            f.write_char(',')?;
        }
        f.write_str(v)?;
    }
    if parens {
        f.write_char(')')?;
    }
    Ok(())
}

/// Go's `internalSelector.String()`: the requirements joined by `,`.
pub(crate) fn write_reqs<W: Write + ?Sized>(f: &mut W, reqs: &Reqs) -> fmt::Result {
    let text = reqs.text.as_str();
    for (i, r) in reqs.items.iter().enumerate() {
        if i > 0 {
            f.write_char(',')?;
        }
        write_requirement(f, r.key.of(text), r.op, r.values_in(text))?;
    }
    Ok(())
}
