//! Test tables of upstream's
//! [dns_test.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/network/dns/dns_test.go),
//! ported row by row through the public entry points (`ResolvConf::parse`, `pod_dns`).
//! Upstream's options come in map order; this crate sorts them, so option lists compare sorted.

use kube_primitives::api::core::{PodDnsConfig, PodDnsConfigOption};
use kube_primitives::service::{
    pod_dns, DnsPod, EventObject, HostResolver, KubeletDns, ResolvConf,
};

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn sorted(v: &[&str]) -> Vec<String> {
    let mut v = strings(v);
    v.sort();
    v
}

// TestParseResolvConf
#[test]
fn parse_resolv_conf() {
    type Row = (
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
        bool,
    );
    let rows: &[Row] = &[
        ("", &[], &[], &[], false),
        (" ", &[], &[], &[], false),
        ("\n", &[], &[], &[], false),
        ("\t\n\t", &[], &[], &[], false),
        ("#comment\n", &[], &[], &[], false),
        (" #comment\n", &[], &[], &[], false),
        ("#comment\n#comment", &[], &[], &[], false),
        ("#comment\nnameserver", &[], &[], &[], true),
        ("#comment\nnameserver\nsearch", &[], &[], &[], true),
        ("#comment\nnameserver 1.2.3.4\nsearch", &["1.2.3.4"], &[], &[], false),
        ("nameserver 1.2.3.4", &["1.2.3.4"], &[], &[], false),
        (" nameserver 1.2.3.4", &["1.2.3.4"], &[], &[], false),
        ("\tnameserver 1.2.3.4", &["1.2.3.4"], &[], &[], false),
        ("nameserver\t1.2.3.4", &["1.2.3.4"], &[], &[], false),
        ("nameserver \t 1.2.3.4", &["1.2.3.4"], &[], &[], false),
        ("nameserver 1.2.3.4\nnameserver 5.6.7.8", &["1.2.3.4", "5.6.7.8"], &[], &[], false),
        ("nameserver 1.2.3.4 #comment", &["1.2.3.4"], &[], &[], false),
        ("search ", &[], &[], &[], false),
        ("search foo", &[], &["foo"], &[], false),
        ("search foo bar", &[], &["foo", "bar"], &[], false),
        ("search foo. bar", &[], &["foo", "bar"], &[], false),
        ("search foo bar bat\n", &[], &["foo", "bar", "bat"], &[], false),
        ("search foo\nsearch bar", &[], &["bar"], &[], false),
        ("nameserver 1.2.3.4\nsearch foo bar", &["1.2.3.4"], &["foo", "bar"], &[], false),
        ("nameserver 1.2.3.4\nsearch foo\nnameserver 5.6.7.8\nsearch bar", &["1.2.3.4", "5.6.7.8"], &["bar"], &[], false),
        ("#comment\nnameserver 1.2.3.4\n#comment\nsearch foo\ncomment", &["1.2.3.4"], &["foo"], &[], false),
        ("options ", &[], &[], &[], false),
        ("options ndots:5 attempts:2", &[], &[], &["ndots:5", "attempts:2"], false),
        ("options ndots:1\noptions ndots:5 attempts:3", &[], &[], &["ndots:5", "attempts:3"], false),
        (
            "nameserver 1.2.3.4\nsearch foo\nnameserver 5.6.7.8\nsearch bar\noptions ndots:5 attempts:4",
            &["1.2.3.4", "5.6.7.8"],
            &["bar"],
            &["ndots:5", "attempts:4"],
            false,
        ),
        // The newer parser drops a bare "." from search lines.
        ("search . foo.", &[], &["foo"], &[], false),
    ];
    for (data, servers, searches, options, is_err) in rows {
        let got = ResolvConf::parse(data);
        if *is_err {
            assert!(got.is_err(), "{data:?}");
            continue;
        }
        let c = got.unwrap_or_else(|e| panic!("{data:?}: {e}"));
        assert_eq!(c.servers, strings(servers), "{data:?}");
        assert_eq!(c.searches, strings(searches), "{data:?}");
        assert_eq!(c.options, sorted(options), "{data:?}");
    }
}

fn host_kubelet(servers: &[&str], searches: &[&str]) -> KubeletDns {
    let mut k = KubeletDns::default();
    k.cluster_domain = "TEST".into();
    k.host = HostResolver::Parsed(ResolvConf::new(strings(servers), strings(searches), vec![]));
    k
}

