//! A pod volume as Go's `encoding/json` marshals the internal `core.Volume`: `Name`, then the
//! inlined `VolumeSource` with every source in the internal type's order (not v1's), each under
//! its Go field name, unset ones as `null`
//! ([pkg/apis/core/types.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/types.go)).
//!
//! The internal sources differ from v1 in more than the key case: secret references are
//! `*LocalObjectReference` (`{"Name": …}`), some fields are renamed (`EndpointsName`,
//! `CephMonitors`, `RBDImage`, `DiscoveryCHAPAuth`, `TargetWWNs`, `DataDiskURI`, …), and
//! `PersistentVolumeClaimTemplate` embeds `metav1.ObjectMeta`, which keeps its JSON tags.

use alloc::string::{String, ToString};

use super::internal_json::{i, list, o, ob, oi, opt, os, resources, s, string_map, strs, J};
use super::meta_json::{label_selector, object_meta_members};
use crate::api::core::{
    AzureDiskVolumeSource, CephFsVolumeSource, CinderVolumeSource, ClusterTrustBundleProjection,
    CsiVolumeSource, DownwardApiVolumeFile, FcVolumeSource, IscsiVolumeSource, KeyToPath,
    LocalObjectReference, PersistentVolumeClaimSpec, PersistentVolumeClaimTemplate,
    PodCertificateProjection, ProjectedVolumeSource, ScaleIoVolumeSource, StorageOsVolumeSource,
    Volume, VolumeProjection,
};
use crate::meta::field::Json;

fn key_to_path(kp: &KeyToPath) -> J {
    o(alloc::vec![
        ("Key", s(&kp.key)),
        ("Path", s(&kp.path)),
        ("Mode", oi(kp.mode.map(i64::from)))
    ])
}

fn downward_file(f: &DownwardApiVolumeFile) -> J {
    o(alloc::vec![
        ("Path", s(&f.path)),
        (
            "FieldRef",
            opt(f.field_ref.as_ref(), |r| o(alloc::vec![
                ("APIVersion", s(&r.api_version)),
                ("FieldPath", s(&r.field_path))
            ]))
        ),
        (
            "ResourceFieldRef",
            opt(f.resource_field_ref.as_ref(), |r| o(alloc::vec![
                ("ContainerName", s(&r.container_name)),
                ("Resource", s(&r.resource)),
                ("Divisor", Json::String(r.divisor.to_string())),
            ]))
        ),
        ("Mode", oi(f.mode.map(i64::from))),
    ])
}

/// `*LocalObjectReference`, the internal type of every pod volume's secret reference.
fn local_ref(r: Option<&LocalObjectReference>) -> J {
    opt(r, |r| o(alloc::vec![("Name", s(&r.name))]))
}

fn iscsi(x: &IscsiVolumeSource) -> J {
    o(alloc::vec![
        ("TargetPortal", s(&x.target_portal)),
        ("IQN", s(&x.iqn)),
        ("Lun", i(x.lun)),
        ("ISCSIInterface", s(&x.iscsi_interface)),
        ("FSType", s(&x.fs_type)),
        ("ReadOnly", Json::Bool(x.read_only)),
        ("Portals", strs(&x.portals)),
        ("DiscoveryCHAPAuth", Json::Bool(x.chap_auth_discovery)),
        ("SessionCHAPAuth", Json::Bool(x.chap_auth_session)),
        ("SecretRef", local_ref(x.secret_ref.as_ref())),
        ("InitiatorName", os(x.initiator_name.as_ref())),
    ])
}

fn cinder(x: &CinderVolumeSource) -> J {
    o(alloc::vec![
        ("VolumeID", s(&x.volume_id)),
        ("FSType", s(&x.fs_type)),
        ("ReadOnly", Json::Bool(x.read_only)),
        ("SecretRef", local_ref(x.secret_ref.as_ref())),
    ])
}

fn cephfs(x: &CephFsVolumeSource) -> J {
    o(alloc::vec![
        ("Monitors", strs(&x.monitors)),
        ("Path", s(&x.path)),
        ("User", s(&x.user)),
        ("SecretFile", s(&x.secret_file)),
        ("SecretRef", local_ref(x.secret_ref.as_ref())),
        ("ReadOnly", Json::Bool(x.read_only)),
    ])
}

