//! The in-tree volume sources, most deprecated or removed.
//!
//! Generated field by field from k8s-openapi's types and ours; see the module root for the
//! conventions.

use k8s_openapi::api::core::v1 as k8s;

use super::{non_default, opt_map, opt_string, opt_vec};
use crate::api::core::{
    AwsElasticBlockStoreVolumeSource, AzureDiskVolumeSource, AzureFileVolumeSource,
    CephFsVolumeSource, CinderVolumeSource, FcVolumeSource, FlexVolumeSource, FlockerVolumeSource,
    GcePersistentDiskVolumeSource, GitRepoVolumeSource, GlusterfsVolumeSource, IscsiVolumeSource,
    NfsVolumeSource, PhotonPersistentDiskVolumeSource, PortworxVolumeSource, QuobyteVolumeSource,
    RbdVolumeSource, ScaleIoVolumeSource, StorageOsVolumeSource, VsphereVirtualDiskVolumeSource,
};

impl From<k8s::AWSElasticBlockStoreVolumeSource> for AwsElasticBlockStoreVolumeSource {
    fn from(v: k8s::AWSElasticBlockStoreVolumeSource) -> AwsElasticBlockStoreVolumeSource {
        AwsElasticBlockStoreVolumeSource {
            volume_id: v.volume_id,
            fs_type: v.fs_type.unwrap_or_default(),
            partition: v.partition.unwrap_or_default(),
            read_only: v.read_only.unwrap_or_default(),
        }
    }
}

impl From<AwsElasticBlockStoreVolumeSource> for k8s::AWSElasticBlockStoreVolumeSource {
    fn from(v: AwsElasticBlockStoreVolumeSource) -> k8s::AWSElasticBlockStoreVolumeSource {
        k8s::AWSElasticBlockStoreVolumeSource {
            fs_type: opt_string(v.fs_type),
            partition: non_default(v.partition),
            read_only: non_default(v.read_only),
            volume_id: v.volume_id,
            ..Default::default()
        }
    }
}

impl From<k8s::AzureDiskVolumeSource> for AzureDiskVolumeSource {
    fn from(v: k8s::AzureDiskVolumeSource) -> AzureDiskVolumeSource {
        AzureDiskVolumeSource {
            disk_name: v.disk_name,
            disk_uri: v.disk_uri,
            caching_mode: v.caching_mode,
            fs_type: v.fs_type,
            read_only: v.read_only,
            kind: v.kind,
        }
    }
}

impl From<AzureDiskVolumeSource> for k8s::AzureDiskVolumeSource {
    fn from(v: AzureDiskVolumeSource) -> k8s::AzureDiskVolumeSource {
        k8s::AzureDiskVolumeSource {
            caching_mode: v.caching_mode,
            disk_name: v.disk_name,
            disk_uri: v.disk_uri,
            fs_type: v.fs_type,
            kind: v.kind,
            read_only: v.read_only,
            ..Default::default()
        }
    }
}

impl From<k8s::AzureFileVolumeSource> for AzureFileVolumeSource {
    fn from(v: k8s::AzureFileVolumeSource) -> AzureFileVolumeSource {
        AzureFileVolumeSource {
            secret_name: v.secret_name,
            share_name: v.share_name,
            read_only: v.read_only.unwrap_or_default(),
        }
    }
}

impl From<AzureFileVolumeSource> for k8s::AzureFileVolumeSource {
    fn from(v: AzureFileVolumeSource) -> k8s::AzureFileVolumeSource {
        k8s::AzureFileVolumeSource {
            read_only: non_default(v.read_only),
            secret_name: v.secret_name,
            share_name: v.share_name,
            ..Default::default()
        }
    }
}

impl From<k8s::CephFSVolumeSource> for CephFsVolumeSource {
    fn from(v: k8s::CephFSVolumeSource) -> CephFsVolumeSource {
        CephFsVolumeSource {
            monitors: v.monitors,
            path: v.path.unwrap_or_default(),
            user: v.user.unwrap_or_default(),
            secret_file: v.secret_file.unwrap_or_default(),
            secret_ref: v.secret_ref.map(Into::into),
            read_only: v.read_only.unwrap_or_default(),
        }
    }
}

