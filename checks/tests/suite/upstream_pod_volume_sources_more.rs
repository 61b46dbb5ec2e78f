//! More volume sources after pkg/apis/core/validation/validation_test.go (`TestValidateVolumes`:
//! the volume-name, hostPath, emptyDir, downwardAPI, projected and image rows; the emptyDir
//! sizeLimit row comes from `TestAlphaLocalStorageCapacityIsolation`; the serviceAccountToken,
//! ephemeral and AppArmor profile-field rows are error cases of `TestValidatePod`), through the
//! API server's create path with the source as the pod's only volume, as in
//! `upstream_pod_volume_sources`.
//! Upstream checks each error's type and field (and sometimes part of the detail); each row here
//! pins the whole list, with the messages of validation.go (`validateVolumes`,
//! `validateHostPathType`, `validateDownwardAPIVolumeFile`, `validateProjectedVolumeSource`,
//! `validateImageVolumeSource`). Note that `validateDownwardAPIVolumeSource` validates every item
//! under the source's own path, so item errors carry no `items[i]`.
//!
//! Skipped: "no volume source" (defaulting gives the volume an emptyDir, see
//! `upstream_pod_validation::volumes`) and "image volume with empty reference on other object"
//! (not a pod, so not on the create path). "mismatched AppArmor pod field and annotation types"
//! is in `upstream_pod_projected_certs`, with the other AppArmor annotation rows.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use serde_json::{json, Value};

use crate::upstream_pod_validation::create;
use crate::upstream_pod_volume_sources::vol;

const P: &str = "spec.volumes[0]";
const MODE: &str = "must be a number between 0 and 0777 (octal), both inclusive";

// TestValidateVolumes: EmptyDir and basic volume names
#[test]
fn names() {
    for name in ["empty", "123", "empty-123", "123-empty"] {
        create(
            &format!("valid name {name}"),
            vol(name, json!({"emptyDir": {}})),
            &[],
        );
    }
    create(
        "zero-length name",
        vol("", json!({"emptyDir": {}})),
        &[&format!("{P}.name: Required value")],
    );
    let long = "a".repeat(64);
    create(
        "name > 63 characters",
        vol(&long, json!({"emptyDir": {}})),
        &[&format!(
            r#"{P}.name: Invalid value: "{long}": must be no more than 63 characters"#
        )],
    );
    create(
        "name has dots",
        vol("a.b.c", json!({"emptyDir": {}})),
        &[&format!(
            r#"{P}.name: Invalid value: "a.b.c": must not contain dots"#
        )],
    );
    create(
        "name not a DNS label",
        vol("Not a DNS label!", json!({"emptyDir": {}})),
        &[&format!(
            r#"{P}.name: Invalid value: "Not a DNS label!": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"#
        )],
    );
}

// TestValidateVolumes: EmptyDir (the HugePages medium case after the table) and
// TestAlphaLocalStorageCapacityIsolation (sizeLimit)
#[test]
fn empty_dir() {
    create(
        "HugePages medium",
        vol("working", json!({"emptyDir": {"medium": "HugePages"}})),
        &[],
    );
    create(
        "sizeLimit",
        vol("tmpvol", json!({"emptyDir": {"sizeLimit": "5"}})),
        &[],
    );
}

// TestValidateVolumes: HostPath (default, supported, invalid type, backsteps)
#[test]
fn host_path() {
    let host =
        |path: &str, ty: &str| vol("hostpath", json!({"hostPath": {"path": path, "type": ty}}));
    create("default HostPath", host("/mnt/path", "Directory"), &[]);
    create("valid HostPath", host("/mnt/path", "Socket"), &[]);
    create(
        "invalid HostPath",
        host("/mnt/path", "invalid"),
        &[&format!(
            r#"{P}.hostPath.type: Unsupported value: "invalid": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket""#
        )],
    );
    create(
        "invalid HostPath backsteps",
        host("/mnt/path/..", "Directory"),
        &[&format!(
            r#"{P}.hostPath.path: Invalid value: "/mnt/path/..": must not contain '..'"#
        )],
    );
}

