//! Containers: the checks common to regular, init and ephemeral containers
//! (`validateContainerCommon`), each list's own rules (`validateContainers`,
//! `validateInitContainers`, `validateEphemeralContainers`), volume mounts and devices, and the
//! per-container restart policy and rules
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::collections::BTreeSet;
use alloc::string::String;

use super::env::{validate_env, validate_env_from};
use super::image::{image_whitespace, validate_pull_policy};
use super::mounts::{validate_volume_devices, validate_volume_mounts};
use super::ports::{check_host_port_conflicts, validate_container_ports};
use super::probes::{validate_lifecycle, validate_probe, ProbeKind};
use super::resources::validate_container_resource_requirements;
use super::security_context::validate_security_context;
use super::{dns_label, named, PodValidationOptions};
use crate::api::core::{Container, EphemeralContainer, Volume};
use crate::meta::field::{Error, ErrorList, Json, LazyPath};
use crate::validation::small_map::{SmallMap, SmallSet};

/// What every container's validation reads from its pod.
pub(super) struct ContainerCtx<'a, 'v> {
    /// The pod's valid volumes by name (a lifetime of their own: the map is invariant in it).
    pub volumes: &'a SmallMap<&'v str, &'v Volume>,
    /// The pod's resource claim names.
    pub claim_names: &'a [&'a str],
    /// `terminationGracePeriodSeconds`.
    pub grace_period: Option<i64>,
    pub opts: &'a PodValidationOptions,
    /// The pod's `restartPolicy`.
    pub pod_restart_policy: &'a str,
    /// `hostUsers` (true when unset).
    pub host_users: bool,
}

/// Go's `validateContainerCommon`.
fn validate_container_common(
    errs: &mut ErrorList,
    c: &Container,
    ctx: &ContainerCtx<'_, '_>,
    path: &LazyPath<'_>,
) {
    let name_path = path.child("name");
    if c.name.is_empty() {
        errs.push(Error::required(&name_path, ""));
    } else {
        dns_label(errs, &c.name, &name_path);
    }
    if c.image.is_empty() {
        errs.push(Error::required(&path.child("image"), ""));
    }
    let tmp = path.child("terminationMessagePolicy");
    match c.termination_message_policy.as_str() {
        "File" | "FallbackToLogsOnError" => {}
        "" => errs.push(Error::required(&tmp, "")),
        other => errs.push(Error::not_supported(
            &tmp,
            named(other),
            &["File", "FallbackToLogsOnError"],
        )),
    }
    validate_container_ports(errs, &c.ports, &path.child("ports"));
    validate_env(errs, &c.env, &path.child("env"));
    validate_env_from(errs, &c.env_from, &path.child("envFrom"));
    validate_volume_mounts(errs, c, ctx.volumes, &path.child("volumeMounts"));
    validate_volume_devices(errs, c, ctx.volumes, &path.child("volumeDevices"));
    validate_pull_policy(errs, &c.image_pull_policy, &path.child("imagePullPolicy"));
    validate_container_resource_requirements(
        errs,
        &c.resources,
        ctx.claim_names,
        &path.child("resources"),
        ctx.opts,
    );
    validate_resize_policy(errs, c, &path.child("resizePolicy"), ctx.pod_restart_policy);
    validate_security_context(
        errs,
        c.security_context.as_ref(),
        &path.child("securityContext"),
        ctx.host_users,
        ctx.opts,
    );
}

/// Go's `validateResizePolicy`.
fn validate_resize_policy(
    errs: &mut ErrorList,
    c: &Container,
    path: &LazyPath<'_>,
    pod_restart_policy: &str,
) {
    let mut seen = SmallSet::new();
    for (i, p) in c.resize_policy.iter().enumerate() {
        if !seen.add(p.resource_name.as_str()) {
            errs.push(Error::duplicate(&path.index(i), named(&p.resource_name)));
        }
        match p.resource_name.as_str() {
            "cpu" | "memory" => {}
            "" => errs.push(Error::required(path, "")),
            other => errs.push(Error::not_supported(path, named(other), &["cpu", "memory"])),
        }
        match p.restart_policy.as_str() {
            "NotRequired" | "RestartContainer" => {}
            "" => errs.push(Error::required(path, "")),
            other => errs.push(Error::not_supported(
                path,
                named(other),
                &["NotRequired", "RestartContainer"],
            )),
        }
        if pod_restart_policy == "Never" && p.restart_policy != "NotRequired" {
            errs.push(Error::invalid(
                path,
                named(&p.restart_policy),
                "must be 'NotRequired' when pod `restartPolicy` is 'Never'",
            ));
        }
    }
}

