//! Jobs: `ValidateJob(Update)` and the job spec checks a CronJob's job template shares, of
//! [pkg/apis/batch/validation/validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/batch/validation/validation.go).

use alloc::collections::BTreeSet;
use alloc::format;
use alloc::string::{String, ToString};

use super::deployment::unguarded_mismatch;
use super::{json, validate_object_meta};
use crate::api::batch::{
    Job, JobSpec, PodFailurePolicy, PodFailurePolicyOnExitCodesRequirement, PodFailurePolicyRule,
    SuccessPolicy, SuccessPolicyRule,
};
use crate::api::core::ObjectMeta;
use crate::meta::field::{BadValue, Error, ErrorList, Json, Path};
use crate::meta::validate::{dns1123_label, qualified_name};
use crate::meta::{validate_nonnegative, NameValidator};
use crate::selector::{validate_label_selector, LabelSelectorValidationOptions, Selector};
use crate::validation::pod::{validate_pod_template_spec, PodValidationOptions};

const MAX_PARALLELISM_FOR_INDEXED_JOB: i32 = 100_000;
const MAX_FAILED_INDEXES_FOR_INDEXED_JOB: i32 = 100_000;
const COMPLETIONS_SOFT_LIMIT: i32 = 100_000;
const PARALLELISM_LIMIT_FOR_HIGH_COMPLETIONS: i32 = 10_000;
const MAX_FAILED_INDEXES_LIMIT_FOR_HIGH_COMPLETIONS: i32 = 10_000;
const MAX_POD_FAILURE_POLICY_RULES: usize = 20;
const MAX_ON_EXIT_CODES_VALUES: usize = 255;
const MAX_ON_POD_CONDITIONS_PATTERNS: usize = 20;
const MAX_MANAGED_BY_LENGTH: usize = 63;
const MAX_SUCCEEDED_INDEXES_LENGTH: usize = 64 * 1024;
const MAX_SUCCESS_POLICY_RULES: usize = 20;

/// The template labels a generated selector relies on (Go's `batch.*Label`).
pub const LEGACY_CONTROLLER_UID_LABEL: &str = "controller-uid";
/// See [`LEGACY_CONTROLLER_UID_LABEL`].
pub const LEGACY_JOB_NAME_LABEL: &str = "job-name";
/// See [`LEGACY_CONTROLLER_UID_LABEL`].
pub const CONTROLLER_UID_LABEL: &str = "batch.kubernetes.io/controller-uid";
/// See [`LEGACY_CONTROLLER_UID_LABEL`].
pub const JOB_NAME_LABEL: &str = "batch.kubernetes.io/job-name";

/// Go's `ValidateHasLabel`.
fn validate_has_label(meta: &ObjectMeta, path: &Path, key: &str, expected: &str) -> Option<Error> {
    let p = path.child("labels").key(key);
    match meta.labels.get(key) {
        None => Some(Error::required(&p, format!("must be '{expected}'"))),
        Some(v) if v != expected => Some(Error::invalid(
            &p,
            json::string_map(&meta.labels),
            format!("must be '{expected}'"),
        )),
        Some(_) => None,
    }
}

