//! The legacy (in-tree vendor) volume sources after pkg/apis/core/validation/validation_test.go
//! (`TestValidateVolumes`: the Flocker, RBD, Cinder, CephFS, FC, FlexVolume, AzureFile, Quobyte,
//! AzureDisk and ScaleIO rows, and the two iSCSI initiatorName rows left out of
//! `upstream_pod_volume_sources`), through the API server's create path with the source as the
//! pod's only volume, as in `upstream_pod_volume_sources`.
//! Upstream checks each error's type and field (and sometimes part of the detail); each row here
//! pins the whole list, with the messages of validation.go (`validateFlockerVolumeSource`,
//! `validateRBDVolumeSource`, `validateCephFSVolumeSource`, `validateFCVolumeSource`,
//! `validateAzureFile`, `validateQuobyteVolumeSource`, `validateAzureDisk`,
//! `validateScaleIOVolumeSource`, `validateISCSIVolumeSource`). Notes:
//! - validateVolumeSource validates CephFS under the child `cephfs` (not the JSON name `cephFS`).
//! - The FC bad value is a list; a 1.36 API server renders such values as JSON (`["x"]`).
//! - "AzureDisk empty disk uri": upstream validates an internal volume whose `kind` is unset, so
//!   it expects the `diskURI` Required error alone. Through the API server, v1 defaulting sets
//!   `kind: Shared` first, and validateAzureDisk then also rejects the empty URI as not a blob
//!   URI (`NotSupported` with the blob form), so the row pins both errors.
//!
//! Nothing skipped: every row of these sources is expressible in v1 JSON. The table holds no
//! rows for NFS, vSphere, PhotonPersistentDisk, PortworxVolume or StorageOS.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use serde_json::{json, Value};

use crate::upstream_pod_validation::create;
use crate::upstream_pod_volume_sources::vol;

const P: &str = "spec.volumes[0]";

// TestValidateVolumes: ISCSI (the initiatorName rows; upstream's validInitiatorName and
// invalidInitiatorName are defined at the top of the test)
#[test]
fn iscsi_initiator_name() {
    let iscsi = |initiator: &str| {
        vol(
            "iscsi",
            json!({"iscsi": {
                "targetPortal": "127.0.0.1", "iqn": "iqn.2015-02.example.com:test", "lun": 1,
                "initiatorName": initiator, "fsType": "ext4", "readOnly": false
            }}),
        )
    };
    create(
        "valid initiatorName",
        iscsi("iqn.2015-02.example.com:init"),
        &[],
    );
    create(
        "invalid initiatorName",
        iscsi("2015-02.example.com:init"),
        &[&format!(
            r#"{P}.iscsi.initiatorname: Invalid value: "2015-02.example.com:init": must be valid format starting with iqn, eui, or naa"#
        )],
    );
}

// TestValidateVolumes: Flocker
#[test]
fn flocker() {
    let flocker = |source: Value| vol("flocker", json!({ "flocker": source }));
    const UUID: &str = "d846b09d-223d-43df-ab5b-d6db2206a0e4";
    create(
        "valid Flocker -- datasetUUID",
        flocker(json!({ "datasetUUID": UUID })),
        &[],
    );
    create(
        "valid Flocker -- datasetName",
        flocker(json!({"datasetName": "datasetName"})),
        &[],
    );
    create(
        "both empty",
        flocker(json!({"datasetName": ""})),
        &[&format!(
            "{P}.flocker: Required value: one of datasetName and datasetUUID is required"
        )],
    );
    create(
        "both specified",
        flocker(json!({"datasetName": "datasetName", "datasetUUID": UUID})),
        &[&format!(
            r#"{P}.flocker: Invalid value: "resource": datasetName and datasetUUID can not be specified simultaneously"#
        )],
    );
    create(
        "slash in flocker datasetName",
        flocker(json!({"datasetName": "foo/bar"})),
        &[&format!(
            r#"{P}.flocker.datasetName: Invalid value: "foo/bar": must not contain '/'"#
        )],
    );
}

