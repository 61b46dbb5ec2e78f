//! A borrowed field path that is rendered only when an error needs it.
//!
//! Validators name every field they visit, valid or not, but print a path only for the few that
//! are invalid. Building an owned [`Path`] per field (a 96-byte buffer copied per child) was a
//! third of whole-pod validation; a [`LazyPath`] is a link to its parent plus its own part, so
//! naming a child costs a few stores, and the text is assembled by [`LazyPath::to_path`] alone.

use super::Path;

/// A field path as a chain of borrowed parts, leaf first. `Copy`: hand it on by value or by
/// reference, as convenient.
///
/// It renders exactly as the [`Path`] built by the same calls: `LazyPath::new("spec")
/// .child("containers").index(0)` prints as `Path::new("spec").child("containers").index(0)`.
#[derive(Clone, Copy)]
pub(crate) struct LazyPath<'a> {
    /// The enclosing path; `None` at the root.
    parent: Option<&'a LazyPath<'a>>,
    part: Part<'a>,
}

/// One step of a [`LazyPath`].
#[derive(Clone, Copy)]
enum Part<'a> {
    /// An already rendered path (only ever at the root): where a public validator that takes a
    /// `&Path` hands over to the lazy ones.
    Base(&'a Path),
    /// `parent.name` (or `name` at the root).
    Child(&'a str),
    /// `parent[i]`.
    Index(usize),
    /// `parent[key]`.
    Key(&'a str),
}

impl<'a> LazyPath<'a> {
    /// A root path: `Path::new(name)`.
    pub(crate) const fn new(name: &'a str) -> LazyPath<'a> {
        LazyPath {
            parent: None,
            part: Part::Child(name),
        }
    }

    /// A child field: [`Path::child`].
    pub(crate) const fn child<'b>(&'b self, name: &'b str) -> LazyPath<'b> {
        LazyPath {
            parent: Some(self),
            part: Part::Child(name),
        }
    }

    /// A list element: [`Path::index`].
    pub(crate) const fn index(&self, i: usize) -> LazyPath<'_> {
        LazyPath {
            parent: Some(self),
            part: Part::Index(i),
        }
    }

    /// A map entry: [`Path::key`].
    pub(crate) const fn key<'b>(&'b self, key: &'b str) -> LazyPath<'b> {
        LazyPath {
            parent: Some(self),
            part: Part::Key(key),
        }
    }

    /// The `depth`-th ancestor (0 is `self`).
    fn ancestor(&self, depth: usize) -> Option<&LazyPath<'a>> {
        let mut at = self;
        for _ in 0..depth {
            at = at.parent?;
        }
        Some(at)
    }

    /// The rendered path, as the same calls on [`Path`] build it.
    ///
    /// Iterative rather than recursive: the links point from leaf to root, so each level is
    /// found by walking up from the leaf. That is quadratic in the depth, which the validators'
    /// code nesting bounds (about twenty), not the input; and it allocates nothing, so a
    /// valid object whose validators hand a rendered path to a public `&Path` validator stays
    /// allocation-free.
    pub(crate) fn to_path(self) -> Path {
        let mut depth = 0;
        let mut at = &self;
        while let Some(parent) = at.parent {
            depth += 1;
            at = parent;
        }
        let mut out = Path::none();
        for d in (0..=depth).rev() {
            let Some(node) = self.ancestor(d) else {
                continue;
            };
            out = match node.part {
                Part::Base(base) => base.clone(),
                Part::Child(name) => out.child(name),
                Part::Index(i) => out.index(i),
                Part::Key(key) => out.key(key),
            };
        }
        out
    }
}

/// The path of a field, as the constructors of [`Error`](super::Error) take it: a [`Path`] (or,
/// inside the crate, a borrowed path that is rendered only when an error is made).
///
/// Sealed: implemented by this crate only.
///
/// ```
/// use kube_primitives::meta::field::{Error, Path};
///
/// let e = Error::required(&Path::new("spec").child("containers"), "");
/// assert_eq!(e.to_string(), "spec.containers: Required value");
/// ```
pub trait AsPath: sealed::Sealed {}

pub(crate) mod sealed {
    use super::Path;

    /// Renders the path; hidden so that only this crate implements [`AsPath`](super::AsPath).
    pub trait Sealed {
        /// The path as an owned [`Path`].
        fn render(&self) -> Path;
    }
}

impl AsPath for Path {}

impl sealed::Sealed for Path {
    fn render(&self) -> Path {
        self.clone()
    }
}

impl AsPath for LazyPath<'_> {}

impl sealed::Sealed for LazyPath<'_> {
    fn render(&self) -> Path {
        self.to_path()
    }
}

impl<'a> From<&'a Path> for LazyPath<'a> {
    fn from(base: &'a Path) -> LazyPath<'a> {
        LazyPath {
            parent: None,
            part: Part::Base(base),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn renders_as_the_same_calls_on_path() {
        let root = LazyPath::new("spec");
        let c = root.child("containers");
        let c0 = c.index(0);
        let env = c0.child("env");
        assert_eq!(
            env.key("HOME").to_path(),
            Path::new("spec")
                .child("containers")
                .index(0)
                .child("env")
                .key("HOME")
        );
        assert_eq!(LazyPath::new("").to_path().to_string(), "[]");
        assert_eq!(root.child("").to_path().to_string(), "spec[]");
        let base = Path::new("a").index(3);
        let from = LazyPath::from(&base);
        assert_eq!(from.child("b").to_path().to_string(), "a[3].b");
        assert_eq!(from.to_path(), base);
        let none = Path::none();
        assert_eq!(LazyPath::from(&none).index(1).to_path().to_string(), "[1]");
    }
}
