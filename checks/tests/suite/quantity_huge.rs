//! Long quantities: exact results at hundreds of thousands of digits, and work that stays
//! linear. Time is measured by the criterion benches (`quantity/huge_*`, `quantity/arith_*`);
//! here a counting global allocator (test code only; the library forbids `unsafe`) checks what
//! can be checked without a clock: how many allocations and bytes each operation costs, which
//! a quadratic algorithm or a copy per comparison would show.

use kube_primitives::api::{Format, Quantity};
use std::cmp::Ordering;
use std::fmt::Write;

use crate::alloc_count::counted;

/// Decimal strings without leading zeros: `a + b`.
fn add_digits(a: &str, b: &str) -> String {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut out = Vec::with_capacity(a.len().max(b.len()) + 1);
    let mut carry = 0;
    for i in 0..a.len().max(b.len()) {
        let d = |s: &[u8]| s.len().checked_sub(i + 1).map_or(0, |j| s[j] - b'0');
        let v = d(a) + d(b) + carry;
        out.push(b'0' + v % 10);
        carry = v / 10;
    }
    if carry > 0 {
        out.push(b'0' + carry);
    }
    out.reverse();
    String::from_utf8(out).unwrap()
}

/// Decimal strings without leading zeros, `a >= b`: `a - b`.
fn sub_digits(a: &str, b: &str) -> String {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0;
    for i in 0..a.len() {
        let d = |s: &[u8]| {
            s.len()
                .checked_sub(i + 1)
                .map_or(0, |j| i32::from(s[j] - b'0'))
        };
        let mut v = d(a) - d(b) - borrow;
        borrow = i32::from(v < 0);
        if v < 0 {
            v += 10;
        }
        out.push(b'0' + u8::try_from(v).unwrap());
    }
    while out.len() > 1 && out.last() == Some(&b'0') {
        out.pop();
    }
    out.reverse();
    String::from_utf8(out).unwrap()
}

/// The conformance op `quantity_arith` on the operands, `9…9` and `12…2m`, of `n`
/// digits, against string arithmetic in thousandths.
fn check_arith(n: usize) {
    let a_text = "9".repeat(n);
    let b_digits = format!("1{}", "2".repeat(n - 1));
    let (a, b): (Quantity, Quantity) = (
        a_text.parse().unwrap(),
        format!("{b_digits}m").parse().unwrap(),
    );
    let a_milli = format!("{a_text}000");
    assert_eq!(a.cmp(&b), Ordering::Greater);
    assert_eq!(b.cmp(&a), Ordering::Less);
    assert_eq!(
        (a.clone() + &b).to_string(),
        format!("{}m", add_digits(&a_milli, &b_digits))
    );
    assert_eq!(
        (a.clone() - &b).to_string(),
        format!("{}m", sub_digits(&a_milli, &b_digits))
    );
    assert_eq!(
        (b.clone() - &a).to_string(),
        format!("-{}m", sub_digits(&a_milli, &b_digits))
    );
}

#[test]
fn the_arith_request_is_exact_at_any_length() {
    for n in [19, 20, 37, 38, 39, 57, 58, 1_000, 100_000, 300_001] {
        check_arith(n);
    }
}

#[test]
fn a_megabyte_quantity_answers_as_upstream() {
    let nines = "9".repeat(1_000_000);
    let q: Quantity = nines.parse().unwrap();
    let one: Quantity = "1".parse().unwrap();
    // Upstream compares, converts and prints it; Int64 keeps the low 64 bits of 10^n − 1
    // (times 1000 for MilliValue), that is −1 and −1000.
    assert_eq!(q.cmp(&one), Ordering::Greater);
    assert_eq!(q.value(), -1);
    assert_eq!(q.milli_value(), -1000);
    assert_eq!(q.to_string(), nines);
    assert_eq!((-q.clone()).to_string(), format!("-{nines}"));
    let tenth: Quantity = format!("0.{nines}").parse().unwrap();
    assert_eq!(tenth.to_string(), "1"); // rounded up to 1n, then canonical
}

