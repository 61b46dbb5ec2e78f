//! The in-tree volume sources of `v1.VolumeSource`, most deprecated or removed, kept so
//! that old manifests read and print back unchanged.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{
    empty_as_null, is_zero, list, null_as_default, string_map, LocalObjectReference,
};
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// `v1.GCEPersistentDiskVolumeSource`: Represents a Persistent Disk resource in Google Compute
/// Engine.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct GcePersistentDiskVolumeSource {
    /// `pdName`: unique name of the PD resource in GCE. Used to identify the disk in GCE.
    #[serde(deserialize_with = "null_as_default")]
    pub pd_name: String,
    /// `fsType`: filesystem type of the volume that you want to mount.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fs_type: String,
    /// `partition`: the partition in the volume that you want to mount.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub partition: i32,
    /// `readOnly`: here will force the ReadOnly setting in VolumeMounts.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
}

/// `v1.AWSElasticBlockStoreVolumeSource`: Represents a Persistent Disk resource in AWS. An AWS EBS
/// disk must exist before mounting to a container.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AwsElasticBlockStoreVolumeSource {
    /// `volumeID`: unique ID of the persistent disk resource in AWS (Amazon EBS volume).
    #[serde(rename = "volumeID", deserialize_with = "null_as_default")]
    pub volume_id: String,
    /// `fsType`: the filesystem type of the volume that you want to mount.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fs_type: String,
    /// `partition`: the partition in the volume that you want to mount.
    #[serde(deserialize_with = "null_as_default", skip_serializing_if = "is_zero")]
    pub partition: i32,
    /// `readOnly`: value true will force the readOnly setting in VolumeMounts.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
}

/// `v1.GitRepoVolumeSource`: Represents a volume that is populated with the contents of a git
/// repository.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct GitRepoVolumeSource {
    /// `repository`: the URL.
    #[serde(deserialize_with = "null_as_default")]
    pub repository: String,
    /// `revision`: the commit hash for the specified revision.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub revision: String,
    /// `directory`: the target directory name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub directory: String,
}

/// `v1.NFSVolumeSource`: Represents an NFS mount that lasts the lifetime of a pod.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NfsVolumeSource {
    /// `server`: the hostname or IP address of the NFS server.
    #[serde(deserialize_with = "null_as_default")]
    pub server: String,
    /// `path`: that is exported by the NFS server.
    #[serde(deserialize_with = "null_as_default")]
    pub path: String,
    /// `readOnly`: here will force the NFS export to be mounted with read-only permissions.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
}

/// `v1.ISCSIVolumeSource`: Represents an ISCSI disk.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct IscsiVolumeSource {
    /// `targetPortal`: iSCSI Target Portal.
    #[serde(deserialize_with = "null_as_default")]
    pub target_portal: String,
    /// `iqn`: the target iSCSI Qualified Name.
    #[serde(deserialize_with = "null_as_default")]
    pub iqn: String,
    /// `lun`: represents iSCSI Target Lun number.
    #[serde(deserialize_with = "null_as_default")]
    pub lun: i32,
    /// `iscsiInterface`: the interface Name that uses an iSCSI transport.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub iscsi_interface: String,
    /// `fsType`: the filesystem type of the volume that you want to mount.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fs_type: String,
    /// `readOnly`: here will force the ReadOnly setting in VolumeMounts.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
    /// `portals`: the iSCSI Target Portal List.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub portals: Vec<String>,
    /// `chapAuthDiscovery`: defines whether support iSCSI Discovery CHAP authentication.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub chap_auth_discovery: bool,
    /// `chapAuthSession`: defines whether support iSCSI Session CHAP authentication.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub chap_auth_session: bool,
    /// `secretRef`: the CHAP Secret for iSCSI target and initiator authentication.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// `initiatorName`: the custom iSCSI Initiator Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initiator_name: Option<String>,
}

/// `v1.GlusterfsVolumeSource`: Represents a Glusterfs mount that lasts the lifetime of a pod.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct GlusterfsVolumeSource {
    /// `endpoints`: the endpoint name that details Glusterfs topology.
    #[serde(deserialize_with = "null_as_default")]
    pub endpoints: String,
    /// `path`: the Glusterfs volume path.
    #[serde(deserialize_with = "null_as_default")]
    pub path: String,
    /// `readOnly`: here will force the Glusterfs volume to be mounted with read-only permissions.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
}

