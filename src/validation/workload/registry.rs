//! The API server's create and update path for the workload kinds: decode-time defaulting,
//! the system fields, each kind's registry strategy (`pkg/registry/apps/deployment/strategy.go`,
//! …, `pkg/registry/batch/job/strategy.go`, `pkg/registry/policy/poddisruptionbudget/strategy.go`
//! at v1.36.0) and the generic metadata checks of `rest.BeforeCreate`/`rest.BeforeUpdate`
//! (`k8s.io/apiserver/pkg/registry/rest`).

use alloc::string::String;

use super::{
    validate_cron_job, validate_cron_job_update, validate_daemon_set, validate_daemon_set_update,
    validate_deployment, validate_deployment_update, validate_immutable_selector, validate_job,
    validate_job_update, validate_pod_disruption_budget, validate_replica_set,
    validate_replica_set_update, validate_stateful_set, validate_stateful_set_update, WorkloadKind,
    CONTROLLER_UID_LABEL, JOB_NAME_LABEL, LEGACY_CONTROLLER_UID_LABEL, LEGACY_JOB_NAME_LABEL,
};
use crate::api::apps::{DaemonSet, Deployment, ReplicaSet, StatefulSet};
use crate::api::batch::{CronJob, Job};
use crate::api::core::{LabelSelector, ObjectMeta};
use crate::api::policy::PodDisruptionBudget;
use crate::meta::field::{ErrorList, Path};
use crate::meta::{validate_object_meta, validate_object_meta_update, NameValidator};
use crate::selector::LabelSelectorValidationOptions;
use crate::validation::defaults::{
    default_cron_job, default_daemon_set, default_deployment, default_job,
    default_pod_disruption_budget, default_replica_set, default_stateful_set,
};
use crate::validation::pod::PodValidationOptions;

/// The annotation a v1 DaemonSet carries its internal `templateGeneration` in.
const DAEMON_SET_TEMPLATE_GENERATION: &str = "deprecated.daemonset.template.generation";

/// One object of a workload kind, as decoded from its `apiVersion`/`kind`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
#[expect(
    clippy::large_enum_variant,
    reason = "one object per request, held by value like the typed objects themselves"
)]
pub enum Workload {
    /// `apps/v1` Deployment.
    Deployment(Deployment),
    /// `apps/v1` ReplicaSet.
    ReplicaSet(ReplicaSet),
    /// `apps/v1` StatefulSet.
    StatefulSet(StatefulSet),
    /// `apps/v1` DaemonSet.
    DaemonSet(DaemonSet),
    /// `batch/v1` Job.
    Job(Job),
    /// `batch/v1` CronJob.
    CronJob(CronJob),
    /// `policy/v1` PodDisruptionBudget.
    PodDisruptionBudget(PodDisruptionBudget),
}

impl Workload {
    /// Whether `api_version`/`kind` name one of the kinds [`Workload`] holds (see
    /// [`WorkloadKind::from_type`]).
    #[must_use]
    pub fn is_workload_kind(api_version: &str, kind: &str) -> bool {
        WorkloadKind::from_type(api_version, kind).is_some()
    }

    /// The object's kind.
    #[must_use]
    pub fn kind(&self) -> WorkloadKind {
        match self {
            Workload::Deployment(_) => WorkloadKind::Deployment,
            Workload::ReplicaSet(_) => WorkloadKind::ReplicaSet,
            Workload::StatefulSet(_) => WorkloadKind::StatefulSet,
            Workload::DaemonSet(_) => WorkloadKind::DaemonSet,
            Workload::Job(_) => WorkloadKind::Job,
            Workload::CronJob(_) => WorkloadKind::CronJob,
            Workload::PodDisruptionBudget(_) => WorkloadKind::PodDisruptionBudget,
        }
    }

    /// The object's metadata.
    #[must_use]
    pub fn metadata(&self) -> &ObjectMeta {
        match self {
            Workload::Deployment(o) => &o.metadata,
            Workload::ReplicaSet(o) => &o.metadata,
            Workload::StatefulSet(o) => &o.metadata,
            Workload::DaemonSet(o) => &o.metadata,
            Workload::Job(o) => &o.metadata,
            Workload::CronJob(o) => &o.metadata,
            Workload::PodDisruptionBudget(o) => &o.metadata,
        }
    }

    /// The object's metadata, mutably.
    pub fn metadata_mut(&mut self) -> &mut ObjectMeta {
        match self {
            Workload::Deployment(o) => &mut o.metadata,
            Workload::ReplicaSet(o) => &mut o.metadata,
            Workload::StatefulSet(o) => &mut o.metadata,
            Workload::DaemonSet(o) => &mut o.metadata,
            Workload::Job(o) => &mut o.metadata,
            Workload::CronJob(o) => &mut o.metadata,
            Workload::PodDisruptionBudget(o) => &mut o.metadata,
        }
    }

