//! Volume sources after pkg/apis/core/validation/validation_test.go (`TestValidateVolumes`: the
//! GCE PD, AWS EBS, gitRepo, iSCSI, secret, configMap and glusterfs rows), through the API
//! server's create path with the source as the pod's only volume. Upstream checks the first
//! error's type and field (and sometimes part of the detail); each row here pins the whole list,
//! with the messages of validation.go (`validateLocalDescendingPath`, `validateKeyToPath`,
//! `validateISCSIVolumeSource`, the file-mode check).
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use serde_json::{json, Value};

use crate::upstream_pod_validation::create;

/// The pod with one volume `name` of the given source.
pub(crate) fn vol(name: &str, source: Value) -> Value {
    let mut v = json!({ "name": name });
    crate::upstream_pod_validation::merge(&mut v, source);
    json!({"spec": {"volumes": [v]}})
}

const P: &str = "spec.volumes[0]";
const MODE: &str = "must be a number between 0 and 0777 (octal), both inclusive";

// TestValidateVolumes: GcePersistentDisk, AWSElasticBlockStore, GitRepo
#[test]
fn disks_and_git_repos() {
    create(
        "valid GcePersistentDisk",
        vol(
            "gce-pd",
            json!({"gcePersistentDisk": {"pdName": "my-PD", "fsType": "ext4", "partition": 1, "readOnly": false}}),
        ),
        &[],
    );
    create(
        "valid AWSElasticBlockStore",
        vol(
            "aws-ebs",
            json!({"awsElasticBlockStore": {"volumeID": "my-PD", "fsType": "ext4", "partition": 1, "readOnly": false}}),
        ),
        &[],
    );
    let git = |name: &str, directory: &str| {
        vol(
            name,
            json!({"gitRepo": {"repository": "my-repo", "directory": directory}}),
        )
    };
    create(
        "valid GitRepo",
        vol(
            "git-repo",
            json!({"gitRepo": {"repository": "my-repo", "revision": "hashstring", "directory": "target"}}),
        ),
        &[],
    );
    create("valid GitRepo in .", git("git-repo-dot", "."), &[]);
    create(
        "valid GitRepo with .. in name",
        git("git-repo-dot-dot-foo", "..foo"),
        &[],
    );
    for (name, directory) in [
        ("GitRepo starts with ../", "../dots/bar"),
        ("GitRepo contains ..", "dots/../bar"),
    ] {
        create(
            name,
            git("gitrepo", directory),
            &[&format!(
                r#"{P}.gitRepo.directory: Invalid value: "{directory}": must not contain '..'"#
            )],
        );
    }
    create(
        "GitRepo absolute target",
        git("gitrepo", "/abstarget"),
        &[&format!(
            r#"{P}.gitRepo.directory: Invalid value: "/abstarget": must be a relative path"#
        )],
    );
}

