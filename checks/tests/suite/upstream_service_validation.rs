//! Service validation after pkg/apis/core/validation/validation_test.go
//! (`TestValidateServiceCreate`, the rows about ports, types, session affinity, external IPs,
//! node ports and traffic policies). Upstream counts errors per row; here each row also pins
//! the message, read from validation.go.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>

use crate::common::overlay;
use kube_primitives::api::core::Service;
use kube_primitives::service::validate_service;
use serde_json::{json, Value};

/// upstream's `makeValidService`, defaulted.
fn valid() -> Value {
    json!({
        "metadata": {"name": "valid", "namespace": "valid", "labels": {}, "annotations": {}, "resourceVersion": "1"},
        "spec": {
            "selector": {"key": "val"},
            "sessionAffinity": "None",
            "type": "ClusterIP",
            "ports": [{"name": "p", "protocol": "TCP", "port": 8675, "targetPort": 8675}],
            "internalTrafficPolicy": "Cluster"
        }
    })
}

fn check(name: &str, tweak: Value, want: &[&str]) {
    let mut v = valid();
    overlay(&mut v, &tweak);
    let svc: Service = serde_json::from_value(v).unwrap();
    let got: Vec<String> = validate_service(&svc)
        .into_vec()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(got, want, "{name}");
}

#[test]
fn the_valid_service_is_valid() {
    check("valid", json!({}), &[]);
}

#[test]
fn ports() {
    check(
        "missing ports",
        json!({"spec": {"ports": []}}),
        &["spec.ports: Required value"],
    );
    check(
        "missing ports but headless",
        json!({"spec": {"ports": [], "clusterIP": "None"}}),
        &[],
    );
    check(
        "empty port[1] name",
        json!({"spec": {"ports": [{"name": "p", "protocol": "TCP", "port": 1, "targetPort": 1},
                                  {"protocol": "TCP", "port": 12345, "targetPort": 12345}]}}),
        &["spec.ports[1].name: Required value"],
    );
    check(
        "invalid port name",
        json!({"spec": {"ports": [{"name": "INVALID", "protocol": "TCP", "port": 8675, "targetPort": 8675}]}}),
        &["spec.ports[0].name: Invalid value: \"INVALID\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"],
    );
    check(
        "missing protocol",
        json!({"spec": {"ports": [{"name": "p", "port": 8675, "targetPort": 8675}]}}),
        &["spec.ports[0].protocol: Required value"],
    );
    check(
        "invalid protocol",
        json!({"spec": {"ports": [{"name": "p", "protocol": "INVALID", "port": 8675, "targetPort": 8675}]}}),
        &["spec.ports[0].protocol: Unsupported value: \"INVALID\": supported values: \"SCTP\", \"TCP\", \"UDP\""],
    );
    check(
        "missing port",
        json!({"spec": {"ports": [{"name": "p", "protocol": "TCP", "port": 0, "targetPort": 8675}]}}),
        &["spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive"],
    );
    check(
        "invalid port",
        json!({"spec": {"ports": [{"name": "p", "protocol": "TCP", "port": 65536, "targetPort": 8675}]}}),
        &["spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive"],
    );
    check(
        "invalid TargetPort int",
        json!({"spec": {"ports": [{"name": "p", "protocol": "TCP", "port": 8675, "targetPort": 65536}]}}),
        &["spec.ports[0].targetPort: Invalid value: 65536: must be between 1 and 65535, inclusive"],
    );
    check(
        "invalid TargetPort name",
        json!({"spec": {"ports": [{"name": "p", "protocol": "TCP", "port": 8675, "targetPort": "-bad"}]}}),
        &["spec.ports[0].targetPort: Invalid value: \"-bad\": must not begin or end with a hyphen"],
    );
    check(
        "dup port name",
        json!({"spec": {"ports": [{"name": "p", "protocol": "TCP", "port": 1, "targetPort": 1},
                                  {"name": "p", "protocol": "TCP", "port": 2, "targetPort": 2}]}}),
        &["spec.ports[1].name: Duplicate value: \"p\""],
    );
    check(
        "dup ports",
        json!({"spec": {"ports": [{"name": "a", "protocol": "TCP", "port": 1, "targetPort": 1},
                                  {"name": "b", "protocol": "TCP", "port": 1, "targetPort": 2}]}}),
        &["spec.ports[1]: Duplicate value: {\"Name\":\"\",\"Protocol\":\"TCP\",\"AppProtocol\":null,\"Port\":1,\"TargetPort\":0,\"NodePort\":0}"],
    );
    check(
        "same port, different protocols",
        json!({"spec": {"ports": [{"name": "a", "protocol": "TCP", "port": 53, "targetPort": 53},
                                  {"name": "b", "protocol": "UDP", "port": 53, "targetPort": 53}]}}),
        &[],
    );
    check(
        "invalid appProtocol",
        json!({"spec": {"ports": [{"name": "p", "protocol": "TCP", "port": 8675, "targetPort": 8675, "appProtocol": "example.com/"}]}}),
        &["spec.ports[0].appProtocol: Invalid value: \"example.com/\": name part must be non-empty",
          "spec.ports[0].appProtocol: Invalid value: \"example.com/\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"],
    );
}

