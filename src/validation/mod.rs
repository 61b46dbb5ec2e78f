//! Whole objects as the API server takes them in: defaulting (`SetObjectDefaults_*`), and the
//! validation built on it.
//!
//! - [`defaults`]: what the API server fills in when it decodes a v1 object
//!   ([`default_pod`](defaults::default_pod), [`default_pod_spec`](defaults::default_pod_spec)),
//!   so that QoS, quota and validation computed afterwards agree with a cluster's.
//! - [`pod`]: pod and pod template validation with the API server's field paths and messages.
//! - [`workload`]: Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob and
//!   PodDisruptionBudget validation, and the API server's create and update path for them.

pub mod defaults;
pub mod pod;
mod small_map;
pub mod workload;
