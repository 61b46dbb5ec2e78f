//! The string values the Kubernetes API uses, as constants named after Go's (`v1.ConditionTrue`
//! is [`condition_status::TRUE`]), so that a typo in a comparison does not compile. The wire
//! types keep these fields as `String`s, as the API serves whatever a client wrote; compare them
//! with these constants.
//!
//! ```
//! use kube_primitives::api::core::{condition_status, pod_condition_type, Pod};
//!
//! let pod: Pod = serde_json::from_str(
//!     r#"{"status": {"conditions": [{"type": "Ready", "status": "True"}]}}"#,
//! ).unwrap();
//! let ready = pod.status.conditions.iter().any(|c| {
//!     c.type_ == pod_condition_type::READY && c.status == condition_status::TRUE
//! });
//! assert!(ready);
//! ```
//!
//! Values from `k8s.io/api/core/v1/types.go` (v0.36.3).

macro_rules! vocabulary {
    ($(#[$doc:meta])* $module:ident { $($(#[$cdoc:meta])* $go:literal $name:ident = $value:literal;)* }) => {
        $(#[$doc])*
        pub mod $module {
            $(
                $(#[$cdoc])*
                #[doc = concat!("`", $value, "` (Go's `", $go, "`).")]
                #[doc(alias = $go)]
                pub const $name: &str = $value;
            )*
        }
    };
}
pub(crate) use vocabulary;

vocabulary!(
    /// `ConditionStatus`: the status of a pod or node condition.
    condition_status {
        "ConditionTrue" TRUE = "True";
        "ConditionFalse" FALSE = "False";
        "ConditionUnknown" UNKNOWN = "Unknown";
    }
);

vocabulary!(
    /// `PodConditionType`: the conditions of a pod.
    pod_condition_type {
        "PodScheduled" POD_SCHEDULED = "PodScheduled";
        "PodReadyToStartContainers" POD_READY_TO_START_CONTAINERS = "PodReadyToStartContainers";
        "PodInitialized" INITIALIZED = "Initialized";
        "PodReady" READY = "Ready";
        "ContainersReady" CONTAINERS_READY = "ContainersReady";
        "DisruptionTarget" DISRUPTION_TARGET = "DisruptionTarget";
        "PodResizePending" POD_RESIZE_PENDING = "PodResizePending";
        "PodResizeInProgress" POD_RESIZE_IN_PROGRESS = "PodResizeInProgress";
    }
);

vocabulary!(
    /// `NodeConditionType`: the conditions of a node.
    node_condition_type {
        "NodeReady" READY = "Ready";
        "NodeMemoryPressure" MEMORY_PRESSURE = "MemoryPressure";
        "NodeDiskPressure" DISK_PRESSURE = "DiskPressure";
        "NodePIDPressure" PID_PRESSURE = "PIDPressure";
        "NodeNetworkUnavailable" NETWORK_UNAVAILABLE = "NetworkUnavailable";
    }
);

vocabulary!(
    /// `PodPhase`, as strings (see also `probe::PodPhase`).
    pod_phase {
        "PodPending" PENDING = "Pending";
        "PodRunning" RUNNING = "Running";
        "PodSucceeded" SUCCEEDED = "Succeeded";
        "PodFailed" FAILED = "Failed";
        "PodUnknown" UNKNOWN = "Unknown";
    }
);

vocabulary!(
    /// `TaintEffect`.
    taint_effect {
        "TaintEffectNoSchedule" NO_SCHEDULE = "NoSchedule";
        "TaintEffectPreferNoSchedule" PREFER_NO_SCHEDULE = "PreferNoSchedule";
        "TaintEffectNoExecute" NO_EXECUTE = "NoExecute";
    }
);

vocabulary!(
    /// `TolerationOperator`.
    toleration_operator {
        "TolerationOpExists" EXISTS = "Exists";
        "TolerationOpEqual" EQUAL = "Equal";
        "TolerationOpLt" LT = "Lt";
        "TolerationOpGt" GT = "Gt";
    }
);

vocabulary!(
    /// `NodeSelectorOperator` (and, without `Gt`/`Lt`, `LabelSelectorOperator` and
    /// `ScopeSelectorOperator`).
    selector_operator {
        "NodeSelectorOpIn" IN = "In";
        "NodeSelectorOpNotIn" NOT_IN = "NotIn";
        "NodeSelectorOpExists" EXISTS = "Exists";
        "NodeSelectorOpDoesNotExist" DOES_NOT_EXIST = "DoesNotExist";
        "NodeSelectorOpGt" GT = "Gt";
        "NodeSelectorOpLt" LT = "Lt";
    }
);

vocabulary!(
    /// `ServiceType`.
    service_type {
        "ServiceTypeClusterIP" CLUSTER_IP = "ClusterIP";
        "ServiceTypeNodePort" NODE_PORT = "NodePort";
        "ServiceTypeLoadBalancer" LOAD_BALANCER = "LoadBalancer";
        "ServiceTypeExternalName" EXTERNAL_NAME = "ExternalName";
    }
);

vocabulary!(
    /// `Protocol` of a port.
    protocol {
        "ProtocolTCP" TCP = "TCP";
        "ProtocolUDP" UDP = "UDP";
        "ProtocolSCTP" SCTP = "SCTP";
    }
);

vocabulary!(
    /// `ServiceAffinity`.
    service_affinity {
        "ServiceAffinityClientIP" CLIENT_IP = "ClientIP";
        "ServiceAffinityNone" NONE = "None";
    }
);

vocabulary!(
    /// `ServiceExternalTrafficPolicy` and `ServiceInternalTrafficPolicy`.
    traffic_policy {
        "ServiceExternalTrafficPolicyCluster" CLUSTER = "Cluster";
        "ServiceExternalTrafficPolicyLocal" LOCAL = "Local";
    }
);

vocabulary!(
    /// `IPFamily`.
    ip_family {
        "IPv4Protocol" IPV4 = "IPv4";
        "IPv6Protocol" IPV6 = "IPv6";
    }
);

vocabulary!(
    /// `RestartPolicy` of a pod, and `ContainerRestartPolicy` (`Always` only: a sidecar).
    restart_policy {
        "RestartPolicyAlways" ALWAYS = "Always";
        "RestartPolicyOnFailure" ON_FAILURE = "OnFailure";
        "RestartPolicyNever" NEVER = "Never";
    }
);

vocabulary!(
    /// `DNSPolicy`.
    dns_policy {
        "DNSClusterFirstWithHostNet" CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet";
        "DNSClusterFirst" CLUSTER_FIRST = "ClusterFirst";
        "DNSDefault" DEFAULT = "Default";
        "DNSNone" NONE = "None";
    }
);

vocabulary!(
    /// `PullPolicy` of a container image.
    pull_policy {
        "PullAlways" ALWAYS = "Always";
        "PullNever" NEVER = "Never";
        "PullIfNotPresent" IF_NOT_PRESENT = "IfNotPresent";
    }
);

vocabulary!(
    /// `ResourceQuotaScope`.
    quota_scope {
        "ResourceQuotaScopeTerminating" TERMINATING = "Terminating";
        "ResourceQuotaScopeNotTerminating" NOT_TERMINATING = "NotTerminating";
        "ResourceQuotaScopeBestEffort" BEST_EFFORT = "BestEffort";
        "ResourceQuotaScopeNotBestEffort" NOT_BEST_EFFORT = "NotBestEffort";
        "ResourceQuotaScopePriorityClass" PRIORITY_CLASS = "PriorityClass";
        "ResourceQuotaScopeCrossNamespacePodAffinity" CROSS_NAMESPACE_POD_AFFINITY = "CrossNamespacePodAffinity";
        "ResourceQuotaScopeVolumeAttributesClass" VOLUME_ATTRIBUTES_CLASS = "VolumeAttributesClass";
    }
);

/// The `clusterIP` of a headless service, `None` (Go's `ClusterIPNone`).
#[doc(alias = "ClusterIPNone")]
pub const CLUSTER_IP_NONE: &str = "None";
