//! Resources: `ValidateContainerResourceRequirements` (names, quantities, requests ≤ limits,
//! huge pages, claims), pod-level resources, overhead and the pod's resource claims
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::collections::BTreeSet;
use alloc::format;
use alloc::string::{String, ToString};

use super::{dns_label, named, qualified_name, PodValidationOptions};
use crate::api::core::{Pod, PodResourceClaim, PodSpec, ResourceList, ResourceRequirements};
use crate::api::Quantity;
use crate::meta::field::{Error, ErrorList, Json, LazyPath};
use crate::meta::NameValidator;
use crate::quota::resource_name::{
    is_extended_resource_name, is_huge_page_resource_name, is_integer_resource_name,
    is_native_resource, is_overcommit_allowed, is_standard_container_resource_name,
    is_standard_resource_name, HUGE_PAGES_PREFIX,
};

/// Which resource names a requirement list accepts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Names {
    /// `validateContainerResourceName`.
    Container,
    /// `validatePodResourceName`.
    Pod,
}

/// Go's `validateResourceName`: a qualified name, and a standard one when it has no domain.
/// Whether the name passed.
fn validate_resource_name(errs: &mut ErrorList, name: &str, path: &LazyPath<'_>) -> bool {
    let before = errs.len();
    qualified_name(errs, name, path);
    if errs.len() != before {
        return false;
    }
    if !name.contains('/') && !is_standard_resource_name(name) {
        errs.push(Error::invalid(
            path,
            named(name),
            "must be a standard resource type or fully qualified",
        ));
        return false;
    }
    true
}

fn validate_name(errs: &mut ErrorList, kind: Names, name: &str, path: &LazyPath<'_>) {
    // Nearly every requirement names `cpu` or `memory`, which every check below accepts for
    // containers and pods alike: skip the scans.
    if name == "cpu" || name == "memory" {
        return;
    }
    let valid = validate_resource_name(errs, name, path);
    match kind {
        Names::Container => {
            if !name.contains('/') {
                if !is_standard_container_resource_name(name) {
                    errs.push(Error::invalid(
                        path,
                        named(name),
                        "must be a standard resource for containers",
                    ));
                }
            } else if !is_native_resource(name) && !is_extended_resource_name(name) {
                errs.push(Error::invalid(
                    path,
                    named(name),
                    "doesn't follow extended resource name standard",
                ));
            }
        }
        Names::Pod => {
            if valid && name != "cpu" && name != "memory" && !is_huge_page_resource_name(name) {
                errs.push(Error::not_supported(
                    path,
                    named(name),
                    &["cpu", HUGE_PAGES_PREFIX, "memory"],
                ));
            }
        }
    }
}

/// Go's `ValidateResourceQuantityValue`: not negative, whole for integer resources.
fn validate_quantity_value(errs: &mut ErrorList, name: &str, q: &Quantity, path: &LazyPath<'_>) {
    if q.signum() < 0 {
        errs.push(Error::invalid(
            path,
            q.to_string(),
            "must be greater than or equal to 0",
        ));
    }
    // `cpu` and `memory` (most names) are not integer resources: skip the lookup.
    if name != "cpu"
        && name != "memory"
        && is_integer_resource_name(name)
        && q.milli_value() % 1000 != 0
    {
        errs.push(Error::invalid(
            path,
            Json::String(q.to_string()),
            "must be an integer",
        ));
    }
}

/// `IsHugePageResourceValueDivisible`.
fn huge_page_divisible(name: &str, q: &Quantity) -> bool {
    let Some(size) = name.strip_prefix(HUGE_PAGES_PREFIX) else {
        return false;
    };
    let Ok(page) = Quantity::parse(size) else {
        return false;
    };
    if page.signum() <= 0 || page.milli_value() % 1000 != 0 {
        return false;
    }
    let page = page.value();
    page != 0 && q.value() % page == 0
}

fn huge_page_value(
    errs: &mut ErrorList,
    name: &str,
    q: &Quantity,
    path: &LazyPath<'_>,
    opts: &PodValidationOptions,
) {
    if is_huge_page_resource_name(name)
        && !opts.allow_indivisible_huge_pages_values
        && !huge_page_divisible(name, q)
    {
        errs.push(Error::invalid(
            path,
            q.to_string(),
            format!("{q} is not positive integer multiple of {name}"),
        ));
    }
}

