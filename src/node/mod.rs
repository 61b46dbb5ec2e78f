//! Nodes: taints and tolerations as the scheduler and the taint manager match them
//! (`k8s.io/api/core/v1` `Toleration.ToleratesTaint`, `k8s.io/component-helpers/scheduling/corev1`).
//!
//! ```
//! use kube_primitives::api::core::{Taint, Toleration};
//! use kube_primitives::node::{find_untolerated_taint, TaintFeatures};
//!
//! let taints = [Taint::new("dedicated", "gpu", "NoSchedule"), Taint::new("spot", "", "PreferNoSchedule")];
//! let tolerations = [Toleration::new("dedicated", "Equal", "gpu", "")];
//! let hard = |t: &Taint| t.effect == "NoSchedule" || t.effect == "NoExecute";
//! assert_eq!(find_untolerated_taint(&taints, &tolerations, hard, TaintFeatures::default()), None);
//! ```

mod taint;

pub use taint::{find_untolerated_taint, tolerates, tolerations_tolerate_taint, TaintFeatures};
