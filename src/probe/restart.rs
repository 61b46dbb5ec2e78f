//! Whether a container that exited is started again
//! ([`pkg/api/v1/pod/util.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/api/v1/pod/util.go),
//! `ContainerShouldRestart`).

use crate::api::core::{restart_policy, selector_operator};
use crate::api::core::{Container, PodSpec};

/// Whether `container` is restarted after exiting with `exit_code`, as the kubelet decides it with
/// container restart rules on (the default from Kubernetes 1.34). Go's `ContainerShouldRestart`.
///
/// The container's own `restartPolicyRules` are read only when it also sets `restartPolicy`; the
/// first rule whose exit codes match decides when its action is `Restart` or
/// `RestartAllContainers`, and otherwise the
/// container's policy (`Always`, `OnFailure`, `Never`) does. Without a container policy, or with
/// one upstream does not know, the pod's `restartPolicy` decides, and an unknown or empty pod
/// policy counts as `Always`.
///
/// ```
/// use kube_primitives::api::core::{Container, PodSpec};
/// use kube_primitives::probe::container_should_restart;
///
/// let mut spec = PodSpec::default();
/// spec.restart_policy = "OnFailure".into();
/// let app = Container::default();
/// assert!(container_should_restart(&app, &spec, 1));
/// assert!(!container_should_restart(&app, &spec, 0));
/// ```
#[must_use]
#[doc(alias = "ContainerShouldRestart")]
pub fn container_should_restart(container: &Container, pod: &PodSpec, exit_code: i32) -> bool {
    if let Some(policy) = container.restart_policy.as_deref() {
        if matching_rule_restarts(container, exit_code) {
            return true;
        }
        match policy {
            restart_policy::ALWAYS => return true,
            restart_policy::ON_FAILURE => return exit_code != 0,
            restart_policy::NEVER => return false,
            _ => {}
        }
    }
    match pod.restart_policy.as_str() {
        restart_policy::ON_FAILURE => exit_code != 0,
        restart_policy::NEVER => false,
        _ => true,
    }
}

/// Whether the first rule matching `exit_code` restarts the container
/// (`findMatchingContainerRestartRule`);
/// rules without exit codes or with an unknown operator never match.
fn matching_rule_restarts(container: &Container, exit_code: i32) -> bool {
    let matched = container.restart_policy_rules.iter().find(|rule| {
        rule.exit_codes.as_ref().is_some_and(|codes| {
            let listed = codes.values.contains(&exit_code);
            match codes.operator.as_str() {
                selector_operator::IN => listed,
                selector_operator::NOT_IN => !listed,
                _ => false,
            }
        })
    });
    // 1.35 added `RestartAllContainers`, which restarts this container along with the others.
    matched.is_some_and(|rule| matches!(rule.action.as_str(), "Restart" | "RestartAllContainers"))
}
