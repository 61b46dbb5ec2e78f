//! The endpoints controller's object after upstream's tests:
//! pkg/api/v1/endpoints/util_test.go (`TestPackSubsets`) and
//! pkg/controller/endpoint/endpoints_controller_test.go (`TestTruncateEndpoints`,
//! `TestSyncServiceAddresses`, `TestEndpointPortFromServicePort`, and the behaviours of the
//! sync tests: no selector, headless label, namespaces, IP families, host names, named ports).
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/api/v1/endpoints/util_test.go>,
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/endpoint/endpoints_controller_test.go>

use crate::common::overlay;
use kube_primitives::api::core::{EndpointAddress, EndpointSubset, Endpoints, Pod, Service};
use kube_primitives::service::{
    endpoints_for_service, repack_subsets, truncate_subsets, HEADLESS_LABEL,
    OVER_CAPACITY_ANNOTATION,
};
use serde_json::{json, Value};

fn subsets(v: Value) -> Vec<EndpointSubset> {
    serde_json::from_value(v).unwrap()
}

/// Subsets in a comparable form: upstream compares with `SortSubsets(expect)`, whose order
/// follows MD5 sums; the conformance vectors pin that order, this table the grouping.
fn normal(mut s: Vec<EndpointSubset>) -> Vec<String> {
    for x in &mut s {
        x.ports.sort_by_key(|p| p.port);
    }
    let mut out: Vec<String> = s
        .iter()
        .map(|x| serde_json::to_string(x).unwrap())
        .collect();
    out.sort();
    out
}

