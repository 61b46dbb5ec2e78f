//! Object names and metadata: format validators, field errors, and `ObjectMeta` validation.
//!
//! - [`validate`]: the `Is…` format validators (DNS names, qualified names, label values, …).
//! - [`field`]: field paths and error lists that print as Go's.
//! - [`decode`]: decoding an object with the field path of the first error.
//! - Metadata validation as `k8s.io/apimachinery/pkg/api/validation` and
//!   `pkg/apis/meta/v1/validation`: [`validate_object_meta`], [`validate_object_meta_update`],
//!   [`validate_labels`], [`validate_annotations`], and the pieces they are made of.
//!
//! ```
//! use kube_primitives::api::core::ObjectMeta;
//! use kube_primitives::meta::{field::Path, validate_object_meta, NameValidator};
//!
//! let meta: ObjectMeta = serde_json::from_str(
//!     r#"{"name": "web_1", "namespace": "shop", "labels": {"app": "web"}}"#,
//! ).unwrap();
//! let errs = validate_object_meta(&meta, true, NameValidator::DnsSubdomain, &Path::new("metadata"));
//! assert_eq!(errs.len(), 1);
//! assert!(errs[0].to_string().starts_with(r#"metadata.name: Invalid value: "web_1": a lowercase RFC 1123 subdomain"#));
//! ```

pub mod decode;
pub mod field;
mod finalizers;
mod labels;
mod managed_fields;
mod name;
mod object_meta;
mod owners;
pub mod validate;

pub use finalizers::{
    validate_finalizer_name, validate_finalizers, validate_no_new_finalizers,
    FINALIZER_DELETE_DEPENDENTS, FINALIZER_ORPHAN_DEPENDENTS,
};
pub(crate) use labels::{annotations_into, label_name_into, labels_into};
pub use labels::{
    validate_annotations, validate_label_name, validate_labels, TOTAL_ANNOTATION_SIZE_LIMIT,
};
pub use managed_fields::{
    validate_field_manager, validate_managed_fields, FIELD_MANAGER_MAX_LEN, SUBRESOURCE_MAX_LEN,
};
pub use name::NameValidator;
pub(crate) use object_meta::nonnegative_into;
pub use object_meta::{
    validate_nonnegative, validate_object_meta, validate_object_meta_update, FIELD_IMMUTABLE,
};
pub use owners::validate_owner_references;
