//! Conversions between this crate's wire types and k8s-openapi's, one file per object family,
//! and the extension traits on k8s-openapi's types.
//!
//! The conversions of the pod tree and the workload kinds (`pod`, `container`, `pod_status`,
//! `volume`, `volume_sources`, `pvc`, `apps`, `batch`, `policy`, `limit_range`) were generated
//! field by field from k8s-openapi 0.29's types for Kubernetes 1.33 to 1.37 and ours, keeping
//! the fields every version has; edit them as ordinary code.
//!
//! The helpers below carry the conventions every conversion shares: an empty string, list or
//! map of ours is `None` in k8s-openapi, and `None` there is empty here.
//!
//! Every k8s-openapi struct literal ends in `..Default::default()`, also where the newest
//! Kubernetes version has no other field: newer versions add fields, which must default.
#![allow(
    clippy::needless_update,
    reason = "k8s-openapi's structs gain fields with newer Kubernetes versions"
)]

mod apps;
mod batch;
mod container;
mod coordination;
mod ext;
mod limit_range;
mod meta;
mod node;
mod pod;
mod pod_status;
mod policy;
mod pvc;
mod quota;
mod scalar;
mod selector;
mod service;
mod volume;
mod volume_sources;

pub use ext::{LabelSelectorExt, ObjectMetaExt, QuantityExt};
use scalar::{time_or_zero, zero_as_none};

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use k8s_openapi::apimachinery::pkg::api::resource::Quantity as K8sQuantity;

use super::ConversionError;
use crate::api::core::ResourceList;

/// An empty string as `None`.
fn opt_string(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// A value equal to its type's default (zero, `false`, empty) as `None`.
fn non_default<T: Default + PartialEq>(value: T) -> Option<T> {
    (value != T::default()).then_some(value)
}

/// An empty map as `None`, each value converted.
fn opt_map_into<A, B: From<A>>(m: BTreeMap<String, A>) -> Option<BTreeMap<String, B>> {
    (!m.is_empty()).then(|| m.into_iter().map(|(k, v)| (k, B::from(v))).collect())
}

/// `None` as an empty map, each value converted.
fn map_from<A, B: From<A>>(m: Option<BTreeMap<String, A>>) -> BTreeMap<String, B> {
    m.unwrap_or_default()
        .into_iter()
        .map(|(k, v)| (k, B::from(v)))
        .collect()
}

/// A value converted; an error names `field`.
fn try_one<A, B>(v: A, field: &str) -> Result<B, ConversionError>
where
    B: TryFrom<A, Error = ConversionError>,
{
    B::try_from(v).map_err(|e| e.in_field(field))
}

/// An optional quantity parsed; an error names `field`.
fn try_quantity(
    q: Option<K8sQuantity>,
    field: &str,
) -> Result<Option<crate::api::Quantity>, ConversionError> {
    q.map(scalar::parse_quantity)
        .transpose()
        .map_err(|e| e.in_field(field))
}

/// A field that k8s-openapi models as `T` in some Kubernetes versions and as `Option<T>` in
/// others (a required field made optional, or the reverse): [`wrap`] and [`unwrap`] compile
/// against either.
trait Field<T> {
    fn wrap(value: T) -> Self;
    fn unwrap(self) -> T;
}

impl<T> Field<T> for T {
    fn wrap(value: T) -> T {
        value
    }
    fn unwrap(self) -> T {
        self
    }
}

impl<T: Default> Field<T> for Option<T> {
    fn wrap(value: T) -> Option<T> {
        Some(value)
    }
    fn unwrap(self) -> T {
        self.unwrap_or_default()
    }
}

/// Ours into a k8s-openapi field of type `T` or `Option<T>`.
fn wrap<T, F: Field<T>>(value: T) -> F {
    F::wrap(value)
}

/// A k8s-openapi field of type `T` or `Option<T>` (`None` as the default) as `T`.
fn unwrap<T, F: Field<T>>(field: F) -> T {
    field.unwrap()
}

/// An empty list as `None`, each element converted.
fn opt_vec<A, B: From<A>>(v: Vec<A>) -> Option<Vec<B>> {
    (!v.is_empty()).then(|| v.into_iter().map(B::from).collect())
}

/// An empty map as `None`.
fn opt_map(m: BTreeMap<String, String>) -> Option<BTreeMap<String, String>> {
    (!m.is_empty()).then_some(m)
}

/// `None` as empty, each element converted.
fn vec_from<A, B: From<A>>(v: Option<Vec<A>>) -> Vec<B> {
    v.unwrap_or_default().into_iter().map(B::from).collect()
}

/// `None` as empty, each element converted; an error names `field[index]`.
fn try_vec<A, B>(v: Option<Vec<A>>, field: &str) -> Result<Vec<B>, ConversionError>
where
    B: TryFrom<A, Error = ConversionError>,
{
    v.unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, a)| B::try_from(a).map_err(|e| e.at_index(i).in_field(field)))
        .collect()
}

/// An optional value converted; an error names `field`.
fn try_opt<A, B>(v: Option<A>, field: &str) -> Result<Option<B>, ConversionError>
where
    B: TryFrom<A, Error = ConversionError>,
{
    v.map(B::try_from)
        .transpose()
        .map_err(|e| e.in_field(field))
}

/// A k8s-openapi resource map as a [`ResourceList`] (`None` as empty); an error names
/// `field.<resource>`.
fn resource_list(
    m: Option<BTreeMap<String, K8sQuantity>>,
    field: &str,
) -> Result<ResourceList, ConversionError> {
    m.unwrap_or_default()
        .into_iter()
        .map(|(name, q)| match scalar::parse_quantity(q) {
            Ok(q) => Ok((name, q)),
            Err(e) => Err(e.in_field(&name).in_field(field)),
        })
        .collect()
}

/// A [`ResourceList`] as a k8s-openapi resource map (empty as `None`).
fn opt_resources(list: ResourceList) -> Option<BTreeMap<String, K8sQuantity>> {
    (!list.is_empty()).then(|| list.into_iter().map(|(k, v)| (k, v.into())).collect())
}
