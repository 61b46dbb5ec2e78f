//! The parts of a pod inside containers and scheduling: container statuses and states, probes,
//! pod (anti-)affinity and the DNS configuration.

use k8s_openapi::api::core::v1 as k8s;

use super::{non_default, opt_resources, opt_string, opt_vec, resource_list, try_opt, vec_from};
use crate::api::core::{
    Affinity, ContainerState, ContainerStateRunning, ContainerStateTerminated,
    ContainerStateWaiting, ContainerStatus, ExecAction, GrpcAction, HttpGetAction, HttpHeader,
    PodAffinity, PodAffinityTerm, PodDnsConfig, PodDnsConfigOption, Probe, TcpSocketAction,
    WeightedPodAffinityTerm,
};
use crate::interop::ConversionError;

/// The image, user and volume statuses are not modelled and are dropped.
///
/// # Errors
///
/// A quantity in `resources` or `allocatedResources` does not parse.
impl TryFrom<k8s::ContainerStatus> for ContainerStatus {
    type Error = ConversionError;

    fn try_from(s: k8s::ContainerStatus) -> Result<ContainerStatus, ConversionError> {
        Ok(ContainerStatus {
            name: s.name,
            container_id: s.container_id.unwrap_or_default(),
            state: s.state.map(Into::into).unwrap_or_default(),
            last_state: s.last_state.map(Into::into).unwrap_or_default(),
            ready: s.ready,
            restart_count: s.restart_count,
            resources: try_opt(s.resources, "resources")?,
            allocated_resources: resource_list(s.allocated_resources, "allocatedResources")?,
            started: s.started,
        })
    }
}

/// `image` and `imageID`, which k8s-openapi requires, are left empty.
impl From<ContainerStatus> for k8s::ContainerStatus {
    fn from(s: ContainerStatus) -> k8s::ContainerStatus {
        k8s::ContainerStatus {
            name: s.name,
            container_id: opt_string(s.container_id),
            state: non_default(s.state).map(Into::into),
            last_state: non_default(s.last_state).map(Into::into),
            ready: s.ready,
            restart_count: s.restart_count,
            resources: s.resources.map(Into::into),
            allocated_resources: opt_resources(s.allocated_resources),
            started: s.started,
            ..Default::default()
        }
    }
}

impl From<k8s::ContainerState> for ContainerState {
    fn from(s: k8s::ContainerState) -> ContainerState {
        ContainerState {
            waiting: s.waiting.map(|w| ContainerStateWaiting {
                reason: w.reason.unwrap_or_default(),
                message: w.message.unwrap_or_default(),
            }),
            running: s.running.map(|r| ContainerStateRunning {
                started_at: r.started_at.map(Into::into),
            }),
            terminated: s.terminated.map(|t| ContainerStateTerminated {
                exit_code: t.exit_code,
                reason: t.reason.unwrap_or_default(),
                message: t.message.unwrap_or_default(),
            }),
        }
    }
}

impl From<ContainerState> for k8s::ContainerState {
    fn from(s: ContainerState) -> k8s::ContainerState {
        k8s::ContainerState {
            waiting: s.waiting.map(|w| k8s::ContainerStateWaiting {
                reason: opt_string(w.reason),
                message: opt_string(w.message),
                ..Default::default()
            }),
            running: s.running.map(|r| k8s::ContainerStateRunning {
                started_at: r.started_at.map(Into::into),
                ..Default::default()
            }),
            terminated: s.terminated.map(|t| k8s::ContainerStateTerminated {
                exit_code: t.exit_code,
                reason: opt_string(t.reason),
                message: opt_string(t.message),
                ..Default::default()
            }),
            ..Default::default()
        }
    }
}

/// Unset numbers read as `0`, as in Go before defaulting ([`Probe::with_defaults`]).
impl From<k8s::Probe> for Probe {
    fn from(p: k8s::Probe) -> Probe {
        Probe {
            exec: p.exec.map(|e| ExecAction {
                command: e.command.unwrap_or_default(),
            }),
            http_get: p.http_get.map(|h| HttpGetAction {
                path: h.path.unwrap_or_default(),
                port: h.port.into(),
                host: h.host.unwrap_or_default(),
                scheme: h.scheme.unwrap_or_default(),
                http_headers: vec_from(h.http_headers),
            }),
            tcp_socket: p.tcp_socket.map(|t| TcpSocketAction {
                port: t.port.into(),
                host: t.host.unwrap_or_default(),
            }),
            grpc: p.grpc.map(|g| GrpcAction {
                port: g.port,
                service: g.service,
            }),
            initial_delay_seconds: p.initial_delay_seconds.unwrap_or_default(),
            timeout_seconds: p.timeout_seconds.unwrap_or_default(),
            period_seconds: p.period_seconds.unwrap_or_default(),
            success_threshold: p.success_threshold.unwrap_or_default(),
            failure_threshold: p.failure_threshold.unwrap_or_default(),
            termination_grace_period_seconds: p.termination_grace_period_seconds,
        }
    }
}

