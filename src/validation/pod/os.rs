//! Operating-system rules: Linux and Windows pods, Windows hostProcess pods and user
//! namespaces (`validateLinux`, `validateWindows`, `validateWindowsHostProcessPod`,
//! `validateHostUsers`), and the container walk they share
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::format;

use super::PodValidationOptions;
use crate::api::core::{Container, PodSpec, SecurityContext};
use crate::meta::field::{Error, ErrorList, LazyPath};

const WINDOWS: &str = "cannot be set for a windows pod";

/// Every container of the spec with the name of its list and its index there, as
/// `podshelper.VisitContainersWithPath` visits them: init containers, containers, then
/// ephemeral containers. Lazy, so that walking a valid pod allocates nothing; callers name the
/// container's path (`path.child(list).index(i)`) themselves, as a borrowed path cannot outlive
/// this iterator's items.
pub(super) fn visit_containers(
    spec: &PodSpec,
) -> impl Iterator<Item = (ContainerView<'_>, &'static str, usize)> {
    let init = (spec.init_containers.iter().enumerate())
        .map(|(i, c)| (ContainerView::from(c), "initContainers", i));
    let regular = (spec.containers.iter().enumerate())
        .map(|(i, c)| (ContainerView::from(c), "containers", i));
    let ephemeral = spec.ephemeral_containers.iter().enumerate().map(|(i, c)| {
        let view = ContainerView {
            name: &c.name,
            sc: c.security_context.as_ref(),
        };
        (view, "ephemeralContainers", i)
    });
    init.chain(regular).chain(ephemeral)
}

/// What the pod-wide security checks read of a container.
pub(super) struct ContainerView<'a> {
    pub name: &'a str,
    pub sc: Option<&'a SecurityContext>,
}

impl<'a> From<&'a Container> for ContainerView<'a> {
    fn from(c: &'a Container) -> Self {
        ContainerView {
            name: &c.name,
            sc: c.security_context.as_ref(),
        }
    }
}

/// Go's `validateWindowsHostProcessPod`.
pub(super) fn validate_windows_host_process_pod(
    errs: &mut ErrorList,
    spec: &PodSpec,
    path: &LazyPath<'_>,
    opts: &PodValidationOptions,
) {
    let pod_hp = spec
        .security_context
        .as_ref()
        .and_then(|s| s.windows_options.as_ref())
        .and_then(|w| w.host_process);
    let (mut count, mut hp_count) = (0usize, 0usize);
    for (c, list, i) in visit_containers(spec) {
        let list_path = path.child(list);
        let cpath = list_path.index(i);
        count += 1;
        let c_hp =
            c.sc.and_then(|s| s.windows_options.as_ref())
                .and_then(|w| w.host_process);
        if let (Some(p), Some(ch)) = (pod_hp, c_hp) {
            if p != ch {
                errs.push(Error::invalid(
                    &cpath
                        .child("securityContext")
                        .child("windowsOptions")
                        .child("hostProcess"),
                    ch,
                    format!(
                        "pod hostProcess value must be identical if both are specified, was {p}"
                    ),
                ));
            }
        }
        if c_hp == Some(true) || (c_hp.is_none() && pod_hp == Some(true)) {
            hp_count += 1;
        }
    }
    if hp_count > 0 {
        if hp_count != count {
            errs.push(Error::invalid(
                path,
                "",
                "If pod contains any hostProcess containers then all containers must be HostProcess containers",
            ));
        }
        if !spec.host_network {
            errs.push(Error::invalid(
                &path.child("hostNetwork"),
                false,
                "hostNetwork must be true if pod contains any hostProcess containers",
            ));
        }
        if !opts.allow_privileged {
            errs.push(Error::forbidden(
                path,
                "hostProcess containers are disallowed by cluster policy",
            ));
        }
    }
}

/// Go's `validateHostUsers`: a pod in a user namespace shares no host namespace, and (unless
/// `allow_volume_devices`, Go's `AllowUserNamespacesWithVolumeDevices`) none of its containers
/// has volume devices.
pub(super) fn validate_host_users(
    errs: &mut ErrorList,
    spec: &PodSpec,
    path: &LazyPath<'_>,
    allow_volume_devices: bool,
) {
    if spec.host_users != Some(false) {
        return;
    }
    if spec.host_network {
        errs.push(Error::forbidden(
            &path.child("hostNetwork"),
            "when `hostUsers` is false",
        ));
    }
    if spec.host_pid {
        errs.push(Error::forbidden(
            &path.child("HostPID"),
            "when `hostUsers` is false",
        ));
    }
    if spec.host_ipc {
        errs.push(Error::forbidden(
            &path.child("HostIPC"),
            "when `hostUsers` is false",
        ));
    }
    if allow_volume_devices {
        return;
    }
    for (list, i) in containers_with_devices(spec) {
        errs.push(Error::forbidden(
            &path.child(list).index(i).child("volumeDevices"),
            "when `hostUsers` is false",
        ));
    }
}

