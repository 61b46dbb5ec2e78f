//! Field paths such as `metadata.labels` or `spec.containers[0].ports[1]`.

use alloc::string::String;
use core::fmt::{self, Write};

/// The path of a field within an object, printed as Go's `field.Path.String()`:
/// `spec.containers[0].env[name]`.
///
/// ```
/// use kube_primitives::meta::field::Path;
///
/// let p = Path::new("spec").child("containers").index(0).child("env").key("HOME");
/// assert_eq!(p.to_string(), "spec.containers[0].env[HOME]");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Path(Option<String>);

impl Path {
    /// A root path: Go's `field.NewPath(name)`.
    #[doc(alias = "NewPath")]
    pub fn new(name: &str) -> Path {
        Path::none().child(name)
    }

    /// The absent path: Go's `(*field.Path)(nil)`, which prints `<nil>`. Upstream passes it where
    /// an error has no field, as `labels.Parse` does.
    pub const fn none() -> Path {
        Path(None)
    }

    fn extended(&self, f: impl FnOnce(&mut String) -> fmt::Result) -> Path {
        let mut s = self.0.clone().unwrap_or_default();
        // Writing to a String cannot fail.
        let _ = f(&mut s);
        Path(Some(s))
    }

    /// A child field: `parent.name`. As in Go, an empty name prints as `[]`.
    #[doc(alias = "Child")]
    pub fn child(&self, name: &str) -> Path {
        let is_root = self.0.is_none();
        self.extended(|s| {
            if name.is_empty() {
                s.push_str("[]");
            } else {
                if !is_root {
                    s.push('.');
                }
                s.push_str(name);
            }
            Ok(())
        })
    }

    /// A list element: `parent[i]`.
    #[doc(alias = "Index")]
    pub fn index(&self, i: usize) -> Path {
        self.extended(|s| write!(s, "[{i}]"))
    }

    /// A map entry: `parent[key]`.
    #[doc(alias = "Key")]
    pub fn key(&self, key: &str) -> Path {
        self.extended(|s| write!(s, "[{key}]"))
    }

    /// The printed path (`<nil>` for [`Path::none`]).
    pub fn as_str(&self) -> &str {
        self.0.as_deref().unwrap_or("<nil>")
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
