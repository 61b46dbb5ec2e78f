//! More rows of pkg/apis/core/validation/validation_test.go, through the same API-server create
//! path as `upstream_pod_validation` (whose helpers these tables share): container resources
//! (`TestValidateResourceRequirements`, pod-level `spec.resources`), `TestValidateDNSPolicy`,
//! `TestValidatePodDNSConfig`, `TestValidateTopologySpreadConstraints`, readiness gates,
//! scheduling gates, host aliases, sysctls and overhead (containers are in
//! `upstream_pod_validation_containers`). Every expected message is written from validation.go (v1.36.0) and its exact text
//! checked against the 1.36 API server's answers in the conformance vectors.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use super::upstream_pod_validation::{create, ctr};
use serde_json::{json, Value};

/// `validation.IsQualifiedName`'s name-part message (k8s.io/apimachinery/pkg/util/validation).
pub(crate) const NAME_PART: &str = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

pub(crate) fn spec(extra: Value) -> Value {
    json!({ "spec": extra })
}

fn res(resources: Value) -> Value {
    ctr(json!({ "resources": resources }))
}

// TestValidateResourceRequirements, TestValidateContainers (resource rows)
#[test]
fn container_resources() {
    create(
        "valid: requests below limits",
        res(
            json!({"limits": {"cpu": "2", "memory": "2Gi"}, "requests": {"cpu": "1", "memory": "1Gi"}}),
        ),
        &[],
    );
    create(
        "cpu request above limit",
        res(json!({"limits": {"cpu": "1"}, "requests": {"cpu": "2"}})),
        &[
            r#"spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1"#,
        ],
    );
    create(
        "memory request above limit",
        res(json!({"limits": {"memory": "1Gi"}, "requests": {"memory": "2Gi"}})),
        &[
            r#"spec.containers[0].resources.requests: Invalid value: "2Gi": must be less than or equal to memory limit of 1Gi"#,
        ],
    );
    create(
        "ephemeral-storage request above limit",
        res(
            json!({"limits": {"ephemeral-storage": "1Gi"}, "requests": {"ephemeral-storage": "10Gi"}}),
        ),
        &[
            r#"spec.containers[0].resources.requests: Invalid value: "10Gi": must be less than or equal to ephemeral-storage limit of 1Gi"#,
        ],
    );
    create(
        "unknown resource name",
        res(json!({"limits": {"foo": "1"}, "requests": {"foo": "1"}})),
        &[
            r#"spec.containers[0].resources.limits[foo]: Invalid value: "foo": must be a standard resource type or fully qualified"#,
            r#"spec.containers[0].resources.limits[foo]: Invalid value: "foo": must be a standard resource for containers"#,
            r#"spec.containers[0].resources.requests[foo]: Invalid value: "foo": must be a standard resource type or fully qualified"#,
            r#"spec.containers[0].resources.requests[foo]: Invalid value: "foo": must be a standard resource for containers"#,
        ],
    );
    create(
        "quota resource name in a container",
        res(json!({"requests": {"requests.cpu": "1"}})),
        &[
            r#"spec.containers[0].resources.requests[requests.cpu]: Invalid value: "requests.cpu": must be a standard resource for containers"#,
        ],
    );
    create(
        "negative cpu request",
        res(json!({"requests": {"cpu": "-1"}})),
        &[
            r#"spec.containers[0].resources.requests[cpu]: Invalid value: "-1": must be greater than or equal to 0"#,
        ],
    );
    create(
        "negative memory request",
        res(json!({"requests": {"memory": "-100Mi"}})),
        &[
            r#"spec.containers[0].resources.requests[memory]: Invalid value: "-100Mi": must be greater than or equal to 0"#,
        ],
    );
    create(
        "hugepages without cpu or memory",
        res(json!({"limits": {"hugepages-2Mi": "100Mi"}})),
        &["spec.containers[0].resources: Forbidden: HugePages require cpu or memory"],
    );
    create(
        "valid: hugepages with memory",
        res(json!({"limits": {"hugepages-2Mi": "100Mi", "memory": "1Gi"}})),
        &[],
    );
    create(
        "hugepages not a multiple of the page size",
        res(json!({"limits": {"hugepages-1Gi": "1.5Gi", "memory": "2Gi"}})),
        &[
            r#"spec.containers[0].resources.limits[hugepages-1Gi]: Invalid value: "1536Mi": 1536Mi is not positive integer multiple of hugepages-1Gi"#,
            r#"spec.containers[0].resources.requests[hugepages-1Gi]: Invalid value: "1536Mi": 1536Mi is not positive integer multiple of hugepages-1Gi"#,
        ],
    );
    create(
        "extended resource not an integer",
        res(json!({"limits": {"example.com/gpu": "500m"}})),
        &[
            r#"spec.containers[0].resources.limits[example.com/gpu]: Invalid value: "500m": must be an integer"#,
            r#"spec.containers[0].resources.requests[example.com/gpu]: Invalid value: "500m": must be an integer"#,
        ],
    );
    create(
        "extended resource request differs from limit",
        res(json!({"limits": {"example.com/gpu": "2"}, "requests": {"example.com/gpu": "1"}})),
        &[
            r#"spec.containers[0].resources.requests: Invalid value: "1": must be equal to example.com/gpu limit of 2"#,
        ],
    );
    create(
        "extended resource request without limit",
        res(json!({"requests": {"example.com/gpu": "1"}})),
        &["spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources"],
    );
    create(
        "extended resource with an empty name part",
        res(json!({"limits": {"example.com/": "1"}})),
        &[
            r#"spec.containers[0].resources.limits[example.com/]: Invalid value: "example.com/": name part must be non-empty"#,
            &format!(
                r#"spec.containers[0].resources.limits[example.com/]: Invalid value: "example.com/": {NAME_PART}"#
            ),
            r#"spec.containers[0].resources.limits[example.com/]: Invalid value: "example.com/": doesn't follow extended resource name standard"#,
            r#"spec.containers[0].resources.requests[example.com/]: Invalid value: "example.com/": name part must be non-empty"#,
            &format!(
                r#"spec.containers[0].resources.requests[example.com/]: Invalid value: "example.com/": {NAME_PART}"#
            ),
            r#"spec.containers[0].resources.requests[example.com/]: Invalid value: "example.com/": doesn't follow extended resource name standard"#,
        ],
    );
}

