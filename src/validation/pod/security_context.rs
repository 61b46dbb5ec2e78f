//! Security: container and pod security contexts (user and group ranges, privileged,
//! procMount, seccomp, AppArmor, sysctls, Windows options), OS-specific restrictions, Windows
//! hostProcess pods, user namespaces, and the pod annotations with security meaning
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::volumes::validate_local_descending_path;
use super::{named, PodValidationOptions};
use crate::api::core::{
    AppArmorProfile, Container, Pod, PodSpec, SeccompProfile, SecurityContext,
    WindowsSecurityContextOptions,
};
use crate::meta::field::{BadValue, Error, ErrorList, Json, Path};

/// `validation.InclusiveRangeError(0, math.MaxInt32)` of `IsValidUserID` / `IsValidGroupID`.
const ID_RANGE: &str = "must be between 0 and 2147483647, inclusive";
const WINDOWS: &str = "cannot be set for a windows pod";

fn id_check(errs: &mut ErrorList, id: Option<i64>, path: &Path) {
    if let Some(id) = id {
        if !(0..=i64::from(i32::MAX)).contains(&id) {
            errs.push(Error::invalid(path, id, ID_RANGE));
        }
    }
}

fn opt_str(v: Option<&String>) -> Json {
    v.map_or(Json::Null, |s| Json::String(s.clone()))
}

fn opt_bool(v: Option<bool>) -> Json {
    v.map_or(Json::Null, Json::Bool)
}

fn opt_int(v: Option<i64>) -> Json {
    v.map_or(Json::Null, Json::Int)
}

fn obj(members: Vec<(&str, Json)>) -> Json {
    Json::Object(
        members
            .into_iter()
            .map(|(k, v)| (String::from(k), v))
            .collect(),
    )
}

fn strings(v: &[String]) -> Json {
    if v.is_empty() {
        Json::Null
    } else {
        Json::Array(v.iter().map(|s| Json::String(s.clone())).collect())
    }
}

/// The internal `core.SecurityContext` as Go's `json.Marshal` prints it: Go field names, nil as
/// `null`.
fn security_context_json(sc: &SecurityContext) -> Json {
    let caps = sc.capabilities.as_ref().map_or(Json::Null, |c| {
        obj(alloc::vec![
            ("Add", strings(&c.add)),
            ("Drop", strings(&c.drop))
        ])
    });
    let selinux = sc.se_linux_options.as_ref().map_or(Json::Null, |s| {
        obj(alloc::vec![
            ("User", Json::String(s.user.clone())),
            ("Role", Json::String(s.role.clone())),
            ("Type", Json::String(s.type_.clone())),
            ("Level", Json::String(s.level.clone())),
        ])
    });
    let windows = sc.windows_options.as_ref().map_or(Json::Null, |w| {
        obj(alloc::vec![
            (
                "GMSACredentialSpecName",
                opt_str(w.gmsa_credential_spec_name.as_ref())
            ),
            (
                "GMSACredentialSpec",
                opt_str(w.gmsa_credential_spec.as_ref())
            ),
            ("RunAsUserName", opt_str(w.run_as_user_name.as_ref())),
            ("HostProcess", opt_bool(w.host_process)),
        ])
    });
    let profile = |t: &String, l: Option<&String>| {
        obj(alloc::vec![
            ("Type", Json::String(t.clone())),
            ("LocalhostProfile", opt_str(l))
        ])
    };
    obj(alloc::vec![
        ("Capabilities", caps),
        ("Privileged", opt_bool(sc.privileged)),
        ("SELinuxOptions", selinux),
        ("WindowsOptions", windows),
        ("RunAsUser", opt_int(sc.run_as_user)),
        ("RunAsGroup", opt_int(sc.run_as_group)),
        ("RunAsNonRoot", opt_bool(sc.run_as_non_root)),
        (
            "ReadOnlyRootFilesystem",
            opt_bool(sc.read_only_root_filesystem)
        ),
        (
            "AllowPrivilegeEscalation",
            opt_bool(sc.allow_privilege_escalation)
        ),
        ("ProcMount", opt_str(sc.proc_mount.as_ref())),
        (
            "SeccompProfile",
            sc.seccomp_profile.as_ref().map_or(Json::Null, |p| profile(
                &p.type_,
                p.localhost_profile.as_ref()
            )),
        ),
        (
            "AppArmorProfile",
            sc.app_armor_profile
                .as_ref()
                .map_or(Json::Null, |p| profile(
                    &p.type_,
                    p.localhost_profile.as_ref()
                )),
        ),
    ])
}

