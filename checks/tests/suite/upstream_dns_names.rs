//! DNS names after the Kubernetes DNS specification (`kubernetes/dns`
//! docs/specification.md §2.3–2.5) and the kubelet's host naming
//! (pkg/kubelet/kubelet_pods_test.go `TestTruncatePodHostname`, the hostname/subdomain and
//! `setHostnameAsFQDN` cases).
//!
//! Upstream: <https://github.com/kubernetes/dns/blob/00f97cb14c316087cd9a01af4954c4ff0b2756ba/docs/specification.md>,
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/kubelet_pods_test.go>

use kube_primitives::api::core::{Endpoints, Pod, Service};
use kube_primitives::service::{
    dns_records, endpoints_for_service, pod_hostname_and_domain, pod_record_name,
    pod_visible_hostname, service_fqdn, srv_name, DnsRecord,
};
use serde_json::{json, Value};

fn pod(v: Value) -> Pod {
    serde_json::from_value(v).unwrap()
}

fn svc(v: Value) -> Service {
    serde_json::from_value(v).unwrap()
}

#[test]
fn truncate_pod_hostname() {
    for (name, input, output) in [
        ("valid hostname", "test.pod.hostname", "test.pod.hostname"),
        (
            "too long hostname",
            "1234567.1234567.1234567.1234567.1234567.1234567.1234567.1234567.1234567.",
            "1234567.1234567.1234567.1234567.1234567.1234567.1234567.1234567",
        ),
        (
            "hostname end with .",
            "1234567.1234567.1234567.1234567.1234567.1234567.1234567.123456.1234567.",
            "1234567.1234567.1234567.1234567.1234567.1234567.1234567.123456",
        ),
        (
            "hostname end with -",
            "1234567.1234567.1234567.1234567.1234567.1234567.1234567.123456-1234567.",
            "1234567.1234567.1234567.1234567.1234567.1234567.1234567.123456",
        ),
    ] {
        // Without spec.hostname the pod's name is the host name, cut the same way.
        let p = pod(json!({"metadata": {"name": input, "namespace": "ns"}}));
        assert_eq!(
            pod_hostname_and_domain(&p, "cluster.local").unwrap().0,
            output,
            "{name}"
        );
    }
}

#[test]
fn truncation_keeps_whole_characters() {
    // Not a valid pod name, but no input may produce broken text: cut at a character boundary.
    let p = pod(json!({"metadata": {"name": "é".repeat(40), "namespace": "ns"}}));
    let host = pod_hostname_and_domain(&p, "cluster.local").unwrap().0;
    assert_eq!(host, "é".repeat(31));
}

#[test]
fn hostname_and_subdomain() {
    let p = pod(json!({"metadata": {"name": "pod", "namespace": "ns"}}));
    assert_eq!(
        pod_hostname_and_domain(&p, "cluster.local").unwrap(),
        ("pod".into(), String::new())
    );
    let p = pod(json!({"metadata": {"name": "pod", "namespace": "ns"},
                       "spec": {"hostname": "web-0", "subdomain": "web"}}));
    assert_eq!(
        pod_hostname_and_domain(&p, "cluster.local").unwrap(),
        ("web-0".into(), "web.ns.svc.cluster.local".into())
    );
    let bad =
        pod(json!({"metadata": {"name": "pod", "namespace": "ns"}, "spec": {"hostname": "Web_0"}}));
    assert_eq!(
        pod_hostname_and_domain(&bad, "cluster.local").unwrap_err().to_string(),
        "pod Hostname \"Web_0\" is not a valid DNS label: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
    );
    let bad =
        pod(json!({"metadata": {"name": "pod", "namespace": "ns"}, "spec": {"subdomain": "a.b"}}));
    assert!(pod_hostname_and_domain(&bad, "cluster.local")
        .unwrap_err()
        .to_string()
        .starts_with("pod Subdomain \"a.b\" is not a valid DNS label: "));
    let dashes = pod(json!({"metadata": {"name": "-".repeat(70), "namespace": "ns"}}));
    assert_eq!(
        pod_hostname_and_domain(&dashes, "cluster.local")
            .unwrap_err()
            .to_string(),
        format!(
            "hostname for pod \"{0}\" was invalid: \"{0}\"",
            "-".repeat(70)
        )
    );
}

#[test]
fn set_hostname_as_fqdn() {
    let p = |fqdn: bool, sub: &str| {
        pod(json!({"metadata": {"name": "pod", "namespace": "ns"},
        "spec": {"hostname": "web-0", "subdomain": sub, "setHostnameAsFQDN": fqdn}}))
    };
    assert_eq!(
        pod_visible_hostname(&p(false, "web"), "cluster.local").unwrap(),
        "web-0"
    );
    assert_eq!(
        pod_visible_hostname(&p(true, "web"), "cluster.local").unwrap(),
        "web-0.web.ns.svc.cluster.local"
    );
    // Without a subdomain there is no domain to add.
    assert_eq!(
        pod_visible_hostname(&p(true, ""), "cluster.local").unwrap(),
        "web-0"
    );
    let long = "a".repeat(38);
    let err = pod_visible_hostname(&p(true, &long), "cluster.local")
        .unwrap_err()
        .to_string();
    let fqdn = format!("web-0.{long}.ns.svc.cluster.local");
    assert_eq!(fqdn.len(), 65);
    assert_eq!(
        err,
        format!("failed to construct FQDN from pod hostname and cluster domain, FQDN {fqdn} is too long (64 characters is the max, 65 characters requested)")
    );
}

