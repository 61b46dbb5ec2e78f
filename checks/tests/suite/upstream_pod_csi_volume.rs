//! Inline CSI volumes after pkg/apis/core/validation/validation_test.go
//! (`TestValidateCSIVolumeSource`), through the API server's create path with the source as the
//! pod's only volume. Upstream checks the first error's type and field; each row here pins the
//! whole list, with the messages of `validateCSIVolumeSource` and `ValidateCSIDriverName` in
//! validation.go.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use serde_json::{json, Value};

use crate::upstream_pod_validation::create;
use crate::upstream_pod_validation_containers::SUBDOMAIN;

fn csi(source: Value) -> Value {
    json!({"spec": {"volumes": [{"name": "v", "csi": source}]}})
}

const DRIVER: &str = "spec.volumes[0].csi.driver";

// TestValidateCSIVolumeSource
#[test]
fn csi_volume_sources() {
    for (name, driver) in [
        ("all required fields ok", "test-driver"),
        (
            "driver name: ok no punctuations",
            "comgooglestoragecsigcepd",
        ),
        ("driver name: ok dot only", "io.kubernetes.storage.csi.flex"),
        (
            "driver name: ok dash only",
            "io-kubernetes-storage-csi-flex",
        ),
        (
            "driver name: ok beginning with number",
            "2io.kubernetes.storage-csi.flex",
        ),
        (
            "driver name: ok ending with number",
            "io.kubernetes.storage-csi.flex2",
        ),
        ("driver name: ok length 1", "a"),
    ] {
        create(name, csi(json!({ "driver": driver })), &[]);
    }
    create(
        "missing driver name",
        csi(json!({"driver": ""})),
        &[
            &format!("{DRIVER}: Required value"),
            &format!(r#"{DRIVER}: Invalid value: "": {SUBDOMAIN}"#),
        ],
    );
    for (name, driver) in [
        (
            "driver name: invalid underscore",
            "io_kubernetes_storage_csi_flex",
        ),
        (
            "driver name: invalid dot underscores",
            "io.kubernetes.storage_csi.flex",
        ),
        (
            "driver name: invalid dot dash underscores",
            "io.kubernetes-storage.csi_flex",
        ),
        (
            "driver name: invalid start char",
            "_comgooglestoragecsigcepd",
        ),
        ("driver name: invalid end char", "comgooglestoragecsigcepd/"),
        (
            "driver name: invalid separators",
            "com/google/storage/csi~gcepd",
        ),
    ] {
        create(
            name,
            csi(json!({ "driver": driver })),
            &[&format!(
                r#"{DRIVER}: Invalid value: "{driver}": {SUBDOMAIN}"#
            )],
        );
    }
    create(
        "driver name: invalid length > 63",
        csi(json!({"driver": "g".repeat(65)})),
        &[&format!(
            "{DRIVER}: Too long: may not be more than 63 bytes"
        )],
    );
    create(
        "valid nodePublishSecretRef",
        csi(json!({"driver": "com.google.gcepd", "nodePublishSecretRef": {"name": "foobar"}})),
        &[],
    );
    create(
        "nodePublishSecretRef: invalid name missing",
        csi(json!({"driver": "com.google.gcepd", "nodePublishSecretRef": {"name": ""}})),
        &["spec.volumes[0].csi.nodePublishSecretRef.name: Required value"],
    );
}
