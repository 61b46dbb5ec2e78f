//! The internal `core.PodSpec` as Go's `encoding/json` marshals it, field by field in the
//! internal type's order (which differs from v1's: the host namespaces and user namespace sit in
//! the pod security context, volume sources are in their own order)
//! ([pkg/apis/core/types.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/types.go)).

use super::internal_json::{
    container, i, list, o, ob, oi, opt, os, resources, s, string_map, strs, J,
};
use super::meta_json::label_selector;
use super::volume_json::volume;
use crate::api::core::{Affinity, NodeSelectorTerm, PodAffinity, PodAffinityTerm, PodSpec};
use crate::meta::field::Json;

pub(super) fn node_selector_term(t: &NodeSelectorTerm) -> J {
    let req = |r: &crate::api::core::NodeSelectorRequirement| {
        o(alloc::vec![
            ("Key", s(&r.key)),
            ("Operator", s(&r.operator)),
            ("Values", r.values.as_deref().map_or(Json::Null, strs)),
        ])
    };
    o(alloc::vec![
        ("MatchExpressions", list(&t.match_expressions, req)),
        ("MatchFields", list(&t.match_fields, req)),
    ])
}

fn pod_affinity_term(t: &PodAffinityTerm) -> J {
    o(alloc::vec![
        (
            "LabelSelector",
            t.label_selector.as_ref().map_or(Json::Null, label_selector)
        ),
        ("Namespaces", strs(&t.namespaces)),
        ("TopologyKey", s(&t.topology_key)),
        (
            "NamespaceSelector",
            t.namespace_selector
                .as_ref()
                .map_or(Json::Null, label_selector)
        ),
        ("MatchLabelKeys", strs(&t.match_label_keys)),
        ("MismatchLabelKeys", strs(&t.mismatch_label_keys)),
    ])
}

fn pod_affinity(p: &PodAffinity) -> J {
    o(alloc::vec![
        (
            "RequiredDuringSchedulingIgnoredDuringExecution",
            list(&p.required, pod_affinity_term)
        ),
        (
            "PreferredDuringSchedulingIgnoredDuringExecution",
            list(&p.preferred, |w| {
                o(alloc::vec![
                    ("Weight", i(w.weight)),
                    ("PodAffinityTerm", pod_affinity_term(&w.pod_affinity_term))
                ])
            })
        ),
    ])
}

fn affinity(a: &Affinity) -> J {
    o(alloc::vec![
        (
            "NodeAffinity",
            opt(a.node_affinity.as_ref(), |n| o(alloc::vec![
                (
                    "RequiredDuringSchedulingIgnoredDuringExecution",
                    opt(n.required.as_ref(), |r| {
                        o(alloc::vec![(
                            "NodeSelectorTerms",
                            list(&r.node_selector_terms, node_selector_term)
                        )])
                    })
                ),
                (
                    "PreferredDuringSchedulingIgnoredDuringExecution",
                    list(&n.preferred, |p| {
                        o(alloc::vec![
                            ("Weight", i(p.weight)),
                            ("Preference", node_selector_term(&p.preference))
                        ])
                    })
                ),
            ]))
        ),
        ("PodAffinity", opt(a.pod_affinity.as_ref(), pod_affinity)),
        (
            "PodAntiAffinity",
            opt(a.pod_anti_affinity.as_ref(), pod_affinity)
        ),
    ])
}

