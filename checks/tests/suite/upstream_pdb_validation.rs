//! PodDisruptionBudget spec validation after upstream's
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/policy/validation/validation_test.go>:
//! `TestValidatePodDisruptionBudgetSpec`, `TestValidateMinAvailablePodDisruptionBudgetSpec`,
//! `TestValidateMinAvailablePodAndMaxUnavailableDisruptionBudgetSpec` and
//! `TestValidateUnhealthyPodEvictionPolicyDisruptionBudgetSpec`, on upstream's path `foo`.
//! Upstream checks only whether there are errors; each row here pins the whole list, written
//! from <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/policy/validation/validation.go>
//! and apps' `ValidatePositiveIntOrPercent`/`IsNotMoreThan100Percent`.
//!
//! `TestValidatePodDisruptionBudgetStatus` is not ported: the library does not validate a
//! budget's status.

use super::upstream_workload_validation::strings;
use kube_primitives::api::policy::PodDisruptionBudgetSpec;
use kube_primitives::meta::field::Path;
use kube_primitives::selector::LabelSelectorValidationOptions;
use kube_primitives::validation::workload::validate_pod_disruption_budget_spec;
use serde_json::{json, Value};

const PERCENT: &str = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

fn run(spec: Value) -> Vec<String> {
    let spec: PodDisruptionBudgetSpec = serde_json::from_value(spec).unwrap();
    strings(&validate_pod_disruption_budget_spec(
        &spec,
        LabelSelectorValidationOptions::default(),
        &Path::new("foo"),
    ))
}

// TestValidatePodDisruptionBudgetSpec
#[test]
fn min_available_and_max_unavailable_both_set() {
    assert_eq!(
        run(json!({"minAvailable": "0%", "maxUnavailable": "10%"})),
        [
            r#"foo: Invalid value: {"MinAvailable":"0%","Selector":null,"MaxUnavailable":"10%","UnhealthyPodEvictionPolicy":null}: minAvailable and maxUnavailable cannot be both set"#
        ]
    );
}

// TestValidateMinAvailablePodDisruptionBudgetSpec
#[test]
fn min_available_rows() {
    for ok in [
        json!("0%"),
        json!("1%"),
        json!("100%"),
        json!(0),
        json!(1),
        json!(100),
    ] {
        assert_eq!(
            run(json!({"minAvailable": ok})),
            Vec::<String>::new(),
            "{ok}"
        );
    }
    let rows: &[(Value, &[String])] = &[
        (
            json!("1.1%"),
            &[format!(
                r#"foo.minAvailable: Invalid value: "1.1%": {PERCENT}"#
            )],
        ),
        (
            json!("nope"),
            &[format!(
                r#"foo.minAvailable: Invalid value: "nope": {PERCENT}"#
            )],
        ),
        (
            json!("-1%"),
            &[format!(
                r#"foo.minAvailable: Invalid value: "-1%": {PERCENT}"#
            )],
        ),
        (
            json!("101%"),
            &[
                r#"foo.minAvailable: Invalid value: "101%": must not be greater than 100%"#
                    .to_string(),
            ],
        ),
        (
            json!(-1),
            &[
                "foo.minAvailable: Invalid value: -1: must be greater than or equal to 0"
                    .to_string(),
            ],
        ),
    ];
    for (value, want) in rows {
        assert_eq!(run(json!({"minAvailable": value})), *want, "{value}");
    }
}

// TestValidateMinAvailablePodAndMaxUnavailableDisruptionBudgetSpec
#[test]
fn percent_min_available_and_int_max_unavailable() {
    assert_eq!(
        run(json!({"minAvailable": "10%", "maxUnavailable": 1})),
        [
            r#"foo: Invalid value: {"MinAvailable":"10%","Selector":null,"MaxUnavailable":1,"UnhealthyPodEvictionPolicy":null}: minAvailable and maxUnavailable cannot be both set"#
        ]
    );
}

// TestValidateUnhealthyPodEvictionPolicyDisruptionBudgetSpec
#[test]
fn unhealthy_pod_eviction_policy_rows() {
    let run_policy =
        |policy: Value| run(json!({"minAvailable": "10%", "unhealthyPodEvictionPolicy": policy}));
    assert_eq!(run_policy(Value::Null), Vec::<String>::new(), "valid nil");
    assert_eq!(
        run_policy(json!("AlwaysAllow")),
        Vec::<String>::new(),
        "valid"
    );
    assert_eq!(
        run_policy(json!("")),
        [
            r#"foo.unhealthyPodEvictionPolicy: Unsupported value: "": supported values: "AlwaysAllow", "IfHealthyBudget""#
        ],
        "empty"
    );
    assert_eq!(
        run_policy(json!("Invalid")),
        [
            r#"foo.unhealthyPodEvictionPolicy: Unsupported value: "Invalid": supported values: "AlwaysAllow", "IfHealthyBudget""#
        ],
        "invalid"
    );
}
