//! Rows of pkg/apis/core/validation/validation_test.go: `TestValidatePod`'s projected
//! `clusterTrustBundle` and `podCertificate` sources and its AppArmor *annotation* rows (the
//! AppArmor profile-field rows are in `upstream_pod_volume_sources_more`), and the valid rows of
//! `TestValidatePodSpec` that no other module has. Upstream checks the error type and part of the
//! detail; each row here pins the whole list, written from validation.go
//! (`validateProjectionSources`, `ValidateSignerName` and `ValidateClusterTrustBundleName` of
//! names.go, `ValidateUserAnnotations`, `ValidateAppArmorPodAnnotations`,
//! `validateAppArmorAnnotationsAndFieldsMatchOnCreate`), with the 1.36 texts of apimachinery
//! (`a valid label key …`, `… must be no more than 253 bytes`, struct values printed as JSON of
//! the internal type).
//!
//! Two paths, kept apart because they differ at 1.36:
//! - *ValidatePodCreate* (`validated`): the pod as upstream's test hands it to Go's
//!   `ValidatePodCreate`: decoded and defaulted, not prepared by the strategy.
//! - *The create path* (`upstream_pod_validation::create`): defaults, the strategy's
//!   `PrepareForCreate`, then validation, as the API server runs it. At 1.36 `PrepareForCreate`
//!   (pkg/registry/core/pod/strategy.go) drops fields of disabled gates
//!   (`dropDisabledClusterTrustBundleProjection`, `dropDisabledPodCertificateProjection` in
//!   pkg/api/pod/util.go) and copies a container's AppArmor annotation into its empty
//!   `appArmorProfile` field (`applyAppArmorVersionSkew`).
//!
//! Feature gates at their 1.36 defaults (pkg/features/kube_features.go): `ClusterTrustBundleProjection`
//! (beta since 1.33) and `PodCertificateRequest` (beta since 1.35) are off, so on the create path
//! both sources are dropped before validation: a 1.36 API server accepts the pod of the
//! pod-certificates KEP whose signer name `mysigner.example` validation would refuse
//! (conformance real/validate_pod.jsonl). The clusterTrustBundle rows are therefore pinned twice:
//! with upstream's errors through `ValidatePodCreate`, and without errors through the create path.
//! The podCertificate error rows are pinned on the create path only: the crate does not validate
//! a podCertificate source's contents (README, "Deviations from Go"); upstream's direct errors
//! stay in the rows as a record.
//! `StrictIPCIDRValidation` (alpha) is off; `PodLevelResources` (beta) is on.
//!
//! Skipped: `TestValidatePodSpec`'s "populate basic fields, leave defaults for most" and "populate
//! HostAliases" (the valid pod and `upstream_pod_validation_more::gates_and_host_aliases`' "valid
//! host alias" are the same pods), and its two `PodLevelResources` rows "using legacy
//! validation" (the same pods as "populate PodLevelResources without OS" / "with valid OS", with
//! `PodLevelResourcesEnabled: false`, an option the 1.36 API server never passes as the gate is
//! on).
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>
//! (messages: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go>,
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/names.go>).

use kube_primitives::validation::pod::{validate_pod_create, PodValidationOptions};
use serde_json::{json, Value};

use crate::upstream_pod_validation::{create, create_errors, pod};
use crate::upstream_pod_validation_containers::SUBDOMAIN;
use crate::upstream_pod_validation_more::spec;
use crate::upstream_pod_volume_sources::vol;

