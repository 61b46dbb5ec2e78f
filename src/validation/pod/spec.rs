//! Go's `ValidatePodSpec`: every pod-level field, in upstream order, calling out to the files
//! of each concept
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use super::containers::{
    validate_containers, validate_ephemeral_containers, validate_init_containers, ContainerCtx,
};
use super::dns::validate_pod_dns_config;
use super::env::validate_file_key_ref_volumes;
use super::os::{
    validate_host_users, validate_linux, validate_windows, validate_windows_host_process_pod,
};
use super::resources::{validate_overhead, validate_pod_resources};
use super::scheduling::{
    validate_affinity, validate_readiness_gates, validate_scheduling_gates, validate_tolerations,
    validate_topology_spread_constraints,
};
use super::security_context::validate_pod_security_context;
use super::volumes::validate_volumes;
use super::{dns_label, dns_subdomain, named, push_violations, PodValidationOptions};
use crate::api::core::{ObjectMeta, PodSpec};
use crate::meta::field::{Error, ErrorList, LazyPath};
use crate::meta::validate::ip;
use crate::meta::{labels_into, NameValidator};

/// `validation.InclusiveRangeError(1, math.MaxInt32)`.
const ACTIVE_DEADLINE_RANGE: &str = "must be between 1 and 2147483647, inclusive";

/// Go's `ValidatePodSpec`.
pub(super) fn validate_pod_spec(
    errs: &mut ErrorList,
    spec: &PodSpec,
    meta: Option<&ObjectMeta>,
    path: &LazyPath<'_>,
    opts: &PodValidationOptions,
) {
    if spec.termination_grace_period_seconds.is_none() {
        errs.push(Error::required(
            &path.child("terminationGracePeriodSeconds"),
            "",
        ));
    }
    let host_users = spec.host_users.unwrap_or(true);
    let (vols, volume_errs) = validate_volumes(&spec.volumes, meta, &path.child("volumes"), opts);
    errs.append(volume_errs);
    let claim_names: alloc::vec::Vec<&str> = spec
        .resource_claims
        .iter()
        .map(|c| c.name.as_str())
        .filter(|n| !n.is_empty())
        .collect();
    super::resources::validate_pod_resource_claims(
        errs,
        &spec.resource_claims,
        &path.child("resourceClaims"),
    );
    let ctx = ContainerCtx {
        volumes: &vols,
        claim_names: &claim_names,
        grace_period: spec.termination_grace_period_seconds,
        opts,
        pod_restart_policy: &spec.restart_policy,
        host_users,
    };
    validate_containers(errs, &spec.containers, &ctx, &path.child("containers"));
    validate_init_containers(
        errs,
        &spec.init_containers,
        &spec.containers,
        &ctx,
        &path.child("initContainers"),
    );
    validate_ephemeral_containers(
        errs,
        &spec.ephemeral_containers,
        &spec.containers,
        &spec.init_containers,
        &ctx,
        &path.child("ephemeralContainers"),
    );
    validate_pod_resources(errs, spec, &claim_names, &path.child("resources"), opts);
    validate_host_network_deps(errs, spec, path, opts);
    let rp = path.child("restartPolicy");
    match spec.restart_policy.as_str() {
        "Always" | "OnFailure" | "Never" => {}
        "" => errs.push(Error::required(&rp, "")),
        other => errs.push(Error::not_supported(
            &rp,
            named(other),
            &["Always", "OnFailure", "Never"],
        )),
    }
    let dp = path.child("dnsPolicy");
    match spec.dns_policy.as_str() {
        "ClusterFirstWithHostNet" | "ClusterFirst" | "Default" | "None" => {}
        "" => errs.push(Error::required(&dp, "")),
        other => errs.push(Error::not_supported(
            &dp,
            named(other),
            &["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"],
        )),
    }
    labels_into(errs, &spec.node_selector, &path.child("nodeSelector"));
    validate_pod_security_context(errs, spec, path, &path.child("securityContext"), opts);
    // `imagePullSecrets`: only `name` exists on the wire, so nothing else can be set.
    validate_affinity(errs, spec.affinity.as_ref(), opts, &path.child("affinity"));
    validate_pod_dns_config(
        errs,
        spec.dns_config.as_ref(),
        &spec.dns_policy,
        &path.child("dnsConfig"),
    );
    validate_readiness_gates(errs, &spec.readiness_gates, &path.child("readinessGates"));
    validate_scheduling_gates(errs, &spec.scheduling_gates, &path.child("schedulingGates"));
    validate_topology_spread_constraints(
        errs,
        &spec.topology_spread_constraints,
        &path.child("topologySpreadConstraints"),
        opts,
    );
    validate_windows_host_process_pod(errs, spec, path, opts);
    validate_host_users(
        errs,
        spec,
        path,
        opts.allow_user_namespaces_with_volume_devices,
    );
    validate_pod_host_name(errs, spec, path);
    let sa = service_account_name(spec);
    if !sa.is_empty() {
        push_violations(
            errs,
            &path.child("serviceAccountName"),
            sa,
            NameValidator::DnsSubdomain.validate(sa, false),
        );
    }
    if !spec.node_name.is_empty() {
        push_violations(
            errs,
            &path.child("nodeName"),
            &spec.node_name,
            NameValidator::DnsSubdomain.validate(&spec.node_name, false),
        );
    }
    if let Some(v) = spec.active_deadline_seconds {
        if !(1..=i64::from(i32::MAX)).contains(&v) {
            errs.push(Error::invalid(
                &path.child("activeDeadlineSeconds"),
                v,
                ACTIVE_DEADLINE_RANGE,
            ));
        }
    }
    if !spec.hostname.is_empty() {
        dns_label(errs, &spec.hostname, &path.child("hostname"));
    }
    if !spec.subdomain.is_empty() {
        dns_label(errs, &spec.subdomain, &path.child("subdomain"));
    }
    if !spec.tolerations.is_empty() {
        validate_tolerations(errs, &spec.tolerations, &path.child("tolerations"));
    }
    for (i, alias) in spec.host_aliases.iter().enumerate() {
        let aliases = path.child("hostAliases");
        let p = aliases.index(i);
        push_violations(errs, &p.child("ip"), &alias.ip, ip(&alias.ip));
        for (j, h) in alias.hostnames.iter().enumerate() {
            dns_subdomain(errs, h, &p.child("hostnames").index(j));
        }
    }
    if !spec.priority_class_name.is_empty() {
        push_violations(
            errs,
            &path.child("priorityClassName"),
            &spec.priority_class_name,
            NameValidator::DnsSubdomain.validate(&spec.priority_class_name, false),
        );
    }
    if let Some(rc) = &spec.runtime_class_name {
        push_violations(
            errs,
            &path.child("runtimeClassName"),
            rc,
            NameValidator::DnsSubdomain.validate(rc, false),
        );
    }
    if let Some(pp) = &spec.preemption_policy {
        let p = path.child("preemptionPolicy");
        match pp.as_str() {
            "PreemptLowerPriority" | "Never" => {}
            "" => errs.push(Error::required(&p, "")),
            other => errs.push(Error::not_supported(
                &p,
                named(other),
                &["PreemptLowerPriority", "Never"],
            )),
        }
    }
    if !spec.overhead.is_empty() {
        validate_overhead(errs, &spec.overhead, &path.child("overhead"), opts);
    }
    if let Some(os) = &spec.os {
        let p = path.child("os");
        if os.name.is_empty() {
            errs.push(Error::required(&p.child("name"), ""));
        } else if os.name != "linux" && os.name != "windows" {
            errs.push(Error::not_supported(
                &p,
                named(&os.name),
                &["linux", "windows"],
            ));
        } else if os.name == "linux" {
            validate_linux(errs, spec, path);
        } else {
            validate_windows(errs, spec, path);
        }
    }
    validate_file_key_ref_volumes(errs, spec, path);
}

