//! `quantity`, `quantity_arith`.

use kube_primitives::api::Quantity;
use serde_json::{json, Value};

use super::field;

/// `strconv.FormatFloat(f, 'g', -1, 64)`: shortest digits, exponent form below 1e-4 and from 1e21.
fn go_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
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