#[test]
fn pack_subsets() {
    let a = |ip: &str| json!({"ip": ip});
    let u = |ip: &str, uid: &str| json!({"ip": ip, "targetRef": {"uid": uid}});
    let n = |ip: &str, name: &str| json!({"ip": ip, "targetRef": {"name": name}});
    let p = |port: i32| json!({"port": port});
    let rows: Vec<(&str, Value, Value)> = vec![
        ("empty everything", json!([{"addresses": [], "ports": []}]), json!([])),
        ("empty addresses", json!([{"addresses": [], "ports": [p(111)]}]), json!([])),
        // Port-less addresses survive in a port-less subset (the sentinel port).
        ("empty ports", json!([{"addresses": [a("1.2.3.4")], "ports": []}]),
            json!([{"addresses": [a("1.2.3.4")]}])),
        ("empty ports, not ready", json!([{"notReadyAddresses": [a("1.2.3.4")], "ports": []}]),
            json!([{"notReadyAddresses": [a("1.2.3.4")]}])),
        ("one set, one ip, one port", json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}]),
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}])),
        ("one set, one ip, one port (IPv6)", json!([{"addresses": [a("beef::1:2:3:4")], "ports": [p(111)]}]),
            json!([{"addresses": [a("beef::1:2:3:4")], "ports": [p(111)]}])),
        ("one set, one notReady ip, one port", json!([{"notReadyAddresses": [a("1.2.3.4")], "ports": [p(111)]}]),
            json!([{"notReadyAddresses": [a("1.2.3.4")], "ports": [p(111)]}])),
        ("one set, one ip, one UID, one port", json!([{"addresses": [u("1.2.3.4", "uid-1")], "ports": [p(111)]}]),
            json!([{"addresses": [u("1.2.3.4", "uid-1")], "ports": [p(111)]}])),
        ("one set, one ip, empty UID, one port", json!([{"addresses": [u("1.2.3.4", "")], "ports": [p(111)]}]),
            json!([{"addresses": [u("1.2.3.4", "")], "ports": [p(111)]}])),
        ("one set, two ips, one port", json!([{"addresses": [a("1.2.3.4"), a("5.6.7.8")], "ports": [p(111)]}]),
            json!([{"addresses": [a("1.2.3.4"), a("5.6.7.8")], "ports": [p(111)]}])),
        ("one set, two mixed ips, one port",
            json!([{"addresses": [a("1.2.3.4")], "notReadyAddresses": [a("5.6.7.8")], "ports": [p(111)]}]),
            json!([{"addresses": [a("1.2.3.4")], "notReadyAddresses": [a("5.6.7.8")], "ports": [p(111)]}])),
        ("one set, two duplicate ips, one port, notReady is covered by ready",
            json!([{"addresses": [a("1.2.3.4")], "notReadyAddresses": [a("1.2.3.4")], "ports": [p(111)]}]),
            json!([{"notReadyAddresses": [a("1.2.3.4")], "ports": [p(111)]}])),
        ("one set, one ip, two ports", json!([{"addresses": [a("1.2.3.4")], "ports": [p(111), p(222)]}]),
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111), p(222)]}])),
        ("one set, dup ips, one port", json!([{"addresses": [a("1.2.3.4"), a("1.2.3.4")], "ports": [p(111)]}]),
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}])),
        ("one set, dup ips with target-refs, one port",
            json!([{"addresses": [n("1.2.3.4", "foo"), n("1.2.3.4", "bar")], "ports": [p(111)]}]),
            json!([{"addresses": [n("1.2.3.4", "foo")], "ports": [p(111)]}])),
        ("one set, dup mixed ips with target-refs, one port",
            json!([{"addresses": [n("1.2.3.4", "foo")], "notReadyAddresses": [n("1.2.3.4", "bar")], "ports": [p(111)]}]),
            json!([{"notReadyAddresses": [n("1.2.3.4", "foo")], "ports": [p(111)]}])),
        ("one set, one ip, dup ports", json!([{"addresses": [a("1.2.3.4")], "ports": [p(111), p(111)]}]),
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}])),
        ("two sets, dup ip, dup port",
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}, {"addresses": [a("1.2.3.4")], "ports": [p(111)]}]),
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}])),
        ("two sets, dup mixed ip, dup port",
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}, {"notReadyAddresses": [a("1.2.3.4")], "ports": [p(111)]}]),
            json!([{"notReadyAddresses": [a("1.2.3.4")], "ports": [p(111)]}])),
        ("two sets, dup ip, two ports",
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}, {"addresses": [a("1.2.3.4")], "ports": [p(222)]}]),
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111), p(222)]}])),
        ("two sets, dup mixed ip, dup uids, two ports",
            json!([{"addresses": [u("1.2.3.4", "uid-1")], "ports": [p(111)]},
                   {"notReadyAddresses": [u("1.2.3.4", "uid-1")], "ports": [p(222)]}]),
            json!([{"addresses": [u("1.2.3.4", "uid-1")], "ports": [p(111)]},
                   {"notReadyAddresses": [u("1.2.3.4", "uid-1")], "ports": [p(222)]}])),
        ("two sets, two ips, dup port",
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}, {"addresses": [a("5.6.7.8")], "ports": [p(111)]}]),
            json!([{"addresses": [a("1.2.3.4"), a("5.6.7.8")], "ports": [p(111)]}])),
        ("two set, dup ip, two uids, dup ports",
            json!([{"addresses": [u("1.2.3.4", "uid-1")], "ports": [p(111)]}, {"addresses": [u("1.2.3.4", "uid-2")], "ports": [p(111)]}]),
            json!([{"addresses": [u("1.2.3.4", "uid-1"), u("1.2.3.4", "uid-2")], "ports": [p(111)]}])),
        ("two set, dup ip, with and without uid, dup ports",
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}, {"addresses": [u("1.2.3.4", "uid-2")], "ports": [p(111)]}]),
            json!([{"addresses": [a("1.2.3.4"), u("1.2.3.4", "uid-2")], "ports": [p(111)]}])),
        ("two sets, two ips, two dup ip with uid, dup port, wrong order",
            json!([{"addresses": [a("5.6.7.8")], "ports": [p(111)]}, {"addresses": [u("5.6.7.8", "uid-1")], "ports": [p(111)]},
                   {"addresses": [u("1.2.3.4", "uid-1")], "ports": [p(111)]}, {"addresses": [a("1.2.3.4")], "ports": [p(111)]}]),
            json!([{"addresses": [a("1.2.3.4"), u("1.2.3.4", "uid-1"), a("5.6.7.8"), u("5.6.7.8", "uid-1")], "ports": [p(111)]}])),
        ("two sets, two mixed ips, two dup ip with uid, dup port, wrong order, ends up with split addresses",
            json!([{"addresses": [a("5.6.7.8")], "ports": [p(111)]}, {"notReadyAddresses": [u("5.6.7.8", "uid-1")], "ports": [p(111)]},
                   {"notReadyAddresses": [u("1.2.3.4", "uid-1")], "ports": [p(111)]}, {"notReadyAddresses": [a("1.2.3.4")], "ports": [p(111)]}]),
            json!([{"addresses": [a("5.6.7.8")],
                    "notReadyAddresses": [a("1.2.3.4"), u("1.2.3.4", "uid-1"), u("5.6.7.8", "uid-1")], "ports": [p(111)]}])),
        ("two sets, two ips, two ports",
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}, {"addresses": [a("5.6.7.8")], "ports": [p(222)]}]),
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}, {"addresses": [a("5.6.7.8")], "ports": [p(222)]}])),
        ("four sets, three ips, three ports, jumbled",
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}, {"addresses": [a("1.2.3.5")], "ports": [p(222)]},
                   {"addresses": [a("1.2.3.6")], "ports": [p(111)]}, {"addresses": [a("1.2.3.5")], "ports": [p(333)]}]),
            json!([{"addresses": [a("1.2.3.4"), a("1.2.3.6")], "ports": [p(111)]},
                   {"addresses": [a("1.2.3.5")], "ports": [p(222), p(333)]}])),
        ("four sets, three mixed ips, three ports, jumbled",
            json!([{"addresses": [a("1.2.3.4")], "ports": [p(111)]}, {"notReadyAddresses": [a("1.2.3.5")], "ports": [p(222)]},
                   {"addresses": [a("1.2.3.6")], "ports": [p(111)]}, {"notReadyAddresses": [a("1.2.3.5")], "ports": [p(333)]}]),
            json!([{"addresses": [a("1.2.3.4"), a("1.2.3.6")], "ports": [p(111)]},
                   {"notReadyAddresses": [a("1.2.3.5")], "ports": [p(222), p(333)]}])),
    ];
    for (name, given, expect) in rows {
        let got = repack_subsets(&subsets(given));
        assert_eq!(normal(got), normal(subsets(expect)), "{name}");
    }
}