// TestValidatePodSpec / TestValidatePodResourceConsistency (pod-level resources)
#[test]
fn pod_level_resources() {
    create(
        "valid: pod-level limits",
        spec(json!({"resources": {"limits": {"cpu": "2", "memory": "1Gi"}}})),
        &[],
    );
    create(
        "pod-level cpu request above limit",
        spec(json!({"resources": {"limits": {"cpu": "1"}, "requests": {"cpu": "2"}}})),
        &[
            r#"spec.resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1"#,
        ],
    );
    create(
        "pod-level unsupported resource",
        spec(json!({"resources": {"limits": {"example.com/gpu": "1"}}})),
        &[
            r#"spec.resources.limits[example.com/gpu]: Unsupported value: "example.com/gpu": supported values: "cpu", "hugepages-", "memory""#,
        ],
    );
    create(
        "pod-level negative memory request",
        spec(json!({"resources": {"requests": {"memory": "-1Gi"}}})),
        &[
            r#"spec.resources.requests[memory]: Invalid value: "-1Gi": must be greater than or equal to 0"#,
        ],
    );
}

// TestValidateDNSPolicy, TestValidatePodDNSConfig
#[test]
fn dns() {
    create(
        "unknown dnsPolicy",
        spec(json!({"dnsPolicy": "Custom"})),
        &[
            r#"spec.dnsPolicy: Unsupported value: "Custom": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None""#,
        ],
    );
    create(
        "None without dnsConfig",
        spec(json!({"dnsPolicy": "None"})),
        &["spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None"],
    );
    create(
        "None without nameservers",
        spec(json!({"dnsPolicy": "None", "dnsConfig": {"searches": ["custom"]}})),
        &["spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None"],
    );
    create(
        "valid: None with a nameserver",
        spec(
            json!({"dnsPolicy": "None", "dnsConfig": {"nameservers": ["1.2.3.4"], "searches": ["custom"], "options": [{"name": "ndots", "value": "2"}]}}),
        ),
        &[],
    );
    create(
        "too many nameservers",
        spec(json!({"dnsConfig": {"nameservers": ["1.2.3.4", "1.2.3.5", "1.2.3.6", "1.2.3.7"]}})),
        &[
            r#"spec.dnsConfig.nameservers: Invalid value: ["1.2.3.4","1.2.3.5","1.2.3.6","1.2.3.7"]: must not have more than 3 nameservers"#,
        ],
    );
    create(
        "invalid nameserver",
        spec(json!({"dnsConfig": {"nameservers": ["invalid"]}})),
        &[
            r#"spec.dnsConfig.nameservers[0]: Invalid value: "invalid": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"#,
        ],
    );
    let searches: Vec<String> = (0..33).map(|i| format!("s{i}.example.com")).collect();
    create(
        "too many search paths",
        spec(json!({"dnsConfig": {"searches": searches}})),
        &[&format!(
            "spec.dnsConfig.searches: Invalid value: {}: must not have more than 32 search paths",
            serde_json::to_string(&searches).unwrap()
        )],
    );
    let long: Vec<String> = (0..32)
        .map(|i| format!("d{i}.{}", "x".repeat(62)))
        .collect();
    create(
        "search list too long",
        spec(json!({"dnsConfig": {"searches": long}})),
        &[&format!(
            "spec.dnsConfig.searches: Invalid value: {}: must not have more than 2048 characters (including spaces) in the search list",
            serde_json::to_string(&long).unwrap()
        )],
    );
    create(
        "invalid search domain",
        spec(json!({"dnsConfig": {"searches": ["Bad_Domain"]}})),
        &[
            r#"spec.dnsConfig.searches[0]: Invalid value: "Bad_Domain": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*')"#,
        ],
    );
    create(
        "empty option name",
        spec(json!({"dnsConfig": {"options": [{"value": "1"}]}})),
        &["spec.dnsConfig.options[0]: Required value: must not be empty"],
    );
}