/// Go's `validateGeneratedSelector`: unless the selector is manual, the job has a UID, the
/// template carries the generated labels, and the selector selects them.
fn validate_generated_selector(job: &Job, prefixed_labels: bool) -> ErrorList {
    let mut errs = ErrorList::new();
    let spec = &job.spec;
    if spec.manual_selector == Some(true) {
        return errs;
    }
    let Some(selector) = &spec.selector else {
        return errs;
    };
    let meta = &job.metadata;
    if meta.uid.is_empty() {
        errs.push(Error::required(&Path::new("metadata").child("uid"), ""));
    }
    let tp = Path::new("spec").child("template").child("metadata");
    let tmeta = &spec.template.metadata;
    let mut expected = alloc::collections::BTreeMap::new();
    let mut labels = alloc::vec![
        (LEGACY_CONTROLLER_UID_LABEL, meta.uid.as_str()),
        (LEGACY_JOB_NAME_LABEL, meta.name.as_str()),
    ];
    if prefixed_labels {
        labels.push((CONTROLLER_UID_LABEL, meta.uid.as_str()));
        labels.push((JOB_NAME_LABEL, meta.name.as_str()));
    }
    for (key, value) in labels {
        errs.extend(validate_has_label(tmeta, &tp, key, value));
        expected.insert(String::from(key), String::from(value));
    }
    if let Ok(sel) = Selector::from_label_selector(Some(selector)) {
        if !sel.matches(&expected) {
            errs.push(Error::invalid(
                &Path::new("spec").child("selector"),
                json::label_selector(Some(selector)),
                "`selector` not auto-generated",
            ));
        }
    }
    errs
}

/// Go's `IsDomainPrefixedPath`: `domain/path`, the domain a DNS subdomain, the path made of
/// HTTP path characters.
fn validate_domain_prefixed_path(path: &Path, value: &str) -> ErrorList {
    let mut errs = ErrorList::new();
    if value.is_empty() {
        errs.push(Error::required(path, ""));
        return errs;
    }
    let (host, rest) = match value.split_once('/') {
        Some((h, r)) if !h.is_empty() && !r.is_empty() => (h, r),
        _ => {
            errs.push(Error::invalid(
                path,
                value,
                "must be a domain-prefixed path (such as \"acme.io/foo\")",
            ));
            return errs;
        }
    };
    for msg in crate::meta::validate::dns1123_subdomain(host) {
        errs.push(Error::invalid(path, host, msg));
    }
    let path_ok = rest
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/-._~%!$&'()*+,;=:".contains(&b));
    if !path_ok {
        errs.push(Error::invalid(
            path,
            rest,
            "Invalid path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')",
        ));
    }
    errs
}

