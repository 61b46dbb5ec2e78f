//! Label and annotation maps in object metadata.

use alloc::string::String;
use smallvec::SmallVec;

use super::field::{AsPath, Error, ErrorList, Path};
use super::validate::{label_value, qualified_name, qualified_name_bytes, Violations};
use crate::text::to_lower;

/// Upstream's `TotalAnnotationSizeLimitB`: keys and values of all annotations together.
pub const TOTAL_ANNOTATION_SIZE_LIMIT: usize = 256 * 1024;

/// Go's `metav1validation.ValidateLabelName`: a label key must be a qualified name.
#[doc(alias = "ValidateLabelName")]
pub fn validate_label_name(name: &str, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    label_name_into(&mut errs, name, path);
    errs
}

/// [`validate_label_name`] into the caller's list, at any kind of path (whole-object validators
/// name fields with borrowed paths and gather every error in one list).
pub(crate) fn label_name_into(errs: &mut ErrorList, name: &str, path: &impl AsPath) {
    for v in qualified_name(name) {
        errs.push(Error::invalid(path, name, v));
    }
}

/// Go's `metav1validation.ValidateLabels`: every key a qualified name, every value a label
/// value. Errors come in the map's iteration order (key order for a `BTreeMap`); Go's map order
/// is random.
///
/// ```
/// use std::collections::BTreeMap;
/// use kube_primitives::meta::{field::Path, validate_labels};
///
/// let labels = BTreeMap::from([("app".to_string(), "web".to_string())]);
/// assert!(validate_labels(&labels, &Path::new("metadata").child("labels")).is_empty());
///
/// let errs = validate_labels([("app", "-web")], &Path::new("metadata").child("labels"));
/// assert!(errs[0].to_string().starts_with(r#"metadata.labels: Invalid value: "-web": a valid label must"#));
/// ```
#[doc(alias = "ValidateLabels")]
pub fn validate_labels<I, K, V>(labels: I, path: &Path) -> ErrorList
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut errs = ErrorList::new();
    labels_into(&mut errs, labels, path);
    errs
}

/// [`validate_labels`] into the caller's list, at any kind of path.
pub(crate) fn labels_into(
    errs: &mut ErrorList,
    labels: impl IntoIterator<Item = (impl AsRef<str>, impl AsRef<str>)>,
    path: &impl AsPath,
) {
    for (key, value) in labels {
        let (key, value) = (key.as_ref(), value.as_ref());
        label_name_into(errs, key, path);
        for v in label_value(value) {
            errs.push(Error::invalid(path, value, v));
        }
    }
}

/// The violations of an annotation key: a qualified name once lower-cased with Go's
/// `strings.ToLower` (simple case mapping, so `İ` becomes `i` and the Kelvin sign `k`).
fn annotation_key(key: &str) -> Violations {
    // Most keys are lower-case ASCII already: nothing to copy.
    if key.is_ascii() && !key.bytes().any(|b| b.is_ascii_uppercase()) {
        return qualified_name_bytes(key.as_bytes());
    }
    // Valid keys fit in 253 + 1 + 63 bytes: lower-case those on the stack.
    let mut lowered: SmallVec<[u8; 320]> = SmallVec::new();
    if key.is_ascii() {
        lowered.extend(key.bytes().map(|b| b.to_ascii_lowercase()));
    } else {
        let s: String = key.chars().map(to_lower).collect();
        lowered.extend_from_slice(s.as_bytes());
    }
    qualified_name_bytes(&lowered)
}

/// Go's `ValidateAnnotations` (`k8s.io/apimachinery/pkg/api/validation`): every key a qualified
/// name regardless of case, and at most 256 KiB of keys and values in all.
///
/// ```
/// use kube_primitives::meta::{field::Path, validate_annotations};
///
/// let path = Path::new("metadata").child("annotations");
/// assert!(validate_annotations([("Example.COM/Owner", "team-a")], &path).is_empty());
/// let big = "x".repeat(300 * 1024);
/// let errs = validate_annotations([("note", big.as_str())], &path);
/// assert_eq!(errs[0].to_string(), "metadata.annotations: Too long: may not be more than 262144 bytes");
/// ```
#[doc(alias = "ValidateAnnotations")]
pub fn validate_annotations<I, K, V>(annotations: I, path: &Path) -> ErrorList
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut errs = ErrorList::new();
    annotations_into(&mut errs, annotations, path);
    errs
}

/// [`validate_annotations`] into the caller's list, at any kind of path.
pub(crate) fn annotations_into(
    errs: &mut ErrorList,
    annotations: impl IntoIterator<Item = (impl AsRef<str>, impl AsRef<str>)>,
    path: &impl AsPath,
) {
    let mut total: usize = 0;
    for (key, value) in annotations {
        let key = key.as_ref();
        total = total
            .saturating_add(key.len())
            .saturating_add(value.as_ref().len());
        for v in annotation_key(key) {
            errs.push(Error::invalid(path, key, v));
        }
    }
    if total > TOTAL_ANNOTATION_SIZE_LIMIT {
        errs.push(Error::too_long(path, Some(TOTAL_ANNOTATION_SIZE_LIMIT)));
    }
}
