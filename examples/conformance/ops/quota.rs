//! `resource_list`, `pod_qos`, `pod_resources`, `pod_quota_usage`, `limit_range`,
//! `quota_admission`.

use kube_primitives::api::core::{
    LimitRangeSpec, Pod, ResourceQuota, ScopedResourceSelectorRequirement, Time,
};
use kube_primitives::api::{Format, Quantity};
use kube_primitives::quota::{
    admit, aggregate_message, apply_limit_range_defaults, compute_pod_qos, difference,
    intersection, is_pod_level_resources_set, is_pod_quota_eligible, matching_resources,
    matching_scopes, pod_constraints, pod_limits, pod_limits_aliasing, pod_matches_scope,
    pod_requests, pod_requests_aliasing, pod_usage, validate_pod_limits, validate_pvc_limits,
    LimitRangeDefaults, LimitedResource, PodAdmission, PodResourcesOptions, ResourceList,
    LIMIT_RANGER_ANNOTATION,
};
use serde_json::{json, Map, Value};

use super::field;

fn list(l: &ResourceList) -> Value {
    Value::Object(
        l.iter()
            .map(|(k, v)| (k.to_string(), json!(v.to_string())))
            .collect::<Map<_, _>>(),
    )
}

pub fn resource_list(request: &Value) -> Result<Value, String> {
    let a: ResourceList = field(request, "a")?;
    let b: ResourceList = field(request, "b")?;
    let (le, exceeded) = a.less_than_or_equal(&b);
    let (names_a, names_b) = (a.resource_names(), b.resource_names());
    Ok(json!({
        "add": list(&a.add(&b)),
        "subtract": list(&a.subtract(&b)),
        "subtract_non_negative": list(&a.subtract_non_negative(&b)),
        "max": list(&a.max(&b)),
        "remove_zeros_a": list(&a.remove_zeros()),
        "less_than_or_equal": le,
        "exceeded": exceeded,
        "equals": a.equals(&b),
        "is_zero_a": a.is_zero(),
        "is_negative_a": a.is_negative(),
        "intersection": intersection(&names_a, &names_b),
        "difference": difference(&names_a, &names_b),
    }))
}

pub fn pod_qos(request: &Value) -> Result<Value, String> {
    let pod: Pod = field(request, "pod")?;
    Ok(
        json!({ "qos": compute_pod_qos(&pod).as_str(), "get_pod_qos": kube_primitives::quota::pod_qos(&pod).as_str() }),
    )
}

pub fn pod_resources(request: &Value) -> Result<Value, String> {
    let pod: Pod = field(request, "pod")?;
    let options = |exclude_overhead: bool, skip_pod_level: bool| {
        let mut o = PodResourcesOptions::default();
        o.exclude_overhead = exclude_overhead;
        o.skip_pod_level_resources = skip_pod_level;
        o
    };
    let mut non_missing = options(false, false);
    // The scheduler's defaults: NewMilliQuantity(100, DecimalSI), NewQuantity(200 MiB, DecimalSI).
    non_missing.non_missing_container_requests = [
        ("cpu", Quantity::from_milli(100, Format::DecimalSI)),
        (
            "memory",
            Quantity::new(200 * 1024 * 1024, Format::DecimalSI),
        ),
    ]
    .into_iter()
    .collect();
    // Upstream's harness calls PodRequests, then PodLimits, then the other variants on one
    // pod, which the first two change (see `pod_requests_aliasing`).
    let mut pod = pod;
    let requests = list(&pod_requests_aliasing(&mut pod, &options(false, false)));
    let limits = list(&pod_limits_aliasing(&mut pod, &options(false, false)));
    Ok(json!({
        "requests": requests,
        "limits": limits,
        "requests_exclude_overhead": list(&pod_requests(&pod, &options(true, false))),
        "limits_exclude_overhead": list(&pod_limits(&pod, &options(true, false))),
        "requests_skip_pod_level": list(&pod_requests(&pod, &options(false, true))),
        "limits_skip_pod_level": list(&pod_limits(&pod, &options(false, true))),
        "requests_non_missing": list(&pod_requests(&pod, &non_missing)),
        "pod_level_resources_set": is_pod_level_resources_set(&pod),
    }))
}

pub fn pod_quota_usage(request: &Value) -> Result<Value, String> {
    let pod: Pod = field(request, "pod")?;
    let scopes: Option<Vec<ScopedResourceSelectorRequirement>> = field(request, "scopes")?;
    let resources: Option<Vec<String>> = field(request, "resources")?;
    let now: Option<String> = field(request, "now")?;
    let now = match now {
        Some(t) => t.parse::<Time>().map_err(|e| format!("now: {e}"))?,
        // The Go runner's fake clock.
        None => Time::from_unix_seconds(1_767_225_600),
    };
    let scopes = scopes.unwrap_or_default();
    let each: Vec<Value> = scopes
        .iter()
        .map(|s| match pod_matches_scope(s, &pod) {
            Ok(m) => json!({ "matches": m }),
            Err(e) => json!({ "error": e.to_string() }),
        })
        .collect();
    let mut out = json!({
        "usage": list(&pod_usage(&pod, now)),
        "quota_v1_pod": is_pod_quota_eligible(&pod, now),
        "scopes": each,
    });
    match matching_scopes(&pod, &scopes) {
        Ok(m) => out["matching_scopes"] = json!(m),
        Err(e) => {
            out["matching_scopes"] = json!([]);
            out["matching_scopes_error"] = json!(e.to_string());
        }
    }
    if let Some(resources) = resources {
        out["matching_resources"] = json!(matching_resources(&resources));
        if let Err(e) = pod_constraints(&resources, &pod) {
            out["constraints_error"] = json!(e.to_string());
        }
    }
    Ok(out)
}

