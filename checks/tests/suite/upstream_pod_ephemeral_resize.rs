//! Container resize policies and ephemeral containers after
//! pkg/apis/core/validation/validation_test.go (`TestValidateResizePolicy`,
//! `TestValidateEphemeralContainers`). Resize policies go through the API server's create path
//! (defaulted, prepared, validated) with the policies on the pod's container; ephemeral
//! containers cannot be set on create, so those rows run `ValidatePodSpec` (which calls
//! `validateEphemeralContainers`) on a defaulted pod with upstream's containers and volumes.
//! Upstream checks the error type and field; each row here pins the whole message, read from
//! validation.go.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use kube_primitives::meta::field::Path;
use kube_primitives::validation::pod::{validate_pod_spec, PodValidationOptions};
use serde_json::{json, Value};

use crate::upstream_pod_validation::{create, ctr, pod};

/// A pod whose container has the given resize policies, with the given pod restart policy.
fn resize(restart_policy: &str, policies: Value) -> Value {
    let mut p = ctr(json!({ "resizePolicy": policies }));
    p["spec"]["restartPolicy"] = json!(restart_policy);
    p
}

const P: &str = "spec.containers[0].resizePolicy";

// TestValidateResizePolicy
#[test]
fn resize_policies() {
    let valid = [
        (
            "ValidCPUandMemoryPolicies",
            "Always",
            json!([{"resourceName": "cpu", "restartPolicy": "NotRequired"}, {"resourceName": "memory", "restartPolicy": "RestartContainer"}]),
        ),
        (
            "ValidCPUPolicy",
            "Always",
            json!([{"resourceName": "cpu", "restartPolicy": "RestartContainer"}]),
        ),
        (
            "ValidMemoryPolicy",
            "Always",
            json!([{"resourceName": "memory", "restartPolicy": "NotRequired"}]),
        ),
        ("NoPolicy", "Always", json!([])),
        (
            "ValidMemoryCPUPolicyWithPodRestartPolicy",
            "Never",
            json!([{"resourceName": "cpu", "restartPolicy": "NotRequired"}, {"resourceName": "memory", "restartPolicy": "NotRequired"}]),
        ),
    ];
    for (name, restart, policies) in valid {
        create(name, resize(restart, policies), &[]);
    }
    let supported_policies = r#"supported values: "NotRequired", "RestartContainer""#;
    create(
        "ValidCPUandInvalidMemoryPolicy",
        resize(
            "Always",
            json!([{"resourceName": "cpu", "restartPolicy": "NotRequired"}, {"resourceName": "memory", "restartPolicy": "Restarrrt"}]),
        ),
        &[&format!(
            r#"{P}: Unsupported value: "Restarrrt": {supported_policies}"#
        )],
    );
    create(
        "ValidMemoryandInvalidCPUPolicy",
        resize(
            "Always",
            json!([{"resourceName": "cpu", "restartPolicy": "RestartNotRequirrred"}, {"resourceName": "memory", "restartPolicy": "RestartContainer"}]),
        ),
        &[&format!(
            r#"{P}: Unsupported value: "RestartNotRequirrred": {supported_policies}"#
        )],
    );
    create(
        "InvalidResourceNameValidPolicy",
        resize(
            "Always",
            json!([{"resourceName": "cpuuu", "restartPolicy": "NotRequired"}]),
        ),
        &[&format!(
            r#"{P}: Unsupported value: "cpuuu": supported values: "cpu", "memory""#
        )],
    );
    create(
        "ValidResourceNameMissingPolicy",
        resize(
            "Always",
            json!([{"resourceName": "memory", "restartPolicy": ""}]),
        ),
        &[&format!("{P}: Required value")],
    );
    create(
        "RepeatedPolicies",
        resize(
            "Always",
            json!([
                {"resourceName": "cpu", "restartPolicy": "NotRequired"},
                {"resourceName": "memory", "restartPolicy": "RestartContainer"},
                {"resourceName": "cpu", "restartPolicy": "RestartContainer"}
            ]),
        ),
        &[&format!(r#"{P}[2]: Duplicate value: "cpu""#)],
    );
    // 1.36 says "when pod `restartPolicy`" (the older text lacked "pod"): confirmed in the
    // 1.36 API server's answers (conformance vectors, validate_pod).
    let never = format!(
        r#"{P}: Invalid value: "RestartContainer": must be 'NotRequired' when pod `restartPolicy` is 'Never'"#
    );
    create(
        "InvalidCPUPolicyWithPodRestartPolicy",
        resize(
            "Never",
            json!([{"resourceName": "cpu", "restartPolicy": "NotRequired"}, {"resourceName": "memory", "restartPolicy": "RestartContainer"}]),
        ),
        &[&never],
    );
    create(
        "InvalidMemoryPolicyWithPodRestartPolicy",
        resize(
            "Never",
            json!([{"resourceName": "cpu", "restartPolicy": "RestartContainer"}, {"resourceName": "memory", "restartPolicy": "NotRequired"}]),
        ),
        &[&never],
    );
    create(
        "InvalidMemoryCPUPolicyWithPodRestartPolicy",
        resize(
            "Never",
            json!([{"resourceName": "cpu", "restartPolicy": "RestartContainer"}, {"resourceName": "memory", "restartPolicy": "RestartContainer"}]),
        ),
        &[&never, &never],
    );
}

/// Upstream's pod around the ephemeral containers: container `ctr`, init container `ictr`,
/// volumes `blk` (a claim) and `vol` (an emptyDir).
fn ephemeral(restart_policy: &str, containers: Value) -> Vec<String> {
    let p = pod(json!({"spec": {
        "restartPolicy": restart_policy,
        "containers": [{"name": "ctr", "image": "image"}],
        "initContainers": [{"name": "ictr", "image": "iimage"}],
        "volumes": [
            {"name": "blk", "persistentVolumeClaim": {"claimName": "pvc"}},
            {"name": "vol", "emptyDir": {}}
        ],
        "ephemeralContainers": containers
    }}));
    validate_pod_spec(
        &p.spec,
        &p.metadata,
        &Path::new("spec"),
        &PodValidationOptions::default(),
    )
    .into_vec()
    .iter()
    .map(ToString::to_string)
    .collect()
}

/// Upstream checks each row under the pod restart policies `Never`, `Always` and `OnFailure`.
fn ephemeral_row(name: &str, containers: Value, want: &[&str]) {
    for restart in ["Never", "Always", "OnFailure"] {
        assert_eq!(
            ephemeral(restart, containers.clone()),
            want,
            "{name} ({restart})"
        );
    }
}

/// An ephemeral container `name` with the given fields.
fn ec(name: &str, extra: Value) -> Value {
    let mut c = json!({"name": name, "image": "image"});
    crate::upstream_pod_validation::merge(&mut c, extra);
    c
}

const E: &str = "spec.ephemeralContainers";
const DISALLOWED: &str = "Forbidden: cannot be set for an Ephemeral Container";

// TestValidateEphemeralContainers
#[test]
fn ephemeral_containers() {
    ephemeral_row("Empty Ephemeral Containers", json!([]), &[]);
    ephemeral_row("Single Container", json!([ec("debug", json!({}))]), &[]);
    ephemeral_row(
        "Multiple Containers",
        json!([ec("debug1", json!({})), ec("debug2", json!({}))]),
        &[],
    );
    ephemeral_row(
        "Single Container with Target",
        json!([ec("debug", json!({"targetContainerName": "ctr"}))]),
        &[],
    );
    ephemeral_row(
        "All allowed fields",
        json!([ec(
            "debug",
            json!({
                "command": ["bash"],
                "args": ["bash"],
                "workingDir": "/",
                "envFrom": [{"configMapRef": {"name": "dummy", "optional": true}}],
                "env": [{"name": "TEST", "value": "TRUE"}],
                "volumeMounts": [{"name": "vol", "mountPath": "/vol"}],
                "volumeDevices": [{"name": "blk", "devicePath": "/dev/block"}],
                "terminationMessagePath": "/dev/termination-log",
                "terminationMessagePolicy": "File",
                "imagePullPolicy": "IfNotPresent",
                "securityContext": {"capabilities": {"add": ["SYS_ADMIN"]}},
                "stdin": true,
                "stdinOnce": true,
                "tty": true
            })
        )]),
        &[],
    );

    ephemeral_row(
        "Name Collision with Container.Containers",
        json!([ec("ctr", json!({})), ec("debug1", json!({}))]),
        &[&format!(r#"{E}[0].name: Duplicate value: "ctr""#)],
    );
    ephemeral_row(
        "Name Collision with Container.InitContainers",
        json!([ec("ictr", json!({})), ec("debug1", json!({}))]),
        &[&format!(r#"{E}[0].name: Duplicate value: "ictr""#)],
    );
    ephemeral_row(
        "Name Collision with EphemeralContainers",
        json!([ec("debug1", json!({})), ec("debug1", json!({}))]),
        &[&format!(r#"{E}[1].name: Duplicate value: "debug1""#)],
    );
    // Upstream's "empty Container" row leaves terminationMessagePolicy and imagePullPolicy
    // unset, which v1 defaulting fills: only its name row is reproducible, as the next one.
    ephemeral_row(
        "empty Container Name",
        json!([ec("", json!({}))]),
        &[&format!("{E}[0].name: Required value")],
    );
    ephemeral_row(
        "whitespace padded image name",
        json!([ec("debug", json!({"image": " image"}))]),
        &[&format!(
            r#"{E}[0].image: Invalid value: " image": must not have leading or trailing whitespace"#
        )],
    );
    ephemeral_row(
        "invalid image pull policy",
        json!([ec("debug", json!({"imagePullPolicy": "PullThreeTimes"}))]),
        &[&format!(
            r#"{E}[0].imagePullPolicy: Unsupported value: "PullThreeTimes": supported values: "Always", "IfNotPresent", "Never""#
        )],
    );
    ephemeral_row(
        "TargetContainerName doesn't exist",
        json!([ec("debug", json!({"targetContainerName": "bogus"}))]),
        &[&format!(
            r#"{E}[0].targetContainerName: Not found: "bogus""#
        )],
    );
    ephemeral_row(
        "Targets an ephemeral container",
        json!([
            ec("debug", json!({})),
            ec("debugception", json!({"targetContainerName": "debug"}))
        ]),
        &[&format!(
            r#"{E}[1].targetContainerName: Not found: "debug""#
        )],
    );
    let tcp = json!({"tcpSocket": {"port": 80}});
    let disallowed = [
        (
            "Lifecycle",
            json!({"lifecycle": {"preStop": {"exec": {"command": ["ls", "-l"]}}}}),
            "lifecycle",
        ),
        (
            "LivenessProbe",
            json!({"livenessProbe": {"tcpSocket": tcp["tcpSocket"], "successThreshold": 1}}),
            "livenessProbe",
        ),
        (
            "Ports",
            json!({"ports": [{"protocol": "TCP", "containerPort": 80}]}),
            "ports",
        ),
        (
            "ReadinessProbe",
            json!({"readinessProbe": tcp}),
            "readinessProbe",
        ),
        (
            "StartupProbe",
            json!({"startupProbe": {"tcpSocket": tcp["tcpSocket"], "successThreshold": 1}}),
            "startupProbe",
        ),
        (
            "Resources",
            json!({"resources": {"limits": {"cpu": "10"}}}),
            "resources",
        ),
        (
            "VolumeMount.SubPath",
            json!({"volumeMounts": [{"name": "vol", "mountPath": "/vol"}, {"name": "vol", "mountPath": "/volsub", "subPath": "foo"}]}),
            "volumeMounts[1].subPath",
        ),
        (
            "VolumeMount.SubPathExpr",
            json!({"volumeMounts": [{"name": "vol", "mountPath": "/vol"}, {"name": "vol", "mountPath": "/volsub", "subPathExpr": "$(POD_NAME)"}]}),
            "volumeMounts[1].subPathExpr",
        ),
        (
            "ResizePolicy",
            json!({"resizePolicy": [{"resourceName": "cpu", "restartPolicy": "NotRequired"}]}),
            "resizePolicy",
        ),
    ];
    for (what, fields, field) in disallowed {
        ephemeral_row(
            &format!("Container uses disallowed field: {what}"),
            json!([ec("debug", fields)]),
            &[&format!("{E}[0].{field}: {DISALLOWED}")],
        );
    }
    ephemeral_row(
        "Disallowed field with other errors should only return a single Forbidden",
        json!([ec(
            "debug",
            json!({"lifecycle": {"preStop": {"exec": {"command": []}}}})
        )]),
        &[&format!("{E}[0].lifecycle: {DISALLOWED}")],
    );
    for policy in ["Always", "OnFailure", "Never", "invalid", ""] {
        ephemeral_row(
            &format!("Forbidden RestartPolicy: {policy:?}"),
            json!([ec("foo", json!({ "restartPolicy": policy }))]),
            &[&format!("{E}[0].restartPolicy: {DISALLOWED}")],
        );
    }
}
