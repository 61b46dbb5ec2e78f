//! What the pod strategy changes before it validates, beyond the status: fields of feature gates
//! that are off at 1.36 (`DropDisabledPodFields` of
//! [pkg/api/pod/util.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/api/pod/util.go))
//! and the AppArmor annotations copied into empty fields (`applyAppArmorVersionSkew` of
//! [strategy.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/registry/core/pod/strategy.go)).

use alloc::collections::BTreeMap;
use alloc::string::String;

use super::annotations::{get_prefixed, APPARMOR_PREFIX};
use super::security_context::validate_app_armor_profile;
use crate::api::core::{AppArmorProfile, Pod, PodSpec, SecurityContext, VolumeProjection};
use crate::meta::field::{ErrorList, LazyPath};

/// `dropDisabledClusterTrustBundleProjection` and `dropDisabledPodCertificateProjection`: the
/// `ClusterTrustBundleProjection` and `PodCertificateRequest` gates are off at 1.36 (beta, and
/// their APIs are off by default), so a projected source of either kind is dropped, unless the
/// old pod already had one (`old` is `None` on create).
pub(super) fn drop_disabled_projections(spec: &mut PodSpec, old: Option<&PodSpec>) {
    let has = |o: &PodSpec, kind: fn(&VolumeProjection) -> bool| {
        o.volumes
            .iter()
            .filter_map(|v| v.projected.as_ref())
            .any(|p| p.sources.iter().any(kind))
    };
    let keep_bundles = old.is_some_and(|o| has(o, |s| s.cluster_trust_bundle.is_some()));
    let keep_certificates = old.is_some_and(|o| has(o, |s| s.pod_certificate.is_some()));
    for p in spec.volumes.iter_mut().filter_map(|v| v.projected.as_mut()) {
        for source in &mut p.sources {
            if !keep_bundles {
                source.cluster_trust_bundle = None;
            }
            if !keep_certificates {
                source.pod_certificate = None;
            }
        }
    }
}

/// `applyAppArmorVersionSkew`: a container with the deprecated annotation and no profile field
/// gets the field the annotation names, when that is a valid profile other than the pod's.
/// Nothing is done for Windows pods.
pub(super) fn apply_apparmor_version_skew(pod: &mut Pod) {
    if pod.spec.os.as_ref().is_some_and(|o| o.name == "windows") {
        return;
    }
    let annotations = &pod.metadata.annotations;
    let spec = &mut pod.spec;
    let pod_profile = spec
        .security_context
        .as_ref()
        .and_then(|s| s.app_armor_profile.clone());
    let sync = |name: &str, sc: &mut Option<SecurityContext>| {
        if sc.as_ref().is_some_and(|s| s.app_armor_profile.is_some()) {
            return;
        }
        let Some(field) = annotation_profile(annotations, name) else {
            return;
        };
        if Some(&field) != pod_profile.as_ref() {
            sc.get_or_insert_with(SecurityContext::default)
                .app_armor_profile = Some(field);
        }
    };
    for c in spec.init_containers.iter_mut().chain(&mut spec.containers) {
        sync(&c.name, &mut c.security_context);
    }
    for c in &mut spec.ephemeral_containers {
        sync(&c.name, &mut c.security_context);
    }
}

/// `ApparmorFieldForAnnotation` of the container's annotation, kept only when
/// `ValidateAppArmorProfileField` accepts it.
fn annotation_profile(
    annotations: &BTreeMap<String, String>,
    container: &str,
) -> Option<AppArmorProfile> {
    let value = get_prefixed(annotations, APPARMOR_PREFIX, container)?;
    let profile = match value.as_str() {
        "unconfined" => AppArmorProfile {
            type_: String::from("Unconfined"),
            localhost_profile: None,
        },
        "runtime/default" => AppArmorProfile {
            type_: String::from("RuntimeDefault"),
            localhost_profile: None,
        },
        other => {
            let name = other.strip_prefix("localhost/").filter(|n| !n.is_empty())?;
            AppArmorProfile {
                type_: String::from("Localhost"),
                localhost_profile: Some(String::from(name)),
            }
        }
    };
    let mut errs = ErrorList::new();
    validate_app_armor_profile(&mut errs, Some(&profile), &LazyPath::new(""));
    errs.is_empty().then_some(profile)
}
