//! The legacy `scheduler.alpha.kubernetes.io/tolerations` annotation through the API server's
//! create path: upstream decodes it with `encoding/json` into `[]core.Toleration` and validates
//! the result (`ValidateTolerationsInPodAnnotations`, pkg/apis/core/validation/validation.go
//! v1.36.0); a document that does not decode is one `Invalid` error on `metadata.annotations`
//! whose detail is Go's decoder message. Expectations are written from validation.go and Go's
//! `encoding/json` (scanner.go, decode.go).

use super::upstream_pod_validation::create;
use serde_json::json;

const KEY: &str = "scheduler.alpha.kubernetes.io/tolerations";

fn annotated(value: &str) -> serde_json::Value {
    json!({"metadata": {"annotations": {KEY: value}}})
}

#[test]
fn tolerations_annotation() {
    create(
        "valid",
        annotated(r#"[{"operator": "Exists", "effect": "NoSchedule"}]"#),
        &[],
    );
    create("empty value is not read", annotated(""), &[]);
    create("null", annotated("null"), &[]);
    create(
        "not JSON",
        annotated("[{operator: Exists}]"),
        &[
            r#"metadata.annotations: Invalid value: "scheduler.alpha.kubernetes.io/tolerations": invalid character 'o' looking for beginning of object key string"#,
        ],
    );
    create(
        "cut short",
        annotated(r#"[{"key": "a""#),
        &[
            r#"metadata.annotations: Invalid value: "scheduler.alpha.kubernetes.io/tolerations": unexpected end of JSON input"#,
        ],
    );
    create(
        "wrong type",
        annotated(r#"[{"key": "a", "tolerationSeconds": "30"}]"#),
        &[
            r#"metadata.annotations: Invalid value: "scheduler.alpha.kubernetes.io/tolerations": json: cannot unmarshal string into Go struct field Toleration.tolerationSeconds of type int64"#,
        ],
    );
    create(
        "an object, not a list",
        annotated(r#"{"key": "a"}"#),
        &[
            r#"metadata.annotations: Invalid value: "scheduler.alpha.kubernetes.io/tolerations": json: cannot unmarshal object into Go value of type []core.Toleration"#,
        ],
    );
    create(
        "decoded, then validated as spec.tolerations are",
        annotated(r#"[{"key": "a b", "operator": "Bad"}, {"operator": "Equal", "tolerationSeconds": 5}]"#),
        &[
            "metadata.annotations.scheduler.alpha.kubernetes.io/tolerations[0].key: Invalid value: \"a b\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
            "metadata.annotations.scheduler.alpha.kubernetes.io/tolerations[0].operator: Unsupported value: \"Bad\": supported values: \"Equal\", \"Exists\"",
            "metadata.annotations.scheduler.alpha.kubernetes.io/tolerations[1].operator: Invalid value: \"Equal\": operator must be Exists when `key` is empty, which means \"match all values and all keys\"",
            "metadata.annotations.scheduler.alpha.kubernetes.io/tolerations[1].effect: Invalid value: \"\": effect must be 'NoExecute' when `tolerationSeconds` is set",
        ],
    );
}
