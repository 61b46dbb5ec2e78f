//! `v1.PersistentVolumeClaim`: the fields quota and LimitRanger read.

use serde::{Deserialize, Serialize};

use crate::api::core::{
    list, null_as_default, string_map, LabelSelector, ObjectMeta, ResourceList, Time,
};
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

/// A claim for storage (`v1.PersistentVolumeClaim`).
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PersistentVolumeClaim {
    /// `kind`: a string value representing the REST resource this object represents.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub kind: String,
    /// `apiVersion`: defines the versioned schema of this representation of an object.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub api_version: String,
    /// `metadata`: standard object's metadata.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`: defines the desired characteristics of a volume requested by a pod author.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: PersistentVolumeClaimSpec,
    /// `status`: represents the current information/status of a persistent volume claim.
    #[serde(deserialize_with = "null_as_default")]
    pub status: PersistentVolumeClaimStatus,
}

/// `v1.PersistentVolumeClaimSpec`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PersistentVolumeClaimSpec {
    /// `accessModes`: contains the desired access modes the volume should have.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub access_modes: Vec<String>,
    /// `selector`: a label query over volumes to consider for binding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<LabelSelector>,
    /// `resources`: `requests.storage` is the size asked for.
    #[serde(deserialize_with = "null_as_default")]
    pub resources: VolumeResourceRequirements,
    /// `volumeName`: the binding reference to the PersistentVolume backing this claim.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub volume_name: String,
    /// `storageClassName`: `None` when unset, `Some("")` for "no class".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub storage_class_name: Option<String>,
    /// `volumeMode`: defines what type of volume is required by the claim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_mode: Option<String>,
    /// `dataSource`: field can be used to specify either: * An existing VolumeSnapshot object
    /// (snapshot.storage.k8s.io/VolumeSnapshot) * An existing PVC (PersistentVolumeClaim) If the
    /// provisioner or an external controller can support the specified data source, it will create a
    /// new volume based on …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source: Option<TypedLocalObjectReference>,
    /// `dataSourceRef`: specifies the object from which to populate the volume with data, if a
    /// non-empty volume is desired.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source_ref: Option<TypedObjectReference>,
    /// `volumeAttributesClassName`: may be used to set the VolumeAttributesClass used by this claim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_attributes_class_name: Option<String>,
}

/// `v1.PersistentVolumeClaimStatus`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PersistentVolumeClaimStatus {
    /// `phase`: represents the current phase of PersistentVolumeClaim.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub phase: String,
    /// `accessModes`: contains the actual access modes the volume backing the PVC has.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub access_modes: Vec<String>,
    /// `capacity`: represents the actual resources of the underlying volume.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub capacity: ResourceList,
    /// `conditions`: the current Condition of persistent volume claim.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<PersistentVolumeClaimCondition>,
    /// `allocatedResources`: what an expansion has been granted so far.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub allocated_resources: ResourceList,
    /// `allocatedResourceStatuses`: stores status of resource being resized for the given PVC. Key
    /// names follow standard Kubernetes label syntax.
    #[serde(
        deserialize_with = "string_map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub allocated_resource_statuses: BTreeMap<String, String>,
    /// `currentVolumeAttributesClassName`: the current name of the VolumeAttributesClass the PVC is
    /// using.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_volume_attributes_class_name: Option<String>,
    /// `modifyVolumeStatus`: represents the status object of ControllerModifyVolume operation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modify_volume_status: Option<ModifyVolumeStatus>,
}

/// `v1.ModifyVolumeStatus`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ModifyVolumeStatus {
    /// `targetVolumeAttributesClassName`: the name of the VolumeAttributesClass the PVC currently being
    /// reconciled.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub target_volume_attributes_class_name: String,
    /// `status`: the status of the ControllerModifyVolume operation.
    #[serde(deserialize_with = "null_as_default")]
    pub status: String,
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

/// `v1.PersistentVolumeClaimCondition`: contains details about state of pvc.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PersistentVolumeClaimCondition {
    /// `type`: the type of the condition.
    #[serde(deserialize_with = "null_as_default")]
    pub type_: String,
    /// `status`: the status of the condition.
    #[serde(deserialize_with = "null_as_default")]
    pub status: String,
    /// `lastProbeTime`: the time we probed the condition.
    pub last_probe_time: Option<Time>,
    /// `lastTransitionTime`: the time the condition transitioned from one status to another.
    pub last_transition_time: Option<Time>,
    /// `reason`: a unique, this should be a short, machine understandable string that gives the reason
    /// for condition's last transition.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub reason: String,
    /// `message`: the human-readable message indicating details about last transition.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub message: String,
}

/// `v1.TypedLocalObjectReference`: contains enough information to let you locate the typed
/// referenced object inside the same namespace.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TypedLocalObjectReference {
    /// `apiGroup`: the group for the resource being referenced.
    pub api_group: Option<String>,
    /// `kind`: the type of resource being referenced.
    #[serde(deserialize_with = "null_as_default")]
    pub kind: String,
    /// `name`: the name of resource being referenced.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
}

/// `v1.TypedObjectReference`: contains enough information to let you locate the typed referenced
/// object.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TypedObjectReference {
    /// `apiGroup`: the group for the resource being referenced.
    pub api_group: Option<String>,
    /// `kind`: the type of resource being referenced.
    #[serde(deserialize_with = "null_as_default")]
    pub kind: String,
    /// `name`: the name of resource being referenced.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `namespace`: the namespace of resource being referenced Note that when a namespace is specified,
    /// a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow
    /// that namespace's owner to accept the reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// `v1.VolumeResourceRequirements`: describes the storage resource requirements for a volume.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VolumeResourceRequirements {
    /// `limits`: describes the maximum amount of compute resources allowed.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub limits: ResourceList,
    /// `requests`: describes the minimum amount of compute resources required.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "ResourceList::is_empty"
    )]
    pub requests: ResourceList,
}