/// Zero numbers become `None`.
impl From<Probe> for k8s::Probe {
    fn from(p: Probe) -> k8s::Probe {
        k8s::Probe {
            exec: p.exec.map(|e| k8s::ExecAction {
                command: opt_vec(e.command),
                ..Default::default()
            }),
            http_get: p.http_get.map(|h| k8s::HTTPGetAction {
                path: opt_string(h.path),
                port: h.port.into(),
                host: opt_string(h.host),
                scheme: opt_string(h.scheme),
                http_headers: opt_vec(h.http_headers),
                ..Default::default()
            }),
            tcp_socket: p.tcp_socket.map(|t| k8s::TCPSocketAction {
                port: t.port.into(),
                host: opt_string(t.host),
                ..Default::default()
            }),
            grpc: p.grpc.map(|g| k8s::GRPCAction {
                port: g.port,
                service: g.service,
                ..Default::default()
            }),
            initial_delay_seconds: non_default(p.initial_delay_seconds),
            timeout_seconds: non_default(p.timeout_seconds),
            period_seconds: non_default(p.period_seconds),
            success_threshold: non_default(p.success_threshold),
            failure_threshold: non_default(p.failure_threshold),
            termination_grace_period_seconds: p.termination_grace_period_seconds,
            ..Default::default()
        }
    }
}

impl From<k8s::HTTPHeader> for HttpHeader {
    fn from(h: k8s::HTTPHeader) -> HttpHeader {
        HttpHeader {
            name: h.name,
            value: h.value,
        }
    }
}

impl From<HttpHeader> for k8s::HTTPHeader {
    fn from(h: HttpHeader) -> k8s::HTTPHeader {
        k8s::HTTPHeader {
            name: h.name,
            value: h.value,
            ..Default::default()
        }
    }
}

/// Pod affinity and anti-affinity; `nodeAffinity` is not modelled and is dropped.
impl From<k8s::Affinity> for Affinity {
    fn from(a: k8s::Affinity) -> Affinity {
        Affinity {
            pod_affinity: a.pod_affinity.map(|p| PodAffinity {
                required: vec_from(p.required_during_scheduling_ignored_during_execution),
                preferred: vec_from(p.preferred_during_scheduling_ignored_during_execution),
            }),
            pod_anti_affinity: a.pod_anti_affinity.map(|p| PodAffinity {
                required: vec_from(p.required_during_scheduling_ignored_during_execution),
                preferred: vec_from(p.preferred_during_scheduling_ignored_during_execution),
            }),
        }
    }
}

impl From<Affinity> for k8s::Affinity {
    fn from(a: Affinity) -> k8s::Affinity {
        k8s::Affinity {
            pod_affinity: a.pod_affinity.map(|p| k8s::PodAffinity {
                required_during_scheduling_ignored_during_execution: opt_vec(p.required),
                preferred_during_scheduling_ignored_during_execution: opt_vec(p.preferred),
                ..Default::default()
            }),
            pod_anti_affinity: a.pod_anti_affinity.map(|p| k8s::PodAntiAffinity {
                required_during_scheduling_ignored_during_execution: opt_vec(p.required),
                preferred_during_scheduling_ignored_during_execution: opt_vec(p.preferred),
                ..Default::default()
            }),
            ..Default::default()
        }
    }
}

/// `labelSelector`, `matchLabelKeys` and `mismatchLabelKeys` are not modelled and are dropped.
impl From<k8s::PodAffinityTerm> for PodAffinityTerm {
    fn from(t: k8s::PodAffinityTerm) -> PodAffinityTerm {
        PodAffinityTerm {
            namespaces: t.namespaces.unwrap_or_default(),
            namespace_selector: t.namespace_selector.map(Into::into),
            topology_key: t.topology_key,
        }
    }
}

impl From<PodAffinityTerm> for k8s::PodAffinityTerm {
    fn from(t: PodAffinityTerm) -> k8s::PodAffinityTerm {
        k8s::PodAffinityTerm {
            namespaces: opt_vec(t.namespaces),
            namespace_selector: t.namespace_selector.map(Into::into),
            topology_key: t.topology_key,
            ..Default::default()
        }
    }
}

impl From<k8s::WeightedPodAffinityTerm> for WeightedPodAffinityTerm {
    fn from(t: k8s::WeightedPodAffinityTerm) -> WeightedPodAffinityTerm {
        WeightedPodAffinityTerm {
            weight: t.weight,
            pod_affinity_term: t.pod_affinity_term.into(),
        }
    }
}

impl From<WeightedPodAffinityTerm> for k8s::WeightedPodAffinityTerm {
    fn from(t: WeightedPodAffinityTerm) -> k8s::WeightedPodAffinityTerm {
        k8s::WeightedPodAffinityTerm {
            weight: t.weight,
            pod_affinity_term: t.pod_affinity_term.into(),
            ..Default::default()
        }
    }
}

impl From<k8s::PodDNSConfig> for PodDnsConfig {
    fn from(c: k8s::PodDNSConfig) -> PodDnsConfig {
        PodDnsConfig {
            nameservers: c.nameservers.unwrap_or_default(),
            searches: c.searches.unwrap_or_default(),
            options: c
                .options
                .unwrap_or_default()
                .into_iter()
                .map(|o| PodDnsConfigOption {
                    name: o.name.unwrap_or_default(),
                    value: o.value,
                })
                .collect(),
        }
    }
}

impl From<PodDnsConfig> for k8s::PodDNSConfig {
    fn from(c: PodDnsConfig) -> k8s::PodDNSConfig {
        k8s::PodDNSConfig {
            nameservers: opt_vec(c.nameservers),
            searches: opt_vec(c.searches),
            options: (!c.options.is_empty()).then(|| {
                c.options
                    .into_iter()
                    .map(|o| k8s::PodDNSConfigOption {
                        name: opt_string(o.name),
                        value: o.value,
                        ..Default::default()
                    })
                    .collect()
            }),
            ..Default::default()
        }
    }
}
