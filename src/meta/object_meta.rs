//! `ObjectMeta` validation on create and on update
//! ([objectmeta.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/api/validation/objectmeta.go)).

use super::field::{AsPath, BadValue, Error, ErrorList, Json, LazyPath, Path};
use super::finalizers::{validate_finalizers, validate_no_new_finalizers};
use super::labels::{annotations_into, labels_into, validate_annotations, validate_labels};
use super::managed_fields::validate_managed_fields;
use super::owners::validate_owner_references;
use super::NameValidator;
use crate::api::core::{ObjectMeta, Time};

/// Upstream's `FieldImmutableErrorMsg`.
pub const FIELD_IMMUTABLE: &str = "field is immutable";

/// Go's `ValidateNonnegativeField`.
#[doc(alias = "ValidateNonnegativeField")]
pub fn validate_nonnegative(value: i64, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    nonnegative_into(&mut errs, value, path);
    errs
}

/// [`validate_nonnegative`] into the caller's list, at any kind of path (whole-object validators
/// name fields with borrowed paths and gather every error in one list).
pub(crate) fn nonnegative_into(errs: &mut ErrorList, value: i64, path: &impl AsPath) {
    if value < 0 {
        errs.push(Error::invalid(
            path,
            value,
            "must be greater than or equal to 0",
        ));
    }
}

/// Go's `ValidateObjectMeta`: the metadata of an object being created.
///
/// Checks, in upstream order: `generateName` (as a prefix, with `name_fn`), `name` (required,
/// `name_fn`), `namespace` (required and a DNS label when `requires_namespace`, forbidden
/// otherwise), `generation` (not negative), labels, annotations, owner references, finalizers,
/// managed fields.
///
/// ```
/// use kube_primitives::api::core::ObjectMeta;
/// use kube_primitives::meta::{field::Path, validate_object_meta, NameValidator};
///
/// let meta = ObjectMeta::named("web", "");
/// let errs = validate_object_meta(&meta, true, NameValidator::DnsSubdomain, &Path::new("metadata"));
/// assert_eq!(errs.to_string(), "metadata.namespace: Required value");
/// ```
#[doc(alias = "ValidateObjectMeta")]
pub fn validate_object_meta(
    meta: &ObjectMeta,
    requires_namespace: bool,
    name_fn: NameValidator,
    path: &Path,
) -> ErrorList {
    // Fields are named with borrowed paths, rendered only for an error or a non-empty list.
    let base = path;
    let path = LazyPath::from(base);
    let mut errs = ErrorList::new();
    if !meta.generate_name.is_empty() {
        let p = path.child("generateName");
        for v in name_fn.validate(&meta.generate_name, true) {
            errs.push(Error::invalid(&p, meta.generate_name.as_str(), v));
        }
    }
    let name_path = path.child("name");
    if meta.name.is_empty() {
        errs.push(Error::required(
            &name_path,
            "name or generateName is required",
        ));
    } else {
        for v in name_fn.validate(&meta.name, false) {
            errs.push(Error::invalid(&name_path, meta.name.as_str(), v));
        }
    }
    let ns_path = path.child("namespace");
    if requires_namespace {
        if meta.namespace.is_empty() {
            errs.push(Error::required(&ns_path, ""));
        } else {
            for v in NameValidator::NAMESPACE.validate(&meta.namespace, false) {
                errs.push(Error::invalid(&ns_path, meta.namespace.as_str(), v));
            }
        }
    } else if !meta.namespace.is_empty() {
        errs.push(Error::forbidden(&ns_path, "not allowed on this type"));
    }
    nonnegative_into(&mut errs, meta.generation, &path.child("generation"));
    labels_into(&mut errs, &meta.labels, &path.child("labels"));
    annotations_into(&mut errs, &meta.annotations, &path.child("annotations"));
    // Empty lists have nothing to report: skip rendering their paths.
    if !meta.owner_references.is_empty() {
        errs.append(validate_owner_references(
            &meta.owner_references,
            &base.child("ownerReferences"),
        ));
    }
    if !meta.finalizers.is_empty() {
        errs.append(validate_finalizers(
            &meta.finalizers,
            &base.child("finalizers"),
        ));
    }
    if !meta.managed_fields.is_empty() {
        errs.append(validate_managed_fields(
            &meta.managed_fields,
            &base.child("managedFields"),
        ));
    }
    errs
}

