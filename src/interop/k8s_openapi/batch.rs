//! `batch/v1`: `Job` and `CronJob`.
//!
//! Generated field by field from k8s-openapi's types and ours; see the module root for the
//! conventions.

use alloc::string::String;

use k8s_openapi::api::batch::v1 as batch;

use super::{non_default, opt_string, opt_vec, try_one, try_opt, unwrap, vec_from, wrap};
use crate::api::batch::{
    CronJob, CronJobSpec, CronJobStatus, Job, JobCondition, JobSpec, JobStatus, JobTemplateSpec,
    PodFailurePolicy, PodFailurePolicyOnExitCodesRequirement,
    PodFailurePolicyOnPodConditionsPattern, PodFailurePolicyRule, SuccessPolicy, SuccessPolicyRule,
    UncountedTerminatedPods,
};
use crate::interop::ConversionError;

impl TryFrom<batch::Job> for Job {
    type Error = ConversionError;

    fn try_from(v: batch::Job) -> Result<Job, ConversionError> {
        Ok(Job {
            kind: <batch::Job as k8s_openapi::Resource>::KIND.into(),
            api_version: <batch::Job as k8s_openapi::Resource>::API_VERSION.into(),
            metadata: v.metadata.into(),
            spec: try_opt(v.spec, "spec")?.unwrap_or_default(),
            status: v.status.map(Into::into).unwrap_or_default(),
        })
    }
}

impl From<Job> for batch::Job {
    fn from(v: Job) -> batch::Job {
        batch::Job {
            metadata: v.metadata.into(),
            spec: non_default(v.spec).map(Into::into),
            status: non_default(v.status).map(Into::into),
            ..Default::default()
        }
    }
}

impl TryFrom<batch::JobSpec> for JobSpec {
    type Error = ConversionError;

    fn try_from(v: batch::JobSpec) -> Result<JobSpec, ConversionError> {
        Ok(JobSpec {
            parallelism: v.parallelism,
            completions: v.completions,
            active_deadline_seconds: v.active_deadline_seconds,
            pod_failure_policy: v.pod_failure_policy.map(Into::into),
            success_policy: v.success_policy.map(Into::into),
            backoff_limit: v.backoff_limit,
            backoff_limit_per_index: v.backoff_limit_per_index,
            max_failed_indexes: v.max_failed_indexes,
            selector: v.selector.map(Into::into),
            manual_selector: v.manual_selector,
            template: try_one(v.template, "template")?,
            ttl_seconds_after_finished: v.ttl_seconds_after_finished,
            completion_mode: v.completion_mode,
            suspend: v.suspend,
            pod_replacement_policy: v.pod_replacement_policy,
            managed_by: v.managed_by,
        })
    }
}

impl From<JobSpec> for batch::JobSpec {
    fn from(v: JobSpec) -> batch::JobSpec {
        batch::JobSpec {
            active_deadline_seconds: v.active_deadline_seconds,
            backoff_limit: v.backoff_limit,
            backoff_limit_per_index: v.backoff_limit_per_index,
            completion_mode: v.completion_mode,
            completions: v.completions,
            managed_by: v.managed_by,
            manual_selector: v.manual_selector,
            max_failed_indexes: v.max_failed_indexes,
            parallelism: v.parallelism,
            pod_failure_policy: v.pod_failure_policy.map(Into::into),
            pod_replacement_policy: v.pod_replacement_policy,
            selector: v.selector.map(Into::into),
            success_policy: v.success_policy.map(Into::into),
            suspend: v.suspend,
            template: v.template.into(),
            ttl_seconds_after_finished: v.ttl_seconds_after_finished,
            ..Default::default()
        }
    }
}

impl From<batch::PodFailurePolicy> for PodFailurePolicy {
    fn from(v: batch::PodFailurePolicy) -> PodFailurePolicy {
        PodFailurePolicy {
            rules: vec_from(Some(v.rules)),
        }
    }
}

impl From<PodFailurePolicy> for batch::PodFailurePolicy {
    fn from(v: PodFailurePolicy) -> batch::PodFailurePolicy {
        batch::PodFailurePolicy {
            rules: v.rules.into_iter().map(Into::into).collect(),
            ..Default::default()
        }
    }
}

impl From<batch::PodFailurePolicyRule> for PodFailurePolicyRule {
    fn from(v: batch::PodFailurePolicyRule) -> PodFailurePolicyRule {
        PodFailurePolicyRule {
            action: v.action,
            on_exit_codes: v.on_exit_codes.map(Into::into),
            on_pod_conditions: vec_from(v.on_pod_conditions),
        }
    }
}

impl From<PodFailurePolicyRule> for batch::PodFailurePolicyRule {
    fn from(v: PodFailurePolicyRule) -> batch::PodFailurePolicyRule {
        batch::PodFailurePolicyRule {
            action: v.action,
            on_exit_codes: v.on_exit_codes.map(Into::into),
            on_pod_conditions: opt_vec(v.on_pod_conditions),
            ..Default::default()
        }
    }
}

