//! Rows of pkg/apis/core/validation/validation_test.go for containers and the remaining pod spec
//! fields (`TestValidateContainers`, `TestValidateInitContainers`, restart rules,
//! `TestValidatePodSpec`), through the API-server create path of `upstream_pod_validation`. Every
//! expected message is written from validation.go (v1.36.0) and its exact text checked against
//! the 1.36 API server's answers in the conformance vectors.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use super::upstream_pod_validation::{create, ctr};
use super::upstream_pod_validation_more::spec;
use serde_json::{json, Value};

fn init(extra: Value) -> Value {
    let mut c = json!({"name": "init", "image": "image"});
    super::upstream_pod_validation::merge(&mut c, extra);
    json!({"spec": {"initContainers": [c]}})
}

// TestValidateContainers
#[test]
fn containers() {
    create(
        "empty name",
        ctr(json!({"name": ""})),
        &["spec.containers[0].name: Required value"],
    );
    create(
        "invalid name",
        ctr(json!({"name": "UPPER"})),
        &[
            r#"spec.containers[0].name: Invalid value: "UPPER": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"#,
        ],
    );
    create(
        "duplicate names",
        spec(
            json!({"containers": [{"name": "abc", "image": "image"}, {"name": "abc", "image": "image"}]}),
        ),
        &[r#"spec.containers[1].name: Duplicate value: "abc""#],
    );
    create(
        "empty image",
        ctr(json!({"image": ""})),
        &["spec.containers[0].image: Required value"],
    );
    create(
        "image with leading whitespace",
        ctr(json!({"image": " nginx"})),
        &[
            r#"spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace"#,
        ],
    );
    create(
        "image with trailing whitespace",
        ctr(json!({"image": "nginx "})),
        &[
            r#"spec.containers[0].image: Invalid value: "nginx ": must not have leading or trailing whitespace"#,
        ],
    );
    create(
        "unsupported imagePullPolicy",
        ctr(json!({"imagePullPolicy": "Bogus"})),
        &[
            r#"spec.containers[0].imagePullPolicy: Unsupported value: "Bogus": supported values: "Always", "IfNotPresent", "Never""#,
        ],
    );
    create(
        "unsupported terminationMessagePolicy",
        ctr(json!({"terminationMessagePolicy": "Bogus"})),
        &[
            r#"spec.containers[0].terminationMessagePolicy: Unsupported value: "Bogus": supported values: "File", "FallbackToLogsOnError""#,
        ],
    );
    create(
        "lifecycle preStop without handler",
        ctr(json!({"lifecycle": {"preStop": {}}})),
        &["spec.containers[0].lifecycle.preStop: Required value: must specify a handler type"],
    );
    create(
        "lifecycle postStart without handler",
        ctr(json!({"lifecycle": {"postStart": {}}})),
        &["spec.containers[0].lifecycle.postStart: Required value: must specify a handler type"],
    );
    create(
        "lifecycle preStop exec without command",
        ctr(json!({"lifecycle": {"preStop": {"exec": {}}}})),
        &["spec.containers[0].lifecycle.preStop.exec.command: Required value"],
    );
    create(
        "lifecycle preStop negative sleep",
        ctr(json!({"lifecycle": {"preStop": {"sleep": {"seconds": -1}}}})),
        &["spec.containers[0].lifecycle.preStop.sleep: Invalid value: -1: must be non-negative and less than terminationGracePeriodSeconds (30)"],
    );
    create(
        "lifecycle preStop with two handlers",
        ctr(json!({"lifecycle": {"preStop": {"exec": {"command": ["true"]}, "sleep": {"seconds": 1}}}})),
        &["spec.containers[0].lifecycle.preStop.sleep: Forbidden: may not specify more than 1 handler type"],
    );
}

// TestValidateInitContainers
#[test]
fn init_containers() {
    create("valid", init(json!({})), &[]);
    create(
        "valid: sidecar with probes and lifecycle",
        init(json!({
            "restartPolicy": "Always",
            "readinessProbe": {"exec": {"command": ["true"]}},
            "livenessProbe": {"exec": {"command": ["true"]}},
            "startupProbe": {"exec": {"command": ["true"]}},
            "lifecycle": {"preStop": {"exec": {"command": ["true"]}}}
        })),
        &[],
    );
    create(
        "name shared with a container",
        init(json!({"name": "ctr"})),
        &[r#"spec.initContainers[0].name: Duplicate value: "ctr""#],
    );
    create(
        "empty image",
        init(json!({"image": ""})),
        &["spec.initContainers[0].image: Required value"],
    );
    create(
        "unsupported restartPolicy",
        init(json!({"restartPolicy": "Sometimes"})),
        &[
            r#"spec.initContainers[0].restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure""#,
        ],
    );
    for (field, value) in [
        (
            "lifecycle",
            json!({"preStop": {"exec": {"command": ["true"]}}}),
        ),
        ("livenessProbe", json!({"exec": {"command": ["true"]}})),
        ("readinessProbe", json!({"exec": {"command": ["true"]}})),
        ("startupProbe", json!({"exec": {"command": ["true"]}})),
    ] {
        create(
            &format!("{field} without restartPolicy=Always"),
            init(json!({ field: value })),
            &[&format!(
                "spec.initContainers[0].{field}: Forbidden: may not be set for init containers without restartPolicy=Always"
            )],
        );
    }
}

// TestValidateContainers: restartPolicy and restartPolicyRules on regular containers
#[test]
fn container_restart_rules() {
    create(
        "valid: Never with a Restart rule",
        ctr(json!({"restartPolicy": "Never", "restartPolicyRules": [
            {"action": "Restart", "exitCodes": {"operator": "In", "values": [42]}}
        ]})),
        &[],
    );
    create(
        "rules without restartPolicy",
        ctr(json!({"restartPolicyRules": [
            {"action": "Restart", "exitCodes": {"operator": "In", "values": [42]}}
        ]})),
        &["spec.containers[0].restartPolicy: Required value: must specify restartPolicy when restart rules are used"],
    );
    create(
        "rule without exitCodes",
        ctr(json!({"restartPolicy": "Never", "restartPolicyRules": [{"action": "Restart"}]})),
        &["spec.containers[0].restartPolicyRules[0].exitCodes: Required value: must be specified"],
    );
    create(
        "unsupported action",
        ctr(json!({"restartPolicy": "Never", "restartPolicyRules": [
            {"action": "Bogus", "exitCodes": {"operator": "NotIn", "values": [0]}}
        ]})),
        &[
            r#"spec.containers[0].restartPolicyRules[0].action: Unsupported value: "Bogus": supported values: "Restart", "RestartAllContainers""#,
        ],
    );
    create(
        "unsupported exitCodes operator",
        ctr(json!({"restartPolicy": "Never", "restartPolicyRules": [
            {"action": "Restart", "exitCodes": {"operator": "Bogus", "values": [0]}}
        ]})),
        &[
            r#"spec.containers[0].restartPolicyRules[0].exitCodes.operator: Unsupported value: "Bogus": supported values: "In", "NotIn""#,
        ],
    );
}

/// `validation.IsDNS1123Subdomain`'s format message.
pub(crate) const SUBDOMAIN: &str = r"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

// TestValidatePodSpec: names of other objects, hostname, subdomain, os
#[test]
fn pod_spec_fields() {
    create(
        "bad hostname",
        spec(json!({"hostname": "Bad_Host"})),
        &[
            r#"spec.hostname: Invalid value: "Bad_Host": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"#,
        ],
    );
    create(
        "hostname with dots",
        spec(json!({"hostname": "a.b"})),
        &[r#"spec.hostname: Invalid value: "a.b": must not contain dots"#],
    );
    create(
        "subdomain with dots",
        spec(json!({"subdomain": "a.b"})),
        &[r#"spec.subdomain: Invalid value: "a.b": must not contain dots"#],
    );
    create(
        "bad nodeName",
        spec(json!({"nodeName": "Bad_Name"})),
        &[&format!(
            r#"spec.nodeName: Invalid value: "Bad_Name": {SUBDOMAIN}"#
        )],
    );
    create(
        "nodeName with scheduling gates",
        spec(json!({"nodeName": "node", "schedulingGates": [{"name": "example.com/g"}]})),
        &["spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared"],
    );
    create(
        "bad serviceAccountName",
        spec(json!({"serviceAccountName": "Bad_Name"})),
        &[&format!(
            r#"spec.serviceAccountName: Invalid value: "Bad_Name": {SUBDOMAIN}"#
        )],
    );
    create(
        "bad priorityClassName",
        spec(json!({"priorityClassName": "Bad_Name"})),
        &[&format!(
            r#"spec.priorityClassName: Invalid value: "Bad_Name": {SUBDOMAIN}"#
        )],
    );
    let long = "a".repeat(254);
    create(
        "runtimeClassName too long",
        spec(json!({"runtimeClassName": long})),
        &[&format!(
            r#"spec.runtimeClassName: Invalid value: "{long}": must be no more than 253 characters"#
        )],
    );
    create(
        "bad hostnameOverride",
        spec(json!({"hostnameOverride": "-x"})),
        &[&format!(
            r#"spec.hostnameOverride: Invalid value: "-x": {SUBDOMAIN}"#
        )],
    );
    create(
        "os without name",
        spec(json!({"os": {}})),
        &["spec.os.name: Required value"],
    );
    create(
        "unsupported os",
        spec(json!({"os": {"name": "plan9"}})),
        &[r#"spec.os: Unsupported value: "plan9": supported values: "linux", "windows""#],
    );
}