/// A container's own `restartPolicy` and `restartPolicyRules` (the container restart rules of
/// 1.35+): allowed on every container kind, the rules only with a policy.
fn validate_container_restart(errs: &mut ErrorList, c: &Container, path: &LazyPath<'_>) {
    if let Some(policy) = &c.restart_policy {
        match policy.as_str() {
            "Always" | "Never" | "OnFailure" => {}
            other => errs.push(Error::not_supported(
                &path.child("restartPolicy"),
                named(other),
                &["Always", "Never", "OnFailure"],
            )),
        }
    } else if !c.restart_policy_rules.is_empty() {
        errs.push(Error::required(
            &path.child("restartPolicy"),
            "must specify restartPolicy when restart rules are used",
        ));
    }
    for (i, rule) in c.restart_policy_rules.iter().enumerate() {
        let rules = path.child("restartPolicyRules");
        let rp = rules.index(i);
        match rule.action.as_str() {
            "Restart" | "RestartAllContainers" => {}
            other => errs.push(Error::not_supported(
                &rp.child("action"),
                named(other),
                &["Restart", "RestartAllContainers"],
            )),
        }
        match &rule.exit_codes {
            None => errs.push(Error::required(&rp.child("exitCodes"), "must be specified")),
            Some(ec) => match ec.operator.as_str() {
                "In" | "NotIn" => {}
                other => errs.push(Error::not_supported(
                    &rp.child("exitCodes").child("operator"),
                    named(other),
                    &["In", "NotIn"],
                )),
            },
        }
    }
}

/// Go's `validateContainers`: the regular containers.
pub(super) fn validate_containers(
    errs: &mut ErrorList,
    containers: &[Container],
    ctx: &ContainerCtx<'_, '_>,
    path: &LazyPath<'_>,
) {
    if containers.is_empty() {
        errs.push(Error::required(path, ""));
        return;
    }
    let mut names = SmallSet::new();
    for (i, c) in containers.iter().enumerate() {
        let p = path.index(i);
        validate_container_common(errs, c, ctx, &p);
        if !names.add(c.name.as_str()) {
            errs.push(Error::duplicate(&p.child("name"), c.name.as_str()));
        }
        if let Some(l) = &c.lifecycle {
            validate_lifecycle(errs, l, ctx.grace_period, &p.child("lifecycle"));
        }
        validate_probes(errs, c, ctx, &p);
        validate_container_restart(errs, c, &p);
    }
    check_host_port_conflicts(errs, containers.iter().map(|c| &c.ports), path);
}

fn validate_probes(
    errs: &mut ErrorList,
    c: &Container,
    ctx: &ContainerCtx<'_, '_>,
    p: &LazyPath<'_>,
) {
    if let Some(pr) = &c.liveness_probe {
        errs.append(validate_probe(
            pr,
            ProbeKind::Liveness,
            ctx.grace_period,
            &p.child("livenessProbe"),
        ));
    }
    if let Some(pr) = &c.readiness_probe {
        errs.append(validate_probe(
            pr,
            ProbeKind::Readiness,
            ctx.grace_period,
            &p.child("readinessProbe"),
        ));
    }
    if let Some(pr) = &c.startup_probe {
        errs.append(validate_probe(
            pr,
            ProbeKind::Startup,
            ctx.grace_period,
            &p.child("startupProbe"),
        ));
    }
}

/// Go's `validateInitContainers`.
pub(super) fn validate_init_containers(
    errs: &mut ErrorList,
    init: &[Container],
    regular: &[Container],
    ctx: &ContainerCtx<'_, '_>,
    path: &LazyPath<'_>,
) {
    let mut names = SmallSet::new();
    for c in regular {
        names.add(c.name.as_str());
    }
    for (i, c) in init.iter().enumerate() {
        let p = path.index(i);
        validate_container_common(errs, c, ctx, &p);
        let restart_always = c.restart_policy.as_deref() == Some("Always");
        validate_container_restart(errs, c, &p);
        if names.contains(c.name.as_str()) {
            errs.push(Error::duplicate(&p.child("name"), c.name.as_str()));
        } else if !c.name.is_empty() {
            names.add(c.name.as_str());
        }
        check_host_port_conflicts(errs, core::iter::once(&c.ports), path);
        if restart_always {
            if let Some(l) = &c.lifecycle {
                validate_lifecycle(errs, l, ctx.grace_period, &p.child("lifecycle"));
            }
            validate_probes(errs, c, ctx, &p);
        } else {
            const MSG: &str = "may not be set for init containers without restartPolicy=Always";
            if c.lifecycle.is_some() {
                errs.push(Error::forbidden(&p.child("lifecycle"), MSG));
            }
            if c.liveness_probe.is_some() {
                errs.push(Error::forbidden(&p.child("livenessProbe"), MSG));
            }
            if c.readiness_probe.is_some() {
                errs.push(Error::forbidden(&p.child("readinessProbe"), MSG));
            }
            if c.startup_probe.is_some() {
                errs.push(Error::forbidden(&p.child("startupProbe"), MSG));
            }
        }
        if !ctx.opts.allow_sidecar_resize_policy && !c.resize_policy.is_empty() && !restart_always {
            // The internal `[]ContainerResizePolicy` as Go's `json.Marshal` prints it.
            let policies = c
                .resize_policy
                .iter()
                .map(|r| {
                    Json::Object(alloc::vec![
                        (
                            String::from("ResourceName"),
                            Json::String(r.resource_name.clone())
                        ),
                        (
                            String::from("RestartPolicy"),
                            Json::String(r.restart_policy.clone())
                        ),
                    ])
                })
                .collect();
            errs.push(Error::invalid(
                &p.child("resizePolicy"),
                Json::Array(policies),
                "must not be set for init containers",
            ));
        }
    }
}

