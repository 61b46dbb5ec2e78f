//! The internal `core` types as Go's `encoding/json` marshals them (no JSON tags: Go field
//! names, every field, nil pointers and slices as `null`): the builders shared by
//! [`spec_json`](super::spec_json), and a container's JSON
//! ([pkg/apis/core/types.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/types.go)).

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::api::core::{Container, Probe, ResourceList, SecurityContext};
use crate::api::IntOrString;
use crate::meta::field::Json;

pub(super) type J = Json;

pub(super) fn o(members: Vec<(&str, Json)>) -> Json {
    Json::Object(
        members
            .into_iter()
            .map(|(k, v)| (String::from(k), v))
            .collect(),
    )
}
pub(super) fn s(v: &str) -> Json {
    Json::String(String::from(v))
}
pub(super) fn os(v: Option<&String>) -> Json {
    v.map_or(Json::Null, |x| s(x))
}
pub(super) fn ob(v: Option<bool>) -> Json {
    v.map_or(Json::Null, Json::Bool)
}
pub(super) fn oi(v: Option<i64>) -> Json {
    v.map_or(Json::Null, Json::Int)
}
pub(super) fn i(v: i32) -> Json {
    Json::Int(i64::from(v))
}
pub(super) fn strs(v: &[String]) -> Json {
    if v.is_empty() {
        Json::Null
    } else {
        Json::Array(v.iter().map(|x| s(x)).collect())
    }
}
pub(super) fn list<T>(v: &[T], f: impl Fn(&T) -> J) -> J {
    if v.is_empty() {
        return Json::Null;
    }
    Json::Array(v.iter().map(f).collect())
}
pub(super) fn opt<T>(v: Option<&T>, f: impl Fn(&T) -> J) -> J {
    match v {
        None => Json::Null,
        Some(x) => f(x),
    }
}
pub(super) fn string_map(m: &BTreeMap<String, String>) -> Json {
    if m.is_empty() {
        Json::Null
    } else {
        Json::Object(m.iter().map(|(k, v)| (k.clone(), s(v))).collect())
    }
}
pub(super) fn resources(r: &ResourceList) -> Json {
    if r.is_empty() {
        Json::Null
    } else {
        Json::Object(
            r.iter()
                .map(|(k, q)| (String::from(k), Json::String(q.to_string())))
                .collect(),
        )
    }
}
pub(super) fn int_or_string(v: &IntOrString) -> Json {
    match v {
        IntOrString::Int(n) => i(*n),
        IntOrString::String(x) => s(x),
    }
}

pub(super) fn probe(p: &Probe) -> J {
    o(alloc::vec![
        (
            "Exec",
            opt(p.exec.as_ref(), |e| o(alloc::vec![(
                "Command",
                strs(&e.command)
            )]))
        ),
        ("HTTPGet", opt(p.http_get.as_ref(), http_get)),
        (
            "TCPSocket",
            opt(p.tcp_socket.as_ref(), |t| {
                o(alloc::vec![
                    ("Port", int_or_string(&t.port)),
                    ("Host", s(&t.host))
                ])
            })
        ),
        (
            "GRPC",
            opt(p.grpc.as_ref(), |g| {
                o(alloc::vec![
                    ("Port", i(g.port)),
                    ("Service", os(g.service.as_ref()))
                ])
            })
        ),
        ("InitialDelaySeconds", i(p.initial_delay_seconds)),
        ("TimeoutSeconds", i(p.timeout_seconds)),
        ("PeriodSeconds", i(p.period_seconds)),
        ("SuccessThreshold", i(p.success_threshold)),
        ("FailureThreshold", i(p.failure_threshold)),
        (
            "TerminationGracePeriodSeconds",
            oi(p.termination_grace_period_seconds)
        ),
    ])
}

pub(super) fn http_get(h: &crate::api::core::HttpGetAction) -> J {
    o(alloc::vec![
        ("Path", s(&h.path)),
        ("Port", int_or_string(&h.port)),
        ("Host", s(&h.host)),
        ("Scheme", s(&h.scheme)),
        (
            "HTTPHeaders",
            list(&h.http_headers, |x| o(alloc::vec![
                ("Name", s(&x.name)),
                ("Value", s(&x.value))
            ]))
        ),
    ])
}

