//! The API server's `Status` for invalid objects, after `TestNewInvalid` in
//! apimachinery `pkg/api/errors/errors_test.go`
//! (<https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/api/errors/errors_test.go>), row
//! by row, plus the JSON the API server writes for it.

use kube_primitives::api::core::{Status, StatusCause};
use kube_primitives::api::GroupKind;
use kube_primitives::meta::field::{Error, ErrorList, Path};
use serde_json::json;

fn kind() -> GroupKind {
    GroupKind {
        group: String::new(),
        kind: "Kind".into(),
    }
}

#[test]
fn new_invalid_table() {
    let at = || Path::new("field[0].name");
    let rows: Vec<(Option<Error>, &str, &str)> = vec![
        (
            Some(Error::duplicate(&at(), "bar")),
            "FieldValueDuplicate",
            r#"Kind "name" is invalid: field[0].name: Duplicate value: "bar""#,
        ),
        (
            Some(Error::invalid(&at(), "bar", "detail")),
            "FieldValueInvalid",
            r#"Kind "name" is invalid: field[0].name: Invalid value: "bar": detail"#,
        ),
        (
            Some(Error::not_found(&at(), "bar")),
            "FieldValueNotFound",
            r#"Kind "name" is invalid: field[0].name: Not found: "bar""#,
        ),
        (
            Some(Error::not_supported::<&str>(&at(), "bar", &[])),
            "FieldValueNotSupported",
            r#"Kind "name" is invalid: field[0].name: Unsupported value: "bar""#,
        ),
        (
            Some(Error::required(&at(), "")),
            "FieldValueRequired",
            r#"Kind "name" is invalid: field[0].name: Required value"#,
        ),
        (None, "", r#"Kind "name" is invalid"#),
    ];
    for (err, reason, message) in rows {
        let body = err.as_ref().map(|e| e.body().to_string());
        let errs: ErrorList = err.into_iter().collect();
        let status = errs.to_invalid_status(&kind(), "name");
        assert_eq!((status.code, status.reason.as_str()), (422, "Invalid"));
        assert_eq!(status.status, "Failure");
        assert_eq!(status.message, message);
        let details = status.details.expect("details");
        assert_eq!(
            (details.kind.as_str(), details.name.as_str()),
            ("Kind", "name")
        );
        assert_eq!(details.group, "");
        let want: Vec<StatusCause> = body
            .map(|message| StatusCause {
                reason: reason.into(),
                message,
                field: "field[0].name".into(),
            })
            .into_iter()
            .collect();
        assert_eq!(details.causes, want);
    }
}

// `errs.ToAggregate()`: several errors in brackets, duplicates once; a grouped kind and a name
// that needs quoting.
#[test]
fn aggregates_and_quotes() {
    let spec = Path::new("spec");
    let mut errs = ErrorList::new();
    errs.push(Error::required(&spec.child("selector"), ""));
    errs.push(Error::required(&spec.child("selector"), ""));
    errs.push(Error::invalid(
        &spec.child("replicas"),
        -1i64,
        "must be greater than or equal to 0",
    ));
    let gk = GroupKind {
        group: "apps".into(),
        kind: "Deployment".into(),
    };
    let status = errs.to_invalid_status(&gk, "we\"b");
    assert_eq!(
        status.message,
        r#"Deployment.apps "we\"b" is invalid: [spec.selector: Required value, spec.replicas: Invalid value: -1: must be greater than or equal to 0]"#
    );
    assert_eq!(status.details.as_ref().map(|d| d.causes.len()), Some(3));
}

// The JSON of the Status and of field errors, as `kubectl` shows a refused request.
#[test]
fn serializes_as_the_api_server_writes_it() {
    let mut errs = ErrorList::new();
    errs.push(Error::required(&Path::new("spec").child("containers"), ""));
    assert_eq!(
        serde_json::to_value(&errs).unwrap(),
        json!([{"reason": "FieldValueRequired", "message": "Required value", "field": "spec.containers"}])
    );
    let status = errs.to_invalid_status(
        &GroupKind {
            group: String::new(),
            kind: "Pod".into(),
        },
        "p",
    );
    let value = serde_json::to_value(&status).unwrap();
    assert_eq!(
        value,
        json!({
            "apiVersion": "v1",
            "kind": "Status",
            "status": "Failure",
            "message": "Pod \"p\" is invalid: spec.containers: Required value",
            "reason": "Invalid",
            "details": {
                "name": "p",
                "kind": "Pod",
                "causes": [{"reason": "FieldValueRequired", "message": "Required value", "field": "spec.containers"}]
            },
            "code": 422
        })
    );
    let back: Status = serde_json::from_value(value).unwrap();
    assert_eq!(back, status);
}