#[test]
fn repacked_subsets_are_in_upstream_order() {
    // Addresses by IP bytes then UID, whatever the input order; two packings of the same
    // subsets in different orders agree exactly (ports and subsets by hash).
    let given = subsets(json!([
        {"addresses": [{"ip": "10.0.0.9"}, {"ip": "10.0.0.10"}], "ports": [{"port": 8080}, {"port": 80}]},
        {"addresses": [{"ip": "10.0.0.1"}], "ports": [{"port": 9090}]}
    ]));
    let mut reversed = given.clone();
    reversed.reverse();
    for s in &mut reversed {
        s.ports.reverse();
        s.addresses.reverse();
    }
    let a = repack_subsets(&given);
    assert_eq!(a, repack_subsets(&reversed));
    let pair = a.iter().find(|s| s.addresses.len() == 2).unwrap();
    let ips: Vec<&str> = pair.addresses.iter().map(|x| x.ip.as_str()).collect();
    assert_eq!(ips, ["10.0.0.10", "10.0.0.9"], "IPs compare as bytes");
}

#[test]
fn truncate_endpoints() {
    type Row<'a> = (&'a str, &'a [usize], &'a [usize], &'a [usize], &'a [usize]);
    let rows: [Row; 6] = [
        ("empty", &[], &[], &[], &[]),
        (
            "total endpoints < max capacity",
            &[50, 100, 100, 100, 100],
            &[50, 100, 100, 100, 100],
            &[50, 100, 100, 100, 100],
            &[50, 100, 100, 100, 100],
        ),
        (
            "total endpoints = max capacity",
            &[100, 100, 100, 100, 100],
            &[100, 100, 100, 100, 100],
            &[100, 100, 100, 100, 100],
            &[100, 100, 100, 100, 100],
        ),
        (
            "total ready endpoints < max capacity, but total endpoints > max capacity",
            &[90, 110, 50, 10, 20],
            &[101, 200, 200, 201, 298],
            &[90, 110, 50, 10, 20],
            &[73, 144, 144, 145, 214],
        ),
        (
            "total ready endpoints > max capacity",
            &[205, 400, 402, 400, 693],
            &[100, 200, 200, 200, 300],
            &[98, 191, 192, 191, 328],
            &[0, 0, 0, 0, 0],
        ),
        ("ready alone at capacity", &[1000], &[1], &[1000], &[0]),
    ];
    for (name, ready, not_ready, want_ready, want_not_ready) in rows {
        let mut s: Vec<EndpointSubset> = ready
            .iter()
            .zip(not_ready)
            .map(|(&r, &n)| EndpointSubset {
                addresses: vec![EndpointAddress::default(); r],
                not_ready_addresses: vec![EndpointAddress::default(); n],
                ..EndpointSubset::default()
            })
            .collect();
        let cut = truncate_subsets(&mut s);
        assert_eq!(
            cut,
            ready.iter().sum::<usize>() + not_ready.iter().sum::<usize>() > 1000,
            "{name}"
        );
        let got_ready: Vec<usize> = s.iter().map(|x| x.addresses.len()).collect();
        let got_not_ready: Vec<usize> = s.iter().map(|x| x.not_ready_addresses.len()).collect();
        assert_eq!(got_ready, want_ready, "{name}");
        assert_eq!(got_not_ready, want_not_ready, "{name}");
    }
}