// TestFormDNSSearchFitsLimits, through a Default-policy pod whose host search list is the input.
#[test]
fn form_dns_search_fits_limits() {
    let list_2048: Vec<String> = std::iter::once("A".repeat(128))
        .chain(std::iter::repeat("A".repeat(127)).take(15))
        .collect();
    let list_2048: Vec<&str> = list_2048.iter().map(String::as_str).collect();
    let b256 = "B".repeat(256);
    let numbered: Vec<String> = (4..=33).map(|i| i.to_string()).collect();
    let mut thirty_three = vec!["testNS.svc.TEST", "svc.TEST", "TEST"];
    thirty_three.extend(numbered.iter().map(String::as_str));
    let thirty_two = &thirty_three[..32];
    let base = ["testNS.svc.TEST", "svc.TEST", "TEST"];
    let with_b = |extra: &[&'static str]| -> Vec<&str> {
        base.iter().copied().chain(extra.iter().copied()).collect()
    };
    let mut over_2048 = list_2048.clone();
    over_2048.push("B");
    let long_row = {
        let mut v = with_b(&["AAA"]);
        v.push(&b256);
        v.push("BBB");
        v
    };
    let rows: Vec<(Vec<&str>, Vec<&str>, bool)> = vec![
        (base.to_vec(), base.to_vec(), false),
        (with_b(&["AAA", "BBB"]), with_b(&["AAA", "BBB"]), false),
        (long_row, with_b(&["AAA", "BBB"]), true),
        (list_2048.clone(), list_2048.clone(), false),
        (over_2048, list_2048.clone(), true),
        (thirty_two.to_vec(), thirty_two.to_vec(), false),
        (thirty_three.clone(), thirty_two.to_vec(), true),
    ];
    for (input, want, event) in rows {
        let dns = pod_dns(
            &host_kubelet(&[], &input),
            &DnsPod::new("testNS", "test_pod", "Default"),
        )
        .unwrap();
        assert_eq!(dns.searches, strings(&want), "{} paths", input.len());
        let events: Vec<_> = dns.events.iter().map(|e| e.message.clone()).collect();
        if event {
            let msg = format!(
                "Search Line limits were exceeded, some search paths have been omitted, the applied search line is: {}",
                want.join(" ")
            );
            assert_eq!(events, [msg]);
            assert_eq!(dns.events[0].object, EventObject::Pod);
            assert_eq!(dns.events[0].reason, "DNSConfigForming");
        } else {
            assert!(events.is_empty(), "{events:?}");
        }
    }
}

// TestFormDNSNameserversFitsLimits
#[test]
fn form_dns_nameservers_fits_limits() {
    let rows: [(&[&str], &[&str], bool); 3] = [
        (&["127.0.0.1"], &["127.0.0.1"], false),
        (
            &["127.0.0.1", "10.0.0.10", "8.8.8.8"],
            &["127.0.0.1", "10.0.0.10", "8.8.8.8"],
            false,
        ),
        (
            &["127.0.0.1", "10.0.0.10", "8.8.8.8", "1.2.3.4"],
            &["127.0.0.1", "10.0.0.10", "8.8.8.8"],
            true,
        ),
    ];
    for (input, want, event) in rows {
        let dns = pod_dns(
            &host_kubelet(input, &[]),
            &DnsPod::new("testNS", "test_pod", "Default"),
        )
        .unwrap();
        assert_eq!(dns.servers, strings(want));
        assert_eq!(!dns.events.is_empty(), event, "{input:?}");
    }
}

// TestMergeDNSOptions, through a pod's dnsConfig on a host whose options are the existing ones.
#[test]
fn merge_dns_options() {
    let three = Some("3");
    let rows: [(&[PodDnsConfigOption], &[&str]); 3] = [
        (&[], &["ndots:5", "debug"]),
        (
            &[
                PodDnsConfigOption::new("single-request", None),
                PodDnsConfigOption::new("attempts", three),
            ],
            &["ndots:5", "debug", "single-request", "attempts:3"],
        ),
        (
            &[
                PodDnsConfigOption::new("ndots", three),
                PodDnsConfigOption::new("debug", None),
                PodDnsConfigOption::new("single-request", None),
                PodDnsConfigOption::new("attempts", three),
            ],
            &["ndots:3", "debug", "single-request", "attempts:3"],
        ),
    ];
    for (options, want) in rows {
        let mut k = KubeletDns::default();
        k.host = HostResolver::Parsed(ResolvConf::new(
            vec![],
            vec![],
            strings(&["ndots:5", "debug"]),
        ));
        let config = PodDnsConfig {
            options: options.to_vec(),
            ..PodDnsConfig::default()
        };
        let mut pod = DnsPod::new("ns", "p", "Default");
        pod.dns_config = Some(&config);
        let mut got = pod_dns(&k, &pod).unwrap().options;
        got.sort();
        assert_eq!(got, sorted(want));
    }
}

// TestGetPodDNSType, seen through which configuration each policy gets.
#[test]
fn pod_dns_type() {
    let mut k = KubeletDns::default();
    k.cluster_domain = "TEST".into();
    k.cluster_dns = vec!["203.0.113.1".parse().unwrap()];
    k.host = HostResolver::Parsed(ResolvConf::new(
        strings(&["10.0.0.2"]),
        strings(&["host.example"]),
        vec![],
    ));
    let servers = |policy: &str, host_network: bool| {
        let mut pod = DnsPod::new("testNS", "test_pod", policy);
        pod.host_network = host_network;
        pod_dns(&k, &pod).unwrap().servers
    };
    let cluster = strings(&["203.0.113.1"]);
    let host = strings(&["10.0.0.2"]);
    assert_eq!(servers("ClusterFirst", false), cluster);
    assert_eq!(servers("ClusterFirstWithHostNet", true), cluster);
    assert_eq!(servers("ClusterFirstWithHostNet", false), cluster);
    assert_eq!(servers("Default", false), host);
    assert_eq!(servers("Default", true), host);
    assert_eq!(servers("ClusterFirst", true), host);
    assert!(servers("None", false).is_empty());
    // An invalid policy falls back to ClusterFirst.
    assert_eq!(servers("invalidPolicy", false), cluster);
}