impl From<CephFsVolumeSource> for k8s::CephFSVolumeSource {
    fn from(v: CephFsVolumeSource) -> k8s::CephFSVolumeSource {
        k8s::CephFSVolumeSource {
            monitors: v.monitors,
            path: opt_string(v.path),
            read_only: non_default(v.read_only),
            secret_file: opt_string(v.secret_file),
            secret_ref: v.secret_ref.map(Into::into),
            user: opt_string(v.user),
            ..Default::default()
        }
    }
}

impl From<k8s::CinderVolumeSource> for CinderVolumeSource {
    fn from(v: k8s::CinderVolumeSource) -> CinderVolumeSource {
        CinderVolumeSource {
            volume_id: v.volume_id,
            fs_type: v.fs_type.unwrap_or_default(),
            read_only: v.read_only.unwrap_or_default(),
            secret_ref: v.secret_ref.map(Into::into),
        }
    }
}

impl From<CinderVolumeSource> for k8s::CinderVolumeSource {
    fn from(v: CinderVolumeSource) -> k8s::CinderVolumeSource {
        k8s::CinderVolumeSource {
            fs_type: opt_string(v.fs_type),
            read_only: non_default(v.read_only),
            secret_ref: v.secret_ref.map(Into::into),
            volume_id: v.volume_id,
            ..Default::default()
        }
    }
}

impl From<k8s::FCVolumeSource> for FcVolumeSource {
    fn from(v: k8s::FCVolumeSource) -> FcVolumeSource {
        FcVolumeSource {
            target_ww_ns: v.target_wwns.unwrap_or_default(),
            lun: v.lun,
            fs_type: v.fs_type.unwrap_or_default(),
            read_only: v.read_only.unwrap_or_default(),
            wwids: v.wwids.unwrap_or_default(),
        }
    }
}

impl From<FcVolumeSource> for k8s::FCVolumeSource {
    fn from(v: FcVolumeSource) -> k8s::FCVolumeSource {
        k8s::FCVolumeSource {
            fs_type: opt_string(v.fs_type),
            lun: v.lun,
            read_only: non_default(v.read_only),
            target_wwns: opt_vec(v.target_ww_ns),
            wwids: opt_vec(v.wwids),
            ..Default::default()
        }
    }
}

impl From<k8s::FlexVolumeSource> for FlexVolumeSource {
    fn from(v: k8s::FlexVolumeSource) -> FlexVolumeSource {
        FlexVolumeSource {
            driver: v.driver,
            fs_type: v.fs_type.unwrap_or_default(),
            secret_ref: v.secret_ref.map(Into::into),
            read_only: v.read_only.unwrap_or_default(),
            options: v.options.unwrap_or_default(),
        }
    }
}

