//! Seccomp annotations against the seccomp fields after
//! pkg/apis/core/validation/validation_test.go (`TestValidateSeccompAnnotationAndField`,
//! `TestValidateSeccompAnnotationsAndFieldsMatch`, `TestValidatePodTemplateSpecSeccomp`).
//! Upstream calls `validateSeccompAnnotationsAndFields` and `validateSeccompAnnotationsAndFieldsMatch`
//! directly; here each row goes through the API server's create path, so an annotation that is
//! no valid profile or a field that is no valid profile adds the error
//! `ValidatePodSpecificAnnotations` or the field validation reports, in upstream order. The
//! template rows run `ValidatePodTemplateSpec`, whose whole error list upstream compares. Messages
//! are read from validation.go.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use kube_primitives::api::core::PodTemplateSpec;
use kube_primitives::meta::field::Path;
use kube_primitives::validation::pod::{validate_pod_template_spec, PodValidationOptions};
use serde_json::{json, Value};

use crate::upstream_pod_validation::{create, pod};

const POD_KEY: &str = "seccomp.security.alpha.kubernetes.io/pod";
const CTR_KEY: &str = "container.seccomp.security.alpha.kubernetes.io/ctr";
const POD_FIELD: &str = "spec.securityContext.seccompProfile";
const CTR_FIELD: &str = "spec.containers[0].securityContext.seccompProfile";
const TYPE_MISMATCH: &str = "type: Forbidden: seccomp type in annotation and field must match";
const PROFILE_MISMATCH: &str =
    "localhostProfile: Forbidden: seccomp profile in annotation and field must match";

/// A pod with the pod-level seccomp annotation `annotation` and field `profile`.
fn pod_level(annotation: &str, profile: Value) -> Value {
    json!({"metadata": {"annotations": {POD_KEY: annotation}},
        "spec": {"securityContext": {"seccompProfile": profile}}})
}

/// A pod whose container `ctr` has the seccomp annotation `annotation` and field `profile`.
fn container_level(annotation: &str, profile: Value) -> Value {
    json!({"metadata": {"annotations": {CTR_KEY: annotation}},
        "spec": {"containers": [{"name": "ctr", "image": "image",
            "securityContext": {"seccompProfile": profile}}]}})
}

/// `ValidateSeccompPodAnnotations` names the annotation with `fldPath.Child(key)`, not `Key`:
/// the path reads `metadata.annotations.<key>`.
fn not_a_profile(key: &str) -> String {
    format!(
        r#"metadata.annotations.{key}: Invalid value: "not-matching": must be a valid seccomp profile"#
    )
}

// TestValidateSeccompAnnotationAndField
#[test]
fn seccomp_annotation_and_field() {
    let unconfined = json!({"type": "Unconfined"});
    let runtime_default = json!({"type": "RuntimeDefault"});
    let localhost = json!({"type": "Localhost", "localhostProfile": "test"});
    for (level, key, field, make) in [
        (
            "pod",
            POD_KEY,
            POD_FIELD,
            pod_level as fn(&str, Value) -> Value,
        ),
        ("container", CTR_KEY, CTR_FIELD, container_level),
    ] {
        let mismatch = format!("{field}.{TYPE_MISMATCH}");
        for (what, profile) in [
            ("unconfined", &unconfined),
            ("default", &runtime_default),
            ("localhost", &localhost),
        ] {
            create(
                &format!("Field type {what} and annotation does not match ({level})"),
                make("not-matching", profile.clone()),
                &[&not_a_profile(key), &mismatch],
            );
        }
        create(
            &format!(
                "Field type localhost and localhost/ prefixed annotation does not match ({level})"
            ),
            make("localhost/not-matching", localhost.clone()),
            &[&format!("{field}.{PROFILE_MISMATCH}")],
        );
        // The unknown type matches no annotation; only the field's own validation objects.
        create(
            &format!("Nil errors must not be appended ({level})"),
            make("localhost/anyprofile", json!({"type": "Abc"})),
            &[&format!(
                r#"{field}.type: Unsupported value: "Abc": supported values: "Localhost", "RuntimeDefault", "Unconfined""#
            )],
        );
    }
}

