//! `Volume` and the volume sources of current clusters.
//!
//! Generated field by field from k8s-openapi's types and ours; see the module root for the
//! conventions.

use k8s_openapi::api::core::v1 as k8s;

use super::{
    non_default, opt_map, opt_string, opt_vec, try_one, try_opt, try_quantity, try_vec, vec_from,
};
use crate::api::core::{
    ClusterTrustBundleProjection, ConfigMapProjection, ConfigMapVolumeSource, CsiVolumeSource,
    DownwardApiProjection, DownwardApiVolumeFile, DownwardApiVolumeSource, EmptyDirVolumeSource,
    EphemeralVolumeSource, HostPathVolumeSource, ImageVolumeSource, KeyToPath,
    PersistentVolumeClaimTemplate, PersistentVolumeClaimVolumeSource, ProjectedVolumeSource,
    SecretProjection, SecretVolumeSource, ServiceAccountTokenProjection, Volume, VolumeProjection,
};
use crate::interop::ConversionError;

impl TryFrom<k8s::Volume> for Volume {
    type Error = ConversionError;

    fn try_from(v: k8s::Volume) -> Result<Volume, ConversionError> {
        Ok(Volume {
            name: v.name,
            host_path: v.host_path.map(Into::into),
            empty_dir: try_opt(v.empty_dir, "emptyDir")?,
            gce_persistent_disk: v.gce_persistent_disk.map(Into::into),
            aws_elastic_block_store: v.aws_elastic_block_store.map(Into::into),
            git_repo: v.git_repo.map(Into::into),
            secret: v.secret.map(Into::into),
            nfs: v.nfs.map(Into::into),
            iscsi: v.iscsi.map(Into::into),
            glusterfs: v.glusterfs.map(Into::into),
            persistent_volume_claim: v.persistent_volume_claim.map(Into::into),
            rbd: v.rbd.map(Into::into),
            flex_volume: v.flex_volume.map(Into::into),
            cinder: v.cinder.map(Into::into),
            cephfs: v.cephfs.map(Into::into),
            flocker: v.flocker.map(Into::into),
            downward_api: try_opt(v.downward_api, "downwardAPI")?,
            fc: v.fc.map(Into::into),
            azure_file: v.azure_file.map(Into::into),
            config_map: v.config_map.map(Into::into),
            vsphere_volume: v.vsphere_volume.map(Into::into),
            quobyte: v.quobyte.map(Into::into),
            azure_disk: v.azure_disk.map(Into::into),
            photon_persistent_disk: v.photon_persistent_disk.map(Into::into),
            projected: try_opt(v.projected, "projected")?,
            portworx_volume: v.portworx_volume.map(Into::into),
            scale_io: v.scale_io.map(Into::into),
            storageos: v.storageos.map(Into::into),
            csi: v.csi.map(Into::into),
            ephemeral: try_opt(v.ephemeral, "ephemeral")?,
            image: v.image.map(Into::into),
        })
    }
}

