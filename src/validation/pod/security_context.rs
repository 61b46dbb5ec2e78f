//! Security: container and pod security contexts (user and group ranges, privileged,
//! procMount, seccomp, AppArmor, sysctls, Windows options), OS-specific restrictions, Windows
//! hostProcess pods, user namespaces, and the pod annotations with security meaning
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::format;
use alloc::string::String;

use super::internal_json::{o, os};
use super::volume_files::validate_local_descending_path;
use super::windows::validate_windows_options;
use super::{named, PodValidationOptions};
use crate::api::core::{AppArmorProfile, PodSpec, SeccompProfile, SecurityContext};
use crate::meta::field::{Error, ErrorList, Json, LazyPath};

/// `validation.InclusiveRangeError(0, math.MaxInt32)` of `IsValidUserID` / `IsValidGroupID`.
const ID_RANGE: &str = "must be between 0 and 2147483647, inclusive";

fn id_check(errs: &mut ErrorList, id: Option<i64>, path: &LazyPath<'_>) {
    if let Some(id) = id {
        if !(0..=i64::from(i32::MAX)).contains(&id) {
            errs.push(Error::invalid(path, id, ID_RANGE));
        }
    }
}

/// Go's `ValidateSecurityContext`: a container's security context.
pub(super) fn validate_security_context(
    errs: &mut ErrorList,
    sc: Option<&SecurityContext>,
    path: &LazyPath<'_>,
    host_users: bool,
    opts: &PodValidationOptions,
) {
    let Some(sc) = sc else { return };
    if sc.privileged == Some(true) && !opts.allow_privileged {
        errs.push(Error::forbidden(
            &path.child("privileged"),
            "disallowed by cluster policy",
        ));
    }
    id_check(errs, sc.run_as_user, &path.child("runAsUser"));
    id_check(errs, sc.run_as_group, &path.child("runAsGroup"));
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
    validate_seccomp_profile(
        errs,
        sc.seccomp_profile.as_ref(),
        &path.child("seccompProfile"),
    );
    if sc.allow_privilege_escalation == Some(false) {
        if sc.privileged == Some(true) {
            errs.push(Error::invalid(
                path,
                super::internal_json::security_context(sc),
                "cannot set `allowPrivilegeEscalation` to false and `privileged` to true",
            ));
        }
        if let Some(caps) = &sc.capabilities {
            for cap in &caps.add {
                if cap == "CAP_SYS_ADMIN" {
                    errs.push(Error::invalid(
                        path,
                        super::internal_json::security_context(sc),
                        "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN",
                    ));
                }
            }
        }
    }
    validate_windows_options(
        errs,
        sc.windows_options.as_ref(),
        &path.child("windowsOptions"),
    );
    validate_app_armor_profile(
        errs,
        sc.app_armor_profile.as_ref(),
        &path.child("appArmorProfile"),
    );
}

/// Go's `validateSeccompProfileField`.
fn validate_seccomp_profile(
    errs: &mut ErrorList,
    sp: Option<&SeccompProfile>,
    path: &LazyPath<'_>,
) {
    let Some(sp) = sp else { return };
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
            Some(l) => validate_local_descending_path(errs, l, &path.child("localhostProfile")),
        }
    } else if sp.localhost_profile.is_some() {
        errs.push(Error::invalid(
            &path.child("localhostProfile"),
            o(alloc::vec![
                ("Type", Json::String(sp.type_.clone())),
                ("LocalhostProfile", os(sp.localhost_profile.as_ref())),
            ]),
            "can only be set when seccomp type is Localhost",
        ));
    }
}

/// Go's `ValidateAppArmorProfileField`.
pub(super) fn validate_app_armor_profile(
    errs: &mut ErrorList,
    p: Option<&AppArmorProfile>,
    path: &LazyPath<'_>,
) {
    let Some(p) = p else { return };
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
    errs: &mut ErrorList,
    spec: &PodSpec,
    _spec_path: &LazyPath<'_>,
    path: &LazyPath<'_>,
    opts: &PodValidationOptions,
) {
    let Some(sc) = &spec.security_context else {
        return;
    };
    id_check(errs, sc.fs_group, &path.child("fsGroup"));
    id_check(errs, sc.run_as_user, &path.child("runAsUser"));
    id_check(errs, sc.run_as_group, &path.child("runAsGroup"));
    for (i, g) in sc.supplemental_groups.iter().enumerate() {
        id_check(errs, Some(*g), &path.child("supplementalGroups").index(i));
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
        let sysctls = path.child("sysctls");
        let item = sysctls.index(i);
        let p = item.child("name");
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
    validate_seccomp_profile(
        errs,
        sc.seccomp_profile.as_ref(),
        &path.child("seccompProfile"),
    );
    validate_windows_options(
        errs,
        sc.windows_options.as_ref(),
        &path.child("windowsOptions"),
    );
    validate_app_armor_profile(
        errs,
        sc.app_armor_profile.as_ref(),
        &path.child("appArmorProfile"),
    );
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
}

#[cfg(test)]
mod tests {
    use super::{is_valid_sysctl_name, sysctl_namespace};

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
}