/// A downwardAPI item with the given path reading `metadata.labels`, merged with `extra`.
fn labels_item(path: &str, extra: Value) -> Value {
    let mut item =
        json!({"path": path, "fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.labels"}});
    crate::upstream_pod_validation::merge(&mut item, extra);
    item
}

fn downward(items: Value) -> Value {
    vol("downapi", json!({"downwardAPI": {"items": items}}))
}

// TestValidateVolumes: DownwardAPI
#[test]
fn downward_api() {
    let field = |path: &str, field_path: &str| json!({"path": path, "fieldRef": {"apiVersion": "v1", "fieldPath": field_path}});
    let resource = |path: &str, resource: &str| json!({"path": path, "resourceFieldRef": {"containerName": "test-container", "resource": resource}});
    create(
        "valid DownwardAPI",
        vol(
            "downwardapi",
            json!({"downwardAPI": {"items": [
                field("labels", "metadata.labels"),
                field("labels with subscript", "metadata.labels['key']"),
                field("labels with complex subscript", "metadata.labels['test.example.com/key']"),
                field("annotations", "metadata.annotations"),
                field("annotations with subscript", "metadata.annotations['key']"),
                field("annotations with complex subscript", "metadata.annotations['TEST.EXAMPLE.COM/key']"),
                field("namespace", "metadata.namespace"),
                field("name", "metadata.name"),
                field("path/with/subdirs", "metadata.labels"),
                field("path/./withdot", "metadata.labels"),
                field("path/with/embedded..dotdot", "metadata.labels"),
                field("path/with/leading/..dotdot", "metadata.labels"),
                resource("cpu_limit", "limits.cpu"),
                resource("cpu_request", "requests.cpu"),
                resource("memory_limit", "limits.memory"),
                resource("memory_request", "requests.memory"),
            ]}}),
        ),
        &[],
    );
    create(
        "hugepages-downwardAPI-enabled",
        vol(
            "downwardapi",
            json!({"downwardAPI": {"items": [
                resource("hugepages_request", "requests.hugepages-2Mi"),
                resource("hugepages_limit", "limits.hugepages-2Mi"),
            ]}}),
        ),
        &[],
    );
    create(
        "downapi valid defaultMode",
        vol("downapi", json!({"downwardAPI": {"defaultMode": 0o644}})),
        &[],
    );
    create(
        "downapi valid item mode",
        downward(json!([labels_item("path", json!({"mode": 0o644}))])),
        &[],
    );
    for (what, mode) in [("positive", 0o1000), ("negative", -1)] {
        create(
            &format!("downapi invalid {what} item mode"),
            downward(json!([labels_item("path", json!({ "mode": mode }))])),
            &[&format!(
                "{P}.downwardAPI.mode: Invalid value: {mode}: {MODE}"
            )],
        );
    }
    create(
        "downapi empty metatada path",
        downward(json!([labels_item("", json!({}))])),
        &[&format!("{P}.downwardAPI.path: Required value")],
    );
    for (name, path, detail) in [
        (
            "downapi absolute path",
            "/absolutepath",
            "must be a relative path",
        ),
        (
            "downapi dot dot path",
            "../../passwd",
            "must not contain '..'",
        ),
        (
            "downapi dot dot file name",
            "..badFileName",
            "must not start with '..'",
        ),
        (
            "downapi dot dot first level dirent",
            "..badDirName/goodFileName",
            "must not start with '..'",
        ),
    ] {
        create(
            name,
            downward(json!([labels_item(path, json!({}))])),
            &[&format!(
                r#"{P}.downwardAPI.path: Invalid value: "{path}": {detail}"#
            )],
        );
    }
    create(
        "downapi fieldRef and ResourceFieldRef together",
        downward(json!([labels_item(
            "test",
            json!({"resourceFieldRef": {"containerName": "test-container", "resource": "requests.memory"}})
        )])),
        &[&format!(
            r#"{P}.downwardAPI: Invalid value: "resource": fieldRef and resourceFieldRef can not be specified simultaneously"#
        )],
    );
    for (what, mode) in [("positive", 0o1000), ("negative", -1)] {
        create(
            &format!("downapi invalid {what} defaultMode"),
            vol("downapi", json!({"downwardAPI": {"defaultMode": mode}})),
            &[&format!(
                "{P}.downwardAPI.defaultMode: Invalid value: {mode}: {MODE}"
            )],
        );
    }
}

