//! CronJob validation after upstream's
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation_test.go>:
//! `TestValidateCronJob` (each success case valid on create and as a no-op update; each error
//! case's first error on create, and again on an update from the same object without a time
//! zone, but for the name length, which updates do not check), `TestValidateCronJobScheduleTZ`
//! and `TestValidateCronJobSpec`. Upstream checks the field and a part of the message; the rows
//! here pin the whole message, written from
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation.go>
//! and Go's `time.LoadLocation` (`unknown time zone <name>`).
//!
//! The fixtures are internal objects that upstream never defaults, so the rows decode v1 JSON
//! and validate it as it is.

use super::upstream_job_validation::generated_template;
use super::upstream_workload_validation::strings;
use crate::common::overlay;
use kube_primitives::api::batch::{CronJob, CronJobSpec};
use kube_primitives::meta::field::Path;
use kube_primitives::validation::pod::PodValidationOptions;
use kube_primitives::validation::workload::{
    validate_cron_job, validate_cron_job_spec, validate_cron_job_update,
};
use serde_json::{json, Value};

/// `validPodTemplateSpec`: the generated template with its labels emptied.
fn template() -> Value {
    let mut t = generated_template("OnFailure");
    t["metadata"]["labels"] = json!({});
    t
}

pub(crate) fn cron_job(patch: &Value) -> CronJob {
    let mut v = json!({"metadata": {"name": "mycronjob", "namespace": "default", "uid": "1a2b3c"},
        "spec": {"schedule": "* * * * ?", "concurrencyPolicy": "Allow",
            "jobTemplate": {"spec": {"template": template()}}}});
    overlay(&mut v, patch);
    serde_json::from_value(v).unwrap()
}

fn opts() -> PodValidationOptions {
    PodValidationOptions::default()
}

pub(crate) fn create(cj: &CronJob) -> Vec<String> {
    strings(&validate_cron_job(cj, &opts()))
}

pub(crate) fn update(new: &CronJob, old: &CronJob) -> Vec<String> {
    let (mut new, mut old) = (new.clone(), old.clone());
    new.metadata.resource_version = "2".into();
    old.metadata.resource_version = "1".into();
    strings(&validate_cron_job_update(&new, &old, &opts()))
}

fn spec(s: Value) -> Value {
    json!({ "spec": s })
}

fn job_spec(s: Value) -> Value {
    json!({"spec": {"jobTemplate": {"spec": s}}})
}

// TestValidateCronJob
#[test]
fn validate_cron_job_success_cases() {
    let hostnet = job_spec(json!({"template": {"metadata": {"labels": null}, "spec": {
        "hostNetwork": true, "containers": [{"name": "ctr", "image": "image",
            "imagePullPolicy": "IfNotPresent", "terminationMessagePolicy": "File",
            "terminationMessagePath": "/dev/termination-log",
            "ports": [{"containerPort": 12345, "protocol": "TCP"}]}]}}}));
    let rows: &[(&str, Value)] = &[
        ("basic scheduled job", json!({})),
        ("hostnet job", hostnet),
        (
            "non-standard scheduled",
            spec(json!({"schedule": "@hourly"})),
        ),
        (
            "correct timeZone value",
            spec(json!({"schedule": "0 * * * *", "timeZone": "Europe/Rome"})),
        ),
    ];
    for (name, patch) in rows {
        let cj = cron_job(patch);
        assert_eq!(create(&cj), Vec::<String>::new(), "{name}");
        let mut v = cj.clone();
        v.metadata.resource_version = "1".into();
        assert_eq!(
            strings(&validate_cron_job_update(&v, &v, &opts())),
            Vec::<String>::new(),
            "{name} (update)"
        );
    }
}

