//! Small tables of pkg/apis/core/validation/validation_test.go, through the API server's create
//! path (`upstream_pod_validation::create`: defaults, the strategy's preparation, validation),
//! feature gates at their 1.36 defaults. Upstream calls the private validators
//! (`validateKeyToPath`, `validateNFSVolumeSource`, …) on a bare object under a `field` path and
//! checks the first error's type (sometimes its field or part of its detail); each row here puts
//! the object where a pod carries it and pins the whole error list, written from validation.go
//! (v1.36.0).
//!
//! - `TestValidateKeyToPath`: each key-to-path is the only item of a configMap volume
//!   (`spec.volumes[0].configMap.items[0]`).
//! - `TestValidateNFSVolumeSource`, `TestValidateGlusterfs`: the source is the pod's only volume.
//! - `TestHugePagesIsolation`: the container's resources of `podtest.MakePod`'s pod.
//! - `TestValidateRestartPolicy`, `TestValidatePodReadinessGates`, `TestValidateSELinuxChangePolicy`:
//!   the pod spec's fields. The qualified-name message is apimachinery's `content.IsLabelKey` ("a valid
//!   label key …", k8s.io/apimachinery/pkg/api/validate/content/kube.go), which `IsQualifiedName` calls.
//! - `TestValidateOverhead`, `TestValidateOS`, `TestValidateSchedulingGates`,
//!   `TestValidateWindowsPodSecurityContext`, `TestValidateLinuxPodSecurityContext`,
//!   `TestValidateWindowsSecurityContext`, `TestValidateLinuxSecurityContext`: the pod spec's
//!   fields; the OS-specific rows set `spec.os.name` (`validateWindows`/`validateLinux` run on it).
//! - `TestValidatePodResourceNames`: each name is a key of the pod-level `spec.resources.requests`.
//! - `TestValidateSleepAction`: a container's `lifecycle.preStop.sleep` under the pod's
//!   `terminationGracePeriodSeconds`.
//!
//! Skipped:
//! - `TestValidateSELinuxChangePolicy`: the row with `AllowOnlyRecursiveSELinuxChangePolicy`
//!   true ("MountOption is not valid when AllowOnlyRecursiveSELinuxChangePolicy"); the library's
//!   `PodValidationOptions` has no such option (it is false at the 1.36 defaults).
//! - `TestValidatePodResourceNames`: the names that fail `validateResourceName` itself (`network`,
//!   `disk`, `limits.storage` (not a standard resource name), `""`, `.`, `..`,
//!   `my.favorite.app.co/_12345`, `my.favorite.app.co/12345_`,
//!   `kubernetes.io/..`, `kubernetes.io/` + 64 × `a` (twice), `kubernetes.io//`, `kubernetes.io`,
//!   `kubernetes.io/will/not/work/`): whether `validatePodResourceName` still appends its
//!   `Unsupported value` after a name-format error could not be read from the v1.36.0 source, so
//!   their whole error lists are not pinned.
//! - `TestValidateResourceNames`: `validateResourceName` alone is reached only through the
//!   ResourceQuota and LimitRange validators, which the library does not expose; the pod paths
//!   add checks of their own (`must be a standard resource for containers`, pod-level
//!   `Unsupported value`) that this table's rows do not expect.
//! - `TestValidateSleepAction`: the rows with `AllowPodLifecycleSleepActionZeroValue` false
//!   ("negative seconds", "longer than gracePeriod", "sleep duration of zero with zero value
//!   feature gate disabled", "invalid sleep duration (negative value) with zero value disabled",
//!   "nil grace period with zero value disabled"): the option is on at the 1.36 defaults and
//!   `PodValidationOptions` cannot turn it off; "nil grace period with zero value enabled": the v1
//!   defaults give every pod a grace period (30), so a nil one cannot reach validation.
//! - `TestValidateFlexVolumeSource`: not located in the stored copy of the 1 MB test file within
//!   the time box (not ported, not judged).
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>
//! (messages: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go>)

use super::upstream_pod_validation::{create, ctr, pod};
use super::upstream_pod_validation_more::{spec, NAME_PART};
use super::upstream_pod_volume_sources::vol;
use kube_primitives::api::core::Pod;
use kube_primitives::validation::pod::{
    prepare_pod_for_create, validate_pod_create, PodValidationOptions,
};
use serde_json::{json, Value};

/// The create path for the valid pod with `tweak` merged in and `after` applied once the pod is
/// defaulted (for values the v1 defaults would overwrite, e.g. an empty `restartPolicy`).
fn create_after_defaults(name: &str, tweak: Value, after: impl FnOnce(&mut Pod), want: &[&str]) {
    let mut p = pod(tweak);
    after(&mut p);
    prepare_pod_for_create(&mut p, "bcdfg");
    let got: Vec<String> = validate_pod_create(&p, &PodValidationOptions::default())
        .into_vec()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(got, want, "{name}");
}

