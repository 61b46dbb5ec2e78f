//! `TestValidatePullPolicy` of upstream's
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation_test.go>:
//! each pull policy on an image with and without a tag is valid and kept as it is. Upstream
//! calls `validatePullPolicy` on the container; here the container goes through the pod create
//! path (defaulting must not change an explicit policy).

use super::upstream_pod_validation::{create, ctr, pod};
use serde_json::json;

// TestValidatePullPolicy
#[test]
fn pull_policies() {
    let rows = [
        ("NotPresent1", "image:latest", "IfNotPresent"),
        ("NotPresent2", "image", "IfNotPresent"),
        ("Always1", "image:latest", "Always"),
        ("Always2", "image", "Always"),
        ("Never1", "image:latest", "Never"),
        ("Never2", "image", "Never"),
    ];
    for (name, image, policy) in rows {
        let tweak = ctr(json!({"image": image, "imagePullPolicy": policy}));
        create(name, tweak.clone(), &[]);
        let p = pod(tweak);
        assert_eq!(p.spec.containers[0].image_pull_policy, policy, "{name}");
    }
}