/// An ephemeral container's fields as a [`Container`] (Go converts
/// `EphemeralContainerCommon` to `Container` the same way).
pub(super) fn as_container(ec: &EphemeralContainer) -> Container {
    Container {
        name: ec.name.clone(),
        image: ec.image.clone(),
        command: ec.command.clone(),
        args: ec.args.clone(),
        working_dir: ec.working_dir.clone(),
        ports: ec.ports.clone(),
        env_from: ec.env_from.clone(),
        env: ec.env.clone(),
        resources: ec.resources.clone(),
        resize_policy: ec.resize_policy.clone(),
        restart_policy: ec.restart_policy.clone(),
        restart_policy_rules: ec.restart_policy_rules.clone(),
        volume_mounts: ec.volume_mounts.clone(),
        volume_devices: ec.volume_devices.clone(),
        liveness_probe: ec.liveness_probe.clone(),
        readiness_probe: ec.readiness_probe.clone(),
        startup_probe: ec.startup_probe.clone(),
        lifecycle: ec.lifecycle.clone(),
        termination_message_path: ec.termination_message_path.clone(),
        termination_message_policy: ec.termination_message_policy.clone(),
        image_pull_policy: ec.image_pull_policy.clone(),
        security_context: ec.security_context.clone(),
        stdin: ec.stdin,
        stdin_once: ec.stdin_once,
        tty: ec.tty,
    }
}

/// Go's `validateEphemeralContainers`.
pub(super) fn validate_ephemeral_containers(
    errs: &mut ErrorList,
    ephemeral: &[EphemeralContainer],
    regular: &[Container],
    init: &[Container],
    ctx: &ContainerCtx<'_, '_>,
    path: &LazyPath<'_>,
) {
    if ephemeral.is_empty() {
        return;
    }
    let others: BTreeSet<&str> = regular
        .iter()
        .chain(init)
        .map(|c| c.name.as_str())
        .collect();
    let mut all: BTreeSet<String> = others.iter().map(|s| String::from(*s)).collect();
    for (i, ec) in ephemeral.iter().enumerate() {
        let p = path.index(i);
        let c = as_container(ec);
        validate_container_common(errs, &c, ctx, &p);
        image_whitespace(errs, &c.image, &p);
        if !all.insert(ec.name.clone()) {
            errs.push(Error::duplicate(&p.child("name"), ec.name.as_str()));
        }
        if !ec.target_container_name.is_empty()
            && !others.contains(ec.target_container_name.as_str())
        {
            errs.push(Error::not_found(
                &p.child("targetContainerName"),
                ec.target_container_name.as_str(),
            ));
        }
        const MSG: &str = "cannot be set for an Ephemeral Container";
        let set = [
            ("ports", !ec.ports.is_empty()),
            (
                "resources",
                ec.resources != crate::api::core::ResourceRequirements::default(),
            ),
            ("resizePolicy", !ec.resize_policy.is_empty()),
            ("restartPolicy", ec.restart_policy.is_some()),
            ("restartPolicyRules", !ec.restart_policy_rules.is_empty()),
            ("livenessProbe", ec.liveness_probe.is_some()),
            ("readinessProbe", ec.readiness_probe.is_some()),
            ("startupProbe", ec.startup_probe.is_some()),
            ("lifecycle", ec.lifecycle.is_some()),
        ];
        for (name, is_set) in set {
            if is_set {
                errs.push(Error::forbidden(&p.child(name), MSG));
            }
        }
        for (j, vm) in ec.volume_mounts.iter().enumerate() {
            let mounts = p.child("volumeMounts");
            let vp = mounts.index(j);
            if !vm.sub_path.is_empty() {
                errs.push(Error::forbidden(&vp.child("subPath"), MSG));
            }
            if !vm.sub_path_expr.is_empty() {
                errs.push(Error::forbidden(&vp.child("subPathExpr"), MSG));
            }
        }
    }
}
