//! `v1.Volume` (with the fields of `v1.VolumeSource`, inlined in Go) and the sources
//! of current clusters; the in-tree and deprecated ones are in `volume_sources`.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/core/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::core::{
    empty_as_null, list, null_as_default, string_map, AwsElasticBlockStoreVolumeSource,
    AzureDiskVolumeSource, AzureFileVolumeSource, CephFsVolumeSource, CinderVolumeSource,
    FcVolumeSource, FlexVolumeSource, FlockerVolumeSource, GcePersistentDiskVolumeSource,
    GitRepoVolumeSource, GlusterfsVolumeSource, IscsiVolumeSource, LabelSelector,
    LocalObjectReference, NfsVolumeSource, ObjectFieldSelector, ObjectMeta,
    PersistentVolumeClaimSpec, PhotonPersistentDiskVolumeSource, PortworxVolumeSource,
    QuobyteVolumeSource, RbdVolumeSource, ResourceFieldSelector, ScaleIoVolumeSource,
    StorageOsVolumeSource, VsphereVirtualDiskVolumeSource,
};
use crate::api::Quantity;
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// `v1.Volume`: represents a named volume in a pod that may be accessed by any container in the
/// pod.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Volume {
    /// `name`: name of the volume.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `hostPath`: represents a pre-existing file or directory on the host machine that is directly
    /// exposed to the container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_path: Option<HostPathVolumeSource>,
    /// `emptyDir`: represents a temporary directory that shares a pod's lifetime.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub empty_dir: Option<EmptyDirVolumeSource>,
    /// `gcePersistentDisk`: represents a GCE Disk resource that is attached to a kubelet's host machine
    /// and then exposed to the pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gce_persistent_disk: Option<GcePersistentDiskVolumeSource>,
    /// `awsElasticBlockStore`: represents an AWS Disk resource that is attached to a kubelet's host
    /// machine and then exposed to the pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aws_elastic_block_store: Option<AwsElasticBlockStoreVolumeSource>,
    /// `gitRepo`: represents a git repository at a particular revision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub git_repo: Option<GitRepoVolumeSource>,
    /// `secret`: represents a secret that should populate this volume.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<SecretVolumeSource>,
    /// `nfs`: represents an NFS mount on the host that shares a pod's lifetime.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nfs: Option<NfsVolumeSource>,
    /// `iscsi`: represents an ISCSI Disk resource that is attached to a kubelet's host machine and then
    /// exposed to the pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iscsi: Option<IscsiVolumeSource>,
    /// `glusterfs`: represents a Glusterfs mount on the host that shares a pod's lifetime.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub glusterfs: Option<GlusterfsVolumeSource>,
    /// `persistentVolumeClaim`: persistentVolumeClaimVolumeSource represents a reference to a
    /// PersistentVolumeClaim in the same namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub persistent_volume_claim: Option<PersistentVolumeClaimVolumeSource>,
    /// `rbd`: represents a Rados Block Device mount on the host that shares a pod's lifetime.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rbd: Option<RbdVolumeSource>,
    /// `flexVolume`: represents a generic volume resource that is provisioned/attached using an exec
    /// based plugin.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flex_volume: Option<FlexVolumeSource>,
    /// `cinder`: represents a cinder volume attached and mounted on kubelets host machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cinder: Option<CinderVolumeSource>,
    /// `cephfs`: represents a Ceph FS mount on the host that shares a pod's lifetime.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cephfs: Option<CephFsVolumeSource>,
    /// `flocker`: represents a Flocker volume attached to a kubelet's host machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flocker: Option<FlockerVolumeSource>,
    /// `downwardAPI`: represents downward API about the pod that should populate this volume.
    #[serde(rename = "downwardAPI", skip_serializing_if = "Option::is_none")]
    pub downward_api: Option<DownwardApiVolumeSource>,
    /// `fc`: represents a Fibre Channel resource that is attached to a kubelet's host machine and then
    /// exposed to the pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fc: Option<FcVolumeSource>,
    /// `azureFile`: represents an Azure File Service mount on the host and bind mount to the pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub azure_file: Option<AzureFileVolumeSource>,
    /// `configMap`: represents a configMap that should populate this volume.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_map: Option<ConfigMapVolumeSource>,
    /// `vsphereVolume`: represents a vSphere volume attached and mounted on kubelets host machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vsphere_volume: Option<VsphereVirtualDiskVolumeSource>,
    /// `quobyte`: represents a Quobyte mount on the host that shares a pod's lifetime.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quobyte: Option<QuobyteVolumeSource>,
    /// `azureDisk`: represents an Azure Data Disk mount on the host and bind mount to the pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub azure_disk: Option<AzureDiskVolumeSource>,
    /// `photonPersistentDisk`: represents a PhotonController persistent disk attached and mounted on
    /// kubelets host machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photon_persistent_disk: Option<PhotonPersistentDiskVolumeSource>,
    /// `projected`: items for all in one resources secrets, configmaps, and downward API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projected: Option<ProjectedVolumeSource>,
    /// `portworxVolume`: represents a portworx volume attached and mounted on kubelets host machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portworx_volume: Option<PortworxVolumeSource>,
    /// `scaleIO`: represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
    #[serde(rename = "scaleIO", skip_serializing_if = "Option::is_none")]
    pub scale_io: Option<ScaleIoVolumeSource>,
    /// `storageos`: represents a StorageOS volume attached and mounted on Kubernetes nodes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub storageos: Option<StorageOsVolumeSource>,
    /// `csi`: (Container Storage Interface) represents ephemeral storage that is handled by certain
    /// external CSI drivers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csi: Option<CsiVolumeSource>,
    /// `ephemeral`: represents a volume that is handled by a cluster storage driver.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ephemeral: Option<EphemeralVolumeSource>,
    /// `image`: represents an OCI object (a container image or artifact) pulled and mounted on the
    /// kubelet's host machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageVolumeSource>,
}

