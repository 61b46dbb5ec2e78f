//! Volumes (`SetDefaults_Volume`) and the defaults of their sources: the file modes of
//! secret, config map, downward API and projected volumes, a host path's type, a projected
//! token's lifetime, the `+default` markers of the iSCSI, RBD, Azure disk and ScaleIO sources,
//! an ephemeral volume's claim template, and an image volume's pull policy.

use crate::api::core::{DownwardApiVolumeFile, Volume};
use crate::api::image::default_pull_policy;

use super::{fill, round_up_to_milli};

/// The file mode of secret, config map, downward API and projected volumes when none is given
/// (Go's `SecretVolumeSourceDefaultMode` and its siblings, `0644`).
#[doc(alias = "SecretVolumeSourceDefaultMode")]
pub const VOLUME_DEFAULT_MODE: i32 = 0o644;

/// A projected service account token's lifetime when none is given: one hour.
const TOKEN_EXPIRATION_SECONDS: i64 = 3600;

/// How many volume sources `v` sets (Go walks the pointer fields of `VolumeSource`).
pub(crate) fn source_count(v: &Volume) -> usize {
    [
        usize::from(v.host_path.is_some()),
        usize::from(v.empty_dir.is_some()),
        usize::from(v.gce_persistent_disk.is_some()),
        usize::from(v.aws_elastic_block_store.is_some()),
        usize::from(v.git_repo.is_some()),
        usize::from(v.secret.is_some()),
        usize::from(v.nfs.is_some()),
        usize::from(v.iscsi.is_some()),
        usize::from(v.glusterfs.is_some()),
        usize::from(v.persistent_volume_claim.is_some()),
        usize::from(v.rbd.is_some()),
        usize::from(v.flex_volume.is_some()),
        usize::from(v.cinder.is_some()),
        usize::from(v.cephfs.is_some()),
        usize::from(v.flocker.is_some()),
        usize::from(v.downward_api.is_some()),
        usize::from(v.fc.is_some()),
        usize::from(v.azure_file.is_some()),
        usize::from(v.config_map.is_some()),
        usize::from(v.vsphere_volume.is_some()),
        usize::from(v.quobyte.is_some()),
        usize::from(v.azure_disk.is_some()),
        usize::from(v.photon_persistent_disk.is_some()),
        usize::from(v.projected.is_some()),
        usize::from(v.portworx_volume.is_some()),
        usize::from(v.scale_io.is_some()),
        usize::from(v.storageos.is_some()),
        usize::from(v.csi.is_some()),
        usize::from(v.ephemeral.is_some()),
        usize::from(v.image.is_some()),
    ]
    .iter()
    .sum()
}

/// A volume as the API server defaults it: Go's `SetDefaults_Volume` (no source at all means
/// `emptyDir`; an image volume's pull policy follows its tag) and the defaults of each source.
///
/// ```
/// use kube_primitives::api::core::Volume;
/// use kube_primitives::validation::defaults::default_volume;
///
/// let mut v: Volume = serde_json::from_str(r#"{"name": "certs", "secret": {"secretName": "tls"}}"#).unwrap();
/// default_volume(&mut v);
/// assert_eq!(v.secret.unwrap().default_mode, Some(0o644));
/// ```
#[doc(alias = "SetDefaults_Volume")]
pub fn default_volume(v: &mut Volume) {
    if source_count(v) == 0 {
        v.empty_dir = Some(Default::default());
    }
    if let Some(image) = &mut v.image {
        if image.pull_policy.is_empty() {
            image.pull_policy = default_pull_policy(&image.reference).into();
        }
    }
    if let Some(host_path) = &mut v.host_path {
        // HostPathUnset.
        host_path.type_.get_or_insert_with(Default::default);
    }
    if let Some(secret) = &mut v.secret {
        secret.default_mode.get_or_insert(VOLUME_DEFAULT_MODE);
    }
    if let Some(iscsi) = &mut v.iscsi {
        fill(&mut iscsi.iscsi_interface, "default");
    }
    if let Some(rbd) = &mut v.rbd {
        fill(&mut rbd.pool, "rbd");
        fill(&mut rbd.user, "admin");
        fill(&mut rbd.keyring, "/etc/ceph/keyring");
    }
    if let Some(downward) = &mut v.downward_api {
        downward.default_mode.get_or_insert(VOLUME_DEFAULT_MODE);
        default_field_refs(&mut downward.items);
    }
    if let Some(config_map) = &mut v.config_map {
        config_map.default_mode.get_or_insert(VOLUME_DEFAULT_MODE);
    }
    if let Some(disk) = &mut v.azure_disk {
        disk.caching_mode.get_or_insert_with(|| "ReadWrite".into());
        disk.fs_type.get_or_insert_with(|| "ext4".into());
        disk.read_only.get_or_insert(false);
        disk.kind.get_or_insert_with(|| "Shared".into());
    }
    if let Some(projected) = &mut v.projected {
        projected.default_mode.get_or_insert(VOLUME_DEFAULT_MODE);
        for source in &mut projected.sources {
            if let Some(downward) = &mut source.downward_api {
                default_field_refs(&mut downward.items);
            }
            if let Some(token) = &mut source.service_account_token {
                token
                    .expiration_seconds
                    .get_or_insert(TOKEN_EXPIRATION_SECONDS);
            }
        }
    }
    if let Some(scale_io) = &mut v.scale_io {
        fill(&mut scale_io.storage_mode, "ThinProvisioned");
        fill(&mut scale_io.fs_type, "xfs");
    }
    if let Some(template) = v
        .ephemeral
        .as_mut()
        .and_then(|e| e.volume_claim_template.as_mut())
    {
        // SetDefaults_PersistentVolumeClaimSpec.
        let spec = &mut template.spec;
        spec.volume_mode.get_or_insert_with(|| "Filesystem".into());
        round_up_to_milli(&mut spec.resources.limits);
        round_up_to_milli(&mut spec.resources.requests);
    }
}

/// `SetDefaults_ObjectFieldSelector` on the field references of downward API files.
fn default_field_refs(items: &mut [DownwardApiVolumeFile]) {
    for field in items.iter_mut().filter_map(|i| i.field_ref.as_mut()) {
        fill(&mut field.api_version, "v1");
    }
}
