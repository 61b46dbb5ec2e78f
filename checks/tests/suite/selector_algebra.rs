//! Selector algebra against brute force over a universe that is complete for the selectors
//! generated: requirements use the values `x`, `y`, `1` and the bounds `0`, `1`, `2`, so a
//! key's value matters only through which of those it equals and where it falls among the
//! bounds. The universe holds, per key, absence and one spelling of every such class: `x`,
//! `y`, `w` (any other word), `1` and `01` (the integer 1 spelled as a named value and not),
//! `-1`, `0`, `2`, `3`. Over it, two selectors match the same label sets exactly when they
//! do over all label sets.
//!
//! One key exhaustively (every selector of up to two requirements, every pair of them), three
//! keys by property tests (all 1,000 label sets for each generated selector).

use kube_primitives::labels::LabelSet;
use kube_primitives::selector::Selector;
use proptest::prelude::*;

const VALUES: [&str; 9] = ["x", "y", "w", "1", "01", "-1", "0", "2", "3"];
const KEYS: [&str; 3] = ["a", "b", "c"];

/// Every requirement on `key` over the vocabulary: 28 of them.
fn requirements(key: &str) -> Vec<String> {
    let named = ["x", "y", "1"];
    let mut out = Vec::new();
    for v in named {
        out.push(format!("{key}={v}"));
        out.push(format!("{key}!={v}"));
    }
    for bits in 1..8u8 {
        let set: Vec<&str> = (0..3)
            .filter(|i| bits & (1 << i) != 0)
            .map(|i| named[i])
            .collect();
        out.push(format!("{key} in ({})", set.join(",")));
        out.push(format!("{key} notin ({})", set.join(",")));
    }
    out.push(key.to_string());
    out.push(format!("!{key}"));
    for n in 0..3 {
        out.push(format!("{key}>{n}"));
        out.push(format!("{key}<{n}"));
    }
    out
}

/// Which of the 10 states of one key (absent, then `VALUES`) a selector on `a` matches.
fn one_key_mask(s: &Selector) -> u16 {
    let mut mask = 0;
    for state in 0..=VALUES.len() {
        let labels = match state.checked_sub(1) {
            None => LabelSet::new(),
            Some(i) => LabelSet::from_pairs([("a", VALUES[i])]),
        };
        if s.matches(&labels) {
            mask |= 1 << state;
        }
    }
    mask
}

/// Printing the normal form and parsing it back gives an equal selector.
fn assert_round_trips(n: &Selector, of: &Selector) {
    let printed = n.to_string();
    let again = Selector::parse(&printed).unwrap_or_else(|e| panic!("{of} -> {printed}: {e}"));
    assert_eq!(&again, n, "{of} -> {printed}");
}

#[test]
fn one_key_exhaustively() {
    let reqs = requirements("a");
    assert_eq!(reqs.len(), 28);
    let mut selectors = vec![Selector::everything(), Selector::nothing()];
    for (i, r) in reqs.iter().enumerate() {
        for r2 in &reqs[i..] {
            selectors.push(format!("{r},{r2}").parse().expect("valid"));
        }
        selectors.push(r.parse().expect("valid"));
    }
    assert_eq!(selectors.len(), 2 + 28 * 29 / 2 + 28);
    let masks: Vec<u16> = selectors.iter().map(one_key_mask).collect();
    let normal: Vec<Selector> = selectors.iter().map(Selector::normalized).collect();
    let (mut unsat, mut overlapping, mut nested) = (0, 0, 0);
    for (i, s) in selectors.iter().enumerate() {
        assert_eq!(s.is_satisfiable(), masks[i] != 0, "{s}");
        unsat += usize::from(masks[i] == 0);
        let n = &normal[i];
        if !s.is_nothing() {
            assert_eq!(one_key_mask(n), masks[i], "{s} -> {n}");
            assert_round_trips(n, s);
            assert_eq!(&n.normalized(), n, "{s} -> {n}");
        }
        for (j, t) in selectors.iter().enumerate() {
            let both = masks[i] & masks[j] != 0;
            let within = masks[i] & !masks[j] == 0;
            assert_eq!(s.intersects(t), both, "{s} & {t}");
            assert_eq!(s.is_subset_of(t), within, "{s} <= {t}");
            overlapping += usize::from(both);
            nested += usize::from(within);
            // Equivalent selectors share one normal form.
            if masks[i] == masks[j] && masks[i] != 0 {
                assert_eq!(normal[i], normal[j], "{s} ~ {t}");
            }
        }
    }
    // The vocabulary exercises every answer.
    assert!(
        unsat > 20 && overlapping > 10_000 && nested > 10_000,
        "{unsat} {overlapping} {nested}"
    );
}