/// `v1.HostPathVolumeSource`: Represents a host path mapped into a pod.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct HostPathVolumeSource {
    /// `path`: path of the directory on the host.
    #[serde(deserialize_with = "null_as_default")]
    pub path: String,
    /// `type`: type for HostPath Volume Defaults to "".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
}

/// `v1.EmptyDirVolumeSource`: Represents an empty directory for a pod.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EmptyDirVolumeSource {
    /// `medium`: represents what type of storage medium should back this directory.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub medium: String,
    /// `sizeLimit`: the total amount of local storage required for this EmptyDir volume.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_limit: Option<Quantity>,
}

/// `v1.SecretVolumeSource`: Adapts a Secret into a volume.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SecretVolumeSource {
    /// `secretName`: the name of the secret in the pod's namespace to use.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub secret_name: String,
    /// `items`: if unspecified, each key-value pair in the Data field of the referenced Secret will be
    /// projected into the volume as a file whose name is the key and content is the value.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<KeyToPath>,
    /// `defaultMode`: mode bits used to set permissions on created files by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_mode: Option<i32>,
    /// `optional`: field specify whether the Secret or its keys must be defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

/// `v1.ConfigMapVolumeSource`: Adapts a ConfigMap into a volume.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ConfigMapVolumeSource {
    /// `name`: name of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `items`: if unspecified, each key-value pair in the Data field of the referenced ConfigMap will
    /// be projected into the volume as a file whose name is the key and content is the value.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<KeyToPath>,
    /// `defaultMode`: mode bits used to set permissions on created files by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_mode: Option<i32>,
    /// `optional`: specify whether the ConfigMap or its keys must be defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

/// `v1.KeyToPath`: Maps a string key to a path within a volume.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct KeyToPath {
    /// `key`: the key to project.
    #[serde(deserialize_with = "null_as_default")]
    pub key: String,
    /// `path`: the relative path of the file to map the key to.
    #[serde(deserialize_with = "null_as_default")]
    pub path: String,
    /// `mode`: bits used to set permissions on this file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<i32>,
}

