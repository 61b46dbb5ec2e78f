//! `Selector` ⇄ `kube_core::Selector`, and matching kube-core resources.

use alloc::collections::BTreeSet;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;

use kube_core::{Expression, Resource};

use super::ConversionError;
use crate::selector::{Operator, Requirement, Selector};

mod private {
    pub trait Sealed {}
    impl Sealed for crate::selector::Selector {}
}

/// Matching kube-core resources with a [`Selector`].
///
/// A selector matches a resource's labels in place ([`matches_resource`]), and
/// [`matcher`](KubeSelectorExt::matcher) gives the predicate kube-runtime's reflector
/// `Store::state_filter` takes, `Fn(&Arc<K>) -> bool`. For the API server, the selector's
/// `Display` is the canonical string that `ListParams::labels` expects.
///
/// [`matches_resource`]: KubeSelectorExt::matches_resource
///
/// ```
/// use std::sync::Arc;
/// use k8s_openapi::api::core::v1::Pod;
/// use kube_core::params::ListParams;
/// use kube_primitives::interop::KubeSelectorExt;
/// use kube_primitives::selector::Selector;
///
/// let selector: Selector = "app=web,tier notin (cache)".parse().unwrap();
/// let lp = ListParams::default().labels(&selector.to_string());
/// assert_eq!(lp.label_selector.as_deref(), Some("app=web,tier notin (cache)"));
///
/// let mut pod = Pod::default();
/// pod.metadata.labels = Some([("app".to_string(), "web".to_string())].into());
/// let pods = vec![Arc::new(pod), Arc::new(Pod::default())];
/// // With a kube-runtime reflector: `store.state_filter(selector.matcher())`.
/// let keep = selector.matcher::<Pod>();
/// assert_eq!(pods.iter().filter(|p| keep(p)).count(), 1);
/// assert!(selector.matches_resource(&*pods[0]));
/// ```
pub trait KubeSelectorExt: private::Sealed {
    /// Whether the resource's labels satisfy the selector, read in place.
    fn matches_resource<K: Resource>(&self, resource: &K) -> bool;

    /// A predicate for kube-runtime's `Store::state_filter` (`Fn(&Arc<K>) -> bool`), borrowing
    /// the selector; clone the selector into a closure of your own where it must be `'static`.
    fn matcher<K: Resource>(&self) -> impl Fn(&Arc<K>) -> bool + Send + Sync + '_;
}

impl KubeSelectorExt for Selector {
    fn matches_resource<K: Resource>(&self, resource: &K) -> bool {
        self.matches(resource.meta())
    }

    fn matcher<K: Resource>(&self) -> impl Fn(&Arc<K>) -> bool + Send + Sync + '_ {
        move |resource: &Arc<K>| self.matches_resource(&**resource)
    }
}

/// Each requirement as a kube-core expression, in order.
///
/// # Errors
///
/// [`ConversionError::UnsupportedOperator`] for `gt` and `lt`, which kube-core cannot express;
/// [`ConversionError::SelectsNothing`] for [`Selector::nothing`], since kube-core's empty
/// selector selects everything.
///
/// ```
/// use kube_primitives::interop::ConversionError;
/// use kube_primitives::selector::Selector;
///
/// let ours: Selector = "app=web,tier in (b,a),!legacy".parse().unwrap();
/// let theirs = kube_core::Selector::try_from(&ours).unwrap();
/// // Requirements sorted by key, values sorted, as both print them.
/// assert_eq!(theirs.to_string(), "app=web,!legacy,tier in (a,b)");
/// assert_eq!(Selector::try_from(theirs).unwrap(), ours);
///
/// let gt: Selector = "replicas>3".parse().unwrap();
/// assert!(matches!(
///     kube_core::Selector::try_from(&gt),
///     Err(ConversionError::UnsupportedOperator { .. })
/// ));
/// ```
impl TryFrom<&Selector> for kube_core::Selector {
    type Error = ConversionError;

    fn try_from(selector: &Selector) -> Result<kube_core::Selector, ConversionError> {
        let requirements = selector
            .requirements()
            .ok_or(ConversionError::SelectsNothing)?;
        let mut exprs = Vec::with_capacity(requirements.len());
        for (i, r) in requirements.enumerate() {
            let key = String::from(r.key());
            let first = || String::from(r.values().next().unwrap_or_default());
            let set = || r.values().map(String::from).collect::<BTreeSet<_>>();
            exprs.push(match r.operator() {
                Operator::Equals | Operator::DoubleEquals => Expression::Equal(key, first()),
                Operator::NotEquals => Expression::NotEqual(key, first()),
                Operator::In => Expression::In(key, set()),
                Operator::NotIn => Expression::NotIn(key, set()),
                Operator::Exists => Expression::Exists(key),
                Operator::DoesNotExist => Expression::DoesNotExist(key),
                operator @ (Operator::GreaterThan | Operator::LessThan) => {
                    return Err(ConversionError::UnsupportedOperator {
                        path: alloc::format!("[{i}]"),
                        operator,
                    })
                }
            });
        }
        Ok(exprs.into_iter().collect())
    }
}

/// As for `&Selector`.
///
/// # Errors
///
/// As for `&Selector`.
impl TryFrom<Selector> for kube_core::Selector {
    type Error = ConversionError;

    fn try_from(selector: Selector) -> Result<kube_core::Selector, ConversionError> {
        kube_core::Selector::try_from(&selector)
    }
}

/// Each expression as a requirement, validated as Go's `NewRequirement` does.
///
/// # Errors
///
/// [`ConversionError::Requirement`] for an invalid key or value, naming the expression's index.
impl TryFrom<kube_core::Selector> for Selector {
    type Error = ConversionError;

    fn try_from(selector: kube_core::Selector) -> Result<Selector, ConversionError> {
        let requirements = selector
            .into_iter()
            .enumerate()
            .map(|(i, expr)| {
                let (key, op, values): (String, Operator, Vec<String>) = match expr {
                    Expression::In(k, v) => (k, Operator::In, v.into_iter().collect()),
                    Expression::NotIn(k, v) => (k, Operator::NotIn, v.into_iter().collect()),
                    Expression::Equal(k, v) => (k, Operator::Equals, alloc::vec![v]),
                    Expression::NotEqual(k, v) => (k, Operator::NotEquals, alloc::vec![v]),
                    Expression::Exists(k) => (k, Operator::Exists, Vec::new()),
                    Expression::DoesNotExist(k) => (k, Operator::DoesNotExist, Vec::new()),
                };
                Requirement::new(&key, op, values).map_err(|errors| ConversionError::Requirement {
                    path: alloc::format!("[{i}]"),
                    errors,
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Selector::from_requirements(requirements))
    }
}
