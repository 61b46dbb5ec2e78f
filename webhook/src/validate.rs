//! `POST /validate`: the object checks the API server runs before admission (with its field
//! paths and messages), then the LimitRanger's and ResourceQuota's validating admission, in the
//! order the API server runs them.

use kube_primitives::api::core::{ObjectMeta, Pod, Service};
use kube_primitives::api::GroupKind;
use kube_primitives::meta::decode;
use kube_primitives::meta::field::{ErrorList, ErrorType, Path};
use kube_primitives::meta::{validate_object_meta, validate_object_meta_update, NameValidator};
use kube_primitives::service::validate_service_manifest;
use kube_primitives::validation::pod::{
    validate_pod_create_request, validate_pod_update_request, PodValidationOptions,
};
use kube_primitives::validation::workload::{
    validate_create, validate_update, Request, Workload, WorkloadKind,
};
use serde::Deserialize;
use serde_json::Value;

use crate::review::AdmissionRequest;
use crate::status::{bad_request, decode, undecodable, Denial};

/// Any object: only its metadata is read.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Metadata {
    /// `metadata`.
    pub metadata: Option<ObjectMeta>,
}

/// The operations that carry an object to check.
fn writes(operation: &str) -> bool {
    matches!(operation, "CREATE" | "UPDATE")
}

/// The request's object, or the 400 for a create or update without one.
///
/// # Errors
///
/// The 400 `Status`.
pub fn object(request: &AdmissionRequest) -> Result<&Value, Denial> {
    match &request.object {
        Some(v) if !v.is_null() => Ok(v),
        _ => Err(bad_request(format!(
            "{} request without an object",
            request.operation
        ))),
    }
}

/// The suffix a name gets from `generateName` when the object arrives without a name (the API
/// server generates names before admission, so real reviews carry one).
const GENERATED_SUFFIX: &str = "xxxxx";

/// The UID a created object is validated with when the review's object has none.
const PLACEHOLDER_UID: &str = "00000000-0000-0000-0000-000000000000";

/// Checks the object of a create or update of the object itself (sub-resources are not
/// checked): `Ok` when valid, else the `Status` the API server would answer — 422 `Invalid`
/// with one cause per error and the `<Kind> "<name>" is invalid: …` message
/// (`apierrors.NewInvalid`), or 400 for an object that does not decode.
///
/// What is checked, by kind, with the API server's 1.36 rules, paths and messages:
/// - `Pod`: the whole pod (`ValidatePodCreate` / `ValidatePodUpdate` after defaulting and the
///   strategy's preparation): metadata, containers, volumes, resources, probes, security
///   contexts, scheduling fields, the security annotations, what an update may change;
/// - `Deployment`, `ReplicaSet`, `StatefulSet`, `DaemonSet` (`apps/v1`), `Job`, `CronJob`
///   (`batch/v1`), `PodDisruptionBudget` (`policy/v1`): the kind's create or update validation
///   through its registry strategy, the pod template included;
/// - `Service`: `ValidateService` after defaulting (ports, type rules, selector labels,
///   session affinity, external IPs, node ports, traffic policies);
/// - every other kind: `ObjectMeta` (`ValidateObjectMeta` on create with the kind's name rule,
///   `ValidateObjectMetaUpdate` on update).
///
/// `allow_privileged` is kube-apiserver's `--allow-privileged`: without it privileged and
/// hostProcess containers are refused.
///
/// # Errors
///
/// The `Status` to deny with.
pub fn validate_object(request: &AdmissionRequest, allow_privileged: bool) -> Result<(), Denial> {
    if !writes(&request.operation) || !request.sub_resource.is_empty() {
        return Ok(());
    }
    let doc = object(request)?;
    let kind = &request.kind;
    let old_doc = match (&request.old_object, request.operation.as_str()) {
        (Some(old), "UPDATE") if !old.is_null() => Some(old),
        _ => None,
    };
    let api_version = if kind.group.is_empty() {
        kind.version.clone()
    } else {
        format!("{}/{}", kind.group, kind.version)
    };
    let (errs, name) = if (kind.group.as_str(), kind.kind.as_str()) == ("", "Pod") {
        pod_errors(request, doc, old_doc, allow_privileged)?
    } else if let Some(workload_kind) = WorkloadKind::from_type(&api_version, &kind.kind) {
        workload_errors(request, workload_kind, doc, old_doc, allow_privileged)?
    } else {
        let meta: Metadata = decode(doc, kind)?;
        let meta = meta.metadata.unwrap_or_default();
        let mut errs = match old_doc {
            Some(old) => {
                let m: Metadata = decode(old, kind)?;
                let old = m.metadata.unwrap_or_default();
                validate_object_meta_update(&meta, &old, &Path::new("metadata"))
            }
            None => create_meta_errors(request, &meta),
        };
        if (kind.group.as_str(), kind.kind.as_str()) == ("", "Service") {
            // `validate_service_manifest` checks the metadata too: keep its spec errors only.
            let service: Service = decode(doc, kind)?;
            errs.append(without_metadata(validate_service_manifest(&service)));
        }
        (errs, meta.name)
    };
    if errs.is_empty() {
        return Ok(());
    }
    let name = if name.is_empty() {
        &request.name
    } else {
        &name
    };
    let gk = GroupKind {
        group: kind.group.clone(),
        kind: kind.kind.clone(),
    };
    Err(Box::new(errs.to_invalid_status(&gk, name)))
}