/// Go's `validateJobSpec`: the checks a Job and a CronJob's job template share.
pub(crate) fn validate_job_spec_common(
    spec: &JobSpec,
    path: &Path,
    opts: &PodValidationOptions,
) -> ErrorList {
    let mut errs = ErrorList::new();
    for (value, name) in [
        (spec.parallelism, "parallelism"),
        (spec.completions, "completions"),
    ] {
        if let Some(v) = value {
            errs.extend(validate_nonnegative(i64::from(v), &path.child(name)));
        }
    }
    if let Some(v) = spec.active_deadline_seconds {
        errs.extend(validate_nonnegative(
            v,
            &path.child("activeDeadlineSeconds"),
        ));
    }
    for (value, name) in [
        (spec.backoff_limit, "backoffLimit"),
        (spec.ttl_seconds_after_finished, "ttlSecondsAfterFinished"),
        (spec.backoff_limit_per_index, "backoffLimitPerIndex"),
    ] {
        if let Some(v) = value {
            errs.extend(validate_nonnegative(i64::from(v), &path.child(name)));
        }
    }
    if let Some(v) = spec.max_failed_indexes {
        errs.extend(validate_nonnegative(
            i64::from(v),
            &path.child("maxFailedIndexes"),
        ));
        if spec.backoff_limit_per_index.is_none() {
            errs.push(Error::required(
                &path.child("backoffLimitPerIndex"),
                "when maxFailedIndexes is specified",
            ));
        }
    }
    if let Some(managed_by) = &spec.managed_by {
        let p = path.child("managedBy");
        errs.extend(validate_domain_prefixed_path(&p, managed_by));
        if managed_by.len() > MAX_MANAGED_BY_LENGTH {
            errs.push(Error::too_long(&p, Some(MAX_MANAGED_BY_LENGTH)));
        }
    }
    let indexed = spec.completion_mode.as_deref() == Some("Indexed");
    if let Some(mode) = &spec.completion_mode {
        if mode != "NonIndexed" && mode != "Indexed" {
            errs.push(Error::not_supported(
                &path.child("completionMode"),
                Json::String(mode.clone()),
                &["NonIndexed", "Indexed"],
            ));
        }
        if indexed {
            errs.extend(indexed_checks(spec, path));
        }
    }
    if spec
        .completion_mode
        .as_deref()
        .map_or(true, |m| m == "NonIndexed")
    {
        for (value, name) in [
            (spec.backoff_limit_per_index, "backoffLimitPerIndex"),
            (spec.max_failed_indexes, "maxFailedIndexes"),
        ] {
            if let Some(v) = value {
                errs.push(Error::invalid(
                    &path.child(name),
                    i64::from(v),
                    "requires indexed completion mode",
                ));
            }
        }
    }
    if spec.pod_failure_policy.is_some() {
        errs.extend(validate_pod_failure_policy(
            spec,
            &path.child("podFailurePolicy"),
        ));
    }
    if let Some(sp) = &spec.success_policy {
        let p = path.child("successPolicy");
        if indexed {
            errs.extend(validate_success_policy(spec, sp, &p));
        } else {
            errs.push(Error::invalid(
                &p,
                success_policy_json(sp),
                "requires indexed completion mode",
            ));
        }
    }
    if let Some(policy) = &spec.pod_replacement_policy {
        let p = path.child("podReplacementPolicy");
        if spec.pod_failure_policy.is_some() {
            if policy != "Failed" {
                errs.push(Error::not_supported(
                    &p,
                    Json::String(policy.clone()),
                    &["Failed"],
                ));
            }
        } else if policy != "Failed" && policy != "TerminatingOrFailed" {
            errs.push(Error::not_supported(
                &p,
                Json::String(policy.clone()),
                &["Failed", "TerminatingOrFailed"],
            ));
        }
    }
    let tp = path.child("template");
    errs.extend(validate_pod_template_spec(&spec.template, &tp, opts));
    let rp = tp.child("spec").child("restartPolicy");
    let restart = spec.template.spec.restart_policy.as_str();
    if restart == "Always" || restart.is_empty() {
        errs.push(Error::required(
            &rp,
            "valid values: \"OnFailure\", \"Never\"",
        ));
    } else if restart != "OnFailure" && restart != "Never" {
        errs.push(Error::not_supported(
            &rp,
            Json::String(String::from(restart)),
            &["OnFailure", "Never"],
        ));
    } else if spec.pod_failure_policy.is_some() && restart != "Never" {
        errs.push(Error::invalid(
            &rp,
            Json::String(String::from(restart)),
            "only \"Never\" is supported when podFailurePolicy is specified",
        ));
    }
    errs
}

