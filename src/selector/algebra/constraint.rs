//! What the requirements on one key allow: whether the key may be absent, and which values it
//! may have when present. Requirements on different keys are independent, so a selector is the
//! product of its keys' constraints.

use alloc::collections::BTreeSet;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::selector::{Operator, Requirement};
use crate::text::parse_go_int;

/// The values a present key may have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Present<'a> {
    /// Exactly these strings (`=`, `in`, `!`: none).
    Finite(BTreeSet<&'a str>),
    /// Every string but `excluded` that, when `range` is set, parses as an integer within it
    /// (inclusive). Never empty unless the range is: every integer has infinitely many
    /// spellings (`7`, `07`, `007`, …) and `excluded` is finite.
    Co {
        excluded: BTreeSet<&'a str>,
        range: Option<(i64, i64)>,
    },
}

fn in_range(s: &str, range: Option<(i64, i64)>) -> bool {
    range.map_or(true, |(lo, hi)| {
        parse_go_int(s).is_some_and(|i| lo <= i && i <= hi)
    })
}

impl<'a> Present<'a> {
    fn everything() -> Present<'a> {
        Present::Co {
            excluded: BTreeSet::new(),
            range: None,
        }
    }

    fn none() -> Present<'a> {
        Present::Finite(BTreeSet::new())
    }

    fn contains(&self, s: &str) -> bool {
        match self {
            Present::Finite(f) => f.contains(s),
            Present::Co { excluded, range } => !excluded.contains(s) && in_range(s, *range),
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            Present::Finite(f) => f.is_empty(),
            Present::Co { range, .. } => range.is_some_and(|(lo, hi)| lo > hi),
        }
    }

    fn intersect(self, other: Present<'a>) -> Present<'a> {
        match (self, other) {
            (Present::Finite(f), x) | (x, Present::Finite(f)) => {
                Present::Finite(f.into_iter().filter(|s| x.contains(s)).collect())
            }
            (
                Present::Co {
                    excluded: mut e1,
                    range: r1,
                },
                Present::Co {
                    excluded: e2,
                    range: r2,
                },
            ) => {
                e1.extend(e2);
                let range = match (r1, r2) {
                    (None, r) | (r, None) => r,
                    (Some((l1, h1)), Some((l2, h2))) => Some((l1.max(l2), h1.min(h2))),
                };
                Present::Co {
                    excluded: e1,
                    range,
                }
            }
        }
    }

    fn is_subset(&self, other: &Present<'_>) -> bool {
        if self.is_empty() {
            return true;
        }
        match (self, other) {
            (Present::Finite(f), _) => f.iter().all(|s| other.contains(s)),
            // Not empty, so infinite.
            (Present::Co { .. }, Present::Finite(_)) => false,
            (
                Present::Co {
                    excluded: e1,
                    range: r1,
                },
                Present::Co {
                    excluded: e2,
                    range: r2,
                },
            ) => {
                // An integer of `r1` outside `r2` has spellings `e1` does not exclude; so has
                // any non-integer when `r1` is unset.
                let range_ok = match (r1, r2) {
                    (_, None) => true,
                    (None, Some(_)) => false,
                    (Some((l1, h1)), Some((l2, h2))) => l1 >= l2 && h1 <= h2,
                };
                range_ok && e2.iter().all(|s| e1.contains(s) || !in_range(s, *r1))
            }
        }
    }
}

/// What the requirements on one key allow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Constraint<'a> {
    /// Whether a label set without the key satisfies them.
    pub(super) absent: bool,
    pub(super) present: Present<'a>,
}

impl<'a> Constraint<'a> {
    /// No requirement: anything goes.
    pub(super) fn free() -> Constraint<'a> {
        Constraint {
            absent: true,
            present: Present::everything(),
        }
    }

    /// One requirement, as Go's `Requirement.Matches` reads it. `bound` is the parsed integer
    /// of `>`/`<` (`None`: not one integer, nothing matches).
    pub(super) fn of(
        op: Operator,
        values: impl Iterator<Item = &'a str>,
        bound: Option<i64>,
    ) -> Constraint<'a> {
        let (absent, present) = match op {
            Operator::In | Operator::Equals | Operator::DoubleEquals => {
                (false, Present::Finite(values.collect()))
            }
            Operator::NotIn | Operator::NotEquals => (
                true,
                Present::Co {
                    excluded: values.collect(),
                    range: None,
                },
            ),
            Operator::Exists => (false, Present::everything()),
            Operator::DoesNotExist => (true, Present::none()),
            Operator::GreaterThan => (false, range(bound.and_then(|n| n.checked_add(1)), None)),
            Operator::LessThan => (false, range(None, bound.and_then(|n| n.checked_sub(1)))),
        };
        Constraint { absent, present }
    }

    pub(super) fn intersect(self, other: Constraint<'a>) -> Constraint<'a> {
        Constraint {
            absent: self.absent && other.absent,
            present: self.present.intersect(other.present),
        }
    }

    pub(super) fn is_satisfiable(&self) -> bool {
        self.absent || !self.present.is_empty()
    }

    /// Every value (or absence) `self` allows, `other` allows.
    pub(super) fn is_subset(&self, other: &Constraint<'_>) -> bool {
        (!self.absent || other.absent) && self.present.is_subset(&other.present)
    }

    /// The fewest requirements on `key` that allow exactly this (none when it allows
    /// everything). Only shapes that requirements produce occur: a finite set never comes with
    /// absence allowed, a range never does either.
    pub(super) fn requirements(&self, key: &str) -> Vec<Requirement> {
        let req = |op: Operator, values: Vec<String>| Requirement {
            key: String::from(key),
            op,
            values,
        };
        let mut out = Vec::new();
        match &self.present {
            Present::Finite(f) if f.is_empty() => {
                out.push(req(Operator::DoesNotExist, Vec::new()));
            }
            Present::Finite(f) => {
                let values: Vec<String> = f.iter().map(|s| String::from(*s)).collect();
                let op = if values.len() == 1 {
                    Operator::Equals
                } else {
                    Operator::In
                };
                out.push(req(op, values));
            }
            Present::Co { excluded, range } => {
                if !self.absent && range.is_none() {
                    out.push(req(Operator::Exists, Vec::new()));
                }
                if let Some((lo, hi)) = range {
                    if let Some(n) = lo.checked_sub(1) {
                        out.push(req(Operator::GreaterThan, alloc::vec![n.to_string()]));
                    }
                    if let Some(n) = hi.checked_add(1) {
                        out.push(req(Operator::LessThan, alloc::vec![n.to_string()]));
                    }
                }
                // Exclusions outside the range are implied by it.
                let excluded: Vec<String> = excluded
                    .iter()
                    .filter(|s| in_range(s, *range))
                    .map(|s| String::from(*s))
                    .collect();
                match excluded.len() {
                    0 => {}
                    1 => out.push(req(Operator::NotEquals, excluded)),
                    _ => out.push(req(Operator::NotIn, excluded)),
                }
            }
        }
        out
    }
}

/// Integers from `lo` to `hi` (`None`: unbounded on that side).
fn range<'a>(lo: Option<i64>, hi: Option<i64>) -> Present<'a> {
    match (lo, hi) {
        (None, None) => Present::none(),
        (lo, hi) => Present::Co {
            excluded: BTreeSet::new(),
            range: Some((lo.unwrap_or(i64::MIN), hi.unwrap_or(i64::MAX))),
        },
    }
}
