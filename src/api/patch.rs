//! RFC 6902 JSON Patch operations describing what a function changed in an object, addressed in
//! the caller's original document, so that an admission webhook can answer with a patch and keep
//! every field of the object, including those this crate does not model.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::Serialize;

use super::core::{ResourceList, Toleration};
use super::Quantity;

/// The kind of an RFC 6902 operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum PatchOp {
    /// `add`: sets an object member (replacing it if present) or inserts into an array.
    Add,
    /// `replace`: sets an existing value.
    Replace,
    /// `remove`: deletes a value.
    Remove,
}

/// A value a patch operation writes; serializes as the JSON it stands for.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum PatchValue {
    /// A JSON string.
    String(String),
    /// A JSON integer.
    Integer(i64),
    /// A JSON boolean.
    Bool(bool),
    /// A quantity, as its canonical string.
    Quantity(Quantity),
    /// A resource list (`{"cpu": "500m"}`).
    Resources(ResourceList),
    /// A toleration.
    Toleration(Toleration),
    /// A JSON array.
    Array(Vec<PatchValue>),
    /// A JSON object: the parents a change had to create.
    Object(BTreeMap<String, PatchValue>),
}

/// One RFC 6902 operation: `{"op": "add", "path": "/spec/containers/0/resources/requests/cpu",
/// "value": "100m"}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PatchOperation {
    /// The operation.
    pub op: PatchOp,
    /// Where, as an RFC 6901 JSON Pointer into the original document.
    pub path: String,
    /// What to write (absent for `remove`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<PatchValue>,
}

/// An RFC 6901 JSON Pointer of `segments`: each prefixed by `/`, with `~` written `~0` and `/`
/// written `~1` (`kubernetes.io/limit-ranger` becomes `kubernetes.io~1limit-ranger`).
///
/// ```
/// use kube_primitives::api::patch::json_pointer;
///
/// assert_eq!(json_pointer(["metadata", "annotations", "a/b~c"]), "/metadata/annotations/a~1b~0c");
/// ```
pub fn json_pointer<'a>(segments: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for segment in segments {
        out.push('/');
        for c in segment.chars() {
            match c {
                '~' => out.push_str("~0"),
                '/' => out.push_str("~1"),
                c => out.push(c),
            }
        }
    }
    out
}

/// Additions to make to a document whose shape is known only through `exists` (whether a
/// JSON Pointer names an object in the original document): each value lands at its path,
/// parents the document lacks are created as objects, and additions sharing a missing parent
/// become one operation (so none overwrites another).
pub(crate) struct Additions<'e> {
    exists: &'e dyn Fn(&str) -> bool,
    /// Per operation: the pointer of the first missing (or the final) segment, and its value.
    ops: Vec<(Vec<String>, PatchValue)>,
}

impl<'e> Additions<'e> {
    pub(crate) fn new(exists: &'e dyn Fn(&str) -> bool) -> Additions<'e> {
        Additions {
            exists,
            ops: Vec::new(),
        }
    }

    /// Adds `value` at `path` (segments, unescaped).
    pub(crate) fn add(&mut self, path: &[&str], value: PatchValue) {
        // The deepest existing parent: the operation writes its child.
        let mut root = path.len().saturating_sub(1);
        while root > 0 && !(self.exists)(&json_pointer(path.iter().take(root).copied())) {
            root -= 1;
        }
        let (head, rest) = path.split_at(root.saturating_add(1).min(path.len()));
        let key: Vec<String> = head.iter().map(|s| String::from(*s)).collect();
        let nested = rest.iter().rev().fold(value, |v, seg| {
            let mut m = BTreeMap::new();
            m.insert(String::from(*seg), v);
            PatchValue::Object(m)
        });
        match self.ops.iter_mut().find(|(k, _)| *k == key) {
            Some((_, existing)) => merge(existing, nested),
            None => self.ops.push((key, nested)),
        }
    }

    pub(crate) fn into_operations(self) -> Vec<PatchOperation> {
        self.ops
            .into_iter()
            .map(|(key, value)| PatchOperation {
                op: PatchOp::Add,
                path: json_pointer(key.iter().map(String::as_str)),
                value: Some(value),
            })
            .collect()
    }
}

/// Operations appending `items` to the array at `path` (segments, unescaped): one `add` at
/// `path/-` per item when the original document has the array (`exists` of its pointer), else
/// one `add` of the whole array, creating the parents the document lacks.
pub(crate) fn append_to_array(
    path: &[&str],
    items: Vec<PatchValue>,
    exists: &dyn Fn(&str) -> bool,
) -> Vec<PatchOperation> {
    if items.is_empty() {
        return Vec::new();
    }
    let pointer = json_pointer(path.iter().copied());
    if exists(&pointer) {
        let at = alloc::format!("{pointer}/-");
        return items
            .into_iter()
            .map(|item| PatchOperation {
                op: PatchOp::Add,
                path: at.clone(),
                value: Some(item),
            })
            .collect();
    }
    let mut adds = Additions::new(exists);
    adds.add(path, PatchValue::Array(items));
    adds.into_operations()
}

/// Merges `new` into `into`: objects member by member, anything else replaced.
fn merge(into: &mut PatchValue, new: PatchValue) {
    match (into, new) {
        (PatchValue::Object(a), PatchValue::Object(b)) => {
            for (k, v) in b {
                match a.get_mut(&k) {
                    Some(existing) => merge(existing, v),
                    None => {
                        a.insert(k, v);
                    }
                }
            }
        }
        (slot, new) => *slot = new,
    }
}