#[test]
fn long_binary_quantities_keep_their_canonical_form() {
    let ki: Quantity = "1Ki".parse().unwrap();
    // 10^200000 + 1024 holds one factor of 1024: it prints in binary form, exactly.
    let power: Quantity = format!("1{}", "0".repeat(200_000)).parse().unwrap();
    let sum = ki.clone() + &power;
    assert_eq!(sum.format(), Format::BinarySI);
    let printed = sum.to_string();
    assert!(
        printed.ends_with("Ki"),
        "{}",
        &printed[printed.len() - 10..]
    );
    assert_eq!(
        printed.len(),
        199_997 + "Ki".len(),
        "(10^200000 + 1024) / 1024"
    );
    // 10^200000 is a multiple of 2^64 with more than MAX_WRITTEN_DIGITS digits: decimal form.
    let below: Quantity = format!("{}8976", "9".repeat(199_996)).parse().unwrap();
    let round = ki + &below;
    const { assert!(Quantity::MAX_WRITTEN_DIGITS < 200_000) };
    assert_eq!(round.format(), Format::BinarySI);
    assert_eq!(round, power);
    assert_eq!(round.to_string(), "100");
}

#[test]
fn work_is_linear_in_the_digits() {
    let n = 200_000;
    let text = format!("{}{}", "7".repeat(n - 1), "3");
    // One allocation for the digits: 8 bytes per 19 digits.
    let (q, count, bytes) = counted(|| text.parse::<Quantity>().unwrap());
    assert!(
        count <= 2 && bytes <= n / 2 + 64,
        "parse: {count} allocations, {bytes} bytes"
    );
    let one: Quantity = "1".parse().unwrap();
    let other: Quantity = format!("{}1", "7".repeat(n - 1)).parse().unwrap();

    // Comparing with a value of another magnitude, or reading the value, copies nothing.
    for (name, (_, count, bytes)) in [
        ("cmp", counted(|| q.cmp(&one) as i64)),
        ("cmp_i64", counted(|| q.cmp_i64(1) as i64)),
        ("value", counted(|| q.value())),
        ("milli_value", counted(|| q.milli_value())),
        ("cmp same magnitude", counted(|| q.cmp(&other) as i64)),
    ] {
        assert_eq!((count, bytes), (0, 0), "{name}");
    }

    // Printing into a buffer that is large enough allocates nothing.
    let mut out = String::with_capacity(n + 8);
    let (_, count, _) = counted(|| write!(out, "{q}").unwrap());
    assert_eq!(count, 0, "Display");
    assert_eq!(out, text);

    // A sum or difference is built in one operand's copy.
    for (name, (_, count, bytes)) in [
        ("add", counted(|| q.clone() + &other)),
        ("sub", counted(|| q.clone() - &other)),
        ("checked_add", counted(|| q.checked_add(&one).unwrap())),
    ] {
        assert!(
            count <= 4 && bytes <= 2 * n,
            "{name}: {count} allocations, {bytes} bytes"
        );
    }
}

#[test]
fn extreme_exponents_stay_virtual() {
    // Upstream never returns on these: it writes the powers of ten out.
    let tiny: Quantity = "1e-20000000".parse().unwrap();
    assert_eq!(tiny.to_string(), "1e-9"); // rounded up to 1n, in its own format
    let (huge, _, bytes) = counted(|| "123e2000000".parse::<Quantity>().unwrap());
    assert!(bytes < 1024, "{bytes} bytes");
    assert_eq!(huge.to_string(), "12300e1999998");
    assert_eq!(huge.cmp(&tiny), Ordering::Greater);
    assert_eq!(huge.milli_value(), 0); // 10^2000003 is a multiple of 2^64
    let sum = huge.clone() + &tiny;
    assert_eq!(
        sum, huge,
        "the scales are too far apart: + keeps the larger operand"
    );
    assert!(huge.checked_add(&tiny).is_none());
}
