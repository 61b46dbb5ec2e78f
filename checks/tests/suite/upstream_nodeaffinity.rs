//! Test tables of upstream's
//! [nodeaffinity_test.go](https://github.com/kubernetes/component-helpers/blob/v0.36.3/scheduling/corev1/nodeaffinity/nodeaffinity_test.go),
//! ported row by row (upstream ignores the bad values in its error comparisons; these compare
//! whole messages).

use std::collections::BTreeMap;

use kube_primitives::api::core::{
    NodeSelector, NodeSelectorRequirement, NodeSelectorTerm, PreferredSchedulingTerm,
};
use kube_primitives::selector::{
    LazyNodeSelector, NodeSelectorMatcher, PreferredSchedulingTerms, RequiredNodeAffinity,
};

const NAME_PART: &str = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

fn req(key: &str, op: &str, values: &[&str]) -> NodeSelectorRequirement {
    NodeSelectorRequirement::new(key, op, values.iter().copied())
}

fn term(
    exprs: Vec<NodeSelectorRequirement>,
    fields: Vec<NodeSelectorRequirement>,
) -> NodeSelectorTerm {
    let mut t = NodeSelectorTerm::from_expressions(exprs);
    t.match_fields = fields;
    t
}

fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn host_terms() -> Vec<NodeSelectorTerm> {
    vec![
        term(
            vec![],
            vec![req("metadata.name", "In", &["host_1", "host_2"])],
        ),
        term(
            vec![req("label_1", "In", &["label_1_val"])],
            vec![req("metadata.name", "In", &["host_1"])],
        ),
        term(vec![req("invalid key", "In", &["label_value"])], vec![]),
    ]
}

// TestNodeSelectorMatch
#[test]
fn node_selector_match() {
    let err = NodeSelectorMatcher::new(&NodeSelector::from_terms(host_terms())).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            r#"[nodeSelectorTerms[0].matchFields[0].values: Invalid value: ["host_1","host_2"]: must have one element, nodeSelectorTerms[2].matchExpressions[0].key: Invalid value: "invalid key": {NAME_PART}]"#
        )
    );
    let one =
        |t: NodeSelectorTerm| NodeSelectorMatcher::new(&NodeSelector::from_terms(vec![t])).unwrap();
    let both = term(
        vec![req("label_1", "In", &["label_1_val"])],
        vec![req("metadata.name", "In", &["host_1"])],
    );
    assert!(!one(both.clone()).matches("host_1", &labels(&[])));
    assert!(one(both).matches("host_1", &labels(&[("label_1", "label_1_val")])));
    let second = NodeSelectorMatcher::new(&NodeSelector::from_terms(vec![
        term(vec![req("label_1", "In", &["label_1_val"])], vec![]),
        term(vec![], vec![req("metadata.name", "In", &["host_1"])]),
    ]))
    .unwrap();
    assert!(second.matches("host_1", &labels(&[])));
}

// TestPreferredSchedulingTermsScore
#[test]
fn preferred_scheduling_terms_score() {
    let weighted: Vec<_> = host_terms()
        .into_iter()
        .map(|t| PreferredSchedulingTerm::new(1, t))
        .collect();
    assert_eq!(
        PreferredSchedulingTerms::new(&weighted)
            .unwrap_err()
            .to_string(),
        format!(
            r#"[[0].matchFields[0].values: Invalid value: ["host_1","host_2"]: must have one element, [2].matchExpressions[0].key: Invalid value: "invalid key": {NAME_PART}]"#
        )
    );
    let zero = [PreferredSchedulingTerm::new(
        0,
        term(
            vec![],
            vec![req("metadata.name", "In", &["host_1", "host_2"])],
        ),
    )];
    assert_eq!(
        PreferredSchedulingTerms::new(&zero)
            .unwrap()
            .score("host_1", &labels(&[])),
        0
    );
    let terms = PreferredSchedulingTerms::new(&[
        PreferredSchedulingTerm::new(
            5,
            term(vec![], vec![req("metadata.name", "In", &["host_1"])]),
        ),
        PreferredSchedulingTerm::new(
            7,
            term(
                vec![req("unknown_label", "In", &["unknown_label_val"])],
                vec![],
            ),
        ),
        PreferredSchedulingTerm::new(
            11,
            term(vec![req("label_1", "In", &["label_1_val"])], vec![]),
        ),
    ])
    .unwrap();
    assert_eq!(
        terms.score("host_1", &labels(&[("label_1", "label_1_val")])),
        16
    );
}

