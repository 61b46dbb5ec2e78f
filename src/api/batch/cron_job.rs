//! `batch/v1.CronJob` and `batch/v1.JobTemplateSpec`.
//!
//! Every field of the Go types at Kubernetes 1.36
//! (<https://github.com/kubernetes/api/blob/v0.36.3/batch/v1/types.go>),
//! serialized as Go's `encoding/json` prints them.

use crate::api::batch::JobSpec;
use crate::api::core::{list, null_as_default, ObjectMeta, ObjectReference, Time};
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// `batch/v1.CronJob`: represents the configuration of a single cron job.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CronJob {
    /// `kind`: a string value representing the REST resource this object represents.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub kind: String,
    /// `apiVersion`: defines the versioned schema of this representation of an object.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub api_version: String,
    /// `metadata`: standard object's metadata.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`: specification of the desired behavior of a cron job, including the schedule.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: CronJobSpec,
    /// `status`: current status of a cron job.
    #[serde(deserialize_with = "null_as_default")]
    pub status: CronJobStatus,
}

/// `batch/v1.CronJobSpec`: describes how the job execution will look like and when it will actually
/// run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CronJobSpec {
    /// `schedule`: the schedule in Cron format, see <https://en.wikipedia.org/wiki/Cron>.
    #[serde(deserialize_with = "null_as_default")]
    pub schedule: String,
    /// `timeZone`: the time zone name for the given schedule, see
    /// <https://en.wikipedia.org/wiki/List_of_tz_database_time_zones>.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// `startingDeadlineSeconds`: optional deadline in seconds for starting the job if it misses
    /// scheduled time for any reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_deadline_seconds: Option<i64>,
    /// `concurrencyPolicy`: specifies how to treat concurrent executions of a Job.
    #[serde(
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub concurrency_policy: String,
    /// `suspend`: this flag tells the controller to suspend subsequent executions, it does not apply to
    /// already started executions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
    /// `jobTemplate`: specifies the job that will be created when executing a CronJob.
    #[serde(deserialize_with = "null_as_default")]
    pub job_template: JobTemplateSpec,
    /// `successfulJobsHistoryLimit`: the number of successful finished jobs to retain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub successful_jobs_history_limit: Option<i32>,
    /// `failedJobsHistoryLimit`: the number of failed finished jobs to retain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failed_jobs_history_limit: Option<i32>,
}

/// `batch/v1.JobTemplateSpec`: describes the data a Job should have when created from a template.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct JobTemplateSpec {
    /// `metadata`: standard object's metadata of the jobs created from this template.
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: ObjectMeta,
    /// `spec`: specification of the desired behavior of the job.
    #[serde(deserialize_with = "null_as_default")]
    pub spec: JobSpec,
}

/// `batch/v1.CronJobStatus`: represents the current state of a cron job.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CronJobStatus {
    /// `active`: A list of pointers to currently running jobs.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub active: Vec<ObjectReference>,
    /// `lastScheduleTime`: information when was the last time the job was successfully scheduled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_schedule_time: Option<Time>,
    /// `lastSuccessfulTime`: information when was the last time the job successfully completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_successful_time: Option<Time>,
}
