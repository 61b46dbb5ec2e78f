#![no_main]

//! Selector algebra against a witness search: arbitrary selectors over a small vocabulary and
//! every label set over the keys they mention, with the values they mention, another word, and
//! integers around their bounds spelled two ways. Over that universe the algebra's answers are
//! exact (it is complete for the vocabulary), and the normal form matches alike and re-parses.

use kube_primitives::labels::LabelSet;
use kube_primitives::selector::Selector;
use libfuzzer_sys::fuzz_target;

const KEYS: [&str; 3] = ["a", "b", "c"];
const VALUES: [&str; 4] = ["x", "y", "1", "2"];
/// Per key: absent, the named values, another word, and the integers -1..=4 spelled so that
/// each has a spelling no requirement names (`01`, `02`).
const STATES: [Option<&str>; 12] = [
    None,
    Some("x"),
    Some("y"),
    Some("1"),
    Some("2"),
    Some("w"),
    Some("-1"),
    Some("0"),
    Some("01"),
    Some("02"),
    Some("3"),
    Some("4"),
];

fn selector(bytes: &mut &[u8]) -> Selector {
    let mut next = || {
        let (b, rest) = bytes.split_first().map_or((0, &[][..]), |(b, r)| (*b, r));
        *bytes = rest;
        usize::from(b)
    };
    let n = next() % 5;
    let reqs: Vec<String> = (0..n)
        .map(|_| {
            let key = KEYS[next() % 3];
            let (v, w) = (VALUES[next() % 4], VALUES[next() % 4]);
            match next() % 8 {
                0 => format!("{key}={v}"),
                1 => format!("{key}!={v}"),
                2 => format!("{key} in ({v},{w})"),
                3 => format!("{key} notin ({v},{w})"),
                4 => key.to_string(),
                5 => format!("!{key}"),
                6 => format!("{key}>{}", next() % 4),
                _ => format!("{key}<{}", next() % 4),
            }
        })
        .collect();
    Selector::parse(&reqs.join(",")).expect("the vocabulary is valid")
}

fuzz_target!(|data: &[u8]| {
    let mut bytes = data;
    let (a, b) = (selector(&mut bytes), selector(&mut bytes));
    let (mut sat, mut both, mut a_not_b, mut b_not_a) = (false, false, false, false);
    let (na, nb) = (a.normalized(), b.normalized());
    for n in 0..STATES.len().pow(3) {
        let mut pairs = Vec::new();
        let mut rest = n;
        for key in KEYS {
            if let Some(v) = STATES[rest % STATES.len()] {
                pairs.push((key, v));
            }
            rest /= STATES.len();
        }
        let labels = LabelSet::from_pairs(pairs);
        let (x, y) = (a.matches(&labels), b.matches(&labels));
        assert_eq!(na.matches(&labels), x, "{a} -> {na} on {labels}");
        assert_eq!(nb.matches(&labels), y, "{b} -> {nb} on {labels}");
        sat |= x;
        both |= x && y;
        a_not_b |= x && !y;
        b_not_a |= y && !x;
    }
    assert_eq!(a.is_satisfiable(), sat, "{a}");
    assert_eq!(a.intersects(&b), both, "{a} & {b}");
    assert_eq!(a.is_subset_of(&b), !a_not_b, "{a} <= {b}");
    assert_eq!(b.is_subset_of(&a), !b_not_a, "{b} <= {a}");
    let again = Selector::parse(&na.to_string()).expect("the normal form parses");
    assert_eq!(again, na);
});
