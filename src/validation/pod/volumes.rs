//! Volumes: unique DNS-label names, exactly one source, and the rules of each source
//! (`ValidateVolumes`, `validateVolumeSource` and the per-source functions)
//! (the path rules mounts and projections share are in `volume_files`)
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::format;

use super::image::validate_pull_policy;
use super::projected::{
    validate_downward_api_file, validate_key_to_path, validate_projection_sources,
};
use super::volume_files::{mode, validate_local_descending_path, validate_path_no_backsteps};
use super::volume_sources as src;
use super::{dns_label, named, push_violations, PodValidationOptions};
use crate::api::core::{ObjectMeta, Volume};
use crate::meta::field::{Error, ErrorList, LazyPath};
use crate::meta::NameValidator;
use crate::validation::small_map::{SmallMap, SmallSet};

const MORE: &str = "may not specify more than 1 volume type";

/// Go's `ValidateVolumes`: the errors, and the valid volumes by name for the containers' mounts.
pub(super) fn validate_volumes<'a>(
    volumes: &'a [Volume],
    meta: Option<&ObjectMeta>,
    path: &LazyPath<'_>,
    opts: &PodValidationOptions,
) -> (SmallMap<&'a str, &'a Volume>, ErrorList) {
    let mut errs = ErrorList::new();
    let mut valid = SmallMap::new();
    let pod_name = meta.map(|m| m.name.as_str()).filter(|n| !n.is_empty());
    // The claims the ephemeral volumes create are named `<pod>-<volume>`: a claim name is one
    // of them when it is the pod's name, `-`, and an ephemeral volume's name.
    let mut ephemeral = SmallSet::new();
    if pod_name.is_some() {
        for v in volumes.iter().filter(|v| v.ephemeral.is_some()) {
            ephemeral.add(v.name.as_str());
        }
    }
    let created = |claim: &str| {
        pod_name
            .and_then(|n| claim.strip_prefix(n))
            .and_then(|rest| rest.strip_prefix('-'))
            .is_some_and(|volume| ephemeral.contains(volume))
    };
    for (i, vol) in volumes.iter().enumerate() {
        let p = path.index(i);
        let name_path = p.child("name");
        let mut el = ErrorList::new();
        validate_volume_source(&mut el, vol, &p, pod_name, opts);
        if vol.name.is_empty() {
            el.push(Error::required(&name_path, ""));
        } else {
            dns_label(&mut el, &vol.name, &name_path);
        }
        if valid.contains(vol.name.as_str()) {
            el.push(Error::duplicate(&name_path, vol.name.as_str()));
        }
        if el.is_empty() {
            valid.insert(vol.name.as_str(), vol);
        } else {
            errs.append(el);
        }
        if let Some(pvc) = &vol.persistent_volume_claim {
            if created(&pvc.claim_name) {
                errs.push(Error::invalid(
                    &p.child("persistentVolumeClaim").child("claimName"),
                    pvc.claim_name.as_str(),
                    "must not reference a PVC that gets created for an ephemeral volume",
                ));
            }
        }
    }
    (valid, errs)
}

