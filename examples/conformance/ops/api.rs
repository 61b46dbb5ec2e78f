//! `quantity`, `quantity_arith`, `version_compare`, `group_version`, `group_version_kind_string`.

use kube_primitives::api::{
    compare_kube_aware_versions, GroupKind, GroupResource, GroupVersion, GroupVersionKind, Quantity,
};
use serde_json::{json, Value};

use super::field;

/// `strconv.FormatFloat(f, 'g', -1, 64)`: shortest digits, exponent form below 1e-4 and from 1e21.
fn go_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let exp = f.abs().log10().floor() as i32;
    if (-4..21).contains(&exp) {
        format!("{f}")
    } else {
        // Rust: 1.5e20; Go: 1.5e+20.
        let s = format!("{f:e}");
        match s.split_once('e') {
            Some((m, e)) if e.starts_with('-') => format!("{m}e-{:0>2}", &e[1..]),
            Some((m, e)) => format!("{m}e+{e:0>2}"),
            None => s,
        }
    }
}

pub fn quantity(request: &Value) -> Result<Value, String> {
    let input: String = field(request, "input")?;
    Ok(match Quantity::parse(&input) {
        Ok(q) => json!({
            "ok": true,
            "string": q.to_string(),
            "milli": q.milli_value(),
            "value": q.value(),
            "format": q.format().as_str(),
            "approx_float": go_float(q.as_approximate_f64()),
        }),
        Err(e) => json!({ "ok": false, "error": e.to_string() }),
    })
}

pub fn quantity_arith(request: &Value) -> Result<Value, String> {
    let a: String = field(request, "a")?;
    let b: String = field(request, "b")?;
    Ok(match (Quantity::parse(&a), Quantity::parse(&b)) {
        (Ok(a), Ok(b)) => {
            let (sum, diff) = (a.clone() + &b, a.clone() - &b);
            json!({
                "ok": true,
                "add": sum.to_string(),
                "sub": diff.to_string(),
                "cmp": a.cmp(&b) as i32,
            })
        }
        (a, b) => {
            let mut answer = json!({ "ok": false });
            if let Err(e) = a {
                answer["error_a"] = json!(e.to_string());
            }
            if let Err(e) = b {
                answer["error_b"] = json!(e.to_string());
            }
            answer
        }
    })
}

pub fn version_compare(request: &Value) -> Result<Value, String> {
    let a: String = field(request, "a")?;
    let b: String = field(request, "b")?;
    Ok(json!({ "cmp": compare_kube_aware_versions(&a, &b) }))
}

pub fn group_version(request: &Value) -> Result<Value, String> {
    let input: String = field(request, "input")?;
    let mut answer = match GroupVersion::parse(&input) {
        Ok(gv) => json!({
            "ok": true,
            "group": gv.group,
            "version": gv.version,
            "string": gv.to_string(),
            "empty": gv.is_empty(),
        }),
        Err(e) => json!({ "ok": false, "error": e.to_string() }),
    };
    let (gvk, gk) = GroupKind::parse_kind_arg(&input);
    let (gvr, gr) = GroupResource::parse_resource_arg(&input);
    answer["group_kind"] = json!({ "group": gk.group, "kind": gk.kind, "string": gk.to_string(), "empty": gk.is_empty() });
    answer["group_resource"] = json!({ "group": gr.group, "resource": gr.resource, "string": gr.to_string(), "empty": gr.is_empty() });
    answer["kind_arg_gvk"] = gvk.map_or(Value::Null, |g| {
        json!({ "group": g.group, "version": g.version, "kind": g.kind, "string": g.to_string() })
    });
    answer["resource_arg_gvr"] = gvr.map_or(Value::Null, |g| {
        json!({ "group": g.group, "version": g.version, "resource": g.resource, "string": g.to_string() })
    });
    Ok(answer)
}

pub fn group_version_kind_string(request: &Value) -> Result<Value, String> {
    let api_version: String = field(request, "api_version")?;
    let kind: String = field(request, "kind")?;
    let gvk = GroupVersionKind::from_api_version_and_kind(&api_version, &kind);
    let (to_api_version, to_kind) = gvk.to_api_version_and_kind();
    Ok(json!({
        "group": gvk.group,
        "version": gvk.version,
        "kind": gvk.kind,
        "string": gvk.to_string(),
        "group_version": gvk.group_version().to_string(),
        "group_kind": gvk.group_kind().to_string(),
        "empty": gvk.is_empty(),
        "to_api_version": to_api_version,
        "to_kind": to_kind,
    }))
}
