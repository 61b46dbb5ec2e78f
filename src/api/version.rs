//! Version priority: `k8s.io/apimachinery/pkg/version` `CompareKubeAwareVersionStrings`.

use core::cmp::Ordering;

/// How stable an API version is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stability {
    /// `v1alpha1`: may change or go away without notice.
    Alpha,
    /// `v2beta3`: well tested, may still change.
    Beta,
    /// `v1`: generally available.
    Stable,
}

/// A Kubernetes-style API version: `v{major}`, `v{major}alpha{minor}` or `v{major}beta{minor}`.
///
/// ```
/// use kube_primitives::api::{KubeVersion, Stability};
///
/// let v: KubeVersion = "v2beta3".parse().unwrap();
/// assert_eq!((v.major, v.stability, v.minor), (2, Stability::Beta, 3));
/// assert!("v1.2".parse::<KubeVersion>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KubeVersion {
    /// The major version.
    pub major: i64,
    /// Alpha, beta or stable.
    pub stability: Stability,
    /// The number after `alpha` or `beta`; 0 for stable versions.
    pub minor: i64,
}

/// The error of [`KubeVersion`]'s `FromStr`: not of the form `v1`, `v1alpha2`, `v1beta3`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a Kubernetes API version (v1, v1alpha1, v1beta1)")]
pub struct NotKubeVersion;

/// Go's `strconv.Atoi` of ASCII digits: `None` past `i64`.
fn atoi(digits: &str) -> Option<i64> {
    digits.bytes().try_fold(0i64, |v, d| {
        v.checked_mul(10)?.checked_add(i64::from(d - b'0'))
    })
}

impl core::str::FromStr for KubeVersion {
    type Err = NotKubeVersion;

    /// `^v(\d+)(?:(alpha|beta)(\d+))?$` with numbers that fit an `int`.
    fn from_str(s: &str) -> Result<KubeVersion, NotKubeVersion> {
        let rest = s.strip_prefix('v').ok_or(NotKubeVersion)?;
        let major_len = rest.bytes().take_while(u8::is_ascii_digit).count();
        let (major, rest) = rest.split_at(major_len);
        let (stability, minor) = if rest.is_empty() {
            (Stability::Stable, "")
        } else if let Some(m) = rest.strip_prefix("alpha") {
            (Stability::Alpha, m)
        } else if let Some(m) = rest.strip_prefix("beta") {
            (Stability::Beta, m)
        } else {
            return Err(NotKubeVersion);
        };
        let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
        if !digits(major) || (stability != Stability::Stable && !digits(minor)) {
            return Err(NotKubeVersion);
        }
        Ok(KubeVersion {
            major: atoi(major).ok_or(NotKubeVersion)?,
            stability,
            minor: if stability == Stability::Stable {
                0
            } else {
                atoi(minor).ok_or(NotKubeVersion)?
            },
        })
    }
}

/// Go's `CompareKubeAwareVersionStrings`, returning the raw `int` upstream returns (its sign
/// orders; the magnitude is a difference of majors or minors, or of stability levels).
///
/// Stable beats beta beats alpha before numbers count (`v2beta3` > `v10alpha1`); then major, then
/// minor. Kubernetes-style versions sort above every other string; two other
/// strings compare in reverse lexical order.
///
/// ```
/// use kube_primitives::api::compare_kube_aware_versions;
///
/// assert!(compare_kube_aware_versions("v2beta3", "v10alpha1") > 0);
/// assert!(compare_kube_aware_versions("v1", "v2") < 0);
/// assert_eq!(compare_kube_aware_versions("v11", "v5"), 6);
/// assert!(compare_kube_aware_versions("foo", "v1beta2") < 0);
/// assert!(compare_kube_aware_versions("bar", "foo") > 0);
/// ```
#[doc(alias = "CompareKubeAwareVersionStrings")]
pub fn compare_kube_aware_versions(v1: &str, v2: &str) -> i64 {
    if v1 == v2 {
        return 0;
    }
    match (v1.parse::<KubeVersion>(), v2.parse::<KubeVersion>()) {
        (Err(_), Err(_)) => match v2.cmp(v1) {
            Ordering::Less => -1,
            Ordering::Equal => 0,
            Ordering::Greater => 1,
        },
        (Err(_), Ok(_)) => -1,
        (Ok(_), Err(_)) => 1,
        (Ok(a), Ok(b)) => {
            if a.stability != b.stability {
                a.stability as i64 - b.stability as i64
            } else if a.major != b.major {
                a.major.wrapping_sub(b.major)
            } else {
                a.minor.wrapping_sub(b.minor)
            }
        }
    }
}

/// Orders versions by priority, highest first as `sort` sees `Ordering::Less`: `v2`, `v1`,
/// `v1beta2`, `v1beta1`, `v1alpha1`, then other strings in lexical order.
///
/// ```
/// use kube_primitives::api::version_priority;
///
/// let mut versions = vec!["v1alpha1", "v1", "foo", "v2beta1", "v1beta2", "bar", "v10"];
/// versions.sort_by(|a, b| version_priority(a, b));
/// assert_eq!(versions, ["v10", "v1", "v2beta1", "v1beta2", "v1alpha1", "bar", "foo"]);
/// ```
pub fn version_priority(a: &str, b: &str) -> Ordering {
    0.cmp(&compare_kube_aware_versions(a, b))
}
