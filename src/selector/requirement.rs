//! Requirements: one key, an operator and values. Go's `labels.Requirement` and
//! `NewRequirement`.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{self, Write};

use smallvec::SmallVec;

use super::display::write_requirement;
use super::matches::matches_value;
use super::Operator;
use crate::labels::Labels;
use crate::meta::field::{Error, ErrorList, Json, Path};
use crate::meta::validate::{
    is_label_value, is_qualified_name, label_value, qualified_name, Violations,
};
use crate::text::parse_go_int;

/// Upstream joins a validator's messages with `"; "` in selector errors.
pub(crate) fn joined(violations: &Violations) -> String {
    let mut s = String::new();
    for (i, v) in violations.iter().enumerate() {
        if i > 0 {
            s.push_str("; ");
        }
        let _ = write!(s, "{v}");
    }
    s
}

/// Upstream's `validateLabelKey`.
pub(crate) fn key_error(key: &str, path: &Path) -> Option<Error> {
    if is_qualified_name(key.as_bytes()) {
        return None;
    }
    let v = qualified_name(key);
    (!v.is_valid()).then(|| Error::invalid(path, key, joined(&v)))
}

/// The checks of upstream's `NewRequirement`, in its order. Paths are built only for errors,
/// so valid requirements cost no allocation. `nil` says an empty value list is Go's nil slice
/// (printed `null`) rather than an empty one (printed `[]`).
pub(crate) fn check(key: &str, op: Operator, values: &[&str], nil: bool, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    if !is_qualified_name(key.as_bytes()) {
        errs.extend(key_error(key, &path.child("key")));
    }
    errs.append(check_values(key, op, values.iter().copied(), nil, path));
    errs
}

/// [`check`] without the key.
pub(crate) fn check_values<'v, I>(
    key: &str,
    op: Operator,
    values: I,
    nil: bool,
    path: &Path,
) -> ErrorList
where
    I: IntoIterator<Item = &'v str>,
    I::IntoIter: ExactSizeIterator + Clone,
{
    let values = values.into_iter();
    let mut errs = ErrorList::new();
    let value_path = || path.child("values");
    // A nil list is `null` in upstream's message, any other a JSON array.
    let list = || {
        if nil && values.len() == 0 {
            Json::Null
        } else {
            Json::Array(values.clone().map(|v| Json::String(v.into())).collect())
        }
    };
    match op {
        Operator::In | Operator::NotIn if values.len() == 0 => errs.push(Error::invalid(
            &value_path(),
            list(),
            "for 'in', 'notin' operators, values set can't be empty",
        )),
        Operator::Equals | Operator::DoubleEquals | Operator::NotEquals if values.len() != 1 => {
            errs.push(Error::invalid(
                &value_path(),
                list(),
                "exact-match compatibility requires one single value",
            ))
        }
        Operator::Exists | Operator::DoesNotExist if values.len() != 0 => {
            errs.push(Error::invalid(
                &value_path(),
                list(),
                "values set must be empty for exists and does not exist",
            ))
        }
        Operator::GreaterThan | Operator::LessThan => {
            if values.len() != 1 {
                errs.push(Error::invalid(
                    &value_path(),
                    list(),
                    "for 'Gt', 'Lt' operators, exactly one value is required",
                ));
            }
            for (i, v) in values.clone().enumerate() {
                if parse_go_int(v).is_none() {
                    errs.push(Error::invalid(
                        &value_path().index(i),
                        v,
                        "for 'Gt', 'Lt' operators, the value must be an integer",
                    ));
                }
            }
        }
        _ => {}
    }
    for (i, v) in values.enumerate() {
        if is_label_value(v.as_bytes()) {
            continue;
        }
        let violations = label_value(v);
        if !violations.is_valid() {
            errs.push(Error::invalid(
                &value_path().index(i).key(key),
                v,
                joined(&violations),
            ));
        }
    }
    errs
}

/// A validated requirement, owned: Go's `NewRequirement`. Add it to a selector with
/// [`super::Selector::add`].
///
/// ```
/// use kube_primitives::selector::{Operator, Requirement, Selector};
///
/// let r = Requirement::new("tier", Operator::In, ["web", "api"]).unwrap();
/// assert_eq!(r.to_string(), "tier in (api,web)");
/// let err = Requirement::new("tier", Operator::GreaterThan, ["x"]).unwrap_err();
/// assert_eq!(err.to_string(), r#"values[0]: Invalid value: "x": for 'Gt', 'Lt' operators, the value must be an integer"#);
/// let s = Selector::everything().add([r]);
/// assert_eq!(s.to_string(), "tier in (api,web)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Requirement {
    pub(crate) key: String,
    pub(crate) op: Operator,
    pub(crate) values: Vec<String>,
}

impl Requirement {
    /// Validates and builds a requirement; values keep their order (duplicates too).
    ///
    /// # Errors
    ///
    /// Every rule broken, with upstream's field paths (`key`, `values`, `values[0][key]`).
    #[doc(alias = "NewRequirement")]
    pub fn new<I, S>(key: &str, op: Operator, values: I) -> Result<Requirement, ErrorList>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Requirement::new_at(key, op, values, &Path::none())
    }

    /// [`Requirement::new`] with errors under `path` (Go's `field.WithPath`).
    ///
    /// # Errors
    ///
    /// As [`Requirement::new`].
    pub fn new_at<I, S>(
        key: &str,
        op: Operator,
        values: I,
        path: &Path,
    ) -> Result<Requirement, ErrorList>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let values: Vec<String> = values.into_iter().map(Into::into).collect();
        Requirement::checked(key, op, values, true, path)
    }

    /// `NewRequirement` on a wire list that may be Go's nil (`None`, printed `null` in errors)
    /// or present and empty (printed `[]`).
    pub(crate) fn from_list(
        key: &str,
        op: Operator,
        values: Option<&[String]>,
        path: &Path,
    ) -> Result<Requirement, ErrorList> {
        let list = values.map(<[String]>::to_vec).unwrap_or_default();
        Requirement::checked(key, op, list, values.is_none(), path)
    }

    fn checked(
        key: &str,
        op: Operator,
        values: Vec<String>,
        nil: bool,
        path: &Path,
    ) -> Result<Requirement, ErrorList> {
        let errs = {
            let refs: SmallVec<[&str; 4]> = values.iter().map(String::as_str).collect();
            check(key, op, &refs, nil, path)
        };
        if errs.is_empty() {
            Ok(Requirement {
                key: String::from(key),
                op,
                values,
            })
        } else {
            Err(errs)
        }
    }

    /// The key.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The operator.
    pub fn operator(&self) -> Operator {
        self.op
    }

    /// The values, in the order given.
    pub fn values(&self) -> &[String] {
        &self.values
    }

    /// Whether `labels` satisfy this requirement.
    pub fn matches(&self, labels: &(impl Labels + ?Sized)) -> bool {
        matches_value(
            self.op,
            self.values.iter().map(String::as_str),
            labels.label(&self.key),
        )
    }
}

impl fmt::Display for Requirement {
    /// Go's `Requirement.String()`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_requirement(
            f,
            &self.key,
            self.op,
            self.values.iter().map(String::as_str),
        )
    }
}
