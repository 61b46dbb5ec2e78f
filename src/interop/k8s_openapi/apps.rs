//! `apps/v1`: `Deployment`, `ReplicaSet`, `StatefulSet` and `DaemonSet`.
//!
//! Generated field by field from k8s-openapi's types and ours; see the module root for the
//! conventions.

use alloc::string::String;

use k8s_openapi::api::apps::v1 as apps;

use super::{non_default, opt_string, opt_vec, try_one, try_opt, try_vec, unwrap, vec_from, wrap};
use crate::api::apps::{
    DaemonSet, DaemonSetCondition, DaemonSetSpec, DaemonSetStatus, DaemonSetUpdateStrategy,
    Deployment, DeploymentCondition, DeploymentSpec, DeploymentStatus, DeploymentStrategy,
    ReplicaSet, ReplicaSetCondition, ReplicaSetSpec, ReplicaSetStatus, RollingUpdateDaemonSet,
    RollingUpdateDeployment, RollingUpdateStatefulSetStrategy, StatefulSet, StatefulSetCondition,
    StatefulSetOrdinals, StatefulSetPersistentVolumeClaimRetentionPolicy, StatefulSetSpec,
    StatefulSetStatus, StatefulSetUpdateStrategy,
};
use crate::interop::ConversionError;

impl TryFrom<apps::Deployment> for Deployment {
    type Error = ConversionError;

    fn try_from(v: apps::Deployment) -> Result<Deployment, ConversionError> {
        Ok(Deployment {
            kind: <apps::Deployment as k8s_openapi::Resource>::KIND.into(),
            api_version: <apps::Deployment as k8s_openapi::Resource>::API_VERSION.into(),
            metadata: v.metadata.into(),
            spec: try_one(unwrap::<apps::DeploymentSpec, _>(v.spec), "spec")?,
            status: v.status.map(Into::into).unwrap_or_default(),
        })
    }
}

impl From<Deployment> for apps::Deployment {
    fn from(v: Deployment) -> apps::Deployment {
        apps::Deployment {
            metadata: v.metadata.into(),
            spec: wrap::<apps::DeploymentSpec, _>(v.spec.into()),
            status: non_default(v.status).map(Into::into),
            ..Default::default()
        }
    }
}

impl TryFrom<apps::DeploymentSpec> for DeploymentSpec {
    type Error = ConversionError;

    fn try_from(v: apps::DeploymentSpec) -> Result<DeploymentSpec, ConversionError> {
        Ok(DeploymentSpec {
            replicas: v.replicas,
            selector: Some(v.selector.into()),
            template: try_one(v.template, "template")?,
            strategy: v.strategy.map(Into::into).unwrap_or_default(),
            min_ready_seconds: v.min_ready_seconds.unwrap_or_default(),
            revision_history_limit: v.revision_history_limit,
            paused: v.paused.unwrap_or_default(),
            progress_deadline_seconds: v.progress_deadline_seconds,
        })
    }
}

impl From<DeploymentSpec> for apps::DeploymentSpec {
    fn from(v: DeploymentSpec) -> apps::DeploymentSpec {
        apps::DeploymentSpec {
            min_ready_seconds: non_default(v.min_ready_seconds),
            paused: non_default(v.paused),
            progress_deadline_seconds: v.progress_deadline_seconds,
            replicas: v.replicas,
            revision_history_limit: v.revision_history_limit,
            selector: v.selector.map(Into::into).unwrap_or_default(),
            strategy: non_default(v.strategy).map(Into::into),
            template: v.template.into(),
            ..Default::default()
        }
    }
}

impl From<apps::DeploymentStrategy> for DeploymentStrategy {
    fn from(v: apps::DeploymentStrategy) -> DeploymentStrategy {
        DeploymentStrategy {
            type_: v.type_.unwrap_or_default(),
            rolling_update: v.rolling_update.map(Into::into),
        }
    }
}

impl From<DeploymentStrategy> for apps::DeploymentStrategy {
    fn from(v: DeploymentStrategy) -> apps::DeploymentStrategy {
        apps::DeploymentStrategy {
            rolling_update: v.rolling_update.map(Into::into),
            type_: opt_string(v.type_),
            ..Default::default()
        }
    }
}

