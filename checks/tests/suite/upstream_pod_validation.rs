//! Pod validation after pkg/apis/core/validation/validation_test.go (`TestValidatePorts`,
//! `TestValidateEnv`, `TestValidateProbe`, `TestValidateTolerations`, `TestValidateVolumes`,
//! `TestValidateSecurityContext`, `TestValidateAffinity`, `TestValidatePodSpec`,
//! `TestValidatePodCreate`, `TestValidatePodUpdate`), through the API server's create path: the pod is defaulted as the
//! API server decodes it, prepared as the pod strategy prepares it, then validated. Upstream
//! checks the error type, the field and part of the detail; each row here pins the whole
//! message, read from validation.go.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use kube_primitives::api::core::Pod;
use kube_primitives::validation::defaults::default_pod;
use kube_primitives::validation::pod::{
    prepare_pod_for_create, prepare_pod_for_update, validate_pod_create, validate_pod_update,
    PodValidationOptions,
};
use serde_json::{json, Value};

/// A minimal valid pod, as the rows start from.
pub(crate) fn valid() -> Value {
    json!({
        "metadata": {"name": "123", "namespace": "ns"},
        "spec": {"containers": [{"name": "ctr", "image": "image"}]}
    })
}

/// RFC 7396 merge patch (`null` removes a field).
pub(crate) fn merge(base: &mut Value, extra: Value) {
    json_patch::merge(base, &extra);
}

pub(crate) fn pod(tweak: Value) -> Pod {
    let mut v = valid();
    merge(&mut v, tweak);
    let mut pod: Pod = serde_json::from_value(v).unwrap();
    default_pod(&mut pod);
    pod
}

pub(crate) fn create(name: &str, tweak: Value, want: &[&str]) {
    create_with(name, tweak, &PodValidationOptions::default(), want);
}

/// [`create`] with other options (e.g. `--allow-privileged`).
pub(crate) fn create_with(name: &str, tweak: Value, opts: &PodValidationOptions, want: &[&str]) {
    assert_eq!(create_errors(tweak, opts), want, "{name}");
}

