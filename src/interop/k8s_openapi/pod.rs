//! `Pod`, `PodSpec`, `PodTemplateSpec` and the scheduling and security parts of a pod spec.
//!
//! Generated field by field from k8s-openapi's types and ours; see the module root for the
//! conventions.

use k8s_openapi::api::core::v1 as k8s;

use super::{
    non_default, opt_map, opt_resources, opt_string, opt_vec, resource_list, try_opt, try_vec,
    vec_from,
};
use crate::api::core::{
    Affinity, AppArmorProfile, Capabilities, HostAlias, NodeAffinity, Pod, PodAffinity,
    PodAffinityTerm, PodDnsConfig, PodDnsConfigOption, PodOs, PodReadinessGate, PodResourceClaim,
    PodSchedulingGate, PodSecurityContext, PodSpec, PodTemplateSpec, SeLinuxOptions,
    SeccompProfile, SecurityContext, Sysctl, TopologySpreadConstraint, WeightedPodAffinityTerm,
    WindowsSecurityContextOptions,
};
use crate::interop::ConversionError;

impl TryFrom<k8s::Pod> for Pod {
    type Error = ConversionError;

    fn try_from(v: k8s::Pod) -> Result<Pod, ConversionError> {
        Ok(Pod {
            kind: <k8s::Pod as k8s_openapi::Resource>::KIND.into(),
            api_version: <k8s::Pod as k8s_openapi::Resource>::API_VERSION.into(),
            metadata: v.metadata.into(),
            spec: try_opt(v.spec, "spec")?.unwrap_or_default(),
            status: try_opt(v.status, "status")?.unwrap_or_default(),
        })
    }
}

impl From<Pod> for k8s::Pod {
    fn from(v: Pod) -> k8s::Pod {
        k8s::Pod {
            metadata: v.metadata.into(),
            spec: non_default(v.spec).map(Into::into),
            status: non_default(v.status).map(Into::into),
            ..Default::default()
        }
    }
}

/// `hostnameOverride`, `schedulingGroup`: not in every k8s-openapi version this crate supports; left empty.
impl TryFrom<k8s::PodSpec> for PodSpec {
    type Error = ConversionError;

    fn try_from(v: k8s::PodSpec) -> Result<PodSpec, ConversionError> {
        Ok(PodSpec {
            volumes: try_vec(v.volumes, "volumes")?,
            init_containers: try_vec(v.init_containers, "initContainers")?,
            containers: try_vec(Some(v.containers), "containers")?,
            ephemeral_containers: try_vec(v.ephemeral_containers, "ephemeralContainers")?,
            restart_policy: v.restart_policy.unwrap_or_default(),
            termination_grace_period_seconds: v.termination_grace_period_seconds,
            active_deadline_seconds: v.active_deadline_seconds,
            dns_policy: v.dns_policy.unwrap_or_default(),
            node_selector: v.node_selector.unwrap_or_default(),
            service_account_name: v.service_account_name.unwrap_or_default(),
            service_account: v.service_account.unwrap_or_default(),
            automount_service_account_token: v.automount_service_account_token,
            node_name: v.node_name.unwrap_or_default(),
            host_network: v.host_network.unwrap_or_default(),
            host_pid: v.host_pid.unwrap_or_default(),
            host_ipc: v.host_ipc.unwrap_or_default(),
            share_process_namespace: v.share_process_namespace,
            security_context: v.security_context.map(Into::into),
            image_pull_secrets: vec_from(v.image_pull_secrets),
            hostname: v.hostname.unwrap_or_default(),
            subdomain: v.subdomain.unwrap_or_default(),
            affinity: v.affinity.map(Into::into),
            scheduler_name: v.scheduler_name.unwrap_or_default(),
            tolerations: vec_from(v.tolerations),
            host_aliases: vec_from(v.host_aliases),
            priority_class_name: v.priority_class_name.unwrap_or_default(),
            priority: v.priority,
            dns_config: v.dns_config.map(Into::into),
            readiness_gates: vec_from(v.readiness_gates),
            runtime_class_name: v.runtime_class_name,
            enable_service_links: v.enable_service_links,
            preemption_policy: v.preemption_policy,
            overhead: resource_list(v.overhead, "overhead")?,
            topology_spread_constraints: vec_from(v.topology_spread_constraints),
            set_hostname_as_fqdn: v.set_hostname_as_fqdn,
            os: v.os.map(Into::into),
            host_users: v.host_users,
            scheduling_gates: vec_from(v.scheduling_gates),
            resource_claims: vec_from(v.resource_claims),
            resources: try_opt(v.resources, "resources")?,
            hostname_override: Default::default(),
            scheduling_group: Default::default(),
        })
    }
}