/// `v1.RBDVolumeSource`: Represents a Rados Block Device mount that lasts the lifetime of a pod.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RbdVolumeSource {
    /// `monitors`: a collection of Ceph monitors.
    #[serde(deserialize_with = "list", serialize_with = "empty_as_null")]
    pub monitors: Vec<String>,
    /// `image`: the rados image name.
    #[serde(deserialize_with = "null_as_default")]
    pub image: String,
    /// `fsType`: the filesystem type of the volume that you want to mount.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fs_type: String,
    /// `pool`: the rados pool name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub pool: String,
    /// `user`: the rados user name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub user: String,
    /// `keyring`: the path to key ring for RBDUser.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub keyring: String,
    /// `secretRef`: name of the authentication secret for RBDUser.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// `readOnly`: here will force the ReadOnly setting in VolumeMounts.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
}

/// `v1.FlexVolumeSource`: FlexVolume represents a generic volume resource that is
/// provisioned/attached using an exec based plugin.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FlexVolumeSource {
    /// `driver`: the name of the driver to use for this volume.
    #[serde(deserialize_with = "null_as_default")]
    pub driver: String,
    /// `fsType`: the filesystem type to mount.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fs_type: String,
    /// `secretRef`: reference to the secret object containing sensitive
    /// information to pass to the plugin scripts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// `readOnly`: defaults to false (read/write).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
    /// `options`: this field holds extra command options if any.
    #[serde(
        deserialize_with = "string_map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub options: BTreeMap<String, String>,
}

/// `v1.CinderVolumeSource`: Represents a cinder volume resource in Openstack.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CinderVolumeSource {
    /// `volumeID`: used to identify the volume in cinder.
    #[serde(rename = "volumeID", deserialize_with = "null_as_default")]
    pub volume_id: String,
    /// `fsType`: the filesystem type to mount.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fs_type: String,
    /// `readOnly`: defaults to false (read/write).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
    /// `secretRef`: points to a secret object containing parameters used to connect to
    /// OpenStack.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
}

/// `v1.CephFSVolumeSource`: Represents a Ceph Filesystem mount that lasts the lifetime of a pod
/// Cephfs volumes do not support ownership management or SELinux relabeling.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CephFsVolumeSource {
    /// `monitors`: a collection of Ceph monitors.
    #[serde(deserialize_with = "list", serialize_with = "empty_as_null")]
    pub monitors: Vec<String>,
    /// `path`: used as the mounted root, rather than the full Ceph tree, default is /.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub path: String,
    /// `user`: the rados user name, default is admin.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub user: String,
    /// `secretFile`: the path to key ring for User, default is
    /// /etc/ceph/user.secret.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub secret_file: String,
    /// `secretRef`: reference to the authentication secret for User, default is
    /// empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// `readOnly`: defaults to false (read/write).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
}

/// `v1.FlockerVolumeSource`: Represents a Flocker volume mounted by the Flocker agent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FlockerVolumeSource {
    /// `datasetName`: name of the dataset stored as metadata -&gt; name on the dataset for Flocker
    /// should be considered as deprecated.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub dataset_name: String,
    /// `datasetUUID`: the UUID of the dataset.
    #[serde(
        rename = "datasetUUID",
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub dataset_uuid: String,
}

/// `v1.FCVolumeSource`: Represents a Fibre Channel volume.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FcVolumeSource {
    /// `targetWWNs`: FC target worldwide names (WWNs).
    #[serde(
        rename = "targetWWNs",
        deserialize_with = "list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub target_ww_ns: Vec<String>,
    /// `lun`: FC target lun number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lun: Option<i32>,
    /// `fsType`: the filesystem type to mount.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fs_type: String,
    /// `readOnly`: defaults to false (read/write).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
    /// `wwids`: FC volume world wide identifiers (wwids) Either wwids or combination of
    /// targetWWNs and lun must be set, but not both simultaneously.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub wwids: Vec<String>,
}

/// `v1.AzureFileVolumeSource`: AzureFile represents an Azure File Service mount on the host and
/// bind mount to the pod.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AzureFileVolumeSource {
    /// `secretName`: the name of secret that contains Azure Storage Account Name and Key.
    #[serde(deserialize_with = "null_as_default")]
    pub secret_name: String,
    /// `shareName`: the azure share Name.
    #[serde(deserialize_with = "null_as_default")]
    pub share_name: String,
    /// `readOnly`: defaults to false (read/write).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
}

/// `v1.VsphereVirtualDiskVolumeSource`: Represents a vSphere volume resource.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VsphereVirtualDiskVolumeSource {
    /// `volumePath`: the path that identifies vSphere volume vmdk.
    #[serde(deserialize_with = "null_as_default")]
    pub volume_path: String,
    /// `fsType`: filesystem type to mount.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fs_type: String,
    /// `storagePolicyName`: the storage Policy Based Management (SPBM) profile name.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub storage_policy_name: String,
    /// `storagePolicyID`: the storage Policy Based Management (SPBM) profile ID associated with the
    /// StoragePolicyName.
    #[serde(
        rename = "storagePolicyID",
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub storage_policy_id: String,
}

