//! The node-affinity, pod (anti-)affinity, extended-resource, mirror-pod and pod-deletion-cost
//! error rows of `TestValidatePod` (pkg/apis/core/validation/validation_test.go), through the
//! API server's create path (defaults, the pod strategy's preparation, validation). Upstream checks that one error
//! contains a substring; each row here pins the whole error list, written from the texts of
//! validation.go (`validateNodeSelectorRequirement`, `validateNodeFieldSelectorRequirement`,
//! `ValidatePreferredSchedulingTerms`, `validateWeightedPodAffinityTerms`,
//! `validatePodAffinityTerm`, `validateMatchLabelKeysAndMismatchLabelKeys`,
//! `ValidateContainerResourceRequirements`, `ValidateResourceQuantityValue`,
//! `ValidatePodSpecificAnnotations`) and apimachinery's `ValidateLabelSelectorRequirement` /
//! `IsQualifiedName`.
//!
//! Upstream: <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>
//!
//! Not ported here: "invalid requiredDuringSchedulingIgnoredDuringExecution node selector,
//! nodeSelectorTerms must have at least one term" (same input and error as
//! `upstream_pod_validation::affinity`, "node affinity without terms").

use serde_json::{json, Value};

use super::upstream_pod_validation::{create, ctr};

const NAME_PART: &str = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

fn affinity(a: Value) -> Value {
    json!({"spec": {"affinity": a}})
}

/// One required node selector term.
fn node_term(term: Value) -> Value {
    affinity(
        json!({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [term]}}}),
    )
}

/// `kind` ("podAffinity" / "podAntiAffinity") with one required term.
fn hard(kind: &str, term: Value) -> Value {
    affinity(json!({kind: {"requiredDuringSchedulingIgnoredDuringExecution": [term]}}))
}

/// `kind` with one preferred term of weight `weight`.
fn soft(kind: &str, weight: i32, term: Value) -> Value {
    affinity(
        json!({kind: {"preferredDuringSchedulingIgnoredDuringExecution": [
            {"weight": weight, "podAffinityTerm": term}
        ]}}),
    )
}

fn not_in_key_v1_v2() -> Value {
    json!({"matchExpressions": [{"key": "key", "operator": "NotIn", "values": ["value1", "value2"]}]})
}

const NODE_REQ: &str =
    "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]";

#[test]
fn node_affinity() {
    // TestValidatePod: invalid node selector requirement in node affinity, operator can't be null
    create(
        "operator can't be null",
        node_term(json!({"matchExpressions": [{"key": "key1"}]})),
        &[&format!(
            r#"{NODE_REQ}.matchExpressions[0].operator: Invalid value: "": not a valid selector operator"#
        )],
    );
    // TestValidatePod: invalid node selector requirement in node affinity, key is invalid
    create(
        "key is invalid",
        node_term(
            json!({"matchExpressions": [{"key": "invalid key ___@#", "operator": "Exists"}]}),
        ),
        &[&format!(
            r#"{NODE_REQ}.matchExpressions[0].key: Invalid value: "invalid key ___@#": {NAME_PART}"#
        )],
    );
    // TestValidatePod: invalid node field selector requirement in node affinity, more values for field selector
    create(
        "more values for field selector",
        node_term(json!({"matchFields": [{"key": "metadata.name", "operator": "In", "values": ["host1", "host2"]}]})),
        &[&format!(
            "{NODE_REQ}.matchFields[0].values: Required value: must be only one value when `operator` is 'In' or 'NotIn' for node field selector"
        )],
    );
    // TestValidatePod: invalid node field selector requirement in node affinity, invalid operator
    create(
        "field selector invalid operator",
        node_term(json!({"matchFields": [{"key": "metadata.name", "operator": "Exists"}]})),
        &[&format!(
            r#"{NODE_REQ}.matchFields[0].operator: Invalid value: "Exists": not a valid selector operator"#
        )],
    );
    // TestValidatePod: invalid node field selector requirement in node affinity, invalid key
    create(
        "field selector invalid key",
        node_term(
            json!({"matchFields": [{"key": "metadata.namespace", "operator": "In", "values": ["ns1"]}]}),
        ),
        &[&format!(
            r#"{NODE_REQ}.matchFields[0].key: Invalid value: "metadata.namespace": not a valid field selector key"#
        )],
    );
    // TestValidatePod: invalid preferredSchedulingTerm in node affinity, weight should be in range 1-100
    create(
        "preferred node term weight",
        affinity(json!({"nodeAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [{
            "weight": 199,
            "preference": {"matchExpressions": [{"key": "foo", "operator": "In", "values": ["bar"]}]}
        }]}})),
        &["spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 199: must be in the range 1-100"],
    );
    // TestValidatePod: invalid required node affinity, value of NodeSelectorRequirement should be a valid label value
    create(
        "node selector value not a label value",
        node_term(
            json!({"matchExpressions": [{"key": "foo", "operator": "In", "values": ["-1"]}]}),
        ),
        &[&format!(
            r#"{NODE_REQ}.matchExpressions[0].values[0]: Invalid value: "-1": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"#
        )],
    );
}

