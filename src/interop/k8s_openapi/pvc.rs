//! `PersistentVolumeClaim`.

use k8s_openapi::api::core::v1 as k8s;

use super::{non_default, opt_resources, resource_list};
use crate::api::core::{
    ModifyVolumeStatus, PersistentVolumeClaim, PersistentVolumeClaimSpec,
    PersistentVolumeClaimStatus, ResourceRequirements,
};
use crate::interop::ConversionError;

/// Resources, storage and volume-attributes classes; access modes, data sources, conditions
/// and the rest are not modelled and are dropped.
///
/// # Errors
///
/// A quantity does not parse; the error names e.g. `spec.resources.requests.storage`.
impl TryFrom<k8s::PersistentVolumeClaim> for PersistentVolumeClaim {
    type Error = ConversionError;

    fn try_from(c: k8s::PersistentVolumeClaim) -> Result<PersistentVolumeClaim, ConversionError> {
        let spec = c.spec.unwrap_or_default();
        let status = c.status.unwrap_or_default();
        let resources = spec.resources.unwrap_or_default();
        Ok(PersistentVolumeClaim {
            metadata: c.metadata.into(),
            spec: PersistentVolumeClaimSpec {
                resources: ResourceRequirements {
                    requests: resource_list(resources.requests, "spec.resources.requests")?,
                    limits: resource_list(resources.limits, "spec.resources.limits")?,
                },
                storage_class_name: spec.storage_class_name,
                volume_attributes_class_name: spec.volume_attributes_class_name,
            },
            status: PersistentVolumeClaimStatus {
                allocated_resources: resource_list(
                    status.allocated_resources,
                    "status.allocatedResources",
                )?,
                current_volume_attributes_class_name: status.current_volume_attributes_class_name,
                modify_volume_status: status.modify_volume_status.map(|m| ModifyVolumeStatus {
                    target_volume_attributes_class_name: m
                        .target_volume_attributes_class_name
                        .unwrap_or_default(),
                }),
            },
        })
    }
}

/// `modifyVolumeStatus.status`, which k8s-openapi requires and this crate does not model, is
/// left empty.
impl From<PersistentVolumeClaim> for k8s::PersistentVolumeClaim {
    fn from(c: PersistentVolumeClaim) -> k8s::PersistentVolumeClaim {
        let resources = c.spec.resources;
        k8s::PersistentVolumeClaim {
            metadata: c.metadata.into(),
            spec: Some(k8s::PersistentVolumeClaimSpec {
                resources: non_default(resources).map(|r| k8s::VolumeResourceRequirements {
                    requests: opt_resources(r.requests),
                    limits: opt_resources(r.limits),
                    ..Default::default()
                }),
                storage_class_name: c.spec.storage_class_name,
                volume_attributes_class_name: c.spec.volume_attributes_class_name,
                ..Default::default()
            }),
            status: non_default(c.status).map(|s| k8s::PersistentVolumeClaimStatus {
                allocated_resources: opt_resources(s.allocated_resources),
                current_volume_attributes_class_name: s.current_volume_attributes_class_name,
                modify_volume_status: s.modify_volume_status.map(|m| k8s::ModifyVolumeStatus {
                    target_volume_attributes_class_name: super::opt_string(
                        m.target_volume_attributes_class_name,
                    ),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..Default::default()
        }
    }
}