/// A row: upstream's case name, the pod's change from the valid pod, the whole error list.
type Row = (&'static str, Value, Vec<String>);

/// Go's `ValidatePodCreate` on the pod as upstream's test builds it (defaulted as decoded, not
/// prepared by the strategy).
fn validated(tweak: Value) -> Vec<String> {
    validate_pod_create(&pod(tweak), &PodValidationOptions::default())
        .into_vec()
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// The API server's create path.
fn created(tweak: Value) -> Vec<String> {
    create_errors(tweak, &PodValidationOptions::default())
}

/// Runs every row and reports every mismatch at once.
fn check(rows: Vec<Row>, run: fn(Value) -> Vec<String>) {
    let mut wrong = Vec::new();
    for (name, tweak, want) in rows {
        let got = run(tweak);
        if got != want {
            wrong.push(format!("{name}:\n  want {want:#?}\n  got  {got:#?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The same rows expecting no errors (the create path at 1.36, where the source is dropped).
fn no_errors(rows: Vec<Row>) -> Vec<Row> {
    rows.into_iter()
        .map(|(name, tweak, _)| (name, tweak, Vec::new()))
        .collect()
}

/// The pod with one projected volume of the given source.
fn projected(source: Value) -> Value {
    vol(
        "projected-volume",
        json!({"projected": {"sources": [source]}}),
    )
}

const CTB: &str = "spec.volumes[0].projected.sources[0].clusterTrustBundle";
const SIGNER_FORM: &str =
    "must be a fully qualified domain and path of the form 'example.com/signer-name'";

fn ctb(source: Value) -> Value {
    projected(json!({ "clusterTrustBundle": source }))
}

// TestValidatePod: "valid ClusterTrustBundlePEM projected volume referring to a CTB by name",
// "… by signer name"
fn cluster_trust_bundle_valid_rows() -> Vec<Row> {
    vec![
        (
            "valid ClusterTrustBundlePEM projected volume referring to a CTB by name",
            ctb(json!({"path": "foo-path", "name": "foo"})),
            vec![],
        ),
        (
            "valid ClusterTrustBundlePEM projected volume referring to a CTB by signer name",
            ctb(
                json!({"path": "foo-path", "signerName": "example.com/foo", "labelSelector": {"matchLabels": {"version": "live"}}}),
            ),
            vec![],
        ),
    ]
}

// TestValidatePod: the four ClusterTrustBundlePEM error cases
fn cluster_trust_bundle_error_rows() -> Vec<Row> {
    vec![
        (
            "ClusterTrustBundlePEM projected volume using both byName and bySigner",
            ctb(
                json!({"path": "foo-path", "signerName": "example.com/foo", "labelSelector": {"matchLabels": {"version": "live"}}, "name": "foo"}),
            ),
            // The whole internal ClusterTrustBundleProjection is the value, printed as JSON
            // (Name, SignerName, LabelSelector, Optional, Path).
            vec![format!(
                r#"{CTB}: Invalid value: {{"Name":"foo","SignerName":"example.com/foo","LabelSelector":{{"matchLabels":{{"version":"live"}}}},"Optional":null,"Path":"foo-path"}}: only one of name and signerName may be used"#
            )],
        ),
        (
            "ClusterTrustBundlePEM projected volume byName with no name",
            ctb(json!({"path": "foo-path", "name": ""})),
            // The empty name has no ':', so it is checked as a name without signer:
            // NameIsDNSSubdomain.
            vec![
                format!("{CTB}.name: Required value: must be a valid object name"),
                format!(
                    r#"{CTB}.name: Invalid value: "": not a valid clustertrustbundlename: {SUBDOMAIN}"#
                ),
            ],
        ),
        (
            "ClusterTrustBundlePEM projected volume bySigner with no signer name",
            ctb(
                json!({"path": "foo-path", "signerName": "", "labelSelector": {"matchLabels": {"foo": "bar"}}}),
            ),
            // validateProjectionSources' own Required, then ValidateSignerName's.
            vec![
                format!("{CTB}.signerName: Required value: must be a valid signer name"),
                format!("{CTB}.signerName: Required value"),
            ],
        ),
        (
            "ClusterTrustBundlePEM projected volume bySigner with invalid signer name",
            ctb(json!({"path": "foo-path", "signerName": "example.com/foo/invalid"})),
            vec![format!(
                r#"{CTB}.signerName: Invalid value: "example.com/foo/invalid": {SIGNER_FORM}"#
            )],
        ),
    ]
}

#[test]
fn cluster_trust_bundle_valid() {
    check(cluster_trust_bundle_valid_rows(), validated);
    check(cluster_trust_bundle_valid_rows(), created);
}

#[test]
fn cluster_trust_bundle_errors() {
    check(cluster_trust_bundle_error_rows(), validated);
}

// ClusterTrustBundleProjection is off at 1.36: PrepareForCreate drops the source.
#[test]
fn cluster_trust_bundle_errors_create_path() {
    check(no_errors(cluster_trust_bundle_error_rows()), created);
}

const PC: &str = "spec.volumes[0].projected.sources[0].podCertificate";
const KEY_TYPES: &str =
    r#"supported values: "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384", "ECDSAP521", "ED25519""#;

fn pod_certificate(source: Value) -> Value {
    projected(json!({ "podCertificate": source }))
}

// TestValidatePod: "valid PodCertificate projected volume source, minimal", "… explicit max
// expiration", "… separate key/cert", "… user config is not nil"
fn pod_certificate_valid_rows() -> Vec<Row> {
    vec![
        (
            "valid PodCertificate projected volume source, minimal",
            pod_certificate(
                json!({"signerName": "example.com/foo", "keyType": "ED25519", "credentialBundlePath": "credbundle.pem"}),
            ),
            vec![],
        ),
        (
            "valid PodCertificate projected volume source, explicit max expiration",
            pod_certificate(
                json!({"signerName": "example.com/foo", "keyType": "ED25519", "maxExpirationSeconds": 3600, "credentialBundlePath": "credbundle.pem"}),
            ),
            vec![],
        ),
        (
            "valid PodCertificate projected volume source, separate key/cert",
            pod_certificate(
                json!({"signerName": "example.com/foo", "keyType": "ED25519", "maxExpirationSeconds": 3600, "keyPath": "key.pem", "certificateChainPath": "certificates.pem"}),
            ),
            vec![],
        ),
        (
            "valid PodCertificate projected volume source, user config is not nil",
            pod_certificate(
                json!({"signerName": "example.com/foo", "keyType": "ED25519", "maxExpirationSeconds": 3600, "keyPath": "key.pem", "certificateChainPath": "certificates.pem", "userAnnotations": {"test.domain/attribute": "test-value"}}),
            ),
            vec![],
        ),
    ]
}

// TestValidatePod: the eleven PodCertificate error cases. validateProjectionSources checks the
// signer name, the user annotations, the key type, maxExpirationSeconds, then each path, then
// that there is a path; the rows without a keyType also get the keyType error.
fn pod_certificate_error_rows() -> Vec<Row> {
    let key_and_chain = |extra: Value| {
        let mut source = json!({"signerName": "example.com/foo", "keyType": "ED25519", "keyPath": "key.pem", "certificateChainPath": "certificates.pem"});
        crate::upstream_pod_validation::merge(&mut source, extra);
        pod_certificate(source)
    };
    let no_key_type = format!(r#"{PC}.keyType: Unsupported value: "": {KEY_TYPES}"#);
    let long_prefix = format!("{}/foo", "a".repeat(254));
    vec![
        (
            "PodCertificate projected volume with no signer name",
            pod_certificate(json!({"keyType": "ED25519", "credentialBundlePath": "credbundle.pem"})),
            vec![format!("{PC}.signerName: Required value")],
        ),
        (
            "PodCertificate projected volume with bad signer name",
            pod_certificate(
                json!({"signerName": "example.com/foo/invalid", "keyType": "ED25519", "credentialBundlePath": "credbundle.pem"}),
            ),
            vec![format!(
                r#"{PC}.signerName: Invalid value: "example.com/foo/invalid": {SIGNER_FORM}"#
            )],
        ),
        (
            "PodCertificate projected volume with bad key type",
            pod_certificate(
                json!({"signerName": "example.com/foo", "keyType": "BAD", "credentialBundlePath": "credbundle.pem"}),
            ),
            vec![format!(
                r#"{PC}.keyType: Unsupported value: "BAD": {KEY_TYPES}"#
            )],
        ),
        (
            "PodCertificate projected volume with no paths",
            pod_certificate(json!({"signerName": "example.com/foo", "keyType": "ED25519"})),
            vec![format!(
                "{PC}: Required value: specify at least one of credentialBundlePath, keyPath, and certificateChainPath"
            )],
        ),
        (
            "PodCertificate projected volume with conflicting paths",
            pod_certificate(
                json!({"signerName": "example.com/foo", "keyType": "ED25519", "keyPath": "same.pem", "certificateChainPath": "same.pem"}),
            ),
            vec![
                r#"spec.volumes[0].projected: Invalid value: "same.pem": conflicting duplicate paths"#
                    .to_owned(),
            ],
        ),
        (
            "PodCertificate projected volume with bad cred bundle path",
            pod_certificate(
                json!({"signerName": "example.com/foo", "credentialBundlePath": "/absolute.pem"}),
            ),
            vec![
                no_key_type.clone(),
                format!(
                    r#"{PC}.credentialBundlePath: Invalid value: "/absolute.pem": must be a relative path"#
                ),
            ],
        ),
        (
            "PodCertificate projected volume with bad key path",
            pod_certificate(
                json!({"signerName": "example.com/foo", "keyPath": "/absolute.pem", "certificateChainPath": "certificates.pem"}),
            ),
            vec![
                no_key_type.clone(),
                format!(r#"{PC}.keyPath: Invalid value: "/absolute.pem": must be a relative path"#),
            ],
        ),
        (
            "PodCertificate projected volume with bad certificates path",
            pod_certificate(
                json!({"signerName": "example.com/foo", "keyPath": "key.pem", "certificateChainPath": "/certificates.pem"}),
            ),
            vec![
                no_key_type,
                format!(
                    r#"{PC}.certificateChainPath: Invalid value: "/certificates.pem": must be a relative path"#
                ),
            ],
        ),
        (
            "PodCertificate projected volume with bad user annotations, invalid key",
            key_and_chain(json!({"userAnnotations": {"only/one/slash": "bar"}})),
            // IsDomainPrefixedKey: content.IsLabelKey's message for more than one '/'.
            vec![format!(
                r#"{PC}.userAnnotations: Invalid value: "only/one/slash": a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"#
            )],
        ),
        (
            "PodCertificate projected volume with bad user annotations, too long key prefix size",
            key_and_chain(json!({ "userAnnotations": { long_prefix.clone(): "bar" } })),
            vec![format!(
                r#"{PC}.userAnnotations: Invalid value: "{long_prefix}": prefix part must be no more than 253 bytes"#
            )],
        ),
        (
            "PodCertificate projected volume with bad user annotations, too long total key/value size",
            key_and_chain(json!({"userAnnotations": {"domain/a": "d".repeat(262_144)}})),
            vec![format!(
                "{PC}.userAnnotations: Too long: may not be more than 262144 bytes"
            )],
        ),
    ]
}

#[test]
fn pod_certificate_valid() {
    check(pod_certificate_valid_rows(), validated);
    check(pod_certificate_valid_rows(), created);
}

// PodCertificateRequest is off at 1.36: PrepareForCreate drops the source. The errors upstream's
// `ValidatePodCreate` gives these pods directly are kept in the rows, but not checked: this crate
// does not validate a podCertificate source's contents (README, "Deviations from Go"), as the
// 1.36 API server never does either.
#[test]
fn pod_certificate_errors_create_path() {
    check(no_errors(pod_certificate_error_rows()), created);
}

const APPARMOR: &str = "container.apparmor.security.beta.kubernetes.io/";

/// The pod with the given AppArmor annotations (container name → value) and spec.
fn apparmor(annotations: &[(&str, &str)], spec: Value) -> Value {
    let annotations: serde_json::Map<String, Value> = annotations
        .iter()
        .map(|(c, v)| (format!("{APPARMOR}{c}"), json!(v)))
        .collect();
    json!({"metadata": {"annotations": annotations}, "spec": spec})
}

fn ctr_profile(profile: Value) -> Value {
    json!({"containers": [{"name": "ctr", "image": "image", "securityContext": {"appArmorProfile": profile}}]})
}

fn pod_profile(profile: Value) -> Value {
    json!({"securityContext": {"appArmorProfile": profile}})
}

fn init_ctr() -> Value {
    json!({"initContainers": [{"name": "init-ctr", "image": "image"}]})
}

fn annotation_error(container: &str, value: &str, detail: &str) -> String {
    format!(r#"metadata.annotations[{APPARMOR}{container}]: Invalid value: "{value}": {detail}"#)
}

// TestValidatePod: the AppArmor annotation rows, valid and invalid. On the create path a 1.36
// API server first copies each annotation into the container's empty appArmorProfile field;
// these rows agree either way.
#[test]
fn apparmor_annotations() {
    let localhost_foo = json!({"type": "Localhost", "localhostProfile": "foo"});
    let rows: Vec<Row> = vec![
        (
            "default AppArmor annotation for a container",
            apparmor(&[("ctr", "runtime/default")], json!({})),
            vec![],
        ),
        (
            "default AppArmor annotation for an init container",
            apparmor(&[("init-ctr", "runtime/default")], init_ctr()),
            vec![],
        ),
        (
            "localhost AppArmor annotation for a container",
            apparmor(&[("ctr", "localhost/foo")], json!({})),
            vec![],
        ),
        (
            "matching AppArmor fields and annotations",
            apparmor(
                &[("ctr", "localhost/foo")],
                ctr_profile(localhost_foo.clone()),
            ),
            vec![],
        ),
        (
            "matching AppArmor pod field and annotations",
            apparmor(&[("ctr", "localhost/foo")], pod_profile(localhost_foo)),
            vec![],
        ),
        (
            "AppArmor profile must apply to a container",
            apparmor(
                &[
                    ("ctr", "runtime/default"),
                    ("init-ctr", "runtime/default"),
                    ("fake-ctr", "runtime/default"),
                ],
                init_ctr(),
            ),
            vec![annotation_error(
                "fake-ctr",
                "fake-ctr",
                "container not found",
            )],
        ),
        (
            "AppArmor profile format must be valid",
            apparmor(&[("ctr", "bad-name")], json!({})),
            vec![annotation_error(
                "ctr",
                "bad-name",
                r#"invalid AppArmor profile name: "bad-name""#,
            )],
        ),
        (
            "only default AppArmor profile may start with runtime/",
            apparmor(&[("ctr", "runtime/foo")], json!({})),
            vec![annotation_error(
                "ctr",
                "runtime/foo",
                r#"invalid AppArmor profile name: "runtime/foo""#,
            )],
        ),
    ];
    for (name, tweak, want) in rows {
        let want: Vec<&str> = want.iter().map(String::as_str).collect();
        create(name, tweak, &want);
    }
}

/// TestValidatePod: "mismatched AppArmor pod field and annotation types": the container has no
/// profile of its own, so validateAppArmorAnnotationsAndFieldsMatchOnCreate compares the pod's
/// (Unconfined) with the container's annotation and reports on the container's field.
fn apparmor_pod_field_mismatch() -> Value {
    apparmor(
        &[("ctr", "runtime/default")],
        pod_profile(json!({"type": "Unconfined"})),
    )
}

#[test]
fn apparmor_pod_field_mismatch_validation() {
    assert_eq!(
        validated(apparmor_pod_field_mismatch()),
        ["spec.containers[0].securityContext.appArmorProfile.type: Forbidden: apparmor type in annotation and field must match"]
    );
}

// On the create path, applyAppArmorVersionSkew first copies the annotation into the container's
// empty field (RuntimeDefault, which differs from the pod's Unconfined), and the container's own
// profile then matches its annotation: a 1.36 API server accepts the pod.
#[test]
fn apparmor_pod_field_mismatch_create_path() {
    assert_eq!(created(apparmor_pod_field_mismatch()), Vec::<String>::new());
}

// TestValidatePodSpec: the success cases (and the legacy-IP one, valid with
// StrictIPCIDRValidation off as at 1.36), through the create path.
#[test]
fn pod_spec_valid() {
    let ctr_with = |extra: Value| {
        let mut c = json!({"name": "ctr", "image": "image"});
        crate::upstream_pod_validation::merge(&mut c, extra);
        c
    };
    let ids = |id: i64| {
        spec(
            json!({"securityContext": {"supplementalGroups": [id], "runAsUser": id, "fsGroup": id}}),
        )
    };
    let pod_level = |os: Value| {
        let mut s = json!({"resources": {"limits": {"cpu": "100m", "memory": "200Mi"}},
            "containers": [{"name": "container", "image": "image"}]});
        crate::upstream_pod_validation::merge(&mut s, os);
        spec(s)
    };
    let rows: Vec<(&str, Value)> = vec![
        (
            "populate all fields",
            spec(json!({
                "initContainers": [{"name": "ictr", "image": "image"}],
                "volumes": [{"name": "vol", "emptyDir": {}}],
                "nodeSelector": {"key": "value"},
                "nodeName": "foobar",
                "activeDeadlineSeconds": 2_147_483_647,
                "serviceAccountName": "acct",
            })),
        ),
        (
            "populate HostNetwork",
            spec(json!({"hostNetwork": true, "containers": [ctr_with(
                json!({"ports": [{"hostPort": 8080, "containerPort": 8080, "protocol": "TCP"}]})
            )]})),
        ),
        (
            "populate RunAsUser SupplementalGroups FSGroup with minID 0",
            ids(0),
        ),
        (
            "populate RunAsUser SupplementalGroups FSGroup with maxID 2147483647",
            ids(2_147_483_647),
        ),
        ("populate HostIPC", spec(json!({"hostIPC": true}))),
        ("populate HostPID", spec(json!({"hostPID": true}))),
        (
            "populate Affinity",
            spec(json!({"affinity": {"nodeAffinity": {
                "requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{
                    "matchExpressions": [{"key": "key2", "operator": "In", "values": ["value1", "value2"]}],
                    "matchFields": [{"key": "metadata.name", "operator": "In", "values": ["host1"]}],
                }]},
                "preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 10, "preference": {
                    "matchExpressions": [{"key": "foo", "operator": "In", "values": ["bar"]}],
                }}],
            }}})),
        ),
        (
            "populate HostAliases with `foo.bar` hostnames",
            spec(
                json!({"hostAliases": [{"ip": "12.34.56.78", "hostnames": ["host1.foo", "host2.bar"]}]}),
            ),
        ),
        (
            "populate HostAliases with HostNetwork",
            spec(
                json!({"hostNetwork": true, "hostAliases": [{"ip": "12.34.56.78", "hostnames": ["host1.foo", "host2.bar"]}]}),
            ),
        ),
        (
            "populate PriorityClassName",
            spec(json!({"priorityClassName": "valid-name"})),
        ),
        (
            "populate ShareProcessNamespace",
            spec(json!({"shareProcessNamespace": true})),
        ),
        (
            "populate RuntimeClassName",
            spec(json!({"runtimeClassName": "valid-sandbox"})),
        ),
        ("populate Overhead", spec(json!({"overhead": {}}))),
        (
            "populate FSGroupChangePolicy",
            spec(json!({"securityContext": {"fsGroupChangePolicy": "Always"}})),
        ),
        (
            "resources resize policy for containers",
            spec(json!({"containers": [ctr_with(
                json!({"resizePolicy": [{"resourceName": "cpu", "restartPolicy": "NotRequired"}]})
            )]})),
        ),
        (
            "populate SupplementalGroupsPolicy",
            spec(json!({"securityContext": {"supplementalGroupsPolicy": "Strict"}})),
        ),
        (
            "populate PodLevelResources without OS",
            pod_level(json!({})),
        ),
        (
            "populate PodLevelResources with valid OS",
            pod_level(json!({"os": {"name": "linux"}})),
        ),
        (
            "populate HostAliases with legacy IP with legacy validation",
            spec(
                json!({"hostAliases": [{"ip": "012.034.056.078", "hostnames": ["host1", "host2"]}]}),
            ),
        ),
    ];
    for (name, tweak) in rows {
        create(name, tweak, &[]);
    }
}
