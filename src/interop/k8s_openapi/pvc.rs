//! `PersistentVolumeClaim`: spec, status and conditions.
//!
//! Generated field by field from k8s-openapi's types and ours; see the module root for the
//! conventions.

use k8s_openapi::api::core::v1 as k8s;

use super::{
    non_default, opt_map, opt_resources, opt_string, opt_vec, resource_list, try_opt, vec_from,
};
use crate::api::core::{
    ModifyVolumeStatus, PersistentVolumeClaim, PersistentVolumeClaimCondition,
    PersistentVolumeClaimSpec, PersistentVolumeClaimStatus, TypedLocalObjectReference,
    TypedObjectReference, VolumeResourceRequirements,
};
use crate::interop::ConversionError;

impl TryFrom<k8s::PersistentVolumeClaim> for PersistentVolumeClaim {
    type Error = ConversionError;

    fn try_from(v: k8s::PersistentVolumeClaim) -> Result<PersistentVolumeClaim, ConversionError> {
        Ok(PersistentVolumeClaim {
            kind: <k8s::PersistentVolumeClaim as k8s_openapi::Resource>::KIND.into(),
            api_version: <k8s::PersistentVolumeClaim as k8s_openapi::Resource>::API_VERSION.into(),
            metadata: v.metadata.into(),
            spec: try_opt(v.spec, "spec")?.unwrap_or_default(),
            status: try_opt(v.status, "status")?.unwrap_or_default(),
        })
    }
}