/// Go's `validateResourceRequirements`, resource names in order (upstream walks a Go map).
fn validate_requirements(
    errs: &mut ErrorList,
    r: &ResourceRequirements,
    kind: Names,
    claim_names: &[&str],
    path: &LazyPath<'_>,
    opts: &PodValidationOptions,
) {
    let lim_path = path.child("limits");
    let req_path = path.child("requests");
    let qos = |n: &str| n == "cpu" || n == "memory";
    let (mut lim_qos, mut req_qos, mut lim_huge, mut req_huge) = (false, false, false, false);
    for (name, q) in r.limits.iter() {
        let p = lim_path.key(name);
        validate_name(errs, kind, name, &p);
        validate_quantity_value(errs, name, q, &p);
        if is_huge_page_resource_name(name) {
            lim_huge = true;
            huge_page_value(errs, name, q, &p, opts);
        }
        lim_qos |= qos(name);
    }
    for (name, q) in r.requests.iter() {
        let p = req_path.key(name);
        validate_name(errs, kind, name, &p);
        validate_quantity_value(errs, name, q, &p);
        if let Some(limit) = r.limits.get(name) {
            if !is_overcommit_allowed(name) && q != limit {
                errs.push(Error::invalid(
                    &req_path,
                    q.to_string(),
                    format!("must be equal to {name} limit of {limit}"),
                ));
            } else if q > limit {
                errs.push(Error::invalid(
                    &req_path,
                    q.to_string(),
                    format!("must be less than or equal to {name} limit of {limit}"),
                ));
            }
        } else if !is_overcommit_allowed(name) {
            errs.push(Error::required(
                &lim_path,
                "Limit must be set for non overcommitable resources",
            ));
        }
        if is_huge_page_resource_name(name) {
            req_huge = true;
            huge_page_value(errs, name, q, &p, opts);
        }
        req_qos |= qos(name);
    }
    if !lim_qos && !req_qos && (req_huge || lim_huge) {
        errs.push(Error::forbidden(path, "HugePages require cpu or memory"));
    }
    validate_claim_refs(errs, r, claim_names, &path.child("claims"));
}

/// Go's `validateResourceClaimNames`: a container's claims name the pod's resource claims.
fn validate_claim_refs(
    errs: &mut ErrorList,
    r: &ResourceRequirements,
    claim_names: &[&str],
    path: &LazyPath<'_>,
) {
    let mut seen = BTreeSet::new();
    for (i, claim) in r.claims.iter().enumerate() {
        let p = path.index(i);
        if claim.name.is_empty() {
            errs.push(Error::required(&p, ""));
        } else {
            let mut key = claim.name.clone();
            if !claim.request.is_empty() {
                key.push('/');
                key.push_str(&claim.request);
            }
            if !seen.insert(key) {
                errs.push(Error::duplicate(&p, claim.name.as_str()));
            }
            if !claim_names.contains(&claim.name.as_str()) {
                let mut e = Error::not_found(&p, claim.name.as_str());
                e.detail = String::from(if claim_names.is_empty() {
                    "must be one of the names in pod.spec.resourceClaims which is empty"
                } else {
                    "must be one of the names in pod.spec.resourceClaims"
                });
                errs.push(e);
            }
        }
        if !claim.request.is_empty() {
            dns_label(errs, &claim.request, &p.child("request"));
        }
    }
}

/// Go's `ValidateContainerResourceRequirements`.
pub(super) fn validate_container_resource_requirements(
    errs: &mut ErrorList,
    r: &ResourceRequirements,
    claim_names: &[&str],
    path: &LazyPath<'_>,
    opts: &PodValidationOptions,
) {
    validate_requirements(errs, r, Names::Container, claim_names, path, opts);
}

/// Go's `validateOverhead`: the overhead validated as container limits.
pub(super) fn validate_overhead(
    errs: &mut ErrorList,
    overhead: &ResourceList,
    path: &LazyPath<'_>,
    opts: &PodValidationOptions,
) {
    let r = ResourceRequirements::new(ResourceList::new(), overhead.clone());
    validate_requirements(errs, &r, Names::Container, &[], path, opts);
}

