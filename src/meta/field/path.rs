//! Field paths such as `metadata.labels` or `spec.containers[0].ports[1]`.

use alloc::string::String;
use core::fmt;

/// How many bytes of a rendered path live inline. Validators build a path for every field they
/// visit, valid or not; inline storage keeps that free of allocations. 96 bytes hold the deep
/// paths of workload templates (`spec.jobTemplate.spec.template.spec.containers[0].env[0].
/// valueFrom.fieldRef.fieldPath` is 85); longer ones spill to the heap and behave the same.
const INLINE: usize = 96;

/// Decimal digits by value, for numbers printed without `core::fmt` (and without a cast).
pub(crate) const DIGITS: &[u8; 10] = b"0123456789";

/// The path of a field within an object, printed as Go's `field.Path.String()`:
/// `spec.containers[0].env[name]`.
///
/// ```
/// use kube_primitives::meta::field::Path;
///
/// let p = Path::new("spec").child("containers").index(0).child("env").key("HOME");
/// assert_eq!(p.to_string(), "spec.containers[0].env[HOME]");
/// ```
#[derive(Clone, Default)]
pub struct Path(Repr);

/// Only ever extended with whole `&str`s, so the bytes are always UTF-8.
#[derive(Clone, Default)]
enum Repr {
    /// Go's nil path.
    #[default]
    Nil,
    /// The first `len` bytes of `buf`. A fixed-size array rather than a `SmallVec`: a child path
    /// copies it whole (a few vector moves) and appends its part, with no length-dependent copy
    /// of the parent.
    Inline { len: u8, buf: [u8; INLINE] },
    /// Paths longer than [`INLINE`].
    Heap(String),
}

impl Path {
    /// A root path: Go's `field.NewPath(name)`.
    #[doc(alias = "NewPath")]
    pub fn new(name: &str) -> Path {
        Path::none().child(name)
    }

    /// The absent path: Go's `(*field.Path)(nil)`, which prints `<nil>`. Upstream passes it where
    /// an error has no field, as `labels.Parse` does.
    pub const fn none() -> Path {
        Path(Repr::Nil)
    }

    /// The rendered bytes; `None` for the nil path.
    fn rendered(&self) -> Option<&[u8]> {
        match &self.0 {
            Repr::Nil => None,
            Repr::Inline { len, buf } => buf.get(..usize::from(*len)),
            Repr::Heap(s) => Some(s.as_bytes()),
        }
    }

    fn extended(&self, parts: &[&str]) -> Path {
        let (mut buf, mut len) = match &self.0 {
            Repr::Nil => ([0; INLINE], 0),
            Repr::Inline { len, buf } => (*buf, usize::from(*len)),
            Repr::Heap(_) => ([0; INLINE], INLINE + 1),
        };
        let extra: usize = parts.iter().map(|p| p.len()).sum();
        if let Ok(new_len) = u8::try_from(len + extra) {
            if usize::from(new_len) <= INLINE {
                for part in parts {
                    if let Some(dst) = buf.get_mut(len..len + part.len()) {
                        dst.copy_from_slice(part.as_bytes());
                    }
                    len += part.len();
                }
                return Path(Repr::Inline { len: new_len, buf });
            }
        }
        let base = self.rendered().unwrap_or_default();
        let mut s = String::with_capacity(base.len() + extra);
        // Only whole strings are ever appended, so this does not fail.
        s.push_str(core::str::from_utf8(base).unwrap_or_default());
        for part in parts {
            s.push_str(part);
        }
        Path(Repr::Heap(s))
    }

    /// A child field: `parent.name`. As in Go, an empty name prints as `[]`.
    #[doc(alias = "Child")]
    pub fn child(&self, name: &str) -> Path {
        if name.is_empty() {
            self.extended(&["[]"])
        } else if self.rendered().is_some() {
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
                *d = DIGITS.get(n % 10).copied().unwrap_or(b'0');
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
        match self.rendered() {
            // Only whole strings are ever appended, so this does not fail.
            Some(rendered) => core::str::from_utf8(rendered).unwrap_or(""),
            None => "<nil>",
        }
    }
}

// Compared as the former `Option<String>`: the nil path first, then paths by their rendered
// bytes, which is the order of the rendered strings (whether inline or not).
impl PartialEq for Path {
    fn eq(&self, other: &Path) -> bool {
        self.rendered() == other.rendered()
    }
}

impl Eq for Path {}

impl PartialOrd for Path {
    fn partial_cmp(&self, other: &Path) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Path {
    fn cmp(&self, other: &Path) -> core::cmp::Ordering {
        self.rendered().cmp(&other.rendered())
    }
}

impl core::hash::Hash for Path {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.rendered().hash(state);
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
        let inner = self.rendered().map(|_| self.as_str());
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
    fn a_spilled_path_keeps_growing_and_compares_by_its_text() {
        let long = "x".repeat(INLINE - 2);
        let p = Path::new(&long).child("y").index(7);
        assert_eq!(p.as_str(), format!("{long}.y[7]"));
        assert!(Path::new(&long).child("y") < p);
        assert_eq!(p, Path::new(&long).child("y").index(7));
        assert!(Path::new("y") > p);
        assert!(Path::new("b") < p);
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