/// The 1,000 label sets over three keys, as bits of a selector's answer.
fn universe() -> Vec<LabelSet> {
    let states = VALUES.len() + 1;
    (0..states.pow(3))
        .map(|mut n| {
            let mut pairs = Vec::new();
            for key in KEYS {
                if let Some(v) = (n % states).checked_sub(1) {
                    pairs.push((key, VALUES[v]));
                }
                n /= states;
            }
            LabelSet::from_pairs(pairs)
        })
        .collect()
}

fn answer(s: &Selector, universe: &[LabelSet]) -> Vec<bool> {
    universe.iter().map(|l| s.matches(l)).collect()
}

fn selector() -> impl Strategy<Value = Selector> {
    let all: Vec<String> = KEYS.iter().flat_map(|k| requirements(k)).collect();
    prop::collection::vec(prop::sample::select(all), 0..6)
        .prop_map(|r| r.join(",").parse().expect("valid"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn three_keys_against_brute_force(a in selector(), b in selector()) {
        let u = universe();
        let (x, y) = (answer(&a, &u), answer(&b, &u));
        prop_assert_eq!(a.is_satisfiable(), x.contains(&true));
        prop_assert_eq!(a.intersects(&b), x.iter().zip(&y).any(|(p, q)| *p && *q));
        prop_assert_eq!(a.is_subset_of(&b), x.iter().zip(&y).all(|(p, q)| !*p || *q));
        prop_assert_eq!(a.is_equivalent(&b), x == y);
        let n = a.normalized();
        prop_assert_eq!(answer(&n, &u), x);
        assert_round_trips(&n, &a);
        prop_assert_eq!(n.normalized(), n.clone());
        if a.is_equivalent(&b) && a.is_satisfiable() {
            prop_assert_eq!(n, b.normalized());
        }
    }
}

#[test]
fn nothing_and_everything() {
    let all = Selector::everything();
    let none = Selector::nothing();
    let some: Selector = "a=x".parse().unwrap();
    assert!(all.is_satisfiable() && !none.is_satisfiable());
    assert!(!none.intersects(&all) && !all.intersects(&none));
    assert!(none.is_subset_of(&some) && none.is_subset_of(&none));
    assert!(!some.is_subset_of(&none) && some.is_subset_of(&all));
    assert!(none.normalized().is_nothing());
    assert!(all.normalized().is_empty());
}

#[test]
fn integer_spellings_and_extremes() {
    // `a>0` holds for `01` and `+1`; `a=1` does not.
    let gt: Selector = "a>0".parse().unwrap();
    assert!(!gt.is_subset_of(&"a=1".parse().unwrap()));
    assert!(gt.intersects(&"a notin (1,2,3)".parse().unwrap()));
    let top: Selector = "a>9223372036854775807".parse().unwrap();
    assert!(!top.is_satisfiable());
    let bottom: Selector = "a<9223372036854775807,a>9223372036854775806"
        .parse()
        .unwrap();
    assert!(!bottom.is_satisfiable());
    let one: Selector = "a<9223372036854775807,a>9223372036854775805"
        .parse()
        .unwrap();
    assert!(one.is_satisfiable());
    assert!(one.matches(&LabelSet::from_pairs([("a", "9223372036854775806")])));
    assert_eq!(
        one.normalized().to_string(),
        "a>9223372036854775805,a<9223372036854775807"
    );
}