    /// The kind's `SetObjectDefaults_<Kind>`.
    pub fn apply_defaults(&mut self) {
        match self {
            Workload::Deployment(o) => default_deployment(o),
            Workload::ReplicaSet(o) => default_replica_set(o),
            Workload::StatefulSet(o) => default_stateful_set(o),
            Workload::DaemonSet(o) => default_daemon_set(o),
            Workload::Job(o) => default_job(o),
            Workload::CronJob(o) => default_cron_job(o),
            Workload::PodDisruptionBudget(o) => default_pod_disruption_budget(o),
        }
    }
}

/// What a create or update request brings besides the object.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Request {
    /// The request's namespace (the URL's): filled into an object without one.
    pub namespace: Option<String>,
    /// kube-apiserver's `--allow-privileged`.
    pub allow_privileged: bool,
    /// The UID the server gives a created object (a random UUID on a real server).
    pub uid: String,
    /// The suffix `generateName` gets (five random characters on a real server).
    pub generate_name_suffix: String,
}

impl Request {
    /// A request in `namespace`, with the cluster's `--allow-privileged`, giving created
    /// objects `uid` and generated names `suffix`.
    #[must_use]
    pub fn new(
        namespace: Option<&str>,
        allow_privileged: bool,
        uid: &str,
        suffix: &str,
    ) -> Request {
        Request {
            namespace: namespace.map(String::from),
            allow_privileged,
            uid: String::from(uid),
            generate_name_suffix: String::from(suffix),
        }
    }

    fn pod_options(&self) -> PodValidationOptions {
        PodValidationOptions::with_allow_privileged(self.allow_privileged)
    }

    fn fill_namespace(&self, meta: &mut ObjectMeta) {
        if let Some(ns) = &self.namespace {
            if meta.namespace.is_empty() {
                meta.namespace.clone_from(ns);
            }
        }
    }
}

/// The internal DaemonSet's `templateGeneration` (its annotation; 0 without one or when it is
/// no number, which upstream's conversion would have refused).
fn template_generation(ds: &DaemonSet) -> i64 {
    ds.metadata
        .annotations
        .get(DAEMON_SET_TEMPLATE_GENERATION)
        .and_then(|v| crate::text::go_atoi(v).ok())
        .unwrap_or(0)
}

/// The job strategy's `generateSelector`: the generated labels on the template (unless set),
/// and a selector on the batch controller-uid label.
fn generate_job_selector(job: &mut Job) {
    if job.spec.manual_selector == Some(true) {
        return;
    }
    let (name, uid) = (job.metadata.name.clone(), job.metadata.uid.clone());
    let labels = &mut job.spec.template.metadata.labels;
    for (key, value) in [
        (LEGACY_JOB_NAME_LABEL, &name),
        (JOB_NAME_LABEL, &name),
        (LEGACY_CONTROLLER_UID_LABEL, &uid),
        (CONTROLLER_UID_LABEL, &uid),
    ] {
        labels
            .entry(String::from(key))
            .or_insert_with(|| value.clone());
    }
    let selector = job.spec.selector.get_or_insert_with(LabelSelector::default);
    selector
        .match_labels
        .entry(String::from(CONTROLLER_UID_LABEL))
        .or_insert(uid);
}

/// The StatefulSet strategy's `dropStatefulSetDisabledFields`: with `MaxUnavailableStatefulSet`
/// off (1.36), `maxUnavailable` goes unless the stored object already uses it.
fn drop_max_unavailable(ss: &mut StatefulSet, old: Option<&StatefulSet>) {
    let in_use = old
        .and_then(|o| o.spec.update_strategy.rolling_update.as_ref())
        .is_some_and(|ru| ru.max_unavailable.is_some());
    if !in_use {
        if let Some(ru) = &mut ss.spec.update_strategy.rolling_update {
            ru.max_unavailable = None;
        }
    }
}

/// The generic metadata checks of the registry (`ValidateObjectMetaAccessor` with
/// `path.ValidatePathSegmentName`, namespaced).
fn generic_meta(meta: &ObjectMeta) -> ErrorList {
    validate_object_meta(
        meta,
        true,
        NameValidator::PathSegment,
        &Path::new("metadata"),
    )
}

/// The create path (the create handler and `rest.BeforeCreate`): defaults, the request's
/// namespace, the UID, the name from `generateName`, `PrepareForCreate` (a Job's generated
/// selector), the strategy's `Validate`;
/// the generic metadata checks only when that passed. `obj` is left as the server would store
/// it.
#[doc(alias = "BeforeCreate")]
pub fn validate_create(obj: &mut Workload, req: &Request) -> ErrorList {
    // `SetDefaults_Job` gives a Job without labels its template's label map, the same Go map:
    // the labels `PrepareForCreate` generates on the template land on the Job too.
    let job_labels_shared = matches!(&*obj, Workload::Job(j)
        if j.metadata.labels.is_empty() && !j.spec.template.metadata.labels.is_empty());
    obj.apply_defaults();
    let meta = obj.metadata_mut();
    req.fill_namespace(meta);
    meta.uid.clone_from(&req.uid);
    meta.generation = 1;
    // The handler generates the name before admission and the strategy (`BeforeCreate` only
    // checks that it was).
    if meta.name.is_empty() && !meta.generate_name.is_empty() {
        meta.name = alloc::format!("{}{}", meta.generate_name, req.generate_name_suffix);
    }
    match obj {
        Workload::Job(job) => {
            generate_job_selector(job);
            if job_labels_shared {
                job.metadata
                    .labels
                    .clone_from(&job.spec.template.metadata.labels);
            }
        }
        Workload::StatefulSet(ss) => drop_max_unavailable(ss, None),
        _ => {}
    }
    let opts = req.pod_options();
    let errs = match &*obj {
        Workload::Deployment(o) => validate_deployment(o, &opts),
        Workload::ReplicaSet(o) => validate_replica_set(o, &opts),
        Workload::StatefulSet(o) => validate_stateful_set(o, &opts),
        Workload::DaemonSet(o) => validate_daemon_set(o, 1, &opts),
        Workload::Job(o) => validate_job(o, true, &opts),
        Workload::CronJob(o) => validate_cron_job(o, &opts),
        Workload::PodDisruptionBudget(o) => {
            validate_pod_disruption_budget(o, LabelSelectorValidationOptions::default())
        }
    };
    if !errs.is_empty() {
        return errs;
    }
    generic_meta(obj.metadata())
}