impl From<PersistentVolumeClaim> for k8s::PersistentVolumeClaim {
    fn from(v: PersistentVolumeClaim) -> k8s::PersistentVolumeClaim {
        k8s::PersistentVolumeClaim {
            metadata: v.metadata.into(),
            spec: non_default(v.spec).map(Into::into),
            status: non_default(v.status).map(Into::into),
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::PersistentVolumeClaimSpec> for PersistentVolumeClaimSpec {
    type Error = ConversionError;

    fn try_from(
        v: k8s::PersistentVolumeClaimSpec,
    ) -> Result<PersistentVolumeClaimSpec, ConversionError> {
        Ok(PersistentVolumeClaimSpec {
            access_modes: v.access_modes.unwrap_or_default(),
            selector: v.selector.map(Into::into),
            resources: try_opt(v.resources, "resources")?.unwrap_or_default(),
            volume_name: v.volume_name.unwrap_or_default(),
            storage_class_name: v.storage_class_name,
            volume_mode: v.volume_mode,
            data_source: v.data_source.map(Into::into),
            data_source_ref: v.data_source_ref.map(Into::into),
            volume_attributes_class_name: v.volume_attributes_class_name,
        })
    }
}

impl From<PersistentVolumeClaimSpec> for k8s::PersistentVolumeClaimSpec {
    fn from(v: PersistentVolumeClaimSpec) -> k8s::PersistentVolumeClaimSpec {
        k8s::PersistentVolumeClaimSpec {
            access_modes: opt_vec(v.access_modes),
            data_source: v.data_source.map(Into::into),
            data_source_ref: v.data_source_ref.map(Into::into),
            resources: non_default(v.resources).map(Into::into),
            selector: v.selector.map(Into::into),
            storage_class_name: v.storage_class_name,
            volume_attributes_class_name: v.volume_attributes_class_name,
            volume_mode: v.volume_mode,
            volume_name: opt_string(v.volume_name),
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::PersistentVolumeClaimStatus> for PersistentVolumeClaimStatus {
    type Error = ConversionError;

    fn try_from(
        v: k8s::PersistentVolumeClaimStatus,
    ) -> Result<PersistentVolumeClaimStatus, ConversionError> {
        Ok(PersistentVolumeClaimStatus {
            phase: v.phase.unwrap_or_default(),
            access_modes: v.access_modes.unwrap_or_default(),
            capacity: resource_list(v.capacity, "capacity")?,
            conditions: vec_from(v.conditions),
            allocated_resources: resource_list(v.allocated_resources, "allocatedResources")?,
            allocated_resource_statuses: v.allocated_resource_statuses.unwrap_or_default(),
            current_volume_attributes_class_name: v.current_volume_attributes_class_name,
            modify_volume_status: v.modify_volume_status.map(Into::into),
        })
    }
}

impl From<PersistentVolumeClaimStatus> for k8s::PersistentVolumeClaimStatus {
    fn from(v: PersistentVolumeClaimStatus) -> k8s::PersistentVolumeClaimStatus {
        k8s::PersistentVolumeClaimStatus {
            access_modes: opt_vec(v.access_modes),
            allocated_resource_statuses: opt_map(v.allocated_resource_statuses),
            allocated_resources: opt_resources(v.allocated_resources),
            capacity: opt_resources(v.capacity),
            conditions: opt_vec(v.conditions),
            current_volume_attributes_class_name: v.current_volume_attributes_class_name,
            modify_volume_status: v.modify_volume_status.map(Into::into),
            phase: opt_string(v.phase),
            ..Default::default()
        }
    }
}

impl From<k8s::PersistentVolumeClaimCondition> for PersistentVolumeClaimCondition {
    fn from(v: k8s::PersistentVolumeClaimCondition) -> PersistentVolumeClaimCondition {
        PersistentVolumeClaimCondition {
            type_: v.type_,
            status: v.status,
            last_probe_time: v.last_probe_time.map(Into::into),
            last_transition_time: v.last_transition_time.map(Into::into),
            reason: v.reason.unwrap_or_default(),
            message: v.message.unwrap_or_default(),
        }
    }
}

impl From<PersistentVolumeClaimCondition> for k8s::PersistentVolumeClaimCondition {
    fn from(v: PersistentVolumeClaimCondition) -> k8s::PersistentVolumeClaimCondition {
        k8s::PersistentVolumeClaimCondition {
            last_probe_time: v.last_probe_time.map(Into::into),
            last_transition_time: v.last_transition_time.map(Into::into),
            message: opt_string(v.message),
            reason: opt_string(v.reason),
            status: v.status,
            type_: v.type_,
            ..Default::default()
        }
    }
}

impl From<k8s::ModifyVolumeStatus> for ModifyVolumeStatus {
    fn from(v: k8s::ModifyVolumeStatus) -> ModifyVolumeStatus {
        ModifyVolumeStatus {
            target_volume_attributes_class_name: v
                .target_volume_attributes_class_name
                .unwrap_or_default(),
            status: v.status,
        }
    }
}

impl From<ModifyVolumeStatus> for k8s::ModifyVolumeStatus {
    fn from(v: ModifyVolumeStatus) -> k8s::ModifyVolumeStatus {
        k8s::ModifyVolumeStatus {
            status: v.status,
            target_volume_attributes_class_name: opt_string(v.target_volume_attributes_class_name),
            ..Default::default()
        }
    }
}

impl From<k8s::TypedLocalObjectReference> for TypedLocalObjectReference {
    fn from(v: k8s::TypedLocalObjectReference) -> TypedLocalObjectReference {
        TypedLocalObjectReference {
            api_group: v.api_group,
            kind: v.kind,
            name: v.name,
        }
    }
}

impl From<TypedLocalObjectReference> for k8s::TypedLocalObjectReference {
    fn from(v: TypedLocalObjectReference) -> k8s::TypedLocalObjectReference {
        k8s::TypedLocalObjectReference {
            api_group: v.api_group,
            kind: v.kind,
            name: v.name,
            ..Default::default()
        }
    }
}

impl From<k8s::TypedObjectReference> for TypedObjectReference {
    fn from(v: k8s::TypedObjectReference) -> TypedObjectReference {
        TypedObjectReference {
            api_group: v.api_group,
            kind: v.kind,
            name: v.name,
            namespace: v.namespace,
        }
    }
}

impl From<TypedObjectReference> for k8s::TypedObjectReference {
    fn from(v: TypedObjectReference) -> k8s::TypedObjectReference {
        k8s::TypedObjectReference {
            api_group: v.api_group,
            kind: v.kind,
            name: v.name,
            namespace: v.namespace,
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::VolumeResourceRequirements> for VolumeResourceRequirements {
    type Error = ConversionError;

    fn try_from(
        v: k8s::VolumeResourceRequirements,
    ) -> Result<VolumeResourceRequirements, ConversionError> {
        Ok(VolumeResourceRequirements {
            limits: resource_list(v.limits, "limits")?,
            requests: resource_list(v.requests, "requests")?,
        })
    }
}

impl From<VolumeResourceRequirements> for k8s::VolumeResourceRequirements {
    fn from(v: VolumeResourceRequirements) -> k8s::VolumeResourceRequirements {
        k8s::VolumeResourceRequirements {
            limits: opt_resources(v.limits),
            requests: opt_resources(v.requests),
            ..Default::default()
        }
    }
}