fn tsc(extra: Value) -> Value {
    let mut c = json!({
        "maxSkew": 1,
        "topologyKey": "k8s.io/zone",
        "whenUnsatisfiable": "DoNotSchedule",
        "labelSelector": {"matchLabels": {"app": "web"}}
    });
    super::upstream_pod_validation::merge(&mut c, extra);
    c
}

fn spread(constraints: Vec<Value>) -> Value {
    spec(json!({ "topologySpreadConstraints": constraints }))
}

// TestValidateTopologySpreadConstraints
#[test]
fn topology_spread_constraints() {
    const P: &str = "spec.topologySpreadConstraints[0]";
    create("valid", spread(vec![tsc(json!({}))]), &[]);
    create(
        "maxSkew 0",
        spread(vec![tsc(json!({"maxSkew": 0}))]),
        &[&format!(
            "{P}.maxSkew: Invalid value: 0: must be greater than zero"
        )],
    );
    create(
        "maxSkew -1",
        spread(vec![tsc(json!({"maxSkew": -1}))]),
        &[&format!(
            "{P}.maxSkew: Invalid value: -1: must be greater than zero"
        )],
    );
    create(
        "empty topologyKey",
        spread(vec![tsc(json!({"topologyKey": ""}))]),
        &[&format!(
            "{P}.topologyKey: Required value: can not be empty"
        )],
    );
    create(
        "unsupported whenUnsatisfiable",
        spread(vec![tsc(json!({"whenUnsatisfiable": "N/A"}))]),
        &[&format!(
            r#"{P}.whenUnsatisfiable: Unsupported value: "N/A": supported values: "DoNotSchedule", "ScheduleAnyway""#
        )],
    );
    create(
        "duplicate {topologyKey, whenUnsatisfiable}",
        spread(vec![tsc(json!({})), tsc(json!({"maxSkew": 2}))]),
        &[&format!(
            r#"{P}.{{topologyKey, whenUnsatisfiable}}: Duplicate value: "{{k8s.io/zone, DoNotSchedule}}""#
        )],
    );
    create(
        "valid: same key, different whenUnsatisfiable",
        spread(vec![
            tsc(json!({})),
            tsc(json!({"whenUnsatisfiable": "ScheduleAnyway"})),
        ]),
        &[],
    );
    create(
        "minDomains 0",
        spread(vec![tsc(json!({"minDomains": 0}))]),
        &[&format!(
            "{P}.minDomains: Invalid value: 0: must be greater than zero"
        )],
    );
    create(
        "minDomains with ScheduleAnyway",
        spread(vec![tsc(json!({"minDomains": 3, "whenUnsatisfiable": "ScheduleAnyway"}))]),
        &[&format!(
            "{P}.minDomains: Invalid value: 3: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway"
        )],
    );
    create(
        "unsupported nodeAffinityPolicy",
        spread(vec![tsc(json!({"nodeAffinityPolicy": "N/A"}))]),
        &[&format!(
            r#"{P}.nodeAffinityPolicy: Unsupported value: "N/A": supported values: "Honor", "Ignore""#
        )],
    );
    create(
        "unsupported nodeTaintsPolicy",
        spread(vec![tsc(json!({"nodeTaintsPolicy": "N/A"}))]),
        &[&format!(
            r#"{P}.nodeTaintsPolicy: Unsupported value: "N/A": supported values: "Honor", "Ignore""#
        )],
    );
    create(
        "invalid matchLabelKeys entry",
        spread(vec![tsc(json!({"matchLabelKeys": ["Bad Key"]}))]),
        &[&format!(
            r#"{P}.matchLabelKeys[0]: Invalid value: "Bad Key": {NAME_PART}"#
        )],
    );
}

