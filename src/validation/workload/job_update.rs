//! Job updates: `ValidateJobUpdate` and the template's immutability (`validatePodTemplateUpdate`)
//! of [pkg/apis/batch/validation/validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation.go).

use super::job::{pod_failure_policy_json, success_policy_json, validate_job_spec};
use super::{json, validate_immutable_selector, validate_object_meta_update};
use crate::api::batch::Job;
use crate::api::core::Affinity;
use crate::meta::field::{Error, ErrorList, Json, Path};
use crate::validation::pod::{pod_template_json, PodValidationOptions};

/// Go's `ValidateJobUpdate`: the spec, then what may not change (completions unless elastic,
/// the selector, the template but for its scheduling directives while the job is suspended and
/// never started, completion mode, failure and success policies, …).
#[doc(alias = "ValidateJobUpdate")]
#[must_use]
pub fn validate_job_update(new: &Job, old: &Job, opts: &PodValidationOptions) -> ErrorList {
    let mut errs = validate_object_meta_update(&new.metadata, &old.metadata);
    let path = Path::new("spec");
    let (spec, old_spec) = (&new.spec, &old.spec);
    errs.extend(validate_job_spec(spec, &path, opts));
    if spec.completions != old_spec.completions {
        // Elastic indexed jobs may change completions in tandem with parallelism.
        let indexed = spec.completion_mode.as_deref() == Some("Indexed");
        if !indexed {
            errs.push(Error::invalid(
                &path.child("completions"),
                json::opt_int(spec.completions),
                crate::meta::FIELD_IMMUTABLE,
            ));
        } else if let Some(c) = spec.completions {
            if Some(c) != spec.parallelism {
                errs.push(Error::invalid(
                    &path.child("completions"),
                    json::opt_int(spec.completions),
                    "can only be modified in tandem with spec.parallelism",
                ));
            }
        }
    }
    errs.extend(validate_immutable_selector(
        spec.selector.as_ref(),
        old_spec.selector.as_ref(),
    ));
    errs.extend(validate_pod_template_update(new, old));
    let immutable = |errs: &mut ErrorList, changed: bool, name: &str, value: Json| {
        if changed {
            errs.push(Error::invalid(
                &path.child(name),
                value,
                crate::meta::FIELD_IMMUTABLE,
            ));
        }
    };
    immutable(
        &mut errs,
        spec.completion_mode != old_spec.completion_mode,
        "completionMode",
        json::opt_string(spec.completion_mode.as_ref()),
    );
    immutable(
        &mut errs,
        spec.pod_failure_policy != old_spec.pod_failure_policy,
        "podFailurePolicy",
        spec.pod_failure_policy
            .as_ref()
            .map_or(Json::Null, pod_failure_policy_json),
    );
    immutable(
        &mut errs,
        spec.backoff_limit_per_index != old_spec.backoff_limit_per_index,
        "backoffLimitPerIndex",
        json::opt_int(spec.backoff_limit_per_index),
    );
    immutable(
        &mut errs,
        spec.managed_by != old_spec.managed_by,
        "managedBy",
        json::opt_string(spec.managed_by.as_ref()),
    );
    immutable(
        &mut errs,
        spec.success_policy != old_spec.success_policy,
        "successPolicy",
        spec.success_policy
            .as_ref()
            .map_or(Json::Null, success_policy_json),
    );
    errs
}

/// Go's `validatePodTemplateUpdate`: the template may not change, except that a job suspended
/// before it ever started may change where its pods go (node affinity, node selector,
/// tolerations, scheduling gates, template labels and annotations). The bad value is the whole
/// new template as Go marshals the internal struct.
fn validate_pod_template_update(new: &Job, old: &Job) -> Option<Error> {
    let (template, old_template) = (&new.spec.template, &old.spec.template);
    let mutable_scheduling = old.spec.suspend == Some(true) && old.status.start_time.is_none();
    let changed = if mutable_scheduling {
        let mut relaxed = old_template.clone();
        let (spec, old_spec) = (&template.spec, &mut relaxed.spec);
        match (&spec.affinity, &mut old_spec.affinity) {
            // Clearing the affinity is allowed when node affinity was all it held.
            (None, Some(a)) => {
                a.node_affinity = None;
                if *a == Affinity::default() {
                    old_spec.affinity = None;
                }
            }
            (Some(a), old_affinity @ None) => {
                *old_affinity = Some(Affinity {
                    node_affinity: a.node_affinity.clone(),
                    ..Affinity::default()
                });
            }
            (Some(a), Some(old_a)) => old_a.node_affinity.clone_from(&a.node_affinity),
            (None, None) => {}
        }
        old_spec.node_selector.clone_from(&spec.node_selector);
        old_spec.tolerations.clone_from(&spec.tolerations);
        old_spec.scheduling_gates.clone_from(&spec.scheduling_gates);
        relaxed
            .metadata
            .annotations
            .clone_from(&template.metadata.annotations);
        relaxed
            .metadata
            .labels
            .clone_from(&template.metadata.labels);
        *template != relaxed
    } else {
        template != old_template
    };
    changed.then(|| {
        Error::invalid(
            &Path::new("spec").child("template"),
            pod_template_json(template),
            crate::meta::FIELD_IMMUTABLE,
        )
    })
}
