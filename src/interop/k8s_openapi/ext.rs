//! Extension traits: this crate's functions called on k8s-openapi's types directly.

use alloc::collections::BTreeMap;
use alloc::string::String;

use k8s_openapi::apimachinery::pkg::api::resource::Quantity as K8sQuantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1 as meta;

use crate::api::core::{LabelSelector, ObjectMeta};
use crate::api::{Quantity, QuantityError};
use crate::labels::Labels;
use crate::meta::field::{ErrorList, Path};
use crate::meta::{validate_object_meta, NameValidator};
use crate::selector::{LabelSelectorError, Selector};

mod private {
    pub trait Sealed {}
    impl Sealed for super::K8sQuantity {}
    impl Sealed for super::meta::LabelSelector {}
    impl Sealed for super::meta::ObjectMeta {}
}

/// [`Quantity`] parsing on k8s-openapi's quantity string.
///
/// ```
/// use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
/// use kube_primitives::interop::QuantityExt;
///
/// let q = Quantity("1.5Gi".into());
/// assert_eq!(q.parse().unwrap().value(), 1_610_612_736);
/// assert!(Quantity("1.5 Gi".into()).parse().is_err());
/// ```
pub trait QuantityExt: private::Sealed {
    /// The quantity, parsed as `resource.ParseQuantity` (surrounding whitespace ignored, as
    /// `Quantity.UnmarshalJSON` does).
    ///
    /// # Errors
    ///
    /// The string is not a quantity.
    #[doc(alias = "ParseQuantity")]
    fn parse(&self) -> Result<Quantity, QuantityError>;
}

impl QuantityExt for K8sQuantity {
    fn parse(&self) -> Result<Quantity, QuantityError> {
        Quantity::try_from(self)
    }
}

/// Selector conversion and matching on k8s-openapi's `LabelSelector`.
///
/// ```
/// use std::collections::BTreeMap;
/// use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, LabelSelectorRequirement};
/// use kube_primitives::interop::LabelSelectorExt;
///
/// let ls = LabelSelector {
///     match_labels: Some([("app".to_string(), "web".to_string())].into()),
///     match_expressions: Some(vec![LabelSelectorRequirement {
///         key: "tier".into(),
///         operator: "In".into(),
///         values: Some(vec!["front".into(), "back".into()]),
///     }]),
/// };
/// assert_eq!(ls.to_selector().unwrap().to_string(), "app=web,tier in (back,front)");
/// let labels = BTreeMap::from([("app".to_string(), "web".to_string()), ("tier".to_string(), "front".to_string())]);
/// assert_eq!(ls.matches(&labels), Ok(true));
/// ```
pub trait LabelSelectorExt: private::Sealed {
    /// The selector, as Go's `metav1.LabelSelectorAsSelector` builds it (see
    /// [`Selector::from_label_selector`]).
    ///
    /// # Errors
    ///
    /// A requirement is invalid or uses an operator other than `In`, `NotIn`, `Exists`,
    /// `DoesNotExist`.
    #[doc(alias = "LabelSelectorAsSelector")]
    fn to_selector(&self) -> Result<Selector, LabelSelectorError>;

    /// Whether `labels` satisfy the selector (an empty selector matches everything).
    ///
    /// # Errors
    ///
    /// As [`to_selector`](LabelSelectorExt::to_selector).
    fn matches(&self, labels: &(impl Labels + ?Sized)) -> Result<bool, LabelSelectorError> {
        Ok(self.to_selector()?.matches(labels))
    }
}

impl LabelSelectorExt for meta::LabelSelector {
    fn to_selector(&self) -> Result<Selector, LabelSelectorError> {
        Selector::from_label_selector(Some(&LabelSelector::from(self.clone())))
    }
}

/// Validation on k8s-openapi's `ObjectMeta`.
///
/// ```
/// use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
/// use kube_primitives::interop::ObjectMetaExt;
/// use kube_primitives::meta::{field::Path, NameValidator};
///
/// let meta = ObjectMeta { name: Some("Web".into()), namespace: Some("shop".into()), ..Default::default() };
/// let errs = meta.validate(true, NameValidator::DnsSubdomain, &Path::new("metadata"));
/// assert!(errs.to_string().starts_with("metadata.name: Invalid value: \"Web\""));
/// ```
pub trait ObjectMetaExt: private::Sealed {
    /// Go's `ValidateObjectMeta`; see [`validate_object_meta`].
    #[doc(alias = "ValidateObjectMeta")]
    fn validate(&self, requires_namespace: bool, name_fn: NameValidator, path: &Path) -> ErrorList;
}

impl ObjectMetaExt for meta::ObjectMeta {
    fn validate(&self, requires_namespace: bool, name_fn: NameValidator, path: &Path) -> ErrorList {
        validate_object_meta(
            &ObjectMeta::from(self.clone()),
            requires_namespace,
            name_fn,
            path,
        )
    }
}

/// The object's labels, read in place: a [`Selector`] matches k8s-openapi metadata without
/// copying it.
///
/// ```
/// use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
/// use kube_primitives::selector::Selector;
///
/// let meta = ObjectMeta { labels: Some([("app".to_string(), "web".to_string())].into()), ..Default::default() };
/// assert!(Selector::parse("app in (web,api)").unwrap().matches(&meta));
/// assert!(!Selector::parse("app").unwrap().matches(&ObjectMeta::default()));
/// ```
impl Labels for meta::ObjectMeta {
    fn label(&self, key: &str) -> Option<&str> {
        self.labels
            .as_ref()
            .and_then(|l: &BTreeMap<String, String>| l.get(key))
            .map(String::as_str)
    }
}