#[test]
fn types_and_node_ports() {
    check(
        "missing type",
        json!({"spec": {"type": ""}}),
        &["spec.type: Required value"],
    );
    check(
        "invalid type",
        json!({"spec": {"type": "Router"}}),
        &["spec.type: Unsupported value: \"Router\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\""],
    );
    check(
        "invalid nodeport with clusterIP",
        json!({"spec": {"ports": [{"name": "p", "protocol": "TCP", "port": 1, "targetPort": 1, "nodePort": 30001}]}}),
        &["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"],
    );
    check(
        "dup nodeports",
        json!({"spec": {"type": "NodePort", "externalTrafficPolicy": "Cluster",
            "ports": [{"name": "a", "protocol": "TCP", "port": 1, "targetPort": 1, "nodePort": 30001},
                      {"name": "b", "protocol": "TCP", "port": 2, "targetPort": 2, "nodePort": 30001}]}}),
        &["spec.ports[1].nodePort: Duplicate value: 30001"],
    );
    check(
        "headless NodePort",
        json!({"spec": {"type": "NodePort", "externalTrafficPolicy": "Cluster", "clusterIP": "None"}}),
        &["spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for NodePort services"],
    );
    check(
        "LoadBalancer without allocateLoadBalancerNodePorts",
        json!({"spec": {"type": "LoadBalancer", "externalTrafficPolicy": "Cluster"}}),
        &["allocateLoadBalancerNodePorts: Required value"],
    );
    check(
        "allocateLoadBalancerNodePorts on ClusterIP",
        json!({"spec": {"allocateLoadBalancerNodePorts": true}}),
        &["spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'"],
    );
    check(
        "valid ExternalName with a trailing dot",
        json!({"spec": {"type": "ExternalName", "externalName": "foo.bar.example.com.", "internalTrafficPolicy": null}}),
        &[],
    );
    check(
        "invalid ExternalName",
        json!({"spec": {"type": "ExternalName", "externalName": "-123", "internalTrafficPolicy": null}}),
        &["spec.externalName: Invalid value: \"-123\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"],
    );
    check(
        "ExternalName with a cluster IP and families",
        json!({"spec": {"type": "ExternalName", "externalName": "a.example.com", "clusterIP": "10.0.0.1",
                        "ipFamilies": ["IPv4"], "internalTrafficPolicy": null}}),
        &[
            "spec.clusterIPs: Forbidden: may not be set for ExternalName services",
            "spec.ipFamilies: Forbidden: may not be set for ExternalName services",
        ],
    );
    check(
        "ExternalName without a name",
        json!({"spec": {"type": "ExternalName", "internalTrafficPolicy": null}}),
        &["spec.externalName: Required value"],
    );
}

#[test]
fn session_affinity() {
    check(
        "missing affinity",
        json!({"spec": {"sessionAffinity": ""}}),
        &["spec.sessionAffinity: Required value"],
    );
    check(
        "invalid timeoutSeconds 0",
        json!({"spec": {"sessionAffinity": "ClientIP", "sessionAffinityConfig": {"clientIP": {"timeoutSeconds": 0}}}}),
        &["spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 0: must be greater than 0 and less than 86400"],
    );
    check(
        "invalid timeoutSeconds over a day",
        json!({"spec": {"sessionAffinity": "ClientIP", "sessionAffinityConfig": {"clientIP": {"timeoutSeconds": 86401}}}}),
        &["spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 86401: must be greater than 0 and less than 86400"],
    );
    check(
        "a day exactly",
        json!({"spec": {"sessionAffinity": "ClientIP", "sessionAffinityConfig": {"clientIP": {"timeoutSeconds": 86400}}}}),
        &[],
    );
    check(
        "nil timeoutSeconds",
        json!({"spec": {"sessionAffinity": "ClientIP", "sessionAffinityConfig": {"clientIP": {}}}}),
        &["spec.sessionAffinityConfig.clientIP.timeoutSeconds: Required value: when session affinity type is ClientIP"],
    );
    check(
        "ClientIP without config",
        json!({"spec": {"sessionAffinity": "ClientIP"}}),
        &["spec.sessionAffinityConfig: Required value: when session affinity type is ClientIP"],
    );
    check(
        "sessionAffinityConfig can't be set when session affinity is None",
        json!({"spec": {"sessionAffinityConfig": {"clientIP": {"timeoutSeconds": 90}}}}),
        &["spec.sessionAffinityConfig: Forbidden: must not be set when session affinity is None"],
    );
    // Defaulting fills what validation would otherwise refuse.
    let mut v = valid();
    overlay(&mut v, &json!({"spec": {"sessionAffinity": "ClientIP"}}));
    let svc: Service = serde_json::from_value(v).unwrap();
    let svc = svc.with_defaults();
    let timeout = svc
        .spec
        .session_affinity_config
        .as_ref()
        .and_then(|c| c.client_ip.as_ref())
        .and_then(|c| c.timeout_seconds);
    assert_eq!(timeout, Some(10800));
    assert!(validate_service(&svc).into_vec().is_empty());
}