/// Go's `ValidateSecurityContext`: a container's security context.
pub(super) fn validate_security_context(
    sc: Option<&SecurityContext>,
    path: &Path,
    host_users: bool,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = ErrorList::new();
    let Some(sc) = sc else { return errs };
    if sc.privileged == Some(true) && !opts.allow_privileged {
        errs.push(Error::forbidden(
            &path.child("privileged"),
            "disallowed by cluster policy",
        ));
    }
    id_check(&mut errs, sc.run_as_user, &path.child("runAsUser"));
    id_check(&mut errs, sc.run_as_group, &path.child("runAsGroup"));
    if let Some(pm) = &sc.proc_mount {
        let p = path.child("procMount");
        if pm != "Default" && pm != "Unmasked" {
            errs.push(Error::not_supported(
                &p,
                named(pm),
                &["Default", "Unmasked"],
            ));
        }
        if host_users && pm == "Unmasked" {
            errs.push(Error::invalid(
                &p,
                named(pm),
                "`hostUsers` must be false to use `Unmasked`",
            ));
        }
    }
    errs.append(validate_seccomp_profile(
        sc.seccomp_profile.as_ref(),
        &path.child("seccompProfile"),
    ));
    if sc.allow_privilege_escalation == Some(false) {
        if sc.privileged == Some(true) {
            errs.push(Error::invalid(
                path,
                security_context_json(sc),
                "cannot set `allowPrivilegeEscalation` to false and `privileged` to true",
            ));
        }
        if let Some(caps) = &sc.capabilities {
            for cap in &caps.add {
                if cap == "CAP_SYS_ADMIN" {
                    errs.push(Error::invalid(
                        path,
                        security_context_json(sc),
                        "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN",
                    ));
                }
            }
        }
    }
    errs.append(validate_windows_options(
        sc.windows_options.as_ref(),
        &path.child("windowsOptions"),
    ));
    errs.append(validate_app_armor_profile(
        sc.app_armor_profile.as_ref(),
        &path.child("appArmorProfile"),
    ));
    errs
}

/// Go's `validateSeccompProfileField`.
fn validate_seccomp_profile(sp: Option<&SeccompProfile>, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let Some(sp) = sp else { return errs };
    let tp = path.child("type");
    match sp.type_.as_str() {
        "Localhost" | "RuntimeDefault" | "Unconfined" => {}
        "" => errs.push(Error::required(
            &tp,
            "type is required when seccompProfile is set",
        )),
        other => errs.push(Error::not_supported(
            &tp,
            named(other),
            &["Localhost", "RuntimeDefault", "Unconfined"],
        )),
    }
    if sp.type_ == "Localhost" {
        match &sp.localhost_profile {
            None => errs.push(Error::required(
                &path.child("localhostProfile"),
                "must be set when seccomp type is Localhost",
            )),
            Some(l) => errs.append(validate_local_descending_path(
                l,
                &path.child("localhostProfile"),
            )),
        }
    } else if sp.localhost_profile.is_some() {
        errs.push(Error::invalid(
            &path.child("localhostProfile"),
            obj(alloc::vec![
                ("Type", Json::String(sp.type_.clone())),
                ("LocalhostProfile", opt_str(sp.localhost_profile.as_ref())),
            ]),
            "can only be set when seccomp type is Localhost",
        ));
    }
    errs
}

