//! `backoff`.

use std::time::Duration;

use kube_primitives::api::core::{Pod, PodCondition, PodStatus};
use kube_primitives::clock::Instant;
use kube_primitives::probe::{
    kubelet_conditions, pod_phase as phase_of, Backoff, ContainerStatuses, NamespaceMode, PodPhase,
    Sandbox,
};
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

#[derive(Deserialize)]
struct SandboxRequest {
    state: String,
    network: Option<String>,
    ip: Option<String>,
}

pub fn pod_conditions(request: &Value) -> Result<Value, String> {
    let pod: Pod = field(request, "pod")?;
    let phase: String = field(request, "phase")?;
    // Upstream only compares the phase with Succeeded and Failed: any other text acts as Unknown.
    let phase: PodPhase = phase.parse().unwrap_or(PodPhase::Unknown);
    let old: Option<PodStatus> = field(request, "old_status")?;
    let sandboxes: Option<Vec<SandboxRequest>> = field(request, "sandboxes")?;
    let sandboxes = sandboxes
        .unwrap_or_default()
        .into_iter()
        .map(|s| {
            let network = match s.network.as_deref() {
                None | Some("POD") => NamespaceMode::Pod,
                Some("CONTAINER") => NamespaceMode::Container,
                Some("NODE") => NamespaceMode::Node,
                Some("TARGET") => NamespaceMode::Target,
                Some(other) => return Err(format!("unknown namespace mode {other}")),
            };
            Ok(Sandbox::new(s.state == "SANDBOX_READY", network, s.ip))
        })
        .collect::<Result<Vec<_>, String>>()?;
    // Go appends the regular statuses to the init ones: the result is nil only when the init
    // list is nil and the regular one adds nothing.
    let raw_init = request.pointer("/pod/status/initContainerStatuses");
    let status = &pod.status;
    let statuses = if raw_init.map_or(true, Value::is_null) && status.container_statuses.is_empty()
    {
        None
    } else {
        Some(ContainerStatuses::new(
            &status.init_container_statuses,
            &status.container_statuses,
        ))
    };
    let old = old.as_ref().unwrap_or(status);
    let c = kubelet_conditions(&pod, old, phase, statuses, &sandboxes);
    let out = |c: &PodCondition| {
        json!({
            "type": c.type_, "status": c.status, "reason": c.reason, "message": c.message,
            "observed_generation": c.observed_generation,
        })
    };
    Ok(json!({
        "ready_to_start_containers": out(&c.ready_to_start_containers),
        "initialized": out(&c.initialized),
        "ready": out(&c.ready),
        "containers_ready": out(&c.containers_ready),
    }))
}