/// `hostnameOverride`, `schedulingGroup`: not in every k8s-openapi version this crate supports; dropped.
impl From<PodSpec> for k8s::PodSpec {
    fn from(v: PodSpec) -> k8s::PodSpec {
        k8s::PodSpec {
            active_deadline_seconds: v.active_deadline_seconds,
            affinity: v.affinity.map(Into::into),
            automount_service_account_token: v.automount_service_account_token,
            containers: v.containers.into_iter().map(Into::into).collect(),
            dns_config: v.dns_config.map(Into::into),
            dns_policy: opt_string(v.dns_policy),
            enable_service_links: v.enable_service_links,
            ephemeral_containers: opt_vec(v.ephemeral_containers),
            host_aliases: opt_vec(v.host_aliases),
            host_ipc: non_default(v.host_ipc),
            host_network: non_default(v.host_network),
            host_pid: non_default(v.host_pid),
            host_users: v.host_users,
            hostname: opt_string(v.hostname),
            image_pull_secrets: opt_vec(v.image_pull_secrets),
            init_containers: opt_vec(v.init_containers),
            node_name: opt_string(v.node_name),
            node_selector: opt_map(v.node_selector),
            os: v.os.map(Into::into),
            overhead: opt_resources(v.overhead),
            preemption_policy: v.preemption_policy,
            priority: v.priority,
            priority_class_name: opt_string(v.priority_class_name),
            readiness_gates: opt_vec(v.readiness_gates),
            resource_claims: opt_vec(v.resource_claims),
            resources: v.resources.map(Into::into),
            restart_policy: opt_string(v.restart_policy),
            runtime_class_name: v.runtime_class_name,
            scheduler_name: opt_string(v.scheduler_name),
            scheduling_gates: opt_vec(v.scheduling_gates),
            security_context: v.security_context.map(Into::into),
            service_account: opt_string(v.service_account),
            service_account_name: opt_string(v.service_account_name),
            set_hostname_as_fqdn: v.set_hostname_as_fqdn,
            share_process_namespace: v.share_process_namespace,
            subdomain: opt_string(v.subdomain),
            termination_grace_period_seconds: v.termination_grace_period_seconds,
            tolerations: opt_vec(v.tolerations),
            topology_spread_constraints: opt_vec(v.topology_spread_constraints),
            volumes: opt_vec(v.volumes),
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::PodTemplateSpec> for PodTemplateSpec {
    type Error = ConversionError;

    fn try_from(v: k8s::PodTemplateSpec) -> Result<PodTemplateSpec, ConversionError> {
        Ok(PodTemplateSpec {
            metadata: v.metadata.map(Into::into).unwrap_or_default(),
            spec: try_opt(v.spec, "spec")?.unwrap_or_default(),
        })
    }
}

impl From<PodTemplateSpec> for k8s::PodTemplateSpec {
    fn from(v: PodTemplateSpec) -> k8s::PodTemplateSpec {
        k8s::PodTemplateSpec {
            metadata: non_default(v.metadata).map(Into::into),
            spec: non_default(v.spec).map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::PodReadinessGate> for PodReadinessGate {
    fn from(v: k8s::PodReadinessGate) -> PodReadinessGate {
        PodReadinessGate {
            condition_type: v.condition_type,
        }
    }
}

impl From<PodReadinessGate> for k8s::PodReadinessGate {
    fn from(v: PodReadinessGate) -> k8s::PodReadinessGate {
        k8s::PodReadinessGate {
            condition_type: v.condition_type,
            ..Default::default()
        }
    }
}

impl From<k8s::HostAlias> for HostAlias {
    fn from(v: k8s::HostAlias) -> HostAlias {
        HostAlias {
            ip: v.ip,
            hostnames: v.hostnames.unwrap_or_default(),
        }
    }
}

impl From<HostAlias> for k8s::HostAlias {
    fn from(v: HostAlias) -> k8s::HostAlias {
        k8s::HostAlias {
            hostnames: opt_vec(v.hostnames),
            ip: v.ip,
            ..Default::default()
        }
    }
}

impl From<k8s::PodOS> for PodOs {
    fn from(v: k8s::PodOS) -> PodOs {
        PodOs { name: v.name }
    }
}

impl From<PodOs> for k8s::PodOS {
    fn from(v: PodOs) -> k8s::PodOS {
        k8s::PodOS {
            name: v.name,
            ..Default::default()
        }
    }
}

impl From<k8s::PodSchedulingGate> for PodSchedulingGate {
    fn from(v: k8s::PodSchedulingGate) -> PodSchedulingGate {
        PodSchedulingGate { name: v.name }
    }
}

impl From<PodSchedulingGate> for k8s::PodSchedulingGate {
    fn from(v: PodSchedulingGate) -> k8s::PodSchedulingGate {
        k8s::PodSchedulingGate {
            name: v.name,
            ..Default::default()
        }
    }
}

impl From<k8s::PodResourceClaim> for PodResourceClaim {
    fn from(v: k8s::PodResourceClaim) -> PodResourceClaim {
        PodResourceClaim {
            name: v.name,
            resource_claim_name: v.resource_claim_name,
            resource_claim_template_name: v.resource_claim_template_name,
        }
    }
}

impl From<PodResourceClaim> for k8s::PodResourceClaim {
    fn from(v: PodResourceClaim) -> k8s::PodResourceClaim {
        k8s::PodResourceClaim {
            name: v.name,
            resource_claim_name: v.resource_claim_name,
            resource_claim_template_name: v.resource_claim_template_name,
            ..Default::default()
        }
    }
}

impl From<k8s::TopologySpreadConstraint> for TopologySpreadConstraint {
    fn from(v: k8s::TopologySpreadConstraint) -> TopologySpreadConstraint {
        TopologySpreadConstraint {
            max_skew: v.max_skew,
            topology_key: v.topology_key,
            when_unsatisfiable: v.when_unsatisfiable,
            label_selector: v.label_selector.map(Into::into),
            min_domains: v.min_domains,
            node_affinity_policy: v.node_affinity_policy,
            node_taints_policy: v.node_taints_policy,
            match_label_keys: v.match_label_keys.unwrap_or_default(),
        }
    }
}

impl From<TopologySpreadConstraint> for k8s::TopologySpreadConstraint {
    fn from(v: TopologySpreadConstraint) -> k8s::TopologySpreadConstraint {
        k8s::TopologySpreadConstraint {
            label_selector: v.label_selector.map(Into::into),
            match_label_keys: opt_vec(v.match_label_keys),
            max_skew: v.max_skew,
            min_domains: v.min_domains,
            node_affinity_policy: v.node_affinity_policy,
            node_taints_policy: v.node_taints_policy,
            topology_key: v.topology_key,
            when_unsatisfiable: v.when_unsatisfiable,
            ..Default::default()
        }
    }
}

impl From<k8s::Affinity> for Affinity {
    fn from(v: k8s::Affinity) -> Affinity {
        Affinity {
            node_affinity: v.node_affinity.map(Into::into),
            pod_affinity: v.pod_affinity.map(Into::into),
            pod_anti_affinity: v.pod_anti_affinity.map(Into::into),
        }
    }
}

impl From<Affinity> for k8s::Affinity {
    fn from(v: Affinity) -> k8s::Affinity {
        k8s::Affinity {
            node_affinity: v.node_affinity.map(Into::into),
            pod_affinity: v.pod_affinity.map(Into::into),
            pod_anti_affinity: v.pod_anti_affinity.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::NodeAffinity> for NodeAffinity {
    fn from(v: k8s::NodeAffinity) -> NodeAffinity {
        NodeAffinity {
            required: v
                .required_during_scheduling_ignored_during_execution
                .map(Into::into),
            preferred: vec_from(v.preferred_during_scheduling_ignored_during_execution),
        }
    }
}

impl From<NodeAffinity> for k8s::NodeAffinity {
    fn from(v: NodeAffinity) -> k8s::NodeAffinity {
        k8s::NodeAffinity {
            preferred_during_scheduling_ignored_during_execution: opt_vec(v.preferred),
            required_during_scheduling_ignored_during_execution: v.required.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::PodAffinity> for PodAffinity {
    fn from(v: k8s::PodAffinity) -> PodAffinity {
        PodAffinity {
            required: vec_from(v.required_during_scheduling_ignored_during_execution),
            preferred: vec_from(v.preferred_during_scheduling_ignored_during_execution),
        }
    }
}

impl From<PodAffinity> for k8s::PodAffinity {
    fn from(v: PodAffinity) -> k8s::PodAffinity {
        k8s::PodAffinity {
            preferred_during_scheduling_ignored_during_execution: opt_vec(v.preferred),
            required_during_scheduling_ignored_during_execution: opt_vec(v.required),
            ..Default::default()
        }
    }
}

impl From<k8s::PodAntiAffinity> for PodAffinity {
    fn from(v: k8s::PodAntiAffinity) -> PodAffinity {
        PodAffinity {
            required: vec_from(v.required_during_scheduling_ignored_during_execution),
            preferred: vec_from(v.preferred_during_scheduling_ignored_during_execution),
        }
    }
}

impl From<PodAffinity> for k8s::PodAntiAffinity {
    fn from(v: PodAffinity) -> k8s::PodAntiAffinity {
        k8s::PodAntiAffinity {
            preferred_during_scheduling_ignored_during_execution: opt_vec(v.preferred),
            required_during_scheduling_ignored_during_execution: opt_vec(v.required),
            ..Default::default()
        }
    }
}

impl From<k8s::PodAffinityTerm> for PodAffinityTerm {
    fn from(v: k8s::PodAffinityTerm) -> PodAffinityTerm {
        PodAffinityTerm {
            label_selector: v.label_selector.map(Into::into),
            namespaces: v.namespaces.unwrap_or_default(),
            topology_key: v.topology_key,
            namespace_selector: v.namespace_selector.map(Into::into),
            match_label_keys: v.match_label_keys.unwrap_or_default(),
            mismatch_label_keys: v.mismatch_label_keys.unwrap_or_default(),
        }
    }
}

impl From<PodAffinityTerm> for k8s::PodAffinityTerm {
    fn from(v: PodAffinityTerm) -> k8s::PodAffinityTerm {
        k8s::PodAffinityTerm {
            label_selector: v.label_selector.map(Into::into),
            match_label_keys: opt_vec(v.match_label_keys),
            mismatch_label_keys: opt_vec(v.mismatch_label_keys),
            namespace_selector: v.namespace_selector.map(Into::into),
            namespaces: opt_vec(v.namespaces),
            topology_key: v.topology_key,
            ..Default::default()
        }
    }
}

impl From<k8s::WeightedPodAffinityTerm> for WeightedPodAffinityTerm {
    fn from(v: k8s::WeightedPodAffinityTerm) -> WeightedPodAffinityTerm {
        WeightedPodAffinityTerm {
            weight: v.weight,
            pod_affinity_term: v.pod_affinity_term.into(),
        }
    }
}

impl From<WeightedPodAffinityTerm> for k8s::WeightedPodAffinityTerm {
    fn from(v: WeightedPodAffinityTerm) -> k8s::WeightedPodAffinityTerm {
        k8s::WeightedPodAffinityTerm {
            pod_affinity_term: v.pod_affinity_term.into(),
            weight: v.weight,
            ..Default::default()
        }
    }
}

impl From<k8s::PodDNSConfig> for PodDnsConfig {
    fn from(v: k8s::PodDNSConfig) -> PodDnsConfig {
        PodDnsConfig {
            nameservers: v.nameservers.unwrap_or_default(),
            searches: v.searches.unwrap_or_default(),
            options: vec_from(v.options),
        }
    }
}

impl From<PodDnsConfig> for k8s::PodDNSConfig {
    fn from(v: PodDnsConfig) -> k8s::PodDNSConfig {
        k8s::PodDNSConfig {
            nameservers: opt_vec(v.nameservers),
            options: opt_vec(v.options),
            searches: opt_vec(v.searches),
            ..Default::default()
        }
    }
}

impl From<k8s::PodDNSConfigOption> for PodDnsConfigOption {
    fn from(v: k8s::PodDNSConfigOption) -> PodDnsConfigOption {
        PodDnsConfigOption {
            name: v.name.unwrap_or_default(),
            value: v.value,
        }
    }
}

impl From<PodDnsConfigOption> for k8s::PodDNSConfigOption {
    fn from(v: PodDnsConfigOption) -> k8s::PodDNSConfigOption {
        k8s::PodDNSConfigOption {
            name: opt_string(v.name),
            value: v.value,
            ..Default::default()
        }
    }
}

impl From<k8s::PodSecurityContext> for PodSecurityContext {
    fn from(v: k8s::PodSecurityContext) -> PodSecurityContext {
        PodSecurityContext {
            se_linux_options: v.se_linux_options.map(Into::into),
            windows_options: v.windows_options.map(Into::into),
            run_as_user: v.run_as_user,
            run_as_group: v.run_as_group,
            run_as_non_root: v.run_as_non_root,
            supplemental_groups: v.supplemental_groups.unwrap_or_default(),
            supplemental_groups_policy: v.supplemental_groups_policy,
            fs_group: v.fs_group,
            sysctls: vec_from(v.sysctls),
            fs_group_change_policy: v.fs_group_change_policy,
            seccomp_profile: v.seccomp_profile.map(Into::into),
            app_armor_profile: v.app_armor_profile.map(Into::into),
            se_linux_change_policy: v.se_linux_change_policy,
        }
    }
}

impl From<PodSecurityContext> for k8s::PodSecurityContext {
    fn from(v: PodSecurityContext) -> k8s::PodSecurityContext {
        k8s::PodSecurityContext {
            app_armor_profile: v.app_armor_profile.map(Into::into),
            fs_group: v.fs_group,
            fs_group_change_policy: v.fs_group_change_policy,
            run_as_group: v.run_as_group,
            run_as_non_root: v.run_as_non_root,
            run_as_user: v.run_as_user,
            se_linux_change_policy: v.se_linux_change_policy,
            se_linux_options: v.se_linux_options.map(Into::into),
            seccomp_profile: v.seccomp_profile.map(Into::into),
            supplemental_groups: opt_vec(v.supplemental_groups),
            supplemental_groups_policy: v.supplemental_groups_policy,
            sysctls: opt_vec(v.sysctls),
            windows_options: v.windows_options.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::SecurityContext> for SecurityContext {
    fn from(v: k8s::SecurityContext) -> SecurityContext {
        SecurityContext {
            capabilities: v.capabilities.map(Into::into),
            privileged: v.privileged,
            se_linux_options: v.se_linux_options.map(Into::into),
            windows_options: v.windows_options.map(Into::into),
            run_as_user: v.run_as_user,
            run_as_group: v.run_as_group,
            run_as_non_root: v.run_as_non_root,
            read_only_root_filesystem: v.read_only_root_filesystem,
            allow_privilege_escalation: v.allow_privilege_escalation,
            proc_mount: v.proc_mount,
            seccomp_profile: v.seccomp_profile.map(Into::into),
            app_armor_profile: v.app_armor_profile.map(Into::into),
        }
    }
}

impl From<SecurityContext> for k8s::SecurityContext {
    fn from(v: SecurityContext) -> k8s::SecurityContext {
        k8s::SecurityContext {
            allow_privilege_escalation: v.allow_privilege_escalation,
            app_armor_profile: v.app_armor_profile.map(Into::into),
            capabilities: v.capabilities.map(Into::into),
            privileged: v.privileged,
            proc_mount: v.proc_mount,
            read_only_root_filesystem: v.read_only_root_filesystem,
            run_as_group: v.run_as_group,
            run_as_non_root: v.run_as_non_root,
            run_as_user: v.run_as_user,
            se_linux_options: v.se_linux_options.map(Into::into),
            seccomp_profile: v.seccomp_profile.map(Into::into),
            windows_options: v.windows_options.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::Capabilities> for Capabilities {
    fn from(v: k8s::Capabilities) -> Capabilities {
        Capabilities {
            add: v.add.unwrap_or_default(),
            drop: v.drop.unwrap_or_default(),
        }
    }
}

impl From<Capabilities> for k8s::Capabilities {
    fn from(v: Capabilities) -> k8s::Capabilities {
        k8s::Capabilities {
            add: opt_vec(v.add),
            drop: opt_vec(v.drop),
            ..Default::default()
        }
    }
}

impl From<k8s::SELinuxOptions> for SeLinuxOptions {
    fn from(v: k8s::SELinuxOptions) -> SeLinuxOptions {
        SeLinuxOptions {
            user: v.user.unwrap_or_default(),
            role: v.role.unwrap_or_default(),
            type_: v.type_.unwrap_or_default(),
            level: v.level.unwrap_or_default(),
        }
    }
}

impl From<SeLinuxOptions> for k8s::SELinuxOptions {
    fn from(v: SeLinuxOptions) -> k8s::SELinuxOptions {
        k8s::SELinuxOptions {
            level: opt_string(v.level),
            role: opt_string(v.role),
            type_: opt_string(v.type_),
            user: opt_string(v.user),
            ..Default::default()
        }
    }
}

impl From<k8s::WindowsSecurityContextOptions> for WindowsSecurityContextOptions {
    fn from(v: k8s::WindowsSecurityContextOptions) -> WindowsSecurityContextOptions {
        WindowsSecurityContextOptions {
            gmsa_credential_spec_name: v.gmsa_credential_spec_name,
            gmsa_credential_spec: v.gmsa_credential_spec,
            run_as_user_name: v.run_as_user_name,
            host_process: v.host_process,
        }
    }
}

impl From<WindowsSecurityContextOptions> for k8s::WindowsSecurityContextOptions {
    fn from(v: WindowsSecurityContextOptions) -> k8s::WindowsSecurityContextOptions {
        k8s::WindowsSecurityContextOptions {
            gmsa_credential_spec: v.gmsa_credential_spec,
            gmsa_credential_spec_name: v.gmsa_credential_spec_name,
            host_process: v.host_process,
            run_as_user_name: v.run_as_user_name,
            ..Default::default()
        }
    }
}

impl From<k8s::SeccompProfile> for SeccompProfile {
    fn from(v: k8s::SeccompProfile) -> SeccompProfile {
        SeccompProfile {
            type_: v.type_,
            localhost_profile: v.localhost_profile,
        }
    }
}

impl From<SeccompProfile> for k8s::SeccompProfile {
    fn from(v: SeccompProfile) -> k8s::SeccompProfile {
        k8s::SeccompProfile {
            localhost_profile: v.localhost_profile,
            type_: v.type_,
            ..Default::default()
        }
    }
}

impl From<k8s::AppArmorProfile> for AppArmorProfile {
    fn from(v: k8s::AppArmorProfile) -> AppArmorProfile {
        AppArmorProfile {
            type_: v.type_,
            localhost_profile: v.localhost_profile,
        }
    }
}

impl From<AppArmorProfile> for k8s::AppArmorProfile {
    fn from(v: AppArmorProfile) -> k8s::AppArmorProfile {
        k8s::AppArmorProfile {
            localhost_profile: v.localhost_profile,
            type_: v.type_,
            ..Default::default()
        }
    }
}

impl From<k8s::Sysctl> for Sysctl {
    fn from(v: k8s::Sysctl) -> Sysctl {
        Sysctl {
            name: v.name,
            value: v.value,
        }
    }
}

impl From<Sysctl> for k8s::Sysctl {
    fn from(v: Sysctl) -> k8s::Sysctl {
        k8s::Sysctl {
            name: v.name,
            value: v.value,
            ..Default::default()
        }
    }
}
