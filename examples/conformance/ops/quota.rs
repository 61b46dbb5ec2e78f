//! `resource_list`, `pod_qos`.

use kube_primitives::api::core::Pod;
use kube_primitives::quota::{
    compute_pod_qos, difference, get_pod_qos, intersection, ResourceList,
};
use serde_json::{json, Map, Value};

use super::field;

fn list(l: &ResourceList) -> Value {
    Value::Object(
        l.iter()
            .map(|(k, v)| (k.to_string(), json!(v.to_string())))
            .collect::<Map<_, _>>(),
    )
}

pub fn resource_list(request: &Value) -> Result<Value, String> {
    let a: ResourceList = field(request, "a")?;
    let b: ResourceList = field(request, "b")?;
    let (le, exceeded) = a.less_than_or_equal(&b);
    let (names_a, names_b) = (a.resource_names(), b.resource_names());
    Ok(json!({
        "add": list(&a.add(&b)),
        "subtract": list(&a.subtract(&b)),
        "subtract_non_negative": list(&a.subtract_non_negative(&b)),
        "max": list(&a.max(&b)),
        "remove_zeros_a": list(&a.remove_zeros()),
        "less_than_or_equal": le,
        "exceeded": exceeded,
        "equals": a.equals(&b),
        "is_zero_a": a.is_zero(),
        "is_negative_a": a.is_negative(),
        "intersection": intersection(&names_a, &names_b),
        "difference": difference(&names_a, &names_b),
    }))
}

pub fn pod_qos(request: &Value) -> Result<Value, String> {
    let pod: Pod = field(request, "pod")?;
    Ok(json!({ "qos": compute_pod_qos(&pod).as_str(), "get_pod_qos": get_pod_qos(&pod) }))
}