#[test]
fn external_ips_and_traffic_policies() {
    check(
        "invalid publicIPs localhost",
        json!({"spec": {"externalIPs": ["127.0.0.1"], "externalTrafficPolicy": "Cluster"}}),
        &["spec.externalIPs[0]: Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)"],
    );
    check(
        "invalid publicIPs unspecified",
        json!({"spec": {"externalIPs": ["0.0.0.0"], "externalTrafficPolicy": "Cluster"}}),
        &["spec.externalIPs[0]: Invalid value: \"0.0.0.0\": may not be unspecified (0.0.0.0)"],
    );
    check(
        "invalid publicIPs link-local",
        json!({"spec": {"externalIPs": ["169.254.169.254", "fe80::1", "224.0.0.251"], "externalTrafficPolicy": "Cluster"}}),
        &["spec.externalIPs[0]: Invalid value: \"169.254.169.254\": may not be in the link-local range (169.254.0.0/16, fe80::/10)",
          "spec.externalIPs[1]: Invalid value: \"fe80::1\": may not be in the link-local range (169.254.0.0/16, fe80::/10)",
          "spec.externalIPs[2]: Invalid value: \"224.0.0.251\": may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"],
    );
    check(
        "valid publicIPs need an external traffic policy",
        json!({"spec": {"externalIPs": ["1.2.3.4"]}}),
        &["spec.externalTrafficPolicy: Required value"],
    );
    check(
        "externalTrafficPolicy on an internal ClusterIP service",
        json!({"spec": {"externalTrafficPolicy": "Local"}}),
        &["spec.externalTrafficPolicy: Invalid value: \"Local\": may only be set for externally-accessible services"],
    );
    check(
        "invalid externalTraffic field",
        json!({"spec": {"type": "NodePort", "externalTrafficPolicy": "invalid"}}),
        &["spec.externalTrafficPolicy: Unsupported value: \"invalid\": supported values: \"Cluster\", \"Local\""],
    );
    check(
        "healthCheckNodePort without Local",
        json!({"spec": {"type": "NodePort", "externalTrafficPolicy": "Cluster", "healthCheckNodePort": 30001}}),
        &["spec.healthCheckNodePort: Invalid value: 30001: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"],
    );
    check(
        "LoadBalancer Local needs a healthCheckNodePort",
        json!({"spec": {"type": "LoadBalancer", "externalTrafficPolicy": "Local", "allocateLoadBalancerNodePorts": true}}),
        &["spec.healthCheckNodePort: Required value"],
    );
    check(
        "nil internal traffic policy",
        json!({"spec": {"internalTrafficPolicy": null}}),
        &["spec.internalTrafficPolicy: Required value"],
    );
    check(
        "invalid internal traffic policy",
        json!({"spec": {"internalTrafficPolicy": "invalid"}}),
        &["spec.internalTrafficPolicy: Unsupported value: \"invalid\": supported values: \"Cluster\", \"Local\""],
    );
}

#[test]
fn metadata_and_selector() {
    check(
        "invalid name (DNS-1035)",
        json!({"metadata": {"name": "1abc"}}),
        &["metadata.name: Invalid value: \"1abc\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"],
    );
    check(
        "missing namespace",
        json!({"metadata": {"namespace": ""}}),
        &["metadata.namespace: Required value"],
    );
    check(
        "invalid selector",
        json!({"spec": {"selector": {"NoUppercaseOrSpecialCharsLike=Equals": "bar"}}}),
        &["spec.selector: Invalid value: \"NoUppercaseOrSpecialCharsLike=Equals\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"],
    );
}