// TestValidateVolumes: ProjectedVolumeSource
#[test]
fn projected() {
    let projected = |sources: Value| {
        vol(
            "projected-volume",
            json!({"projected": {"sources": sources}}),
        )
    };
    let forbidden = format!(
        "{P}.projected.sources[1]: Forbidden: may not specify more than 1 volume type per source"
    );
    create(
        "ProjectedVolumeSource more than one projection in a source",
        projected(json!([
            {"secret": {"name": "foo"}},
            {"secret": {"name": "foo"}, "downwardAPI": {}},
        ])),
        &[&forbidden],
    );
    create(
        "ProjectedVolumeSource more than one projection in a source (unnamed secrets)",
        projected(json!([
            {"secret": {}},
            {"secret": {}, "downwardAPI": {}},
        ])),
        &[
            &format!("{P}.projected.sources[0].secret.name: Required value"),
            &format!("{P}.projected.sources[1].secret.name: Required value"),
            &forbidden,
        ],
    );
}

// TestValidateVolumes: ImageVolumeSource
#[test]
fn image() {
    let image = |name: &str, reference: &str, policy: &str| {
        vol(
            name,
            json!({"image": {"reference": reference, "pullPolicy": policy}}),
        )
    };
    create(
        "valid image volume on pod",
        image("image-volume", "quay.io/my/artifact:v1", "IfNotPresent"),
        &[],
    );
    create(
        "image volume with empty name",
        image("", "quay.io/my/artifact:v1", "IfNotPresent"),
        &[&format!("{P}.name: Required value")],
    );
    create(
        "image volume with empty reference on pod",
        image("image-volume", "", "IfNotPresent"),
        &[&format!("{P}.image.reference: Required value")],
    );
    create(
        "image volume with wrong pullPolicy",
        image("image-volume", "quay.io/my/artifact:v1", "wrong"),
        &[&format!(
            r#"{P}.image.pullPolicy: Unsupported value: "wrong": supported values: "Always", "IfNotPresent", "Never""#
        )],
    );
}

// TestValidatePod: projected serviceAccountToken (error case "serviceaccount token projected
// volume with no serviceaccount name specified"; v1 defaulting leaves serviceAccountName unset)
#[test]
fn projected_service_account_token() {
    create(
        "serviceaccount token projected volume with no serviceaccount name specified",
        vol(
            "projected-volume",
            json!({"projected": {"sources": [{"serviceAccountToken": {
                "audience": "foo-audience", "expirationSeconds": 6000, "path": "foo-path"
            }}]}}),
        ),
        &[&format!("{P}.projected.sources[0].serviceAccountToken: Forbidden: must not be specified when serviceAccountName is not set")],
    );
}

// TestValidatePod: ephemeral (error case "PersistentVolumeClaimVolumeSource must not reference a
// generated PVC"; the pod is "123", so the ephemeral volume's claim is "123-ephemeral-volume")
#[test]
fn ephemeral() {
    create(
        "PersistentVolumeClaimVolumeSource must not reference a generated PVC",
        json!({"spec": {"volumes": [
            {"name": "pvc-volume", "persistentVolumeClaim": {"claimName": "123-ephemeral-volume"}},
            {"name": "ephemeral-volume", "ephemeral": {"volumeClaimTemplate": {"spec": {
                "accessModes": ["ReadWriteOnce"],
                "resources": {"requests": {"storage": "10G"}}
            }}}},
        ]}}),
        &[
            r#"spec.volumes[0].persistentVolumeClaim.claimName: Invalid value: "123-ephemeral-volume": must not reference a PVC that gets created for an ephemeral volume"#,
        ],
    );
}