/// The update path (`rest.BeforeUpdate`): defaults on both, resource versions (`"1"` for an
/// old without one, the old's for a new without one), the generation, UID and creation time
/// kept from the old object, `PrepareForUpdate`, the generic metadata checks, then the
/// strategy's `ValidateUpdate`. Objects of different kinds are not an update: nothing is
/// reported.
#[doc(alias = "BeforeUpdate")]
pub fn validate_update(obj: &mut Workload, old: &mut Workload, req: &Request) -> ErrorList {
    obj.apply_defaults();
    old.apply_defaults();
    let old_meta = old.metadata_mut();
    req.fill_namespace(old_meta);
    if old_meta.resource_version.is_empty() {
        old_meta.resource_version = String::from("1");
    }
    let old_meta = old.metadata().clone();
    let meta = obj.metadata_mut();
    req.fill_namespace(meta);
    if meta.resource_version.is_empty() {
        meta.resource_version.clone_from(&old_meta.resource_version);
    }
    meta.generation = old_meta.generation;
    if meta.uid.is_empty() {
        meta.uid.clone_from(&old_meta.uid);
    }
    if old_meta.creation_timestamp.is_some() {
        meta.creation_timestamp
            .clone_from(&old_meta.creation_timestamp);
    }
    // An update can never remove or change a deletion timestamp, nor remove the grace period
    // (apiserver's rest.BeforeUpdate, v0.36.3).
    if old_meta.deletion_timestamp.is_some() {
        meta.deletion_timestamp
            .clone_from(&old_meta.deletion_timestamp);
    }
    if meta.deletion_grace_period_seconds.is_none() {
        meta.deletion_grace_period_seconds = old_meta.deletion_grace_period_seconds;
    }
    if let (Workload::StatefulSet(n), Workload::StatefulSet(o)) = (&mut *obj, &*old) {
        drop_max_unavailable(n, Some(o));
    }
    let mut errs = generic_meta(obj.metadata());
    errs.extend(validate_object_meta_update(
        obj.metadata(),
        &old_meta,
        &Path::new("metadata"),
    ));
    let opts = req.pod_options();
    let strategy = match (&*obj, &*old) {
        (Workload::Deployment(n), Workload::Deployment(o)) => {
            let mut e = validate_deployment_update(n, o, &opts);
            e.extend(validate_immutable_selector(
                n.spec.selector.as_ref(),
                o.spec.selector.as_ref(),
            ));
            e
        }
        (Workload::ReplicaSet(n), Workload::ReplicaSet(o)) => {
            let mut e = validate_replica_set_update(n, o, &opts);
            e.extend(validate_immutable_selector(
                n.spec.selector.as_ref(),
                o.spec.selector.as_ref(),
            ));
            e
        }
        (Workload::StatefulSet(n), Workload::StatefulSet(o)) => {
            validate_stateful_set_update(n, o, &opts)
        }
        (Workload::DaemonSet(n), Workload::DaemonSet(o)) => {
            // PrepareForUpdate: the old generation, one more when the template changed.
            let old_tg = template_generation(o);
            let tg = old_tg + i64::from(n.spec.template != o.spec.template);
            validate_daemon_set_update(n, o, tg, &opts)
        }
        (Workload::Job(n), Workload::Job(o)) => {
            let labels = &o.spec.template.metadata.labels;
            let prefixed =
                labels.contains_key(JOB_NAME_LABEL) && labels.contains_key(CONTROLLER_UID_LABEL);
            let mut e = validate_job(n, prefixed, &opts);
            e.extend(validate_job_update(n, o, &opts));
            e
        }
        (Workload::CronJob(n), Workload::CronJob(o)) => validate_cron_job_update(n, o, &opts),
        (Workload::PodDisruptionBudget(n), Workload::PodDisruptionBudget(_)) => {
            validate_pod_disruption_budget(n, LabelSelectorValidationOptions::default())
        }
        _ => ErrorList::new(),
    };
    errs.extend(strategy);
    errs
}