/// Go's `ValidateAppArmorProfileField`.
fn validate_app_armor_profile(p: Option<&AppArmorProfile>, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let Some(p) = p else { return errs };
    let lp = path.child("localhostProfile");
    match p.type_.as_str() {
        "Localhost" => match &p.localhost_profile {
            None => errs.push(Error::required(
                &lp,
                "must be set when AppArmor type is Localhost",
            )),
            Some(l) => {
                let trimmed = l.trim();
                if trimmed != l {
                    errs.push(Error::invalid(
                        &lp,
                        l.as_str(),
                        "must not be padded with whitespace",
                    ));
                } else if trimmed.is_empty() {
                    errs.push(Error::required(
                        &lp,
                        "must be set when AppArmor type is Localhost",
                    ));
                }
                if l.len() > 4095 {
                    errs.push(Error::too_long(&lp, Some(4095)));
                }
            }
        },
        "RuntimeDefault" | "Unconfined" => {
            if let Some(l) = &p.localhost_profile {
                errs.push(Error::invalid(
                    &lp,
                    Json::String(l.clone()),
                    "can only be set when AppArmor type is Localhost",
                ));
            }
        }
        "" => errs.push(Error::required(
            &path.child("type"),
            "type is required when appArmorProfile is set",
        )),
        other => errs.push(Error::not_supported(
            &path.child("type"),
            named(other),
            &["Localhost", "RuntimeDefault", "Unconfined"],
        )),
    }
    errs
}

/// Go's `validateWindowsSecurityContextOptions` (the name and emptiness checks).
fn validate_windows_options(w: Option<&WindowsSecurityContextOptions>, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let Some(w) = w else { return errs };
    if let Some(name) = &w.gmsa_credential_spec_name {
        for v in crate::meta::validate::dns1123_subdomain(name) {
            errs.push(Error::invalid(
                &path.child("gmsaCredentialSpecName"),
                Json::String(name.clone()),
                v,
            ));
        }
    }
    if let Some(spec) = &w.gmsa_credential_spec {
        if spec.is_empty() {
            errs.push(Error::invalid(
                &path.child("gmsaCredentialSpec"),
                Json::String(spec.clone()),
                "gmsaCredentialSpec cannot be an empty string",
            ));
        }
    }
    if let Some(user) = &w.run_as_user_name {
        if user.is_empty() {
            errs.push(Error::invalid(
                &path.child("runAsUserName"),
                Json::String(user.clone()),
                "runAsUserName cannot be an empty string",
            ));
        }
    }
    errs
}

/// `SysctlContainSlashFmt` as upstream prints its regular expression.
const SYSCTL_REGEX: &str =
    "^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$";

/// Go's `IsValidSysctlName`: dot- or slash-separated segments of `[a-z0-9]([-_a-z0-9]*[a-z0-9])?`.
fn is_valid_sysctl_name(name: &str) -> bool {
    name.len() <= 253
        && name.split(['.', '/']).all(|seg| {
            let b = seg.as_bytes();
            let edge = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
            matches!((b.first(), b.last()), (Some(f), Some(l)) if edge(f) && edge(l))
                && b.iter().all(|c| edge(c) || *c == b'-' || *c == b'_')
        })
}

/// The namespace a sysctl belongs to (`utilsysctl.GetNamespace`): `net` or `ipc`.
fn sysctl_namespace(name: &str) -> Option<&'static str> {
    let n: String = name
        .chars()
        .map(|c| if c == '/' { '.' } else { c })
        .collect();
    if n.starts_with("net.") {
        Some("net")
    } else if n == "kernel.sem"
        || n.starts_with("kernel.shm")
        || n.starts_with("kernel.msg")
        || n.starts_with("fs.mqueue.")
    {
        Some("ipc")
    } else {
        None
    }
}

