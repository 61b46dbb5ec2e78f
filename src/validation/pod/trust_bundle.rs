//! A projected volume's `clusterTrustBundle` source: the branch of `validateProjectionSources` in
//! [validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go),
//! with `ValidateSignerName`, `ValidateClusterTrustBundleName` and
//! `extractSignerNameFromClusterTrustBundleName` of
//! [names.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/names.go).
//!
//! At 1.36 the `ClusterTrustBundleProjection` gate is off, so the API server drops these sources
//! before validating a new pod ([`super::prepare_pod_for_create`]); `validate_pod_create` on a
//! pod that still has them checks them as Go's `ValidatePodCreate` does.

use alloc::format;
use alloc::string::String;

use super::meta_json::label_selector;
use crate::api::core::ClusterTrustBundleProjection;
use crate::meta::field::{Error, ErrorList, Json, LazyPath};
use crate::meta::validate::{dns1123_label, dns1123_subdomain, Violations};
use crate::meta::NameValidator;
use crate::selector::{validate_label_selector, LabelSelectorValidationOptions};
use crate::text::write_go_quoted;

/// `validation.DNS1123SubdomainMaxLength`.
const SUBDOMAIN_MAX: usize = 253;
/// The longest signer name: a domain, `/`, then a label, `.` and a subdomain.
const SIGNER_NAME_MAX: usize = SUBDOMAIN_MAX + (SUBDOMAIN_MAX + 63 + 1) + 1;

/// The checks of one `clusterTrustBundle` source but its path's place in the volume's path set.
pub(super) fn validate_cluster_trust_bundle(
    errs: &mut ErrorList,
    ctb: &ClusterTrustBundleProjection,
    path: &LazyPath<'_>,
) {
    match (&ctb.name, &ctb.signer_name) {
        (Some(_), Some(_)) => errs.push(Error::invalid(
            path,
            projection_json(ctb),
            "only one of name and signerName may be used",
        )),
        (Some(name), None) => {
            let p = path.child("name");
            if name.is_empty() {
                errs.push(Error::required(&p, "must be a valid object name"));
            }
            for msg in cluster_trust_bundle_name_errors(name) {
                errs.push(Error::invalid(
                    &p,
                    name.as_str(),
                    format!("not a valid clustertrustbundlename: {msg}"),
                ));
            }
            if let Some(ls) = &ctb.label_selector {
                errs.push(Error::invalid(
                    &path.child("labelSelector"),
                    label_selector(ls),
                    "labelSelector must be unset if name is specified",
                ));
            }
        }
        (None, Some(signer)) => {
            let p = path.child("signerName");
            if signer.is_empty() {
                errs.push(Error::required(&p, "must be a valid signer name"));
            }
            validate_signer_name(errs, signer, &p);
            errs.append(validate_label_selector(
                ctb.label_selector.as_ref(),
                LabelSelectorValidationOptions::default(),
                &path.child("labelSelector").to_path(),
            ));
        }
        (None, None) => errs.push(Error::required(
            path,
            "either name or signerName must be specified",
        )),
    }
}

/// The internal `ClusterTrustBundleProjection` as Go's `encoding/json` prints it (no JSON tags).
fn projection_json(ctb: &ClusterTrustBundleProjection) -> Json {
    let opt_str = |s: &Option<String>| s.as_ref().map_or(Json::Null, |s| Json::String(s.clone()));
    Json::Object(alloc::vec![
        (String::from("Name"), opt_str(&ctb.name)),
        (String::from("SignerName"), opt_str(&ctb.signer_name)),
        (
            String::from("LabelSelector"),
            ctb.label_selector
                .as_ref()
                .map_or(Json::Null, label_selector),
        ),
        (
            String::from("Optional"),
            ctb.optional.map_or(Json::Null, Json::Bool),
        ),
        (String::from("Path"), Json::String(ctb.path.clone())),
    ])
}

/// `ValidateClusterTrustBundleName(signer)(name, false)`, the signer taken from the name as
/// `extractSignerNameFromClusterTrustBundleName` does: what precedes the last `:`, with `:` read
/// as `/`. The required prefix is then the name's own text up to that `:`, so only the rest is
/// checked, as a DNS subdomain.
fn cluster_trust_bundle_name_errors(name: &str) -> alloc::vec::Vec<String> {
    let to_strings = |v: Violations| {
        v.into_iter()
            .map(|v| alloc::string::ToString::to_string(&v))
            .collect()
    };
    match name.rfind(':') {
        // A signer name that is empty: a name without signer may not have a `:`.
        Some(0) => alloc::vec![String::from(
            "ClusterTrustBundle without signer name must not have \":\" in its name"
        )],
        Some(split) => to_strings(
            NameValidator::DnsSubdomain.validate(name.get(split + 1..).unwrap_or_default(), false),
        ),
        None => to_strings(NameValidator::DnsSubdomain.validate(name, false)),
    }
}