fn indexed_checks(spec: &JobSpec, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    if spec.completions.is_none() {
        errs.push(Error::required(
            &path.child("completions"),
            "when completion mode is Indexed",
        ));
    }
    if let Some(p) = spec
        .parallelism
        .filter(|p| *p > MAX_PARALLELISM_FOR_INDEXED_JOB)
    {
        errs.push(Error::invalid(
            &path.child("parallelism"),
            i64::from(p),
            format!(
                "must be less than or equal to {MAX_PARALLELISM_FOR_INDEXED_JOB} when completion mode is Indexed"
            ),
        ));
    }
    if let (Some(c), Some(m)) = (spec.completions, spec.max_failed_indexes) {
        if m > c {
            errs.push(Error::invalid(
                &path.child("maxFailedIndexes"),
                i64::from(m),
                "must be less than or equal to completions",
            ));
        }
    }
    if let Some(m) = spec
        .max_failed_indexes
        .filter(|m| *m > MAX_FAILED_INDEXES_FOR_INDEXED_JOB)
    {
        errs.push(Error::invalid(
            &path.child("maxFailedIndexes"),
            i64::from(m),
            format!("must be less than or equal to {MAX_FAILED_INDEXES_FOR_INDEXED_JOB}"),
        ));
    }
    let high = spec.completions.is_some_and(|c| c > COMPLETIONS_SOFT_LIMIT);
    if high && spec.backoff_limit_per_index.is_some() {
        if spec.max_failed_indexes.is_none() {
            errs.push(Error::required(
                &path.child("maxFailedIndexes"),
                format!("must be specified when completions is above {COMPLETIONS_SOFT_LIMIT}"),
            ));
        }
        if let Some(p) = spec
            .parallelism
            .filter(|p| *p > PARALLELISM_LIMIT_FOR_HIGH_COMPLETIONS)
        {
            errs.push(Error::invalid(
                &path.child("parallelism"),
                i64::from(p),
                format!(
                    "must be less than or equal to {PARALLELISM_LIMIT_FOR_HIGH_COMPLETIONS} when completions are above {COMPLETIONS_SOFT_LIMIT} and used with backoff limit per index"
                ),
            ));
        }
        if let Some(m) = spec
            .max_failed_indexes
            .filter(|m| *m > MAX_FAILED_INDEXES_LIMIT_FOR_HIGH_COMPLETIONS)
        {
            errs.push(Error::invalid(
                &path.child("maxFailedIndexes"),
                i64::from(m),
                format!(
                    "must be less than or equal to {MAX_FAILED_INDEXES_LIMIT_FOR_HIGH_COMPLETIONS} when completions are above {COMPLETIONS_SOFT_LIMIT} and used with backoff limit per index"
                ),
            ));
        }
    }
    errs
}

const ACTIONS: [&str; 4] = ["Count", "FailIndex", "FailJob", "Ignore"];

fn validate_pod_failure_policy(spec: &JobSpec, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let Some(pfp) = &spec.pod_failure_policy else {
        return errs;
    };
    let rules_path = path.child("rules");
    if pfp.rules.len() > MAX_POD_FAILURE_POLICY_RULES {
        errs.push(Error::too_many(
            &rules_path,
            Some(pfp.rules.len()),
            Some(MAX_POD_FAILURE_POLICY_RULES),
        ));
    }
    let pod = &spec.template.spec;
    let names: BTreeSet<&str> = pod
        .containers
        .iter()
        .chain(pod.init_containers.iter())
        .map(|c| c.name.as_str())
        .collect();
    for (i, rule) in pfp.rules.iter().enumerate() {
        errs.extend(validate_pod_failure_policy_rule(
            spec,
            rule,
            &rules_path.index(i),
            &names,
        ));
    }
    errs
}

fn validate_pod_failure_policy_rule(
    spec: &JobSpec,
    rule: &PodFailurePolicyRule,
    path: &Path,
    names: &BTreeSet<&str>,
) -> ErrorList {
    let mut errs = ErrorList::new();
    let ap = path.child("action");
    if rule.action.is_empty() {
        errs.push(Error::required(
            &ap,
            "valid values: [\"Count\" \"FailIndex\" \"FailJob\" \"Ignore\"]",
        ));
    } else if rule.action == "FailIndex" {
        if spec.backoff_limit_per_index.is_none() {
            errs.push(Error::invalid(
                &ap,
                Json::String(rule.action.clone()),
                "requires the backoffLimitPerIndex to be set",
            ));
        }
    } else if !ACTIONS.contains(&rule.action.as_str()) {
        errs.push(Error::not_supported(
            &ap,
            Json::String(rule.action.clone()),
            &ACTIONS,
        ));
    }
    if let Some(oec) = &rule.on_exit_codes {
        errs.extend(validate_on_exit_codes(
            oec,
            &path.child("onExitCodes"),
            names,
        ));
    }
    if !rule.on_pod_conditions.is_empty() {
        let cp = path.child("onPodConditions");
        if rule.on_pod_conditions.len() > MAX_ON_POD_CONDITIONS_PATTERNS {
            errs.push(Error::too_many(
                &cp,
                Some(rule.on_pod_conditions.len()),
                Some(MAX_ON_POD_CONDITIONS_PATTERNS),
            ));
        }
        for (j, pattern) in rule.on_pod_conditions.iter().enumerate() {
            let pp = cp.index(j);
            for msg in qualified_name(&pattern.type_) {
                errs.push(Error::invalid(
                    &pp.child("type"),
                    pattern.type_.as_str(),
                    msg,
                ));
            }
            let sp = pp.child("status");
            if pattern.status.is_empty() {
                errs.push(Error::required(
                    &sp,
                    "valid values: [\"False\" \"True\" \"Unknown\"]",
                ));
            } else if !["False", "True", "Unknown"].contains(&pattern.status.as_str()) {
                errs.push(Error::not_supported(
                    &sp,
                    Json::String(pattern.status.clone()),
                    &["False", "True", "Unknown"],
                ));
            }
        }
    }
    let has_conditions = !rule.on_pod_conditions.is_empty();
    if rule.on_exit_codes.is_some() && has_conditions {
        errs.push(Error::invalid(
            path,
            BadValue::Omitted,
            "specifying both OnExitCodes and OnPodConditions is not supported",
        ));
    }
    if rule.on_exit_codes.is_none() && !has_conditions {
        errs.push(Error::invalid(
            path,
            BadValue::Omitted,
            "specifying one of OnExitCodes and OnPodConditions is required",
        ));
    }
    errs
}