/// Go's `validatePodResources` (pod-level resources, on by default at 1.36).
pub(super) fn validate_pod_resources(
    errs: &mut ErrorList,
    spec: &PodSpec,
    claim_names: &[&str],
    path: &LazyPath<'_>,
    opts: &PodValidationOptions,
) {
    let Some(r) = &spec.resources else {
        return;
    };
    if !r.claims.is_empty() {
        errs.push(Error::forbidden(
            &path.child("claims"),
            "claims may not be set for Resources at pod-level",
        ));
    }
    validate_requirements(errs, r, Names::Pod, claim_names, path, opts);
    // validatePodResourceConsistency: the pod's requests cover its containers', and no
    // container's limit exceeds the pod's.
    let pod = Pod {
        spec: spec.clone(),
        ..Pod::default()
    };
    let agg = crate::quota::pod_requests(
        &pod,
        &crate::quota::PodResourcesOptions {
            exclude_overhead: true,
            skip_pod_level_resources: true,
            ..crate::quota::PodResourcesOptions::default()
        },
    );
    let req_path = path.child("requests");
    for (name, ctr) in agg.iter() {
        // Only resources the pod states at pod level are compared.
        let Some(pod_req) = r.requests.get(name) else {
            continue;
        };
        if ctr > pod_req {
            errs.push(Error::invalid(
                &req_path.key(name),
                pod_req.to_string(),
                format!("must be greater than or equal to aggregate container requests of {ctr}"),
            ));
        }
    }
    for (i, c) in spec.containers.iter().enumerate() {
        for (name, lim) in c.resources.limits.iter() {
            let Some(pod_lim) = r.limits.get(name) else {
                continue;
            };
            if lim > pod_lim {
                errs.push(Error::invalid(
                    &path.child("containers").index(i).key(name).child("limits"),
                    lim.to_string(),
                    format!("must be less than or equal to pod limits of {pod_lim}"),
                ));
            }
        }
    }
}

/// Go's `validatePodResourceClaims`.
pub(super) fn validate_pod_resource_claims(
    errs: &mut ErrorList,
    claims: &[PodResourceClaim],
    path: &LazyPath<'_>,
) {
    let mut names = BTreeSet::new();
    for (i, claim) in claims.iter().enumerate() {
        let p = path.index(i);
        if claim.name.is_empty() {
            errs.push(Error::required(&p.child("name"), ""));
        } else if names.contains(claim.name.as_str()) {
            errs.push(Error::duplicate(&p.child("name"), claim.name.as_str()));
        } else {
            dns_label(errs, &claim.name, &p.child("name"));
            names.insert(claim.name.as_str());
        }
        match (&claim.resource_claim_name, &claim.resource_claim_template_name) {
            (Some(_), Some(_)) => errs.push(Error::invalid(
                &p,
                claim_json(claim),
                "at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified",
            )),
            (None, None) => errs.push(Error::invalid(
                &p,
                claim_json(claim),
                "must specify one of: `resourceClaimName`, `resourceClaimTemplateName`",
            )),
            _ => {}
        }
        for (v, field) in [
            (&claim.resource_claim_name, "resourceClaimName"),
            (
                &claim.resource_claim_template_name,
                "resourceClaimTemplateName",
            ),
        ] {
            if let Some(v) = v {
                super::push_violations(
                    errs,
                    &p.child(field),
                    v,
                    NameValidator::DnsSubdomain.validate(v, false),
                );
            }
        }
    }
}

/// The internal `core.PodResourceClaim` as Go's `json.Marshal` prints it (no JSON tags: Go field
/// names).
fn claim_json(c: &PodResourceClaim) -> Json {
    let opt = |v: &Option<String>| v.as_ref().map_or(Json::Null, |s| Json::String(s.clone()));
    Json::Object(alloc::vec![
        (String::from("Name"), Json::String(c.name.clone())),
        (
            String::from("ResourceClaimName"),
            opt(&c.resource_claim_name)
        ),
        (
            String::from("ResourceClaimTemplateName"),
            opt(&c.resource_claim_template_name)
        ),
    ])
}
