//! Job updates: `ValidateJobUpdate` and the template's immutability (`validatePodTemplateUpdate`)
//! of [pkg/apis/batch/validation/validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation.go).

use super::job::{pod_failure_policy_json, success_policy_json, validate_job_spec};
use super::{json, validate_immutable_selector, validate_object_meta_update};
use crate::api::batch::{job_condition_type, Job};
use crate::api::core::{condition_status, Affinity};
use crate::meta::field::{Error, ErrorList, Json, Path};
use crate::validation::pod::{pod_spec_json, pod_template_json, PodValidationOptions};

/// Go's `ValidateJobUpdate`: the spec, then what may not change (completions unless elastic,
/// the selector, the template but for its scheduling directives and container resources while
/// the job is suspended and its pods are gone, completion mode, failure and success policies, …).
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

/// Whether a suspended job's template may change where its pods go and what its containers
/// request: the job is suspended, has no active pods, and either never started or carries the
/// `Suspended=True` condition. The job strategy's condition with the 1.36 defaults of
/// `MutableSchedulingDirectivesForSuspendedJobs` and `MutablePodResourcesForSuspendedJobs`
/// (both beta, on; [KEP-5440](https://github.com/kubernetes/enhancements/tree/master/keps/sig-apps/5440-mutable-job-pod-resource-updates):
/// a job suspended after it ran may be changed once its pods are gone).
fn template_mutable(old: &Job) -> bool {
    let status = &old.status;
    old.spec.suspend == Some(true)
        && status.active == 0
        && (status.start_time.is_none()
            || status.conditions.iter().any(|c| {
                c.type_ == job_condition_type::SUSPENDED && c.status == condition_status::TRUE
            }))
}

/// Go's `validatePodTemplateUpdate`: the template may not change, except that a suspended job
/// whose pods are gone ([`template_mutable`]) may change where its pods go (node affinity, node
/// selector, tolerations, scheduling gates, template labels and annotations) and its
/// containers' resources. Then only the pod spec is compared (upstream's
/// `validatePodResourceUpdatesOnly`), so the error sits on `spec.template.spec`; otherwise the
/// whole template is, on `spec.template`. The bad value is the new template or spec as Go
/// marshals the internal struct.
fn validate_pod_template_update(new: &Job, old: &Job) -> Option<Error> {
    let (template, old_template) = (&new.spec.template, &old.spec.template);
    if !template_mutable(old) {
        return (template != old_template).then(|| {
            Error::invalid(
                &Path::new("spec").child("template"),
                pod_template_json(template),
                crate::meta::FIELD_IMMUTABLE,
            )
        });
    }
    let (spec, mut relaxed) = (&template.spec, old_template.spec.clone());
    match (&spec.affinity, &mut relaxed.affinity) {
        // Clearing the affinity is allowed when node affinity was all it held.
        (None, Some(a)) => {
            a.node_affinity = None;
            if *a == Affinity::default() {
                relaxed.affinity = None;
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
    relaxed.node_selector.clone_from(&spec.node_selector);
    relaxed.tolerations.clone_from(&spec.tolerations);
    relaxed.scheduling_gates.clone_from(&spec.scheduling_gates);
    // Resources follow the new spec where the container lists line up by position and name.
    for (new_list, old_list) in [
        (&spec.containers, &mut relaxed.containers),
        (&spec.init_containers, &mut relaxed.init_containers),
    ] {
        if new_list.len() == old_list.len() {
            for (c, old_c) in new_list.iter().zip(old_list.iter_mut()) {
                if c.name == old_c.name {
                    old_c.resources.clone_from(&c.resources);
                }
            }
        }
    }
    (*spec != relaxed).then(|| {
        Error::invalid(
            &Path::new("spec").child("template").child("spec"),
            pod_spec_json(spec),
            crate::meta::FIELD_IMMUTABLE,
        )
    })
}
