//! Quantities: parse, print, re-parse, compare and add arbitrary strings, `a|b` for two operands.
//! Run it with `-max_len=1048576 -timeout=1` too (see `../README.md`): every operation is linear
//! in the digits, so a megabyte input must still answer well within a second.
#![no_main]

use kube_primitives::api::{Format, Quantity};
use libfuzzer_sys::fuzz_target;

/// Upstream v0.36.3 prints a DecimalSI value past `E` (or a BinarySI one past `Ei`) as bare
/// digits, and wraps exponents in int32: only then may printing lose the value.
fn lossy_print(q: &Quantity, printed: &str) -> bool {
    let bare = printed.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    let wrapped = printed.contains("e-2") || printed.contains("e2");
    (bare && q.format() != Format::DecimalExponent) || wrapped
}

/// The value in thousandths when that is exact and small enough for an i128 model.
fn milli(q: &Quantity) -> Option<i128> {
    let m = q.milli_value();
    (m.unsigned_abs() < 1 << 60 && Quantity::from_milli(m, Format::DecimalSI) == *q)
        .then_some(i128::from(m))
}

fuzz_target!(|input: &str| {
    let (a, b) = input.split_once('|').unwrap_or((input, "1"));
    let Ok(qa) = Quantity::parse(a) else { return };
    // Every accessor answers.
    let _ = (
        qa.value(),
        qa.milli_value(),
        qa.as_approximate_f64(),
        qa.canonical().to_string(),
    );
    let printed = qa.to_string();
    match Quantity::parse(&printed) {
        Ok(back) => assert!(
            back == qa || lossy_print(&qa, &printed),
            "{a:?} printed {printed:?} reads back as {back}"
        ),
        Err(e) => panic!("{a:?} printed {printed:?}, which does not parse: {e}"),
    }
    let Ok(qb) = Quantity::parse(b) else { return };
    assert_eq!(qa.cmp(&qb), qb.cmp(&qa).reverse(), "{a:?} vs {b:?}");
    let (sum, diff) = (qa.clone() + &qb, qa.clone() - &qb);
    if let (Some(x), Some(y)) = (milli(&qa), milli(&qb)) {
        assert_eq!(qa.cmp(&qb), x.cmp(&y), "{a:?} vs {b:?}");
        for (got, want) in [(&sum, x + y), (&diff, x - y)] {
            let want = Quantity::from_milli(i64::try_from(want).expect("fits"), Format::DecimalSI);
            assert_eq!(*got, want, "{a:?} and {b:?}");
        }
    }
    let _ = (sum.to_string(), diff.to_string());
});