/// `validating label "<label>": <violation>`, the label quoted as Go's `%q` does.
fn label_error(label: &str, v: &impl core::fmt::Display) -> String {
    use core::fmt::Write;
    let mut s = String::from("validating label ");
    // Writing to a String cannot fail.
    let _ = write_go_quoted(&mut s, label);
    let _ = write!(s, ": {v}");
    s
}

/// The violations of the first of `segment`'s dot-separated labels that `check` refuses, each
/// reported against the whole segment: the others would repeat the same messages.
fn first_bad_label(
    errs: &mut ErrorList,
    path: &LazyPath<'_>,
    segment: &str,
    check: fn(&str) -> Violations,
) {
    let Some((label, violations)) = segment
        .split('.')
        .map(|l| (l, check(l)))
        .find(|(_, v)| !v.is_valid())
    else {
        return;
    };
    for v in violations {
        errs.push(Error::invalid(path, segment, label_error(label, &v)));
    }
}

/// Go's `ValidateSignerName`: `domain/path`, the domain of DNS labels with at least one dot, the
/// path of DNS subdomains separated by dots, at most 571 bytes.
#[doc(alias = "ValidateSignerName")]
pub(super) fn validate_signer_name(errs: &mut ErrorList, signer: &str, path: &LazyPath<'_>) {
    if signer.is_empty() {
        errs.push(Error::required(path, ""));
        return;
    }
    let Some((domain, rest)) = signer.split_once('/').filter(|(_, r)| !r.contains('/')) else {
        errs.push(Error::invalid(
            path,
            signer,
            "must be a fully qualified domain and path of the form 'example.com/signer-name'",
        ));
        return;
    };
    if domain.len() > SUBDOMAIN_MAX {
        errs.push(Error::too_long(path, Some(SUBDOMAIN_MAX)));
    }
    first_bad_label(errs, path, domain, dns1123_label);
    if !domain.contains('.') {
        errs.push(Error::invalid(
            path,
            domain,
            "should be a domain with at least two segments separated by dots",
        ));
    }
    first_bad_label(errs, path, rest, dns1123_subdomain);
    if signer.len() > SIGNER_NAME_MAX {
        errs.push(Error::too_long(path, Some(SIGNER_NAME_MAX)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signer_errors(s: &str) -> alloc::vec::Vec<String> {
        let mut errs = ErrorList::new();
        validate_signer_name(&mut errs, s, &LazyPath::new("s"));
        errs.into_vec()
            .iter()
            .map(alloc::string::ToString::to_string)
            .collect()
    }

    #[test]
    fn signer_names() {
        assert!(signer_errors("example.com/foo").is_empty());
        assert!(signer_errors("example.com/ns.name").is_empty());
        assert_eq!(signer_errors(""), ["s: Required value"]);
        assert_eq!(
            signer_errors("example.com/foo/bar"),
            [
                r#"s: Invalid value: "example.com/foo/bar": must be a fully qualified domain and path of the form 'example.com/signer-name'"#
            ]
        );
        assert_eq!(
            signer_errors("example/foo"),
            [
                r#"s: Invalid value: "example": should be a domain with at least two segments separated by dots"#
            ]
        );
        let too_long = format!("example.com/{}", "a".repeat(SIGNER_NAME_MAX));
        assert!(signer_errors(&too_long)
            .last()
            .is_some_and(|e| e == "s: Too long: may not be more than 571 bytes"));
    }

    #[test]
    fn trust_bundle_names() {
        assert!(cluster_trust_bundle_name_errors("foo").is_empty());
        assert!(cluster_trust_bundle_name_errors("example.com:foo:abc").is_empty());
        assert_eq!(
            cluster_trust_bundle_name_errors(":abc"),
            ["ClusterTrustBundle without signer name must not have \":\" in its name"]
        );
        assert_eq!(
            cluster_trust_bundle_name_errors("example.com:foo:").len(),
            1
        );
    }
}