#[test]
fn pod_affinity_selectors_and_namespaces() {
    // TestValidatePod: invalid weight in preferredDuringSchedulingIgnoredDuringExecution in pod affinity annotations, weight should be in range 1-100
    create(
        "pod affinity weight",
        soft(
            "podAffinity",
            109,
            json!({
                "labelSelector": {"matchExpressions": [{"key": "key2", "operator": "NotIn", "values": ["value1", "value2"]}]},
                "namespaces": ["ns"],
                "topologyKey": "region"
            }),
        ),
        &["spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 109: must be in the range 1-100"],
    );
    // TestValidatePod: invalid labelSelector in preferredDuringSchedulingIgnoredDuringExecution in podaffinity annotations, values should be empty if the operator is Exists
    create(
        "labelSelector Exists with values",
        soft(
            "podAntiAffinity",
            10,
            json!({
                "labelSelector": {"matchExpressions": [{"key": "key2", "operator": "Exists", "values": ["value1", "value2"]}]},
                "namespaces": ["ns"],
                "topologyKey": "region"
            }),
        ),
        &["spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"],
    );
    // TestValidatePod: invalid namespaceSelector in preferredDuringSchedulingIgnoredDuringExecution in podaffinity, In operator must include Values
    create(
        "namespaceSelector In without values",
        soft(
            "podAntiAffinity",
            10,
            json!({
                "namespaceSelector": {"matchExpressions": [{"key": "key2", "operator": "In"}]},
                "namespaces": ["ns"],
                "topologyKey": "region"
            }),
        ),
        &["spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.namespaceSelector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"],
    );
    // TestValidatePod: invalid namespaceSelector in preferredDuringSchedulingIgnoredDuringExecution in podaffinity, Exists operator can not have values
    create(
        "namespaceSelector Exists with values",
        soft(
            "podAntiAffinity",
            10,
            json!({
                "namespaceSelector": {"matchExpressions": [{"key": "key2", "operator": "Exists", "values": ["value1", "value2"]}]},
                "namespaces": ["ns"],
                "topologyKey": "region"
            }),
        ),
        &["spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.namespaceSelector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"],
    );
    // TestValidatePod: invalid name space in preferredDuringSchedulingIgnoredDuringExecution in podaffinity annotations, namespace should be valid
    create(
        "invalid namespace",
        soft(
            "podAffinity",
            10,
            json!({
                "labelSelector": {"matchExpressions": [{"key": "key2", "operator": "Exists"}]},
                "namespaces": ["INVALID_NAMESPACE"],
                "topologyKey": "region"
            }),
        ),
        &[
            r#"spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.namespace: Invalid value: "INVALID_NAMESPACE": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"#,
        ],
    );
}

