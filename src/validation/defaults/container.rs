//! Containers (`SetDefaults_Container`, `SetDefaults_EphemeralContainer`) and what they hold:
//! ports, environment sources, resources, probes and lifecycle handlers, in the order of the
//! generated `SetObjectDefaults_Pod`.

use alloc::string::String;

use crate::api::core::{
    protocol, Container, ContainerPort, EnvVar, EphemeralContainer, HttpGetAction, Lifecycle,
    Probe, ResourceRequirements,
};
use crate::api::image::default_pull_policy;

use super::{fill, round_up_to_milli};

/// Where a container's termination message is read when it names no file (Go's
/// `v1.TerminationMessagePathDefault`).
#[doc(alias = "TerminationMessagePathDefault")]
pub const TERMINATION_MESSAGE_PATH_DEFAULT: &str = "/dev/termination-log";

/// `TerminationMessageReadFile`.
const TERMINATION_MESSAGE_READ_FILE: &str = "File";

/// `URISchemeHTTP`.
const URI_SCHEME_HTTP: &str = "HTTP";

/// The fields of a container that defaulting touches, shared by [`Container`] and
/// [`EphemeralContainer`] (Go's `EphemeralContainerCommon` is a `Container` by another name).
struct Fields<'a> {
    image: &'a str,
    image_pull_policy: &'a mut String,
    termination_message_path: &'a mut String,
    termination_message_policy: &'a mut String,
    ports: &'a mut [ContainerPort],
    env: &'a mut [EnvVar],
    resources: &'a mut ResourceRequirements,
    probes: [Option<&'a mut Probe>; 3],
    lifecycle: Option<&'a mut Lifecycle>,
}

fn default_fields(c: Fields<'_>) {
    // SetDefaults_Container: the pull policy follows the tag (an unparsable image counts as
    // tagged, hence `IfNotPresent`).
    if c.image_pull_policy.is_empty() {
        *c.image_pull_policy = default_pull_policy(c.image).into();
    }
    fill(c.termination_message_path, TERMINATION_MESSAGE_PATH_DEFAULT);
    fill(c.termination_message_policy, TERMINATION_MESSAGE_READ_FILE);
    // `+default="TCP"` on ContainerPort.Protocol.
    for port in c.ports {
        fill(&mut port.protocol, protocol::TCP);
    }
    for var in c.env {
        let Some(from) = &mut var.value_from else {
            continue;
        };
        // SetDefaults_ObjectFieldSelector.
        if let Some(field) = &mut from.field_ref {
            fill(&mut field.api_version, "v1");
        }
        // `+default=false` on FileKeySelector.Optional.
        if let Some(file) = &mut from.file_key_ref {
            file.optional.get_or_insert(false);
        }
    }
    round_up_to_milli(&mut c.resources.limits);
    round_up_to_milli(&mut c.resources.requests);
    for probe in c.probes.into_iter().flatten() {
        default_probe(probe);
    }
    if let Some(lifecycle) = c.lifecycle {
        let handlers = [&mut lifecycle.post_start, &mut lifecycle.pre_stop];
        for handler in handlers.into_iter().flatten() {
            if let Some(get) = &mut handler.http_get {
                default_http_get(get);
            }
        }
    }
}

/// A container as the API server defaults it: Go's `SetDefaults_Container` and the generated
/// defaults of what it holds. Only empty fields are filled; quantities are rounded up to milli
/// units.
///
/// ```
/// use kube_primitives::api::core::Container;
/// use kube_primitives::validation::defaults::default_container;
///
/// let mut c = Container { name: "app".into(), image: "nginx:1.27".into(), ..Default::default() };
/// default_container(&mut c);
/// assert_eq!(c.image_pull_policy, "IfNotPresent");
/// assert_eq!(c.termination_message_policy, "File");
/// ```
#[doc(alias = "SetDefaults_Container")]
pub fn default_container(c: &mut Container) {
    default_fields(Fields {
        image: &c.image,
        image_pull_policy: &mut c.image_pull_policy,
        termination_message_path: &mut c.termination_message_path,
        termination_message_policy: &mut c.termination_message_policy,
        ports: &mut c.ports,
        env: &mut c.env,
        resources: &mut c.resources,
        probes: [
            c.liveness_probe.as_mut(),
            c.readiness_probe.as_mut(),
            c.startup_probe.as_mut(),
        ],
        lifecycle: c.lifecycle.as_mut(),
    });
}

/// An ephemeral container as the API server defaults it: Go's `SetDefaults_EphemeralContainer`,
/// the same as a container's.
#[doc(alias = "SetDefaults_EphemeralContainer")]
pub fn default_ephemeral_container(c: &mut EphemeralContainer) {
    default_fields(Fields {
        image: &c.image,
        image_pull_policy: &mut c.image_pull_policy,
        termination_message_path: &mut c.termination_message_path,
        termination_message_policy: &mut c.termination_message_policy,
        ports: &mut c.ports,
        env: &mut c.env,
        resources: &mut c.resources,
        probes: [
            c.liveness_probe.as_mut(),
            c.readiness_probe.as_mut(),
            c.startup_probe.as_mut(),
        ],
        lifecycle: c.lifecycle.as_mut(),
    });
}

/// A probe's thresholds and handler defaults: Go's `SetDefaults_Probe` (timeout 1 s, period
/// 10 s, success 1, failure 3), `SetDefaults_HTTPGetAction` on an HTTP handler, and the
/// `+default=""` of a gRPC handler's `service`.
#[doc(alias = "SetDefaults_Probe")]
pub fn default_probe(probe: &mut Probe) {
    if probe.timeout_seconds == 0 {
        probe.timeout_seconds = 1;
    }
    if probe.period_seconds == 0 {
        probe.period_seconds = 10;
    }
    if probe.success_threshold == 0 {
        probe.success_threshold = 1;
    }
    if probe.failure_threshold == 0 {
        probe.failure_threshold = 3;
    }
    if let Some(get) = &mut probe.http_get {
        default_http_get(get);
    }
    if let Some(grpc) = &mut probe.grpc {
        grpc.service.get_or_insert_with(String::new);
    }
}

/// Go's `SetDefaults_HTTPGetAction`: path `/`, scheme `HTTP`.
#[doc(alias = "SetDefaults_HTTPGetAction")]
pub fn default_http_get(get: &mut HttpGetAction) {
    fill(&mut get.path, "/");
    fill(&mut get.scheme, URI_SCHEME_HTTP);
}