fn service(spec: Value) -> Service {
    serde_json::from_value(json!({"metadata": {"name": "foo", "namespace": "ns"}, "spec": spec}))
        .unwrap()
}

fn pod(name: &str, extra: Value) -> Pod {
    let mut v = json!({
        "metadata": {"name": name, "namespace": "ns", "uid": name, "labels": {"foo": "bar"}},
        "spec": {"containers": [{"ports": [{"name": "port1", "containerPort": 8080}]}]},
        "status": {"phase": "Running", "podIP": "10.1.1.1", "podIPs": [{"ip": "10.1.1.1"}],
                   "conditions": [{"type": "Ready", "status": "True"}]}
    });
    overlay(&mut v, &extra);
    serde_json::from_value(v).unwrap()
}

fn counts(ep: &Endpoints) -> (usize, usize) {
    ep.subsets.iter().fold((0, 0), |(r, n), s| {
        (r + s.addresses.len(), n + s.not_ready_addresses.len())
    })
}

#[test]
fn sync_service_addresses() {
    let make_service = |tolerate: bool| {
        service(json!({
            "selector": {"foo": "bar"}, "publishNotReadyAddresses": tolerate, "type": "ClusterIP",
            "clusterIP": "1.1.1.1", "ports": [{"port": 80}], "ipFamilies": ["IPv4"]
        }))
    };
    let make_pod = |phase: &str, ready: bool, terminating: bool| {
        let mut extra = json!({"status": {"phase": phase,
            "conditions": [{"type": "Ready", "status": if ready { "True" } else { "False" }}]}});
        if terminating {
            extra["metadata"] = json!({"deletionTimestamp": "2026-01-01T00:00:00Z"});
        }
        pod("fakepod", extra)
    };
    let rows = [
        ("pod running phase", "Running", true, false, false, (1, 0)),
        (
            "pod running phase being deleted",
            "Running",
            true,
            true,
            false,
            (0, 0),
        ),
        (
            "pod unknown phase container ready",
            "Unknown",
            true,
            false,
            false,
            (1, 0),
        ),
        (
            "pod unknown phase container ready being deleted",
            "Unknown",
            true,
            true,
            false,
            (0, 0),
        ),
        (
            "pod pending phase container ready",
            "Pending",
            true,
            false,
            false,
            (1, 0),
        ),
        (
            "pod pending phase container ready being deleted",
            "Pending",
            true,
            true,
            false,
            (0, 0),
        ),
        (
            "pod unknown phase container not ready",
            "Unknown",
            false,
            false,
            false,
            (0, 1),
        ),
        (
            "pod pending phase container not ready",
            "Pending",
            false,
            false,
            false,
            (0, 1),
        ),
        ("pod failed phase", "Failed", false, false, false, (0, 0)),
        (
            "pod succeeded phase",
            "Succeeded",
            false,
            false,
            false,
            (0, 0),
        ),
        (
            "pod running phase and tolerate unready",
            "Running",
            false,
            false,
            true,
            (1, 0),
        ),
        (
            "pod running phase and tolerate unready being deleted",
            "Running",
            false,
            true,
            true,
            (1, 0),
        ),
        (
            "pod unknown phase and tolerate unready",
            "Unknown",
            false,
            false,
            true,
            (1, 0),
        ),
        (
            "pod unknown phase and tolerate unready being deleted",
            "Unknown",
            false,
            true,
            true,
            (1, 0),
        ),
        (
            "pod pending phase and tolerate unready",
            "Pending",
            false,
            false,
            true,
            (1, 0),
        ),
        (
            "pod pending phase and tolerate unready being deleted",
            "Pending",
            false,
            true,
            true,
            (1, 0),
        ),
        (
            "pod failed phase and tolerate unready",
            "Failed",
            false,
            false,
            true,
            (0, 0),
        ),
        (
            "pod succeeded phase and tolerate unready endpoints",
            "Succeeded",
            false,
            false,
            true,
            (0, 0),
        ),
    ];
    for (name, phase, ready, terminating, tolerate, want) in rows {
        let ep = endpoints_for_service(
            &make_service(tolerate),
            &[make_pod(phase, ready, terminating)],
        )
        .unwrap();
        assert_eq!(counts(&ep), want, "{name}");
    }
}