// TestValidateVolumes: RBD
#[test]
fn rbd() {
    let rbd = |monitors: Value, image: &str| {
        vol(
            "rbd",
            json!({"rbd": {"monitors": monitors, "image": image, "fsType": "ext4"}}),
        )
    };
    create("valid RBD", rbd(json!(["foo"]), "bar"), &[]);
    create(
        "empty rbd monitors",
        rbd(json!([]), "bar"),
        &[&format!("{P}.rbd.monitors: Required value")],
    );
    create(
        "empty image",
        rbd(json!(["foo"]), ""),
        &[&format!("{P}.rbd.image: Required value")],
    );
}

// TestValidateVolumes: Cinder
#[test]
fn cinder() {
    create(
        "valid Cinder",
        vol(
            "cinder",
            json!({"cinder": {"volumeID": "29ea5088-4f60-4757-962e-dba678767887", "fsType": "ext4", "readOnly": false}}),
        ),
        &[],
    );
}

// TestValidateVolumes: CephFS
#[test]
fn cephfs() {
    let cephfs = |monitors: Value| vol("cephfs", json!({"cephfs": {"monitors": monitors}}));
    create("valid CephFS", cephfs(json!(["foo"])), &[]);
    create(
        "empty cephfs monitors",
        cephfs(json!([])),
        &[&format!("{P}.cephfs.monitors: Required value")],
    );
}

// TestValidateVolumes: FC
#[test]
fn fc() {
    let fc = |source: Value| {
        let mut s = json!({"fsType": "ext4", "readOnly": false});
        crate::upstream_pod_validation::merge(&mut s, source);
        vol("fc", json!({ "fc": s }))
    };
    create(
        "FC valid targetWWNs and lun",
        fc(json!({"targetWWNs": ["some_wwn"], "lun": 1})),
        &[],
    );
    create("FC valid wwids", fc(json!({"wwids": ["some_wwid"]})), &[]);
    create(
        "FC empty targetWWNs and wwids",
        fc(json!({"targetWWNs": [], "lun": 1, "wwids": []})),
        &[&format!(
            "{P}.fc.targetWWNs: Required value: must specify either targetWWNs or wwids, but not both"
        )],
    );
    create(
        "FC invalid: both targetWWNs and wwids simultaneously",
        fc(json!({"targetWWNs": ["some_wwn"], "lun": 1, "wwids": ["some_wwid"]})),
        &[&format!(
            r#"{P}.fc.targetWWNs: Invalid value: ["some_wwn"]: targetWWNs and wwids can not be specified simultaneously"#
        )],
    );
    create(
        "FC valid targetWWNs and empty lun",
        fc(json!({"targetWWNs": ["wwn"]})),
        &[&format!(
            "{P}.fc.lun: Required value: lun is required if targetWWNs is specified"
        )],
    );
    create(
        "FC valid targetWWNs and invalid lun",
        fc(json!({"targetWWNs": ["wwn"], "lun": 256})),
        &[&format!(
            "{P}.fc.lun: Invalid value: 256: must be between 0 and 255, inclusive"
        )],
    );
}

// TestValidateVolumes: FlexVolume
#[test]
fn flex_volume() {
    create(
        "valid FlexVolume",
        vol(
            "flex-volume",
            json!({"flexVolume": {"driver": "kubernetes.io/blue", "fsType": "ext4"}}),
        ),
        &[],
    );
}

// TestValidateVolumes: AzureFile
#[test]
fn azure_file() {
    let azure = |secret: &str, share: &str| {
        vol(
            "azure-file",
            json!({"azureFile": {"secretName": secret, "shareName": share, "readOnly": false}}),
        )
    };
    create("valid AzureFile", azure("key", "share"), &[]);
    create(
        "AzureFile empty secret",
        azure("", "share"),
        &[&format!("{P}.azureFile.secretName: Required value")],
    );
    create(
        "AzureFile empty share",
        azure("name", ""),
        &[&format!("{P}.azureFile.shareName: Required value")],
    );
}

