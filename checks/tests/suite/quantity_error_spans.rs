//! Quantity parse errors point at the problem: the span lies in the input, on character
//! boundaries, and covers what the error names, while the message stays upstream's.

use kube_primitives::api::{Quantity, QuantityError};
use proptest::prelude::*;

const FORMAT_WRONG: &str =
    "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

#[test]
fn spans_of_known_errors() {
    let rows: &[(&str, &str, core::ops::Range<usize>)] = &[
        ("", FORMAT_WRONG, 0..0),
        ("1.5 Gi", FORMAT_WRONG, 3..4),
        ("10Gb", FORMAT_WRONG, 3..4),
        ("1e1e", FORMAT_WRONG, 3..4),
        ("1.2.3", FORMAT_WRONG, 3..4),
        ("ß1", FORMAT_WRONG, 0..2),
        ("12€", FORMAT_WRONG, 2..5),
        (" 1", FORMAT_WRONG, 0..1),
        ("10Kii", "unable to parse quantity's suffix", 2..5),
        ("5e", "unable to parse quantity's suffix", 1..2),
        ("-7mm", "unable to parse quantity's suffix", 2..4),
        (
            "1e99999999999999999999",
            "unable to parse quantity's suffix",
            1..22,
        ),
        // Upstream reads "." and "-.Ki" as zero; only the exact path (a large exponent)
        // parses the number and finds no digits.
        (".Pi", "unable to parse numeric part of quantity", 0..1),
        ("-.Pi", "unable to parse numeric part of quantity", 0..2),
    ];
    for (input, message, span) in rows {
        let err = Quantity::parse(input).expect_err(input);
        assert_eq!(err.to_string(), *message, "{input:?}");
        assert_eq!(err.span(), *span, "{input:?}: {err:?}");
    }
}

/// Strings near the quantity syntax: digits, signs, dots, suffix letters, spaces and
/// multi-byte characters.
fn near_quantity() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("1"),
            Just("0"),
            Just("95"),
            Just("."),
            Just("-"),
            Just("+"),
            Just("e"),
            Just("E"),
            Just("i"),
            Just("m"),
            Just("K"),
            Just("Ki"),
            Just("Mi"),
            Just("Pi"),
            Just("G"),
            Just("b"),
            Just(" "),
            Just("é"),
            Just("€"),
        ],
        0..8,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn quantity_spans(input in near_quantity()) {
        let Err(err) = Quantity::parse(&input) else { return Ok(()) };
        let span = err.span();
        let Some(text) = input.get(span.clone()) else {
            return Err(TestCaseError::fail(format!("{input:?}: {span:?} splits a character")));
        };
        match &err {
            QuantityError::FormatWrong { .. } => {
                // One character (none for the empty input), and everything before it is a
                // shape the scanner accepts.
                prop_assert_eq!(text.chars().count(), usize::from(!input.is_empty()));
                let before = &input[..span.start];
                if !before.is_empty() {
                    let prefix = Quantity::parse(before);
                    prop_assert!(
                        !matches!(prefix, Err(QuantityError::FormatWrong { .. })),
                        "{input:?}: prefix {before:?} is itself malformed"
                    );
                }
            }
            QuantityError::Suffix { .. } => {
                prop_assert_eq!(span.end, input.len());
                prop_assert!(!text.is_empty());
                prop_assert!(!text.starts_with(|c: char| c.is_ascii_digit() || c == '.'));
            }
            QuantityError::Numeric { .. } => {
                prop_assert_eq!(span.start, 0);
                prop_assert!(!text.bytes().any(|b| b.is_ascii_digit()), "{input:?}");
            }
            _ => {}
        }
    }
}