pub(super) fn security_context(sc: &SecurityContext) -> J {
    let profile = |t: &String, l: Option<&String>| {
        o(alloc::vec![("Type", s(t)), ("LocalhostProfile", os(l))])
    };
    o(alloc::vec![
        (
            "Capabilities",
            opt(sc.capabilities.as_ref(), |c| o(alloc::vec![
                ("Add", strs(&c.add)),
                ("Drop", strs(&c.drop))
            ]))
        ),
        ("Privileged", ob(sc.privileged)),
        (
            "SELinuxOptions",
            opt(sc.se_linux_options.as_ref(), |x| o(alloc::vec![
                ("User", s(&x.user)),
                ("Role", s(&x.role)),
                ("Type", s(&x.type_)),
                ("Level", s(&x.level)),
            ]))
        ),
        (
            "WindowsOptions",
            opt(sc.windows_options.as_ref(), |w| o(alloc::vec![
                (
                    "GMSACredentialSpecName",
                    os(w.gmsa_credential_spec_name.as_ref())
                ),
                ("GMSACredentialSpec", os(w.gmsa_credential_spec.as_ref())),
                ("RunAsUserName", os(w.run_as_user_name.as_ref())),
                ("HostProcess", ob(w.host_process)),
            ]))
        ),
        ("RunAsUser", oi(sc.run_as_user)),
        ("RunAsGroup", oi(sc.run_as_group)),
        ("RunAsNonRoot", ob(sc.run_as_non_root)),
        ("ReadOnlyRootFilesystem", ob(sc.read_only_root_filesystem)),
        (
            "AllowPrivilegeEscalation",
            ob(sc.allow_privilege_escalation)
        ),
        ("ProcMount", os(sc.proc_mount.as_ref())),
        (
            "SeccompProfile",
            opt(sc.seccomp_profile.as_ref(), |p| profile(
                &p.type_,
                p.localhost_profile.as_ref()
            ))
        ),
        (
            "AppArmorProfile",
            opt(sc.app_armor_profile.as_ref(), |p| profile(
                &p.type_,
                p.localhost_profile.as_ref()
            ))
        ),
    ])
}

