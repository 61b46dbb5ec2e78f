//! Validating valid input never allocates. A counting global allocator (test code only; the
//! library itself forbids `unsafe`) watches every validator on valid names.

use crate::alloc_count::allocations;
use kube_primitives::meta::validate;

#[test]
fn valid_input_does_not_allocate() {
    let long_subdomain = "a".repeat(253);
    type Validator = fn(&str) -> validate::Violations;
    let cases: &[(&str, Validator, &str)] = &[
        (
            "dns1123_subdomain",
            validate::dns1123_subdomain,
            "my-service-name-01.my-namespace.svc.cluster.local.example.io",
        ),
        (
            "dns1123_subdomain",
            validate::dns1123_subdomain,
            &long_subdomain,
        ),
        ("dns1123_label", validate::dns1123_label, "web-0"),
        ("dns1035_label", validate::dns1035_label, "http"),
        (
            "qualified_name",
            validate::qualified_name,
            "app.kubernetes.io/name",
        ),
        ("qualified_name", validate::qualified_name, "app"),
        ("label_value", validate::label_value, "v1.2.3"),
        ("label_value", validate::label_value, ""),
        ("c_identifier", validate::c_identifier, "MY_NAME"),
        ("env_var_name", validate::env_var_name, "MY_ENV.NAME"),
        (
            "relaxed_env_var_name",
            validate::relaxed_env_var_name,
            "1 weird-but-ok",
        ),
        ("config_map_key", validate::config_map_key, "app.properties"),
        ("port_name", validate::port_name, "http-metrics"),
        ("percent", validate::percent, "25%"),
        (
            "http_header_name",
            validate::http_header_name,
            "X-Forwarded-For",
        ),
        (
            "dns1123_subdomain_with_underscore",
            validate::dns1123_subdomain_with_underscore,
            "_sip._tcp.example.com",
        ),
        (
            "wildcard_dns1123_subdomain",
            validate::wildcard_dns1123_subdomain,
            "*.example.com",
        ),
        ("ip", validate::ip, "2001:db8::1"),
        ("cidr", validate::cidr, "10.0.0.0/8"),
    ];
    for (name, f, value) in cases {
        assert!(f(value).is_valid(), "{name}({value:?}) should be valid");
        assert_eq!(allocations(|| f(value)), 0, "{name}({value:?}) allocated");
    }
}

#[test]
fn two_violations_stay_inline() {
    // Too long and badly formed: both violations fit the inline buffer.
    let bad = "-".repeat(64);
    let errs = validate::dns1123_label(&bad);
    assert_eq!(errs.len(), 2);
    assert_eq!(allocations(|| validate::dns1123_label(&bad)), 0);
}

#[test]
fn the_counter_counts() {
    assert_eq!(allocations(|| vec![1u8; 16]), 1);
}

#[test]
fn selector_parse_and_match_allocations() {
    use std::collections::BTreeMap;

    use kube_primitives::labels::LabelSet;
    use kube_primitives::selector::{FieldSelector, Selector};

    let input = "app=web,tier in (frontend,backend),!legacy,env!=prod,replicas>2";
    // The budget is five; the parser needs its text and its requirement list.
    let n = allocations(|| Selector::parse(input).unwrap());
    assert!(n <= 2, "parse allocated {n} times");
    let s = Selector::parse(input).unwrap();
    let pairs = [
        ("app", "web"),
        ("tier", "frontend"),
        ("env", "staging"),
        ("replicas", "3"),
    ];
    let set = LabelSet::from_pairs(pairs);
    let map: BTreeMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert!(s.matches(&set) && s.matches(&map));
    assert_eq!(allocations(|| s.matches(&set)), 0);
    assert_eq!(allocations(|| s.matches(&map)), 0);
    assert_eq!(allocations(|| s.matches(&pairs[..])), 0);
    let f = FieldSelector::parse("metadata.name=web,status.phase!=Running").unwrap();
    let fields = BTreeMap::from([("metadata.name".to_string(), "web".to_string())]);
    assert_eq!(allocations(|| f.matches(&fields)), 0);
}

#[test]
fn quantity_parse_compare_add_do_not_allocate() {
    use kube_primitives::api::Quantity;

    for input in [
        "100m",
        "1.5Gi",
        "12345678901234567",
        "1Gi",
        "500Mi",
        "2.5e3",
        "0",
    ] {
        assert_eq!(
            allocations(|| input.parse::<Quantity>().unwrap()),
            0,
            "parse {input}"
        );
    }
    let (a, b): (Quantity, Quantity) = ("1Gi".parse().unwrap(), "1024Mi".parse().unwrap());
    assert_eq!(allocations(|| a.cmp(&b)), 0);
    let c: Quantity = "500Mi".parse().unwrap();
    assert_eq!(allocations(|| a.clone() + &c), 0);
}

#[test]
fn image_references_parse_without_allocating() {
    use kube_primitives::api::image::{default_pull_policy, Reference};
    let digested = format!(
        "registry.example.com:5000/team/app:v1@sha256:{}",
        "f".repeat(64)
    );
    for image in [
        "busybox",
        "busybox:1.36",
        "library/busybox",
        "docker.io/busybox",
        "index.docker.io/team/app",
        "[::1]:5000/repo:tag",
        "localhost/app",
        digested.as_str(),
    ] {
        assert_eq!(
            allocations(|| Reference::parse_normalized(image)),
            0,
            "{image}"
        );
        assert_eq!(allocations(|| default_pull_policy(image)), 0, "{image}");
    }
    assert_eq!(allocations(|| Reference::parse(&digested)), 0);
}