fn fc(x: &FcVolumeSource) -> J {
    o(alloc::vec![
        ("TargetWWNs", strs(&x.target_ww_ns)),
        ("Lun", oi(x.lun.map(i64::from))),
        ("FSType", s(&x.fs_type)),
        ("ReadOnly", Json::Bool(x.read_only)),
        ("WWIDs", strs(&x.wwids)),
    ])
}

fn azure_disk(x: &AzureDiskVolumeSource) -> J {
    // Every optional field is a pointer in the internal type as in v1.
    o(alloc::vec![
        ("DiskName", s(&x.disk_name)),
        ("DataDiskURI", s(&x.disk_uri)),
        ("CachingMode", os(x.caching_mode.as_ref())),
        ("FSType", os(x.fs_type.as_ref())),
        ("ReadOnly", ob(x.read_only)),
        ("Kind", os(x.kind.as_ref())),
    ])
}

fn scale_io(x: &ScaleIoVolumeSource) -> J {
    o(alloc::vec![
        ("Gateway", s(&x.gateway)),
        ("System", s(&x.system)),
        ("SecretRef", local_ref(x.secret_ref.as_ref())),
        ("SSLEnabled", Json::Bool(x.ssl_enabled)),
        ("ProtectionDomain", s(&x.protection_domain)),
        ("StoragePool", s(&x.storage_pool)),
        ("StorageMode", s(&x.storage_mode)),
        ("VolumeName", s(&x.volume_name)),
        ("FSType", s(&x.fs_type)),
        ("ReadOnly", Json::Bool(x.read_only)),
    ])
}

fn storage_os(x: &StorageOsVolumeSource) -> J {
    o(alloc::vec![
        ("VolumeName", s(&x.volume_name)),
        ("VolumeNamespace", s(&x.volume_namespace)),
        ("FSType", s(&x.fs_type)),
        ("ReadOnly", Json::Bool(x.read_only)),
        ("SecretRef", local_ref(x.secret_ref.as_ref())),
    ])
}

fn csi(x: &CsiVolumeSource) -> J {
    // `ReadOnly` and `FSType` are pointers here, unlike in the persistent-volume CSI source.
    o(alloc::vec![
        ("Driver", s(&x.driver)),
        ("ReadOnly", ob(x.read_only)),
        ("FSType", os(x.fs_type.as_ref())),
        ("VolumeAttributes", string_map(&x.volume_attributes)),
        (
            "NodePublishSecretRef",
            local_ref(x.node_publish_secret_ref.as_ref())
        ),
    ])
}

/// The internal `PersistentVolumeClaimSpec`: `Resources` is a `VolumeResourceRequirements`
/// value (never `null`), `Selector` a `metav1.LabelSelector` with JSON tags.
fn claim_spec(x: &PersistentVolumeClaimSpec) -> J {
    o(alloc::vec![
        ("AccessModes", strs(&x.access_modes)),
        (
            "Selector",
            x.selector.as_ref().map_or(Json::Null, label_selector)
        ),
        (
            "Resources",
            o(alloc::vec![
                ("Limits", resources(&x.resources.limits)),
                ("Requests", resources(&x.resources.requests)),
            ])
        ),
        ("VolumeName", s(&x.volume_name)),
        ("StorageClassName", os(x.storage_class_name.as_ref())),
        ("VolumeMode", os(x.volume_mode.as_ref())),
        (
            "DataSource",
            opt(x.data_source.as_ref(), |r| o(alloc::vec![
                ("APIGroup", os(r.api_group.as_ref())),
                ("Kind", s(&r.kind)),
                ("Name", s(&r.name)),
            ]))
        ),
        (
            "DataSourceRef",
            opt(x.data_source_ref.as_ref(), |r| o(alloc::vec![
                ("APIGroup", os(r.api_group.as_ref())),
                ("Kind", s(&r.kind)),
                ("Name", s(&r.name)),
                ("Namespace", os(r.namespace.as_ref())),
            ]))
        ),
        (
            "VolumeAttributesClassName",
            os(x.volume_attributes_class_name.as_ref())
        ),
    ])
}