#[test]
fn names() {
    assert_eq!(
        service_fqdn("kubernetes", "default", "cluster.local"),
        "kubernetes.default.svc.cluster.local."
    );
    assert_eq!(
        srv_name("https", "TCP", "kubernetes", "default", "cluster.local"),
        "_https._tcp.kubernetes.default.svc.cluster.local."
    );
    assert_eq!(
        srv_name("dns", "", "kube-dns", "kube-system", "cluster.local"),
        "_dns._tcp.kube-dns.kube-system.svc.cluster.local."
    );
    assert_eq!(
        pod_record_name("10.244.1.7", "ns", "cluster.local"),
        "10-244-1-7.ns.pod.cluster.local."
    );
    assert_eq!(
        pod_record_name("fd00::1", "ns", "cluster.local"),
        "fd00--1.ns.pod.cluster.local."
    );
}

#[test]
fn cluster_ip_service_records() {
    // §2.3: one address record per cluster IP, SRV for named ports only.
    let s = svc(json!({"metadata": {"name": "web", "namespace": "shop"},
        "spec": {"clusterIP": "10.0.0.10", "clusterIPs": ["10.0.0.10", "fd00::10"],
                 "ports": [{"name": "http", "port": 80, "protocol": "TCP"}, {"port": 9000, "protocol": "UDP"}]}}));
    let records = dns_records(&s, None, "cluster.local");
    assert_eq!(
        records,
        vec![
            DnsRecord::Address {
                name: "web.shop.svc.cluster.local.".into(),
                ip: "10.0.0.10".into()
            },
            DnsRecord::Address {
                name: "web.shop.svc.cluster.local.".into(),
                ip: "fd00::10".into()
            },
            DnsRecord::Srv {
                name: "_http._tcp.web.shop.svc.cluster.local.".into(),
                port: 80,
                target: "web.shop.svc.cluster.local.".into()
            },
        ]
    );
    assert!(!records[0].is_ipv6());
    assert!(records[1].is_ipv6());
}

#[test]
fn headless_service_records() {
    // §2.4: ready endpoints only; hostname records; SRV per named port and endpoint.
    let s = svc(json!({"metadata": {"name": "db", "namespace": "shop"},
        "spec": {"clusterIP": "None", "selector": {"app": "db"},
                 "ports": [{"name": "pg", "port": 5432, "targetPort": 5432, "protocol": "TCP"}]}}));
    let member = |name: &str, ip: &str, ready: &str, hostname: &str| {
        pod(json!({
            "metadata": {"name": name, "namespace": "shop", "uid": name, "labels": {"app": "db"}},
            "spec": {"hostname": hostname, "subdomain": "db"},
            "status": {"podIP": ip, "podIPs": [{"ip": ip}], "conditions": [{"type": "Ready", "status": ready}]}
        }))
    };
    let pods = [
        member("db-0", "10.1.0.5", "True", "db-0"),
        member("x", "10.1.0.6", "True", ""),
        member("db-2", "10.1.0.7", "False", "db-2"),
    ];
    let ep: Endpoints = endpoints_for_service(&s, &pods).unwrap();
    let records = dns_records(&s, Some(&ep), "cluster.local");
    let fqdn = "db.shop.svc.cluster.local.";
    let srv = "_pg._tcp.db.shop.svc.cluster.local.";
    assert_eq!(
        records,
        vec![
            DnsRecord::Address {
                name: fqdn.into(),
                ip: "10.1.0.5".into()
            },
            DnsRecord::Address {
                name: format!("db-0.{fqdn}"),
                ip: "10.1.0.5".into()
            },
            DnsRecord::Srv {
                name: srv.into(),
                port: 5432,
                target: format!("db-0.{fqdn}")
            },
            DnsRecord::Address {
                name: fqdn.into(),
                ip: "10.1.0.6".into()
            },
            DnsRecord::Srv {
                name: srv.into(),
                port: 5432,
                target: format!("10-1-0-6.{fqdn}")
            },
        ]
    );
    // Without endpoints a headless service has no records.
    assert!(dns_records(&s, None, "cluster.local").is_empty());
}

#[test]
fn external_name_records() {
    // §2.5: a CNAME.
    let s = svc(json!({"metadata": {"name": "db", "namespace": "shop"},
        "spec": {"type": "ExternalName", "externalName": "db.example.com"}}));
    assert_eq!(
        dns_records(&s, None, "cluster.local"),
        vec![DnsRecord::Cname {
            name: "db.shop.svc.cluster.local.".into(),
            target: "db.example.com".into()
        }]
    );
}
