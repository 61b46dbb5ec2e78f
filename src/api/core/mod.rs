//! Kubernetes wire types shared by several modules: plain serde structs with the API's camelCase
//! field names.
//!
//! Only the fields this crate's logic reads are modelled; unknown fields are ignored, so real
//! `kubectl get -o json` output deserializes. A JSON `null` reads as the field's empty value, as
//! Go's `encoding/json` leaves the zero value in place; `Option` marks fields where absent and
//! empty differ.

mod object_meta;
mod time;

pub use object_meta::{ManagedFieldsEntry, ObjectMeta, OwnerReference};
pub use time::{ParseTimeError, Time};

/// `null` decodes as the type's default, as Go's `encoding/json` leaves zero values alone.
pub(crate) fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de> + Default,
{
    use serde::Deserialize;
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