/// validation.go's `fileModeErrorMsg`.
const MODE: &str = "must be a number between 0 and 0777 (octal), both inclusive";

/// A configMap volume whose only item is `kp`.
fn key_to_path(kp: Value) -> Value {
    vol(
        "cfg",
        json!({"configMap": {"name": "cfgmap", "items": [kp]}}),
    )
}

// TestValidateKeyToPath
#[test]
fn key_to_path_rows() {
    const I: &str = "spec.volumes[0].configMap.items[0]";
    for kp in [
        json!({"key": "k", "path": "p"}),
        json!({"key": "k", "path": "p/p/p/p"}),
        json!({"key": "k", "path": "p/..p/p../p..p"}),
        json!({"key": "k", "path": "p", "mode": 0o644}),
    ] {
        create(&format!("valid {kp}"), key_to_path(kp.clone()), &[]);
    }
    create(
        "empty key",
        key_to_path(json!({"key": "", "path": "p"})),
        &[&format!("{I}.key: Required value")],
    );
    create(
        "empty path",
        key_to_path(json!({"key": "k", "path": ""})),
        &[&format!("{I}.path: Required value")],
    );
    create(
        "path starts with ..",
        key_to_path(json!({"key": "k", "path": "..p"})),
        &[&format!(
            r#"{I}.path: Invalid value: "..p": must not start with '..'"#
        )],
    );
    for path in ["../p", "p/../p", "p/.."] {
        create(
            path,
            key_to_path(json!({"key": "k", "path": path})),
            &[&format!(
                r#"{I}.path: Invalid value: "{path}": must not contain '..'"#
            )],
        );
    }
    create(
        "mode 01000",
        key_to_path(json!({"key": "k", "path": "p", "mode": 0o1000})),
        &[&format!("{I}.mode: Invalid value: 512: {MODE}")],
    );
    create(
        "mode -1",
        key_to_path(json!({"key": "k", "path": "p", "mode": -1})),
        &[&format!("{I}.mode: Invalid value: -1: {MODE}")],
    );
}