#[test]
fn endpoint_port_from_service_port() {
    for app in [None, Some("http")] {
        let mut spec = json!({"selector": {"foo": "bar"}, "clusterIP": "10.0.0.1",
                              "ports": [{"name": "test", "port": 80, "targetPort": 80}]});
        if let Some(a) = app {
            spec["ports"][0]["appProtocol"] = json!(a);
        }
        let ep = endpoints_for_service(&service(spec), &[pod("p", json!({}))]).unwrap();
        assert_eq!(ep.subsets[0].ports[0].app_protocol.as_deref(), app);
    }
}

#[test]
fn services_without_selector_or_external_name_are_not_managed() {
    assert!(endpoints_for_service(&service(json!({"ports": [{"port": 80}]})), &[]).is_none());
    let external = service(json!({"type": "ExternalName", "selector": {"foo": "bar"}}));
    assert!(endpoints_for_service(&external, &[pod("p", json!({}))]).is_none());
    // An empty selector selects every pod of the namespace.
    let all = service(
        json!({"selector": {}, "clusterIP": "10.0.0.1", "ports": [{"port": 80, "targetPort": 8080}]}),
    );
    let other_labels = pod("p", json!({"metadata": {"labels": {"x": "y"}}}));
    assert_eq!(
        counts(&endpoints_for_service(&all, &[other_labels]).unwrap()),
        (1, 0)
    );
}

#[test]
fn labels_headless_and_namespaces() {
    let mut svc = service(
        json!({"selector": {"foo": "bar"}, "clusterIP": "None", "ports": [{"port": 80, "targetPort": 8080}]}),
    );
    svc.metadata.labels.insert("app".into(), "web".into());
    let elsewhere = pod("q", json!({"metadata": {"namespace": "other"}}));
    let ep = endpoints_for_service(&svc, &[pod("p", json!({})), elsewhere]).unwrap();
    assert_eq!(
        ep.metadata.labels.get(HEADLESS_LABEL).map(String::as_str),
        Some("")
    );
    assert_eq!(
        ep.metadata.labels.get("app").map(String::as_str),
        Some("web")
    );
    assert_eq!(counts(&ep), (1, 0));
    assert!(!ep
        .metadata
        .annotations
        .contains_key(OVER_CAPACITY_ANNOTATION));
    // A service with a cluster IP drops the headless label even when its own labels carry it.
    svc.spec.cluster_ip = "10.0.0.1".into();
    svc.metadata
        .labels
        .insert(HEADLESS_LABEL.into(), String::new());
    let ep = endpoints_for_service(&svc, &[pod("p", json!({}))]).unwrap();
    assert!(!ep.metadata.labels.contains_key(HEADLESS_LABEL));
    // A headless service without ports lists its pods without ports; a cluster IP one lists none.
    svc.spec.ports.clear();
    assert!(endpoints_for_service(&svc, &[pod("p", json!({}))])
        .unwrap()
        .subsets
        .is_empty());
    svc.spec.cluster_ip = "None".into();
    let ep = endpoints_for_service(&svc, &[pod("p", json!({}))]).unwrap();
    assert_eq!(ep.subsets.len(), 1);
    assert!(ep.subsets[0].ports.is_empty());
}

