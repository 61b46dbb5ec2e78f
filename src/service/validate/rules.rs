//! The per-type rules, session affinity, external IPs and traffic policies of `ValidateService` in
//! [`pkg/apis/core/validation/validation.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go).

use alloc::format;

use crate::api::core::{service_affinity, service_type, traffic_policy};
use crate::api::core::{Service, MAX_CLIENT_IP_AFFINITY_SECONDS};
use crate::meta::field::{Error, ErrorList, Path};
use crate::meta::validate::{dns1123_subdomain, parse_ip_sloppy, port_number};

use super::{named, AFFINITIES, TRAFFIC_POLICIES};

pub(super) fn validate_type_rules(
    service: &Service,
    cluster_ips: &[&str],
    headless: bool,
    errs: &mut ErrorList,
) {
    let spec = &service.spec;
    let spec_path = Path::new("spec");
    match spec.type_.as_str() {
        service_type::LOAD_BALANCER | service_type::NODE_PORT if headless => {
            let first = cluster_ips.first().copied().unwrap_or_default();
            errs.push(Error::invalid(
                &spec_path.child("clusterIPs").index(0),
                first,
                format!("may not be set to 'None' for {} services", spec.type_),
            ));
        }
        service_type::EXTERNAL_NAME => {
            for (field, set) in [
                ("clusterIPs", !cluster_ips.is_empty()),
                ("ipFamilies", !spec.ip_families.is_empty()),
                ("ipFamilyPolicy", spec.ip_family_policy.is_some()),
            ] {
                if set {
                    errs.push(Error::forbidden(
                        &spec_path.child(field),
                        "may not be set for ExternalName services",
                    ));
                }
            }
            // A trailing dot marks the name as fully qualified.
            let cname = spec
                .external_name
                .strip_suffix('.')
                .unwrap_or(&spec.external_name);
            let p = spec_path.child("externalName");
            if cname.is_empty() {
                errs.push(Error::required(&p, ""));
            }
            for v in &dns1123_subdomain(cname) {
                if !cname.is_empty() {
                    errs.push(Error::invalid(&p, cname, v));
                }
            }
        }
        _ => {}
    }
}

pub(super) fn validate_session_affinity(service: &Service, spec_path: &Path, errs: &mut ErrorList) {
    let spec = &service.spec;
    let p = spec_path.child("sessionAffinity");
    if spec.session_affinity.is_empty() {
        errs.push(Error::required(&p, ""));
    } else if !AFFINITIES.contains(&spec.session_affinity.as_str()) {
        errs.push(Error::not_supported(
            &p,
            named(&spec.session_affinity),
            &AFFINITIES,
        ));
    }
    let config_path = spec_path.child("sessionAffinityConfig");
    match spec.session_affinity.as_str() {
        service_affinity::CLIENT_IP => {
            let needed = "when session affinity type is ClientIP";
            let Some(config) = &spec.session_affinity_config else {
                return errs.push(Error::required(&config_path, needed));
            };
            let client_path = config_path.child("clientIP");
            let Some(client) = &config.client_ip else {
                return errs.push(Error::required(&client_path, needed));
            };
            let timeout_path = client_path.child("timeoutSeconds");
            match client.timeout_seconds {
                None => errs.push(Error::required(&timeout_path, needed)),
                Some(t) if t <= 0 || t > MAX_CLIENT_IP_AFFINITY_SECONDS => {
                    errs.push(Error::invalid(
                        &timeout_path,
                        i64::from(t),
                        format!(
                            "must be greater than 0 and less than {MAX_CLIENT_IP_AFFINITY_SECONDS}"
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
        service_affinity::NONE if spec.session_affinity_config.is_some() => {
            errs.push(Error::forbidden(
                &config_path,
                "must not be set when session affinity is None",
            ))
        }
        _ => {}
    }
}

/// `ValidateNonSpecialIP` for an address that already parsed.
pub(super) fn validate_non_special_ip(address: &str, path: &Path, errs: &mut ErrorList) {
    let Some(bytes) = parse_ip_sloppy(address) else {
        return errs.push(Error::invalid(path, address, "must be a valid IP address"));
    };
    let v4 = bytes.get(..12) == Some(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff][..]);
    let b = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let unspecified = if v4 {
        (12..16).all(|i| b(i) == 0)
    } else {
        bytes.iter().all(|&x| x == 0)
    };
    let loopback = if v4 {
        b(12) == 127
    } else {
        bytes.get(..15).is_some_and(|h| h.iter().all(|&x| x == 0)) && b(15) == 1
    };
    let link_local = if v4 {
        b(12) == 169 && b(13) == 254
    } else {
        b(0) == 0xfe && b(1) & 0xc0 == 0x80
    };
    let link_local_multicast = if v4 {
        b(12) == 224 && b(13) == 0 && b(14) == 0
    } else {
        b(0) == 0xff && b(1) & 0x0f == 0x02
    };
    if unspecified {
        errs.push(Error::invalid(
            path,
            address,
            format!("may not be unspecified ({address})"),
        ));
    }
    if loopback {
        errs.push(Error::invalid(
            path,
            address,
            "may not be in the loopback range (127.0.0.0/8, ::1/128)",
        ));
    }
    if link_local {
        errs.push(Error::invalid(
            path,
            address,
            "may not be in the link-local range (169.254.0.0/16, fe80::/10)",
        ));
    }
    if link_local_multicast {
        errs.push(Error::invalid(
            path,
            address,
            "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)",
        ));
    }
}

pub(super) fn validate_traffic_policies(
    service: &Service,
    spec_path: &Path,
    allocating: bool,
    errs: &mut ErrorList,
) {
    let spec = &service.spec;
    let etp = spec.external_traffic_policy.as_str();
    let etp_path = spec_path.child("externalTrafficPolicy");
    if !service.is_externally_accessible() {
        if !etp.is_empty() {
            errs.push(Error::invalid(
                &etp_path,
                named(etp),
                "may only be set for externally-accessible services",
            ));
        }
    } else if etp.is_empty() {
        errs.push(Error::required(&etp_path, ""));
    } else if !TRAFFIC_POLICIES.contains(&etp) {
        errs.push(Error::not_supported(
            &etp_path,
            named(etp),
            &TRAFFIC_POLICIES,
        ));
    }
    let hc_path = spec_path.child("healthCheckNodePort");
    let hc = spec.health_check_node_port;
    let needs_health_check =
        spec.type_ == service_type::LOAD_BALANCER && etp == traffic_policy::LOCAL;
    if !needs_health_check {
        if hc != 0 {
            errs.push(Error::invalid(
                &hc_path,
                i64::from(hc),
                "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
            ));
        }
    } else if hc == 0 {
        if !allocating {
            errs.push(Error::required(&hc_path, ""));
        }
    } else {
        for v in &port_number(i64::from(hc)) {
            errs.push(Error::invalid(&hc_path, i64::from(hc), v));
        }
    }
    let itp_path = spec_path.child("internalTrafficPolicy");
    match &spec.internal_traffic_policy {
        None if matches!(
            spec.type_.as_str(),
            service_type::NODE_PORT | service_type::LOAD_BALANCER | service_type::CLUSTER_IP
        ) =>
        {
            errs.push(Error::required(&itp_path, ""));
        }
        Some(p) if !TRAFFIC_POLICIES.contains(&p.as_str()) => {
            errs.push(Error::not_supported(&itp_path, named(p), &TRAFFIC_POLICIES));
        }
        _ => {}
    }
}