/// `v1.PersistentVolumeClaimVolumeSource`: references the user's PVC in the same namespace.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PersistentVolumeClaimVolumeSource {
    /// `claimName`: the name of a PersistentVolumeClaim in the same namespace as the pod using this
    /// volume.
    #[serde(deserialize_with = "null_as_default")]
    pub claim_name: String,
    /// `readOnly`: will force the ReadOnly setting in VolumeMounts.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "core::ops::Not::not"
    )]
    pub read_only: bool,
}

/// `v1.DownwardAPIVolumeSource`: represents a volume containing downward API info.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DownwardApiVolumeSource {
    /// `items`: a list of downward API volume file.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<DownwardApiVolumeFile>,
    /// `defaultMode`: mode bits to use on created files by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_mode: Option<i32>,
}

/// `v1.DownwardAPIVolumeFile`: represents information to create the file containing the pod field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DownwardApiVolumeFile {
    /// `path`: the relative path name of the file to be created.
    #[serde(deserialize_with = "null_as_default")]
    pub path: String,
    /// `fieldRef`: selects a field of the pod: only annotations, labels, name, namespace and
    /// uid are supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field_ref: Option<ObjectFieldSelector>,
    /// `resourceFieldRef`: selects a resource of the container: only resources limits and requests
    /// (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_field_ref: Option<ResourceFieldSelector>,
    /// `mode`: bits used to set permissions on this file, must be an octal value between
    /// 0000 and 0777 or a decimal value between 0 and 511.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<i32>,
}

/// `v1.ProjectedVolumeSource`: Represents a projected volume source.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ProjectedVolumeSource {
    /// `sources`: the list of volume projections.
    #[serde(deserialize_with = "list", serialize_with = "empty_as_null")]
    pub sources: Vec<VolumeProjection>,
    /// `defaultMode`: the mode bits used to set permissions on created files by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_mode: Option<i32>,
}

/// `v1.VolumeProjection`: Projection that may be projected along with other supported volume types.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VolumeProjection {
    /// `secret`: information about the secret data to project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<SecretProjection>,
    /// `downwardAPI`: information about the downwardAPI data to project.
    #[serde(rename = "downwardAPI", skip_serializing_if = "Option::is_none")]
    pub downward_api: Option<DownwardApiProjection>,
    /// `configMap`: information about the configMap data to project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_map: Option<ConfigMapProjection>,
    /// `serviceAccountToken`: information about the serviceAccountToken data to project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_account_token: Option<ServiceAccountTokenProjection>,
    /// `clusterTrustBundle`: allows a pod to access the `.spec.trustBundle` field of ClusterTrustBundle
    /// objects in an auto-updating file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_trust_bundle: Option<ClusterTrustBundleProjection>,
    /// `podCertificate`: projects an auto-rotating credential bundle (private key and certificate
    /// chain) that the pod can use either as a TLS client or server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod_certificate: Option<PodCertificateProjection>,
}

/// `v1.SecretProjection`: Adapts a secret into a projected volume.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SecretProjection {
    /// `name`: name of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `items`: if unspecified, each key-value pair in the Data field of the referenced Secret will be
    /// projected into the volume as a file whose name is the key and content is the value.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<KeyToPath>,
    /// `optional`: field specify whether the Secret or its key must be defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

/// `v1.ConfigMapProjection`: Adapts a ConfigMap into a projected volume.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ConfigMapProjection {
    /// `name`: name of the referent.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// `items`: if unspecified, each key-value pair in the Data field of the referenced ConfigMap will
    /// be projected into the volume as a file whose name is the key and content is the value.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<KeyToPath>,
    /// `optional`: specify whether the ConfigMap or its keys must be defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

/// `v1.DownwardAPIProjection`: Represents downward API info for projecting into a projected volume.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DownwardApiProjection {
    /// `items`: a list of DownwardAPIVolume file.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<DownwardApiVolumeFile>,
}

