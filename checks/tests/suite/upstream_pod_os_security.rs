//! Windows hostProcess pods, user namespaces and AppArmor profile names after
//! pkg/apis/core/validation/validation_test.go (`TestValidateWindowsHostProcessPod`,
//! `TestValidateHostUsers`, `TestValidateAppArmorProfileFormat`). Upstream calls
//! `validateWindowsHostProcessPod` and `validateHostUsers` on bare specs; here the same specs run
//! through `ValidatePodSpec` (which calls both) on a defaulted pod, so each row's containers get
//! distinct names and an image, and the whole result is pinned. AppArmor profile names go
//! through the API server's create path as the deprecated container annotation. Upstream
//! checks only whether an error occurs; each row here pins the whole message, read from
//! validation.go or confirmed in the 1.36 API server's answers (conformance vectors).
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use kube_primitives::meta::field::Path;
use kube_primitives::validation::pod::{
    prepare_pod_for_update, validate_pod_spec, validate_pod_update, PodValidationOptions,
};
use serde_json::{json, Value};

use crate::upstream_pod_validation::{create, pod};

/// `ValidatePodSpec` on the valid pod with `spec` merged in.
fn spec_errs(spec: Value, opts: &PodValidationOptions) -> Vec<String> {
    let p = pod(json!({ "spec": spec }));
    validate_pod_spec(&p.spec, &p.metadata, &Path::new("spec"), opts)
        .into_vec()
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// A container `name` whose `windowsOptions.hostProcess` is `hp` (unset for `None`).
fn c(name: &str, hp: Option<bool>) -> Value {
    match hp {
        Some(hp) => json!({"name": name, "image": "image",
            "securityContext": {"windowsOptions": {"hostProcess": hp}}}),
        None => json!({"name": name, "image": "image"}),
    }
}

/// A pod spec: pod-wide hostProcess, hostNetwork, containers, init and ephemeral containers.
fn hp_spec(pod_hp: Option<bool>, host_network: bool, ctrs: &[Value], init: &[Value]) -> Value {
    let mut s = json!({"containers": ctrs, "initContainers": init});
    if host_network {
        s["hostNetwork"] = json!(true);
    }
    if let Some(hp) = pod_hp {
        s["securityContext"] = json!({"windowsOptions": {"hostProcess": hp}});
    }
    s
}

const ALL_HP: &str = r#"spec: Invalid value: "": If pod contains any hostProcess containers then all containers must be HostProcess containers"#;
const HOST_NETWORK: &str = "spec.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers";

/// The container-level mismatch error at `container` (e.g. `initContainers[0]`).
fn mismatch(container: &str, value: bool, pod_value: bool) -> String {
    format!("spec.{container}.securityContext.windowsOptions.hostProcess: Invalid value: {value}: pod hostProcess value must be identical if both are specified, was {pod_value}")
}

// TestValidateWindowsHostProcessPod
#[test]
fn windows_host_process_pods() {
    let privileged = PodValidationOptions::with_allow_privileged(true);
    let row = |name: &str, spec: Value, want: &[&str]| {
        assert_eq!(spec_errs(spec, &privileged), want, "{name}");
    };
    let (t, f) = (Some(true), Some(false));
    row(
        "pod-wide HostProcess=true, and HostNetwork unset",
        hp_spec(t, false, &[c("ctr", None)], &[]),
        &[HOST_NETWORK],
    );
    row(
        "pod-wide HostProcess=true, and HostNetwork set",
        hp_spec(t, true, &[c("ctr", None)], &[]),
        &[],
    );
    row(
        "pod-wide HostProcess=true, HostNetwork set, and containers setting HostProcess=true",
        hp_spec(t, true, &[c("ctr", t)], &[c("init", t)]),
        &[],
    );
    row(
        "pod-wide HostProcess=nil, HostNetwork set, and all containers setting HostProcess=true",
        hp_spec(None, true, &[c("ctr", t)], &[c("init", t)]),
        &[],
    );
    row(
        "some containers setting HostProcess=true, and others setting HostProcess=false",
        hp_spec(None, true, &[c("ctr", t)], &[c("init", f)]),
        &[ALL_HP],
    );
    row(
        "some containers setting HostProcess=true, and other leaving HostProcess unset",
        hp_spec(None, true, &[c("ctr", t)], &[c("init", None)]),
        &[ALL_HP],
    );
    row(
        "pod-wide HostProcess=true, containers HostProcess=true, init containers HostProcess=false",
        hp_spec(t, true, &[c("ctr", t)], &[c("init", f)]),
        &[&mismatch("initContainers[0]", false, true), ALL_HP],
    );
    row(
        "pod-wide HostProcess=true, some containers HostProcess=true, others HostProcess=false",
        hp_spec(t, true, &[c("ctr", t), c("ctr2", f)], &[]),
        &[&mismatch("containers[1]", false, true), ALL_HP],
    );
    row(
        "pod-wide HostProcess=true, some containers HostProcess=true, others HostProcess=nil",
        hp_spec(t, true, &[c("ctr", t)], &[c("init", None)]),
        &[],
    );
    row(
        "pod-wide HostProcess=false, some containers setting HostProcess=true",
        hp_spec(f, true, &[c("ctr", t)], &[c("init", None)]),
        &[&mismatch("containers[0]", true, false), ALL_HP],
    );
    row(
        "pod's HostProcess set to true but all containers override to false",
        hp_spec(t, true, &[c("ctr", f)], &[]),
        &[&mismatch("containers[0]", false, true)],
    );
    assert_eq!(
        spec_errs(
            hp_spec(None, true, &[c("ctr", t)], &[]),
            &PodValidationOptions::default()
        ),
        ["spec: Forbidden: hostProcess containers are disallowed by cluster policy"],
        "valid HostProcess pod without allowPrivileged"
    );
    let with_ephemeral = |mut spec: Value, ec: Value| {
        spec["ephemeralContainers"] = json!([ec]);
        spec
    };
    row(
        "Non-HostProcess ephemeral container in HostProcess pod",
        with_ephemeral(hp_spec(t, true, &[c("ctr", None)], &[]), c("debug", f)),
        &[&mismatch("ephemeralContainers[0]", false, true), ALL_HP],
    );
    row(
        "HostProcess ephemeral container in HostProcess pod",
        with_ephemeral(hp_spec(t, true, &[c("ctr", None)], &[]), c("debug", None)),
        &[],
    );
    row(
        "Non-HostProcess ephemeral container in Non-HostProcess pod",
        with_ephemeral(hp_spec(None, false, &[c("ctr", None)], &[]), c("debug", f)),
        &[],
    );
    row(
        "HostProcess ephemeral container in Non-HostProcess pod",
        with_ephemeral(hp_spec(None, false, &[c("ctr", None)], &[]), c("debug", t)),
        &[ALL_HP, HOST_NETWORK],
    );
}

// TestValidateHostUsers
#[test]
fn host_users() {
    let row = |name: &str, spec: Value, want: &[&str]| {
        assert_eq!(
            spec_errs(spec, &PodValidationOptions::default()),
            want,
            "{name}"
        );
    };
    row("empty", json!({}), &[]);
    row("hostUsers unset", json!({"securityContext": {}}), &[]);
    row("hostUsers=false", json!({"hostUsers": false}), &[]);
    row("hostUsers=true", json!({"hostUsers": true}), &[]);
    row(
        "hostUsers=false & volumes",
        json!({"hostUsers": false, "volumes": [
            {"name": "configmap", "configMap": {"name": "configmap"}},
            {"name": "secret", "secret": {"secretName": "secret"}},
            {"name": "downward-api", "downwardAPI": {}},
            {"name": "proj", "projected": {}},
            {"name": "empty-dir", "emptyDir": {}}
        ]}),
        &[],
    );
    // Upstream's hostPath has no path, which ValidatePodSpec requires: give it one.
    for host_users in [false, true] {
        row(
            &format!("hostUsers={host_users} - stateful volume"),
            json!({"hostUsers": host_users, "volumes": [{"name": "host-path", "hostPath": {"path": "/data"}}]}),
            &[],
        );
    }
    // 1.36 words these "when `hostUsers` is false" (older sources said `pod.Spec.HostUsers`):
    // confirmed for hostNetwork in the 1.36 API server's answers; the three share the text.
    row(
        "hostUsers=false & HostNetwork",
        json!({"hostUsers": false, "hostNetwork": true}),
        &["spec.hostNetwork: Forbidden: when `hostUsers` is false"],
    );
    row(
        "hostUsers=false & HostPID",
        json!({"hostUsers": false, "hostPID": true}),
        &["spec.HostPID: Forbidden: when `hostUsers` is false"],
    );
    row(
        "hostUsers=false & HostIPC",
        json!({"hostUsers": false, "hostIPC": true}),
        &["spec.HostIPC: Forbidden: when `hostUsers` is false"],
    );
}

// TestValidateHostUsers' volume-device rows: `validateHostUsers` forbids volume devices in a
// user namespace unless `AllowUserNamespacesWithVolumeDevices`, which
// `GetValidationOptionsFromPodSpecAndMeta` (pkg/api/pod/util.go, v1.36.0) sets only on update,
// when the old pod already had both (`hasUserNamespacesWithVolumeDevices`). One error per
// container with devices, init containers first (`VisitContainersWithPath`).
#[test]
fn host_users_volume_devices() {
    let with_devices = |host_users: bool, init: bool, regular: bool| {
        let device = json!([{"name": "block", "devicePath": "/dev/xvda"}]);
        let ctr = |name: &str, devices: bool| {
            let mut c = json!({"name": name, "image": "image"});
            if devices {
                c["volumeDevices"] = device.clone();
            }
            c
        };
        json!({"hostUsers": host_users,
            "volumes": [{"name": "block", "persistentVolumeClaim": {"claimName": "pvc"}}],
            "initContainers": [ctr("init", init)],
            "containers": [ctr("ctr", regular)]})
    };
    const FORBIDDEN: &str = "Forbidden: when `hostUsers` is false";
    let defaults = PodValidationOptions::default();
    assert_eq!(
        spec_errs(with_devices(false, false, true), &defaults),
        [format!("spec.containers[0].volumeDevices: {FORBIDDEN}")]
    );
    assert_eq!(
        spec_errs(with_devices(false, true, false), &defaults),
        [format!("spec.initContainers[0].volumeDevices: {FORBIDDEN}")]
    );
    assert_eq!(
        spec_errs(with_devices(false, true, true), &defaults),
        [
            format!("spec.initContainers[0].volumeDevices: {FORBIDDEN}"),
            format!("spec.containers[0].volumeDevices: {FORBIDDEN}"),
        ]
    );
    assert!(spec_errs(with_devices(true, true, true), &defaults).is_empty());
    assert!(spec_errs(with_devices(false, false, false), &defaults).is_empty());
    let mut allowed = PodValidationOptions::default();
    allowed.allow_user_namespaces_with_volume_devices = true;
    assert!(spec_errs(with_devices(false, true, true), &allowed).is_empty());

    // On update the old pod decides: one that already had both may keep them.
    let update = |old_spec: Value, new_spec: Value| {
        let mut old = pod(json!({ "spec": old_spec }));
        old.metadata.resource_version = "1".into();
        let mut new = pod(json!({ "spec": new_spec }));
        new.metadata.resource_version = "1".into();
        prepare_pod_for_update(&mut new, &old);
        validate_pod_update(&new, &old, &defaults)
            .into_vec()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        update(
            with_devices(false, false, true),
            with_devices(false, false, true)
        ),
        Vec::<String>::new()
    );
    let errs = update(
        with_devices(true, false, true),
        with_devices(false, false, true),
    );
    assert_eq!(
        errs.first().map(String::as_str),
        Some(format!("spec.containers[0].volumeDevices: {FORBIDDEN}").as_str()),
        "{errs:#?}"
    );
}

// TestValidateAppArmorProfileFormat (through the deprecated container annotation)
#[test]
fn apparmor_profile_format() {
    const KEY: &str = "container.apparmor.security.beta.kubernetes.io/ctr";
    let annotated = |profile: &str| json!({"metadata": {"annotations": {KEY: profile}}});
    for profile in [
        "",
        "runtime/default",
        "unconfined",
        "localhost//usr/sbin/ntpd",
        "localhost/foo-bar",
    ] {
        create(profile, annotated(profile), &[]);
    }
    create(
        "missing local prefix",
        annotated("baz"),
        &[&format!(
            r#"metadata.annotations[{KEY}]: Invalid value: "baz": invalid AppArmor profile name: "baz""#
        )],
    );
}
