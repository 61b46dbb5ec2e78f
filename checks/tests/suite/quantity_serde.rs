//! Quantity serde: out as upstream's string, in as `Quantity.UnmarshalJSON` reads; and every
//! real-world quantity of `../shared/corpus/quantities.jsonl` (read in place) round-trips.

use std::collections::BTreeMap;

use kube_primitives::api::{Format, Quantity};
use serde_json::{json, Value};

fn read(v: Value) -> Result<Quantity, serde_json::Error> {
    serde_json::from_value(v)
}

#[test]
fn reads_what_upstream_reads() {
    assert_eq!(read(json!("1.5Gi")).unwrap().to_string(), "1536Mi");
    // UnmarshalJSON trims surrounding whitespace.
    assert_eq!(read(json!("  250m\n")).unwrap().to_string(), "250m");
    // JSON numbers: integers exactly, floats by their shortest decimal form.
    assert_eq!(read(json!(2)).unwrap().to_string(), "2");
    assert_eq!(read(json!(-3)).unwrap().to_string(), "-3");
    assert_eq!(read(json!(0.5)).unwrap().to_string(), "500m");
    assert_eq!(
        read(json!(18446744073709551615u64)).unwrap().to_string(),
        "18446744073709551615"
    );
    // null is a zero quantity.
    let zero = read(Value::Null).unwrap();
    assert!(zero.is_zero());
    assert!(read(json!("1.5 Gi")).is_err());
    assert!(read(json!(true)).is_err());
}

#[test]
fn writes_upstream_strings() {
    let q: Quantity = "1.5Gi".parse().unwrap();
    assert_eq!(serde_json::to_string(&q).unwrap(), "\"1536Mi\"");
    let kept: Quantity = "+1Gi".parse().unwrap();
    assert_eq!(serde_json::to_string(&kept).unwrap(), "\"+1Gi\"");
    let map: BTreeMap<String, Quantity> =
        serde_json::from_str(r#"{"cpu": "500m", "memory": "128Mi", "pods": 10}"#).unwrap();
    assert_eq!(
        serde_json::to_value(&map).unwrap(),
        json!({"cpu": "500m", "memory": "128Mi", "pods": "10"})
    );
    assert_eq!(map["memory"].format(), Format::BinarySI);
}

#[test]
fn corpus_quantities_round_trip() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/corpus/quantities.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("{} not found: skipped", path.display());
        return;
    };
    let (mut parsed, mut rejected) = (0, 0);
    for line in text.lines() {
        let record: Value = serde_json::from_str(line).unwrap();
        let value = record["value"].as_str().unwrap_or_default();
        match value.parse::<Quantity>() {
            Ok(q) => {
                parsed += 1;
                let json = serde_json::to_string(&q).unwrap();
                let back: Quantity = serde_json::from_str(&json).unwrap();
                assert_eq!(back, q, "{value}");
                assert_eq!(back.to_string(), q.to_string(), "{value}");
            }
            Err(_) => {
                rejected += 1;
                // Only placeholders and values the corpus flags as broken fail to parse.
                let flagged = record["placeholder"].as_bool() == Some(true)
                    || record.get("check_errors").is_some();
                assert!(flagged, "{value:?} did not parse");
            }
        }
    }
    assert!(parsed > 250, "parsed {parsed}, rejected {rejected}");
}