impl From<apps::RollingUpdateDeployment> for RollingUpdateDeployment {
    fn from(v: apps::RollingUpdateDeployment) -> RollingUpdateDeployment {
        RollingUpdateDeployment {
            max_unavailable: v.max_unavailable.map(Into::into),
            max_surge: v.max_surge.map(Into::into),
        }
    }
}

impl From<RollingUpdateDeployment> for apps::RollingUpdateDeployment {
    fn from(v: RollingUpdateDeployment) -> apps::RollingUpdateDeployment {
        apps::RollingUpdateDeployment {
            max_surge: v.max_surge.map(Into::into),
            max_unavailable: v.max_unavailable.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<apps::DeploymentStatus> for DeploymentStatus {
    fn from(v: apps::DeploymentStatus) -> DeploymentStatus {
        DeploymentStatus {
            observed_generation: v.observed_generation.unwrap_or_default(),
            replicas: v.replicas.unwrap_or_default(),
            updated_replicas: v.updated_replicas.unwrap_or_default(),
            ready_replicas: v.ready_replicas.unwrap_or_default(),
            available_replicas: v.available_replicas.unwrap_or_default(),
            unavailable_replicas: v.unavailable_replicas.unwrap_or_default(),
            terminating_replicas: v.terminating_replicas,
            conditions: vec_from(v.conditions),
            collision_count: v.collision_count,
        }
    }
}

impl From<DeploymentStatus> for apps::DeploymentStatus {
    fn from(v: DeploymentStatus) -> apps::DeploymentStatus {
        apps::DeploymentStatus {
            available_replicas: non_default(v.available_replicas),
            collision_count: v.collision_count,
            conditions: opt_vec(v.conditions),
            observed_generation: non_default(v.observed_generation),
            ready_replicas: non_default(v.ready_replicas),
            replicas: non_default(v.replicas),
            terminating_replicas: v.terminating_replicas,
            unavailable_replicas: non_default(v.unavailable_replicas),
            updated_replicas: non_default(v.updated_replicas),
            ..Default::default()
        }
    }
}

impl From<apps::DeploymentCondition> for DeploymentCondition {
    fn from(v: apps::DeploymentCondition) -> DeploymentCondition {
        DeploymentCondition {
            type_: unwrap::<String, _>(v.type_),
            status: unwrap::<String, _>(v.status),
            last_update_time: v.last_update_time.map(Into::into),
            last_transition_time: v.last_transition_time.map(Into::into),
            reason: v.reason.unwrap_or_default(),
            message: v.message.unwrap_or_default(),
        }
    }
}

impl From<DeploymentCondition> for apps::DeploymentCondition {
    fn from(v: DeploymentCondition) -> apps::DeploymentCondition {
        apps::DeploymentCondition {
            last_transition_time: v.last_transition_time.map(Into::into),
            last_update_time: v.last_update_time.map(Into::into),
            message: opt_string(v.message),
            reason: opt_string(v.reason),
            status: wrap::<String, _>(v.status),
            type_: wrap::<String, _>(v.type_),
            ..Default::default()
        }
    }
}

impl TryFrom<apps::ReplicaSet> for ReplicaSet {
    type Error = ConversionError;

    fn try_from(v: apps::ReplicaSet) -> Result<ReplicaSet, ConversionError> {
        Ok(ReplicaSet {
            kind: <apps::ReplicaSet as k8s_openapi::Resource>::KIND.into(),
            api_version: <apps::ReplicaSet as k8s_openapi::Resource>::API_VERSION.into(),
            metadata: v.metadata.into(),
            spec: try_one(unwrap::<apps::ReplicaSetSpec, _>(v.spec), "spec")?,
            status: v.status.map(Into::into).unwrap_or_default(),
        })
    }
}

impl From<ReplicaSet> for apps::ReplicaSet {
    fn from(v: ReplicaSet) -> apps::ReplicaSet {
        apps::ReplicaSet {
            metadata: v.metadata.into(),
            spec: wrap::<apps::ReplicaSetSpec, _>(v.spec.into()),
            status: non_default(v.status).map(Into::into),
            ..Default::default()
        }
    }
}

impl TryFrom<apps::ReplicaSetSpec> for ReplicaSetSpec {
    type Error = ConversionError;

    fn try_from(v: apps::ReplicaSetSpec) -> Result<ReplicaSetSpec, ConversionError> {
        Ok(ReplicaSetSpec {
            replicas: v.replicas,
            min_ready_seconds: v.min_ready_seconds.unwrap_or_default(),
            selector: Some(v.selector.into()),
            template: try_opt(v.template, "template")?.unwrap_or_default(),
        })
    }
}

impl From<ReplicaSetSpec> for apps::ReplicaSetSpec {
    fn from(v: ReplicaSetSpec) -> apps::ReplicaSetSpec {
        apps::ReplicaSetSpec {
            min_ready_seconds: non_default(v.min_ready_seconds),
            replicas: v.replicas,
            selector: v.selector.map(Into::into).unwrap_or_default(),
            template: non_default(v.template).map(Into::into),
            ..Default::default()
        }
    }
}

impl From<apps::ReplicaSetStatus> for ReplicaSetStatus {
    fn from(v: apps::ReplicaSetStatus) -> ReplicaSetStatus {
        ReplicaSetStatus {
            replicas: v.replicas,
            fully_labeled_replicas: v.fully_labeled_replicas.unwrap_or_default(),
            ready_replicas: v.ready_replicas.unwrap_or_default(),
            available_replicas: v.available_replicas.unwrap_or_default(),
            terminating_replicas: v.terminating_replicas,
            observed_generation: v.observed_generation.unwrap_or_default(),
            conditions: vec_from(v.conditions),
        }
    }
}

impl From<ReplicaSetStatus> for apps::ReplicaSetStatus {
    fn from(v: ReplicaSetStatus) -> apps::ReplicaSetStatus {
        apps::ReplicaSetStatus {
            available_replicas: non_default(v.available_replicas),
            conditions: opt_vec(v.conditions),
            fully_labeled_replicas: non_default(v.fully_labeled_replicas),
            observed_generation: non_default(v.observed_generation),
            ready_replicas: non_default(v.ready_replicas),
            replicas: v.replicas,
            terminating_replicas: v.terminating_replicas,
            ..Default::default()
        }
    }
}

impl From<apps::ReplicaSetCondition> for ReplicaSetCondition {
    fn from(v: apps::ReplicaSetCondition) -> ReplicaSetCondition {
        ReplicaSetCondition {
            type_: unwrap::<String, _>(v.type_),
            status: unwrap::<String, _>(v.status),
            last_transition_time: v.last_transition_time.map(Into::into),
            reason: v.reason.unwrap_or_default(),
            message: v.message.unwrap_or_default(),
        }
    }
}

impl From<ReplicaSetCondition> for apps::ReplicaSetCondition {
    fn from(v: ReplicaSetCondition) -> apps::ReplicaSetCondition {
        apps::ReplicaSetCondition {
            last_transition_time: v.last_transition_time.map(Into::into),
            message: opt_string(v.message),
            reason: opt_string(v.reason),
            status: wrap::<String, _>(v.status),
            type_: wrap::<String, _>(v.type_),
            ..Default::default()
        }
    }
}

impl TryFrom<apps::StatefulSet> for StatefulSet {
    type Error = ConversionError;

    fn try_from(v: apps::StatefulSet) -> Result<StatefulSet, ConversionError> {
        Ok(StatefulSet {
            kind: <apps::StatefulSet as k8s_openapi::Resource>::KIND.into(),
            api_version: <apps::StatefulSet as k8s_openapi::Resource>::API_VERSION.into(),
            metadata: v.metadata.into(),
            spec: try_one(unwrap::<apps::StatefulSetSpec, _>(v.spec), "spec")?,
            status: v.status.map(Into::into).unwrap_or_default(),
        })
    }
}

impl From<StatefulSet> for apps::StatefulSet {
    fn from(v: StatefulSet) -> apps::StatefulSet {
        apps::StatefulSet {
            metadata: v.metadata.into(),
            spec: wrap::<apps::StatefulSetSpec, _>(v.spec.into()),
            status: non_default(v.status).map(Into::into),
            ..Default::default()
        }
    }
}

impl TryFrom<apps::StatefulSetSpec> for StatefulSetSpec {
    type Error = ConversionError;

    fn try_from(v: apps::StatefulSetSpec) -> Result<StatefulSetSpec, ConversionError> {
        Ok(StatefulSetSpec {
            replicas: v.replicas,
            selector: Some(v.selector.into()),
            template: try_one(v.template, "template")?,
            volume_claim_templates: try_vec(v.volume_claim_templates, "volumeClaimTemplates")?,
            service_name: v.service_name.unwrap_or_default(),
            pod_management_policy: v.pod_management_policy.unwrap_or_default(),
            update_strategy: v.update_strategy.map(Into::into).unwrap_or_default(),
            revision_history_limit: v.revision_history_limit,
            min_ready_seconds: v.min_ready_seconds.unwrap_or_default(),
            persistent_volume_claim_retention_policy: v
                .persistent_volume_claim_retention_policy
                .map(Into::into),
            ordinals: v.ordinals.map(Into::into),
        })
    }
}

impl From<StatefulSetSpec> for apps::StatefulSetSpec {
    fn from(v: StatefulSetSpec) -> apps::StatefulSetSpec {
        apps::StatefulSetSpec {
            min_ready_seconds: non_default(v.min_ready_seconds),
            ordinals: v.ordinals.map(Into::into),
            persistent_volume_claim_retention_policy: v
                .persistent_volume_claim_retention_policy
                .map(Into::into),
            pod_management_policy: opt_string(v.pod_management_policy),
            replicas: v.replicas,
            revision_history_limit: v.revision_history_limit,
            selector: v.selector.map(Into::into).unwrap_or_default(),
            service_name: opt_string(v.service_name),
            template: v.template.into(),
            update_strategy: non_default(v.update_strategy).map(Into::into),
            volume_claim_templates: opt_vec(v.volume_claim_templates),
            ..Default::default()
        }
    }
}

impl From<apps::StatefulSetOrdinals> for StatefulSetOrdinals {
    fn from(v: apps::StatefulSetOrdinals) -> StatefulSetOrdinals {
        StatefulSetOrdinals {
            start: v.start.unwrap_or_default(),
        }
    }
}

impl From<StatefulSetOrdinals> for apps::StatefulSetOrdinals {
    fn from(v: StatefulSetOrdinals) -> apps::StatefulSetOrdinals {
        apps::StatefulSetOrdinals {
            start: non_default(v.start),
            ..Default::default()
        }
    }
}

impl From<apps::StatefulSetPersistentVolumeClaimRetentionPolicy>
    for StatefulSetPersistentVolumeClaimRetentionPolicy
{
    fn from(
        v: apps::StatefulSetPersistentVolumeClaimRetentionPolicy,
    ) -> StatefulSetPersistentVolumeClaimRetentionPolicy {
        StatefulSetPersistentVolumeClaimRetentionPolicy {
            when_deleted: v.when_deleted.unwrap_or_default(),
            when_scaled: v.when_scaled.unwrap_or_default(),
        }
    }
}

impl From<StatefulSetPersistentVolumeClaimRetentionPolicy>
    for apps::StatefulSetPersistentVolumeClaimRetentionPolicy
{
    fn from(
        v: StatefulSetPersistentVolumeClaimRetentionPolicy,
    ) -> apps::StatefulSetPersistentVolumeClaimRetentionPolicy {
        apps::StatefulSetPersistentVolumeClaimRetentionPolicy {
            when_deleted: opt_string(v.when_deleted),
            when_scaled: opt_string(v.when_scaled),
            ..Default::default()
        }
    }
}

impl From<apps::StatefulSetUpdateStrategy> for StatefulSetUpdateStrategy {
    fn from(v: apps::StatefulSetUpdateStrategy) -> StatefulSetUpdateStrategy {
        StatefulSetUpdateStrategy {
            type_: v.type_.unwrap_or_default(),
            rolling_update: v.rolling_update.map(Into::into),
        }
    }
}

impl From<StatefulSetUpdateStrategy> for apps::StatefulSetUpdateStrategy {
    fn from(v: StatefulSetUpdateStrategy) -> apps::StatefulSetUpdateStrategy {
        apps::StatefulSetUpdateStrategy {
            rolling_update: v.rolling_update.map(Into::into),
            type_: opt_string(v.type_),
            ..Default::default()
        }
    }
}

impl From<apps::RollingUpdateStatefulSetStrategy> for RollingUpdateStatefulSetStrategy {
    fn from(v: apps::RollingUpdateStatefulSetStrategy) -> RollingUpdateStatefulSetStrategy {
        RollingUpdateStatefulSetStrategy {
            partition: v.partition,
            max_unavailable: v.max_unavailable.map(Into::into),
        }
    }
}

impl From<RollingUpdateStatefulSetStrategy> for apps::RollingUpdateStatefulSetStrategy {
    fn from(v: RollingUpdateStatefulSetStrategy) -> apps::RollingUpdateStatefulSetStrategy {
        apps::RollingUpdateStatefulSetStrategy {
            max_unavailable: v.max_unavailable.map(Into::into),
            partition: v.partition,
            ..Default::default()
        }
    }
}

impl From<apps::StatefulSetStatus> for StatefulSetStatus {
    fn from(v: apps::StatefulSetStatus) -> StatefulSetStatus {
        StatefulSetStatus {
            observed_generation: v.observed_generation.unwrap_or_default(),
            replicas: v.replicas,
            ready_replicas: v.ready_replicas.unwrap_or_default(),
            current_replicas: v.current_replicas.unwrap_or_default(),
            updated_replicas: v.updated_replicas.unwrap_or_default(),
            current_revision: v.current_revision.unwrap_or_default(),
            update_revision: v.update_revision.unwrap_or_default(),
            collision_count: v.collision_count,
            conditions: vec_from(v.conditions),
            available_replicas: v.available_replicas.unwrap_or_default(),
        }
    }
}

impl From<StatefulSetStatus> for apps::StatefulSetStatus {
    fn from(v: StatefulSetStatus) -> apps::StatefulSetStatus {
        apps::StatefulSetStatus {
            available_replicas: non_default(v.available_replicas),
            collision_count: v.collision_count,
            conditions: opt_vec(v.conditions),
            current_replicas: non_default(v.current_replicas),
            current_revision: opt_string(v.current_revision),
            observed_generation: non_default(v.observed_generation),
            ready_replicas: non_default(v.ready_replicas),
            replicas: v.replicas,
            update_revision: opt_string(v.update_revision),
            updated_replicas: non_default(v.updated_replicas),
            ..Default::default()
        }
    }
}

impl From<apps::StatefulSetCondition> for StatefulSetCondition {
    fn from(v: apps::StatefulSetCondition) -> StatefulSetCondition {
        StatefulSetCondition {
            type_: unwrap::<String, _>(v.type_),
            status: unwrap::<String, _>(v.status),
            last_transition_time: v.last_transition_time.map(Into::into),
            reason: v.reason.unwrap_or_default(),
            message: v.message.unwrap_or_default(),
        }
    }
}

impl From<StatefulSetCondition> for apps::StatefulSetCondition {
    fn from(v: StatefulSetCondition) -> apps::StatefulSetCondition {
        apps::StatefulSetCondition {
            last_transition_time: v.last_transition_time.map(Into::into),
            message: opt_string(v.message),
            reason: opt_string(v.reason),
            status: wrap::<String, _>(v.status),
            type_: wrap::<String, _>(v.type_),
            ..Default::default()
        }
    }
}

impl TryFrom<apps::DaemonSet> for DaemonSet {
    type Error = ConversionError;

    fn try_from(v: apps::DaemonSet) -> Result<DaemonSet, ConversionError> {
        Ok(DaemonSet {
            kind: <apps::DaemonSet as k8s_openapi::Resource>::KIND.into(),
            api_version: <apps::DaemonSet as k8s_openapi::Resource>::API_VERSION.into(),
            metadata: v.metadata.into(),
            spec: try_one(unwrap::<apps::DaemonSetSpec, _>(v.spec), "spec")?,
            status: v.status.map(Into::into).unwrap_or_default(),
        })
    }
}

impl From<DaemonSet> for apps::DaemonSet {
    fn from(v: DaemonSet) -> apps::DaemonSet {
        apps::DaemonSet {
            metadata: v.metadata.into(),
            spec: wrap::<apps::DaemonSetSpec, _>(v.spec.into()),
            status: non_default(v.status).map(Into::into),
            ..Default::default()
        }
    }
}

impl TryFrom<apps::DaemonSetSpec> for DaemonSetSpec {
    type Error = ConversionError;

    fn try_from(v: apps::DaemonSetSpec) -> Result<DaemonSetSpec, ConversionError> {
        Ok(DaemonSetSpec {
            selector: Some(v.selector.into()),
            template: try_one(v.template, "template")?,
            update_strategy: v.update_strategy.map(Into::into).unwrap_or_default(),
            min_ready_seconds: v.min_ready_seconds.unwrap_or_default(),
            revision_history_limit: v.revision_history_limit,
        })
    }
}

impl From<DaemonSetSpec> for apps::DaemonSetSpec {
    fn from(v: DaemonSetSpec) -> apps::DaemonSetSpec {
        apps::DaemonSetSpec {
            min_ready_seconds: non_default(v.min_ready_seconds),
            revision_history_limit: v.revision_history_limit,
            selector: v.selector.map(Into::into).unwrap_or_default(),
            template: v.template.into(),
            update_strategy: non_default(v.update_strategy).map(Into::into),
            ..Default::default()
        }
    }
}

impl From<apps::DaemonSetUpdateStrategy> for DaemonSetUpdateStrategy {
    fn from(v: apps::DaemonSetUpdateStrategy) -> DaemonSetUpdateStrategy {
        DaemonSetUpdateStrategy {
            type_: v.type_.unwrap_or_default(),
            rolling_update: v.rolling_update.map(Into::into),
        }
    }
}

impl From<DaemonSetUpdateStrategy> for apps::DaemonSetUpdateStrategy {
    fn from(v: DaemonSetUpdateStrategy) -> apps::DaemonSetUpdateStrategy {
        apps::DaemonSetUpdateStrategy {
            rolling_update: v.rolling_update.map(Into::into),
            type_: opt_string(v.type_),
            ..Default::default()
        }
    }
}

impl From<apps::RollingUpdateDaemonSet> for RollingUpdateDaemonSet {
    fn from(v: apps::RollingUpdateDaemonSet) -> RollingUpdateDaemonSet {
        RollingUpdateDaemonSet {
            max_unavailable: v.max_unavailable.map(Into::into),
            max_surge: v.max_surge.map(Into::into),
        }
    }
}

impl From<RollingUpdateDaemonSet> for apps::RollingUpdateDaemonSet {
    fn from(v: RollingUpdateDaemonSet) -> apps::RollingUpdateDaemonSet {
        apps::RollingUpdateDaemonSet {
            max_surge: v.max_surge.map(Into::into),
            max_unavailable: v.max_unavailable.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<apps::DaemonSetStatus> for DaemonSetStatus {
    fn from(v: apps::DaemonSetStatus) -> DaemonSetStatus {
        DaemonSetStatus {
            current_number_scheduled: v.current_number_scheduled,
            number_misscheduled: v.number_misscheduled,
            desired_number_scheduled: v.desired_number_scheduled,
            number_ready: v.number_ready,
            observed_generation: v.observed_generation.unwrap_or_default(),
            updated_number_scheduled: v.updated_number_scheduled.unwrap_or_default(),
            number_available: v.number_available.unwrap_or_default(),
            number_unavailable: v.number_unavailable.unwrap_or_default(),
            collision_count: v.collision_count,
            conditions: vec_from(v.conditions),
        }
    }
}

impl From<DaemonSetStatus> for apps::DaemonSetStatus {
    fn from(v: DaemonSetStatus) -> apps::DaemonSetStatus {
        apps::DaemonSetStatus {
            collision_count: v.collision_count,
            conditions: opt_vec(v.conditions),
            current_number_scheduled: v.current_number_scheduled,
            desired_number_scheduled: v.desired_number_scheduled,
            number_available: non_default(v.number_available),
            number_misscheduled: v.number_misscheduled,
            number_ready: v.number_ready,
            number_unavailable: non_default(v.number_unavailable),
            observed_generation: non_default(v.observed_generation),
            updated_number_scheduled: non_default(v.updated_number_scheduled),
            ..Default::default()
        }
    }
}

impl From<apps::DaemonSetCondition> for DaemonSetCondition {
    fn from(v: apps::DaemonSetCondition) -> DaemonSetCondition {
        DaemonSetCondition {
            type_: unwrap::<String, _>(v.type_),
            status: unwrap::<String, _>(v.status),
            last_transition_time: v.last_transition_time.map(Into::into),
            reason: v.reason.unwrap_or_default(),
            message: v.message.unwrap_or_default(),
        }
    }
}

impl From<DaemonSetCondition> for apps::DaemonSetCondition {
    fn from(v: DaemonSetCondition) -> apps::DaemonSetCondition {
        apps::DaemonSetCondition {
            last_transition_time: v.last_transition_time.map(Into::into),
            message: opt_string(v.message),
            reason: opt_string(v.reason),
            status: wrap::<String, _>(v.status),
            type_: wrap::<String, _>(v.type_),
            ..Default::default()
        }
    }
}
