//! `v1.PersistentVolumeClaim`: the fields quota and LimitRanger read.

use alloc::string::String;

use serde::{Deserialize, Serialize};

use super::{null_as_default, ObjectMeta, ResourceList, ResourceRequirements};

/// A claim for storage (`v1.PersistentVolumeClaim`), in part.
///
/// ```
/// use kube_primitives::api::core::PersistentVolumeClaim;
///
/// let pvc: PersistentVolumeClaim = serde_json::from_str(r#"{
///     "metadata": {"name": "data", "namespace": "db"},
///     "spec": {"storageClassName": "gold", "resources": {"requests": {"storage": "10Gi"}}}
/// }"#).unwrap();
/// assert_eq!(pvc.storage_class(), "gold");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersistentVolumeClaim {
    /// `metadata`.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: PersistentVolumeClaimSpec,
    /// `status`.
    #[serde(deserialize_with = "null_as_default")]
    pub status: PersistentVolumeClaimStatus,
}

/// `v1.PersistentVolumeClaimSpec`, in part.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PersistentVolumeClaimSpec {
    /// `resources`: `requests.storage` is the size asked for.
    #[serde(deserialize_with = "null_as_default")]
    pub resources: ResourceRequirements,
    /// `storageClassName`: `None` when unset, `Some("")` for "no class".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub storage_class_name: Option<String>,
    /// `volumeAttributesClassName`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_attributes_class_name: Option<String>,
}

/// `v1.PersistentVolumeClaimStatus`, in part.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PersistentVolumeClaimStatus {
    /// `allocatedResources`: what an expansion has been granted so far.
    #[serde(deserialize_with = "null_as_default")]
    pub allocated_resources: ResourceList,
    /// `currentVolumeAttributesClassName`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_volume_attributes_class_name: Option<String>,
    /// `modifyVolumeStatus`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modify_volume_status: Option<ModifyVolumeStatus>,
}

/// `v1.ModifyVolumeStatus`, in part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ModifyVolumeStatus {
    /// `targetVolumeAttributesClassName`.
    #[serde(deserialize_with = "null_as_default")]
    pub target_volume_attributes_class_name: String,
}

/// The beta annotation that names a claim's storage class before `storageClassName` existed.
pub const BETA_STORAGE_CLASS_ANNOTATION: &str = "volume.beta.kubernetes.io/storage-class";

impl PersistentVolumeClaim {
    /// The claim's storage class (`GetPersistentVolumeClaimClass`): the beta annotation when
    /// present, else `storageClassName`, else empty.
    #[must_use]
    #[doc(alias = "GetPersistentVolumeClaimClass")]
    pub fn storage_class(&self) -> &str {
        if let Some(class) = self.metadata.annotations.get(BETA_STORAGE_CLASS_ANNOTATION) {
            return class;
        }
        self.spec.storage_class_name.as_deref().unwrap_or("")
    }

    /// The volume attributes classes the claim refers to, sorted and without duplicates:
    /// the spec's, the current one and the one a modification targets.
    #[must_use]
    pub fn volume_attributes_classes(&self) -> alloc::collections::BTreeSet<&str> {
        [
            self.spec.volume_attributes_class_name.as_deref(),
            self.status.current_volume_attributes_class_name.as_deref(),
            self.status
                .modify_volume_status
                .as_ref()
                .map(|m| m.target_volume_attributes_class_name.as_str()),
        ]
        .into_iter()
        .flatten()
        .filter(|n| !n.is_empty())
        .collect()
    }
}