impl From<batch::PodFailurePolicyOnExitCodesRequirement>
    for PodFailurePolicyOnExitCodesRequirement
{
    fn from(
        v: batch::PodFailurePolicyOnExitCodesRequirement,
    ) -> PodFailurePolicyOnExitCodesRequirement {
        PodFailurePolicyOnExitCodesRequirement {
            container_name: v.container_name,
            operator: v.operator,
            values: v.values,
        }
    }
}

impl From<PodFailurePolicyOnExitCodesRequirement>
    for batch::PodFailurePolicyOnExitCodesRequirement
{
    fn from(
        v: PodFailurePolicyOnExitCodesRequirement,
    ) -> batch::PodFailurePolicyOnExitCodesRequirement {
        batch::PodFailurePolicyOnExitCodesRequirement {
            container_name: v.container_name,
            operator: v.operator,
            values: v.values,
            ..Default::default()
        }
    }
}

impl From<batch::PodFailurePolicyOnPodConditionsPattern>
    for PodFailurePolicyOnPodConditionsPattern
{
    fn from(
        v: batch::PodFailurePolicyOnPodConditionsPattern,
    ) -> PodFailurePolicyOnPodConditionsPattern {
        PodFailurePolicyOnPodConditionsPattern {
            type_: v.type_,
            status: unwrap::<String, _>(v.status),
        }
    }
}

impl From<PodFailurePolicyOnPodConditionsPattern>
    for batch::PodFailurePolicyOnPodConditionsPattern
{
    fn from(
        v: PodFailurePolicyOnPodConditionsPattern,
    ) -> batch::PodFailurePolicyOnPodConditionsPattern {
        batch::PodFailurePolicyOnPodConditionsPattern {
            status: wrap::<String, _>(v.status),
            type_: v.type_,
            ..Default::default()
        }
    }
}

impl From<batch::SuccessPolicy> for SuccessPolicy {
    fn from(v: batch::SuccessPolicy) -> SuccessPolicy {
        SuccessPolicy {
            rules: vec_from(Some(v.rules)),
        }
    }
}

impl From<SuccessPolicy> for batch::SuccessPolicy {
    fn from(v: SuccessPolicy) -> batch::SuccessPolicy {
        batch::SuccessPolicy {
            rules: v.rules.into_iter().map(Into::into).collect(),
            ..Default::default()
        }
    }
}

impl From<batch::SuccessPolicyRule> for SuccessPolicyRule {
    fn from(v: batch::SuccessPolicyRule) -> SuccessPolicyRule {
        SuccessPolicyRule {
            succeeded_indexes: v.succeeded_indexes,
            succeeded_count: v.succeeded_count,
        }
    }
}

impl From<SuccessPolicyRule> for batch::SuccessPolicyRule {
    fn from(v: SuccessPolicyRule) -> batch::SuccessPolicyRule {
        batch::SuccessPolicyRule {
            succeeded_count: v.succeeded_count,
            succeeded_indexes: v.succeeded_indexes,
            ..Default::default()
        }
    }
}

impl From<batch::JobStatus> for JobStatus {
    fn from(v: batch::JobStatus) -> JobStatus {
        JobStatus {
            conditions: vec_from(v.conditions),
            start_time: v.start_time.map(Into::into),
            completion_time: v.completion_time.map(Into::into),
            active: v.active.unwrap_or_default(),
            succeeded: v.succeeded.unwrap_or_default(),
            failed: v.failed.unwrap_or_default(),
            terminating: v.terminating,
            completed_indexes: v.completed_indexes.unwrap_or_default(),
            failed_indexes: v.failed_indexes,
            uncounted_terminated_pods: v.uncounted_terminated_pods.map(Into::into),
            ready: v.ready,
        }
    }
}

impl From<JobStatus> for batch::JobStatus {
    fn from(v: JobStatus) -> batch::JobStatus {
        batch::JobStatus {
            active: non_default(v.active),
            completed_indexes: opt_string(v.completed_indexes),
            completion_time: v.completion_time.map(Into::into),
            conditions: opt_vec(v.conditions),
            failed: non_default(v.failed),
            failed_indexes: v.failed_indexes,
            ready: v.ready,
            start_time: v.start_time.map(Into::into),
            succeeded: non_default(v.succeeded),
            terminating: v.terminating,
            uncounted_terminated_pods: v.uncounted_terminated_pods.map(Into::into),
            ..Default::default()
        }
    }
}

impl From<batch::JobCondition> for JobCondition {
    fn from(v: batch::JobCondition) -> JobCondition {
        JobCondition {
            type_: v.type_,
            status: v.status,
            last_probe_time: v.last_probe_time.map(Into::into),
            last_transition_time: v.last_transition_time.map(Into::into),
            reason: v.reason.unwrap_or_default(),
            message: v.message.unwrap_or_default(),
        }
    }
}

