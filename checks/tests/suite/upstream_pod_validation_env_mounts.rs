//! Rows of pkg/apis/core/validation/validation_test.go for a container's environment, mounts,
//! devices and probes: `TestValidateEnv` (the rows `upstream_pod_validation` does not have),
//! `TestValidateEnvFrom`, `TestRelaxedValidateEnvFrom`, `TestValidateVolumeMounts`,
//! `TestValidateSubpathMutuallyExclusive`, `TestValidateDisabledSubpathExpr`,
//! `TestValidateMountPropagation`, `TestAlphaValidateVolumeDevices` and `Test_validateProbe`.
//! Each row goes through the API server's create path of `upstream_pod_validation` (the
//! container is the pod's only one, so upstream's field paths gain the prefix
//! `spec.containers[0]`). Upstream checks "fails" or a substring; each row here pins the whole
//! message list, written from validation.go (v1.36.0).
//!
//! At 1.36 `RelaxedEnvironmentVariableValidation` is GA: the strict-name rows upstream runs
//! without the option (`updateErrorCase`) are valid now and are ported as valid rows; env names
//! and prefixes follow `TestRelaxedValidateEnvFrom`. An env source without a field names
//! `fileKeyRef` too (`EnvFiles`, on by default at 1.36).
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use super::upstream_pod_validation::{create, create_with, ctr, merge};
use super::upstream_pod_validation_containers::SUBDOMAIN;
use super::upstream_pod_validation_more::NAME_PART;
use kube_primitives::validation::pod::PodValidationOptions;
use serde_json::{json, Value};

const C: &str = "spec.containers[0]";

/// `ValidateEnv`'s list of downward API fields for env vars.
const ENV_FIELDS: &str = r#"supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs""#;

/// `validation.IsRelaxedEnvVarName`'s message.
const RELAXED: &str =
    "a valid environment variable name must consist only of printable ASCII characters other than '='";

fn env(vars: Value) -> Value {
    ctr(json!({ "env": vars }))
}

fn env_from(sources: Value) -> Value {
    ctr(json!({ "envFrom": sources }))
}