fn validate_on_exit_codes(
    oec: &PodFailurePolicyOnExitCodesRequirement,
    path: &Path,
    names: &BTreeSet<&str>,
) -> ErrorList {
    let mut errs = ErrorList::new();
    let op = path.child("operator");
    if oec.operator.is_empty() {
        errs.push(Error::required(&op, "valid values: [\"In\" \"NotIn\"]"));
    } else if oec.operator != "In" && oec.operator != "NotIn" {
        errs.push(Error::not_supported(
            &op,
            Json::String(oec.operator.clone()),
            &["In", "NotIn"],
        ));
    }
    if let Some(name) = &oec.container_name {
        if !names.contains(name.as_str()) {
            errs.push(Error::invalid(
                &path.child("containerName"),
                name.as_str(),
                "must be one of the container or initContainer names in the pod template",
            ));
        }
    }
    let vp = path.child("values");
    let values_json = || {
        Json::Array(
            oec.values
                .iter()
                .map(|v| Json::Int(i64::from(*v)))
                .collect(),
        )
    };
    if oec.values.is_empty() {
        errs.push(Error::invalid(
            &vp,
            values_json(),
            "at least one value is required",
        ));
    } else if oec.values.len() > MAX_ON_EXIT_CODES_VALUES {
        errs.push(Error::too_many(
            &vp,
            Some(oec.values.len()),
            Some(MAX_ON_EXIT_CODES_VALUES),
        ));
    }
    let mut ordered = true;
    let mut seen = BTreeSet::new();
    let mut prev: Option<i32> = None;
    for (j, v) in oec.values.iter().enumerate() {
        let p = vp.index(j);
        if oec.operator == "In" && *v == 0 {
            errs.push(Error::invalid(
                &p,
                i64::from(*v),
                "must not be 0 for the In operator",
            ));
        }
        if !seen.insert(*v) {
            errs.push(Error::duplicate(&p, i64::from(*v)));
        }
        if prev.is_some_and(|p| p > *v) {
            ordered = false;
        }
        prev = Some(*v);
    }
    if !ordered {
        errs.push(Error::invalid(&vp, values_json(), "must be ordered"));
    }
    errs
}

