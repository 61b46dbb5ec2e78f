//! Test tables of upstream's
//! [group_version_test.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/runtime/schema/group_version_test.go)
//! and [helpers_test.go](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/version/helpers_test.go),
//! ported row by row.

use kube_primitives::api::{
    compare_kube_aware_versions, GroupKind, GroupResource, GroupVersion, GroupVersionKind,
    GroupVersionResource,
};

fn gv(group: &str, version: &str) -> GroupVersion {
    GroupVersion::new(group, version)
}

// TestGroupVersionParse
#[test]
fn group_version_parse() {
    let rows = [
        ("v1", gv("", "v1")),
        ("v2", gv("", "v2")),
        ("/v1", gv("", "v1")),
        ("v1/", gv("v1", "")),
        ("v1/a", gv("v1", "a")),
    ];
    for (input, want) in rows {
        assert_eq!(GroupVersion::parse(input).unwrap(), want, "{input}");
    }
    assert_eq!(
        GroupVersion::parse("/v1/").unwrap_err().to_string(),
        "unexpected GroupVersion string: /v1/"
    );
}

fn gr(group: &str, resource: &str) -> GroupResource {
    GroupResource {
        group: group.into(),
        resource: resource.into(),
    }
}

// TestGroupResourceParse, TestParseResourceArg
#[test]
fn group_resource_parse() {
    let rows = [
        ("v1", gr("", "v1")),
        (".v1", gr("v1", "")),
        ("v1.", gr("", "v1")),
        ("v1.a", gr("a", "v1")),
        ("b.v1.a", gr("v1.a", "b")),
    ];
    for (input, want) in rows {
        assert_eq!(GroupResource::parse(input), want, "{input}");
        let (gvr, gr) = GroupResource::parse_resource_arg(input);
        assert_eq!(gr, want, "{input}");
        let want_gvr = (input == "b.v1.a").then(|| GroupVersionResource::new("a", "v1", "b"));
        assert_eq!(gvr, want_gvr, "{input}");
    }
}

fn gk(group: &str, kind: &str) -> GroupKind {
    GroupKind {
        group: group.into(),
        kind: kind.into(),
    }
}

// TestParseKindArg, TestParseGroupKind
#[test]
fn kind_args() {
    let rows = [
        ("Pod", gk("", "Pod")),
        (".apps", gk("apps", "")),
        ("Pod.", gk("", "Pod")),
        ("StatefulSet.apps", gk("apps", "StatefulSet")),
        ("StatefulSet.v1.apps", gk("v1.apps", "StatefulSet")),
    ];
    for (input, want) in rows {
        let (gvk, got) = GroupKind::parse_kind_arg(input);
        assert_eq!(got, want, "{input}");
        let want_gvk =
            (input == "StatefulSet.v1.apps").then(|| gv("apps", "v1").with_kind("StatefulSet"));
        assert_eq!(gvk, want_gvk, "{input}");
    }
    for (input, want) in [
        ("Pod", gk("", "Pod")),
        (".StatefulSet", gk("StatefulSet", "")),
        ("StatefulSet.apps", gk("apps", "StatefulSet")),
    ] {
        assert_eq!(GroupKind::parse(input), want, "{input}");
    }
    assert_eq!(
        GroupVersionKind::from_api_version_and_kind("", "").to_api_version_and_kind(),
        (String::new(), String::new())
    );
}

// TestCompareKubeAwareVersionStrings
#[test]
fn version_priority() {
    let rows = [
        ("v1", "v2", false),
        ("v2", "v1", true),
        ("v10", "v2", true),
        ("v1", "v2alpha1", true),
        ("v1", "v2beta1", true),
        ("v1alpha2", "v1alpha1", true),
        ("v1beta1", "v2alpha3", true),
        ("v1alpha10", "v1alpha2", true),
        ("v1beta10", "v1beta2", true),
        ("foo", "v1beta2", false),
        ("bar", "foo", true),
        ("version1", "version2", true),
        ("version1", "version10", true),
    ];
    for (v1, v2, greater) in rows {
        assert_eq!(
            compare_kube_aware_versions(v1, v2) > 0,
            greater,
            "{v1} vs {v2}"
        );
    }
    // Numbers past int64 make a string non-kube.
    assert_eq!(
        compare_kube_aware_versions("v99999999999999999999", "v1"),
        -1
    );
}
