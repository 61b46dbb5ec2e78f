//! CronJobs: `ValidateCronJobCreate`/`ValidateCronJobUpdate` of
//! [pkg/apis/batch/validation/validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation.go).

use alloc::format;

use super::cron::{load_location, parse_standard};
use super::job::validate_job_spec_common;
use super::{json, validate_object_meta, validate_object_meta_update};
use crate::api::batch::{CronJob, CronJobSpec, JobTemplateSpec};
use crate::meta::field::{Error, ErrorList, Json, Path};
use crate::meta::{validate_nonnegative, NameValidator};
use crate::validation::pod::PodValidationOptions;

/// Go's `validateScheduleFormat`: the schedule parses, and names no `TZ` unless the stored
/// schedule already did (then not together with `timeZone`).
fn validate_schedule(
    schedule: &str,
    allow_tz: bool,
    time_zone: Option<&alloc::string::String>,
    path: &Path,
) -> ErrorList {
    let mut errs = ErrorList::new();
    if let Err(e) = parse_standard(schedule) {
        errs.push(Error::invalid(path, schedule, e));
    }
    let has_tz = schedule.contains("TZ");
    if allow_tz && has_tz && time_zone.is_some() {
        errs.push(Error::invalid(
            path,
            schedule,
            "cannot use both timeZone field and TZ or CRON_TZ in schedule",
        ));
    } else if !allow_tz && has_tz {
        errs.push(Error::invalid(
            path,
            schedule,
            "cannot use TZ or CRON_TZ in schedule, use timeZone field instead",
        ));
    }
    errs
}

/// Go's `validateTimeZone`: an IANA name (each part 1–14 of `[A-Za-z.\-_0-9+]`, not `.`,
/// `..` or starting with `-`), not `Local`, known to `time.LoadLocation`.
fn validate_time_zone(time_zone: Option<&alloc::string::String>, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let Some(tz) = time_zone else { return errs };
    let value = || Json::String(tz.clone());
    if tz.is_empty() {
        errs.push(Error::invalid(
            path,
            value(),
            "timeZone must be nil or non-empty string",
        ));
        return errs;
    }
    let part_ok = |p: &str| {
        p != "."
            && p != ".."
            && !p.starts_with('-')
            && (1..=14).contains(&p.len())
            && p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b".-_+".contains(&b))
    };
    if !tz.split('/').all(part_ok) {
        errs.push(Error::invalid(
            path,
            value(),
            format!("unknown time zone {tz}"),
        ));
        return errs;
    }
    if tz.eq_ignore_ascii_case("Local") {
        errs.push(Error::invalid(
            path,
            value(),
            "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones",
        ));
    }
    if let Err(e) = load_location(tz) {
        errs.push(Error::invalid(path, value(), e));
    }
    errs
}

/// Go's `ValidateJobTemplateSpec`: the job spec, without a selector (it is generated) or a
/// manual selector.
#[doc(alias = "ValidateJobTemplateSpec")]
#[must_use]
pub fn validate_job_template_spec(
    template: &JobTemplateSpec,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let sp = path.child("spec");
    let spec = &template.spec;
    let mut errs = validate_job_spec_common(spec, &sp, opts);
    if spec.selector.is_some() {
        errs.push(Error::invalid(
            &sp.child("selector"),
            json::label_selector(spec.selector.as_ref()),
            "`selector` will be auto-generated",
        ));
    }
    if spec.manual_selector == Some(true) {
        errs.push(Error::not_supported(
            &sp.child("manualSelector"),
            Json::Bool(true),
            &["nil", "false"],
        ));
    }
    errs
}

/// Go's `validateCronJobSpec` (`old` on update).
#[doc(alias = "validateCronJobSpec")]
#[must_use]
pub fn validate_cron_job_spec(
    spec: &CronJobSpec,
    old: Option<&CronJobSpec>,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = ErrorList::new();
    let sp = path.child("schedule");
    if spec.schedule.is_empty() {
        errs.push(Error::required(&sp, ""));
    } else {
        let allow_tz = old.is_some_and(|o| o.schedule.contains("TZ"));
        errs.extend(validate_schedule(
            &spec.schedule,
            allow_tz,
            spec.time_zone.as_ref(),
            &sp,
        ));
    }
    if let Some(v) = spec.starting_deadline_seconds {
        errs.extend(validate_nonnegative(
            v,
            &path.child("startingDeadlineSeconds"),
        ));
    }
    if old.map_or(true, |o| o.time_zone != spec.time_zone) {
        errs.extend(validate_time_zone(
            spec.time_zone.as_ref(),
            &path.child("timeZone"),
        ));
    }
    let cp = path.child("concurrencyPolicy");
    match spec.concurrency_policy.as_str() {
        "Allow" | "Forbid" | "Replace" => {}
        "" => errs.push(Error::required(&cp, "")),
        other => errs.push(Error::not_supported(
            &cp,
            Json::String(other.into()),
            &["Allow", "Forbid", "Replace"],
        )),
    }
    errs.extend(validate_job_template_spec(
        &spec.job_template,
        &path.child("jobTemplate"),
        opts,
    ));
    for (value, name) in [
        (
            spec.successful_jobs_history_limit,
            "successfulJobsHistoryLimit",
        ),
        (spec.failed_jobs_history_limit, "failedJobsHistoryLimit"),
    ] {
        if let Some(v) = value {
            errs.extend(validate_nonnegative(i64::from(v), &path.child(name)));
        }
    }
    errs
}

/// Go's `ValidateCronJobCreate`: metadata, spec, and a name of at most 52 characters (the
/// controller appends an 11-character suffix to name its jobs).
#[doc(alias = "ValidateCronJobCreate")]
#[must_use]
pub fn validate_cron_job(cj: &CronJob, opts: &PodValidationOptions) -> ErrorList {
    let mut errs = validate_object_meta(&cj.metadata, NameValidator::DnsSubdomain);
    errs.extend(validate_cron_job_spec(
        &cj.spec,
        None,
        &Path::new("spec"),
        opts,
    ));
    if cj.metadata.name.len() > 52 {
        errs.push(Error::invalid(
            &Path::new("metadata").child("name"),
            cj.metadata.name.as_str(),
            "must be no more than 52 characters",
        ));
    }
    errs
}

/// Go's `ValidateCronJobUpdate` (no name length limit, so that old long names stay usable).
#[doc(alias = "ValidateCronJobUpdate")]
#[must_use]
pub fn validate_cron_job_update(
    new: &CronJob,
    old: &CronJob,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = validate_object_meta_update(&new.metadata, &old.metadata);
    errs.extend(validate_cron_job_spec(
        &new.spec,
        Some(&old.spec),
        &Path::new("spec"),
        opts,
    ));
    errs
}
