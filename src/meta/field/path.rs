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

    /// `self` followed by `open`, `part` and `close`. The one-byte separators are written in
    /// place rather than copied as strings: validators build a path for every field they visit,
    /// and a `memcpy` call per separator was most of the cost.
    fn extended(&self, open: Option<u8>, part: &[u8], close: Option<u8>) -> Path {
        let extra = part.len() + usize::from(open.is_some()) + usize::from(close.is_some());
        let len = match &self.0 {
            Repr::Nil => 0,
            Repr::Inline { len, .. } => usize::from(*len),
            Repr::Heap(_) => INLINE + 1,
        };
        let total = len + extra;
        if let (true, Ok(new_len)) = (total <= INLINE, u8::try_from(total)) {
            // Built in the returned value itself: one copy of the parent's bytes.
            let mut out = match &self.0 {
                Repr::Inline { buf, .. } => Path(Repr::Inline {
                    len: new_len,
                    buf: *buf,
                }),
                _ => Path(Repr::Inline {
                    len: new_len,
                    buf: [0; INLINE],
                }),
            };
            if let Repr::Inline { buf, .. } = &mut out.0 {
                let mut at = len;
                if let Some(b) = open {
                    if let Some(slot) = buf.get_mut(at) {
                        *slot = b;
                    }
                    at += 1;
                }
                if let Some(dst) = buf.get_mut(at..at + part.len()) {
                    dst.copy_from_slice(part);
                    at += part.len();
                }
                if let (Some(b), Some(slot)) = (close, buf.get_mut(at)) {
                    *slot = b;
                }
            }
            return out;
        }
        let base = self.rendered().unwrap_or_default();
        let mut out = alloc::vec::Vec::with_capacity(base.len() + extra);
        out.extend_from_slice(base);
        out.extend(open);
        out.extend_from_slice(part);
        out.extend(close);
        // Only whole strings and ASCII separators are ever appended, so this does not fail.
        Path(Repr::Heap(String::from_utf8(out).unwrap_or_default()))
    }

    /// A child field: `parent.name`. As in Go, an empty name prints as `[]`.
    #[doc(alias = "Child")]
    pub fn child(&self, name: &str) -> Path {
        if name.is_empty() {
            self.extended(Some(b'['), &[], Some(b']'))
        } else if self.rendered().is_some() {
            self.extended(Some(b'.'), name.as_bytes(), None)
        } else {
            self.extended(None, name.as_bytes(), None)
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
        self.extended(
            Some(b'['),
            digits.get(start..).unwrap_or_default(),
            Some(b']'),
        )
    }

    /// A map entry: `parent[key]`.
    #[doc(alias = "Key")]
    pub fn key(&self, key: &str) -> Path {
        self.extended(Some(b'['), key.as_bytes(), Some(b']'))
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