// TestValidateSeccompAnnotationsAndFieldsMatch (the pod-level annotation and field)
#[test]
fn seccomp_annotations_and_fields_match() {
    create("seccompField nil", json!({}), &[]);
    let localhost = |profile: &str| json!({"type": "Localhost", "localhostProfile": profile});
    for (name, annotation, profile) in [
        ("unconfined", "unconfined", json!({"type": "Unconfined"})),
        (
            "runtime/default",
            "runtime/default",
            json!({"type": "RuntimeDefault"}),
        ),
        (
            "docker/default",
            "docker/default",
            json!({"type": "RuntimeDefault"}),
        ),
        (
            "localhost with the same profile",
            "localhost/test.json",
            localhost("test.json"),
        ),
    ] {
        create(name, pod_level(annotation, profile), &[]);
    }
    create(
        "localhost annotation, Localhost without profile",
        pod_level("localhost/test.json", json!({"type": "Localhost"})),
        &[
            &format!("{POD_FIELD}.localhostProfile: Required value: must be set when seccomp type is Localhost"),
            &format!("{POD_FIELD}.{PROFILE_MISMATCH}"),
        ],
    );
    create(
        "localhost annotation, Localhost with a different profile",
        pod_level("localhost/test.json", localhost("different.json")),
        &[&format!("{POD_FIELD}.{PROFILE_MISMATCH}")],
    );
    for other in ["Unconfined", "RuntimeDefault"] {
        create(
            &format!("localhost annotation, {other}"),
            pod_level("localhost/test.json", json!({ "type": other })),
            &[&format!("{POD_FIELD}.{TYPE_MISMATCH}")],
        );
    }
}

/// `ValidatePodTemplateSpec` at `template` on the valid pod's metadata and spec with `tweak`.
fn template(tweak: Value) -> Vec<String> {
    let p = pod(tweak);
    let t = PodTemplateSpec {
        metadata: p.metadata,
        spec: p.spec,
    };
    validate_pod_template_spec(&t, &Path::new("template"), &PodValidationOptions::default())
        .into_vec()
        .iter()
        .map(ToString::to_string)
        .collect()
}

// TestValidatePodTemplateSpecSeccomp
#[test]
fn pod_template_seccomp() {
    let runtime_default = json!({"seccompProfile": {"type": "RuntimeDefault"}});
    assert_eq!(
        template(json!({
            "metadata": {"annotations": {"container.seccomp.security.alpha.kubernetes.io/test2": "unconfined"}},
            "spec": {"containers": [
                {"name": "test1", "image": "image"},
                {"name": "test2", "image": "image", "securityContext": runtime_default}
            ]}
        })),
        [format!(
            "template.spec.containers[1].securityContext.seccompProfile.{TYPE_MISMATCH}"
        )],
        "seccomp field and container annotation must match"
    );
    assert_eq!(
        template(json!({
            "metadata": {"annotations": {POD_KEY: "runtime/default"}},
            "spec": {"securityContext": {"seccompProfile": {"type": "Unconfined"}}}
        })),
        [format!(
            "template.spec.securityContext.seccompProfile.{TYPE_MISMATCH}"
        )],
        "seccomp field and pod annotation must match"
    );
    assert_eq!(
        template(json!({
            "metadata": {"annotations": {"container.seccomp.security.alpha.kubernetes.io/init-test": "unconfined"}},
            "spec": {"initContainers": [
                {"name": "init-test", "image": "image", "securityContext": runtime_default}
            ]}
        })),
        [format!(
            "template.spec.initContainers[0].securityContext.seccompProfile.{TYPE_MISMATCH}"
        )],
        "init seccomp field and container annotation must match"
    );
}
