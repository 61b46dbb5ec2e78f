//! The test table of upstream's
//! [envvars_test.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/envvars/envvars_test.go),
//! ported row by row, plus the edge cases the conformance vectors exercise.

use kube_primitives::api::core::{Service, ServicePort};
use kube_primitives::service::{env_var_name, is_service_ip_set, service_env_vars};

fn svc(name: &str, ip: &str, ports: &[(&str, i32, &str)]) -> Service {
    Service::new(
        name,
        ip,
        ports
            .iter()
            .map(|(n, p, proto)| ServicePort::new(n, proto, *p))
            .collect(),
    )
}

// TestFromServices
#[test]
fn from_services() {
    let services = [
        svc("foo-bar", "1.2.3.4", &[("", 8080, "TCP")]),
        svc(
            "abc-123",
            "5.6.7.8",
            &[("u-d-p", 8081, "UDP"), ("t-c-p", 8081, "TCP")],
        ),
        svc(
            "q-u-u-x",
            "9.8.7.6",
            &[("", 8082, "TCP"), ("8083", 8083, "TCP")],
        ),
        svc("svrc-clusterip-none", "None", &[("", 8082, "TCP")]),
        svc("svrc-clusterip-empty", "", &[("", 8082, "TCP")]),
        svc(
            "super-ipv6",
            "2001:DB8::",
            &[("u-d-p", 8084, "UDP"), ("t-c-p", 8084, "TCP")],
        ),
        svc("sctp-1", "1.2.3.4", &[("", 777, "SCTP")]),
    ];
    let expected = [
        ("FOO_BAR_SERVICE_HOST", "1.2.3.4"),
        ("FOO_BAR_SERVICE_PORT", "8080"),
        ("FOO_BAR_PORT", "tcp://1.2.3.4:8080"),
        ("FOO_BAR_PORT_8080_TCP", "tcp://1.2.3.4:8080"),
        ("FOO_BAR_PORT_8080_TCP_PROTO", "tcp"),
        ("FOO_BAR_PORT_8080_TCP_PORT", "8080"),
        ("FOO_BAR_PORT_8080_TCP_ADDR", "1.2.3.4"),
        ("ABC_123_SERVICE_HOST", "5.6.7.8"),
        ("ABC_123_SERVICE_PORT", "8081"),
        ("ABC_123_SERVICE_PORT_U_D_P", "8081"),
        ("ABC_123_SERVICE_PORT_T_C_P", "8081"),
        ("ABC_123_PORT", "udp://5.6.7.8:8081"),
        ("ABC_123_PORT_8081_UDP", "udp://5.6.7.8:8081"),
        ("ABC_123_PORT_8081_UDP_PROTO", "udp"),
        ("ABC_123_PORT_8081_UDP_PORT", "8081"),
        ("ABC_123_PORT_8081_UDP_ADDR", "5.6.7.8"),
        ("ABC_123_PORT_8081_TCP", "tcp://5.6.7.8:8081"),
        ("ABC_123_PORT_8081_TCP_PROTO", "tcp"),
        ("ABC_123_PORT_8081_TCP_PORT", "8081"),
        ("ABC_123_PORT_8081_TCP_ADDR", "5.6.7.8"),
        ("Q_U_U_X_SERVICE_HOST", "9.8.7.6"),
        ("Q_U_U_X_SERVICE_PORT", "8082"),
        ("Q_U_U_X_SERVICE_PORT_8083", "8083"),
        ("Q_U_U_X_PORT", "tcp://9.8.7.6:8082"),
        ("Q_U_U_X_PORT_8082_TCP", "tcp://9.8.7.6:8082"),
        ("Q_U_U_X_PORT_8082_TCP_PROTO", "tcp"),
        ("Q_U_U_X_PORT_8082_TCP_PORT", "8082"),
        ("Q_U_U_X_PORT_8082_TCP_ADDR", "9.8.7.6"),
        ("Q_U_U_X_PORT_8083_TCP", "tcp://9.8.7.6:8083"),
        ("Q_U_U_X_PORT_8083_TCP_PROTO", "tcp"),
        ("Q_U_U_X_PORT_8083_TCP_PORT", "8083"),
        ("Q_U_U_X_PORT_8083_TCP_ADDR", "9.8.7.6"),
        ("SUPER_IPV6_SERVICE_HOST", "2001:DB8::"),
        ("SUPER_IPV6_SERVICE_PORT", "8084"),
        ("SUPER_IPV6_SERVICE_PORT_U_D_P", "8084"),
        ("SUPER_IPV6_SERVICE_PORT_T_C_P", "8084"),
        ("SUPER_IPV6_PORT", "udp://[2001:DB8::]:8084"),
        ("SUPER_IPV6_PORT_8084_UDP", "udp://[2001:DB8::]:8084"),
        ("SUPER_IPV6_PORT_8084_UDP_PROTO", "udp"),
        ("SUPER_IPV6_PORT_8084_UDP_PORT", "8084"),
        ("SUPER_IPV6_PORT_8084_UDP_ADDR", "2001:DB8::"),
        ("SUPER_IPV6_PORT_8084_TCP", "tcp://[2001:DB8::]:8084"),
        ("SUPER_IPV6_PORT_8084_TCP_PROTO", "tcp"),
        ("SUPER_IPV6_PORT_8084_TCP_PORT", "8084"),
        ("SUPER_IPV6_PORT_8084_TCP_ADDR", "2001:DB8::"),
        ("SCTP_1_SERVICE_HOST", "1.2.3.4"),
        ("SCTP_1_SERVICE_PORT", "777"),
        ("SCTP_1_PORT", "sctp://1.2.3.4:777"),
        ("SCTP_1_PORT_777_SCTP", "sctp://1.2.3.4:777"),
        ("SCTP_1_PORT_777_SCTP_PROTO", "sctp"),
        ("SCTP_1_PORT_777_SCTP_PORT", "777"),
        ("SCTP_1_PORT_777_SCTP_ADDR", "1.2.3.4"),
    ];
    let got: Vec<(String, String)> = service_env_vars(&services)
        .into_iter()
        .map(|e| (e.name, e.value))
        .collect();
    let want: Vec<(String, String)> = expected
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn names_protocols_and_addresses() {
    // Go's ToUpper: simple case mapping, dots kept, `ß` unchanged.
    assert_eq!(env_var_name("my.svc-ß-ǆ"), "MY.SVC_ß_Ǆ");
    // Only "None" exactly means headless.
    assert!(!is_service_ip_set(&svc("a", "None", &[])));
    assert!(is_service_ip_set(&svc("a", "none", &[])));
    // An unset protocol is TCP; others are lower- and upper-cased as written.
    let env = service_env_vars(&[svc("a", "fe80::1%eth0", &[("", 80, ""), ("x", 81, "Udp")])]);
    let get = |n: &str| env.iter().find(|e| e.name == n).map(|e| e.value.as_str());
    assert_eq!(get("A_PORT"), Some("tcp://[fe80::1%eth0]:80"));
    assert_eq!(get("A_PORT_81_UDP_PROTO"), Some("udp"));
    // A service without ports (upstream would index past the end) gets only its host.
    let env = service_env_vars(&[svc("lonely", "10.0.0.1", &[])]);
    assert_eq!(env.len(), 1);
    assert_eq!(env[0].name, "LONELY_SERVICE_HOST");
}

/// Which services a pod sees (`getServiceEnvVarMap`, exercised by `TestMakeEnvironmentVariables`
/// in pkg/kubelet/kubelet_pods_test.go): its namespace's with service links on, the master
/// `kubernetes` service of `default` always, a local `kubernetes` winning over it.
#[test]
fn visible_services_for_a_pod() {
    use kube_primitives::service::{pod_service_env, visible_services};
    let svc = |name: &str, ns: &str, ip: &str| {
        let mut s = Service::new(name, ip, vec![ServicePort::new("", "TCP", 8080)]);
        s.metadata.namespace = ns.into();
        s
    };
    let all = [
        svc("kubernetes", "default", "1.2.3.1"),
        svc("kubernetes", "test1", "1.2.3.3"),
        svc("test", "test1", "1.2.3.4"),
        svc("test", "test2", "1.2.3.5"),
        svc("headless", "test1", "None"),
        svc("not-allocated", "test1", ""),
    ];
    let seen = |ns: &str, links: bool| -> Vec<(String, String)> {
        visible_services(&all, ns, links)
            .iter()
            .map(|s| (s.metadata.namespace.clone(), s.metadata.name.clone()))
            .collect()
    };
    let pair = |ns: &str, name: &str| (ns.to_string(), name.to_string());
    assert_eq!(
        seen("test1", true),
        [pair("test1", "kubernetes"), pair("test1", "test")]
    );
    assert_eq!(seen("test1", false), [pair("default", "kubernetes")]);
    assert_eq!(seen("default", false), [pair("default", "kubernetes")]);
    assert_eq!(
        seen("test2", true),
        [pair("default", "kubernetes"), pair("test2", "test")]
    );
    // The variables, sorted by name, carry the local kubernetes service's address.
    let env = pod_service_env(&all, "test1", true);
    let host = env
        .iter()
        .find(|v| v.name == "KUBERNETES_SERVICE_HOST")
        .unwrap();
    assert_eq!(host.value, "1.2.3.3");
    assert!(env.windows(2).all(|w| w[0].name < w[1].name));
}