/// The three errors `validatePodAffinityTerm` gives an empty topology key: `Required`, then
/// `IsQualifiedName("")`'s two name-part messages.
fn empty_topology_key(path: &str) -> Vec<String> {
    vec![
        format!("{path}.topologyKey: Required value: can not be empty"),
        format!(r#"{path}.topologyKey: Invalid value: "": name part must be non-empty"#),
        format!(r#"{path}.topologyKey: Invalid value: "": {NAME_PART}"#),
    ]
}

fn check(name: &str, tweak: Value, want: &[String]) {
    let want: Vec<&str> = want.iter().map(String::as_str).collect();
    create(name, tweak, &want);
}

#[test]
fn pod_affinity_empty_topology_key() {
    let term_in = json!({
        "labelSelector": {"matchExpressions": [{"key": "key2", "operator": "In", "values": ["value1", "value2"]}]},
        "namespaces": ["ns"]
    });
    let term_not_in = json!({
        "labelSelector": {"matchExpressions": [{"key": "key2", "operator": "NotIn", "values": ["value1", "value2"]}]},
        "namespaces": ["ns"]
    });
    // TestValidatePod: invalid hard pod affinity, empty topologyKey is not allowed for hard pod affinity
    check(
        "hard pod affinity, empty topologyKey",
        hard("podAffinity", term_in.clone()),
        &empty_topology_key(
            "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]",
        ),
    );
    // TestValidatePod: invalid hard pod anti-affinity, empty topologyKey is not allowed for hard pod anti-affinity
    check(
        "hard pod anti-affinity, empty topologyKey",
        hard("podAntiAffinity", term_in),
        &empty_topology_key(
            "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]",
        ),
    );
    // TestValidatePod: invalid soft pod affinity, empty topologyKey is not allowed for soft pod affinity
    check(
        "soft pod affinity, empty topologyKey",
        soft("podAffinity", 10, term_not_in.clone()),
        &empty_topology_key("spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm"),
    );
    // TestValidatePod: invalid soft pod anti-affinity, empty topologyKey is not allowed for soft pod anti-affinity
    check(
        "soft pod anti-affinity, empty topologyKey",
        soft("podAntiAffinity", 10, term_not_in),
        &empty_topology_key("spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm"),
    );
}

/// The four placements of a term: (case-name prefix, kind, preferred?, error path of the term).
const PLACEMENTS: [(&str, &str, bool, &str); 4] = [
    (
        "soft pod affinity",
        "podAffinity",
        true,
        "spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm",
    ),
    (
        "hard pod affinity",
        "podAffinity",
        false,
        "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]",
    ),
    (
        "soft pod anti-affinity",
        "podAntiAffinity",
        true,
        "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm",
    ),
    (
        "hard pod anti-affinity",
        "podAntiAffinity",
        false,
        "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]",
    ),
];

fn place(kind: &str, preferred: bool, term: Value) -> Value {
    if preferred {
        soft(kind, 10, term)
    } else {
        hard(kind, term)
    }
}

#[test]
fn pod_affinity_match_label_keys() {
    for (case, kind, preferred, path) in PLACEMENTS {
        // TestValidatePod: invalid soft pod affinity, key in MatchLabelKeys isn't correctly defined
        // TestValidatePod: invalid hard pod affinity, key in MatchLabelKeys isn't correctly defined
        // TestValidatePod: invalid soft pod anti-affinity, key in MatchLabelKeys isn't correctly defined
        // TestValidatePod: invalid hard pod anti-affinity, key in MatchLabelKeys isn't correctly defined
        check(
            &format!("{case}, key in MatchLabelKeys isn't correctly defined"),
            place(
                kind,
                preferred,
                json!({"labelSelector": not_in_key_v1_v2(), "topologyKey": "k8s.io/zone", "matchLabelKeys": ["/simple"]}),
            ),
            &[format!(
                r#"{path}.matchLabelKeys[0]: Invalid value: "/simple": prefix part must be non-empty"#
            )],
        );
        // TestValidatePod: invalid soft pod affinity, key in MismatchLabelKeys isn't correctly defined
        // TestValidatePod: invalid hard pod affinity, key in MismatchLabelKeys isn't correctly defined
        // TestValidatePod: invalid soft pod anti-affinity, key in MismatchLabelKeys isn't correctly defined
        // TestValidatePod: invalid hard pod anti-affinity, key in MismatchLabelKeys isn't correctly defined
        check(
            &format!("{case}, key in MismatchLabelKeys isn't correctly defined"),
            place(
                kind,
                preferred,
                json!({"labelSelector": not_in_key_v1_v2(), "topologyKey": "k8s.io/zone", "mismatchLabelKeys": ["/simple"]}),
            ),
            &[format!(
                r#"{path}.mismatchLabelKeys[0]: Invalid value: "/simple": prefix part must be non-empty"#
            )],
        );
        // TestValidatePod: invalid soft pod affinity, key exists in both MatchLabelKeys and MismatchLabelKeys
        // TestValidatePod: invalid hard pod affinity, key exists in both MatchLabelKeys and MismatchLabelKeys
        // TestValidatePod: invalid soft pod anti-affinity, key exists in both MatchLabelKeys and MismatchLabelKeys
        // TestValidatePod: invalid hard pod anti-affinity, key exists in both MatchLabelKeys and MismatchLabelKeys
        check(
            &format!("{case}, key exists in both MatchLabelKeys and MismatchLabelKeys"),
            place(
                kind,
                preferred,
                json!({
                    "labelSelector": not_in_key_v1_v2(),
                    "topologyKey": "k8s.io/zone",
                    "matchLabelKeys": ["samekey"],
                    "mismatchLabelKeys": ["samekey"]
                }),
            ),
            &[format!(
                r#"{path}.matchLabelKeys[0]: Invalid value: "samekey": exists in both matchLabelKeys and mismatchLabelKeys"#
            )],
        );
    }
}

/// `validateMatchLabelKeysAndMismatchLabelKeys` walks the selector's `matchExpressions` and
/// reports, at the term's path indexed by the key's position in `matchLabelKeys`, every
/// expression whose key is in `matchLabelKeys` and was already seen (in `matchLabels` or an
/// earlier expression). Upstream's rows hold two expressions on `key`, so `ValidatePodCreate`
/// reports one error. On the create path the pod strategy first appends `key In [value1]` for
/// each `matchLabelKeys` key the pod carries as a label (all rows but the first give the pod
/// `key: value1`), which is a third expression on `key` and so a second, identical error.
#[test]
fn pod_affinity_key_in_match_label_keys_and_label_selector() {
    for (case, kind, preferred, path) in PLACEMENTS {
        // TestValidatePod: invalid soft pod affinity, key exists in both matchLabelKeys and labelSelector
        // TestValidatePod: invalid hard pod affinity, key exists in both matchLabelKeys and labelSelector
        // TestValidatePod: invalid soft pod anti-affinity, key exists in both matchLabelKeys and labelSelector
        // TestValidatePod: invalid hard pod anti-affinity, key exists in both matchLabelKeys and labelSelector
        let mut tweak = place(
            kind,
            preferred,
            json!({
                "labelSelector": {"matchExpressions": [
                    {"key": "key", "operator": "In", "values": ["value1"]},
                    {"key": "key", "operator": "NotIn", "values": ["value2"]}
                ]},
                "topologyKey": "k8s.io/zone",
                "matchLabelKeys": ["key"]
            }),
        );
        let err = format!(
            r#"{path}[0]: Invalid value: "key": exists in both matchLabelKeys and labelSelector"#
        );
        let mut want = vec![err.clone()];
        if case != "soft pod affinity" {
            super::upstream_pod_validation::merge(
                &mut tweak,
                json!({"metadata": {"labels": {"key": "value1"}}}),
            );
            want.push(err);
        }
        check(
            &format!("{case}, key exists in both matchLabelKeys and labelSelector"),
            tweak,
            &want,
        );
    }
}

/// A pod whose only init container, `invalid`, has `resources`.
fn init_ctr(resources: Value) -> Value {
    json!({"spec": {"initContainers": [{"name": "invalid", "image": "image", "resources": resources}]}})
}

/// The valid container renamed `invalid`, with `resources`.
fn invalid_ctr(resources: Value) -> Value {
    ctr(json!({"name": "invalid", "resources": resources}))
}

#[test]
fn extended_resources() {
    // TestValidatePod: invalid extended resource name in container request
    create(
        "invalid extended resource name",
        invalid_ctr(json!({"requests": {"invalid-name": "2"}, "limits": {"invalid-name": "2"}})),
        // validateResourceName's own check, then validateContainerResourceName's
        &[
            r#"spec.containers[0].resources.limits[invalid-name]: Invalid value: "invalid-name": must be a standard resource type or fully qualified"#,
            r#"spec.containers[0].resources.limits[invalid-name]: Invalid value: "invalid-name": must be a standard resource for containers"#,
            r#"spec.containers[0].resources.requests[invalid-name]: Invalid value: "invalid-name": must be a standard resource type or fully qualified"#,
            r#"spec.containers[0].resources.requests[invalid-name]: Invalid value: "invalid-name": must be a standard resource for containers"#,
        ],
    );
    // TestValidatePod: invalid extended resource requirement: request must be == limit
    create(
        "request must be == limit",
        invalid_ctr(json!({"requests": {"example.com/a": "2"}, "limits": {"example.com/a": "1"}})),
        &[
            r#"spec.containers[0].resources.requests: Invalid value: "2": must be equal to example.com/a limit of 1"#,
        ],
    );
    // TestValidatePod: invalid extended resource requirement without limit
    create(
        "extended resource without limit",
        invalid_ctr(json!({"requests": {"example.com/a": "2"}})),
        &["spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources"],
    );
    // TestValidatePod: invalid fractional extended resource in container request
    create(
        "fractional request",
        invalid_ctr(json!({"requests": {"example.com/a": "500m"}})),
        &[
            r#"spec.containers[0].resources.requests[example.com/a]: Invalid value: "500m": must be an integer"#,
            "spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources",
        ],
    );
    // TestValidatePod: invalid fractional extended resource in init container request
    create(
        "fractional init container request",
        init_ctr(json!({"requests": {"example.com/a": "500m"}})),
        &[
            r#"spec.initContainers[0].resources.requests[example.com/a]: Invalid value: "500m": must be an integer"#,
            "spec.initContainers[0].resources.limits: Required value: Limit must be set for non overcommitable resources",
        ],
    );
    // TestValidatePod: invalid fractional extended resource in container limit
    // ("2.5" prints canonically as "2500m")
    create(
        "fractional limit",
        invalid_ctr(
            json!({"requests": {"example.com/a": "5"}, "limits": {"example.com/a": "2.5"}}),
        ),
        &[
            r#"spec.containers[0].resources.limits[example.com/a]: Invalid value: "2500m": must be an integer"#,
            r#"spec.containers[0].resources.requests: Invalid value: "5": must be equal to example.com/a limit of 2500m"#,
        ],
    );
    // TestValidatePod: invalid fractional extended resource in init container limit
    create(
        "fractional init container limit",
        init_ctr(json!({"requests": {"example.com/a": "2.5"}, "limits": {"example.com/a": "2.5"}})),
        &[
            r#"spec.initContainers[0].resources.limits[example.com/a]: Invalid value: "2500m": must be an integer"#,
            r#"spec.initContainers[0].resources.requests[example.com/a]: Invalid value: "2500m": must be an integer"#,
        ],
    );
}

#[test]
fn mirror_pod_and_deletion_cost_annotations() {
    // TestValidatePod: mirror-pod present without nodeName
    create(
        "mirror-pod present without nodeName",
        json!({"metadata": {"annotations": {"kubernetes.io/config.mirror": ""}}}),
        &[
            r#"metadata.annotations[kubernetes.io/config.mirror]: Invalid value: "": must set spec.nodeName if mirror pod annotation is set"#,
        ],
    );
    // TestValidatePod: mirror-pod populated without nodeName
    create(
        "mirror-pod populated without nodeName",
        json!({"metadata": {"annotations": {"kubernetes.io/config.mirror": "foo"}}}),
        &[
            r#"metadata.annotations[kubernetes.io/config.mirror]: Invalid value: "foo": must set spec.nodeName if mirror pod annotation is set"#,
        ],
    );
    for (case, cost) in [
        // TestValidatePod: invalid pod-deletion-cost
        ("invalid pod-deletion-cost", "text"),
        // TestValidatePod: invalid leading zeros pod-deletion-cost
        ("invalid leading zeros pod-deletion-cost", "008"),
        // TestValidatePod: invalid leading plus sign pod-deletion-cost
        ("invalid leading plus sign pod-deletion-cost", "+10"),
    ] {
        create(
            case,
            json!({"metadata": {"annotations": {"controller.kubernetes.io/pod-deletion-cost": cost}}}),
            &[&format!(
                r#"metadata.annotations[controller.kubernetes.io/pod-deletion-cost]: Invalid value: "{cost}": must be a 32bit integer"#
            )],
        );
    }
}

// validateLabelKeys (validation.go, v1.36.0): the keys need a label selector; the error sits on
// the list itself.
#[test]
fn match_label_keys_without_selector() {
    create(
        "matchLabelKeys without labelSelector",
        hard(
            "podAffinity",
            json!({"topologyKey": "k8s.io/zone", "matchLabelKeys": ["app"]}),
        ),
        &["spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys: Forbidden: must not be specified when labelSelector is not set"],
    );
}
