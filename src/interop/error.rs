//! [`ConversionError`]: why a k8s-openapi or kube-core value does not convert.

use alloc::string::String;
use core::fmt;

use crate::api::QuantityError;
use crate::meta::field::ErrorList;
use crate::selector::Operator;

/// Why a value from k8s-openapi or kube-core does not convert to this crate's type (or a
/// selector to kube-core's). Every variant names the field path in the object converted, such
/// as `spec.containers[0].resources.limits.cpu` (empty for a bare value).
///
/// ```
/// # #[cfg(feature = "k8s-openapi")] {
/// use k8s_openapi::api::core::v1 as k8s;
/// use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
/// use kube_primitives::api::core::Pod;
///
/// let pod = k8s::Pod {
///     spec: Some(k8s::PodSpec {
///         containers: vec![k8s::Container {
///             name: "app".into(),
///             resources: Some(k8s::ResourceRequirements {
///                 limits: Some([("cpu".to_string(), Quantity("1 core".into()))].into()),
///                 ..Default::default()
///             }),
///             ..Default::default()
///         }],
///         ..Default::default()
///     }),
///     ..Default::default()
/// };
/// let err = Pod::try_from(pod).unwrap_err();
/// assert_eq!(err.path(), "spec.containers[0].resources.limits.cpu");
/// assert_eq!(
///     err.to_string(),
///     "spec.containers[0].resources.limits.cpu: \"1 core\": quantities must match the regular \
///      expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
/// );
/// # }
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ConversionError {
    /// A quantity string that does not parse.
    Quantity {
        /// Where, e.g. `spec.hard.cpu`.
        path: String,
        /// The string as k8s-openapi held it.
        value: String,
        /// Why it does not parse.
        error: QuantityError,
    },
    /// A kube-core expression that is not a valid label requirement (a bad key or value).
    Requirement {
        /// Where: the expression's index, e.g. `[2]`.
        path: String,
        /// What `NewRequirement` rejects.
        errors: ErrorList,
    },
    /// A requirement kube-core cannot express: `gt` and `lt`.
    UnsupportedOperator {
        /// Where: the requirement's index, e.g. `[0]`.
        path: String,
        /// The operator.
        operator: Operator,
    },
    /// The selector that selects nothing, which kube-core cannot express (its empty selector
    /// selects everything).
    SelectsNothing,
}

impl ConversionError {
    /// The field path of the value that does not convert (empty for a bare value).
    #[must_use]
    pub fn path(&self) -> &str {
        match self {
            ConversionError::Quantity { path, .. }
            | ConversionError::Requirement { path, .. }
            | ConversionError::UnsupportedOperator { path, .. } => path,
            ConversionError::SelectsNothing => "",
        }
    }

    fn path_mut(&mut self) -> Option<&mut String> {
        match self {
            ConversionError::Quantity { path, .. }
            | ConversionError::Requirement { path, .. }
            | ConversionError::UnsupportedOperator { path, .. } => Some(path),
            ConversionError::SelectsNothing => None,
        }
    }

    /// The error, with `head` (a field name or `[index]`) in front of its path.
    fn prefixed(mut self, head: &str) -> ConversionError {
        if let Some(path) = self.path_mut() {
            let sep = if path.is_empty() || path.starts_with('[') {
                ""
            } else {
                "."
            };
            *path = alloc::format!("{head}{sep}{path}");
        }
        self
    }

    /// The error, inside the field `name` of the enclosing value.
    #[must_use]
    pub(crate) fn in_field(self, name: &str) -> ConversionError {
        self.prefixed(name)
    }

    /// The error, inside the element `index` of the enclosing list.
    #[must_use]
    pub(crate) fn at_index(self, index: usize) -> ConversionError {
        self.prefixed(&alloc::format!("[{index}]"))
    }
}

impl fmt::Display for ConversionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path();
        if !path.is_empty() {
            write!(f, "{path}: ")?;
        }
        match self {
            ConversionError::Quantity { value, error, .. } => write!(f, "{value:?}: {error}"),
            ConversionError::Requirement { errors, .. } => errors.fmt(f),
            ConversionError::UnsupportedOperator { operator, .. } => {
                write!(
                    f,
                    "kube-core selectors cannot express the operator \"{operator}\""
                )
            }
            ConversionError::SelectsNothing => {
                f.write_str("kube-core selectors cannot express a selector that selects nothing")
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ConversionError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConversionError::Quantity { error, .. } => Some(error),
            _ => None,
        }
    }
}
