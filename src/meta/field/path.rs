//! Field paths such as `metadata.labels` or `spec.containers[0].ports[1]`.

use core::fmt;

use smallvec::SmallVec;

/// How many bytes of a rendered path live inline. Validators build a path for every field they
/// visit, valid or not; inline storage keeps that free of allocations. 96 bytes hold the deep
/// paths of workload templates (`spec.jobTemplate.spec.template.spec.containers[0].env[0].
/// valueFrom.fieldRef.fieldPath` is 85); longer ones spill to the heap and behave the same.
const INLINE: usize = 96;

/// The path of a field within an object, printed as Go's `field.Path.String()`:
/// `spec.containers[0].env[name]`.
///
/// ```
/// use kube_primitives::meta::field::Path;
///
/// let p = Path::new("spec").child("containers").index(0).child("env").key("HOME");
/// assert_eq!(p.to_string(), "spec.containers[0].env[HOME]");
/// ```
// `None` is Go's nil path. The derived comparisons keep the former `Option<String>` order: the
// nil path first, then paths by their rendered bytes, which is the order of the rendered strings.
// The bytes are only ever extended with whole `&str`s, so they are always UTF-8.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Path(Option<SmallVec<[u8; INLINE]>>);

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

    fn extended(&self, parts: &[&str]) -> Path {
        let mut rendered = self.0.clone().unwrap_or_default();
        for part in parts {
            rendered.extend_from_slice(part.as_bytes());
        }
        Path(Some(rendered))
    }

    /// A child field: `parent.name`. As in Go, an empty name prints as `[]`.
    #[doc(alias = "Child")]
    pub fn child(&self, name: &str) -> Path {
        if name.is_empty() {
            self.extended(&["[]"])
        } else if self.0.is_some() {
            self.extended(&[".", name])
        } else {
            self.extended(&[name])
        }
    }

    /// A list element: `parent[i]`.
    #[doc(alias = "Index")]
    pub fn index(&self, i: usize) -> Path {
        // usize::MAX has 20 decimal digits.
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        let mut n = i;
        loop {
            start -= 1;
            if let Some(d) = digits.get_mut(start) {
                // `n % 10` is below 10, so the cast keeps it.
                *d = b'0' + (n % 10) as u8;
            }
            n /= 10;
            if n == 0 || start == 0 {
                break;
            }
        }
        let number = digits
            .get(start..)
            .and_then(|d| core::str::from_utf8(d).ok())
            .unwrap_or("");
        self.extended(&["[", number, "]"])
    }

    /// A map entry: `parent[key]`.
    #[doc(alias = "Key")]
    pub fn key(&self, key: &str) -> Path {
        self.extended(&["[", key, "]"])
    }

    /// The printed path (`<nil>` for [`Path::none`]).
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Only whole strings are ever appended, so this does not fail.
            Some(rendered) => core::str::from_utf8(rendered).unwrap_or(""),
            None => "<nil>",
        }
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Path {
    /// As the former `Path(Option<String>)` printed: `Path(Some("spec.replicas"))`, `Path(None)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = self.0.as_ref().map(|_| self.as_str());
        f.debug_tuple("Path").field(&inner).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;
    use alloc::string::ToString;

    #[test]
    fn renders_as_go_does() {
        assert_eq!(Path::none().to_string(), "<nil>");
        assert_eq!(Path::new("").to_string(), "[]");
        assert_eq!(Path::new("spec").child("").to_string(), "spec[]");
        assert_eq!(Path::none().index(3).to_string(), "[3]");
        assert_eq!(Path::new("a").index(0).to_string(), "a[0]");
        assert_eq!(
            Path::new("a").index(usize::MAX).to_string(),
            format!("a[{}]", usize::MAX)
        );
        assert_eq!(Path::new("a").index(1020).key("k").as_str(), "a[1020][k]");
    }

    #[test]
    fn long_paths_spill_and_still_render() {
        let mut p = Path::new("root");
        let mut expected = alloc::string::String::from("root");
        for i in 0..40 {
            p = p.child("field").index(i);
            expected.push_str(&format!(".field[{i}]"));
        }
        assert!(expected.len() > INLINE);
        assert_eq!(p.as_str(), expected);
    }

    #[test]
    fn order_is_the_rendered_order_with_none_first() {
        let mut paths = [
            Path::new("spec").child("b"),
            Path::new("spec").index(10),
            Path::none(),
            Path::new("spec").index(2),
            Path::new("spec"),
            Path::new("spec").child("a"),
        ];
        paths.sort();
        let printed: alloc::vec::Vec<_> = paths.iter().map(Path::to_string).collect();
        let mut by_string = printed.clone();
        by_string.get_mut(1..).into_iter().for_each(|s| s.sort());
        assert_eq!(printed, by_string);
        assert_eq!(printed.first().map(|s| s.as_str()), Some("<nil>"));
        assert_eq!(format!("{:?}", Path::none()), "Path(None)");
        assert_eq!(format!("{:?}", Path::new("a")), "Path(Some(\"a\"))");
    }
}
