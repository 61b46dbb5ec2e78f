//! `batch/v1` wire types: `Job` and `CronJob`, with every field of Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/batch/v1/types.go>).

mod cron_job;
mod job;

pub use cron_job::{CronJob, CronJobSpec, CronJobStatus, JobTemplateSpec};
pub use job::{
    Job, JobCondition, JobSpec, JobStatus, PodFailurePolicy,
    PodFailurePolicyOnExitCodesRequirement, PodFailurePolicyOnPodConditionsPattern,
    PodFailurePolicyRule, SuccessPolicy, SuccessPolicyRule, UncountedTerminatedPods,
};