/// Go's `validatePodSpecSecurityContext`.
pub(super) fn validate_pod_security_context(
    spec: &PodSpec,
    _spec_path: &Path,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = ErrorList::new();
    let Some(sc) = &spec.security_context else {
        return errs;
    };
    id_check(&mut errs, sc.fs_group, &path.child("fsGroup"));
    id_check(&mut errs, sc.run_as_user, &path.child("runAsUser"));
    id_check(&mut errs, sc.run_as_group, &path.child("runAsGroup"));
    for (i, g) in sc.supplemental_groups.iter().enumerate() {
        id_check(
            &mut errs,
            Some(*g),
            &path.child("supplementalGroups").index(i),
        );
    }
    if spec.share_process_namespace == Some(true) && spec.host_pid {
        errs.push(Error::invalid(
            &path.child("shareProcessNamespace"),
            true,
            "ShareProcessNamespace and HostPID cannot both be enabled",
        ));
    }
    let mut names = alloc::collections::BTreeSet::new();
    for (i, s) in sc.sysctls.iter().enumerate() {
        let p = path.child("sysctls").index(i).child("name");
        if s.name.is_empty() {
            errs.push(Error::required(&p, ""));
        } else if !is_valid_sysctl_name(&s.name) {
            errs.push(Error::invalid(
                &p,
                s.name.as_str(),
                format!("must have at most 253 characters and match regex {SYSCTL_REGEX}"),
            ));
        } else if names.contains(s.name.as_str()) {
            errs.push(Error::duplicate(&p, s.name.as_str()));
        }
        if !opts.allow_namespaced_sysctls_for_host_net_and_host_ipc {
            match sysctl_namespace(&s.name) {
                Some("net") if spec.host_network => {
                    errs.push(Error::invalid(
                        &p,
                        s.name.as_str(),
                        "may not be specified when 'hostNetwork' is true",
                    ));
                }
                Some("ipc") if spec.host_ipc => {
                    errs.push(Error::invalid(
                        &p,
                        s.name.as_str(),
                        "may not be specified when 'hostIPC' is true",
                    ));
                }
                _ => {}
            }
        }
        names.insert(s.name.as_str());
    }
    if let Some(p) = &sc.fs_group_change_policy {
        if p != "OnRootMismatch" && p != "Always" {
            errs.push(Error::not_supported(
                &path.child("fsGroupChangePolicy"),
                named(p),
                &["Always", "OnRootMismatch"],
            ));
        }
    }
    errs.append(validate_seccomp_profile(
        sc.seccomp_profile.as_ref(),
        &path.child("seccompProfile"),
    ));
    errs.append(validate_windows_options(
        sc.windows_options.as_ref(),
        &path.child("windowsOptions"),
    ));
    errs.append(validate_app_armor_profile(
        sc.app_armor_profile.as_ref(),
        &path.child("appArmorProfile"),
    ));
    if let Some(p) = &sc.supplemental_groups_policy {
        if p != "Merge" && p != "Strict" {
            errs.push(Error::not_supported(
                &path.child("supplementalGroupsPolicy"),
                named(p),
                &["Merge", "Strict"],
            ));
        }
    }
    if let Some(p) = &sc.se_linux_change_policy {
        if p != "MountOption" && p != "Recursive" {
            errs.push(Error::not_supported(
                &path.child("seLinuxChangePolicy"),
                named(p),
                &["MountOption", "Recursive"],
            ));
        }
    }
    errs
}

