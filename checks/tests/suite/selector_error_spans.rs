//! Parse errors point at the problem: a label selector's or field selector's error span lies in
//! the input, on character boundaries, and covers the text the message names.

use kube_primitives::meta::field::BadValue;
use kube_primitives::selector::{FieldSelector, FieldSelectorError, ParseError, Selector};
use proptest::prelude::*;

/// Strings near the selector syntax: names, operators, parentheses, commas, spaces, escapes,
/// bad characters and a multi-byte one.
fn near_selector() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("app"),
            Just("a.b/c"),
            Just("-x"),
            Just("web"),
            Just("in"),
            Just("notin"),
            Just("="),
            Just("=="),
            Just("!="),
            Just("!"),
            Just(">"),
            Just("<"),
            Just("("),
            Just(")"),
            Just(","),
            Just(" "),
            Just("1"),
            Just("é"),
            Just("\\"),
            Just("\\,"),
            Just("%"),
        ],
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn label_selector_spans(input in near_selector()) {
        let Err(err) = Selector::parse(&input) else { return Ok(()) };
        let span = err.span();
        prop_assert!(span.start <= span.end && span.end <= input.len(), "{input:?} {span:?}");
        let Some(text) = input.get(span.clone()) else {
            return Err(TestCaseError::fail(format!("{input:?}: {span:?} splits a character")));
        };
        match &err {
            ParseError::Syntax(u) | ParseError::RequirementSyntax(u) => {
                prop_assert_eq!(text, u.found.as_str());
            }
            // The span is the key the error names.
            ParseError::InvalidKey { error, .. } => {
                prop_assert_eq!(&error.bad_value, &BadValue::String(text.to_string()));
            }
            // The requirement holds every value the errors name.
            ParseError::InvalidRequirement { errors, .. } => {
                prop_assert!(!text.is_empty());
                for e in errors.iter() {
                    if let BadValue::String(v) = &e.bad_value {
                        prop_assert!(text.contains(v.as_str()), "{input:?}: {text:?} vs {e}");
                    }
                }
            }
            _ => {}
        }
    }

    #[test]
    fn field_selector_spans(input in near_selector()) {
        let Err(err) = FieldSelector::parse(&input) else { return Ok(()) };
        let span = err.span();
        let text = input.get(span.clone()).unwrap_or_else(|| panic!("{input:?}: {span:?}"));
        match &err {
            FieldSelectorError::NoOperator { term, .. } => prop_assert_eq!(text, term.as_str()),
            FieldSelectorError::InvalidEscapeSequence { sequence, .. } => {
                prop_assert_eq!(text, sequence.as_str())
            }
            FieldSelectorError::UnescapedCharacter { character, .. } => {
                prop_assert_eq!(text, character.to_string())
            }
            _ => {}
        }
    }
}

#[test]
fn spans_of_typical_mistakes() {
    let cases: [(&str, std::ops::Range<usize>); 6] = [
        ("app=web,", 8..8),        // end of input after a comma
        ("app=web tier=x", 8..12), // a missing comma
        ("tier in (a,b", 12..12),  // an unclosed list: upstream names the token after '('
        ("app in x", 7..8),
        ("app=web,Tier_=x", 8..13), // a bad key
        ("n>x", 0..3),              // `>` needs an integer
    ];
    for (input, span) in cases {
        let err = Selector::parse(input).unwrap_err();
        assert_eq!(err.span(), span, "{input}: {err}");
    }
    let err = FieldSelector::parse(r"a=b,c=x\y").unwrap_err();
    assert_eq!(err.span(), 7..9);
    let err = FieldSelector::parse("a=b=c").unwrap_err();
    assert_eq!(err.span(), 3..4);
}