/// Go's `validateVolumeSource`: the first source set is validated, each further one is
/// forbidden (at upstream's field names, `downwarAPI` and `cephFS` included).
fn validate_volume_source(
    errs: &mut ErrorList,
    v: &Volume,
    path: &LazyPath<'_>,
    pod_name: Option<&str>,
    opts: &PodValidationOptions,
) {
    let mut n = 0;
    let mut one = |errs: &mut ErrorList, set: bool, forbidden_name: &str| -> bool {
        if !set {
            return false;
        }
        if n > 0 {
            errs.push(Error::forbidden(&path.child(forbidden_name), MORE));
            false
        } else {
            n += 1;
            true
        }
    };
    if let Some(ed) = &v.empty_dir {
        let _ = one(errs, true, "emptyDir");
        if ed.size_limit.as_ref().is_some_and(|q| q.signum() < 0) {
            errs.push(Error::forbidden(
                &path.child("emptyDir").child("sizeLimit"),
                "SizeLimit field must be a valid resource quantity",
            ));
        }
    }
    if one(errs, v.host_path.is_some(), "hostPath") {
        if let Some(hp) = &v.host_path {
            let p = path.child("hostPath");
            if hp.path.is_empty() {
                errs.push(Error::required(&p.child("path"), ""));
            } else {
                validate_path_no_backsteps(errs, &hp.path, &p.child("path"));
                if let Some(t) = &hp.type_ {
                    const TYPES: [&str; 8] = [
                        "",
                        "BlockDevice",
                        "CharDevice",
                        "Directory",
                        "DirectoryOrCreate",
                        "File",
                        "FileOrCreate",
                        "Socket",
                    ];
                    if !TYPES.contains(&t.as_str()) {
                        errs.push(Error::not_supported(&p.child("type"), named(t), &TYPES));
                    }
                }
            }
        }
    }
    if one(errs, v.git_repo.is_some(), "gitRepo") {
        if let Some(g) = &v.git_repo {
            let p = path.child("gitRepo");
            if g.repository.is_empty() {
                errs.push(Error::required(&p.child("repository"), ""));
            }
            validate_local_descending_path(errs, &g.directory, &p.child("directory"));
        }
    }
    if one(errs, v.gce_persistent_disk.is_some(), "gcePersistentDisk") {
        if let Some(pd) = &v.gce_persistent_disk {
            let p = path.child("persistentDisk");
            if pd.pd_name.is_empty() {
                errs.push(Error::required(&p.child("pdName"), ""));
            }
            partition(errs, pd.partition, &p);
        }
    }
    if one(
        errs,
        v.aws_elastic_block_store.is_some(),
        "awsElasticBlockStore",
    ) {
        if let Some(pd) = &v.aws_elastic_block_store {
            let p = path.child("awsElasticBlockStore");
            if pd.volume_id.is_empty() {
                errs.push(Error::required(&p.child("volumeID"), ""));
            }
            partition(errs, pd.partition, &p);
        }
    }
    if one(errs, v.secret.is_some(), "secret") {
        if let Some(s) = &v.secret {
            let p = path.child("secret");
            if s.secret_name.is_empty() {
                errs.push(Error::required(&p.child("secretName"), ""));
            }
            mode(errs, s.default_mode, &p.child("defaultMode"));
            for (i, kp) in s.items.iter().enumerate() {
                validate_key_to_path(errs, kp, &p.child("items").index(i));
            }
        }
    }
    if one(errs, v.nfs.is_some(), "nfs") {
        if let Some(nfs) = &v.nfs {
            let p = path.child("nfs");
            if nfs.server.is_empty() {
                errs.push(Error::required(&p.child("server"), ""));
            }
            if nfs.path.is_empty() {
                errs.push(Error::required(&p.child("path"), ""));
            }
            if !nfs.path.starts_with('/') {
                errs.push(Error::invalid(
                    &p.child("path"),
                    nfs.path.as_str(),
                    "must be an absolute path",
                ));
            }
        }
    }
    if one(errs, v.iscsi.is_some(), "iscsi") {
        if let Some(s) = &v.iscsi {
            src::iscsi(errs, s, &v.name, path, &path.child("iscsi"));
        }
    }
    if one(errs, v.glusterfs.is_some(), "glusterfs") {
        if let Some(s) = &v.glusterfs {
            src::required_fields(
                errs,
                &path.child("glusterfs"),
                &[
                    (s.endpoints.is_empty(), "endpoints"),
                    (s.path.is_empty(), "path"),
                ],
            );
        }
    }
    if one(errs, v.flocker.is_some(), "flocker") {
        if let Some(s) = &v.flocker {
            src::flocker(errs, s, &path.child("flocker"));
        }
    }
    if one(
        errs,
        v.persistent_volume_claim.is_some(),
        "persistentVolumeClaim",
    ) {
        if let Some(pvc) = &v.persistent_volume_claim {
            if pvc.claim_name.is_empty() {
                errs.push(Error::required(
                    &path.child("persistentVolumeClaim").child("claimName"),
                    "",
                ));
            }
        }
    }
    if one(errs, v.rbd.is_some(), "rbd") {
        if let Some(s) = &v.rbd {
            src::required_fields(
                errs,
                &path.child("rbd"),
                &[
                    (s.monitors.is_empty(), "monitors"),
                    (s.image.is_empty(), "image"),
                ],
            );
        }
    }
    if one(errs, v.cinder.is_some(), "cinder") {
        if let Some(s) = &v.cinder {
            src::cinder(errs, s, &path.child("cinder"));
        }
    }
    if one(errs, v.cephfs.is_some(), "cephFS") {
        if let Some(s) = &v.cephfs {
            src::cephfs(errs, s, &path.child("cephfs"));
        }
    }
    if one(errs, v.quobyte.is_some(), "quobyte") {
        if let Some(s) = &v.quobyte {
            src::quobyte(errs, s, &path.child("quobyte"));
        }
    }
    if one(errs, v.downward_api.is_some(), "downwarAPI") {
        if let Some(d) = &v.downward_api {
            let p = path.child("downwardAPI");
            mode(errs, d.default_mode, &p.child("defaultMode"));
            for f in &d.items {
                validate_downward_api_file(errs, f, &p);
            }
        }
    }
    if one(errs, v.fc.is_some(), "fc") {
        if let Some(s) = &v.fc {
            src::fc(errs, s, &path.child("fc"));
        }
    }
    if one(errs, v.flex_volume.is_some(), "flexVolume") {
        if let Some(s) = &v.flex_volume {
            src::flex(errs, s, &path.child("flexVolume"));
        }
    }
    if one(errs, v.config_map.is_some(), "configMap") {
        if let Some(cm) = &v.config_map {
            let p = path.child("configMap");
            if cm.name.is_empty() {
                errs.push(Error::required(&p.child("name"), ""));
            }
            mode(errs, cm.default_mode, &p.child("defaultMode"));
            for (i, kp) in cm.items.iter().enumerate() {
                validate_key_to_path(errs, kp, &p.child("items").index(i));
            }
        }
    }
    if one(errs, v.azure_file.is_some(), "azureFile") {
        if let Some(s) = &v.azure_file {
            src::required_fields(
                errs,
                &path.child("azureFile"),
                &[
                    (s.secret_name.is_empty(), "secretName"),
                    (s.share_name.is_empty(), "shareName"),
                ],
            );
        }
    }
    if one(errs, v.vsphere_volume.is_some(), "vsphereVolume") {
        if let Some(s) = &v.vsphere_volume {
            src::required_fields(
                errs,
                &path.child("vsphereVolume"),
                &[(s.volume_path.is_empty(), "volumePath")],
            );
        }
    }
    if one(
        errs,
        v.photon_persistent_disk.is_some(),
        "photonPersistentDisk",
    ) {
        if let Some(s) = &v.photon_persistent_disk {
            src::required_fields(
                errs,
                &path.child("photonPersistentDisk"),
                &[(s.pd_id.is_empty(), "pdID")],
            );
        }
    }
    if one(errs, v.portworx_volume.is_some(), "portworxVolume") {
        if let Some(s) = &v.portworx_volume {
            src::required_fields(
                errs,
                &path.child("portworxVolume"),
                &[(s.volume_id.is_empty(), "volumeID")],
            );
        }
    }
    if one(errs, v.azure_disk.is_some(), "azureDisk") {
        if let Some(s) = &v.azure_disk {
            src::azure_disk(errs, s, &path.child("azureDisk"));
        }
    }
    if one(errs, v.storageos.is_some(), "storageos") {
        if let Some(s) = &v.storageos {
            src::storageos(errs, s, &path.child("storageos"));
        }
    }
    if one(errs, v.projected.is_some(), "projected") {
        if let Some(pr) = &v.projected {
            let p = path.child("projected");
            mode(errs, pr.default_mode, &p.child("defaultMode"));
            validate_projection_sources(errs, pr, &p);
        }
    }
    if one(errs, v.scale_io.is_some(), "scaleIO") {
        if let Some(s) = &v.scale_io {
            src::required_fields(
                errs,
                &path.child("scaleIO"),
                &[
                    (s.gateway.is_empty(), "gateway"),
                    (s.system.is_empty(), "system"),
                    (s.volume_name.is_empty(), "volumeName"),
                ],
            );
        }
    }
    if one(errs, v.csi.is_some(), "csi") {
        if let Some(csi) = &v.csi {
            let p = path.child("csi");
            let dp = p.child("driver");
            if csi.driver.is_empty() {
                errs.push(Error::required(&dp, ""));
            }
            if csi.driver.len() > 63 {
                errs.push(Error::too_long(&dp, Some(63)));
            }
            push_violations(
                errs,
                &dp,
                &csi.driver,
                crate::meta::validate::dns1123_subdomain(&csi.driver.to_lowercase()),
            );
            if let Some(r) = &csi.node_publish_secret_ref {
                if r.name.is_empty() {
                    errs.push(Error::required(
                        &p.child("nodePublishSecretRef").child("name"),
                        "",
                    ));
                } else {
                    push_violations(
                        errs,
                        &p.child("name"),
                        &r.name,
                        NameValidator::DnsSubdomain.validate(&r.name, false),
                    );
                }
            }
        }
    }
    if one(errs, v.ephemeral.is_some(), "ephemeral") {
        if let Some(e) = &v.ephemeral {
            let p = path.child("ephemeral");
            match &e.volume_claim_template {
                None => errs.push(Error::required(&p.child("volumeClaimTemplate"), "")),
                Some(t) => errs.append(src::claim_template(t, &p.child("volumeClaimTemplate"))),
            }
            if let Some(pod_name) = pod_name {
                if !v.name.is_empty() {
                    let pvc = format!("{pod_name}-{}", v.name);
                    for msg in NameValidator::DnsSubdomain.validate(&pvc, false) {
                        errs.push(Error::invalid(
                            &path.child("name"),
                            v.name.as_str(),
                            format!(
                                "PVC name {}: {msg}",
                                crate::meta::field::BadValue::from(pvc.as_str())
                            ),
                        ));
                    }
                }
            }
        }
    }
    if one(errs, v.image.is_some(), "image") {
        if let Some(img) = &v.image {
            let p = path.child("image");
            if opts.resource_is_pod && img.reference.is_empty() {
                errs.push(Error::required(&p.child("reference"), ""));
            }
            validate_pull_policy(errs, &img.pull_policy, &p.child("pullPolicy"));
        }
    }
    if n == 0 {
        errs.push(Error::required(path, "must specify a volume type"));
    }
}

fn partition(errs: &mut ErrorList, p: i32, path: &LazyPath<'_>) {
    if !(0..=255).contains(&p) {
        errs.push(Error::invalid(
            &path.child("partition"),
            i64::from(p),
            "must be between 1 and 255, inclusive",
        ));
    }
}