impl From<FlexVolumeSource> for k8s::FlexVolumeSource {
    fn from(v: FlexVolumeSource) -> k8s::FlexVolumeSource {
        k8s::FlexVolumeSource {
            driver: v.driver,
            fs_type: opt_string(v.fs_type),
            options: opt_map(v.options),
            read_only: non_default(v.read_only),
            secret_ref: v.secret_ref.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::FlockerVolumeSource> for FlockerVolumeSource {
    fn from(v: k8s::FlockerVolumeSource) -> FlockerVolumeSource {
        FlockerVolumeSource {
            dataset_name: v.dataset_name.unwrap_or_default(),
            dataset_uuid: v.dataset_uuid.unwrap_or_default(),
        }
    }
}

impl From<FlockerVolumeSource> for k8s::FlockerVolumeSource {
    fn from(v: FlockerVolumeSource) -> k8s::FlockerVolumeSource {
        k8s::FlockerVolumeSource {
            dataset_name: opt_string(v.dataset_name),
            dataset_uuid: opt_string(v.dataset_uuid),
            ..Default::default()
        }
    }
}

impl From<k8s::GCEPersistentDiskVolumeSource> for GcePersistentDiskVolumeSource {
    fn from(v: k8s::GCEPersistentDiskVolumeSource) -> GcePersistentDiskVolumeSource {
        GcePersistentDiskVolumeSource {
            pd_name: v.pd_name,
            fs_type: v.fs_type.unwrap_or_default(),
            partition: v.partition.unwrap_or_default(),
            read_only: v.read_only.unwrap_or_default(),
        }
    }
}

impl From<GcePersistentDiskVolumeSource> for k8s::GCEPersistentDiskVolumeSource {
    fn from(v: GcePersistentDiskVolumeSource) -> k8s::GCEPersistentDiskVolumeSource {
        k8s::GCEPersistentDiskVolumeSource {
            fs_type: opt_string(v.fs_type),
            partition: non_default(v.partition),
            pd_name: v.pd_name,
            read_only: non_default(v.read_only),
            ..Default::default()
        }
    }
}

impl From<k8s::GitRepoVolumeSource> for GitRepoVolumeSource {
    fn from(v: k8s::GitRepoVolumeSource) -> GitRepoVolumeSource {
        GitRepoVolumeSource {
            repository: v.repository,
            revision: v.revision.unwrap_or_default(),
            directory: v.directory.unwrap_or_default(),
        }
    }
}

impl From<GitRepoVolumeSource> for k8s::GitRepoVolumeSource {
    fn from(v: GitRepoVolumeSource) -> k8s::GitRepoVolumeSource {
        k8s::GitRepoVolumeSource {
            directory: opt_string(v.directory),
            repository: v.repository,
            revision: opt_string(v.revision),
            ..Default::default()
        }
    }
}

impl From<k8s::GlusterfsVolumeSource> for GlusterfsVolumeSource {
    fn from(v: k8s::GlusterfsVolumeSource) -> GlusterfsVolumeSource {
        GlusterfsVolumeSource {
            endpoints: v.endpoints,
            path: v.path,
            read_only: v.read_only.unwrap_or_default(),
        }
    }
}

impl From<GlusterfsVolumeSource> for k8s::GlusterfsVolumeSource {
    fn from(v: GlusterfsVolumeSource) -> k8s::GlusterfsVolumeSource {
        k8s::GlusterfsVolumeSource {
            endpoints: v.endpoints,
            path: v.path,
            read_only: non_default(v.read_only),
            ..Default::default()
        }
    }
}

impl From<k8s::ISCSIVolumeSource> for IscsiVolumeSource {
    fn from(v: k8s::ISCSIVolumeSource) -> IscsiVolumeSource {
        IscsiVolumeSource {
            target_portal: v.target_portal,
            iqn: v.iqn,
            lun: v.lun,
            iscsi_interface: v.iscsi_interface.unwrap_or_default(),
            fs_type: v.fs_type.unwrap_or_default(),
            read_only: v.read_only.unwrap_or_default(),
            portals: v.portals.unwrap_or_default(),
            chap_auth_discovery: v.chap_auth_discovery.unwrap_or_default(),
            chap_auth_session: v.chap_auth_session.unwrap_or_default(),
            secret_ref: v.secret_ref.map(Into::into),
            initiator_name: v.initiator_name,
        }
    }
}

impl From<IscsiVolumeSource> for k8s::ISCSIVolumeSource {
    fn from(v: IscsiVolumeSource) -> k8s::ISCSIVolumeSource {
        k8s::ISCSIVolumeSource {
            chap_auth_discovery: non_default(v.chap_auth_discovery),
            chap_auth_session: non_default(v.chap_auth_session),
            fs_type: opt_string(v.fs_type),
            initiator_name: v.initiator_name,
            iqn: v.iqn,
            iscsi_interface: opt_string(v.iscsi_interface),
            lun: v.lun,
            portals: opt_vec(v.portals),
            read_only: non_default(v.read_only),
            secret_ref: v.secret_ref.map(Into::into),
            target_portal: v.target_portal,
            ..Default::default()
        }
    }
}

impl From<k8s::NFSVolumeSource> for NfsVolumeSource {
    fn from(v: k8s::NFSVolumeSource) -> NfsVolumeSource {
        NfsVolumeSource {
            server: v.server,
            path: v.path,
            read_only: v.read_only.unwrap_or_default(),
        }
    }
}

impl From<NfsVolumeSource> for k8s::NFSVolumeSource {
    fn from(v: NfsVolumeSource) -> k8s::NFSVolumeSource {
        k8s::NFSVolumeSource {
            path: v.path,
            read_only: non_default(v.read_only),
            server: v.server,
            ..Default::default()
        }
    }
}

impl From<k8s::PhotonPersistentDiskVolumeSource> for PhotonPersistentDiskVolumeSource {
    fn from(v: k8s::PhotonPersistentDiskVolumeSource) -> PhotonPersistentDiskVolumeSource {
        PhotonPersistentDiskVolumeSource {
            pd_id: v.pd_id,
            fs_type: v.fs_type.unwrap_or_default(),
        }
    }
}

impl From<PhotonPersistentDiskVolumeSource> for k8s::PhotonPersistentDiskVolumeSource {
    fn from(v: PhotonPersistentDiskVolumeSource) -> k8s::PhotonPersistentDiskVolumeSource {
        k8s::PhotonPersistentDiskVolumeSource {
            fs_type: opt_string(v.fs_type),
            pd_id: v.pd_id,
            ..Default::default()
        }
    }
}

impl From<k8s::PortworxVolumeSource> for PortworxVolumeSource {
    fn from(v: k8s::PortworxVolumeSource) -> PortworxVolumeSource {
        PortworxVolumeSource {
            volume_id: v.volume_id,
            fs_type: v.fs_type.unwrap_or_default(),
            read_only: v.read_only.unwrap_or_default(),
        }
    }
}

impl From<PortworxVolumeSource> for k8s::PortworxVolumeSource {
    fn from(v: PortworxVolumeSource) -> k8s::PortworxVolumeSource {
        k8s::PortworxVolumeSource {
            fs_type: opt_string(v.fs_type),
            read_only: non_default(v.read_only),
            volume_id: v.volume_id,
            ..Default::default()
        }
    }
}

impl From<k8s::QuobyteVolumeSource> for QuobyteVolumeSource {
    fn from(v: k8s::QuobyteVolumeSource) -> QuobyteVolumeSource {
        QuobyteVolumeSource {
            registry: v.registry,
            volume: v.volume,
            read_only: v.read_only.unwrap_or_default(),
            user: v.user.unwrap_or_default(),
            group: v.group.unwrap_or_default(),
            tenant: v.tenant.unwrap_or_default(),
        }
    }
}

impl From<QuobyteVolumeSource> for k8s::QuobyteVolumeSource {
    fn from(v: QuobyteVolumeSource) -> k8s::QuobyteVolumeSource {
        k8s::QuobyteVolumeSource {
            group: opt_string(v.group),
            read_only: non_default(v.read_only),
            registry: v.registry,
            tenant: opt_string(v.tenant),
            user: opt_string(v.user),
            volume: v.volume,
            ..Default::default()
        }
    }
}

impl From<k8s::RBDVolumeSource> for RbdVolumeSource {
    fn from(v: k8s::RBDVolumeSource) -> RbdVolumeSource {
        RbdVolumeSource {
            monitors: v.monitors,
            image: v.image,
            fs_type: v.fs_type.unwrap_or_default(),
            pool: v.pool.unwrap_or_default(),
            user: v.user.unwrap_or_default(),
            keyring: v.keyring.unwrap_or_default(),
            secret_ref: v.secret_ref.map(Into::into),
            read_only: v.read_only.unwrap_or_default(),
        }
    }
}

impl From<RbdVolumeSource> for k8s::RBDVolumeSource {
    fn from(v: RbdVolumeSource) -> k8s::RBDVolumeSource {
        k8s::RBDVolumeSource {
            fs_type: opt_string(v.fs_type),
            image: v.image,
            keyring: opt_string(v.keyring),
            monitors: v.monitors,
            pool: opt_string(v.pool),
            read_only: non_default(v.read_only),
            secret_ref: v.secret_ref.map(Into::into),
            user: opt_string(v.user),
            ..Default::default()
        }
    }
}

impl From<k8s::ScaleIOVolumeSource> for ScaleIoVolumeSource {
    fn from(v: k8s::ScaleIOVolumeSource) -> ScaleIoVolumeSource {
        ScaleIoVolumeSource {
            gateway: v.gateway,
            system: v.system,
            secret_ref: Some(v.secret_ref.into()),
            ssl_enabled: v.ssl_enabled.unwrap_or_default(),
            protection_domain: v.protection_domain.unwrap_or_default(),
            storage_pool: v.storage_pool.unwrap_or_default(),
            storage_mode: v.storage_mode.unwrap_or_default(),
            volume_name: v.volume_name.unwrap_or_default(),
            fs_type: v.fs_type.unwrap_or_default(),
            read_only: v.read_only.unwrap_or_default(),
        }
    }
}

impl From<ScaleIoVolumeSource> for k8s::ScaleIOVolumeSource {
    fn from(v: ScaleIoVolumeSource) -> k8s::ScaleIOVolumeSource {
        k8s::ScaleIOVolumeSource {
            fs_type: opt_string(v.fs_type),
            gateway: v.gateway,
            protection_domain: opt_string(v.protection_domain),
            read_only: non_default(v.read_only),
            secret_ref: v.secret_ref.map(Into::into).unwrap_or_default(),
            ssl_enabled: non_default(v.ssl_enabled),
            storage_mode: opt_string(v.storage_mode),
            storage_pool: opt_string(v.storage_pool),
            system: v.system,
            volume_name: opt_string(v.volume_name),
            ..Default::default()
        }
    }
}

impl From<k8s::StorageOSVolumeSource> for StorageOsVolumeSource {
    fn from(v: k8s::StorageOSVolumeSource) -> StorageOsVolumeSource {
        StorageOsVolumeSource {
            volume_name: v.volume_name.unwrap_or_default(),
            volume_namespace: v.volume_namespace.unwrap_or_default(),
            fs_type: v.fs_type.unwrap_or_default(),
            read_only: v.read_only.unwrap_or_default(),
            secret_ref: v.secret_ref.map(Into::into),
        }
    }
}

impl From<StorageOsVolumeSource> for k8s::StorageOSVolumeSource {
    fn from(v: StorageOsVolumeSource) -> k8s::StorageOSVolumeSource {
        k8s::StorageOSVolumeSource {
            fs_type: opt_string(v.fs_type),
            read_only: non_default(v.read_only),
            secret_ref: v.secret_ref.map(Into::into),
            volume_name: opt_string(v.volume_name),
            volume_namespace: opt_string(v.volume_namespace),
            ..Default::default()
        }
    }
}

impl From<k8s::VsphereVirtualDiskVolumeSource> for VsphereVirtualDiskVolumeSource {
    fn from(v: k8s::VsphereVirtualDiskVolumeSource) -> VsphereVirtualDiskVolumeSource {
        VsphereVirtualDiskVolumeSource {
            volume_path: v.volume_path,
            fs_type: v.fs_type.unwrap_or_default(),
            storage_policy_name: v.storage_policy_name.unwrap_or_default(),
            storage_policy_id: v.storage_policy_id.unwrap_or_default(),
        }
    }
}

impl From<VsphereVirtualDiskVolumeSource> for k8s::VsphereVirtualDiskVolumeSource {
    fn from(v: VsphereVirtualDiskVolumeSource) -> k8s::VsphereVirtualDiskVolumeSource {
        k8s::VsphereVirtualDiskVolumeSource {
            fs_type: opt_string(v.fs_type),
            storage_policy_id: opt_string(v.storage_policy_id),
            storage_policy_name: opt_string(v.storage_policy_name),
            volume_path: v.volume_path,
            ..Default::default()
        }
    }
}
