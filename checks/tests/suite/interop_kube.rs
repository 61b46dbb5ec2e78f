//! `Selector` ⇄ `kube_core::Selector`: the same string, the same matches, both ways.

use std::collections::BTreeMap;
use std::sync::Arc;

use k8s_openapi::api::core::v1::Pod;
use kube_core::{Expression, SelectorExt};
use kube_primitives::interop::{ConversionError, KubeSelectorExt};
use kube_primitives::selector::{Operator, Selector};

fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

const SELECTORS: &[&str] = &[
    "",
    "app=web",
    "app==web",
    "app!=web",
    "app in (web,api),tier notin (cache)",
    "app,!legacy",
    "a.example.com/key=v,b=",
];

#[test]
fn both_ways_keep_the_string_and_the_matches() {
    let label_sets = [
        labels(&[]),
        labels(&[("app", "web")]),
        labels(&[("app", "api"), ("tier", "cache")]),
        labels(&[("app", "db"), ("legacy", "")]),
        labels(&[("a.example.com/key", "v"), ("b", "")]),
    ];
    for s in SELECTORS {
        let ours: Selector = s.parse().unwrap();
        let theirs = kube_core::Selector::try_from(&ours).unwrap();
        // `==` is `=` in kube-core; otherwise the canonical strings agree.
        assert_eq!(
            theirs.to_string(),
            ours.to_string().replace("==", "="),
            "{s}"
        );
        for l in &label_sets {
            assert_eq!(theirs.matches(l), ours.matches(l), "{s} on {l:?}");
        }
        let back = Selector::try_from(theirs).unwrap();
        for l in &label_sets {
            assert_eq!(back.matches(l), ours.matches(l), "{s} on {l:?}");
        }
    }
}

#[test]
fn what_kube_core_cannot_express() {
    let gt: Selector = "a=b,replicas>3".parse().unwrap();
    let err = kube_core::Selector::try_from(gt).unwrap_err();
    assert_eq!(
        err,
        ConversionError::UnsupportedOperator {
            path: "[1]".into(),
            operator: Operator::GreaterThan
        }
    );
    assert_eq!(
        err.to_string(),
        "[1]: kube-core selectors cannot express the operator \"gt\""
    );
    assert_eq!(
        kube_core::Selector::try_from(Selector::nothing()).unwrap_err(),
        ConversionError::SelectsNothing
    );
}

#[test]
fn invalid_kube_core_expressions_are_rejected() {
    let theirs: kube_core::Selector = [
        Expression::Exists("ok".into()),
        Expression::Equal("bad key!".into(), "v".into()),
    ]
    .into_iter()
    .collect();
    let err = Selector::try_from(theirs).unwrap_err();
    assert_eq!(err.path(), "[1]");
    assert!(
        matches!(err, ConversionError::Requirement { .. }),
        "{err:?}"
    );
}

#[test]
fn matcher_filters_resources() {
    let selector: Selector = "app=web".parse().unwrap();
    let mut web = Pod::default();
    web.metadata.labels = Some(labels(&[("app", "web")]));
    let pods = [Arc::new(web), Arc::new(Pod::default())];
    let keep = selector.matcher::<Pod>();
    let kept: Vec<_> = pods.iter().filter(|p| keep(p)).collect();
    assert_eq!(kept.len(), 1);
    assert!(!Selector::parse("app").unwrap().matches_resource(&*pods[1]));
}