// TestValidateNFSVolumeSource
#[test]
fn nfs_volume_source_rows() {
    let nfs =
        |server: &str, path: &str| vol("nfs", json!({"nfs": {"server": server, "path": path}}));
    create(
        "missing server",
        nfs("", "/tmp"),
        &["spec.volumes[0].nfs.server: Required value"],
    );
    // validateNFSVolumeSource checks the empty path twice: required, then not absolute.
    create(
        "missing path",
        nfs("my-server", ""),
        &[
            "spec.volumes[0].nfs.path: Required value",
            r#"spec.volumes[0].nfs.path: Invalid value: "": must be an absolute path"#,
        ],
    );
    create(
        "abs path",
        nfs("my-server", "tmp"),
        &[r#"spec.volumes[0].nfs.path: Invalid value: "tmp": must be an absolute path"#],
    );
}

// TestValidateGlusterfs
#[test]
fn glusterfs_rows() {
    let gfs = |endpoints: &str, path: &str| {
        vol(
            "gfs",
            json!({"glusterfs": {"endpoints": endpoints, "path": path}}),
        )
    };
    create(
        "missing endpointname",
        gfs("", "/tmp"),
        &["spec.volumes[0].glusterfs.endpoints: Required value"],
    );
    create(
        "missing path",
        gfs("my-endpoint", ""),
        &["spec.volumes[0].glusterfs.path: Required value"],
    );
    create(
        "missing endpointname and path",
        gfs("", ""),
        &[
            "spec.volumes[0].glusterfs.endpoints: Required value",
            "spec.volumes[0].glusterfs.path: Required value",
        ],
    );
}

/// `podtest.MakeResourceRequirements(requests, limits)` on the pod's only container.
fn huge(requests: Value, limits: Value) -> Value {
    ctr(json!({"resources": {"requests": requests, "limits": limits}}))
}

// TestHugePagesIsolation
#[test]
fn huge_pages_isolation_rows() {
    let one = json!({"cpu": "10", "memory": "10G", "hugepages-2Mi": "1Gi"});
    create(
        "Valid: request hugepages-2Mi",
        huge(one.clone(), one.clone()),
        &[],
    );
    let two = json!({"cpu": "10", "memory": "10G", "hugepages-2Mi": "1Gi", "hugepages-1Gi": "2Gi"});
    create(
        "Valid: request more than one hugepages size",
        huge(two.clone(), two.clone()),
        &[],
    );
    create(
        "Valid: request hugepages-1Gi, limit hugepages-2Mi and hugepages-1Gi",
        huge(two.clone(), two),
        &[],
    );
    create(
        "Invalid: not requesting cpu and memory",
        huge(
            json!({"hugepages-2Mi": "1Gi"}),
            json!({"hugepages-2Mi": "1Gi"}),
        ),
        &["spec.containers[0].resources: Forbidden: HugePages require cpu or memory"],
    );
    create(
        "Invalid: request 1Gi hugepages-2Mi but limit 2Gi",
        huge(
            one,
            json!({"cpu": "10", "memory": "10G", "hugepages-2Mi": "2Gi"}),
        ),
        &[
            r#"spec.containers[0].resources.requests: Invalid value: "1Gi": must be equal to hugepages-2Mi limit of 2Gi"#,
        ],
    );
}

// TestValidateRestartPolicy
#[test]
fn restart_policy_rows() {
    for policy in ["Always", "OnFailure", "Never"] {
        create(policy, spec(json!({ "restartPolicy": policy })), &[]);
    }
    // The v1 defaults turn an empty policy into `Always`; the row empties it after defaulting.
    create_after_defaults(
        "empty",
        json!({}),
        |p| p.spec.restart_policy = String::new(),
        &["spec.restartPolicy: Required value"],
    );
    create(
        "newpolicy",
        spec(json!({"restartPolicy": "newpolicy"})),
        &[
            r#"spec.restartPolicy: Unsupported value: "newpolicy": supported values: "Always", "OnFailure", "Never""#,
        ],
    );
}

// TestValidatePodReadinessGates
#[test]
fn pod_readiness_gates_rows() {
    create("no gate", spec(json!({"readinessGates": []})), &[]);
    create(
        "one readiness gate",
        spec(json!({"readinessGates": [{"conditionType": "example.com/condition"}]})),
        &[],
    );
    create(
        "two readiness gates",
        spec(json!({"readinessGates": [
            {"conditionType": "example.com/condition1"},
            {"conditionType": "example.com/condition2"}
        ]})),
        &[],
    );
    create(
        "invalid condition type",
        spec(json!({"readinessGates": [{"conditionType": "invalid/condition/type"}]})),
        &[
            r#"spec.readinessGates[0].conditionType: Invalid value: "invalid/condition/type": a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"#,
        ],
    );
}

fn se_linux_change_policy(policy: Option<&str>) -> Value {
    spec(json!({"securityContext": {"seLinuxChangePolicy": policy}}))
}

// TestValidateSELinuxChangePolicy (`AllowOnlyRecursiveSELinuxChangePolicy` false, as
// `GetValidationOptionsFromPodSpecAndMeta` leaves it at the 1.36 defaults)
#[test]
fn se_linux_change_policy_rows() {
    create("nil is valid", se_linux_change_policy(None), &[]);
    create(
        "Recursive is always valid",
        se_linux_change_policy(Some("Recursive")),
        &[],
    );
    create(
        "MountOption is valid when not AllowOnlyRecursiveSELinuxChangePolicy",
        se_linux_change_policy(Some("MountOption")),
        &[],
    );
    create(
        "invalid value",
        se_linux_change_policy(Some("InvalidValue")),
        &[
            r#"spec.securityContext.seLinuxChangePolicy: Unsupported value: "InvalidValue": supported values: "MountOption", "Recursive""#,
        ],
    );
}

// TestValidateOverhead (`validateOverhead` reuses the container resource checks, under
// `spec.overhead.limits`)
#[test]
fn overhead_rows() {
    create(
        "Valid Overhead for CPU + Memory",
        spec(json!({"overhead": {"cpu": "10", "memory": "10G"}})),
        &[],
    );
    create(
        "Invalid Overhead Resources",
        spec(json!({"overhead": {"my.org": "10m"}})),
        &[
            r#"spec.overhead.limits[my.org]: Invalid value: "my.org": must be a standard resource type or fully qualified"#,
            r#"spec.overhead.limits[my.org]: Invalid value: "my.org": must be a standard resource for containers"#,
        ],
    );
}

// TestValidateWindowsPodSecurityContext (`validateWindows`, run by ValidatePodSpec for
// `spec.os.name: windows`)
#[test]
fn windows_pod_security_context_rows() {
    let windows = |sc: Value| spec(json!({"os": {"name": "windows"}, "securityContext": sc}));
    create(
        "valid SC, windows, no error",
        windows(json!({"windowsOptions": {"runAsUserName": "dummy"}})),
        &[],
    );
    create(
        "invalid SC(by SELinuxOptions), windows, error",
        windows(json!({"seLinuxOptions": {"role": "dummyRole"}})),
        &["spec.securityContext.seLinuxOptions: Forbidden: cannot be set for a windows pod"],
    );
    create(
        "invalid SC(by SupplementalGroupsPolicy), windows, error",
        windows(json!({"supplementalGroupsPolicy": "Strict"})),
        &["spec.securityContext.supplementalGroupsPolicy: Forbidden: cannot be set for a windows pod"],
    );
}

// TestValidateLinuxPodSecurityContext (`validateLinux`, for `spec.os.name: linux`)
#[test]
fn linux_pod_security_context_rows() {
    let linux = |sc: Value| spec(json!({"os": {"name": "linux"}, "securityContext": sc}));
    create(
        "valid SC, linux, no error",
        linux(json!({
            "seLinuxOptions": {"user": "user", "role": "role", "type": "type", "level": "level"},
            "runAsUser": 1
        })),
        &[],
    );
    create(
        "invalid SC, linux, error",
        linux(json!({"windowsOptions": {"runAsUserName": "myUser"}})),
        &["spec.securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod"],
    );
}

// TestValidateOS
#[test]
fn os_rows() {
    create("no OS field, featuregate", spec(json!({})), &[]);
    create(
        "empty OS field, featuregate",
        spec(json!({"os": {}})),
        &["spec.os.name: Required value"],
    );
    create(
        "OS field, featuregate, valid OS (linux)",
        spec(json!({"os": {"name": "linux"}})),
        &[],
    );
    create(
        "OS field, featuregate, valid OS (windows)",
        spec(json!({"os": {"name": "windows"}})),
        &[],
    );
    create(
        "OS field, featuregate, empty OS",
        spec(json!({"os": {"name": ""}})),
        &["spec.os.name: Required value"],
    );
    create(
        "OS field, featuregate, invalid OS",
        spec(json!({"os": {"name": "dummyOS"}})),
        &[r#"spec.os: Unsupported value: "dummyOS": supported values: "linux", "windows""#],
    );
}

// TestValidateSchedulingGates
#[test]
fn scheduling_gates_rows() {
    let gates = |names: &[&str]| {
        let list: Vec<Value> = names.iter().map(|n| json!({ "name": n })).collect();
        spec(json!({ "schedulingGates": list }))
    };
    create("nil gates", spec(json!({})), &[]);
    create(
        "empty string in gates",
        gates(&["foo", ""]),
        &[
            r#"spec.schedulingGates[1]: Invalid value: "": name part must be non-empty"#,
            &format!(r#"spec.schedulingGates[1]: Invalid value: "": {NAME_PART}"#),
        ],
    );
    create("legal gates", gates(&["foo", "bar"]), &[]);
    create(
        "illegal gates",
        gates(&["foo", "\nbar"]),
        &[&format!(
            r#"spec.schedulingGates[1]: Invalid value: "\nbar": {NAME_PART}"#
        )],
    );
    create(
        "duplicated gates (single duplication)",
        gates(&["foo", "bar", "bar"]),
        &[r#"spec.schedulingGates[2]: Duplicate value: "bar""#],
    );
    create(
        "duplicated gates (multiple duplications)",
        gates(&["foo", "bar", "foo", "baz", "foo", "bar"]),
        &[
            r#"spec.schedulingGates[2]: Duplicate value: "foo""#,
            r#"spec.schedulingGates[4]: Duplicate value: "foo""#,
            r#"spec.schedulingGates[5]: Duplicate value: "bar""#,
        ],
    );
}

/// A pod of `os` whose only container has security context `sc`.
fn os_container_sc(os: &str, sc: Value) -> Value {
    json!({"spec": {"os": {"name": os},
        "containers": [{"name": "ctr", "image": "image", "securityContext": sc}]}})
}

// TestValidateWindowsSecurityContext (`validateWindows` on the containers of a
// `spec.os.name: windows` pod)
#[test]
fn windows_security_context_rows() {
    create(
        "pod with SELinux Options",
        os_container_sc("windows", json!({"seLinuxOptions": {"role": "dummy"}})),
        &["spec.containers[0].securityContext.seLinuxOptions: Forbidden: cannot be set for a windows pod"],
    );
    // upstream's profile has no type; the row gives it `Localhost` so that the profile itself
    // is valid and only the windows check answers
    create(
        "pod with SeccompProfile",
        os_container_sc(
            "windows",
            json!({"seccompProfile": {"type": "Localhost", "localhostProfile": "dummy"}}),
        ),
        &["spec.containers[0].securityContext.seccompProfile: Forbidden: cannot be set for a windows pod"],
    );
    create(
        "pod with AppArmorProfile",
        os_container_sc("windows", json!({"appArmorProfile": {"type": "RuntimeDefault"}})),
        &["spec.containers[0].securityContext.appArmorProfile: Forbidden: cannot be set for a windows pod"],
    );
    create(
        "pod with WindowsOptions, no error",
        os_container_sc(
            "windows",
            json!({"windowsOptions": {"runAsUserName": "dummy"}}),
        ),
        &[],
    );
}

// TestValidateLinuxSecurityContext (`validateLinux` on the containers of a
// `spec.os.name: linux` pod)
#[test]
fn linux_security_context_rows() {
    create(
        "valid SC, linux, no error",
        os_container_sc(
            "linux",
            json!({
                "privileged": false,
                "capabilities": {"add": ["foo"], "drop": ["bar"]},
                "seLinuxOptions": {"user": "user", "role": "role", "type": "type", "level": "level"},
                "runAsUser": 1
            }),
        ),
        &[],
    );
    create(
        "invalid SC, linux, error",
        os_container_sc("linux", json!({"windowsOptions": {"runAsUserName": "myUser"}})),
        &["spec.containers[0].securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod"],
    );
}

/// A pod whose pod-level `spec.resources.requests` are `requests`.
fn pod_requests(requests: Value) -> Value {
    spec(json!({"resources": {"requests": requests}}))
}

// TestValidatePodResourceNames (`validatePodResourceName` on the keys of `spec.resources`)
#[test]
fn pod_resource_names_rows() {
    create("memory", pod_requests(json!({"memory": "1Gi"})), &[]);
    create("cpu", pod_requests(json!({"cpu": "1"})), &[]);
    // the hugepages rows carry memory too and set the limits (hugepages are not overcommitable:
    // a request needs its limit), so that only the name is in question
    for (name, size) in [("hugepages-2Mi", "2Mi"), ("hugepages-1Gi", "1Gi")] {
        let list = json!({"memory": "2Gi", name: size});
        create(
            name,
            spec(json!({"resources": {"requests": list, "limits": list}})),
            &[],
        );
    }
    for name in [
        "storage",
        "requests.cpu",
        "requests.memory",
        "requests.storage",
        "limits.cpu",
        "limits.memory",
        "kubernetes.io/cpu",
        "kubernetes.io/memory",
    ] {
        create(
            name,
            pod_requests(json!({ name: "1" })),
            &[&format!(
                r#"spec.resources.requests[{name}]: Unsupported value: "{name}": supported values: "cpu", "hugepages-", "memory""#
            )],
        );
    }
    // an extended resource is not overcommitable: the row sets its limit too (else
    // `Limit must be set for non overcommitable resources`), so both lists answer
    let name = "my.favorite.app.co/12345";
    let list = json!({ name: "1" });
    create(
        name,
        spec(json!({"resources": {"requests": list, "limits": list}})),
        &[
            &format!(
                r#"spec.resources.limits[{name}]: Unsupported value: "{name}": supported values: "cpu", "hugepages-", "memory""#
            ),
            &format!(
                r#"spec.resources.requests[{name}]: Unsupported value: "{name}": supported values: "cpu", "hugepages-", "memory""#
            ),
        ],
    );
}

/// A pod with `terminationGracePeriodSeconds: grace` whose container sleeps `seconds` before
/// stopping.
fn pre_stop_sleep(seconds: i64, grace: i64) -> Value {
    json!({"spec": {"terminationGracePeriodSeconds": grace, "containers": [{"name": "ctr",
        "image": "image", "lifecycle": {"preStop": {"sleep": {"seconds": seconds}}}}]}})
}

// TestValidateSleepAction (`AllowPodLifecycleSleepActionZeroValue` true: the
// PodLifecycleSleepActionAllowZero gate is on at the 1.36 defaults)
#[test]
fn sleep_action_rows() {
    // upstream runs this row with the option off; with it on the row is valid as well
    create("valid setting", pre_stop_sleep(5, 30), &[]);
    create(
        "sleep duration of zero with zero value feature gate enabled",
        pre_stop_sleep(0, 30),
        &[],
    );
    create(
        "invalid sleep duration (negative value) with zero value enabled",
        pre_stop_sleep(-1, 30),
        &["spec.containers[0].lifecycle.preStop.sleep: Invalid value: -1: must be non-negative and less than terminationGracePeriodSeconds (30)"],
    );
    create(
        "zero grace period duration with zero value enabled",
        pre_stop_sleep(0, 0),
        &[],
    );
}