/// `v1.QuobyteVolumeSource`: Represents a Quobyte mount that lasts the lifetime of a pod.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct QuobyteVolumeSource {
    /// `registry`: represents a single or multiple Quobyte Registry services specified as a string as
    /// host:port pair (multiple entries are separated with commas) which acts as the central registry
    /// for volumes.
    #[serde(deserialize_with = "null_as_default")]
    pub registry: String,
    /// `volume`: a string that references an already created Quobyte volume by name.
    #[serde(deserialize_with = "null_as_default")]
    pub volume: String,
    /// `readOnly`: here will force the Quobyte volume to be mounted with read-only permissions.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
    /// `user`: user to map volume access to Defaults to serivceaccount user.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub user: String,
    /// `group`: group to map volume access to Default is no group.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub group: String,
    /// `tenant`: owning the given Quobyte volume in the Backend Used with dynamically provisioned
    /// Quobyte volumes, value is set by the plugin.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub tenant: String,
}

/// `v1.AzureDiskVolumeSource`: AzureDisk represents an Azure Data Disk mount on the host and bind
/// mount to the pod.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AzureDiskVolumeSource {
    /// `diskName`: the Name of the data disk in the blob storage.
    #[serde(deserialize_with = "null_as_default")]
    pub disk_name: String,
    /// `diskURI`: the URI of data disk in the blob storage.
    #[serde(rename = "diskURI", deserialize_with = "null_as_default")]
    pub disk_uri: String,
    /// `cachingMode`: the Host Caching mode: None, Read Only, Read Write.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caching_mode: Option<String>,
    /// `fsType`: filesystem type to mount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fs_type: Option<String>,
    /// `readOnly`: defaults to false (read/write).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// `kind`: expected values are Shared: multiple blob disks per storage account Dedicated: single
    /// blob disk per storage account Managed: azure managed data disk (only in managed availability
    /// set). defaults to shared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// `v1.PhotonPersistentDiskVolumeSource`: Represents a Photon Controller persistent disk resource.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PhotonPersistentDiskVolumeSource {
    /// `pdID`: the ID that identifies Photon Controller persistent disk.
    #[serde(rename = "pdID", deserialize_with = "null_as_default")]
    pub pd_id: String,
    /// `fsType`: the filesystem type to mount.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fs_type: String,
}

/// `v1.PortworxVolumeSource`: represents a Portworx volume resource.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PortworxVolumeSource {
    /// `volumeID`: uniquely identifies a Portworx volume.
    #[serde(rename = "volumeID", deserialize_with = "null_as_default")]
    pub volume_id: String,
    /// `fsType`: represents the filesystem type to mount Must be a filesystem type supported by the
    /// host operating system.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fs_type: String,
    /// `readOnly`: defaults to false (read/write).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
}

/// `v1.ScaleIOVolumeSource`: represents a persistent ScaleIO volume.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ScaleIoVolumeSource {
    /// `gateway`: the host address of the ScaleIO API Gateway.
    #[serde(deserialize_with = "null_as_default")]
    pub gateway: String,
    /// `system`: the name of the storage system as configured in ScaleIO.
    #[serde(deserialize_with = "null_as_default")]
    pub system: String,
    /// `secretRef`: references to the secret for ScaleIO user and other sensitive information.
    pub secret_ref: Option<LocalObjectReference>,
    /// `sslEnabled`: flag enable/disable SSL communication with Gateway, default false.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub ssl_enabled: bool,
    /// `protectionDomain`: the name of the ScaleIO Protection Domain for the configured storage.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub protection_domain: String,
    /// `storagePool`: the ScaleIO Storage Pool associated with the protection domain.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub storage_pool: String,
    /// `storageMode`: indicates whether the storage for a volume should be ThickProvisioned or
    /// ThinProvisioned.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub storage_mode: String,
    /// `volumeName`: the name of a volume already created in the ScaleIO system that is associated with
    /// this volume source.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub volume_name: String,
    /// `fsType`: the filesystem type to mount.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fs_type: String,
    /// `readOnly`: defaults to false (read/write).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
}

/// `v1.StorageOSVolumeSource`: Represents a StorageOS persistent volume resource.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StorageOsVolumeSource {
    /// `volumeName`: the human-readable name of the StorageOS volume.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub volume_name: String,
    /// `volumeNamespace`: specifies the scope of the volume within StorageOS. If no namespace is
    /// specified then the Pod's namespace will be used.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub volume_namespace: String,
    /// `fsType`: the filesystem type to mount.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub fs_type: String,
    /// `readOnly`: defaults to false (read/write).
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
    /// `secretRef`: specifies the secret to use for obtaining the StorageOS API credentials.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
}