#[test]
fn address_family_hostname_and_named_ports() {
    let dual = json!({"status": {"podIP": "10.1.1.1", "podIPs": [{"ip": "10.1.1.1"}, {"ip": "fd00::1"}]},
                      "spec": {"hostname": "h", "subdomain": "foo", "nodeName": "n1"}});
    // ipFamilies decides; else the cluster IP's family; else (headless) the pod IP's.
    for (spec, want) in [
        (
            json!({"selector": {"foo": "bar"}, "clusterIP": "10.0.0.1", "ipFamilies": ["IPv6"]}),
            "fd00::1",
        ),
        (
            json!({"selector": {"foo": "bar"}, "clusterIP": "fd00:96::1"}),
            "fd00::1",
        ),
        (
            json!({"selector": {"foo": "bar"}, "clusterIP": "10.0.0.1"}),
            "10.1.1.1",
        ),
        (
            json!({"selector": {"foo": "bar"}, "clusterIP": "None"}),
            "10.1.1.1",
        ),
    ] {
        let mut spec = spec;
        spec["ports"] = json!([{"port": 80, "targetPort": "port1"}]);
        let ep = endpoints_for_service(&service(spec), &[pod("p", dual.clone())]).unwrap();
        let address = &ep.subsets[0].addresses[0];
        assert_eq!(address.ip, want);
        // The pod's subdomain names the service: its hostname is published.
        assert_eq!(address.hostname, "h");
        assert_eq!(address.node_name.as_deref(), Some("n1"));
        assert_eq!(ep.subsets[0].ports[0].port, 8080);
    }
    // A named port must match the protocol too; pods without it are left out of that port.
    let udp = service(json!({"selector": {"foo": "bar"}, "clusterIP": "10.0.0.1",
        "ports": [{"port": 80, "targetPort": "port1", "protocol": "UDP"}]}));
    assert!(endpoints_for_service(&udp, &[pod("p", json!({}))])
        .unwrap()
        .subsets
        .is_empty());
    // Sidecars' ports count; plain init containers' do not.
    let sidecar = |policy: Value| {
        pod(
            "p",
            json!({"spec": {"containers": [{"name": "c"}],
        "initContainers": [{"name": "s", "restartPolicy": policy, "ports": [{"name": "metrics", "containerPort": 9100}]}]}}),
        )
    };
    let metrics = service(json!({"selector": {"foo": "bar"}, "clusterIP": "10.0.0.1",
        "ports": [{"port": 9100, "targetPort": "metrics"}]}));
    assert_eq!(
        endpoints_for_service(&metrics, &[sidecar(json!("Always"))])
            .unwrap()
            .subsets[0]
            .ports[0]
            .port,
        9100
    );
    assert!(endpoints_for_service(&metrics, &[sidecar(Value::Null)])
        .unwrap()
        .subsets
        .is_empty());
}

#[test]
fn over_capacity_is_annotated() {
    let svc = service(
        json!({"selector": {"foo": "bar"}, "clusterIP": "10.0.0.1", "ports": [{"port": 80, "targetPort": 8080}]}),
    );
    let pods: Vec<Pod> = (0..1001)
        .map(|i| {
            let ip = format!("10.{}.{}.{}", i / 65536, (i / 256) % 256, i % 256);
            pod(
                &format!("p{i}"),
                json!({"status": {"podIP": ip, "podIPs": [{"ip": ip}]}}),
            )
        })
        .collect();
    let ep = endpoints_for_service(&svc, &pods).unwrap();
    assert_eq!(counts(&ep), (1000, 0));
    assert_eq!(
        ep.metadata
            .annotations
            .get(OVER_CAPACITY_ANNOTATION)
            .map(String::as_str),
        Some("truncated")
    );
}