// TestValidatePod: AppArmor (the profile-field error cases)
#[test]
fn apparmor_fields() {
    const POD: &str = "spec.securityContext.appArmorProfile";
    let pod_profile = |p: Value| json!({"spec": {"securityContext": {"appArmorProfile": p}}});
    let supported = r#"supported values: "Localhost", "RuntimeDefault", "Unconfined""#;
    create(
        "unsupported pod AppArmor profile type",
        pod_profile(json!({"type": "test"})),
        &[&format!(
            r#"{POD}.type: Unsupported value: "test": {supported}"#
        )],
    );
    create(
        "unsupported container AppArmor profile type",
        crate::upstream_pod_validation::ctr(
            json!({"securityContext": {"appArmorProfile": {"type": "test"}}}),
        ),
        &[&format!(
            r#"spec.containers[0].securityContext.appArmorProfile.type: Unsupported value: "test": {supported}"#
        )],
    );
    create(
        "missing pod AppArmor profile type",
        pod_profile(json!({"type": ""})),
        &[&format!(
            "{POD}.type: Required value: type is required when appArmorProfile is set"
        )],
    );
    for (name, p) in [
        (
            "missing AppArmor localhost profile",
            json!({"type": "Localhost"}),
        ),
        (
            "empty AppArmor localhost profile",
            json!({"type": "Localhost", "localhostProfile": ""}),
        ),
    ] {
        create(
            name,
            pod_profile(p),
            &[&format!("{POD}.localhostProfile: Required value: must be set when AppArmor type is Localhost")],
        );
    }
    create(
        "invalid AppArmor localhost profile type",
        pod_profile(json!({"type": "RuntimeDefault", "localhostProfile": "foo-bar"})),
        &[&format!(
            r#"{POD}.localhostProfile: Invalid value: "foo-bar": can only be set when AppArmor type is Localhost"#
        )],
    );
    create(
        "invalid AppArmor localhost profile",
        pod_profile(json!({"type": "Localhost", "localhostProfile": "foo-bar "})),
        &[&format!(
            r#"{POD}.localhostProfile: Invalid value: "foo-bar ": must not be padded with whitespace"#
        )],
    );
    create(
        "too long AppArmor localhost profile",
        pod_profile(json!({"type": "Localhost", "localhostProfile": "a".repeat(4096)})),
        &[&format!(
            "{POD}.localhostProfile: Too long: may not be more than 4095 bytes"
        )],
    );
    // The mismatch is reported on the field, not the annotation: a 1.36-era API server answers
    // "spec.template.spec.containers[0].securityContext.appArmorProfile.type: Forbidden: apparmor
    // type in annotation and field must match" (kubernetes/kubernetes#128306).
    const CTR: &str = "spec.containers[0].securityContext.appArmorProfile";
    let annotated = |value: &str, spec: Value| json!({"metadata": {"annotations": {"container.apparmor.security.beta.kubernetes.io/ctr": value}}, "spec": spec});
    let ctr_profile = |p: Value| json!({"containers": [{"name": "ctr", "image": "image", "securityContext": {"appArmorProfile": p}}]});
    create(
        "mismatched AppArmor field and annotation types",
        annotated(
            "runtime/default",
            ctr_profile(json!({"type": "Unconfined"})),
        ),
        &[&format!(
            "{CTR}.type: Forbidden: apparmor type in annotation and field must match"
        )],
    );
    create(
        "mismatched AppArmor localhost profiles",
        annotated(
            "localhost/foo",
            ctr_profile(json!({"type": "Localhost", "localhostProfile": "bar"})),
        ),
        &[&format!(
            "{CTR}.localhostProfile: Forbidden: apparmor profile in annotation and field must match"
        )],
    );
}