/// The containers (list name and index) that have volume devices: init containers, containers,
/// then ephemeral containers, as `VisitContainersWithPath` visits them.
pub(super) fn containers_with_devices(
    spec: &PodSpec,
) -> impl Iterator<Item = (&'static str, usize)> + '_ {
    let init = (spec.init_containers.iter().enumerate())
        .filter(|(_, c)| !c.volume_devices.is_empty())
        .map(|(i, _)| ("initContainers", i));
    let regular = (spec.containers.iter().enumerate())
        .filter(|(_, c)| !c.volume_devices.is_empty())
        .map(|(i, _)| ("containers", i));
    let ephemeral = (spec.ephemeral_containers.iter().enumerate())
        .filter(|(_, c)| !c.volume_devices.is_empty())
        .map(|(i, _)| ("ephemeralContainers", i));
    init.chain(regular).chain(ephemeral)
}

/// Go's `validateLinux`: no Windows options in a Linux pod.
pub(super) fn validate_linux(errs: &mut ErrorList, spec: &PodSpec, path: &LazyPath<'_>) {
    const MSG: &str = "windows options cannot be set for a linux pod";
    if spec
        .security_context
        .as_ref()
        .is_some_and(|s| s.windows_options.is_some())
    {
        errs.push(Error::forbidden(
            &path.child("securityContext").child("windowsOptions"),
            MSG,
        ));
    }
    for (c, list, i) in visit_containers(spec) {
        let list_path = path.child(list);
        let cpath = list_path.index(i);
        if c.sc.is_some_and(|s| s.windows_options.is_some()) {
            errs.push(Error::forbidden(
                &cpath.child("securityContext").child("windowsOptions"),
                MSG,
            ));
        }
    }
}

/// Go's `validateWindows`: no Linux-only settings in a Windows pod.
pub(super) fn validate_windows(errs: &mut ErrorList, spec: &PodSpec, path: &LazyPath<'_>) {
    let sp = path.child("securityContext");
    if let Some(sc) = &spec.security_context {
        let checks: [(bool, LazyPath<'_>); 8] = [
            (sc.app_armor_profile.is_some(), sp.child("appArmorProfile")),
            (sc.se_linux_options.is_some(), sp.child("seLinuxOptions")),
            (spec.host_users.is_some(), path.child("hostUsers")),
            (spec.host_pid, path.child("hostPID")),
            (spec.host_ipc, path.child("hostIPC")),
            (sc.seccomp_profile.is_some(), sp.child("seccompProfile")),
            (sc.fs_group.is_some(), sp.child("fsGroup")),
            (
                sc.fs_group_change_policy.is_some(),
                sp.child("fsGroupChangePolicy"),
            ),
        ];
        for (set, p) in checks {
            if set {
                errs.push(Error::forbidden(&p, WINDOWS));
            }
        }
        let checks: [(bool, LazyPath<'_>); 7] = [
            (!sc.sysctls.is_empty(), sp.child("sysctls")),
            (
                spec.share_process_namespace.is_some(),
                path.child("shareProcessNamespace"),
            ),
            (sc.run_as_user.is_some(), sp.child("runAsUser")),
            (sc.run_as_group.is_some(), sp.child("runAsGroup")),
            (
                !sc.supplemental_groups.is_empty(),
                sp.child("supplementalGroups"),
            ),
            (
                sc.supplemental_groups_policy.is_some(),
                sp.child("supplementalGroupsPolicy"),
            ),
            (
                sc.se_linux_change_policy.is_some(),
                sp.child("seLinuxChangePolicy"),
            ),
        ];
        for (set, p) in checks {
            if set {
                errs.push(Error::forbidden(&p, WINDOWS));
            }
        }
    }
    for (c, list, i) in visit_containers(spec) {
        let list_path = path.child(list);
        let cpath = list_path.index(i);
        let Some(sc) = c.sc else { continue };
        let p = cpath.child("securityContext");
        let checks = [
            (sc.app_armor_profile.is_some(), "appArmorProfile"),
            (sc.se_linux_options.is_some(), "seLinuxOptions"),
            (sc.seccomp_profile.is_some(), "seccompProfile"),
            (sc.capabilities.is_some(), "capabilities"),
            (
                sc.read_only_root_filesystem.is_some(),
                "readOnlyRootFilesystem",
            ),
            (sc.privileged.is_some(), "privileged"),
            (
                sc.allow_privilege_escalation.is_some(),
                "allowPrivilegeEscalation",
            ),
            (sc.proc_mount.is_some(), "procMount"),
            (sc.run_as_user.is_some(), "runAsUser"),
            (sc.run_as_group.is_some(), "runAsGroup"),
        ];
        for (set, name) in checks {
            if set {
                errs.push(Error::forbidden(&p.child(name), WINDOWS));
            }
        }
    }
}