// TestValidateVolumes: ISCSI (the initiatorName rows use values defined outside the table; the
// malformed-IQN rows carry validateISCSIVolumeSource's "must be valid format", which it gives
// an IQN that starts with iqn, eui or naa but does not match that form's expression)
#[test]
fn iscsi() {
    let iscsi = |portal: &str, iqn: &str, extra: Value| {
        let mut s = json!({"targetPortal": portal, "iqn": iqn, "lun": 1, "fsType": "ext4", "readOnly": false});
        crate::upstream_pod_validation::merge(&mut s, extra);
        vol("iscsi", json!({ "iscsi": s }))
    };
    for (name, iqn) in [
        ("valid ISCSI", "iqn.2015-02.example.com:test"),
        ("valid IQN: eui format", "eui.0123456789ABCDEF"),
        (
            "valid IQN: naa format",
            "naa.62004567BA64678D0123456789ABCDEF",
        ),
    ] {
        create(name, iscsi("127.0.0.1", iqn, json!({})), &[]);
    }
    create(
        "empty portal",
        iscsi("", "iqn.2015-02.example.com:test", json!({})),
        &[&format!("{P}.iscsi.targetPortal: Required value")],
    );
    create(
        "empty iqn",
        iscsi("127.0.0.1", "", json!({})),
        &[&format!("{P}.iscsi.iqn: Required value")],
    );
    for (name, iqn) in [
        (
            "invalid IQN: iqn format",
            "iqn.2015-02.example.com:test;ls;",
        ),
        ("invalid IQN: eui format", "eui.0123456789ABCDEFGHIJ"),
        (
            "invalid IQN: naa format",
            "naa.62004567BA_4-78D.123456789ABCDEF",
        ),
    ] {
        create(
            name,
            iscsi("127.0.0.1", iqn, json!({})),
            &[&format!(
                "{P}.iscsi.iqn: Invalid value: \"{iqn}\": must be valid format"
            )],
        );
    }
    for auth in ["chapAuthDiscovery", "chapAuthSession"] {
        create(
            &format!("empty secret ({auth})"),
            iscsi(
                "127.0.0.1",
                "iqn.2015-02.example.com:test",
                json!({ auth: true }),
            ),
            &[&format!("{P}.iscsi.secretRef: Required value")],
        );
    }
}

// TestValidateVolumes: Secret, ConfigMap
#[test]
fn secrets_and_config_maps() {
    for (kind, name_field, vol_name) in [
        ("secret", "secretName", "secret"),
        ("configMap", "name", "cfgmap"),
    ] {
        let src = |name: &str, extra: Value| {
            let mut s = json!({ name_field: name });
            crate::upstream_pod_validation::merge(&mut s, extra);
            vol(vol_name, json!({ kind: s }))
        };
        let my = format!("my-{vol_name}");
        create(&format!("valid {kind}"), src(&my, json!({})), &[]);
        create(
            &format!("valid {kind} with defaultMode"),
            src(&my, json!({"defaultMode": 0o644})),
            &[],
        );
        create(
            &format!("valid {kind} with projection and mode"),
            src(
                &my,
                json!({"items": [{"key": "key", "path": "filename", "mode": 0o644}]}),
            ),
            &[],
        );
        create(
            &format!("valid {kind} with subdir projection"),
            src(
                &my,
                json!({"items": [{"key": "key", "path": "dir/filename"}]}),
            ),
            &[],
        );
        let short = &kind[..1].to_lowercase();
        let item = |path: &str| src(short, json!({"items": [{"key": "key", "path": path}]}));
        create(
            &format!("{kind} with missing path"),
            item(""),
            &[&format!("{P}.{kind}.items[0].path: Required value")],
        );
        for (what, path) in [("leading ..", "../foo"), (".. inside", "foo/../bar")] {
            create(
                &format!("{kind} with {what}"),
                item(path),
                &[&format!(
                    r#"{P}.{kind}.items[0].path: Invalid value: "{path}": must not contain '..'"#
                )],
            );
        }
        for (what, mode) in [("positive", 0o1000), ("negative", -1)] {
            create(
                &format!("{kind} with invalid {what} defaultMode"),
                src(short, json!({ "defaultMode": mode })),
                &[&format!(
                    "{P}.{kind}.defaultMode: Invalid value: {mode}: {MODE}"
                )],
            );
        }
    }
}

// TestValidateVolumes: Glusterfs
#[test]
fn glusterfs() {
    let gluster = |endpoints: &str, path: &str| {
        vol(
            "glusterfs",
            json!({"glusterfs": {"endpoints": endpoints, "path": path, "readOnly": false}}),
        )
    };
    create("valid Glusterfs", gluster("host1", "path"), &[]);
    create(
        "empty hosts",
        gluster("", "path"),
        &[&format!("{P}.glusterfs.endpoints: Required value")],
    );
    create(
        "empty path",
        gluster("host", ""),
        &[&format!("{P}.glusterfs.path: Required value")],
    );
}