// TestValidateVolumes: Quobyte
#[test]
fn quobyte() {
    const TENANT: &str = "ThisIsSomeTenantUUID";
    const PAIRS: &str = "must be a host:port pair or multiple pairs separated by commas";
    let quobyte = |source: Value| vol("quobyte", json!({ "quobyte": source }));
    create(
        "valid Quobyte",
        quobyte(json!({
            "registry": "registry:7861", "volume": "volume", "readOnly": false,
            "user": "root", "group": "root", "tenant": TENANT
        })),
        &[],
    );
    create(
        "empty registry quobyte",
        quobyte(json!({"volume": "/test", "tenant": TENANT})),
        &[&format!("{P}.quobyte.registry: Required value: {PAIRS}")],
    );
    for (name, registry) in [
        ("wrong format registry quobyte", "registry7861"),
        (
            "wrong format multiple registries quobyte",
            "registry:7861,reg2",
        ),
    ] {
        create(
            name,
            quobyte(json!({"registry": registry, "volume": "/test", "tenant": TENANT})),
            &[&format!(
                r#"{P}.quobyte.registry: Invalid value: "{registry}": {PAIRS}"#
            )],
        );
    }
    create(
        "empty volume quobyte",
        quobyte(json!({"registry": "registry:7861", "tenant": TENANT})),
        &[&format!("{P}.quobyte.volume: Required value")],
    );
    create(
        "empty tenant quobyte",
        quobyte(json!({"registry": "registry:7861", "volume": "/test", "tenant": ""})),
        &[],
    );
    create(
        "too long tenant quobyte",
        quobyte(json!({
            "registry": "registry:7861", "volume": "/test",
            "tenant": "this is too long to be a valid uuid so this test has to fail on the maximum length validation of the tenant."
        })),
        &[&format!(
            "{P}.quobyte.tenant: Required value: must be a UUID and may not exceed a length of 64 characters"
        )],
    );
}

// TestValidateVolumes: AzureDisk (v1 defaulting gives the disk `kind: Shared`, see the module doc)
#[test]
fn azure_disk() {
    let azure = |disk: &str, uri: &str| {
        vol(
            "azure-disk",
            json!({"azureDisk": {"diskName": disk, "diskURI": uri}}),
        )
    };
    create(
        "valid AzureDisk",
        azure("foo", "https://blob/vhds/bar.vhd"),
        &[],
    );
    create(
        "AzureDisk empty disk name",
        azure("", "https://blob/vhds/bar.vhd"),
        &[&format!("{P}.azureDisk.diskName: Required value")],
    );
    create(
        "AzureDisk empty disk uri",
        azure("foo", ""),
        &[
            &format!("{P}.azureDisk.diskURI: Required value"),
            &format!(
                r#"{P}.azureDisk.diskURI: Unsupported value: "": supported values: "https://{{account-name}}.blob.core.windows.net/{{container-name}}/{{disk-name}}.vhd""#
            ),
        ],
    );
}

// TestValidateVolumes: ScaleIO
#[test]
fn scale_io() {
    let sio = |gateway: &str, system: &str, volume: &str| {
        vol(
            "scaleio-volume",
            json!({"scaleIO": {"gateway": gateway, "system": system, "volumeName": volume}}),
        )
    };
    create(
        "valid scaleio volume",
        sio("http://abcd/efg", "test-system", "test-vol-1"),
        &[],
    );
    create(
        "ScaleIO with empty name",
        sio("http://abcd/efg", "test-system", ""),
        &[&format!("{P}.scaleIO.volumeName: Required value")],
    );
    create(
        "ScaleIO with empty gateway",
        sio("", "test-system", "test-vol-1"),
        &[&format!("{P}.scaleIO.gateway: Required value")],
    );
    create(
        "ScaleIO with empty system",
        sio("http://agc/efg/gateway", "", "test-vol-1"),
        &[&format!("{P}.scaleIO.system: Required value")],
    );
}