/// Every container of the spec with its path, as `podshelper.VisitContainersWithPath` visits
/// them: init containers, containers, then ephemeral containers.
fn visit_containers<'a>(spec: &'a PodSpec, path: &Path) -> Vec<(ContainerView<'a>, Path)> {
    let mut out = Vec::new();
    for (i, c) in spec.init_containers.iter().enumerate() {
        out.push((
            ContainerView::from(c),
            path.child("initContainers").index(i),
        ));
    }
    for (i, c) in spec.containers.iter().enumerate() {
        out.push((ContainerView::from(c), path.child("containers").index(i)));
    }
    for (i, c) in spec.ephemeral_containers.iter().enumerate() {
        out.push((
            ContainerView {
                name: &c.name,
                sc: c.security_context.as_ref(),
            },
            path.child("ephemeralContainers").index(i),
        ));
    }
    out
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
    spec: &PodSpec,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = ErrorList::new();
    let pod_hp = spec
        .security_context
        .as_ref()
        .and_then(|s| s.windows_options.as_ref())
        .and_then(|w| w.host_process);
    let (mut count, mut hp_count) = (0usize, 0usize);
    for (c, cpath) in visit_containers(spec, path) {
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
    errs
}

/// Go's `validateHostUsers`: a pod in a user namespace shares no host namespace.
pub(super) fn validate_host_users(spec: &PodSpec, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    if spec.host_users != Some(false) {
        return errs;
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
    errs
}

/// Go's `validateLinux`: no Windows options in a Linux pod.
pub(super) fn validate_linux(spec: &PodSpec, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
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
    for (c, cpath) in visit_containers(spec, path) {
        if c.sc.is_some_and(|s| s.windows_options.is_some()) {
            errs.push(Error::forbidden(
                &cpath.child("securityContext").child("windowsOptions"),
                MSG,
            ));
        }
    }
    errs
}

/// Go's `validateWindows`: no Linux-only settings in a Windows pod.
pub(super) fn validate_windows(spec: &PodSpec, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let sp = path.child("securityContext");
    if let Some(sc) = &spec.security_context {
        let checks: [(bool, Path); 8] = [
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
        let checks: [(bool, Path); 7] = [
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
    for (c, cpath) in visit_containers(spec, path) {
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
    errs
}

const SECCOMP_POD: &str = "seccomp.security.alpha.kubernetes.io/pod";
const SECCOMP_CONTAINER_PREFIX: &str = "container.seccomp.security.alpha.kubernetes.io/";
const APPARMOR_PREFIX: &str = "container.apparmor.security.beta.kubernetes.io/";
const MIRROR: &str = "kubernetes.io/config.mirror";
const DELETION_COST: &str = "controller.kubernetes.io/pod-deletion-cost";

/// Go's `ValidateSeccompProfile` for an annotation value.
fn validate_seccomp_annotation(v: &str, path: &Path) -> ErrorList {
    if matches!(v, "runtime/default" | "docker/default" | "unconfined") {
        return ErrorList::new();
    }
    if let Some(rest) = v.strip_prefix("localhost/") {
        return validate_local_descending_path(rest, path);
    }
    let mut errs = ErrorList::new();
    errs.push(Error::invalid(path, v, "must be a valid seccomp profile"));
    errs
}

/// `GetDeletionCostFromPodAnnotations` accepts the value: a 32-bit integer without `+` or
/// leading zeros.
fn valid_deletion_cost(v: &str) -> bool {
    let first_ok = match v.as_bytes().first() {
        Some(b'-') => true,
        Some(b'0') => v == "0",
        Some(b'1'..=b'9') => true,
        _ => false,
    };
    first_ok && v.parse::<i32>().is_ok()
}

/// Go's `ValidatePodSpecificAnnotations`.
pub(super) fn validate_pod_specific_annotations(
    pod: &Pod,
    path: &Path,
    _opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = ErrorList::new();
    let ann = &pod.metadata.annotations;
    if let Some(v) = ann.get(MIRROR) {
        if pod.spec.node_name.is_empty() {
            errs.push(Error::invalid(
                &path.key(MIRROR),
                v.as_str(),
                "must set spec.nodeName if mirror pod annotation is set",
            ));
        }
    }
    if let Some(v) = ann.get(DELETION_COST) {
        if !valid_deletion_cost(v) {
            errs.push(Error::invalid(
                &path.key(DELETION_COST),
                v.as_str(),
                "must be a 32bit integer",
            ));
        }
    }
    if let Some(p) = ann.get(SECCOMP_POD) {
        errs.append(validate_seccomp_annotation(p, &path.child(SECCOMP_POD)));
    }
    for (k, p) in ann {
        if k.starts_with(SECCOMP_CONTAINER_PREFIX) {
            errs.append(validate_seccomp_annotation(p, &path.child(k)));
        }
    }
    for (k, p) in ann {
        let Some(name) = k.strip_prefix(APPARMOR_PREFIX) else {
            continue;
        };
        if !visit_containers(&pod.spec, &Path::new("spec"))
            .iter()
            .any(|(c, _)| c.name == name)
        {
            errs.push(Error::invalid(&path.key(k), name, "container not found"));
        }
        if !(p.is_empty()
            || p == "runtime/default"
            || p == "unconfined"
            || p.starts_with("localhost/"))
        {
            errs.push(Error::invalid(
                &path.key(k),
                p.as_str(),
                format!(
                    "invalid AppArmor profile name: {}",
                    BadValue::from(p.as_str())
                ),
            ));
        }
    }
    errs
}

/// Go's `validateSeccompAnnotationsAndFields`: where both a seccomp annotation and field are set,
/// they agree.
pub(super) fn validate_seccomp_fields_match(pod: &Pod, spec_path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let ann = &pod.metadata.annotations;
    if let Some(sp) = pod
        .spec
        .security_context
        .as_ref()
        .and_then(|s| s.seccomp_profile.as_ref())
    {
        if let Some(a) = ann.get(SECCOMP_POD) {
            errs.extend(seccomp_match(
                a,
                sp,
                &spec_path.child("securityContext").child("seccompProfile"),
            ));
        }
    }
    for (c, cpath) in visit_containers(&pod.spec, spec_path) {
        let Some(sp) = c.sc.and_then(|s| s.seccomp_profile.as_ref()) else {
            continue;
        };
        let key = format!("{SECCOMP_CONTAINER_PREFIX}{}", c.name);
        if let Some(a) = ann.get(&key) {
            errs.extend(seccomp_match(
                a,
                sp,
                &cpath.child("securityContext").child("seccompProfile"),
            ));
        }
    }
    errs
}

fn seccomp_match(a: &str, sp: &SeccompProfile, path: &Path) -> Option<Error> {
    const TYPE: &str = "seccomp type in annotation and field must match";
    match sp.type_.as_str() {
        "Unconfined" if a != "unconfined" => Some(Error::forbidden(&path.child("type"), TYPE)),
        "RuntimeDefault" if a != "runtime/default" && a != "docker/default" => {
            Some(Error::forbidden(&path.child("type"), TYPE))
        }
        "Localhost" => match a.strip_prefix("localhost/") {
            None => Some(Error::forbidden(&path.child("type"), TYPE)),
            Some(rest) if sp.localhost_profile.as_deref() != Some(rest) => Some(Error::forbidden(
                &path.child("localhostProfile"),
                "seccomp profile in annotation and field must match",
            )),
            Some(_) => None,
        },
        _ => None,
    }
}

/// Go's `validateAppArmorAnnotationsAndFieldsMatchOnCreate`.
pub(super) fn validate_apparmor_fields_match(pod: &Pod, spec_path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    if pod.spec.os.as_ref().is_some_and(|o| o.name == "windows") {
        return errs;
    }
    let pod_profile = pod
        .spec
        .security_context
        .as_ref()
        .and_then(|s| s.app_armor_profile.as_ref());
    for (c, cpath) in visit_containers(&pod.spec, spec_path) {
        let Some(profile) =
            c.sc.and_then(|s| s.app_armor_profile.as_ref())
                .or(pod_profile)
        else {
            continue;
        };
        let key = format!("{APPARMOR_PREFIX}{}", c.name);
        let Some(a) = pod.metadata.annotations.get(&key) else {
            continue;
        };
        let p = cpath.child("securityContext").child("appArmorProfile");
        const TYPE: &str = "apparmor type in annotation and field must match";
        match profile.type_.as_str() {
            "Unconfined" if a != "unconfined" => {
                errs.push(Error::forbidden(&p.child("type"), TYPE))
            }
            "RuntimeDefault" if a != "runtime/default" => {
                errs.push(Error::forbidden(&p.child("type"), TYPE))
            }
            "Localhost" => match a.strip_prefix("localhost/") {
                None => errs.push(Error::forbidden(&p.child("type"), TYPE)),
                Some(rest) if profile.localhost_profile.as_deref() != Some(rest) => {
                    errs.push(Error::forbidden(
                        &p.child("localhostProfile"),
                        "apparmor profile in annotation and field must match",
                    ))
                }
                Some(_) => {}
            },
            _ => {}
        }
    }
    errs
}

#[cfg(test)]
mod tests {
    use super::{is_valid_sysctl_name, sysctl_namespace, valid_deletion_cost};

    #[test]
    fn sysctl_names() {
        assert!(is_valid_sysctl_name("net.ipv4.ip_local_port_range"));
        assert!(is_valid_sysctl_name("kernel/shm_rmid_forced"));
        assert!(!is_valid_sysctl_name("net..ipv4"));
        assert!(!is_valid_sysctl_name("Net.ipv4"));
        assert!(!is_valid_sysctl_name("_net"));
        assert_eq!(sysctl_namespace("net/ipv4/ping_group_range"), Some("net"));
        assert_eq!(sysctl_namespace("kernel.sem"), Some("ipc"));
        assert_eq!(sysctl_namespace("kernel.domainname"), None);
    }

    #[test]
    fn deletion_cost() {
        assert!(valid_deletion_cost("10"));
        assert!(valid_deletion_cost("-10"));
        assert!(valid_deletion_cost("0"));
        assert!(!valid_deletion_cost("+10"));
        assert!(!valid_deletion_cost("010"));
        assert!(!valid_deletion_cost("2147483648"));
        assert!(!valid_deletion_cost(""));
    }
}