/// Go's `validatePodHostName`: `hostnameOverride` is a DNS subdomain of at most 64 bytes, and
/// neither `setHostnameAsFQDN` nor `hostNetwork` is on.
fn validate_pod_host_name(errs: &mut ErrorList, spec: &PodSpec, path: &LazyPath<'_>) {
    let Some(h) = &spec.hostname_override else {
        return;
    };
    let p = path.child("hostnameOverride");
    if spec.set_hostname_as_fqdn == Some(true) {
        errs.push(Error::forbidden(
            &p,
            "may not be specified when setHostnameAsFQDN is true",
        ));
    }
    if spec.host_network {
        errs.push(Error::forbidden(
            &p,
            "may not be specified when hostNetwork is true",
        ));
    }
    if h.len() > 64 {
        errs.push(Error::too_long(&p, Some(64)));
    }
    dns_subdomain(errs, h, &p);
}

/// The service account the internal pod has: `serviceAccountName`, or the deprecated
/// `serviceAccount` when that is empty (the v1 conversion makes it an alias).
pub(super) fn service_account_name(spec: &PodSpec) -> &str {
    if spec.service_account_name.is_empty() {
        &spec.service_account
    } else {
        &spec.service_account_name
    }
}

/// Go's `validatePodHostNetworkDeps`: under `hostNetwork`, a pod's host ports equal its
/// container ports (a template's may also be left 0).
fn validate_host_network_deps(
    errs: &mut ErrorList,
    spec: &PodSpec,
    path: &LazyPath<'_>,
    opts: &PodValidationOptions,
) {
    if !spec.host_network {
        return;
    }
    let cp = path.child("containers");
    for (i, c) in spec.containers.iter().enumerate() {
        for (j, port) in c.ports.iter().enumerate() {
            let (hp, cport) = (port.host_port, port.container_port);
            if (opts.resource_is_pod || hp != 0) && hp != cport {
                errs.push(Error::invalid(
                    &cp.index(i).child("ports").index(j).child("hostPort"),
                    i64::from(hp),
                    "must match `containerPort` when `hostNetwork` is true",
                ));
            }
        }
    }
}
