//! Containers: ports, resources, environment, probes and lifecycle hooks.
//!
//! Generated field by field from k8s-openapi's types and ours; see the module root for the
//! conventions.

use k8s_openapi::api::core::v1 as k8s;

use super::{
    non_default, opt_resources, opt_string, opt_vec, resource_list, try_opt, try_quantity, try_vec,
    vec_from,
};
use crate::api::core::{
    ConfigMapEnvSource, ConfigMapKeySelector, Container, ContainerPort, ContainerResizePolicy,
    EnvFromSource, EnvVar, EnvVarSource, EphemeralContainer, ExecAction, GrpcAction, HttpGetAction,
    HttpHeader, Lifecycle, LifecycleHandler, LocalObjectReference, ObjectFieldSelector, Probe,
    ResourceClaim, ResourceFieldSelector, ResourceRequirements, SecretEnvSource, SecretKeySelector,
    SleepAction, TcpSocketAction, VolumeDevice, VolumeMount,
};
use crate::interop::ConversionError;

/// `restartPolicyRules`: not in every k8s-openapi version this crate supports; left empty.
impl TryFrom<k8s::Container> for Container {
    type Error = ConversionError;

    fn try_from(v: k8s::Container) -> Result<Container, ConversionError> {
        Ok(Container {
            name: v.name,
            image: v.image.unwrap_or_default(),
            command: v.command.unwrap_or_default(),
            args: v.args.unwrap_or_default(),
            working_dir: v.working_dir.unwrap_or_default(),
            ports: vec_from(v.ports),
            env_from: vec_from(v.env_from),
            env: try_vec(v.env, "env")?,
            resources: try_opt(v.resources, "resources")?.unwrap_or_default(),
            resize_policy: vec_from(v.resize_policy),
            restart_policy: v.restart_policy,
            restart_policy_rules: Default::default(),
            volume_mounts: vec_from(v.volume_mounts),
            volume_devices: vec_from(v.volume_devices),
            liveness_probe: v.liveness_probe.map(Into::into),
            readiness_probe: v.readiness_probe.map(Into::into),
            startup_probe: v.startup_probe.map(Into::into),
            lifecycle: v.lifecycle.map(Into::into),
            termination_message_path: v.termination_message_path.unwrap_or_default(),
            termination_message_policy: v.termination_message_policy.unwrap_or_default(),
            image_pull_policy: v.image_pull_policy.unwrap_or_default(),
            security_context: v.security_context.map(Into::into),
            stdin: v.stdin.unwrap_or_default(),
            stdin_once: v.stdin_once.unwrap_or_default(),
            tty: v.tty.unwrap_or_default(),
        })
    }
}

/// `restartPolicyRules`: not in every k8s-openapi version this crate supports; dropped.
impl From<Container> for k8s::Container {
    fn from(v: Container) -> k8s::Container {
        k8s::Container {
            args: opt_vec(v.args),
            command: opt_vec(v.command),
            env: opt_vec(v.env),
            env_from: opt_vec(v.env_from),
            image: opt_string(v.image),
            image_pull_policy: opt_string(v.image_pull_policy),
            lifecycle: v.lifecycle.map(Into::into),
            liveness_probe: v.liveness_probe.map(Into::into),
            name: v.name,
            ports: opt_vec(v.ports),
            readiness_probe: v.readiness_probe.map(Into::into),
            resize_policy: opt_vec(v.resize_policy),
            resources: non_default(v.resources).map(Into::into),
            restart_policy: v.restart_policy,
            security_context: v.security_context.map(Into::into),
            startup_probe: v.startup_probe.map(Into::into),
            stdin: non_default(v.stdin),
            stdin_once: non_default(v.stdin_once),
            termination_message_path: opt_string(v.termination_message_path),
            termination_message_policy: opt_string(v.termination_message_policy),
            tty: non_default(v.tty),
            volume_devices: opt_vec(v.volume_devices),
            volume_mounts: opt_vec(v.volume_mounts),
            working_dir: opt_string(v.working_dir),
            ..Default::default()
        }
    }
}