/// `PersistentVolumeClaimTemplate` embeds `metav1.ObjectMeta` untagged, so its tagged members
/// are inlined ahead of `Spec`, as in a pod template.
fn claim_template(t: &PersistentVolumeClaimTemplate) -> J {
    let mut members = object_meta_members(&t.metadata);
    members.push((String::from("Spec"), claim_spec(&t.spec)));
    Json::Object(members)
}

fn cluster_trust_bundle(x: &ClusterTrustBundleProjection) -> J {
    o(alloc::vec![
        ("Name", os(x.name.as_ref())),
        ("SignerName", os(x.signer_name.as_ref())),
        (
            "LabelSelector",
            x.label_selector.as_ref().map_or(Json::Null, label_selector)
        ),
        ("Optional", ob(x.optional)),
        ("Path", s(&x.path)),
    ])
}

fn pod_certificate(x: &PodCertificateProjection) -> J {
    o(alloc::vec![
        ("SignerName", s(&x.signer_name)),
        ("KeyType", s(&x.key_type)),
        (
            "MaxExpirationSeconds",
            oi(x.max_expiration_seconds.map(i64::from))
        ),
        ("CredentialBundlePath", s(&x.credential_bundle_path)),
        ("KeyPath", s(&x.key_path)),
        ("CertificateChainPath", s(&x.certificate_chain_path)),
        ("UserAnnotations", string_map(&x.user_annotations)),
    ])
}

fn projection(p: &VolumeProjection) -> J {
    o(alloc::vec![
        (
            "Secret",
            // `SecretProjection` embeds `LocalObjectReference`: `Name` is inlined.
            opt(p.secret.as_ref(), |y| o(alloc::vec![
                ("Name", s(&y.name)),
                ("Items", list(&y.items, key_to_path)),
                ("Optional", ob(y.optional))
            ]))
        ),
        (
            "DownwardAPI",
            opt(p.downward_api.as_ref(), |y| o(alloc::vec![(
                "Items",
                list(&y.items, downward_file)
            )]))
        ),
        (
            "ConfigMap",
            opt(p.config_map.as_ref(), |y| o(alloc::vec![
                ("Name", s(&y.name)),
                ("Items", list(&y.items, key_to_path)),
                ("Optional", ob(y.optional))
            ]))
        ),
        (
            "ServiceAccountToken",
            // `ExpirationSeconds` is a plain `int64` internally.
            opt(p.service_account_token.as_ref(), |y| o(alloc::vec![
                ("Audience", s(&y.audience)),
                (
                    "ExpirationSeconds",
                    Json::Int(y.expiration_seconds.unwrap_or(0))
                ),
                ("Path", s(&y.path)),
            ]))
        ),
        (
            "ClusterTrustBundle",
            opt(p.cluster_trust_bundle.as_ref(), cluster_trust_bundle)
        ),
        (
            "PodCertificate",
            opt(p.pod_certificate.as_ref(), pod_certificate)
        ),
    ])
}

fn projected(x: &ProjectedVolumeSource) -> J {
    o(alloc::vec![
        ("Sources", list(&x.sources, projection)),
        ("DefaultMode", oi(x.default_mode.map(i64::from))),
    ])
}