fn field_ref(path: &str) -> Value {
    json!([{"name": "abc", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": path}}}])
}

fn owned(errs: &[String]) -> Vec<&str> {
    errs.iter().map(String::as_str).collect()
}

// TestValidateEnv
#[test]
fn env_vars() {
    let mut valid = vec![
        json!({"name": "abc", "value": "value"}),
        json!({"name": "ABC", "value": "value"}),
        json!({"name": "AbC_123", "value": "value"}),
        json!({"name": "abc", "value": ""}),
        json!({"name": "a.b.c", "value": "value"}),
        json!({"name": "a-b-c", "value": "value"}),
        json!({"name": "secret_value", "valueFrom": {"secretKeyRef": {"name": "some-secret", "key": "secret-key"}}}),
        json!({"name": "ENV_VAR_1", "valueFrom": {"configMapKeyRef": {"name": "some-config-map", "key": "some-key"}}}),
    ];
    for path in [
        "metadata.annotations['key']",
        "metadata.labels['key']",
        "metadata.name",
        "metadata.namespace",
        "metadata.uid",
        "spec.nodeName",
        "spec.serviceAccountName",
        "status.hostIP",
        "status.podIP",
        "status.podIPs",
    ] {
        valid.push(json!({"name": "abc", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": path}}}));
    }
    create("successCase", env(Value::from(valid)), &[]);
    // updateSuccessCase, and updateErrorCase: valid at 1.36 (relaxed names).
    create(
        "relaxed names",
        env(json!([
            {"name": "!\"#$%&'()", "value": "value"},
            {"name": "* +,-./0123456789", "value": "value"},
            {"name": ":;<>?@", "value": "value"},
            {"name": "ABCDEFG", "value": "value"},
            {"name": "abcdefghijklmn", "value": "value"},
            {"name": "[\\]^_`{}|~", "value": "value"}
        ])),
        &[],
    );
    let rows: Vec<(&str, Value, String)> = vec![
        (
            "valueFrom without a source",
            json!([{"name": "abc", "valueFrom": {}}]),
            format!("{C}.env[0].valueFrom: Invalid value: \"\": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`"),
        ),
        (
            "valueFrom.fieldRef and valueFrom.configMapKeyRef set",
            json!([{"name": "some_var_name", "valueFrom": {
                "fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.name"},
                "configMapKeyRef": {"name": "some-config-map", "key": "some-key"}}}]),
            format!("{C}.env[0].valueFrom: Invalid value: \"\": may not have more than one field specified at a time"),
        ),
        (
            "valueFrom.fieldRef, secretKeyRef and configMapKeyRef specified",
            json!([{"name": "abc", "valueFrom": {
                "fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.name"},
                "secretKeyRef": {"name": "a-secret", "key": "a-key"},
                "configMapKeyRef": {"name": "some-config-map", "key": "some-key"}}}]),
            format!("{C}.env[0].valueFrom: Invalid value: \"\": may not have more than one field specified at a time"),
        ),
        (
            "valueFrom.secretKeyRef.name invalid",
            json!([{"name": "abc", "valueFrom": {"secretKeyRef": {"name": "$%^&*#", "key": "a-key"}}}]),
            format!("{C}.env[0].valueFrom.secretKeyRef.name: Invalid value: \"$%^&*#\": {SUBDOMAIN}"),
        ),
        (
            "valueFrom.configMapKeyRef.name invalid",
            json!([{"name": "abc", "valueFrom": {"configMapKeyRef": {"name": "$%^&*#", "key": "some-key"}}}]),
            format!("{C}.env[0].valueFrom.configMapKeyRef.name: Invalid value: \"$%^&*#\": {SUBDOMAIN}"),
        ),
        (
            "missing FieldPath on ObjectFieldSelector",
            json!([{"name": "abc", "valueFrom": {"fieldRef": {"apiVersion": "v1"}}}]),
            format!("{C}.env[0].valueFrom.fieldRef.fieldPath: Required value"),
        ),
        (
            "metadata.name with subscript",
            field_ref("metadata.name['key']"),
            format!("{C}.env[0].valueFrom.fieldRef.fieldPath: Invalid value: \"metadata.name['key']\": error converting fieldPath: field label does not support subscript: metadata.name['key']"),
        ),
        (
            "metadata.labels without subscript",
            field_ref("metadata.labels"),
            format!("{C}.env[0].valueFrom.fieldRef.fieldPath: Unsupported value: \"metadata.labels\": {ENV_FIELDS}"),
        ),
        (
            "metadata.annotations without subscript",
            field_ref("metadata.annotations"),
            format!("{C}.env[0].valueFrom.fieldRef.fieldPath: Unsupported value: \"metadata.annotations\": {ENV_FIELDS}"),
        ),
        (
            "metadata.annotations with invalid key",
            field_ref("metadata.annotations['invalid~key']"),
            format!("{C}.env[0].valueFrom.fieldRef: Invalid value: \"invalid~key\": {NAME_PART}"),
        ),
        (
            "metadata.labels with invalid key",
            field_ref("metadata.labels['Www.k8s.io/test']"),
            format!("{C}.env[0].valueFrom.fieldRef: Invalid value: \"Www.k8s.io/test\": prefix part {SUBDOMAIN}"),
        ),
    ];
    for (name, vars, want) in rows {
        create(name, env(vars), &[&want]);
    }
}

// TestValidateEnvFrom, TestRelaxedValidateEnvFrom
#[test]
fn env_from_sources() {
    let cm = |prefix: &str| json!({"prefix": prefix, "configMapRef": {"name": "abc"}});
    let secret = |prefix: &str| json!({"prefix": prefix, "secretRef": {"name": "abc"}});
    create(
        "successCase",
        env_from(json!([
            {"configMapRef": {"name": "abc"}}, cm("pre_"), cm("a.b"),
            {"secretRef": {"name": "abc"}}, secret("pre_"), secret("a.b")
        ])),
        &[],
    );
    // TestValidateEnvFrom's updateSuccessCase and updateErrorCase, TestRelaxedValidateEnvFrom's
    // successCase: every printable prefix but '=' is valid at 1.36.
    create(
        "relaxed prefixes",
        env_from(json!([
            cm("!\"#$%&'()"),
            cm("* +,-./0123456789"),
            cm(":;<>?@"),
            secret("abcdefghijklmn"),
            secret("[\\]^_`{}|~"),
            secret("[\\]^_{}|~")
        ])),
        &[],
    );
    let rows: Vec<(&str, Value, String)> = vec![
        (
            "zero-length configMapRef name",
            json!([{"configMapRef": {"name": ""}}]),
            format!("{C}.envFrom[0].configMapRef.name: Required value"),
        ),
        (
            "invalid configMapRef name",
            json!([{"configMapRef": {"name": "$"}}]),
            format!("{C}.envFrom[0].configMapRef.name: Invalid value: \"$\": {SUBDOMAIN}"),
        ),
        (
            "zero-length secretRef name",
            json!([{"secretRef": {"name": ""}}]),
            format!("{C}.envFrom[0].secretRef.name: Required value"),
        ),
        (
            "invalid secretRef name",
            json!([{"secretRef": {"name": "&"}}]),
            format!("{C}.envFrom[0].secretRef.name: Invalid value: \"&\": {SUBDOMAIN}"),
        ),
        (
            "no refs",
            json!([{}]),
            format!("{C}.envFrom: Invalid value: \"\": must specify one of: `configMapRef` or `secretRef`"),
        ),
        (
            "multiple refs",
            json!([{"secretRef": {"name": "abc"}, "configMapRef": {"name": "abc"}}]),
            format!("{C}.envFrom: Invalid value: \"\": may not have more than one field specified at a time"),
        ),
        (
            "invalid secret ref name",
            json!([{"secretRef": {"name": "$%^&*#"}}]),
            format!("{C}.envFrom[0].secretRef.name: Invalid value: \"$%^&*#\": {SUBDOMAIN}"),
        ),
        (
            "invalid config ref name",
            json!([{"configMapRef": {"name": "$%^&*#"}}]),
            format!("{C}.envFrom[0].configMapRef.name: Invalid value: \"$%^&*#\": {SUBDOMAIN}"),
        ),
        (
            "invalid prefix (relaxed)",
            json!([cm("=abc")]),
            format!("{C}.envFrom[0].prefix: Invalid value: \"=abc\": {RELAXED}"),
        ),
    ];
    for (name, sources, want) in rows {
        create(name, env_from(sources), &[&want]);
    }
}

/// `TestValidateVolumeMounts`' volumes: two claims, a host path, a generic ephemeral volume
/// and an image volume.
fn mount_volumes() -> Value {
    json!([
        {"name": "abc", "persistentVolumeClaim": {"claimName": "testclaim1"}},
        {"name": "abc-123", "persistentVolumeClaim": {"claimName": "testclaim2"}},
        {"name": "123", "hostPath": {"path": "/foo/baz", "type": ""}},
        {"name": "ephemeral", "ephemeral": {"volumeClaimTemplate": {"spec": {
            "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "10G"}}}}}},
        {"name": "image-volume", "image": {"reference": "quay.io/my/artifact:v1", "pullPolicy": "IfNotPresent"}}
    ])
}

/// The pod with `mount_volumes` and one container with the given fields.
fn with_mounts(volumes: Value, container: Value) -> Value {
    let mut c = json!({"name": "ctr", "image": "image"});
    merge(&mut c, container);
    json!({"spec": {"volumes": volumes, "containers": [c]}})
}

fn mounts(list: Value) -> Value {
    with_mounts(mount_volumes(), json!({ "volumeMounts": list }))
}

// TestValidateVolumeMounts, TestValidateSubpathMutuallyExclusive, TestValidateDisabledSubpathExpr
#[test]
fn volume_mounts() {
    let rro = |path: &str, ro: bool, mode: &str| json!({"name": "123", "mountPath": path, "readOnly": ro, "recursiveReadOnly": mode});
    create(
        "successCase",
        mounts(json!([
            {"name": "abc", "mountPath": "/foo"},
            {"name": "123", "mountPath": "/bar"},
            {"name": "abc-123", "mountPath": "/baz"},
            {"name": "abc-123", "mountPath": "/baa", "subPath": ""},
            {"name": "abc-123", "mountPath": "/bab", "subPath": "baz"},
            {"name": "abc-123", "mountPath": "d:", "subPath": ""},
            {"name": "abc-123", "mountPath": "F:", "subPath": ""},
            {"name": "abc-123", "mountPath": "G:\\mount", "subPath": ""},
            {"name": "abc-123", "mountPath": "/bac", "subPath": ".baz"},
            {"name": "abc-123", "mountPath": "/bad", "subPath": "..baz"},
            {"name": "ephemeral", "mountPath": "/foobar"},
            {"name": "123", "mountPath": "/rro-nil", "readOnly": true},
            rro("/rro-disabled", true, "Disabled"),
            rro("/rro-disabled-2", false, "Disabled"),
            rro("/rro-ifpossible", true, "IfPossible"),
            rro("/rro-enabled", true, "Enabled"),
            {"name": "123", "mountPath": "/rro-enabled-2", "readOnly": true,
             "recursiveReadOnly": "Enabled", "mountPropagation": "None"},
            {"name": "image-volume", "mountPath": "/image-volume"}
        ])),
        &[],
    );
    let vm = format!("{C}.volumeMounts");
    let rows: Vec<(&str, Value, Vec<String>)> = vec![
        (
            // Upstream's "name not found" row is this same mount.
            "empty name",
            json!([{"name": "", "mountPath": "/foo"}]),
            vec![format!("{vm}[0].name: Required value"), format!("{vm}[0].name: Not found: \"\"")],
        ),
        (
            "empty mountpath",
            json!([{"name": "abc", "mountPath": ""}]),
            vec![format!("{vm}[0].mountPath: Required value")],
        ),
        (
            "mountpath collision",
            json!([{"name": "foo", "mountPath": "/path/a"}, {"name": "bar", "mountPath": "/path/a"}]),
            vec![
                format!("{vm}[0].name: Not found: \"foo\""),
                format!("{vm}[1].name: Not found: \"bar\""),
                format!("{vm}[1].mountPath: Invalid value: \"/path/a\": must be unique"),
            ],
        ),
        (
            "absolute subpath",
            json!([{"name": "abc", "mountPath": "/bar", "subPath": "/baz"}]),
            vec![format!("{vm}.subPath: Invalid value: \"/baz\": must be a relative path")],
        ),
        (
            "subpath in ..",
            json!([{"name": "abc", "mountPath": "/bar", "subPath": "../baz"}]),
            vec![format!("{vm}.subPath: Invalid value: \"../baz\": must not contain '..'")],
        ),
        (
            "subpath contains ..",
            json!([{"name": "abc", "mountPath": "/bar", "subPath": "baz/../bat"}]),
            vec![format!("{vm}.subPath: Invalid value: \"baz/../bat\": must not contain '..'")],
        ),
        (
            "subpath ends in ..",
            json!([{"name": "abc", "mountPath": "/bar", "subPath": "./.."}]),
            vec![format!("{vm}.subPath: Invalid value: \"./..\": must not contain '..'")],
        ),
        (
            "Bidirectional in an unprivileged container",
            json!([{"name": "abc", "mountPath": "/bar", "mountPropagation": "Bidirectional"}]),
            vec![format!("{vm}.mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers")],
        ),
        (
            "rro but not ro",
            json!([rro("/rro-bad1", false, "Enabled")]),
            vec![format!("{vm}.recursiveReadOnly: Forbidden: may only be specified when readOnly is true")],
        ),
        (
            "rro with incompatible propagation",
            json!([{"name": "123", "mountPath": "/rro-bad2", "readOnly": true,
                    "recursiveReadOnly": "Enabled", "mountPropagation": "HostToContainer"}]),
            vec![format!("{vm}.recursiveReadOnly: Forbidden: may only be specified when mountPropagation is None or not specified")],
        ),
        (
            "rro-if-possible but not ro",
            json!([rro("/rro-bad1", false, "IfPossible")]),
            vec![format!("{vm}.recursiveReadOnly: Forbidden: may only be specified when readOnly is true")],
        ),
        (
            "subPath not allowed for image volume sources",
            json!([{"name": "image-volume", "mountPath": "/image-volume-err-1", "subPath": "/foo"}]),
            vec![
                format!("{vm}[0].subPath: Invalid value: \"/foo\": not allowed in image volume sources"),
                format!("{vm}.subPath: Invalid value: \"/foo\": must be a relative path"),
            ],
        ),
        (
            "subPathExpr not allowed for image volume sources",
            json!([{"name": "image-volume", "mountPath": "/image-volume-err-2", "subPathExpr": "$(POD_NAME)"}]),
            vec![format!("{vm}[0].subPathExpr: Invalid value: \"$(POD_NAME)\": not allowed in image volume sources")],
        ),
        // TestValidateSubpathMutuallyExclusive
        (
            "subpath and subpathexpr specified",
            json!([{"name": "abc-123", "mountPath": "/bab", "subPath": "baz", "subPathExpr": "$(POD_NAME)"}]),
            vec![format!("{vm}[0].subPathExpr: Invalid value: \"$(POD_NAME)\": subPathExpr and subPath are mutually exclusive")],
        ),
    ];
    for (name, list, want) in rows {
        create(name, mounts(list), &owned(&want));
    }
    // TestValidateSubpathMutuallyExclusive and TestValidateDisabledSubpathExpr: the valid rows.
    for (name, mount) in [
        (
            "subpath and subpathexpr not specified",
            json!({"name": "abc-123", "mountPath": "/bab"}),
        ),
        (
            "subpath expr specified",
            json!({"name": "abc-123", "mountPath": "/bab", "subPathExpr": "$(POD_NAME)"}),
        ),
        (
            "subpath specified",
            json!({"name": "abc-123", "mountPath": "/bab", "subPath": "baz"}),
        ),
    ] {
        create(name, mounts(json!([mount])), &[]);
    }
}

// TestValidateMountPropagation (the row without a container is a template-only case, not a pod)
#[test]
fn mount_propagation() {
    let volumes = json!([{"name": "foo", "hostPath": {"path": "/foo/baz", "type": ""}}]);
    let forbidden = format!("{C}.volumeMounts.mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers");
    let unsupported = format!("{C}.volumeMounts.mountPropagation: Unsupported value: \"invalid\": supported values: \"Bidirectional\", \"HostToContainer\", \"None\"");
    let rows: [(Option<bool>, Option<&str>, Option<&str>); 11] = [
        (None, None, None),
        (None, Some("HostToContainer"), None),
        (None, Some("None"), None),
        (None, Some("Bidirectional"), Some(&forbidden)),
        (Some(false), None, None),
        (Some(false), Some("HostToContainer"), None),
        (Some(false), Some("Bidirectional"), Some(&forbidden)),
        (Some(true), None, None),
        (Some(true), Some("HostToContainer"), None),
        (Some(true), Some("Bidirectional"), None),
        (Some(true), Some("invalid"), Some(&unsupported)),
    ];
    for (i, (privileged, propagation, want)) in rows.into_iter().enumerate() {
        let mut mount = json!({"name": "foo", "mountPath": "/foo"});
        if let Some(p) = propagation {
            mount["mountPropagation"] = p.into();
        }
        let mut container = json!({ "volumeMounts": [mount] });
        if let Some(p) = privileged {
            container["securityContext"] = json!({ "privileged": p });
        }
        let want: Vec<&str> = want.into_iter().collect();
        create_with(
            &format!("row {i}"),
            with_mounts(volumes.clone(), container),
            &PodValidationOptions::with_allow_privileged(true),
            &want,
        );
    }
}

// TestAlphaValidateVolumeDevices
#[test]
fn volume_devices() {
    let volumes = json!([
        {"name": "abc", "persistentVolumeClaim": {"claimName": "testclaim1"}},
        {"name": "abc-123", "persistentVolumeClaim": {"claimName": "testclaim2"}},
        {"name": "def", "hostPath": {"path": "/foo/baz", "type": ""}},
        {"name": "ephemeral", "ephemeral": {"volumeClaimTemplate": {"spec": {
            "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "10G"}}}}}}
    ]);
    // The success case's mounts (`xyz`, `ghi`) name no volume of the pod; the devices alone.
    create(
        "successCase",
        with_mounts(
            volumes.clone(),
            json!({"volumeDevices": [
                {"name": "abc", "devicePath": "/foo"},
                {"name": "abc-123", "devicePath": "/usr/share/test"},
                {"name": "ephemeral", "devicePath": "/disk"}
            ]}),
        ),
        &[],
    );
    // Every error row runs with upstream's badVolumeMounts in the same container; the mounts
    // report their overlap with the devices first.
    let bad_mounts = json!([
        {"name": "abc", "mountPath": "/foo"},
        {"name": "abc-123", "mountPath": "/this/path/exists"}
    ]);
    let vm = format!("{C}.volumeMounts");
    let vd = format!("{C}.volumeDevices");
    let in_devices = |i: usize, n: &str| {
        format!("{vm}[{i}].name: Invalid value: \"{n}\": must not already exist in volumeDevices")
    };
    let path_in_devices = |i: usize, p: &str| {
        format!("{vm}[{i}].mountPath: Invalid value: \"{p}\": must not already exist as a path in volumeDevices")
    };
    let in_mounts = |i: usize, n: &str| {
        format!("{vd}[{i}].name: Invalid value: \"{n}\": must not already exist in volumeMounts")
    };
    let path_in_mounts = |i: usize, p: &str| {
        format!("{vd}[{i}].devicePath: Invalid value: \"{p}\": must not already exist as a path in volumeMounts")
    };
    let backsteps = |i: usize, p: &str| {
        format!("{vd}[{i}].devicePath: Invalid value: \"{p}\": can not contain backsteps ('..')")
    };
    let block = format!("{vd}[0].name: Invalid value: \"def\": can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode");
    let rows: Vec<(&str, Value, Vec<String>)> = vec![
        (
            "empty name",
            json!([{"name": "", "devicePath": "/foo"}]),
            vec![
                path_in_devices(0, "/foo"),
                format!("{vd}[0].name: Required value"),
                format!("{vd}[0].name: Not found: \"\""),
                path_in_mounts(0, "/foo"),
            ],
        ),
        (
            "name not found",
            json!([{"name": "not-found", "devicePath": "/usr/share/test"}]),
            vec![format!("{vd}[0].name: Not found: \"not-found\"")],
        ),
        (
            "name found but invalid source",
            json!([{"name": "def", "devicePath": "/usr/share/test"}]),
            vec![block.clone()],
        ),
        (
            "empty devicepath",
            json!([{"name": "abc", "devicePath": ""}]),
            vec![
                in_devices(0, "abc"),
                format!("{vd}[0].devicePath: Required value"),
                in_mounts(0, "abc"),
            ],
        ),
        (
            // No check of its own: the name is mounted too.
            "relative devicepath",
            json!([{"name": "abc-123", "devicePath": "baz"}]),
            vec![in_devices(1, "abc-123"), in_mounts(0, "abc-123")],
        ),
        (
            "duplicate devicepath",
            json!([{"name": "abc", "devicePath": "/foo"}, {"name": "abc-123", "devicePath": "/foo"}]),
            vec![
                in_devices(0, "abc"),
                path_in_devices(0, "/foo"),
                in_devices(1, "abc-123"),
                in_mounts(0, "abc"),
                path_in_mounts(0, "/foo"),
                format!("{vd}[1].devicePath: Invalid value: \"/foo\": must be unique"),
                in_mounts(1, "abc-123"),
                path_in_mounts(1, "/foo"),
            ],
        ),
        (
            // Go's device map keeps one path per name, the last: `/foo` under the repeated
            // `abc` is no device path for the mounts' check.
            "duplicate name",
            json!([{"name": "abc", "devicePath": "/foo"}, {"name": "abc", "devicePath": "/foo/bar"}]),
            vec![
                in_devices(0, "abc"),
                in_mounts(0, "abc"),
                path_in_mounts(0, "/foo"),
                format!("{vd}[1].name: Invalid value: \"abc\": must be unique"),
                in_mounts(1, "abc"),
            ],
        ),
        (
            "no backsteps",
            json!([{"name": "def", "devicePath": "/baz/../"}]),
            vec![block.clone(), backsteps(0, "/baz/../")],
        ),
        (
            "name exists in volumemounts",
            json!([{"name": "abc", "devicePath": "/baz/../"}]),
            vec![
                in_devices(0, "abc"),
                backsteps(0, "/baz/../"),
                in_mounts(0, "abc"),
            ],
        ),
        (
            "path exists in volumemounts",
            json!([{"name": "xyz", "devicePath": "/this/path/exists"}]),
            vec![
                path_in_devices(1, "/this/path/exists"),
                format!("{vd}[0].name: Not found: \"xyz\""),
                path_in_mounts(0, "/this/path/exists"),
            ],
        ),
        (
            "both exist in volumemounts",
            json!([{"name": "abc", "devicePath": "/this/path/exists"}]),
            vec![
                in_devices(0, "abc"),
                path_in_devices(1, "/this/path/exists"),
                in_mounts(0, "abc"),
                path_in_mounts(0, "/this/path/exists"),
            ],
        ),
    ];
    for (name, devices, want) in rows {
        let container = json!({"volumeMounts": bad_mounts.clone(), "volumeDevices": devices});
        create(name, with_mounts(volumes.clone(), container), &owned(&want));
    }
}

// Test_validateProbe (a readiness probe, whose success threshold may be above 1; the grace
// period rows on a liveness probe, as readiness probes may not set it)
#[test]
fn probe_fields() {
    let exec = json!({"command": ["echo"]});
    create(
        "handler only",
        ctr(json!({"readinessProbe": {"exec": exec}})),
        &[],
    );
    for field in [
        "initialDelaySeconds",
        "timeoutSeconds",
        "periodSeconds",
        "successThreshold",
        "failureThreshold",
    ] {
        create(
            field,
            ctr(json!({"readinessProbe": {"exec": exec, field: -1}})),
            &[&format!(
                "{C}.readinessProbe.{field}: Invalid value: -1: must be greater than or equal to 0"
            )],
        );
    }
    for seconds in [-1, 0] {
        create(
            "terminationGracePeriodSeconds",
            ctr(json!({"livenessProbe": {"exec": exec, "terminationGracePeriodSeconds": seconds}})),
            &[&format!(
                "{C}.livenessProbe.terminationGracePeriodSeconds: Invalid value: {seconds}: must be greater than 0"
            )],
        );
    }
    create(
        "terminationGracePeriodSeconds 1",
        ctr(json!({"livenessProbe": {"exec": exec, "terminationGracePeriodSeconds": 1}})),
        &[],
    );
}
