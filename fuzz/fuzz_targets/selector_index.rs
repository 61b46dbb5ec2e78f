#![no_main]

//! Selector and label-set indexes under arbitrary inserts, replacements and removals: every
//! answer equals testing each registered selector (or label set) with `matches`.

use std::collections::{BTreeMap, BTreeSet};

use kube_primitives::labels::LabelSet;
use kube_primitives::selector::{LabelSetIndex, Selector, SelectorIndex};
use libfuzzer_sys::fuzz_target;

const KEYS: [&str; 5] = ["a", "b", "app", "app.kubernetes.io/name", "abcdefghij"];
const VALUES: [&str; 8] = ["", "x", "y", "web", "0", "1", "07", "-3"];

/// Reads the fuzzer's bytes one at a time (zeros once they run out).
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn next(&mut self) -> u8 {
        let (b, rest) = self.0.split_first().map_or((0, &[][..]), |(b, r)| (*b, r));
        self.0 = rest;
        b
    }

    fn pick<'v>(&mut self, from: &[&'v str]) -> &'v str {
        from[usize::from(self.next()) % from.len()]
    }

    fn selector(&mut self) -> Selector {
        let n = self.next() % 5;
        if n == 4 {
            return Selector::nothing();
        }
        let reqs: Vec<String> = (0..n)
            .map(|_| {
                let key = self.pick(&KEYS);
                let value = self.pick(&VALUES[..6]);
                let other = self.pick(&VALUES[..6]);
                match self.next() % 8 {
                    0 => format!("{key}={value}"),
                    1 => format!("{key}!={value}"),
                    2 => format!("{key} in ({value},{other})"),
                    3 => format!("{key} notin ({value},{other})"),
                    4 => key.to_string(),
                    5 => format!("!{key}"),
                    6 => format!("{key}>{}", self.next() % 3),
                    _ => format!("{key}<{}", self.next() % 3),
                }
            })
            .collect();
        Selector::parse(&reqs.join(",")).unwrap_or_else(|_| Selector::nothing())
    }

    fn labels(&mut self) -> LabelSet {
        let n = self.next() % 5;
        (0..n)
            .map(|_| (self.pick(&KEYS), self.pick(&VALUES)))
            .collect()
    }
}

fuzz_target!(|data: &[u8]| {
    let mut bytes = Bytes(data);
    let mut selectors = SelectorIndex::new();
    let mut selector_ref = BTreeMap::new();
    let mut sets = LabelSetIndex::new();
    let mut set_ref = BTreeMap::new();
    while !bytes.0.is_empty() {
        let key = bytes.next() % 16;
        match bytes.next() % 6 {
            0 | 1 => {
                let s = bytes.selector();
                selectors.insert(key, s.clone());
                selector_ref.insert(key, s);
            }
            2 => assert_eq!(selectors.remove(&key), selector_ref.remove(&key).is_some()),
            3 => {
                let l = bytes.labels();
                assert_eq!(sets.insert(key, l.clone()), set_ref.insert(key, l));
            }
            4 => assert_eq!(sets.remove(&key), set_ref.remove(&key)),
            _ => {
                let labels = bytes.labels();
                let got: Vec<&u8> = selectors.matching(&labels);
                let unique: BTreeSet<&u8> = got.iter().copied().collect();
                assert_eq!(got.len(), unique.len());
                let want: BTreeSet<&u8> = selector_ref
                    .iter()
                    .filter(|(_, s)| s.matches(&labels))
                    .map(|(k, _)| k)
                    .collect();
                assert_eq!(unique, want, "{labels}");
                let selector = bytes.selector();
                let got: BTreeSet<&u8> = sets.matching(&selector).into_iter().collect();
                let want: BTreeSet<&u8> = set_ref
                    .iter()
                    .filter(|(_, l)| selector.matches(*l))
                    .map(|(k, _)| k)
                    .collect();
                assert_eq!(got, want, "{selector}");
            }
        }
    }
});