/// The internal `core.Volume`.
pub(super) fn volume(v: &Volume) -> J {
    o(alloc::vec![
        ("Name", s(&v.name)),
        (
            "HostPath",
            opt(v.host_path.as_ref(), |h| o(alloc::vec![
                ("Path", s(&h.path)),
                ("Type", os(h.type_.as_ref()))
            ]))
        ),
        (
            "EmptyDir",
            opt(v.empty_dir.as_ref(), |e| o(alloc::vec![
                ("Medium", s(&e.medium)),
                (
                    "SizeLimit",
                    e.size_limit
                        .as_ref()
                        .map_or(Json::Null, |q| Json::String(q.to_string()))
                ),
            ]))
        ),
        (
            "GCEPersistentDisk",
            opt(v.gce_persistent_disk.as_ref(), |x| o(alloc::vec![
                ("PDName", s(&x.pd_name)),
                ("FSType", s(&x.fs_type)),
                ("Partition", i(x.partition)),
                ("ReadOnly", Json::Bool(x.read_only)),
            ]))
        ),
        (
            "AWSElasticBlockStore",
            opt(v.aws_elastic_block_store.as_ref(), |x| o(alloc::vec![
                ("VolumeID", s(&x.volume_id)),
                ("FSType", s(&x.fs_type)),
                ("Partition", i(x.partition)),
                ("ReadOnly", Json::Bool(x.read_only)),
            ]))
        ),
        (
            "GitRepo",
            opt(v.git_repo.as_ref(), |x| o(alloc::vec![
                ("Repository", s(&x.repository)),
                ("Revision", s(&x.revision)),
                ("Directory", s(&x.directory)),
            ]))
        ),
        (
            "Secret",
            opt(v.secret.as_ref(), |x| o(alloc::vec![
                ("SecretName", s(&x.secret_name)),
                ("Items", list(&x.items, key_to_path)),
                ("DefaultMode", oi(x.default_mode.map(i64::from))),
                ("Optional", ob(x.optional)),
            ]))
        ),
        (
            "NFS",
            opt(v.nfs.as_ref(), |x| o(alloc::vec![
                ("Server", s(&x.server)),
                ("Path", s(&x.path)),
                ("ReadOnly", Json::Bool(x.read_only))
            ]))
        ),
        ("ISCSI", opt(v.iscsi.as_ref(), iscsi)),
        (
            "Glusterfs",
            opt(v.glusterfs.as_ref(), |x| o(alloc::vec![
                ("EndpointsName", s(&x.endpoints)),
                ("Path", s(&x.path)),
                ("ReadOnly", Json::Bool(x.read_only)),
            ]))
        ),
        (
            "PersistentVolumeClaim",
            opt(v.persistent_volume_claim.as_ref(), |x| o(alloc::vec![
                ("ClaimName", s(&x.claim_name)),
                ("ReadOnly", Json::Bool(x.read_only)),
            ]))
        ),
        (
            "RBD",
            opt(v.rbd.as_ref(), |x| o(alloc::vec![
                ("CephMonitors", strs(&x.monitors)),
                ("RBDImage", s(&x.image)),
                ("FSType", s(&x.fs_type)),
                ("RBDPool", s(&x.pool)),
                ("RadosUser", s(&x.user)),
                ("Keyring", s(&x.keyring)),
                ("SecretRef", local_ref(x.secret_ref.as_ref())),
                ("ReadOnly", Json::Bool(x.read_only)),
            ]))
        ),
        (
            "Quobyte",
            opt(v.quobyte.as_ref(), |x| o(alloc::vec![
                ("Registry", s(&x.registry)),
                ("Volume", s(&x.volume)),
                ("ReadOnly", Json::Bool(x.read_only)),
                ("User", s(&x.user)),
                ("Group", s(&x.group)),
                ("Tenant", s(&x.tenant)),
            ]))
        ),
        (
            "FlexVolume",
            opt(v.flex_volume.as_ref(), |x| o(alloc::vec![
                ("Driver", s(&x.driver)),
                ("FSType", s(&x.fs_type)),
                ("SecretRef", local_ref(x.secret_ref.as_ref())),
                ("ReadOnly", Json::Bool(x.read_only)),
                ("Options", string_map(&x.options)),
            ]))
        ),
        ("Cinder", opt(v.cinder.as_ref(), cinder)),
        ("CephFS", opt(v.cephfs.as_ref(), cephfs)),
        (
            "Flocker",
            opt(v.flocker.as_ref(), |x| o(alloc::vec![
                ("DatasetName", s(&x.dataset_name)),
                ("DatasetUUID", s(&x.dataset_uuid))
            ]))
        ),
        (
            "DownwardAPI",
            opt(v.downward_api.as_ref(), |x| o(alloc::vec![
                ("Items", list(&x.items, downward_file)),
                ("DefaultMode", oi(x.default_mode.map(i64::from))),
            ]))
        ),
        ("FC", opt(v.fc.as_ref(), fc)),
        (
            "AzureFile",
            opt(v.azure_file.as_ref(), |x| o(alloc::vec![
                ("SecretName", s(&x.secret_name)),
                ("ShareName", s(&x.share_name)),
                ("ReadOnly", Json::Bool(x.read_only)),
            ]))
        ),
        (
            "ConfigMap",
            opt(v.config_map.as_ref(), |x| o(alloc::vec![
                ("Name", s(&x.name)),
                ("Items", list(&x.items, key_to_path)),
                ("DefaultMode", oi(x.default_mode.map(i64::from))),
                ("Optional", ob(x.optional)),
            ]))
        ),
        (
            "VsphereVolume",
            opt(v.vsphere_volume.as_ref(), |x| o(alloc::vec![
                ("VolumePath", s(&x.volume_path)),
                ("FSType", s(&x.fs_type)),
                ("StoragePolicyName", s(&x.storage_policy_name)),
                ("StoragePolicyID", s(&x.storage_policy_id)),
            ]))
        ),
        ("AzureDisk", opt(v.azure_disk.as_ref(), azure_disk)),
        (
            "PhotonPersistentDisk",
            opt(v.photon_persistent_disk.as_ref(), |x| o(alloc::vec![
                ("PdID", s(&x.pd_id)),
                ("FSType", s(&x.fs_type)),
            ]))
        ),
        ("Projected", opt(v.projected.as_ref(), projected)),
        (
            "PortworxVolume",
            opt(v.portworx_volume.as_ref(), |x| o(alloc::vec![
                ("VolumeID", s(&x.volume_id)),
                ("FSType", s(&x.fs_type)),
                ("ReadOnly", Json::Bool(x.read_only)),
            ]))
        ),
        ("ScaleIO", opt(v.scale_io.as_ref(), scale_io)),
        ("StorageOS", opt(v.storageos.as_ref(), storage_os)),
        ("CSI", opt(v.csi.as_ref(), csi)),
        (
            "Ephemeral",
            opt(v.ephemeral.as_ref(), |x| o(alloc::vec![(
                "VolumeClaimTemplate",
                opt(x.volume_claim_template.as_ref(), claim_template)
            )]))
        ),
        (
            "Image",
            opt(v.image.as_ref(), |x| o(alloc::vec![
                ("Reference", s(&x.reference)),
                ("PullPolicy", s(&x.pull_policy)),
            ]))
        ),
    ])
}

