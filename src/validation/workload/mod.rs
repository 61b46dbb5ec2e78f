//! Workload validation as the API server does it at 1.36: Deployment, ReplicaSet, StatefulSet,
//! DaemonSet ([apps](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/apps/validation/validation.go)),
//! Job and CronJob ([batch](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation.go))
//! and PodDisruptionBudget ([policy](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/policy/validation/validation.go)),
//! with the API server's field paths and messages in upstream order; and the registry path
//! around them ([`validate_create`], [`validate_update`]): defaulting, system fields, the
//! strategies' `PrepareForCreate`/`PrepareForUpdate`, then `Validate`/`ValidateUpdate` and the
//! generic metadata checks.
//!
//! ```
//! use kube_primitives::api::apps::Deployment;
//! use kube_primitives::validation::workload::{validate_create, Request, Workload};
//!
//! let d: Deployment = serde_json::from_str(r#"{"metadata": {"name": "web", "namespace": "shop"},
//!     "spec": {"selector": {"matchLabels": {"app": "web"}},
//!              "template": {"metadata": {"labels": {"app": "api"}}}}}"#).unwrap();
//! let errs = validate_create(&mut Workload::Deployment(d), &Request::default());
//! assert_eq!(errs[0].to_string(), "spec.template.metadata.labels: Invalid value: \
//!     {\"app\":\"api\"}: `selector` does not match template `labels`");
//! ```

mod cron;
mod cron_job;
mod daemon_set;
mod deployment;
mod intstr;
mod job;
mod job_update;
mod json;
mod kind;
mod pod_disruption_budget;
mod registry;
mod stateful_set;
mod tz_names;

/// Re-exported from [`validation::pod`](crate::validation::pod), where pods' ephemeral volumes
/// use it too.
pub use crate::validation::pod::validate_claim_spec;
pub use cron::parse_standard;
pub use cron_job::{
    validate_cron_job, validate_cron_job_spec, validate_cron_job_update, validate_job_template_spec,
};
pub use daemon_set::{
    validate_daemon_set, validate_daemon_set_spec, validate_daemon_set_update,
    validate_daemon_set_update_strategy, validate_rolling_update_daemon_set,
};
pub use deployment::{
    validate_deployment, validate_deployment_spec, validate_deployment_strategy,
    validate_deployment_update, validate_pod_template_spec_for_replica_set, validate_replica_set,
    validate_replica_set_spec, validate_replica_set_update, validate_rolling_update_deployment,
};
pub use intstr::{is_not_more_than_100_percent, validate_positive_int_or_percent};
pub use job::{
    validate_job, validate_job_spec, CONTROLLER_UID_LABEL, JOB_NAME_LABEL,
    LEGACY_CONTROLLER_UID_LABEL, LEGACY_JOB_NAME_LABEL,
};
pub use job_update::validate_job_update;
pub use kind::WorkloadKind;
pub use pod_disruption_budget::{
    validate_pod_disruption_budget, validate_pod_disruption_budget_spec,
};
pub use registry::{validate_create, validate_update, Request, Workload};
pub use stateful_set::{
    validate_stateful_set, validate_stateful_set_spec, validate_stateful_set_update,
};

use crate::api::core::{LabelSelector, ObjectMeta};
use crate::meta::field::{Error, ErrorList, Path};
use crate::meta::NameValidator;
use crate::meta::{FINALIZER_DELETE_DEPENDENTS, FINALIZER_ORPHAN_DEPENDENTS};

/// Core's `validateKubeFinalizerName`: a finalizer without a `/` must be a standard one.
fn validate_kube_finalizers(meta: &ObjectMeta, path: &Path) -> ErrorList {
    let standard = [
        "kubernetes",
        FINALIZER_ORPHAN_DEPENDENTS,
        FINALIZER_DELETE_DEPENDENTS,
    ];
    let fp = path.child("finalizers");
    meta.finalizers
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.contains('/') && !standard.contains(&f.as_str()))
        .map(|(i, f)| {
            Error::invalid(
                &fp.index(i),
                f.as_str(),
                "name is neither a standard finalizer name nor is it fully qualified",
            )
        })
        .collect()
}

/// Core's `ValidateObjectMeta` (`pkg/apis/core/validation`): the generic checks, then the
/// finalizer names.
pub(crate) fn validate_object_meta(meta: &ObjectMeta, name_fn: NameValidator) -> ErrorList {
    let path = Path::new("metadata");
    let mut errs = crate::meta::validate_object_meta(meta, true, name_fn, &path);
    errs.extend(validate_kube_finalizers(meta, &path));
    errs
}

/// Core's `ValidateObjectMetaUpdate`: the generic checks, then the new finalizer names.
pub(crate) fn validate_object_meta_update(new: &ObjectMeta, old: &ObjectMeta) -> ErrorList {
    let path = Path::new("metadata");
    let mut errs = crate::meta::validate_object_meta_update(new, old, &path);
    errs.extend(validate_kube_finalizers(new, &path));
    errs
}

/// `spec.selector: field is immutable` (Go's `ValidateImmutableField` on the selector).
fn validate_immutable_selector(
    new: Option<&LabelSelector>,
    old: Option<&LabelSelector>,
) -> ErrorList {
    let mut errs = ErrorList::new();
    if new != old {
        errs.push(Error::invalid(
            &Path::new("spec").child("selector"),
            json::label_selector(new),
            crate::meta::FIELD_IMMUTABLE,
        ));
    }
    errs
}
