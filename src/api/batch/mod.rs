//! `batch/v1` wire types: `Job` and `CronJob`, with every field of Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/batch/v1/types.go>).

mod cron_job;
mod job;

crate::api::core::vocabulary::vocabulary!(
    /// `JobConditionType`: the type of a Job condition
    /// (<https://github.com/kubernetes/api/blob/v0.36.3/batch/v1/types.go>).
    job_condition_type {
        "JobSuspended" SUSPENDED = "Suspended";
        "JobComplete" COMPLETE = "Complete";
        "JobFailed" FAILED = "Failed";
        "JobFailureTarget" FAILURE_TARGET = "FailureTarget";
        "JobSuccessCriteriaMet" SUCCESS_CRITERIA_MET = "SuccessCriteriaMet";
    }
);

pub use cron_job::{CronJob, CronJobSpec, CronJobStatus, JobTemplateSpec};
pub use job::{
    Job, JobCondition, JobSpec, JobStatus, PodFailurePolicy,
    PodFailurePolicyOnExitCodesRequirement, PodFailurePolicyOnPodConditionsPattern,
    PodFailurePolicyRule, SuccessPolicy, SuccessPolicyRule, UncountedTerminatedPods,
};