// TestValidatePodSpec: readiness gates, scheduling gates, host aliases
#[test]
fn gates_and_host_aliases() {
    create(
        "valid readiness gate",
        spec(json!({"readinessGates": [{"conditionType": "example.com/ready"}]})),
        &[],
    );
    create(
        "invalid readiness gate",
        spec(json!({"readinessGates": [{"conditionType": "Bad Type"}]})),
        &[&format!(
            r#"spec.readinessGates[0].conditionType: Invalid value: "Bad Type": {NAME_PART}"#
        )],
    );
    create(
        "valid scheduling gates",
        spec(json!({"schedulingGates": [{"name": "example.com/a"}, {"name": "b"}]})),
        &[],
    );
    create(
        "duplicate scheduling gate",
        spec(json!({"schedulingGates": [{"name": "example.com/g"}, {"name": "example.com/g"}]})),
        &[r#"spec.schedulingGates[1]: Duplicate value: "example.com/g""#],
    );
    create(
        "empty scheduling gate",
        spec(json!({"schedulingGates": [{"name": ""}]})),
        &[
            r#"spec.schedulingGates[0]: Invalid value: "": name part must be non-empty"#,
            &format!(r#"spec.schedulingGates[0]: Invalid value: "": {NAME_PART}"#),
        ],
    );
    create(
        "invalid scheduling gate",
        spec(json!({"schedulingGates": [{"name": "Bad Gate"}]})),
        &[&format!(
            r#"spec.schedulingGates[0]: Invalid value: "Bad Gate": {NAME_PART}"#
        )],
    );
    create(
        "valid host alias",
        spec(json!({"hostAliases": [{"ip": "12.34.56.78", "hostnames": ["host1", "host2"]}]})),
        &[],
    );
    create(
        "host alias with invalid ip",
        spec(json!({"hostAliases": [{"ip": "not-an-ip", "hostnames": ["host1"]}]})),
        &[
            r#"spec.hostAliases[0].ip: Invalid value: "not-an-ip": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"#,
        ],
    );
    create(
        "host alias with invalid hostname",
        spec(json!({"hostAliases": [{"ip": "12.34.56.78", "hostnames": ["Bad_Host"]}]})),
        &[
            r#"spec.hostAliases[0].hostnames[0]: Invalid value: "Bad_Host": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"#,
        ],
    );
}

fn sysctls(list: Value) -> Value {
    spec(json!({"securityContext": {"sysctls": list}}))
}

// TestValidateSysctls, TestValidatePodSpec (overhead)
#[test]
fn sysctls_and_overhead() {
    const REGEX: &str = r"must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$";
    create(
        "valid sysctls",
        sysctls(
            json!([{"name": "kernel.shm_rmid_forced", "value": "1"}, {"name": "net.ipv4.conf.eth0/1.rp_filter", "value": "0"}]),
        ),
        &[],
    );
    create(
        "empty sysctl name",
        sysctls(json!([{"name": "", "value": "1"}])),
        &["spec.securityContext.sysctls[0].name: Required value"],
    );
    create(
        "invalid sysctl name",
        sysctls(json!([{"name": "bad..name", "value": "1"}])),
        &[&format!(
            r#"spec.securityContext.sysctls[0].name: Invalid value: "bad..name": {REGEX}"#
        )],
    );
    create(
        "uppercase sysctl name",
        sysctls(json!([{"name": "Kernel.X", "value": "1"}])),
        &[&format!(
            r#"spec.securityContext.sysctls[0].name: Invalid value: "Kernel.X": {REGEX}"#
        )],
    );
    let long = "a".repeat(254);
    create(
        "sysctl name too long",
        sysctls(json!([{"name": long, "value": "1"}])),
        &[&format!(
            r#"spec.securityContext.sysctls[0].name: Invalid value: "{long}": {REGEX}"#
        )],
    );
    create(
        "duplicate sysctl",
        sysctls(
            json!([{"name": "net.ipv4.ip_local_port_range", "value": "1 2"}, {"name": "net.ipv4.ip_local_port_range", "value": "1 2"}]),
        ),
        &[
            r#"spec.securityContext.sysctls[1].name: Duplicate value: "net.ipv4.ip_local_port_range""#,
        ],
    );
    create(
        "net sysctl with hostNetwork",
        spec(
            json!({"hostNetwork": true, "securityContext": {"sysctls": [{"name": "net.core.somaxconn", "value": "1024"}]}}),
        ),
        &[
            r#"spec.securityContext.sysctls[0].name: Invalid value: "net.core.somaxconn": may not be specified when 'hostNetwork' is true"#,
        ],
    );
    create(
        "ipc sysctl with hostIPC",
        spec(
            json!({"hostIPC": true, "securityContext": {"sysctls": [{"name": "kernel.shm_rmid_forced", "value": "1"}]}}),
        ),
        &[
            r#"spec.securityContext.sysctls[0].name: Invalid value: "kernel.shm_rmid_forced": may not be specified when 'hostIPC' is true"#,
        ],
    );
    create(
        "valid overhead",
        spec(json!({"overhead": {"cpu": "250m", "memory": "120Mi"}})),
        &[],
    );
    create(
        "negative overhead",
        spec(json!({"overhead": {"cpu": "-1"}})),
        &[r#"spec.overhead.limits[cpu]: Invalid value: "-1": must be greater than or equal to 0"#],
    );
}

// TestValidatePodResourceConsistency (pod-level requests vs. the containers' aggregate)
#[test]
fn pod_level_resources_vs_containers() {
    create(
        "valid: pod requests cover the containers",
        json!({"spec": {
            "containers": [{"name": "ctr", "image": "image", "resources": {"requests": {"memory": "512Mi"}}}],
            "resources": {"requests": {"memory": "1Gi"}}
        }}),
        &[],
    );
    create(
        "pod request below the aggregate container requests",
        json!({"spec": {
            "containers": [{"name": "ctr", "image": "image", "resources": {"limits": {"memory": "1000Mi"}}}],
            "resources": {"requests": {"memory": "-1Gi"}}
        }}),
        &[
            r#"spec.resources.requests[memory]: Invalid value: "-1Gi": must be greater than or equal to 0"#,
            r#"spec.resources.requests[memory]: Invalid value: "-1Gi": must be greater than or equal to aggregate container requests of 1000Mi"#,
        ],
    );
}