/// The internal `core.PodSpec` as Go's `json.Marshal` sees it.
pub(super) fn pod_spec(p: &PodSpec) -> J {
    let sc = p.security_context.as_ref();
    let pod_sc = o(alloc::vec![
        ("HostNetwork", Json::Bool(p.host_network)),
        ("HostPID", Json::Bool(p.host_pid)),
        ("HostIPC", Json::Bool(p.host_ipc)),
        ("ShareProcessNamespace", ob(p.share_process_namespace)),
        ("HostUsers", ob(p.host_users)),
        (
            "SELinuxOptions",
            opt(sc.and_then(|c| c.se_linux_options.as_ref()), |x| o(
                alloc::vec![
                    ("User", s(&x.user)),
                    ("Role", s(&x.role)),
                    ("Type", s(&x.type_)),
                    ("Level", s(&x.level)),
                ]
            ))
        ),
        (
            "WindowsOptions",
            opt(sc.and_then(|c| c.windows_options.as_ref()), |w| o(
                alloc::vec![
                    (
                        "GMSACredentialSpecName",
                        os(w.gmsa_credential_spec_name.as_ref())
                    ),
                    ("GMSACredentialSpec", os(w.gmsa_credential_spec.as_ref())),
                    ("RunAsUserName", os(w.run_as_user_name.as_ref())),
                    ("HostProcess", ob(w.host_process)),
                ]
            ))
        ),
        ("RunAsUser", oi(sc.and_then(|c| c.run_as_user))),
        ("RunAsGroup", oi(sc.and_then(|c| c.run_as_group))),
        ("RunAsNonRoot", ob(sc.and_then(|c| c.run_as_non_root))),
        (
            "SupplementalGroups",
            sc.filter(|c| !c.supplemental_groups.is_empty())
                .map_or(Json::Null, |c| {
                    Json::Array(
                        c.supplemental_groups
                            .iter()
                            .map(|g| Json::Int(*g))
                            .collect(),
                    )
                })
        ),
        (
            "SupplementalGroupsPolicy",
            os(sc.and_then(|c| c.supplemental_groups_policy.as_ref()))
        ),
        ("FSGroup", oi(sc.and_then(|c| c.fs_group))),
        (
            "FSGroupChangePolicy",
            os(sc.and_then(|c| c.fs_group_change_policy.as_ref()))
        ),
        (
            "Sysctls",
            list(sc.map_or(&[][..], |c| &c.sysctls[..]), |x| o(alloc::vec![
                ("Name", s(&x.name)),
                ("Value", s(&x.value))
            ]))
        ),
        (
            "SeccompProfile",
            opt(sc.and_then(|c| c.seccomp_profile.as_ref()), |x| o(
                alloc::vec![
                    ("Type", s(&x.type_)),
                    ("LocalhostProfile", os(x.localhost_profile.as_ref()))
                ]
            ))
        ),
        (
            "AppArmorProfile",
            opt(sc.and_then(|c| c.app_armor_profile.as_ref()), |x| o(
                alloc::vec![
                    ("Type", s(&x.type_)),
                    ("LocalhostProfile", os(x.localhost_profile.as_ref()))
                ]
            ))
        ),
        (
            "SELinuxChangePolicy",
            os(sc.and_then(|c| c.se_linux_change_policy.as_ref()))
        ),
    ]);
    o(alloc::vec![
        ("Volumes", list(&p.volumes, volume)),
        ("InitContainers", list(&p.init_containers, container)),
        ("Containers", list(&p.containers, container)),
        (
            "EphemeralContainers",
            // `EphemeralContainerCommon` is inlined: the container's fields, then the target.
            list(&p.ephemeral_containers, |ec| {
                let mut json = container(&super::containers::as_container(ec));
                if let Json::Object(members) = &mut json {
                    members.push(("TargetContainerName".into(), s(&ec.target_container_name)));
                }
                json
            }),
        ),
        ("RestartPolicy", s(&p.restart_policy)),
        (
            "TerminationGracePeriodSeconds",
            oi(p.termination_grace_period_seconds)
        ),
        ("ActiveDeadlineSeconds", oi(p.active_deadline_seconds)),
        ("DNSPolicy", s(&p.dns_policy)),
        ("NodeSelector", string_map(&p.node_selector)),
        (
            "ServiceAccountName",
            s(super::spec::service_account_name(p))
        ),
        (
            "AutomountServiceAccountToken",
            ob(p.automount_service_account_token)
        ),
        ("NodeName", s(&p.node_name)),
        ("SecurityContext", pod_sc),
        (
            "ImagePullSecrets",
            list(&p.image_pull_secrets, |x| o(alloc::vec![(
                "Name",
                s(&x.name)
            )]))
        ),
        ("Hostname", s(&p.hostname)),
        ("Subdomain", s(&p.subdomain)),
        ("SetHostnameAsFQDN", ob(p.set_hostname_as_fqdn)),
        ("Affinity", opt(p.affinity.as_ref(), affinity)),
        ("SchedulerName", s(&p.scheduler_name)),
        (
            "Tolerations",
            list(&p.tolerations, |t| o(alloc::vec![
                ("Key", s(&t.key)),
                ("Operator", s(&t.operator)),
                ("Value", s(&t.value)),
                ("Effect", s(&t.effect)),
                ("TolerationSeconds", oi(t.toleration_seconds)),
            ]))
        ),
        (
            "HostAliases",
            list(&p.host_aliases, |h| o(alloc::vec![
                ("IP", s(&h.ip)),
                ("Hostnames", strs(&h.hostnames))
            ]))
        ),
        ("PriorityClassName", s(&p.priority_class_name)),
        ("Priority", oi(p.priority.map(i64::from))),
        ("PreemptionPolicy", os(p.preemption_policy.as_ref())),
        (
            "DNSConfig",
            opt(p.dns_config.as_ref(), |d| o(alloc::vec![
                ("Nameservers", strs(&d.nameservers)),
                ("Searches", strs(&d.searches)),
                (
                    "Options",
                    list(&d.options, |x| o(alloc::vec![
                        ("Name", s(&x.name)),
                        ("Value", os(x.value.as_ref()))
                    ]))
                ),
            ]))
        ),
        (
            "ReadinessGates",
            list(&p.readiness_gates, |g| o(alloc::vec![(
                "ConditionType",
                s(&g.condition_type)
            )]))
        ),
        ("RuntimeClassName", os(p.runtime_class_name.as_ref())),
        ("Overhead", resources(&p.overhead)),
        ("EnableServiceLinks", ob(p.enable_service_links)),
        (
            "TopologySpreadConstraints",
            list(&p.topology_spread_constraints, |c| o(alloc::vec![
                ("MaxSkew", i(c.max_skew)),
                ("TopologyKey", s(&c.topology_key)),
                ("WhenUnsatisfiable", s(&c.when_unsatisfiable)),
                (
                    "LabelSelector",
                    c.label_selector.as_ref().map_or(Json::Null, label_selector)
                ),
                ("MinDomains", oi(c.min_domains.map(i64::from))),
                ("NodeAffinityPolicy", os(c.node_affinity_policy.as_ref())),
                ("NodeTaintsPolicy", os(c.node_taints_policy.as_ref())),
                ("MatchLabelKeys", strs(&c.match_label_keys)),
            ]))
        ),
        (
            "OS",
            opt(p.os.as_ref(), |x| o(alloc::vec![("Name", s(&x.name))]))
        ),
        (
            "SchedulingGates",
            list(&p.scheduling_gates, |g| o(alloc::vec![(
                "Name",
                s(&g.name)
            )]))
        ),
        (
            "ResourceClaims",
            list(&p.resource_claims, |c| o(alloc::vec![
                ("Name", s(&c.name)),
                ("ResourceClaimName", os(c.resource_claim_name.as_ref())),
                (
                    "ResourceClaimTemplateName",
                    os(c.resource_claim_template_name.as_ref())
                ),
            ]))
        ),
        (
            "Resources",
            opt(p.resources.as_ref(), |r| o(alloc::vec![
                ("Limits", resources(&r.limits)),
                ("Requests", resources(&r.requests)),
                (
                    "Claims",
                    list(&r.claims, |x| o(alloc::vec![
                        ("Name", s(&x.name)),
                        ("Request", s(&x.request))
                    ]))
                ),
            ]))
        ),
        ("HostnameOverride", os(p.hostname_override.as_ref())),
        (
            "SchedulingGroup",
            opt(p.scheduling_group.as_ref(), |g| o(alloc::vec![(
                "PodGroupName",
                os(g.pod_group_name.as_ref())
            )]))
        ),
    ])
}
