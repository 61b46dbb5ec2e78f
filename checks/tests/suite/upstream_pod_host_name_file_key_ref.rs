//! `validatePodHostName` and `validateFileKeyRefVolumes` of
//! pkg/apis/core/validation/validation.go (1.36: `HostnameOverride` and `EnvFiles` are beta and
//! on), through the API server's create path. Each row pins the whole error list, written from
//! those functions' texts; the 64-byte hostname row agrees with the 1.36 API server's answer in
//! conformance vectors/validate_pod.jsonl (a 64-byte override is accepted).
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go>
//! (tests: `TestValidatePodHostName`, `TestValidateFileKeyRefVolume` of validation_test.go).

use serde_json::{json, Value};

use crate::upstream_pod_validation::create;

const OVERRIDE: &str = "spec.hostnameOverride";

#[test]
fn hostname_override() {
    let spec = |extra: Value| {
        let mut s = json!({"hostnameOverride": "node-1.example.com"});
        crate::upstream_pod_validation::merge(&mut s, extra);
        json!({ "spec": s })
    };
    create("valid override", spec(json!({})), &[]);
    create(
        "64 bytes",
        spec(json!({"hostnameOverride": "a".repeat(64)})),
        &[],
    );
    create(
        "65 bytes",
        spec(json!({"hostnameOverride": "a".repeat(65)})),
        &[&format!(
            "{OVERRIDE}: Too long: may not be more than 64 bytes"
        )],
    );
    create(
        "with setHostnameAsFQDN",
        spec(json!({"setHostnameAsFQDN": true})),
        &[&format!(
            "{OVERRIDE}: Forbidden: may not be specified when setHostnameAsFQDN is true"
        )],
    );
    create(
        "with hostNetwork",
        spec(json!({"hostNetwork": true})),
        &[&format!(
            "{OVERRIDE}: Forbidden: may not be specified when hostNetwork is true"
        )],
    );
    create(
        "setHostnameAsFQDN false",
        spec(json!({"setHostnameAsFQDN": false})),
        &[],
    );
    create(
        "not a subdomain",
        spec(json!({"hostnameOverride": "Node_1"})),
        &[&format!(
            r#"{OVERRIDE}: Invalid value: "Node_1": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"#
        )],
    );
}

#[test]
fn file_key_ref_volumes() {
    let pod = |volumes: Value, volume_name: &str| {
        json!({"spec": {"volumes": volumes, "containers": [{"name": "ctr", "image": "image",
            "env": [{"name": "VAR", "valueFrom": {"fileKeyRef": {
                "volumeName": volume_name, "path": "config.env", "key": "VAR"}}}]}]}})
    };
    const P: &str = "spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName";
    create(
        "emptyDir volume",
        pod(json!([{"name": "config", "emptyDir": {}}]), "config"),
        &[],
    );
    create(
        "missing volume",
        pod(json!([{"name": "config", "emptyDir": {}}]), "other"),
        &[&format!(r#"{P}: Not found: "other""#)],
    );
    create(
        "not an emptyDir",
        pod(
            json!([{"name": "config", "configMap": {"name": "cm"}}]),
            "config",
        ),
        &[&format!(
            r#"{P}: Invalid value: "config": referenced volume must be of type emptyDir"#
        )],
    );
}