// TestValidateCronJob
#[test]
fn validate_cron_job_error_cases() {
    let long_name = "10000000002000000000300000000040000000005000000000123";
    let rows: Vec<(Value, String)> = vec![
        (
            spec(json!({"schedule": "error"})),
            r#"spec.schedule: Invalid value: "error": expected exactly 5 fields, found 1: [error]"#.into(),
        ),
        (spec(json!({"schedule": ""})), "spec.schedule: Required value".into()),
        (
            spec(json!({"schedule": "0 * * * *", "timeZone": ""})),
            r#"spec.timeZone: Invalid value: "": timeZone must be nil or non-empty string"#.into(),
        ),
        (
            spec(json!({"schedule": "0 * * * *", "timeZone": "LOCAL"})),
            r#"spec.timeZone: Invalid value: "LOCAL": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"#.into(),
        ),
        (
            spec(json!({"schedule": "0 * * * *", "timeZone": " Europe/Rome"})),
            r#"spec.timeZone: Invalid value: " Europe/Rome": unknown time zone  Europe/Rome"#.into(),
        ),
        (
            spec(json!({"schedule": "0 * * * *", "timeZone": "Europe/InvalidRome"})),
            r#"spec.timeZone: Invalid value: "Europe/InvalidRome": unknown time zone Europe/InvalidRome"#.into(),
        ),
        (
            spec(json!({"schedule": "0 * * * *", "timeZone": " "})),
            r#"spec.timeZone: Invalid value: " ": unknown time zone  "#.into(),
        ),
        (
            spec(json!({"schedule": "0 * * * *", "timeZone": "Europe/Rome "})),
            r#"spec.timeZone: Invalid value: "Europe/Rome ": unknown time zone Europe/Rome "#.into(),
        ),
        (
            spec(json!({"startingDeadlineSeconds": -1})),
            "spec.startingDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0".into(),
        ),
        (
            spec(json!({"successfulJobsHistoryLimit": -1})),
            "spec.successfulJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0".into(),
        ),
        (
            spec(json!({"failedJobsHistoryLimit": -1})),
            "spec.failedJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0".into(),
        ),
        (
            spec(json!({"concurrencyPolicy": null})),
            "spec.concurrencyPolicy: Required value".into(),
        ),
        (
            job_spec(json!({"parallelism": -1})),
            "spec.jobTemplate.spec.parallelism: Invalid value: -1: must be greater than or equal to 0".into(),
        ),
        (
            job_spec(json!({"completions": -1})),
            "spec.jobTemplate.spec.completions: Invalid value: -1: must be greater than or equal to 0".into(),
        ),
        (
            job_spec(json!({"activeDeadlineSeconds": -1})),
            "spec.jobTemplate.spec.activeDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0".into(),
        ),
        (
            job_spec(json!({"selector": {"matchLabels": {"a": "b"}}})),
            r#"spec.jobTemplate.spec.selector: Invalid value: {"matchLabels":{"a":"b"}}: `selector` will be auto-generated"#.into(),
        ),
        (
            json!({"metadata": {"name": long_name}}),
            format!(r#"metadata.name: Invalid value: "{long_name}": must be no more than 52 characters"#),
        ),
        (
            job_spec(json!({"manualSelector": true})),
            r#"spec.jobTemplate.spec.manualSelector: Unsupported value: true: supported values: "nil", "false""#.into(),
        ),
        (
            // podtest.MakePodSpec(): restart policy Always, no labels.
            job_spec(json!({"template": {"metadata": {"labels": null},
                "spec": {"restartPolicy": "Always", "initContainers": null}}})),
            r#"spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never""#.into(),
        ),
        (
            job_spec(json!({"template": {"metadata": {"labels": null},
                "spec": {"restartPolicy": "Invalid", "initContainers": null}}})),
            r#"spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: "Invalid": supported values: "Always", "OnFailure", "Never""#.into(),
        ),
        (
            job_spec(json!({"ttlSecondsAfterFinished": -1})),
            "spec.jobTemplate.spec.ttlSecondsAfterFinished: Invalid value: -1: must be greater than or equal to 0".into(),
        ),
    ];
    for (patch, want) in &rows {
        let cj = cron_job(patch);
        let got = create(&cj);
        assert_eq!(got.first(), Some(want), "create: {got:#?}");
        let mut old = cj.clone();
        old.spec.time_zone = None;
        let got = update(&cj, &old);
        if want.starts_with("metadata.name") {
            assert_eq!(got, Vec::<String>::new(), "update: {want}");
        } else {
            assert_eq!(got.first(), Some(want), "update: {got:#?}");
        }
    }
}

// TestValidateCronJobScheduleTZ
#[test]
fn validate_cron_job_schedule_tz_rows() {
    const TZ: &str = "TZ=UTC 0 * * * *";
    let tz_in_schedule = format!(
        r#"spec.schedule: Invalid value: "{TZ}": cannot use TZ or CRON_TZ in schedule, use timeZone field instead"#
    );
    let invalid = cron_job(&spec(json!({"schedule": TZ})));
    let valid = cron_job(&spec(json!({"schedule": "0 * * * *"})));
    assert_eq!(create(&invalid), std::slice::from_ref(&tz_in_schedule));
    assert_eq!(create(&valid), Vec::<String>::new());

    let changed = |cj: &CronJob, f: &dyn Fn(&mut CronJob)| {
        let mut new = cj.clone();
        f(&mut new);
        update(&new, cj)
    };
    assert_eq!(
        changed(&invalid, &|cj| cj.spec.schedule = "0 * * * *".into()),
        Vec::<String>::new(),
        "update removing TZ should work"
    );
    assert_eq!(
        changed(&invalid, &|cj| cj.spec.schedule = TZ.into()),
        Vec::<String>::new(),
        "update not modifying TZ should work"
    );
    assert_eq!(
        changed(&invalid, &|cj| cj.spec.time_zone = Some("UTC".into())),
        [format!(
            r#"spec.schedule: Invalid value: "{TZ}": cannot use both timeZone field and TZ or CRON_TZ in schedule"#
        )],
        "update not modifying TZ but adding .spec.timeZone should fail"
    );
    assert_eq!(
        changed(&valid, &|cj| cj.spec.schedule = TZ.into()),
        [tz_in_schedule],
        "update adding TZ should fail"
    );
}

// TestValidateCronJobSpec
#[test]
fn validate_cron_job_spec_time_zone_rows() {
    let spec_with = |tz: Option<&str>| -> CronJobSpec {
        cron_job(&spec(json!({"schedule": "0 * * * *", "timeZone": tz}))).spec
    };
    let unknown = |tz: &str| {
        vec![format!(
            r#"spec.timeZone: Invalid value: "{tz}": unknown time zone {tz}"#
        )]
    };
    type Row<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Vec<String>);
    let rows: &[Row] = &[
        (
            "no validation because timeZone is nil for old and new",
            None,
            None,
            vec![],
        ),
        (
            "check validation because timeZone is different for new",
            None,
            Some("America/New_York"),
            vec![],
        ),
        (
            "check validation because timeZone is different for new and invalid",
            None,
            Some("broken"),
            unknown("broken"),
        ),
        (
            "old timeZone and new timeZone are valid",
            Some("America/New_York"),
            Some("America/Chicago"),
            vec![],
        ),
        (
            "old timeZone is valid, but new timeZone is invalid",
            Some("America/New_York"),
            Some("broken"),
            unknown("broken"),
        ),
        (
            "old timeZone and new timeZone are invalid, but unchanged",
            Some("broken"),
            Some("broken"),
            vec![],
        ),
        (
            "old timeZone and new timeZone are invalid, but different",
            Some("broken"),
            Some("still broken"),
            unknown("still broken"),
        ),
        (
            "old timeZone is invalid, but new timeZone is valid",
            Some("broken"),
            Some("America/New_York"),
            vec![],
        ),
    ];
    for (name, old, new, want) in rows {
        let got = strings(&validate_cron_job_spec(
            &spec_with(*new),
            Some(&spec_with(*old)),
            &Path::new("spec"),
            &opts(),
        ));
        assert_eq!(&got, want, "{name}");
    }
}
