//! A pod's host name, domain and A-record name (`GeneratePodHostnameAndDomain`,
//! `truncatePodHostnameIfNeeded` and the FQDN check of
//! [`pkg/kubelet/kubelet_pods.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/kubelet_pods.go);
//! pod records of the DNS specification).

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use crate::api::core::Pod;
use crate::meta::validate::dns1123_label;

/// The longest host name the kubelet gives a pod; longer ones are cut. Go's `hostnameMaxLen`.
#[doc(alias = "hostnameMaxLen")]
pub const HOSTNAME_MAX_LEN: usize = 63;

/// The longest FQDN a pod with `setHostnameAsFQDN` may have (the kernel's limit). Go's `fqdnMaxLen`
/// of `GetNodenameForKernel` in
/// [`pkg/kubelet/util/util.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/util/util.go).
#[doc(alias = "fqdnMaxLen")]
pub const FQDN_MAX_LEN: usize = 64;

/// Why the kubelet cannot name a pod's host. `Display` is the kubelet's text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum HostnameError {
    /// `spec.hostname` is not a DNS-1123 label.
    Hostname {
        /// The value.
        hostname: String,
        /// The label violations, joined with `;`.
        reasons: String,
    },
    /// `spec.subdomain` is not a DNS-1123 label.
    Subdomain {
        /// The value.
        subdomain: String,
        /// The label violations, joined with `;`.
        reasons: String,
    },
    /// Cutting the host name to 63 characters left nothing but dashes and dots.
    Truncated {
        /// The pod's name.
        pod: String,
        /// The host name before cutting.
        hostname: String,
    },
    /// With `setHostnameAsFQDN`, the FQDN is longer than 64 characters.
    FqdnTooLong {
        /// The FQDN.
        fqdn: String,
    },
}

impl fmt::Display for HostnameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostnameError::Hostname { hostname, reasons } => {
                f.write_str("pod Hostname ")?;
                crate::text::write_go_quoted(f, hostname)?;
                write!(f, " is not a valid DNS label: {reasons}")
            }
            HostnameError::Subdomain { subdomain, reasons } => {
                f.write_str("pod Subdomain ")?;
                crate::text::write_go_quoted(f, subdomain)?;
                write!(f, " is not a valid DNS label: {reasons}")
            }
            HostnameError::Truncated { pod, hostname } => {
                f.write_str("hostname for pod ")?;
                crate::text::write_go_quoted(f, pod)?;
                f.write_str(" was invalid: ")?;
                crate::text::write_go_quoted(f, hostname)
            }
            HostnameError::FqdnTooLong { fqdn } => write!(
                f,
                "failed to construct FQDN from pod hostname and cluster domain, FQDN {fqdn} is too \
                 long ({FQDN_MAX_LEN} characters is the max, {} characters requested)",
                fqdn.len()
            ),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for HostnameError {}

fn label_reasons(value: &str) -> Option<String> {
    let violations = dns1123_label(value);
    if violations.is_valid() {
        return None;
    }
    let texts: Vec<String> = violations.iter().map(ToString::to_string).collect();
    Some(texts.join(";"))
}

/// The pod's host name and domain as the kubelet sets them (`GeneratePodHostnameAndDomain`):
/// `spec.hostname` or else the pod's name, cut to 63 characters without trailing `-` or `.`;
/// and `<subdomain>.<namespace>.svc.<cluster domain>` when `spec.subdomain` is set, else empty.
///
/// ```
/// use kube_primitives::api::core::Pod;
/// use kube_primitives::service::pod_hostname_and_domain;
///
/// let pod: Pod = serde_json::from_str(r#"{"metadata": {"name": "web-0", "namespace": "shop"},
///     "spec": {"hostname": "web-0", "subdomain": "web"}}"#).unwrap();
/// assert_eq!(
///     pod_hostname_and_domain(&pod, "cluster.local").unwrap(),
///     ("web-0".to_string(), "web.shop.svc.cluster.local".to_string())
/// );
/// ```
///
/// # Errors
///
/// An invalid `hostname` or `subdomain`, or a name that is nothing but `-` and `.` once cut.
#[doc(alias = "GeneratePodHostnameAndDomain")]
pub fn pod_hostname_and_domain(
    pod: &Pod,
    cluster_domain: &str,
) -> Result<(String, String), HostnameError> {
    let spec = &pod.spec;
    let mut hostname = pod.metadata.name.as_str();
    if !spec.hostname.is_empty() {
        if let Some(reasons) = label_reasons(&spec.hostname) {
            return Err(HostnameError::Hostname {
                hostname: spec.hostname.clone(),
                reasons,
            });
        }
        hostname = &spec.hostname;
    }
    let hostname = truncate_hostname(&pod.metadata.name, hostname)?;
    let mut domain = String::new();
    if !spec.subdomain.is_empty() {
        if let Some(reasons) = label_reasons(&spec.subdomain) {
            return Err(HostnameError::Subdomain {
                subdomain: spec.subdomain.clone(),
                reasons,
            });
        }
        domain = format!(
            "{}.{}.svc.{cluster_domain}",
            spec.subdomain, pod.metadata.namespace
        );
    }
    Ok((hostname, domain))
}

/// `truncatePodHostnameIfNeeded`: the first 63 bytes without trailing `-` or `.`. Go slices
/// bytes; a name that is not ASCII (which validation never lets through) is cut here at the
/// last character boundary within 63 bytes instead of inside a character.
fn truncate_hostname(pod: &str, hostname: &str) -> Result<String, HostnameError> {
    if hostname.len() <= HOSTNAME_MAX_LEN {
        return Ok(hostname.into());
    }
    let mut end = HOSTNAME_MAX_LEN;
    while !hostname.is_char_boundary(end) {
        end -= 1;
    }
    let cut = hostname.get(..end).unwrap_or_default();
    let kept = cut.trim_end_matches(['-', '.']);
    if kept.is_empty() {
        return Err(HostnameError::Truncated {
            pod: pod.into(),
            hostname: hostname.into(),
        });
    }
    Ok(kept.into())
}

/// The host name the pod's containers see: its host name, or with `setHostnameAsFQDN` and a
/// subdomain, `<hostname>.<domain>` (at most 64 characters). Go's `GeneratePodHostnameAndDomain`
/// then `GetNodenameForKernel`
/// ([`pkg/kubelet/util/util.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/util/util.go)).
///
/// # Errors
///
/// Those of [`pod_hostname_and_domain`], and a FQDN over 64 characters.
#[doc(alias = "GetNodenameForKernel")]
pub fn pod_visible_hostname(pod: &Pod, cluster_domain: &str) -> Result<String, HostnameError> {
    let (hostname, domain) = pod_hostname_and_domain(pod, cluster_domain)?;
    if pod.spec.set_hostname_as_fqdn != Some(true) || domain.is_empty() {
        return Ok(hostname);
    }
    let fqdn = format!("{hostname}.{domain}");
    if fqdn.len() > FQDN_MAX_LEN {
        return Err(HostnameError::FqdnTooLong { fqdn });
    }
    Ok(fqdn)
}

/// A pod's A/AAAA record name, `<ip with dashes>.<namespace>.pod.<zone>.`: `1-2-3-4` for
/// `1.2.3.4`, and for IPv6 each `:` a `-` (`fd00--1` for `fd00::1`), as CoreDNS reads them.
#[must_use]
pub fn pod_record_name(ip: &str, namespace: &str, zone: &str) -> String {
    format!("{}.{namespace}.pod.{zone}.", ip.replace(['.', ':'], "-"))
}