fn resources_of(containers: &[kube_primitives::api::core::Container]) -> Value {
    containers
        .iter()
        .map(|c| {
            json!({"name": c.name, "requests": list(&c.resources.requests), "limits": list(&c.resources.limits)})
        })
        .collect()
}

fn messages<E: ToString>(errors: &[E]) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

/// `errors` sorted, with the aggregate `error` and the admission `forbidden` text, when any.
fn rejection(out: &mut Value, prefix: &str, resource: &str, name: &str, mut errors: Vec<String>) {
    if errors.is_empty() {
        return;
    }
    errors.sort();
    let error = aggregate_message(&errors).unwrap_or_default();
    let name = if name.is_empty() { "Unknown" } else { name };
    out[format!("{prefix}forbidden")] =
        json!(format!("{resource} \"{name}\" is forbidden: {error}"));
    out[format!("{prefix}error")] = json!(error);
    out[format!("{prefix}errors")] = json!(errors);
}

pub fn limit_range(request: &Value) -> Result<Value, String> {
    let lr: LimitRangeSpec = field(request, "limit_range")?;
    let pod: Option<Pod> = field(request, "pod")?;
    let pvc_field = |f: &str| {
        request
            .pointer(&format!("/pvc/metadata/{f}"))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    let pvc_name = pvc_field("name").or_else(|| pvc_field("generateName"));
    let pvc_requests: Option<ResourceList> = match request.get("pvc") {
        Some(v) if !v.is_null() => Some(
            serde_json::from_value::<Option<ResourceList>>(
                v.pointer("/spec/resources/requests")
                    .cloned()
                    .unwrap_or(Value::Null),
            )
            .map_err(|e| format!("pvc: {e}"))?
            .unwrap_or_default(),
        ),
        _ => None,
    };
    let mut out = json!({});
    if let Some(pod) = pod {
        let LimitRangeDefaults { pod: after, .. } = apply_limit_range_defaults(&lr, &pod);
        out["pod_resources_after_defaulting"] = json!({
            "containers": resources_of(&after.spec.containers),
            "init_containers": resources_of(&after.spec.init_containers),
        });
        if let Some(note) = after.metadata.annotations.get(LIMIT_RANGER_ANNOTATION) {
            out["annotation"] = json!(note);
        }
        let errors = messages(&validate_pod_limits(&lr, &after));
        // Admission errors name the object by name, else by generateName, else "Unknown".
        let meta = &after.metadata;
        let name = if meta.name.is_empty() {
            &meta.generate_name
        } else {
            &meta.name
        };
        rejection(&mut out, "", "pods", name, errors);
    }
    if let Some(requests) = pvc_requests {
        let errors = messages(&validate_pvc_limits(&lr, &requests));
        let name = pvc_name.unwrap_or_default();
        rejection(&mut out, "pvc_", "persistentvolumeclaims", &name, errors);
    }
    Ok(out)
}

pub fn quota_admission(request: &Value) -> Result<Value, String> {
    let pod: Pod = field(request, "pod")?;
    let quotas: Vec<ResourceQuota> = field(request, "quotas")?;
    let namespace: Option<String> = field(request, "namespace")?;
    let operation: Option<String> = field(request, "operation")?;
    let old_pod: Option<Pod> = field(request, "old_pod")?;
    let subresource: Option<String> = field(request, "subresource")?;
    let dry_run: Option<bool> = field(request, "dry_run")?;
    let limited: Option<Vec<LimitedResource>> = field(request, "limited_resources")?;
    let now: Option<String> = field(request, "now")?;
    let now = match now {
        Some(t) => t.parse::<Time>().map_err(|e| format!("now: {e}"))?,
        None => Time::from_unix_seconds(1_767_225_600),
    };
    let subresource = subresource.unwrap_or_default();
    let mut req = match operation.as_deref() {
        None | Some("CREATE") => PodAdmission::create(&pod, now),
        Some("UPDATE") => PodAdmission::update(&pod, old_pod.as_ref(), &subresource, now),
        Some(other) => return Err(format!("operation {other:?}")),
    };
    if let Some(ns) = &namespace {
        req.namespace = ns;
    }
    req.dry_run = dry_run.unwrap_or(false);
    req.upstream_aliasing = true;
    let entry = |q: &ResourceQuota, used: &ResourceList, updated: bool| json!({"name": q.metadata.name, "used": list(used), "updated": updated});
    // The runner's lister hands out every given quota, whatever its namespace.
    match admit(&quotas, &req, &limited.unwrap_or_default()) {
        Err(rejection) => Ok(json!({
            "admitted": false,
            "error": rejection.to_string(),
            "quotas": quotas.iter().map(|q| entry(q, &q.status.used, false)).collect::<Vec<_>>(),
        })),
        Ok(writes) => {
            let out: Vec<Value> = quotas
                .iter()
                .map(|q| {
                    let same = |w: &&ResourceQuota| {
                        w.metadata.name == q.metadata.name
                            && w.metadata.namespace == q.metadata.namespace
                    };
                    match writes.iter().find(same) {
                        Some(w) => entry(q, &w.status.used, true),
                        None => entry(q, &q.status.used, false),
                    }
                })
                .collect();
            Ok(json!({"admitted": true, "error": null, "quotas": out}))
        }
    }
}
