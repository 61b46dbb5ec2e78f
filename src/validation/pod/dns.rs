//! A pod's DNS configuration: `validatePodDNSConfig`
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go)).

use alloc::format;
use alloc::string::String;

use super::push_violations;
use crate::api::core::PodDnsConfig;
use crate::meta::field::{Error, ErrorList, Json, LazyPath};
use crate::meta::validate::{dns1123_subdomain_with_underscore, ip};

/// Upstream's `MaxDNSNameservers`, `MaxDNSSearchPaths` and `MaxDNSSearchListChars`.
const MAX_NAMESERVERS: usize = 3;
const MAX_SEARCH_PATHS: usize = 32;
const MAX_SEARCH_LIST_CHARS: usize = 2048;

fn strings(v: &[String]) -> Json {
    Json::Array(v.iter().map(|s| Json::String(s.clone())).collect())
}

/// Go's `validatePodDNSConfig` (with the relaxed search validation of 1.36).
pub(super) fn validate_pod_dns_config(
    errs: &mut ErrorList,
    config: Option<&PodDnsConfig>,
    policy: &str,
    path: &LazyPath<'_>,
) {
    if policy == "None" {
        let Some(c) = config else {
            errs.push(Error::required(
                path,
                "must provide `dnsConfig` when `dnsPolicy` is None",
            ));
            return;
        };
        if c.nameservers.is_empty() {
            errs.push(Error::required(
                &path.child("nameservers"),
                "must provide at least one DNS nameserver when `dnsPolicy` is None",
            ));
            return;
        }
    }
    let Some(c) = config else { return };
    if c.nameservers.len() > MAX_NAMESERVERS {
        errs.push(Error::invalid(
            &path.child("nameservers"),
            strings(&c.nameservers),
            format!("must not have more than {MAX_NAMESERVERS} nameservers"),
        ));
    }
    for (i, ns) in c.nameservers.iter().enumerate() {
        push_violations(errs, &path.child("nameservers").index(i), ns, ip(ns));
    }
    if c.searches.len() > MAX_SEARCH_PATHS {
        errs.push(Error::invalid(
            &path.child("searches"),
            strings(&c.searches),
            format!("must not have more than {MAX_SEARCH_PATHS} search paths"),
        ));
    }
    let joined: usize =
        c.searches.iter().map(String::len).sum::<usize>() + c.searches.len().saturating_sub(1);
    if joined > MAX_SEARCH_LIST_CHARS {
        errs.push(Error::invalid(
            &path.child("searches"),
            strings(&c.searches),
            format!("must not have more than {MAX_SEARCH_LIST_CHARS} characters (including spaces) in the search list"),
        ));
    }
    for (i, s) in c.searches.iter().enumerate() {
        if s != "." {
            let s = s.strip_suffix('.').unwrap_or(s);
            push_violations(
                errs,
                &path.child("searches").index(i),
                s,
                dns1123_subdomain_with_underscore(s),
            );
        }
    }
    for (i, o) in c.options.iter().enumerate() {
        if o.name.is_empty() {
            errs.push(Error::required(
                &path.child("options").index(i),
                "must not be empty",
            ));
        }
    }
}