/// The internal `PodFailurePolicy` as Go prints it.
pub(super) fn pod_failure_policy_json(pfp: &PodFailurePolicy) -> Json {
    let ints = |v: &[i32]| Json::Array(v.iter().map(|i| Json::Int(i64::from(*i))).collect());
    let rules = pfp
        .rules
        .iter()
        .map(|r| {
            let on_exit_codes = r.on_exit_codes.as_ref().map_or(Json::Null, |o| {
                json::object([
                    ("ContainerName", json::opt_string(o.container_name.as_ref())),
                    ("Operator", Json::String(o.operator.clone())),
                    (
                        "Values",
                        if o.values.is_empty() {
                            Json::Null
                        } else {
                            ints(&o.values)
                        },
                    ),
                ])
            });
            let patterns = if r.on_pod_conditions.is_empty() {
                Json::Null
            } else {
                Json::Array(
                    r.on_pod_conditions
                        .iter()
                        .map(|p| {
                            json::object([
                                ("Type", Json::String(p.type_.clone())),
                                ("Status", Json::String(p.status.clone())),
                            ])
                        })
                        .collect(),
                )
            };
            json::object([
                ("Action", Json::String(r.action.clone())),
                ("OnExitCodes", on_exit_codes),
                ("OnPodConditions", patterns),
            ])
        })
        .collect();
    let rules = if pfp.rules.is_empty() {
        Json::Null
    } else {
        Json::Array(rules)
    };
    json::object([("Rules", rules)])
}

/// The internal `SuccessPolicy` as Go prints it.
pub(super) fn success_policy_json(sp: &SuccessPolicy) -> Json {
    let rules = sp
        .rules
        .iter()
        .map(|r| {
            json::object([
                (
                    "SucceededIndexes",
                    json::opt_string(r.succeeded_indexes.as_ref()),
                ),
                ("SucceededCount", json::opt_int(r.succeeded_count)),
            ])
        })
        .collect();
    let rules = if sp.rules.is_empty() {
        Json::Null
    } else {
        Json::Array(rules)
    };
    json::object([("Rules", rules)])
}

fn validate_success_policy(spec: &JobSpec, sp: &SuccessPolicy, path: &Path) -> ErrorList {
    let mut errs = ErrorList::new();
    let rp = path.child("rules");
    if sp.rules.is_empty() {
        errs.push(Error::required(
            &rp,
            "at least one rules must be specified when the successPolicy is specified",
        ));
    }
    if sp.rules.len() > MAX_SUCCESS_POLICY_RULES {
        errs.push(Error::too_many(
            &rp,
            Some(sp.rules.len()),
            Some(MAX_SUCCESS_POLICY_RULES),
        ));
    }
    for (i, rule) in sp.rules.iter().enumerate() {
        errs.extend(validate_success_policy_rule(spec, rule, &rp.index(i)));
    }
    errs
}

fn validate_success_policy_rule(
    spec: &JobSpec,
    rule: &SuccessPolicyRule,
    path: &Path,
) -> ErrorList {
    let mut errs = ErrorList::new();
    if rule.succeeded_count.is_none() && rule.succeeded_indexes.is_none() {
        errs.push(Error::required(
            path,
            "at least one of succeededCount or succeededIndexes must be specified",
        ));
    }
    // Indexed jobs without completions were rejected above; upstream would dereference nil.
    let completions = spec.completions.unwrap_or(0);
    let mut total = 0i64;
    if let Some(indexes) = &rule.succeeded_indexes {
        let p = path.child("succeededIndexes");
        if indexes.len() > MAX_SUCCEEDED_INDEXES_LENGTH {
            errs.push(Error::too_long(&p, Some(MAX_SUCCEEDED_INDEXES_LENGTH)));
        }
        match validate_indexes_format(indexes, completions) {
            Ok(t) => total = t,
            Err(e) => errs.push(Error::invalid(
                &p,
                indexes.as_str(),
                format!("error parsing succeededIndexes: {e}"),
            )),
        }
    }
    if let Some(count) = rule.succeeded_count {
        let p = path.child("succeededCount");
        errs.extend(validate_nonnegative(i64::from(count), &p));
        if count > completions {
            errs.push(Error::invalid(
                &p,
                i64::from(count),
                format!("must be less than or equal to {completions} (the number of specified completions)"),
            ));
        }
        if rule.succeeded_indexes.is_some() && i64::from(count) > total {
            errs.push(Error::invalid(
                &p,
                i64::from(count),
                format!("must be less than or equal to {total} (the number of indexes in the specified succeededIndexes field)"),
            ));
        }
    }
    errs
}