// TestNodeSelectorRequirementsAsSelector, through a one-term selector.
#[test]
fn requirements_as_selector() {
    let sel = |r: NodeSelectorRequirement| {
        NodeSelectorMatcher::new(&NodeSelector::from_terms(vec![term(vec![r], vec![])]))
    };
    let err = sel(req("foo", "Exists", &["bar", "baz"])).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"nodeSelectorTerms[0].matchExpressions[0].values: Invalid value: ["bar","baz"]: values set must be empty for exists and does not exist"#
    );
    assert!(sel(req("foo", "In", &["bar", "baz"]))
        .unwrap()
        .matches("", &labels(&[("foo", "baz")])));
    assert!(sel(req("foo", "Gt", &["1"]))
        .unwrap()
        .matches("", &labels(&[("foo", "2")])));
    assert!(sel(req("bar", "Lt", &["7"]))
        .unwrap()
        .matches("", &labels(&[("bar", "-7")])));
    // An empty list prints as `[]`, an absent one as `null`.
    let mut absent = req("foo", "Gt", &[]);
    assert!(sel(absent.clone())
        .unwrap_err()
        .to_string()
        .contains("Invalid value: []: for 'Gt', 'Lt'"));
    absent.values = None;
    assert!(sel(absent)
        .unwrap_err()
        .to_string()
        .contains("Invalid value: null: for 'Gt', 'Lt'"));
}

fn affinity(terms: Vec<NodeSelectorTerm>) -> NodeSelector {
    NodeSelector::from_terms(terms)
}

// TestPodMatchesNodeSelectorAndAffinityTerms
#[test]
fn pod_matches_node_selector_and_affinity_terms() {
    type Row = (
        &'static str,
        &'static [(&'static str, &'static str)],
        Option<NodeSelector>,
        &'static [(&'static str, &'static str)],
        bool,
    );
    let exprs = |r: Vec<NodeSelectorRequirement>| Some(affinity(vec![term(r, vec![])]));
    let rows: Vec<Row> = vec![
        ("no selector", &[], None, &[], true),
        ("missing labels", &[("foo", "bar")], None, &[], false),
        (
            "same labels",
            &[("foo", "bar")],
            None,
            &[("foo", "bar")],
            true,
        ),
        (
            "node labels are superset",
            &[("foo", "bar")],
            None,
            &[("foo", "bar"), ("baz", "blah")],
            true,
        ),
        (
            "node labels are subset",
            &[("foo", "bar"), ("baz", "blah")],
            None,
            &[("foo", "bar")],
            false,
        ),
        (
            "In",
            &[],
            exprs(vec![req("foo", "In", &["bar", "value2"])]),
            &[("foo", "bar")],
            true,
        ),
        (
            "Gt",
            &[],
            exprs(vec![req("kernel-version", "Gt", &["0204"])]),
            &[("kernel-version", "0206")],
            true,
        ),
        (
            "NotIn",
            &[],
            exprs(vec![req("mem-type", "NotIn", &["DDR", "DDR2"])]),
            &[("mem-type", "DDR3")],
            true,
        ),
        (
            "Exists",
            &[],
            exprs(vec![req("GPU", "Exists", &[])]),
            &[("GPU", "NVIDIA-GRID-K1")],
            true,
        ),
        (
            "affinity does not match",
            &[],
            exprs(vec![req("foo", "In", &["value1", "value2"])]),
            &[("foo", "bar")],
            false,
        ),
        (
            "no terms",
            &[],
            Some(affinity(vec![])),
            &[("foo", "bar")],
            false,
        ),
        (
            "empty matchExpressions",
            &[],
            Some(affinity(vec![term(vec![], vec![])])),
            &[("foo", "bar")],
            false,
        ),
        ("no affinity", &[], None, &[("foo", "bar")], true),
    ];
    for (name, node_selector, required, node_labels, want) in rows {
        let got = RequiredNodeAffinity::new(&labels(node_selector), required.as_ref())
            .matches("", &labels(node_labels));
        assert_eq!(got, Ok(want), "{name}");
    }
}

// Lazy errors: a broken term is reported only when nothing matches; a nameless node skips
// matchFields.
#[test]
fn lazy_errors_and_nameless_nodes() {
    let ns = affinity(vec![
        term(vec![req("a", "Near", &[])], vec![]),
        term(vec![], vec![req("metadata.name", "NotIn", &["n1"])]),
    ]);
    let lazy = LazyNodeSelector::new(&ns);
    assert_eq!(lazy.matches("n2", &labels(&[])), Ok(true));
    assert!(lazy.matches("n1", &labels(&[])).is_err());
    assert_eq!(lazy.matches("", &labels(&[])), Ok(true));
    assert!(NodeSelectorMatcher::new(&ns).is_err());
}