/// A `metav1.Time` as upstream prints it in an error: JSON, `null` for the zero time.
fn time_json(t: Option<Time>) -> Json {
    match t {
        Some(t) if !t.is_zero() => Json::String(alloc::string::ToString::to_string(&t)),
        _ => Json::Null,
    }
}

fn immutable(errs: &mut ErrorList, changed: bool, path: &Path, new: impl Into<BadValue>) {
    if changed {
        errs.push(Error::invalid(path, new, FIELD_IMMUTABLE));
    }
}

/// Go's `ValidateObjectMetaUpdate`: the metadata of an object being updated from `old`.
///
/// No new finalizers while the old object is being deleted; a resource version is required;
/// `generation` may not decrease; `name`, `namespace`, `uid`, `creationTimestamp`,
/// `deletionTimestamp` and `deletionGracePeriodSeconds` may not change; and labels, annotations,
/// owner references and managed fields must be valid.
///
/// ```
/// use kube_primitives::api::core::ObjectMeta;
/// use kube_primitives::meta::{field::Path, validate_object_meta_update};
///
/// let old = ObjectMeta::named("web", "shop");
/// let mut new = ObjectMeta::named("web2", "shop");
/// new.resource_version = "42".into();
/// let errs = validate_object_meta_update(&new, &old, &Path::new("metadata"));
/// assert_eq!(errs.to_string(), r#"metadata.name: Invalid value: "web2": field is immutable"#);
/// ```
#[doc(alias = "ValidateObjectMetaUpdate")]
pub fn validate_object_meta_update(new: &ObjectMeta, old: &ObjectMeta, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    if old.deletion_timestamp.is_some() {
        errs.append(validate_no_new_finalizers(
            &new.finalizers,
            &old.finalizers,
            &path.child("finalizers"),
        ));
    }
    if new.resource_version.is_empty() {
        errs.push(Error::invalid(
            &path.child("resourceVersion"),
            new.resource_version.as_str(),
            "must be specified for an update",
        ));
    }
    if new.generation < old.generation {
        errs.push(Error::invalid(
            &path.child("generation"),
            new.generation,
            "must not be decremented",
        ));
    }
    immutable(
        &mut errs,
        new.name != old.name,
        &path.child("name"),
        new.name.as_str(),
    );
    immutable(
        &mut errs,
        new.namespace != old.namespace,
        &path.child("namespace"),
        new.namespace.as_str(),
    );
    // `types.UID` is a named string type: printed as JSON.
    immutable(
        &mut errs,
        new.uid != old.uid,
        &path.child("uid"),
        Json::String(new.uid.clone()),
    );
    // `creationTimestamp` is a value: an absent one is the zero time.
    let created = |m: &ObjectMeta| m.creation_timestamp.filter(|t| !t.is_zero());
    immutable(
        &mut errs,
        created(new) != created(old),
        &path.child("creationTimestamp"),
        time_json(new.creation_timestamp),
    );
    // `deletionTimestamp` is a pointer: set to the zero time differs from unset.
    immutable(
        &mut errs,
        new.deletion_timestamp != old.deletion_timestamp,
        &path.child("deletionTimestamp"),
        time_json(new.deletion_timestamp),
    );
    immutable(
        &mut errs,
        new.deletion_grace_period_seconds != old.deletion_grace_period_seconds,
        &path.child("deletionGracePeriodSeconds"),
        Json::from(new.deletion_grace_period_seconds),
    );
    errs.append(validate_labels(&new.labels, &path.child("labels")));
    errs.append(validate_annotations(
        &new.annotations,
        &path.child("annotations"),
    ));
    errs.append(validate_owner_references(
        &new.owner_references,
        &path.child("ownerReferences"),
    ));
    errs.append(validate_managed_fields(
        &new.managed_fields,
        &path.child("managedFields"),
    ));
    errs
}