/// The errors of the create path (defaults, the strategy's preparation, validation) for the
/// valid pod with `tweak` merged in.
pub(crate) fn create_errors(tweak: Value, opts: &PodValidationOptions) -> Vec<String> {
    let mut p = pod(tweak);
    prepare_pod_for_create(&mut p, "bcdfg");
    validate_pod_create(&p, opts)
        .into_vec()
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// A container with the given fields merged into the valid one.
pub(crate) fn ctr(extra: Value) -> Value {
    let mut c = json!({"name": "ctr", "image": "image"});
    merge(&mut c, extra);
    json!({"spec": {"containers": [c]}})
}

#[test]
fn the_valid_pod_is_valid() {
    create("valid", json!({}), &[]);
    create(
        "generateName",
        json!({"metadata": {"name": null, "generateName": "web-"}}),
        &[],
    );
}

// TestValidatePorts
#[test]
fn ports() {
    create(
        "name > 15 characters",
        ctr(json!({"ports": [{"name": "aaaaaaaaaaaaaaaa", "containerPort": 80}]})),
        &[
            r#"spec.containers[0].ports[0].name: Invalid value: "aaaaaaaaaaaaaaaa": must be no more than 15 characters"#,
        ],
    );
    create(
        "name contains invalid characters",
        ctr(json!({"ports": [{"name": "a.b.c", "containerPort": 80}]})),
        &[
            r#"spec.containers[0].ports[0].name: Invalid value: "a.b.c": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"#,
        ],
    );
    create(
        "name is a number",
        ctr(json!({"ports": [{"name": "80", "containerPort": 80}]})),
        &[
            r#"spec.containers[0].ports[0].name: Invalid value: "80": must contain at least one letter (a-z)"#,
        ],
    );
    create(
        "name not unique",
        ctr(
            json!({"ports": [{"name": "abc", "containerPort": 80}, {"name": "abc", "containerPort": 81}]}),
        ),
        &[r#"spec.containers[0].ports[1].name: Duplicate value: "abc""#],
    );
    create(
        "invalid container port",
        ctr(json!({"ports": [{"containerPort": 65536}]})),
        &["spec.containers[0].ports[0].containerPort: Invalid value: 65536: must be between 1 and 65535, inclusive"],
    );
    create(
        "invalid host port",
        ctr(json!({"ports": [{"containerPort": 80, "hostPort": 65536}]})),
        &["spec.containers[0].ports[0].hostPort: Invalid value: 65536: must be between 1 and 65535, inclusive"],
    );
    create(
        "invalid protocol case",
        ctr(json!({"ports": [{"containerPort": 80, "protocol": "tcp"}]})),
        &[
            r#"spec.containers[0].ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP""#,
        ],
    );
    create(
        "host port conflict",
        json!({"spec": {"containers": [
            {"name": "a", "image": "i", "ports": [{"containerPort": 80, "hostPort": 8080}]},
            {"name": "b", "image": "i", "ports": [{"containerPort": 81, "hostPort": 8080}]}
        ]}}),
        &[r#"spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080""#],
    );
}

// TestValidateEnv
#[test]
fn env() {
    create(
        "zero-length name",
        ctr(json!({"env": [{"name": ""}]})),
        &["spec.containers[0].env[0].name: Required value"],
    );
    create(
        "value and valueFrom",
        ctr(
            json!({"env": [{"name": "abc", "value": "foo", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}]}),
        ),
        &[
            r#"spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty"#,
        ],
    );
    create(
        "valueFrom with more than one source",
        ctr(json!({"env": [{"name": "abc", "valueFrom": {
            "fieldRef": {"fieldPath": "metadata.name"},
            "secretKeyRef": {"name": "a-secret", "key": "a-key"}
        }}]})),
        &[
            r#"spec.containers[0].env[0].valueFrom: Invalid value: "": may not have more than one field specified at a time"#,
        ],
    );
    create(
        "invalid fieldPath",
        ctr(
            json!({"env": [{"name": "abc", "valueFrom": {"fieldRef": {"fieldPath": "metadata.whoops"}}}]}),
        ),
        &[
            r#"spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "metadata.whoops": error converting fieldPath: field label not supported: metadata.whoops"#,
        ],
    );
    create(
        "unsupported fieldPath",
        ctr(
            json!({"env": [{"name": "abc", "valueFrom": {"fieldRef": {"fieldPath": "status.phase"}}}]}),
        ),
        &[
            r#"spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs""#,
        ],
    );
    create(
        "missing key on a configMapKeyRef",
        ctr(
            json!({"env": [{"name": "abc", "valueFrom": {"configMapKeyRef": {"name": "some-config-map"}}}]}),
        ),
        &["spec.containers[0].env[0].valueFrom.configMapKeyRef.key: Required value"],
    );
    create(
        "envFrom without a source",
        ctr(json!({"envFrom": [{"prefix": "pre_"}]})),
        &[
            r#"spec.containers[0].envFrom: Invalid value: "": must specify one of: `configMapRef` or `secretRef`"#,
        ],
    );
}

// TestValidateProbe, TestValidateLifecycle
#[test]
fn probes_and_handlers() {
    create(
        "no handler",
        ctr(json!({"livenessProbe": {"periodSeconds": 10}})),
        &["spec.containers[0].livenessProbe: Required value: must specify a handler type"],
    );
    create(
        "two handlers",
        ctr(json!({"readinessProbe": {"exec": {"command": ["true"]}, "tcpSocket": {"port": 80}}})),
        &["spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type"],
    );
    create(
        "liveness success threshold",
        ctr(json!({"livenessProbe": {"exec": {"command": ["true"]}, "successThreshold": 2}})),
        &["spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1"],
    );
    create(
        "readiness termination grace period",
        ctr(json!({"readinessProbe": {"exec": {"command": ["true"]}, "terminationGracePeriodSeconds": 10}})),
        &["spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes"],
    );
    create(
        "sleep longer than the grace period",
        ctr(json!({"lifecycle": {"preStop": {"sleep": {"seconds": 60}}}})),
        &["spec.containers[0].lifecycle.preStop.sleep: Invalid value: 60: must be non-negative and less than terminationGracePeriodSeconds (30)"],
    );
    create(
        "probe on a regular init container",
        json!({"spec": {"initContainers": [{"name": "init", "image": "i", "readinessProbe": {"exec": {"command": ["true"]}}}]}}),
        &["spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always"],
    );
}

// TestValidateTolerations
#[test]
fn tolerations() {
    create(
        "empty key with Equal",
        json!({"spec": {"tolerations": [{"operator": "Equal", "value": "bar"}]}}),
        &[
            r#"spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys""#,
        ],
    );
    create(
        "tolerationSeconds without NoExecute",
        json!({"spec": {"tolerations": [{"key": "foo", "operator": "Exists", "effect": "NoSchedule", "tolerationSeconds": 20}]}}),
        &[
            r#"spec.tolerations[0].effect: Invalid value: "NoSchedule": effect must be 'NoExecute' when `tolerationSeconds` is set"#,
        ],
    );
    create(
        "value with Exists",
        json!({"spec": {"tolerations": [{"key": "foo", "operator": "Exists", "value": "bar"}]}}),
        &[
            r#"spec.tolerations[0].operator: Invalid value: "bar": value must be empty when `operator` is 'Exists'"#,
        ],
    );
}

// TestValidatePodSpec (error cases)
#[test]
fn pod_spec() {
    create(
        "bad restart policy",
        json!({"spec": {"restartPolicy": "UnknowPolicy"}}),
        &[
            r#"spec.restartPolicy: Unsupported value: "UnknowPolicy": supported values: "Always", "OnFailure", "Never""#,
        ],
    );
    create(
        "with hostNetwork hostPort not equal to containerPort",
        json!({"spec": {"hostNetwork": true, "containers": [{"name": "ctr", "image": "image", "ports": [{"containerPort": 8000, "hostPort": 9000}]}]}}),
        &["spec.containers[0].ports[0].hostPort: Invalid value: 9000: must match `containerPort` when `hostNetwork` is true"],
    );
    create(
        "bad supplementalGroups large than math.MaxInt32",
        json!({"spec": {"securityContext": {"supplementalGroups": [2_147_483_648_i64]}}}),
        &["spec.securityContext.supplementalGroups[0]: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive"],
    );
    create(
        "bad activeDeadlineSeconds",
        json!({"spec": {"activeDeadlineSeconds": 0}}),
        &["spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive"],
    );
    create(
        "bad subdomain",
        json!({"spec": {"subdomain": "Bad_Host"}}),
        &[
            r#"spec.subdomain: Invalid value: "Bad_Host": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"#,
        ],
    );
    create(
        "dnsPolicy None without nameservers",
        json!({"spec": {"dnsPolicy": "None", "dnsConfig": {"searches": ["custom"]}}}),
        &["spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None"],
    );
    create(
        "duplicate scheduling gates",
        json!({"spec": {"schedulingGates": [{"name": "foo"}, {"name": "foo"}]}}),
        &[r#"spec.schedulingGates[1]: Duplicate value: "foo""#],
    );
    create(
        "privileged container without --allow-privileged",
        ctr(json!({"securityContext": {"privileged": true}})),
        &["spec.containers[0].securityContext.privileged: Forbidden: disallowed by cluster policy"],
    );
    create(
        "volume mount without a volume",
        ctr(json!({"volumeMounts": [{"name": "missing", "mountPath": "/m"}]})),
        &[r#"spec.containers[0].volumeMounts[0].name: Not found: "missing""#],
    );
    create(
        "requests above limits",
        ctr(json!({"resources": {"requests": {"cpu": "2"}, "limits": {"cpu": "1"}}})),
        &[
            r#"spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1"#,
        ],
    );
}

// TestValidatePodCreate
#[test]
fn pod_create() {
    create(
        "ephemeral containers on create",
        json!({"spec": {"ephemeralContainers": [{"name": "debugger", "image": "busybox"}]}}),
        &["spec.ephemeralContainers: Forbidden: cannot be set on create"],
    );
    create(
        "projected service account token without a service account",
        json!({"spec": {"volumes": [{"name": "token", "projected": {"sources": [{"serviceAccountToken": {"path": "token"}}]}}]}}),
        &["spec.volumes[0].projected.sources[0].serviceAccountToken: Forbidden: must not be specified when serviceAccountName is not set"],
    );
    create(
        "no namespace",
        json!({"metadata": {"namespace": null}}),
        &["metadata.namespace: Required value"],
    );
}

// TestValidatePodUpdate
#[test]
fn pod_update() {
    let update = |name: &str, old_tweak: Value, new_tweak: Value, want: &[&str]| {
        let mut old = pod(old_tweak);
        old.metadata.resource_version = "1".into();
        let mut new = pod(new_tweak);
        new.metadata.resource_version = "1".into();
        prepare_pod_for_update(&mut new, &old);
        let got: Vec<String> = validate_pod_update(&new, &old, &PodValidationOptions::default())
            .into_vec()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(got, want, "{name}");
    };
    update(
        "image change",
        json!({}),
        ctr(json!({"image": "other"})),
        &[],
    );
    update(
        "added container",
        json!({}),
        json!({"spec": {"containers": [{"name": "ctr", "image": "image"}, {"name": "b", "image": "image"}]}}),
        &["spec.containers: Forbidden: pod updates may not add or remove containers"],
    );
    update(
        "activeDeadlineSeconds removed",
        json!({"spec": {"activeDeadlineSeconds": 30}}),
        json!({}),
        &["spec.activeDeadlineSeconds: Invalid value: null: must not update from a positive integer to nil value"],
    );
    update(
        "restartPolicy changed",
        json!({}),
        json!({"spec": {"restartPolicy": "Never"}}),
        &[concat!(
            "spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,",
            "`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),",
            "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n",
            "@@ -35,7 +35,7 @@\n",
            "   }\n",
            "  ],\n",
            "  \"EphemeralContainers\": null,\n",
            "- \"RestartPolicy\": \"Always\",\n",
            "+ \"RestartPolicy\": \"Never\",\n",
            "  \"TerminationGracePeriodSeconds\": 30,\n",
            "  \"ActiveDeadlineSeconds\": null,\n",
            "  \"DNSPolicy\": \"ClusterFirst\",\n",
        )],
    );
    // The diff of the internal specs: `Volumes` comes first, each volume lists all 30 sources of
    // the internal `VolumeSource` in their Go order (CSI is the 28th, on line 32), and the CSI
    // source's `ReadOnly`/`FSType` are pointers.
    let csi =
        |driver: &str| json!({"spec": {"volumes": [{"name": "v", "csi": {"driver": driver}}]}});
    update(
        "CSI driver changed",
        csi("a.example.com"),
        csi("b.example.com"),
        &[concat!(
            "spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,",
            "`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),",
            "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n",
            "@@ -30,7 +30,7 @@\n",
            "    \"ScaleIO\": null,\n",
            "    \"StorageOS\": null,\n",
            "    \"CSI\": {\n",
            "-    \"Driver\": \"a.example.com\",\n",
            "+    \"Driver\": \"b.example.com\",\n",
            "     \"ReadOnly\": null,\n",
            "     \"FSType\": null,\n",
            "     \"VolumeAttributes\": null,\n",
        )],
    );
    update(
        "namespace changed",
        json!({}),
        json!({"metadata": {"namespace": "other"}}),
        &[
            r#"metadata.namespace: Invalid value: "other": field is immutable"#,
            r#"metadata.namespace: Invalid value: "other": field is immutable"#,
        ],
    );
}

/// A pod with the given volumes.
fn vols(volumes: Value) -> Value {
    json!({"spec": {"volumes": volumes}})
}

// TestValidateVolumes
#[test]
fn volumes() {
    // Upstream's "no volume source" row validates an internal pod; through the API server a
    // volume without a source is defaulted to an emptyDir first.
    create("no volume source", vols(json!([{"name": "abc"}])), &[]);
    create(
        "name not a DNS label",
        vols(json!([{"name": "123_abc", "emptyDir": {}}])),
        &[
            r#"spec.volumes[0].name: Invalid value: "123_abc": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"#,
        ],
    );
    create(
        "name not unique",
        vols(json!([{"name": "abc", "emptyDir": {}}, {"name": "abc", "emptyDir": {}}])),
        &[r#"spec.volumes[1].name: Duplicate value: "abc""#],
    );
    create(
        "more than one source",
        vols(json!([{"name": "abc", "hostPath": {"path": "/mnt/path"}, "emptyDir": {}}])),
        &["spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type"],
    );
    create(
        "hostPath with backsteps",
        vols(json!([{"name": "abc", "hostPath": {"path": "/mnt/path/.."}}])),
        &[r#"spec.volumes[0].hostPath.path: Invalid value: "/mnt/path/..": must not contain '..'"#],
    );
    create(
        "secret with a bad default mode",
        vols(json!([{"name": "s", "secret": {"secretName": "s", "defaultMode": 0o1000}}])),
        &["spec.volumes[0].secret.defaultMode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive"],
    );
    create(
        "configMap item with an absolute path",
        vols(
            json!([{"name": "c", "configMap": {"name": "c", "items": [{"key": "k", "path": "/abs"}]}}]),
        ),
        &[
            r#"spec.volumes[0].configMap.items[0].path: Invalid value: "/abs": must be a relative path"#,
        ],
    );
    create(
        "downwardAPI item without a source",
        vols(json!([{"name": "d", "downwardAPI": {"items": [{"path": "labels"}]}}])),
        &["spec.volumes[0].downwardAPI: Required value: one of fieldRef and resourceFieldRef is required"],
    );
    create(
        "projected token too short",
        json!({"spec": {"serviceAccountName": "sa", "volumes": [{"name": "p", "projected": {"sources": [
            {"serviceAccountToken": {"path": "token", "expirationSeconds": 60}}
        ]}}]}}),
        &["spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes"],
    );
    create(
        "pvc without a claim name",
        vols(json!([{"name": "p", "persistentVolumeClaim": {"claimName": ""}}])),
        &["spec.volumes[0].persistentVolumeClaim.claimName: Required value"],
    );
}

// TestValidateSecurityContext, TestValidatePodSecurityContext
#[test]
fn security_contexts() {
    create(
        "negative runAsUser",
        ctr(json!({"securityContext": {"runAsUser": -1}})),
        &["spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive"],
    );
    create(
        "unmasked procMount with host users",
        ctr(json!({"securityContext": {"procMount": "Unmasked"}})),
        &[
            r#"spec.containers[0].securityContext.procMount: Invalid value: "Unmasked": `hostUsers` must be false to use `Unmasked`"#,
        ],
    );
    create(
        "seccomp Localhost without a profile",
        json!({"spec": {"securityContext": {"seccompProfile": {"type": "Localhost"}}}}),
        &["spec.securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost"],
    );
    create(
        "shareProcessNamespace with hostPID",
        json!({"spec": {"hostPID": true, "shareProcessNamespace": true}}),
        &["spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled"],
    );
    create(
        "network sysctl with hostNetwork",
        json!({"spec": {"hostNetwork": true, "securityContext": {"sysctls": [{"name": "net.ipv4.ip_forward", "value": "1"}]}}}),
        &[
            r#"spec.securityContext.sysctls[0].name: Invalid value: "net.ipv4.ip_forward": may not be specified when 'hostNetwork' is true"#,
        ],
    );
    create(
        "windows options in a linux pod",
        json!({"spec": {"os": {"name": "linux"}, "securityContext": {"windowsOptions": {"runAsUserName": "u"}}}}),
        &["spec.securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod"],
    );
}

// TestValidateAffinity
#[test]
fn affinity() {
    create(
        "node affinity without terms",
        json!({"spec": {"affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": []}}}}}),
        &["spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term"],
    );
    create(
        "invalid node selector operator",
        json!({"spec": {"affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
            {"matchExpressions": [{"key": "k", "operator": "Contains", "values": ["v"]}]}
        ]}}}}}),
        &[
            r#"spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: Invalid value: "Contains": not a valid selector operator"#,
        ],
    );
    create(
        "pod anti-affinity weight out of range",
        json!({"spec": {"affinity": {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
            {"weight": 101, "podAffinityTerm": {"topologyKey": "zone"}}
        ]}}}}),
        &["spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 101: must be in the range 1-100"],
    );
    create(
        "pod affinity without a topology key",
        json!({"spec": {"affinity": {"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
            {"labelSelector": {"matchLabels": {"a": "b"}}}
        ]}}}}),
        &[
            "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value: can not be empty",
            r#"spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Invalid value: "": name part must be non-empty"#,
            r#"spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Invalid value: "": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"#,
        ],
    );
}
