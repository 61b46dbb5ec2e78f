//! The parser's shortcut for unsigned integers (`100m`, `512Mi`) agrees with its general scan,
//! which a leading `-` forces: the value, the format and the printed form are the negation of
//! each other, for every suffix and digit count at the edges of upstream's fast path
//! (18 digits, the binary precision limit, `int64` overflow).

use kube_primitives::api::Quantity;
use proptest::prelude::*;

const SUFFIXES: &[&str] = &[
    "", "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei",
];

fn check(digits: &str, suffix: &str) -> Result<(), TestCaseError> {
    let plain = format!("{digits}{suffix}");
    let minus = format!("-{digits}{suffix}");
    match (Quantity::parse(&plain), Quantity::parse(&minus)) {
        (Ok(p), Ok(m)) => {
            prop_assert_eq!(p.format(), m.format(), "{}", plain);
            prop_assert_eq!(-p.clone(), m.clone(), "{}", plain);
            prop_assert_eq!(format!("-{p}"), m.to_string(), "{}", plain);
        }
        (p, m) => prop_assert!(false, "{plain}: {p:?} vs {m:?}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn unsigned_integers_agree_with_the_general_scan(
        digits in "[1-9][0-9]{0,20}",
        suffix in prop::sample::select(SUFFIXES),
    ) {
        check(&digits, suffix)?;
    }
}

#[test]
fn edges_of_the_fast_path() {
    for digits in [
        "1",
        "999999999999999999",  // 18 digits: the last the fast path takes
        "1000000000000000000", // 19
        "9223372036854775807", // i64::MAX
        "9223372036854775808",
        "8191", // binary precision: 4 digits with Pi is past it
        "9007199254740991",
        "12345678901234567",
    ] {
        for suffix in SUFFIXES {
            check(digits, suffix).unwrap_or_else(|e| panic!("{digits}{suffix}: {e}"));
        }
    }
}
