//! `POST /validate`: the object checks the API server runs before admission (with its field
//! paths and messages), then the LimitRanger's and ResourceQuota's validating admission, in the
//! order the API server runs them.

use kube_primitives::api::core::{ObjectMeta, Pod, PodSpec, Service};
use kube_primitives::api::GroupKind;
use kube_primitives::meta::field::{ErrorList, ErrorType, Path};
use kube_primitives::meta::{validate_object_meta, validate_object_meta_update, NameValidator};
use kube_primitives::probe::{validate_probe, ProbeKind};
use kube_primitives::service::validate_service_manifest;
use serde::Deserialize;
use serde_json::Value;

use crate::review::AdmissionRequest;
use crate::status::{bad_request, decode, Denial};
use crate::workload::{validate_workload, Workload, WorkloadKind};

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

/// Checks the object of a create or update of the object itself (sub-resources are not
/// checked): `Ok` when valid, else the `Status` the API server would answer — 422 `Invalid`
/// with one cause per error and the `<Kind> "<name>" is invalid: …` message
/// (`apierrors.NewInvalid`), or 400 for an object that does not decode.
///
/// What is checked, by kind (the checks this crate models, in upstream's order; an object that
/// breaks other rules the API server has is not refused for them here):
/// - every kind: `ObjectMeta` (`ValidateObjectMeta` on create with the kind's name rule,
///   `ValidateObjectMetaUpdate` on update);
/// - `Pod`: container probes;
/// - `Service`: `ValidateService` after defaulting (ports, type rules, selector labels,
///   session affinity, external IPs, node ports, traffic policies);
/// - `Deployment`, `ReplicaSet`, `DaemonSet` (`apps`): replicas, the label selector (valid,
///   not empty, matching the template's labels), the template's labels, annotations and
///   container probes, `minReadySeconds`.
///
/// # Errors
///
/// The `Status` to deny with.
pub fn validate_object(request: &AdmissionRequest) -> Result<(), Denial> {
    if !writes(&request.operation) || !request.sub_resource.is_empty() {
        return Ok(());
    }
    let doc = object(request)?;
    let kind = &request.kind;
    let meta: Metadata = decode(doc, kind)?;
    let meta = meta.metadata.unwrap_or_default();
    let old = match (&request.old_object, request.operation.as_str()) {
        (Some(old), "UPDATE") if !old.is_null() => {
            let m: Metadata = decode(old, kind)?;
            Some(m.metadata.unwrap_or_default())
        }
        _ => None,
    };
    let mut errs = match old.as_ref() {
        Some(old) => validate_object_meta_update(&meta, old, &Path::new("metadata")),
        None => create_meta_errors(request, &meta),
    };
    let spec_errs = match (kind.group.as_str(), kind.kind.as_str()) {
        ("", "Pod") => {
            let pod: Pod = decode(doc, kind)?;
            validate_pod_spec(&pod.spec, &Path::new("spec"))
        }
        // `validate_service_manifest` checks the metadata too: keep its spec errors only.
        ("", "Service") => {
            let service: Service = decode(doc, kind)?;
            without_metadata(validate_service_manifest(&service))
        }
        ("apps", k) => match WorkloadKind::from_kind(k) {
            Some(w) => {
                let workload: Workload = decode(doc, kind)?;
                validate_workload(w, &workload, doc)
            }
            None => ErrorList::new(),
        },
        _ => ErrorList::new(),
    };
    errs.append(spec_errs);
    if errs.is_empty() {
        return Ok(());
    }
    let name = if meta.name.is_empty() {
        &request.name
    } else {
        &meta.name
    };
    let gk = GroupKind {
        group: kind.group.clone(),
        kind: kind.kind.clone(),
    };
    Err(Box::new(errs.to_invalid_status(&gk, name)))
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

/// The pod spec checks this crate models: each container's liveness, readiness and startup
/// probes after defaulting (`validateContainers`).
#[must_use]
pub fn validate_pod_spec(spec: &PodSpec, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let containers = path.child("containers");
    for (i, c) in spec.containers.iter().enumerate() {
        let at = containers.index(i);
        for (kind, probe, name) in [
            (ProbeKind::Liveness, &c.liveness_probe, "livenessProbe"),
            (ProbeKind::Readiness, &c.readiness_probe, "readinessProbe"),
            (ProbeKind::Startup, &c.startup_probe, "startupProbe"),
        ] {
            if let Some(p) = probe {
                errs.append(validate_probe(
                    kind,
                    &p.clone().with_defaults(),
                    &at.child(name),
                ));
            }
        }
    }
    errs
}