/// A pod as the API server validates it: defaulted, in the request's namespace, prepared by
/// the pod strategy; the errors and the pod's name.
fn pod_errors(
    request: &AdmissionRequest,
    doc: &Value,
    old_doc: Option<&Value>,
    allow_privileged: bool,
) -> Result<(ErrorList, String), Denial> {
    let opts = PodValidationOptions::with_allow_privileged(allow_privileged);
    let namespace = Some(request.namespace.as_str()).filter(|ns| !ns.is_empty());
    let mut pod: Pod = decode(doc, &request.kind)?;
    let errs = match old_doc {
        Some(old) => {
            let mut old: Pod = decode(old, &request.kind)?;
            validate_pod_update_request(&mut pod, &mut old, namespace, &opts)
        }
        None => validate_pod_create_request(&mut pod, namespace, GENERATED_SUFFIX, &opts),
    };
    Ok((errs, pod.metadata.name))
}

/// A Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob or PodDisruptionBudget
/// through its registry strategy; the errors and the object's name.
fn workload_errors(
    request: &AdmissionRequest,
    workload_kind: WorkloadKind,
    doc: &Value,
    old_doc: Option<&Value>,
    allow_privileged: bool,
) -> Result<(ErrorList, String), Denial> {
    let decode_workload = |v: &Value| -> Result<Workload, Denial> {
        decode::deserialize_seed(workload_kind, v).map_err(|e| undecodable(&request.kind, &e))
    };
    let mut obj = decode_workload(doc)?;
    let uid = match obj.metadata().uid.as_str() {
        "" => PLACEHOLDER_UID,
        uid => uid,
    }
    .to_owned();
    let namespace = Some(request.namespace.as_str()).filter(|ns| !ns.is_empty());
    let req = Request::new(namespace, allow_privileged, &uid, GENERATED_SUFFIX);
    let errs = match old_doc {
        Some(old) => validate_update(&mut obj, &mut decode_workload(old)?, &req),
        None => validate_create(&mut obj, &req),
    };
    Ok((errs, obj.metadata().name.clone()))
}

/// `ValidateObjectMeta` with the kind's name rule (a DNS-1123 subdomain for kinds the crate does
/// not list, as for custom resources), the object namespaced when the request is.
fn create_meta_errors(request: &AdmissionRequest, meta: &ObjectMeta) -> ErrorList {
    let rule = NameValidator::for_builtin(&request.kind.group, &request.kind.kind)
        .unwrap_or(NameValidator::DnsSubdomain);
    let errs = validate_object_meta(
        meta,
        !request.namespace.is_empty(),
        rule,
        &Path::new("metadata"),
    );
    if meta.generate_name.is_empty() {
        return errs;
    }
    // A mutating webhook sees a create before the server generates the name from
    // `generateName`; upstream validates after that, so a missing name is not an error yet.
    let mut kept = ErrorList::new();
    for e in errs.into_vec() {
        if !(e.kind == ErrorType::Required && e.field.as_str() == "metadata.name") {
            kept.push(e);
        }
    }
    kept
}

fn without_metadata(errs: ErrorList) -> ErrorList {
    let mut kept = ErrorList::new();
    for e in errs.into_vec() {
        let field = e.field.as_str();
        if field != "metadata" && !field.starts_with("metadata.") {
            kept.push(e);
        }
    }
    kept
}