impl From<JobCondition> for batch::JobCondition {
    fn from(v: JobCondition) -> batch::JobCondition {
        batch::JobCondition {
            last_probe_time: v.last_probe_time.map(Into::into),
            last_transition_time: v.last_transition_time.map(Into::into),
            message: opt_string(v.message),
            reason: opt_string(v.reason),
            status: v.status,
            type_: v.type_,
            ..Default::default()
        }
    }
}

impl From<batch::UncountedTerminatedPods> for UncountedTerminatedPods {
    fn from(v: batch::UncountedTerminatedPods) -> UncountedTerminatedPods {
        UncountedTerminatedPods {
            succeeded: v.succeeded.unwrap_or_default(),
            failed: v.failed.unwrap_or_default(),
        }
    }
}

impl From<UncountedTerminatedPods> for batch::UncountedTerminatedPods {
    fn from(v: UncountedTerminatedPods) -> batch::UncountedTerminatedPods {
        batch::UncountedTerminatedPods {
            failed: opt_vec(v.failed),
            succeeded: opt_vec(v.succeeded),
            ..Default::default()
        }
    }
}

impl TryFrom<batch::CronJob> for CronJob {
    type Error = ConversionError;

    fn try_from(v: batch::CronJob) -> Result<CronJob, ConversionError> {
        Ok(CronJob {
            kind: <batch::CronJob as k8s_openapi::Resource>::KIND.into(),
            api_version: <batch::CronJob as k8s_openapi::Resource>::API_VERSION.into(),
            metadata: v.metadata.into(),
            spec: try_one(unwrap::<batch::CronJobSpec, _>(v.spec), "spec")?,
            status: v.status.map(Into::into).unwrap_or_default(),
        })
    }
}

impl From<CronJob> for batch::CronJob {
    fn from(v: CronJob) -> batch::CronJob {
        batch::CronJob {
            metadata: v.metadata.into(),
            spec: wrap::<batch::CronJobSpec, _>(v.spec.into()),
            status: non_default(v.status).map(Into::into),
            ..Default::default()
        }
    }
}

impl TryFrom<batch::CronJobSpec> for CronJobSpec {
    type Error = ConversionError;

    fn try_from(v: batch::CronJobSpec) -> Result<CronJobSpec, ConversionError> {
        Ok(CronJobSpec {
            schedule: v.schedule,
            time_zone: v.time_zone,
            starting_deadline_seconds: v.starting_deadline_seconds,
            concurrency_policy: v.concurrency_policy.unwrap_or_default(),
            suspend: v.suspend,
            job_template: try_one(v.job_template, "jobTemplate")?,
            successful_jobs_history_limit: v.successful_jobs_history_limit,
            failed_jobs_history_limit: v.failed_jobs_history_limit,
        })
    }
}

impl From<CronJobSpec> for batch::CronJobSpec {
    fn from(v: CronJobSpec) -> batch::CronJobSpec {
        batch::CronJobSpec {
            concurrency_policy: opt_string(v.concurrency_policy),
            failed_jobs_history_limit: v.failed_jobs_history_limit,
            job_template: v.job_template.into(),
            schedule: v.schedule,
            starting_deadline_seconds: v.starting_deadline_seconds,
            successful_jobs_history_limit: v.successful_jobs_history_limit,
            suspend: v.suspend,
            time_zone: v.time_zone,
            ..Default::default()
        }
    }
}

impl TryFrom<batch::JobTemplateSpec> for JobTemplateSpec {
    type Error = ConversionError;

    fn try_from(v: batch::JobTemplateSpec) -> Result<JobTemplateSpec, ConversionError> {
        Ok(JobTemplateSpec {
            metadata: v.metadata.map(Into::into).unwrap_or_default(),
            spec: try_opt(v.spec, "spec")?.unwrap_or_default(),
        })
    }
}

impl From<JobTemplateSpec> for batch::JobTemplateSpec {
    fn from(v: JobTemplateSpec) -> batch::JobTemplateSpec {
        batch::JobTemplateSpec {
            metadata: non_default(v.metadata).map(Into::into),
            spec: non_default(v.spec).map(Into::into),
            ..Default::default()
        }
    }
}

impl From<batch::CronJobStatus> for CronJobStatus {
    fn from(v: batch::CronJobStatus) -> CronJobStatus {
        CronJobStatus {
            active: vec_from(v.active),
            last_schedule_time: v.last_schedule_time.map(Into::into),
            last_successful_time: v.last_successful_time.map(Into::into),
        }
    }
}

impl From<CronJobStatus> for batch::CronJobStatus {
    fn from(v: CronJobStatus) -> batch::CronJobStatus {
        batch::CronJobStatus {
            active: opt_vec(v.active),
            last_schedule_time: v.last_schedule_time.map(Into::into),
            last_successful_time: v.last_successful_time.map(Into::into),
            ..Default::default()
        }
    }
}