pub(super) fn container(c: &Container) -> J {
    let name_ref = |n: &String, optional: Option<bool>| {
        o(alloc::vec![("Name", s(n)), ("Optional", ob(optional))])
    };
    let key_ref = |n: &String, k: &String, optional: Option<bool>| {
        o(alloc::vec![
            ("Name", s(n)),
            ("Key", s(k)),
            ("Optional", ob(optional))
        ])
    };
    o(alloc::vec![
        ("Name", s(&c.name)),
        ("Image", s(&c.image)),
        ("Command", strs(&c.command)),
        ("Args", strs(&c.args)),
        ("WorkingDir", s(&c.working_dir)),
        (
            "Ports",
            list(&c.ports, |p| o(alloc::vec![
                ("Name", s(&p.name)),
                ("HostPort", i(p.host_port)),
                ("ContainerPort", i(p.container_port)),
                ("Protocol", s(&p.protocol)),
                ("HostIP", s(&p.host_ip)),
            ]))
        ),
        (
            "EnvFrom",
            list(&c.env_from, |e| o(alloc::vec![
                ("Prefix", s(&e.prefix)),
                (
                    "ConfigMapRef",
                    opt(e.config_map_ref.as_ref(), |r| name_ref(&r.name, r.optional))
                ),
                (
                    "SecretRef",
                    opt(e.secret_ref.as_ref(), |r| name_ref(&r.name, r.optional))
                ),
            ]))
        ),
        (
            "Env",
            list(&c.env, |e| o(alloc::vec![
                ("Name", s(&e.name)),
                ("Value", s(&e.value)),
                (
                    "ValueFrom",
                    opt(e.value_from.as_ref(), |v| o(alloc::vec![
                        (
                            "FieldRef",
                            opt(v.field_ref.as_ref(), |f| o(alloc::vec![
                                ("APIVersion", s(&f.api_version)),
                                ("FieldPath", s(&f.field_path))
                            ]))
                        ),
                        (
                            "ResourceFieldRef",
                            opt(v.resource_field_ref.as_ref(), |r| o(alloc::vec![
                                ("ContainerName", s(&r.container_name)),
                                ("Resource", s(&r.resource)),
                                ("Divisor", Json::String(r.divisor.to_string())),
                            ]))
                        ),
                        (
                            "ConfigMapKeyRef",
                            opt(v.config_map_key_ref.as_ref(), |r| key_ref(
                                &r.name, &r.key, r.optional
                            ))
                        ),
                        (
                            "SecretKeyRef",
                            opt(v.secret_key_ref.as_ref(), |r| key_ref(
                                &r.name, &r.key, r.optional
                            ))
                        ),
                        (
                            "FileKeyRef",
                            opt(v.file_key_ref.as_ref(), |r| o(alloc::vec![
                                ("VolumeName", s(&r.volume_name)),
                                ("Path", s(&r.path)),
                                ("Key", s(&r.key)),
                                ("Optional", ob(r.optional)),
                            ]))
                        ),
                    ]))
                ),
            ]))
        ),
        (
            "Resources",
            o(alloc::vec![
                ("Limits", resources(&c.resources.limits)),
                ("Requests", resources(&c.resources.requests)),
                (
                    "Claims",
                    list(&c.resources.claims, |x| o(alloc::vec![
                        ("Name", s(&x.name)),
                        ("Request", s(&x.request))
                    ]))
                ),
            ])
        ),
        (
            "ResizePolicy",
            list(&c.resize_policy, |x| o(alloc::vec![
                ("ResourceName", s(&x.resource_name)),
                ("RestartPolicy", s(&x.restart_policy))
            ]))
        ),
        ("RestartPolicy", os(c.restart_policy.as_ref())),
        (
            "RestartPolicyRules",
            list(&c.restart_policy_rules, |r| o(alloc::vec![
                ("Action", s(&r.action)),
                (
                    "ExitCodes",
                    opt(r.exit_codes.as_ref(), |e| o(alloc::vec![
                        ("Operator", s(&e.operator)),
                        (
                            "Values",
                            if e.values.is_empty() {
                                Json::Null
                            } else {
                                Json::Array(e.values.iter().map(|v| i(*v)).collect())
                            }
                        ),
                    ]))
                ),
            ]))
        ),
        (
            "VolumeMounts",
            list(&c.volume_mounts, |m| o(alloc::vec![
                ("Name", s(&m.name)),
                ("ReadOnly", Json::Bool(m.read_only)),
                ("RecursiveReadOnly", os(m.recursive_read_only.as_ref())),
                ("MountPath", s(&m.mount_path)),
                ("SubPath", s(&m.sub_path)),
                ("MountPropagation", os(m.mount_propagation.as_ref())),
                ("SubPathExpr", s(&m.sub_path_expr)),
            ]))
        ),
        (
            "VolumeDevices",
            list(&c.volume_devices, |d| o(alloc::vec![
                ("Name", s(&d.name)),
                ("DevicePath", s(&d.device_path))
            ]))
        ),
        ("LivenessProbe", opt(c.liveness_probe.as_ref(), probe)),
        ("ReadinessProbe", opt(c.readiness_probe.as_ref(), probe)),
        ("StartupProbe", opt(c.startup_probe.as_ref(), probe)),
        (
            "Lifecycle",
            opt(c.lifecycle.as_ref(), |l| {
                let h = |h: &crate::api::core::LifecycleHandler| {
                    o(alloc::vec![
                        (
                            "Exec",
                            opt(h.exec.as_ref(), |e| o(alloc::vec![(
                                "Command",
                                strs(&e.command)
                            )]))
                        ),
                        ("HTTPGet", opt(h.http_get.as_ref(), http_get)),
                        (
                            "TCPSocket",
                            opt(h.tcp_socket.as_ref(), |t| o(alloc::vec![
                                ("Port", int_or_string(&t.port)),
                                ("Host", s(&t.host))
                            ]))
                        ),
                        (
                            "Sleep",
                            opt(h.sleep.as_ref(), |x| o(alloc::vec![(
                                "Seconds",
                                Json::Int(x.seconds)
                            )]))
                        ),
                    ])
                };
                o(alloc::vec![
                    ("PostStart", opt(l.post_start.as_ref(), h)),
                    ("PreStop", opt(l.pre_stop.as_ref(), h)),
                    ("StopSignal", os(l.stop_signal.as_ref())),
                ])
            })
        ),
        ("TerminationMessagePath", s(&c.termination_message_path)),
        ("TerminationMessagePolicy", s(&c.termination_message_policy)),
        ("ImagePullPolicy", s(&c.image_pull_policy)),
        (
            "SecurityContext",
            opt(c.security_context.as_ref(), security_context)
        ),
        ("Stdin", Json::Bool(c.stdin)),
        ("StdinOnce", Json::Bool(c.stdin_once)),
        ("TTY", Json::Bool(c.tty)),
    ])
}