impl From<k8s::ContainerPort> for ContainerPort {
    fn from(v: k8s::ContainerPort) -> ContainerPort {
        ContainerPort {
            name: v.name.unwrap_or_default(),
            host_port: v.host_port.unwrap_or_default(),
            container_port: v.container_port,
            protocol: v.protocol.unwrap_or_default(),
            host_ip: v.host_ip.unwrap_or_default(),
        }
    }
}

impl From<ContainerPort> for k8s::ContainerPort {
    fn from(v: ContainerPort) -> k8s::ContainerPort {
        k8s::ContainerPort {
            container_port: v.container_port,
            host_ip: opt_string(v.host_ip),
            host_port: non_default(v.host_port),
            name: opt_string(v.name),
            protocol: opt_string(v.protocol),
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::ResourceRequirements> for ResourceRequirements {
    type Error = ConversionError;

    fn try_from(v: k8s::ResourceRequirements) -> Result<ResourceRequirements, ConversionError> {
        Ok(ResourceRequirements {
            limits: resource_list(v.limits, "limits")?,
            requests: resource_list(v.requests, "requests")?,
            claims: vec_from(v.claims),
        })
    }
}

impl From<ResourceRequirements> for k8s::ResourceRequirements {
    fn from(v: ResourceRequirements) -> k8s::ResourceRequirements {
        k8s::ResourceRequirements {
            claims: opt_vec(v.claims),
            limits: opt_resources(v.limits),
            requests: opt_resources(v.requests),
            ..Default::default()
        }
    }
}

impl From<k8s::ResourceClaim> for ResourceClaim {
    fn from(v: k8s::ResourceClaim) -> ResourceClaim {
        ResourceClaim {
            name: v.name,
            request: v.request.unwrap_or_default(),
        }
    }
}

impl From<ResourceClaim> for k8s::ResourceClaim {
    fn from(v: ResourceClaim) -> k8s::ResourceClaim {
        k8s::ResourceClaim {
            name: v.name,
            request: opt_string(v.request),
            ..Default::default()
        }
    }
}

impl From<k8s::ContainerResizePolicy> for ContainerResizePolicy {
    fn from(v: k8s::ContainerResizePolicy) -> ContainerResizePolicy {
        ContainerResizePolicy {
            resource_name: v.resource_name,
            restart_policy: v.restart_policy,
        }
    }
}

impl From<ContainerResizePolicy> for k8s::ContainerResizePolicy {
    fn from(v: ContainerResizePolicy) -> k8s::ContainerResizePolicy {
        k8s::ContainerResizePolicy {
            resource_name: v.resource_name,
            restart_policy: v.restart_policy,
            ..Default::default()
        }
    }
}

impl From<k8s::VolumeMount> for VolumeMount {
    fn from(v: k8s::VolumeMount) -> VolumeMount {
        VolumeMount {
            name: v.name,
            read_only: v.read_only.unwrap_or_default(),
            recursive_read_only: v.recursive_read_only,
            mount_path: v.mount_path,
            sub_path: v.sub_path.unwrap_or_default(),
            mount_propagation: v.mount_propagation,
            sub_path_expr: v.sub_path_expr.unwrap_or_default(),
        }
    }
}

impl From<VolumeMount> for k8s::VolumeMount {
    fn from(v: VolumeMount) -> k8s::VolumeMount {
        k8s::VolumeMount {
            mount_path: v.mount_path,
            mount_propagation: v.mount_propagation,
            name: v.name,
            read_only: non_default(v.read_only),
            recursive_read_only: v.recursive_read_only,
            sub_path: opt_string(v.sub_path),
            sub_path_expr: opt_string(v.sub_path_expr),
            ..Default::default()
        }
    }
}

impl From<k8s::VolumeDevice> for VolumeDevice {
    fn from(v: k8s::VolumeDevice) -> VolumeDevice {
        VolumeDevice {
            name: v.name,
            device_path: v.device_path,
        }
    }
}

impl From<VolumeDevice> for k8s::VolumeDevice {
    fn from(v: VolumeDevice) -> k8s::VolumeDevice {
        k8s::VolumeDevice {
            device_path: v.device_path,
            name: v.name,
            ..Default::default()
        }
    }
}

/// `restartPolicyRules`: not in every k8s-openapi version this crate supports; left empty.
impl TryFrom<k8s::EphemeralContainer> for EphemeralContainer {
    type Error = ConversionError;

    fn try_from(v: k8s::EphemeralContainer) -> Result<EphemeralContainer, ConversionError> {
        Ok(EphemeralContainer {
            name: v.name,
            image: v.image.unwrap_or_default(),
            command: v.command.unwrap_or_default(),
            args: v.args.unwrap_or_default(),
            working_dir: v.working_dir.unwrap_or_default(),
            ports: vec_from(v.ports),
            env_from: vec_from(v.env_from),
            env: try_vec(v.env, "env")?,
            resources: try_opt(v.resources, "resources")?.unwrap_or_default(),
            resize_policy: vec_from(v.resize_policy),
            restart_policy: v.restart_policy,
            restart_policy_rules: Default::default(),
            volume_mounts: vec_from(v.volume_mounts),
            volume_devices: vec_from(v.volume_devices),
            liveness_probe: v.liveness_probe.map(Into::into),
            readiness_probe: v.readiness_probe.map(Into::into),
            startup_probe: v.startup_probe.map(Into::into),
            lifecycle: v.lifecycle.map(Into::into),
            termination_message_path: v.termination_message_path.unwrap_or_default(),
            termination_message_policy: v.termination_message_policy.unwrap_or_default(),
            image_pull_policy: v.image_pull_policy.unwrap_or_default(),
            security_context: v.security_context.map(Into::into),
            stdin: v.stdin.unwrap_or_default(),
            stdin_once: v.stdin_once.unwrap_or_default(),
            tty: v.tty.unwrap_or_default(),
            target_container_name: v.target_container_name.unwrap_or_default(),
        })
    }
}

/// `restartPolicyRules`: not in every k8s-openapi version this crate supports; dropped.
impl From<EphemeralContainer> for k8s::EphemeralContainer {
    fn from(v: EphemeralContainer) -> k8s::EphemeralContainer {
        k8s::EphemeralContainer {
            args: opt_vec(v.args),
            command: opt_vec(v.command),
            env: opt_vec(v.env),
            env_from: opt_vec(v.env_from),
            image: opt_string(v.image),
            image_pull_policy: opt_string(v.image_pull_policy),
            lifecycle: v.lifecycle.map(Into::into),
            liveness_probe: v.liveness_probe.map(Into::into),
            name: v.name,
            ports: opt_vec(v.ports),
            readiness_probe: v.readiness_probe.map(Into::into),
            resize_policy: opt_vec(v.resize_policy),
            resources: non_default(v.resources).map(Into::into),
            restart_policy: v.restart_policy,
            security_context: v.security_context.map(Into::into),
            startup_probe: v.startup_probe.map(Into::into),
            stdin: non_default(v.stdin),
            stdin_once: non_default(v.stdin_once),
            target_container_name: opt_string(v.target_container_name),
            termination_message_path: opt_string(v.termination_message_path),
            termination_message_policy: opt_string(v.termination_message_policy),
            tty: non_default(v.tty),
            volume_devices: opt_vec(v.volume_devices),
            volume_mounts: opt_vec(v.volume_mounts),
            working_dir: opt_string(v.working_dir),
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::EnvVar> for EnvVar {
    type Error = ConversionError;

    fn try_from(v: k8s::EnvVar) -> Result<EnvVar, ConversionError> {
        Ok(EnvVar {
            name: v.name,
            value: v.value.unwrap_or_default(),
            value_from: try_opt(v.value_from, "valueFrom")?,
        })
    }
}

impl From<EnvVar> for k8s::EnvVar {
    fn from(v: EnvVar) -> k8s::EnvVar {
        k8s::EnvVar {
            name: v.name,
            value: opt_string(v.value),
            value_from: v.value_from.map(Into::into),
            ..Default::default()
        }
    }
}

/// `fileKeyRef`: not in every k8s-openapi version this crate supports; left empty.
impl TryFrom<k8s::EnvVarSource> for EnvVarSource {
    type Error = ConversionError;

    fn try_from(v: k8s::EnvVarSource) -> Result<EnvVarSource, ConversionError> {
        Ok(EnvVarSource {
            field_ref: v.field_ref.map(Into::into),
            resource_field_ref: try_opt(v.resource_field_ref, "resourceFieldRef")?,
            config_map_key_ref: v.config_map_key_ref.map(Into::into),
            secret_key_ref: v.secret_key_ref.map(Into::into),
            file_key_ref: Default::default(),
        })
    }
}

/// `fileKeyRef`: not in every k8s-openapi version this crate supports; dropped.
impl From<EnvVarSource> for k8s::EnvVarSource {
    fn from(v: EnvVarSource) -> k8s::EnvVarSource {
        k8s::EnvVarSource {
            config_map_key_ref: v.config_map_key_ref.map(Into::into),
            field_ref: v.field_ref.map(Into::into),
            resource_field_ref: v.resource_field_ref.map(Into::into),
            secret_key_ref: v.secret_key_ref.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::ConfigMapKeySelector> for ConfigMapKeySelector {
    fn from(v: k8s::ConfigMapKeySelector) -> ConfigMapKeySelector {
        ConfigMapKeySelector {
            name: v.name,
            key: v.key,
            optional: v.optional,
        }
    }
}

impl From<ConfigMapKeySelector> for k8s::ConfigMapKeySelector {
    fn from(v: ConfigMapKeySelector) -> k8s::ConfigMapKeySelector {
        k8s::ConfigMapKeySelector {
            key: v.key,
            name: v.name,
            optional: v.optional,
            ..Default::default()
        }
    }
}

impl From<k8s::SecretKeySelector> for SecretKeySelector {
    fn from(v: k8s::SecretKeySelector) -> SecretKeySelector {
        SecretKeySelector {
            name: v.name,
            key: v.key,
            optional: v.optional,
        }
    }
}

impl From<SecretKeySelector> for k8s::SecretKeySelector {
    fn from(v: SecretKeySelector) -> k8s::SecretKeySelector {
        k8s::SecretKeySelector {
            key: v.key,
            name: v.name,
            optional: v.optional,
            ..Default::default()
        }
    }
}

impl From<k8s::ObjectFieldSelector> for ObjectFieldSelector {
    fn from(v: k8s::ObjectFieldSelector) -> ObjectFieldSelector {
        ObjectFieldSelector {
            api_version: v.api_version.unwrap_or_default(),
            field_path: v.field_path,
        }
    }
}

impl From<ObjectFieldSelector> for k8s::ObjectFieldSelector {
    fn from(v: ObjectFieldSelector) -> k8s::ObjectFieldSelector {
        k8s::ObjectFieldSelector {
            api_version: opt_string(v.api_version),
            field_path: v.field_path,
            ..Default::default()
        }
    }
}

impl TryFrom<k8s::ResourceFieldSelector> for ResourceFieldSelector {
    type Error = ConversionError;

    fn try_from(v: k8s::ResourceFieldSelector) -> Result<ResourceFieldSelector, ConversionError> {
        Ok(ResourceFieldSelector {
            container_name: v.container_name.unwrap_or_default(),
            resource: v.resource,
            divisor: try_quantity(v.divisor, "divisor")?.unwrap_or_default(),
        })
    }
}

impl From<ResourceFieldSelector> for k8s::ResourceFieldSelector {
    fn from(v: ResourceFieldSelector) -> k8s::ResourceFieldSelector {
        k8s::ResourceFieldSelector {
            container_name: opt_string(v.container_name),
            divisor: Some(v.divisor.into()),
            resource: v.resource,
            ..Default::default()
        }
    }
}

impl From<k8s::EnvFromSource> for EnvFromSource {
    fn from(v: k8s::EnvFromSource) -> EnvFromSource {
        EnvFromSource {
            prefix: v.prefix.unwrap_or_default(),
            config_map_ref: v.config_map_ref.map(Into::into),
            secret_ref: v.secret_ref.map(Into::into),
        }
    }
}

impl From<EnvFromSource> for k8s::EnvFromSource {
    fn from(v: EnvFromSource) -> k8s::EnvFromSource {
        k8s::EnvFromSource {
            config_map_ref: v.config_map_ref.map(Into::into),
            prefix: opt_string(v.prefix),
            secret_ref: v.secret_ref.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::ConfigMapEnvSource> for ConfigMapEnvSource {
    fn from(v: k8s::ConfigMapEnvSource) -> ConfigMapEnvSource {
        ConfigMapEnvSource {
            name: v.name,
            optional: v.optional,
        }
    }
}

impl From<ConfigMapEnvSource> for k8s::ConfigMapEnvSource {
    fn from(v: ConfigMapEnvSource) -> k8s::ConfigMapEnvSource {
        k8s::ConfigMapEnvSource {
            name: v.name,
            optional: v.optional,
            ..Default::default()
        }
    }
}

impl From<k8s::SecretEnvSource> for SecretEnvSource {
    fn from(v: k8s::SecretEnvSource) -> SecretEnvSource {
        SecretEnvSource {
            name: v.name,
            optional: v.optional,
        }
    }
}

impl From<SecretEnvSource> for k8s::SecretEnvSource {
    fn from(v: SecretEnvSource) -> k8s::SecretEnvSource {
        k8s::SecretEnvSource {
            name: v.name,
            optional: v.optional,
            ..Default::default()
        }
    }
}

impl From<k8s::LocalObjectReference> for LocalObjectReference {
    fn from(v: k8s::LocalObjectReference) -> LocalObjectReference {
        LocalObjectReference { name: v.name }
    }
}

impl From<LocalObjectReference> for k8s::LocalObjectReference {
    fn from(v: LocalObjectReference) -> k8s::LocalObjectReference {
        k8s::LocalObjectReference {
            name: v.name,
            ..Default::default()
        }
    }
}

impl From<k8s::Lifecycle> for Lifecycle {
    fn from(v: k8s::Lifecycle) -> Lifecycle {
        Lifecycle {
            post_start: v.post_start.map(Into::into),
            pre_stop: v.pre_stop.map(Into::into),
            stop_signal: v.stop_signal,
        }
    }
}

impl From<Lifecycle> for k8s::Lifecycle {
    fn from(v: Lifecycle) -> k8s::Lifecycle {
        k8s::Lifecycle {
            post_start: v.post_start.map(Into::into),
            pre_stop: v.pre_stop.map(Into::into),
            stop_signal: v.stop_signal,
            ..Default::default()
        }
    }
}

impl From<k8s::LifecycleHandler> for LifecycleHandler {
    fn from(v: k8s::LifecycleHandler) -> LifecycleHandler {
        LifecycleHandler {
            exec: v.exec.map(Into::into),
            http_get: v.http_get.map(Into::into),
            tcp_socket: v.tcp_socket.map(Into::into),
            sleep: v.sleep.map(Into::into),
        }
    }
}

impl From<LifecycleHandler> for k8s::LifecycleHandler {
    fn from(v: LifecycleHandler) -> k8s::LifecycleHandler {
        k8s::LifecycleHandler {
            exec: v.exec.map(Into::into),
            http_get: v.http_get.map(Into::into),
            sleep: v.sleep.map(Into::into),
            tcp_socket: v.tcp_socket.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<k8s::SleepAction> for SleepAction {
    fn from(v: k8s::SleepAction) -> SleepAction {
        SleepAction { seconds: v.seconds }
    }
}

impl From<SleepAction> for k8s::SleepAction {
    fn from(v: SleepAction) -> k8s::SleepAction {
        k8s::SleepAction {
            seconds: v.seconds,
            ..Default::default()
        }
    }
}

impl From<k8s::Probe> for Probe {
    fn from(v: k8s::Probe) -> Probe {
        Probe {
            exec: v.exec.map(Into::into),
            http_get: v.http_get.map(Into::into),
            tcp_socket: v.tcp_socket.map(Into::into),
            grpc: v.grpc.map(Into::into),
            initial_delay_seconds: v.initial_delay_seconds.unwrap_or_default(),
            timeout_seconds: v.timeout_seconds.unwrap_or_default(),
            period_seconds: v.period_seconds.unwrap_or_default(),
            success_threshold: v.success_threshold.unwrap_or_default(),
            failure_threshold: v.failure_threshold.unwrap_or_default(),
            termination_grace_period_seconds: v.termination_grace_period_seconds,
        }
    }
}

impl From<Probe> for k8s::Probe {
    fn from(v: Probe) -> k8s::Probe {
        k8s::Probe {
            exec: v.exec.map(Into::into),
            failure_threshold: non_default(v.failure_threshold),
            grpc: v.grpc.map(Into::into),
            http_get: v.http_get.map(Into::into),
            initial_delay_seconds: non_default(v.initial_delay_seconds),
            period_seconds: non_default(v.period_seconds),
            success_threshold: non_default(v.success_threshold),
            tcp_socket: v.tcp_socket.map(Into::into),
            termination_grace_period_seconds: v.termination_grace_period_seconds,
            timeout_seconds: non_default(v.timeout_seconds),
            ..Default::default()
        }
    }
}

impl From<k8s::ExecAction> for ExecAction {
    fn from(v: k8s::ExecAction) -> ExecAction {
        ExecAction {
            command: v.command.unwrap_or_default(),
        }
    }
}

impl From<ExecAction> for k8s::ExecAction {
    fn from(v: ExecAction) -> k8s::ExecAction {
        k8s::ExecAction {
            command: opt_vec(v.command),
            ..Default::default()
        }
    }
}

impl From<k8s::HTTPGetAction> for HttpGetAction {
    fn from(v: k8s::HTTPGetAction) -> HttpGetAction {
        HttpGetAction {
            path: v.path.unwrap_or_default(),
            port: v.port.into(),
            host: v.host.unwrap_or_default(),
            scheme: v.scheme.unwrap_or_default(),
            http_headers: vec_from(v.http_headers),
        }
    }
}

impl From<HttpGetAction> for k8s::HTTPGetAction {
    fn from(v: HttpGetAction) -> k8s::HTTPGetAction {
        k8s::HTTPGetAction {
            host: opt_string(v.host),
            http_headers: opt_vec(v.http_headers),
            path: opt_string(v.path),
            port: v.port.into(),
            scheme: opt_string(v.scheme),
            ..Default::default()
        }
    }
}

impl From<k8s::HTTPHeader> for HttpHeader {
    fn from(v: k8s::HTTPHeader) -> HttpHeader {
        HttpHeader {
            name: v.name,
            value: v.value,
        }
    }
}

impl From<HttpHeader> for k8s::HTTPHeader {
    fn from(v: HttpHeader) -> k8s::HTTPHeader {
        k8s::HTTPHeader {
            name: v.name,
            value: v.value,
            ..Default::default()
        }
    }
}

impl From<k8s::TCPSocketAction> for TcpSocketAction {
    fn from(v: k8s::TCPSocketAction) -> TcpSocketAction {
        TcpSocketAction {
            port: v.port.into(),
            host: v.host.unwrap_or_default(),
        }
    }
}

impl From<TcpSocketAction> for k8s::TCPSocketAction {
    fn from(v: TcpSocketAction) -> k8s::TCPSocketAction {
        k8s::TCPSocketAction {
            host: opt_string(v.host),
            port: v.port.into(),
            ..Default::default()
        }
    }
}

impl From<k8s::GRPCAction> for GrpcAction {
    fn from(v: k8s::GRPCAction) -> GrpcAction {
        GrpcAction {
            port: v.port,
            service: v.service,
        }
    }
}

impl From<GrpcAction> for k8s::GRPCAction {
    fn from(v: GrpcAction) -> k8s::GRPCAction {
        k8s::GRPCAction {
            port: v.port,
            service: v.service,
            ..Default::default()
        }
    }
}
