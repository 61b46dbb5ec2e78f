//! Field paths and field errors, modelled on
//! [`k8s.io/apimachinery/pkg/util/validation/field`](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/util/validation/field/errors.go).
//!
//! Every validator in the crate reports an [`ErrorList`], so callers can gather the errors of many
//! validators in one list. Each [`Error`] prints exactly as Go's `Error()`, bad values included:
//! a Go `string` with `%q`, other values as JSON.
//!
//! ```
//! use kube_primitives::meta::field::{Error, ErrorList, Path};
//!
//! let labels = Path::new("metadata").child("labels");
//! let mut errs = ErrorList::new();
//! errs.push(Error::invalid(&labels, "a\tb", "must be valid"));
//! assert_eq!(errs.to_string(), r#"metadata.labels: Invalid value: "a\tb": must be valid"#);
//! ```

mod error;
mod lazy;
mod path;
mod status;
mod value;

pub use error::{Error, ErrorList, ErrorType};
pub use lazy::AsPath;
pub(crate) use lazy::LazyPath;
pub use path::Path;
pub(crate) use path::DIGITS;
pub use value::{BadValue, Json};