/// Go's `validateIndexesFormat`: `1,3-5,7`, increasing, below `completions`; the number of
/// indexes.
fn validate_indexes_format(indexes: &str, completions: i32) -> Result<i64, String> {
    if indexes.is_empty() {
        return Ok(0);
    }
    let mut last: Option<i64> = None;
    let mut total = 0i64;
    for interval in indexes.split(',') {
        let (x, y) = parse_index_interval(interval, completions)?;
        if let Some(l) = last.filter(|l| *l >= x) {
            return Err(format!("non-increasing order, previous: {l}, current: {x}"));
        }
        total += y - x + 1;
        last = Some(y);
    }
    Ok(total)
}

fn parse_index_interval(interval: &str, completions: i32) -> Result<(i64, i64), String> {
    let parts: alloc::vec::Vec<&str> = interval.split('-').collect();
    let quoted = |s: &str| BadValue::from(s).to_string();
    if parts.len() > 2 {
        return Err(format!(
            "the fragment {} violates the requirement that an index interval can have at most two parts separated by '-'",
            quoted(interval)
        ));
    }
    let parse = |s: &str| -> Result<i64, String> {
        let v = crate::text::go_atoi(s)
            .map_err(|_| format!("cannot convert string to integer for index: {}", quoted(s)))?;
        if v >= i64::from(completions) {
            return Err(format!("too large index: {}", quoted(s)));
        }
        Ok(v)
    };
    let first = parts.first().copied().unwrap_or("");
    let x = parse(first)?;
    if let Some(second) = parts.get(1) {
        let y = parse(second)?;
        if x >= y {
            return Err(format!("non-increasing order, previous: {x}, current: {y}"));
        }
        return Ok((x, y));
    }
    Ok((x, x))
}

/// Go's `ValidateJobSpec`: the common checks, then a required, valid selector that matches
/// the template's labels.
#[doc(alias = "ValidateJobSpec")]
#[must_use]
pub fn validate_job_spec(spec: &JobSpec, path: &Path, opts: &PodValidationOptions) -> ErrorList {
    let mut errs = validate_job_spec_common(spec, path, opts);
    let sp = path.child("selector");
    match &spec.selector {
        None => errs.push(Error::required(&sp, "")),
        Some(ls) => errs.extend(validate_label_selector(
            Some(ls),
            LabelSelectorValidationOptions::default(),
            &sp,
        )),
    }
    // Whether manually or automatically generated, the selector must select the pods.
    errs.extend(unguarded_mismatch(
        spec.selector.as_ref(),
        &spec.template,
        path,
    ));
    errs
}

/// Go's `ValidateJob`. `prefixed_labels` is `JobValidationOptions.RequirePrefixedLabels`
/// (always on create).
#[doc(alias = "ValidateJob")]
#[must_use]
pub fn validate_job(job: &Job, prefixed_labels: bool, opts: &PodValidationOptions) -> ErrorList {
    let meta = &job.metadata;
    let mut errs = validate_object_meta(meta, NameValidator::DnsSubdomain);
    errs.extend(validate_generated_selector(job, prefixed_labels));
    errs.extend(validate_job_spec(&job.spec, &Path::new("spec"), opts));
    let spec = &job.spec;
    if let Some(c) = spec.completions.filter(|c| *c > 0) {
        if spec.completion_mode.as_deref() == Some("Indexed") {
            let hostname = format!("{}-{}", meta.name, c - 1);
            if !dns1123_label(&hostname).is_valid() {
                errs.push(Error::invalid(
                    &Path::new("metadata").child("name"),
                    meta.name.as_str(),
                    format!("will not able to create pod with invalid DNS label: {hostname}"),
                ));
            }
        }
    }
    errs
}
