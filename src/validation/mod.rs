//! Whole objects as the API server takes them in: defaulting (`SetObjectDefaults_*`), and the
//! validation built on it.
//!
//! - [`defaults`]: what the API server fills in when it decodes a v1 object
//!   ([`default_pod`](defaults::default_pod), [`default_pod_spec`](defaults::default_pod_spec)),
//!   so that QoS, quota and validation computed afterwards agree with a cluster's.
//! - [`pod`]: pod and pod template validation with the API server's field paths and messages.

pub mod defaults;
pub mod pod;
