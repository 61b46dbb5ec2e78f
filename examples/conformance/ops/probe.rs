//! `backoff`.

use std::time::Duration;

use kube_primitives::api::core::Pod;
use kube_primitives::probe::{pod_phase as phase_of, Backoff, Instant};
use serde::Deserialize;
use serde_json::{json, Value};

use super::field;

#[derive(Deserialize)]
struct Step {
    at_ms: i64,
    id: String,
    action: String,
    event_ms: Option<i64>,
}

pub fn backoff(request: &Value) -> Result<Value, String> {
    let max: Option<u64> = field(request, "max_container_restart_period_ms")?;
    let steps: Vec<Step> = field(request, "steps")?;
    let mut b = Backoff::kubelet(max.map(Duration::from_millis));
    let ms = |d: Duration| d.as_millis() as u64;
    let mut results = Vec::new();
    for s in &steps {
        let now = Instant::from_millis(s.at_ms);
        // Without an event time the step's own time stands in.
        let event = Instant::from_millis(s.event_ms.unwrap_or(s.at_ms));
        let id = s.id.as_str();
        let result = match s.action.as_str() {
            "next" => {
                b.next(id, event, now);
                json!({ "backoff_ms": ms(b.get(id)) })
            }
            "get" => json!({ "backoff_ms": ms(b.get(id)) }),
            "is_in_backoff_since" => json!({ "in_backoff": b.is_in_backoff_since(id, event, now) }),
            "is_in_backoff_since_update" => {
                json!({ "in_backoff": b.is_in_backoff_since_update(id, event) })
            }
            "gc" => {
                b.gc(now);
                json!({ "backoff_ms": ms(b.get(id)) })
            }
            "reset" => {
                b.reset(id);
                json!({ "backoff_ms": ms(b.get(id)) })
            }
            "do_backoff" => {
                let in_backoff = b.do_backoff(id, event, now);
                json!({ "backoff_ms": ms(b.get(id)), "in_backoff": in_backoff })
            }
            other => return Err(format!("unknown action {other:?}")),
        };
        results.push(result);
    }
    Ok(json!({ "initial_ms": ms(b.initial()), "max_ms": ms(b.max()), "results": results }))
}

pub fn pod_phase(request: &Value) -> Result<Value, String> {
    let pod: Pod = field(request, "pod")?;
    let terminal: Option<bool> = field(request, "pod_is_terminal")?;
    let initialized: Option<bool> = field(request, "pod_has_initialized")?;
    let phase = phase_of(
        &pod,
        terminal.unwrap_or(false),
        initialized.unwrap_or(false),
    );
    Ok(json!({ "phase": phase.as_str() }))
}