impl From<Volume> for k8s::Volume {
    fn from(v: Volume) -> k8s::Volume {
        k8s::Volume {
            aws_elastic_block_store: v.aws_elastic_block_store.map(Into::into),
            azure_disk: v.azure_disk.map(Into::into),
            azure_file: v.azure_file.map(Into::into),
            cephfs: v.cephfs.map(Into::into),
            cinder: v.cinder.map(Into::into),
            config_map: v.config_map.map(Into::into),
            csi: v.csi.map(Into::into),
            downward_api: v.downward_api.map(Into::into),
            empty_dir: v.empty_dir.map(Into::into),
            ephemeral: v.ephemeral.map(Into::into),
            fc: v.fc.map(Into::into),
            flex_volume: v.flex_volume.map(Into::into),
            flocker: v.flocker.map(Into::into),
            gce_persistent_disk: v.gce_persistent_disk.map(Into::into),
            git_repo: v.git_repo.map(Into::into),
            glusterfs: v.glusterfs.map(Into::into),
            host_path: v.host_path.map(Into::into),
            image: v.image.map(Into::into),
            iscsi: v.iscsi.map(Into::into),
            name: v.name,
            nfs: v.nfs.map(Into::into),
            persistent_volume_claim: v.persistent_volume_claim.map(Into::into),
            photon_persistent_disk: v.photon_persistent_disk.map(Into::into),
            portworx_volume: v.portworx_volume.map(Into::into),
            projected: v.projected.map(Into::into),
            quobyte: v.quobyte.map(Into::into),
            rbd: v.rbd.map(Into::into),
            scale_io: v.scale_io.map(Into::into),
            secret: v.secret.map(Into::into),
            storageos: v.storageos.map(Into::into),
            vsphere_volume: v.vsphere_volume.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::ConfigMapVolumeSource> for ConfigMapVolumeSource {
    fn from(v: k8s::ConfigMapVolumeSource) -> ConfigMapVolumeSource {
        ConfigMapVolumeSource {
            name: v.name,
            items: vec_from(v.items),
            default_mode: v.default_mode,
            optional: v.optional,
        }
    }
}

impl From<ConfigMapVolumeSource> for k8s::ConfigMapVolumeSource {
    fn from(v: ConfigMapVolumeSource) -> k8s::ConfigMapVolumeSource {
        k8s::ConfigMapVolumeSource {
            default_mode: v.default_mode,
            items: opt_vec(v.items),
            name: v.name,
            optional: v.optional,
            ..Default::default()
        }
    }
}

impl From<k8s::KeyToPath> for KeyToPath {
    fn from(v: k8s::KeyToPath) -> KeyToPath {
        KeyToPath {
            key: v.key,
            path: v.path,
            mode: v.mode,
        }
    }
}

impl From<KeyToPath> for k8s::KeyToPath {
    fn from(v: KeyToPath) -> k8s::KeyToPath {
        k8s::KeyToPath {
            key: v.key,
            mode: v.mode,
            path: v.path,
            ..Default::default()
        }
    }
}

impl From<k8s::CSIVolumeSource> for CsiVolumeSource {
    fn from(v: k8s::CSIVolumeSource) -> CsiVolumeSource {
        CsiVolumeSource {
            driver: v.driver,
            read_only: v.read_only,
            fs_type: v.fs_type,
            volume_attributes: v.volume_attributes.unwrap_or_default(),
            node_publish_secret_ref: v.node_publish_secret_ref.map(Into::into),
        }
    }
}

impl From<CsiVolumeSource> for k8s::CSIVolumeSource {
    fn from(v: CsiVolumeSource) -> k8s::CSIVolumeSource {
        k8s::CSIVolumeSource {
            driver: v.driver,
            fs_type: v.fs_type,
            node_publish_secret_ref: v.node_publish_secret_ref.map(Into::into),
            read_only: v.read_only,
            volume_attributes: opt_map(v.volume_attributes),
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::DownwardAPIVolumeSource> for DownwardApiVolumeSource {
    type Error = ConversionError;

    fn try_from(
        v: k8s::DownwardAPIVolumeSource,
    ) -> Result<DownwardApiVolumeSource, ConversionError> {
        Ok(DownwardApiVolumeSource {
            items: try_vec(v.items, "items")?,
            default_mode: v.default_mode,
        })
    }
}

impl From<DownwardApiVolumeSource> for k8s::DownwardAPIVolumeSource {
    fn from(v: DownwardApiVolumeSource) -> k8s::DownwardAPIVolumeSource {
        k8s::DownwardAPIVolumeSource {
            default_mode: v.default_mode,
            items: opt_vec(v.items),
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::DownwardAPIVolumeFile> for DownwardApiVolumeFile {
    type Error = ConversionError;

    fn try_from(v: k8s::DownwardAPIVolumeFile) -> Result<DownwardApiVolumeFile, ConversionError> {
        Ok(DownwardApiVolumeFile {
            path: v.path,
            field_ref: v.field_ref.map(Into::into),
            resource_field_ref: try_opt(v.resource_field_ref, "resourceFieldRef")?,
            mode: v.mode,
        })
    }
}

impl From<DownwardApiVolumeFile> for k8s::DownwardAPIVolumeFile {
    fn from(v: DownwardApiVolumeFile) -> k8s::DownwardAPIVolumeFile {
        k8s::DownwardAPIVolumeFile {
            field_ref: v.field_ref.map(Into::into),
            mode: v.mode,
            path: v.path,
            resource_field_ref: v.resource_field_ref.map(Into::into),
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::EmptyDirVolumeSource> for EmptyDirVolumeSource {
    type Error = ConversionError;

    fn try_from(v: k8s::EmptyDirVolumeSource) -> Result<EmptyDirVolumeSource, ConversionError> {
        Ok(EmptyDirVolumeSource {
            medium: v.medium.unwrap_or_default(),
            size_limit: try_quantity(v.size_limit, "sizeLimit")?,
        })
    }
}

impl From<EmptyDirVolumeSource> for k8s::EmptyDirVolumeSource {
    fn from(v: EmptyDirVolumeSource) -> k8s::EmptyDirVolumeSource {
        k8s::EmptyDirVolumeSource {
            medium: opt_string(v.medium),
            size_limit: v.size_limit.map(Into::into),
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::EphemeralVolumeSource> for EphemeralVolumeSource {
    type Error = ConversionError;

    fn try_from(v: k8s::EphemeralVolumeSource) -> Result<EphemeralVolumeSource, ConversionError> {
        Ok(EphemeralVolumeSource {
            volume_claim_template: try_opt(v.volume_claim_template, "volumeClaimTemplate")?,
        })
    }
}

impl From<EphemeralVolumeSource> for k8s::EphemeralVolumeSource {
    fn from(v: EphemeralVolumeSource) -> k8s::EphemeralVolumeSource {
        k8s::EphemeralVolumeSource {
            volume_claim_template: v.volume_claim_template.map(Into::into),
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::PersistentVolumeClaimTemplate> for PersistentVolumeClaimTemplate {
    type Error = ConversionError;

    fn try_from(
        v: k8s::PersistentVolumeClaimTemplate,
    ) -> Result<PersistentVolumeClaimTemplate, ConversionError> {
        Ok(PersistentVolumeClaimTemplate {
            metadata: v.metadata.map(Into::into).unwrap_or_default(),
            spec: try_one(v.spec, "spec")?,
        })
    }
}

impl From<PersistentVolumeClaimTemplate> for k8s::PersistentVolumeClaimTemplate {
    fn from(v: PersistentVolumeClaimTemplate) -> k8s::PersistentVolumeClaimTemplate {
        k8s::PersistentVolumeClaimTemplate {
            metadata: non_default(v.metadata).map(Into::into),
            spec: v.spec.into(),
            ..Default::default()
        }
    }
}

impl From<k8s::HostPathVolumeSource> for HostPathVolumeSource {
    fn from(v: k8s::HostPathVolumeSource) -> HostPathVolumeSource {
        HostPathVolumeSource {
            path: v.path,
            type_: v.type_,
        }
    }
}

impl From<HostPathVolumeSource> for k8s::HostPathVolumeSource {
    fn from(v: HostPathVolumeSource) -> k8s::HostPathVolumeSource {
        k8s::HostPathVolumeSource {
            path: v.path,
            type_: v.type_,
            ..Default::default()
        }
    }
}

impl From<k8s::ImageVolumeSource> for ImageVolumeSource {
    fn from(v: k8s::ImageVolumeSource) -> ImageVolumeSource {
        ImageVolumeSource {
            reference: v.reference.unwrap_or_default(),
            pull_policy: v.pull_policy.unwrap_or_default(),
        }
    }
}

impl From<ImageVolumeSource> for k8s::ImageVolumeSource {
    fn from(v: ImageVolumeSource) -> k8s::ImageVolumeSource {
        k8s::ImageVolumeSource {
            pull_policy: opt_string(v.pull_policy),
            reference: opt_string(v.reference),
            ..Default::default()
        }
    }
}

impl From<k8s::PersistentVolumeClaimVolumeSource> for PersistentVolumeClaimVolumeSource {
    fn from(v: k8s::PersistentVolumeClaimVolumeSource) -> PersistentVolumeClaimVolumeSource {
        PersistentVolumeClaimVolumeSource {
            claim_name: v.claim_name,
            read_only: v.read_only.unwrap_or_default(),
        }
    }
}

impl From<PersistentVolumeClaimVolumeSource> for k8s::PersistentVolumeClaimVolumeSource {
    fn from(v: PersistentVolumeClaimVolumeSource) -> k8s::PersistentVolumeClaimVolumeSource {
        k8s::PersistentVolumeClaimVolumeSource {
            claim_name: v.claim_name,
            read_only: non_default(v.read_only),
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::ProjectedVolumeSource> for ProjectedVolumeSource {
    type Error = ConversionError;

    fn try_from(v: k8s::ProjectedVolumeSource) -> Result<ProjectedVolumeSource, ConversionError> {
        Ok(ProjectedVolumeSource {
            sources: try_vec(v.sources, "sources")?,
            default_mode: v.default_mode,
        })
    }
}

impl From<ProjectedVolumeSource> for k8s::ProjectedVolumeSource {
    fn from(v: ProjectedVolumeSource) -> k8s::ProjectedVolumeSource {
        k8s::ProjectedVolumeSource {
            default_mode: v.default_mode,
            sources: opt_vec(v.sources),
            ..Default::default()
        }
    }
}

/// `podCertificate`: not in every k8s-openapi version this crate supports; left empty.
impl TryFrom<k8s::VolumeProjection> for VolumeProjection {
    type Error = ConversionError;

    fn try_from(v: k8s::VolumeProjection) -> Result<VolumeProjection, ConversionError> {
        Ok(VolumeProjection {
            secret: v.secret.map(Into::into),
            downward_api: try_opt(v.downward_api, "downwardAPI")?,
            config_map: v.config_map.map(Into::into),
            service_account_token: v.service_account_token.map(Into::into),
            cluster_trust_bundle: v.cluster_trust_bundle.map(Into::into),
            pod_certificate: Default::default(),
        })
    }
}

/// `podCertificate`: not in every k8s-openapi version this crate supports; dropped.
impl From<VolumeProjection> for k8s::VolumeProjection {
    fn from(v: VolumeProjection) -> k8s::VolumeProjection {
        k8s::VolumeProjection {
            cluster_trust_bundle: v.cluster_trust_bundle.map(Into::into),
            config_map: v.config_map.map(Into::into),
            downward_api: v.downward_api.map(Into::into),
            secret: v.secret.map(Into::into),
            service_account_token: v.service_account_token.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::ClusterTrustBundleProjection> for ClusterTrustBundleProjection {
    fn from(v: k8s::ClusterTrustBundleProjection) -> ClusterTrustBundleProjection {
        ClusterTrustBundleProjection {
            name: v.name,
            signer_name: v.signer_name,
            label_selector: v.label_selector.map(Into::into),
            optional: v.optional,
            path: v.path,
        }
    }
}

impl From<ClusterTrustBundleProjection> for k8s::ClusterTrustBundleProjection {
    fn from(v: ClusterTrustBundleProjection) -> k8s::ClusterTrustBundleProjection {
        k8s::ClusterTrustBundleProjection {
            label_selector: v.label_selector.map(Into::into),
            name: v.name,
            optional: v.optional,
            path: v.path,
            signer_name: v.signer_name,
            ..Default::default()
        }
    }
}

impl From<k8s::ConfigMapProjection> for ConfigMapProjection {
    fn from(v: k8s::ConfigMapProjection) -> ConfigMapProjection {
        ConfigMapProjection {
            name: v.name,
            items: vec_from(v.items),
            optional: v.optional,
        }
    }
}

impl From<ConfigMapProjection> for k8s::ConfigMapProjection {
    fn from(v: ConfigMapProjection) -> k8s::ConfigMapProjection {
        k8s::ConfigMapProjection {
            items: opt_vec(v.items),
            name: v.name,
            optional: v.optional,
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::DownwardAPIProjection> for DownwardApiProjection {
    type Error = ConversionError;

    fn try_from(v: k8s::DownwardAPIProjection) -> Result<DownwardApiProjection, ConversionError> {
        Ok(DownwardApiProjection {
            items: try_vec(v.items, "items")?,
        })
    }
}

impl From<DownwardApiProjection> for k8s::DownwardAPIProjection {
    fn from(v: DownwardApiProjection) -> k8s::DownwardAPIProjection {
        k8s::DownwardAPIProjection {
            items: opt_vec(v.items),
            ..Default::default()
        }
    }
}

impl From<k8s::SecretProjection> for SecretProjection {
    fn from(v: k8s::SecretProjection) -> SecretProjection {
        SecretProjection {
            name: v.name,
            items: vec_from(v.items),
            optional: v.optional,
        }
    }
}

impl From<SecretProjection> for k8s::SecretProjection {
    fn from(v: SecretProjection) -> k8s::SecretProjection {
        k8s::SecretProjection {
            items: opt_vec(v.items),
            name: v.name,
            optional: v.optional,
            ..Default::default()
        }
    }
}

impl From<k8s::ServiceAccountTokenProjection> for ServiceAccountTokenProjection {
    fn from(v: k8s::ServiceAccountTokenProjection) -> ServiceAccountTokenProjection {
        ServiceAccountTokenProjection {
            audience: v.audience.unwrap_or_default(),
            expiration_seconds: v.expiration_seconds,
            path: v.path,
        }
    }
}

impl From<ServiceAccountTokenProjection> for k8s::ServiceAccountTokenProjection {
    fn from(v: ServiceAccountTokenProjection) -> k8s::ServiceAccountTokenProjection {
        k8s::ServiceAccountTokenProjection {
            audience: opt_string(v.audience),
            expiration_seconds: v.expiration_seconds,
            path: v.path,
            ..Default::default()
        }
    }
}

impl From<k8s::SecretVolumeSource> for SecretVolumeSource {
    fn from(v: k8s::SecretVolumeSource) -> SecretVolumeSource {
        SecretVolumeSource {
            secret_name: v.secret_name.unwrap_or_default(),
            items: vec_from(v.items),
            default_mode: v.default_mode,
            optional: v.optional,
        }
    }
}

impl From<SecretVolumeSource> for k8s::SecretVolumeSource {
    fn from(v: SecretVolumeSource) -> k8s::SecretVolumeSource {
        k8s::SecretVolumeSource {
            default_mode: v.default_mode,
            items: opt_vec(v.items),
            optional: v.optional,
            secret_name: opt_string(v.secret_name),
            ..Default::default()
        }
    }
}
