//! Selector algebra: satisfiability, overlap, inclusion and a normal form, exact under Go's
//! matching rules (a label set without the key satisfies `!=`, `notin` and `!`; `>`/`<` need
//! an integer value).
//!
//! The universe is every label set a [`crate::labels::Labels`] can hold: values are not
//! validated, so `-1` and `007` are values (`007` is the integer 7 to `>`/`<`, and a string
//! other than `7` to `=`).

mod constraint;

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use constraint::Constraint;

use super::repr::Reqs;
use super::{Operator, Requirement, Selector};

/// The constraint of each key a selector mentions, or `None` for [`Selector::nothing`].
fn constraints(selector: &Selector) -> Option<BTreeMap<&str, Constraint<'_>>> {
    let reqs: &Reqs = selector.reqs()?;
    let text = reqs.text.as_str();
    let mut out: BTreeMap<&str, Constraint<'_>> = BTreeMap::new();
    for r in &reqs.items {
        let c = Constraint::of(r.op, r.values_in(text), r.bound());
        let key = r.key.of(text);
        let merged = match out.remove(key) {
            Some(prev) => prev.intersect(c),
            None => c,
        };
        out.insert(key, merged);
    }
    Some(out)
}

fn all_satisfiable(c: &BTreeMap<&str, Constraint<'_>>) -> bool {
    c.values().all(Constraint::is_satisfiable)
}

impl Selector {
    /// Whether some label set matches this selector.
    ///
    /// A PodDisruptionBudget whose `matchLabels` and `matchExpressions` disagree protects no
    /// pod:
    ///
    /// ```
    /// use kube_primitives::api::core::{LabelSelector, LabelSelectorRequirement};
    /// use kube_primitives::selector::Selector;
    ///
    /// let mut pdb = LabelSelector::from_match_labels([("app", "web")]);
    /// pdb.match_expressions.push(LabelSelectorRequirement::new("app", "In", ["api", "worker"]));
    /// let s = Selector::from_label_selector(Some(&pdb)).unwrap();
    /// assert!(!s.is_satisfiable());
    /// // `!=` and `notin` hold for pods without the key, so this one is satisfiable.
    /// let s: Selector = "tier!=web,tier notin (db)".parse().unwrap();
    /// assert!(s.is_satisfiable());
    /// // `>`/`<` need an integer in range.
    /// assert!(!"replicas>5,replicas<6".parse::<Selector>().unwrap().is_satisfiable());
    /// ```
    pub fn is_satisfiable(&self) -> bool {
        constraints(self).is_some_and(|c| all_satisfiable(&c))
    }

    /// Whether some label set matches both selectors.
    ///
    /// Two Deployments whose selectors overlap fight over the same pods:
    ///
    /// ```
    /// use kube_primitives::selector::Selector;
    ///
    /// let web: Selector = "app=web,tier in (frontend,backend)".parse().unwrap();
    /// let canary: Selector = "app=web,track notin (stable)".parse().unwrap();
    /// let db: Selector = "app=db".parse().unwrap();
    /// assert!(web.intersects(&canary)); // app=web,tier=frontend (no track) matches both
    /// assert!(!web.intersects(&db));
    /// ```
    pub fn intersects(&self, other: &Selector) -> bool {
        let (Some(mut a), Some(b)) = (constraints(self), constraints(other)) else {
            return false;
        };
        for (k, c) in b {
            let merged = match a.remove(k) {
                Some(prev) => prev.intersect(c),
                None => c,
            };
            a.insert(k, merged);
        }
        all_satisfiable(&a)
    }

    /// Whether every label set that matches this selector matches `other` (true when none
    /// does).
    ///
    /// ```
    /// use kube_primitives::selector::Selector;
    ///
    /// let narrow: Selector = "app=web,tier=frontend".parse().unwrap();
    /// let wide: Selector = "app in (web,api)".parse().unwrap();
    /// assert!(narrow.is_subset_of(&wide));
    /// assert!(!wide.is_subset_of(&narrow));
    /// // A pod without `env` matches `env!=prod` but not `env in (dev)`.
    /// let not_prod: Selector = "env!=prod".parse().unwrap();
    /// assert!(!not_prod.is_subset_of(&"env in (dev)".parse().unwrap()));
    /// assert!("env in (dev)".parse::<Selector>().unwrap().is_subset_of(&not_prod));
    /// ```
    pub fn is_subset_of(&self, other: &Selector) -> bool {
        let Some(a) = constraints(self) else {
            return true;
        };
        if !all_satisfiable(&a) {
            return true;
        }
        let Some(b) = constraints(other) else {
            return false;
        };
        let free = Constraint::free();
        b.iter()
            .all(|(k, cb)| a.get(k).unwrap_or(&free).is_subset(cb))
    }

    /// Whether both selectors match exactly the same label sets.
    pub fn is_equivalent(&self, other: &Selector) -> bool {
        self.is_subset_of(other) && other.is_subset_of(self)
    }

    /// An equivalent selector in normal form: per key, `in` sets merged, requirements implied
    /// by others dropped (`tier in (a,b),tier!=b,tier` is `tier=a`), redundant exclusions
    /// outside a `>`/`<` range dropped. It prints and re-parses to an equal selector, and
    /// equivalent selectors have equal normal forms.
    ///
    /// A selector that matches nothing becomes `k,!k` on its first such key, which prints
    /// (unlike [`Selector::nothing`], which prints as everything does and stays as it is).
    ///
    /// A NetworkPolicy `podSelector` that can never match:
    ///
    /// ```
    /// use kube_primitives::selector::Selector;
    ///
    /// let s: Selector = "role=db,role notin (db,cache)".parse().unwrap();
    /// assert!(!s.is_satisfiable());
    /// assert_eq!(s.normalized().to_string(), "role,!role");
    /// let s: Selector = "tier in (a,b),tier in (b,c),tier!=x,app,app=web".parse().unwrap();
    /// assert_eq!(s.normalized().to_string(), "app=web,tier=b");
    /// ```
    pub fn normalized(&self) -> Selector {
        let Some(c) = constraints(self) else {
            return Selector::nothing();
        };
        if let Some((k, _)) = c.iter().find(|(_, c)| !c.is_satisfiable()) {
            let contradiction = [Operator::Exists, Operator::DoesNotExist].map(|op| Requirement {
                key: String::from(*k),
                op,
                values: Vec::new(),
            });
            return Selector::from_requirements(contradiction);
        }
        Selector::from_requirements(c.iter().flat_map(|(k, c)| c.requirements(k)))
    }
}
