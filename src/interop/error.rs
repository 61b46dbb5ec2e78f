//! [`ConversionError`]: why a k8s-openapi value does not convert.

use alloc::string::String;
use core::fmt;

use crate::api::QuantityError;

/// Why a value from k8s-openapi does not convert to this crate's type. Every variant names the field path in the object converted, such
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
}

impl ConversionError {
    /// The field path of the value that does not convert (empty for a bare value).
    #[must_use]
    pub fn path(&self) -> &str {
        match self {
            ConversionError::Quantity { path, .. } => path,
        }
    }

    fn path_mut(&mut self) -> Option<&mut String> {
        match self {
            ConversionError::Quantity { path, .. } => Some(path),
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
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ConversionError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConversionError::Quantity { error, .. } => Some(error),
        }
    }
}