#[cfg(test)]
mod tests {
    use alloc::string::ToString;

    use crate::api::core::PodTemplateSpec;
    use crate::meta::field::Json;
    use crate::validation::pod::pod_template_json;

    fn member<'a>(j: &'a Json, key: &str) -> Option<&'a Json> {
        match j {
            Json::Object(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The first volume of a template's JSON.
    fn first_volume(template: &str) -> Json {
        let t: PodTemplateSpec = serde_json::from_str(template).unwrap();
        let json = pod_template_json(&t);
        let volumes = member(&json, "Spec").and_then(|s| member(s, "Volumes"));
        match volumes {
            Some(Json::Array(v)) => v.first().cloned().unwrap(),
            other => panic!("no volumes: {other:?}"),
        }
    }

    // Expected text written from the Go structs: `PersistentVolumeClaimTemplate` embeds the tagged
    // `metav1.ObjectMeta` (omitempty members, inlined), then `Spec PersistentVolumeClaimSpec`
    // with Go names, `Resources` a struct value, pointers `null` when unset.
    #[test]
    fn ephemeral_claim_template_keeps_metadata_tags_and_go_spec_names() {
        let v = first_volume(
            r#"{"metadata": {"labels": {"app": "a"}}, "spec": {
                "containers": [{"name": "c", "image": "i"}],
                "volumes": [{"name": "scratch", "ephemeral": {"volumeClaimTemplate": {
                    "metadata": {"labels": {"type": "scratch"}, "annotations": {"a": "b"}},
                    "spec": {
                        "accessModes": ["ReadWriteOnce"],
                        "selector": {"matchLabels": {"disk": "ssd"}},
                        "resources": {"requests": {"storage": "1Gi"}},
                        "storageClassName": "fast",
                        "dataSourceRef": {"apiGroup": "snapshot.storage.k8s.io",
                            "kind": "VolumeSnapshot", "name": "snap"}
                    }}}}]}}"#,
        );
        assert_eq!(
            member(&v, "Ephemeral").unwrap().to_string(),
            concat!(
                r#"{"VolumeClaimTemplate":{"labels":{"type":"scratch"},"annotations":{"a":"b"},"#,
                r#""Spec":{"AccessModes":["ReadWriteOnce"],"Selector":{"matchLabels":{"disk":"ssd"}},"#,
                r#""Resources":{"Limits":null,"Requests":{"storage":"1Gi"}},"VolumeName":"","#,
                r#""StorageClassName":"fast","VolumeMode":null,"DataSource":null,"#,
                r#""DataSourceRef":{"APIGroup":"snapshot.storage.k8s.io","Kind":"VolumeSnapshot","#,
                r#""Name":"snap","Namespace":null},"VolumeAttributesClassName":null}}}"#,
            )
        );
        assert_eq!(member(&v, "Image"), Some(&Json::Null));
    }

    #[test]
    fn internal_names_of_the_rarer_sources() {
        let v = first_volume(
            r#"{"spec": {"containers": [{"name": "c", "image": "i"}], "volumes": [{"name": "v",
                "iscsi": {"targetPortal": "10.0.0.1:3260", "iqn": "iqn.2015-02.example.com:t",
                    "lun": 1, "chapAuthSession": true, "secretRef": {"name": "s"}}}]}}"#,
        );
        assert_eq!(
            member(&v, "ISCSI").unwrap().to_string(),
            concat!(
                r#"{"TargetPortal":"10.0.0.1:3260","IQN":"iqn.2015-02.example.com:t","Lun":1,"#,
                r#""ISCSIInterface":"","FSType":"","ReadOnly":false,"Portals":null,"#,
                r#""DiscoveryCHAPAuth":false,"SessionCHAPAuth":true,"SecretRef":{"Name":"s"},"#,
                r#""InitiatorName":null}"#,
            )
        );
        let v = first_volume(
            r#"{"spec": {"containers": [{"name": "c", "image": "i"}], "volumes": [{"name": "v",
                "projected": {"sources": [
                    {"clusterTrustBundle": {"signerName": "example.com/s",
                        "labelSelector": {"matchLabels": {"k": "v"}}, "path": "b.pem"}},
                    {"podCertificate": {"signerName": "example.com/s", "keyType": "ED25519",
                        "credentialBundlePath": "c.pem"}}]}}]}}"#,
        );
        let sources = member(&v, "Projected").and_then(|p| member(p, "Sources"));
        let Some(Json::Array(sources)) = sources else {
            panic!("no sources: {v:?}");
        };
        assert_eq!(
            member(&sources[0], "ClusterTrustBundle")
                .unwrap()
                .to_string(),
            concat!(
                r#"{"Name":null,"SignerName":"example.com/s","#,
                r#""LabelSelector":{"matchLabels":{"k":"v"}},"Optional":null,"Path":"b.pem"}"#,
            )
        );
        assert_eq!(
            member(&sources[1], "PodCertificate").unwrap().to_string(),
            concat!(
                r#"{"SignerName":"example.com/s","KeyType":"ED25519","MaxExpirationSeconds":null,"#,
                r#""CredentialBundlePath":"c.pem","KeyPath":"","CertificateChainPath":"","#,
                r#""UserAnnotations":null}"#,
            )
        );
    }

    #[test]
    fn scheduling_group() {
        let t: PodTemplateSpec = serde_json::from_str(
            r#"{"spec": {"containers": [{"name": "c", "image": "i"}],
                "schedulingGroup": {"podGroupName": "g"}}}"#,
        )
        .unwrap();
        let json = pod_template_json(&t);
        let group = member(&json, "Spec").and_then(|s| member(s, "SchedulingGroup"));
        assert_eq!(group.unwrap().to_string(), r#"{"PodGroupName":"g"}"#);
    }
}