/// `v1.ServiceAccountTokenProjection`: represents a projected service account token volume.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ServiceAccountTokenProjection {
    /// `audience`: the intended audience of the token.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub audience: String,
    /// `expirationSeconds`: the requested duration of validity of the service account token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration_seconds: Option<i64>,
    /// `path`: the path relative to the mount point of the file to project the token into.
    #[serde(deserialize_with = "null_as_default")]
    pub path: String,
}

/// `v1.ClusterTrustBundleProjection`: describes how to select a set of ClusterTrustBundle objects
/// and project their contents into the pod filesystem.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ClusterTrustBundleProjection {
    /// `name`: select a single ClusterTrustBundle by object name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `signerName`: select all ClusterTrustBundles that match this signer name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signer_name: Option<String>,
    /// `labelSelector`: select all ClusterTrustBundles that match this label selector.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_selector: Option<LabelSelector>,
    /// `optional`: if true, don't block pod startup if the referenced ClusterTrustBundle(s) aren't
    /// available.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
    /// `path`: relative path from the volume root to write the bundle.
    #[serde(deserialize_with = "null_as_default")]
    pub path: String,
}

/// `v1.PodCertificateProjection`: provides a private key and X.509 certificate in the pod
/// filesystem.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PodCertificateProjection {
    /// `signerName`: kubelet's generated CSRs will be addressed to this signer.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub signer_name: String,
    /// `keyType`: the type of keypair Kubelet will generate for the pod.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub key_type: String,
    /// `maxExpirationSeconds`: the maximum lifetime permitted for the certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_expiration_seconds: Option<i32>,
    /// `credentialBundlePath`: write the credential bundle at this path in the projected volume.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub credential_bundle_path: String,
    /// `keyPath`: write the key at this path in the projected volume.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub key_path: String,
    /// `certificateChainPath`: write the certificate chain at this path in the projected volume.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub certificate_chain_path: String,
    /// `userAnnotations`: allow pod authors to pass additional information to the signer
    /// implementation.
    #[serde(
        deserialize_with = "string_map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub user_annotations: BTreeMap<String, String>,
}

/// `v1.EphemeralVolumeSource`: Represents an ephemeral volume that is handled by a normal storage
/// driver.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EphemeralVolumeSource {
    /// `volumeClaimTemplate`: will be used to create a stand-alone PVC to provision the volume.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_claim_template: Option<PersistentVolumeClaimTemplate>,
}

/// `v1.PersistentVolumeClaimTemplate`: used to produce PersistentVolumeClaim objects as part of an
/// EphemeralVolumeSource.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PersistentVolumeClaimTemplate {
    /// `metadata`: may contain labels and annotations that will be copied into the PVC when creating
    /// it.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`: the specification for the PersistentVolumeClaim.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: PersistentVolumeClaimSpec,
}

/// `v1.CSIVolumeSource`: Represents a source location of a volume to mount, managed by an external
/// CSI driver.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CsiVolumeSource {
    /// `driver`: the name of the CSI driver that handles this volume.
    #[serde(deserialize_with = "null_as_default")]
    pub driver: String,
    /// `readOnly`: specifies a read-only configuration for the volume.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// `fsType`: fsType to mount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fs_type: Option<String>,
    /// `volumeAttributes`: stores driver-specific properties that are passed to the CSI driver.
    #[serde(
        deserialize_with = "string_map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub volume_attributes: BTreeMap<String, String>,
    /// `nodePublishSecretRef`: a reference to the secret object containing sensitive information to
    /// pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume calls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_publish_secret_ref: Option<LocalObjectReference>,
}

/// `v1.ImageVolumeSource`: represents a image volume resource.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ImageVolumeSource {
    /// `reference`: image or artifact reference to be used.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub reference: String,
    /// `pullPolicy`: policy for pulling OCI objects.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub pull_policy: String,
}
