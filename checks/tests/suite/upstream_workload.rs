//! Test tables of upstream's
//! [deployment_util_test.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/deployment/util/deployment_util_test.go)
//! (`TestResolveFenceposts`, `TestNewRSNewReplicas`), ported row by row, and a rolling update
//! simulated step by step against both fenceposts with the library's scale-up and scale-down.

use kube_primitives::api::apps::ReplicaSet;
use kube_primitives::api::IntOrString;
use kube_primitives::workload::{
    new_replica_set_replicas, reconcile_old_replica_sets, resolve_fenceposts, DeploymentStrategy,
};

fn s(v: &str) -> IntOrString {
    IntOrString::String(v.into())
}

// TestResolveFenceposts
#[test]
fn resolve_fenceposts_table() {
    type Row = (
        Option<&'static str>,
        Option<&'static str>,
        i32,
        Option<(i32, i32)>,
    );
    let rows: &[Row] = &[
        (Some("0%"), Some("0%"), 0, Some((0, 1))),
        (Some("39%"), Some("39%"), 10, Some((4, 3))),
        (Some("oops"), Some("39%"), 10, None),
        (Some("55%"), Some("urg"), 10, None),
        (Some("5"), Some("1"), 7, None),
        (None, Some("39%"), 10, Some((0, 3))),
        (Some("39%"), None, 10, Some((4, 0))),
        (None, None, 10, Some((0, 1))),
    ];
    for (surge, unavailable, desired, want) in rows {
        let (a, b) = (surge.map(s), unavailable.map(s));
        let got = resolve_fenceposts(a.as_ref(), b.as_ref(), *desired).ok();
        assert_eq!(got, *want, "{surge:?} {unavailable:?} {desired}");
    }
    let err = resolve_fenceposts(Some(&s("oops")), None, 10).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid value for IntOrString: invalid type: string is not a percentage"
    );
    let err = resolve_fenceposts(Some(&s("2x%")), None, 10).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"invalid value for IntOrString: invalid value "2x%": strconv.Atoi: parsing "2x": invalid syntax"#
    );
}

// TestNewRSNewReplicas: the other replica set has 5 replicas.
#[test]
fn new_rs_new_replicas_table() {
    let rows = [
        ("RollingUpdate", 1, 5, 1, 5),
        ("RollingUpdate", 6, 2, 10, 6),
        ("Recreate", 3, 1, 1, 3),
    ];
    for (strategy, replicas, new_rs, surge, want) in rows {
        let surge = IntOrString::Int(surge);
        let strategy = match strategy {
            "Recreate" => DeploymentStrategy::Recreate,
            _ => DeploymentStrategy::RollingUpdate {
                max_surge: Some(&surge),
            },
        };
        assert_eq!(
            new_replica_set_replicas(&strategy, replicas, new_rs, [5]).unwrap(),
            want
        );
    }
    let unset = DeploymentStrategy::RollingUpdate { max_surge: None };
    assert_eq!(
        new_replica_set_replicas(&unset, 3, 1, [1])
            .unwrap_err()
            .to_string(),
        "nil value for IntOrString"
    );
    let canary = DeploymentStrategy::Other("Canary");
    assert_eq!(
        new_replica_set_replicas(&canary, 3, 1, [1])
            .unwrap_err()
            .to_string(),
        "deployment type Canary isn't supported"
    );
}

/// A rolling update from 10 old to 10 new replicas with maxSurge and maxUnavailable 25%, as
/// the deployment controller steps it: scale the new replica set up as `NewRSNewReplicas`
/// allows, then the old ones down as `reconcileOldReplicaSets` allows. New pods become
/// available one step after they are created (and old ones stop being available when their
/// set shrinks). No step may exceed desired + surge pods or drop below desired − unavailable
/// available pods, and the rollout must finish.
#[test]
fn rolling_update_simulation() {
    let desired = 10;
    let (surge_v, unavailable_v) = (s("25%"), s("25%"));
    let (surge, unavailable) =
        resolve_fenceposts(Some(&surge_v), Some(&unavailable_v), desired).unwrap();
    assert_eq!((surge, unavailable), (3, 2));
    let strategy = DeploymentStrategy::RollingUpdate {
        max_surge: Some(&surge_v),
    };
    let mut old = ReplicaSet::new("web-old", 10);
    old.status.available_replicas = 10;
    let mut new = ReplicaSet::new("web-new", 0);
    let mut history = Vec::new();
    for step in 0..30 {
        // The pods created last step are available now.
        new.status.available_replicas = new.replicas();
        let n = new_replica_set_replicas(
            &strategy,
            desired,
            new.replicas(),
            [new.replicas(), old.replicas()],
        )
        .unwrap();
        new.spec.replicas = Some(n);
        assert!(
            old.replicas() + n <= desired + surge,
            "step {step}: {} old + {n} new",
            old.replicas()
        );
        let scaling =
            reconcile_old_replica_sets(desired, unavailable, &new, std::slice::from_ref(&old));
        assert_eq!(scaling.error, None);
        if let Some((_, size)) = scaling.steps.last() {
            old.spec.replicas = Some(*size);
        }
        old.status.available_replicas = old.status.available_replicas.min(old.replicas());
        let available = old.status.available_replicas + new.status.available_replicas;
        assert!(
            available >= desired - unavailable,
            "step {step}: only {available} available"
        );
        history.push((old.replicas(), new.replicas()));
        if old.replicas() == 0
            && new.replicas() == desired
            && new.status.available_replicas == desired
        {
            // Surge first (13 pods), then old pods go as new ones become available.
            assert_eq!(history[0], (8, 3));
            return;
        }
    }
    panic!("the rollout did not finish: {history:?}");
}
