//! The legacy tolerations annotation, `scheduler.alpha.kubernetes.io/tolerations`: upstream
//! still decodes it with `encoding/json` into `[]core.Toleration` and validates what it finds
//! (`ValidateTolerationsInPodAnnotations` in pkg/apis/core/validation/validation.go and
//! `GetTolerationsFromPodAnnotations` in pkg/apis/core/helper/helpers.go, v1.36.0). A document
//! that does not decode is one error carrying Go's decoder message.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use super::scheduling::validate_tolerations;
use crate::api::core::Toleration;
use crate::meta::field::{Error, ErrorList, LazyPath};
use crate::text::go_json::{check_valid, fold_eq, Cursor, Kind, SyntaxError};

/// Go's `core.TolerationsAnnotationKey`.
pub(super) const TOLERATIONS_ANNOTATION: &str = "scheduler.alpha.kubernetes.io/tolerations";

/// Why the annotation does not decode: Go's `SyntaxError` or `UnmarshalTypeError` text.
#[derive(Debug)]
enum DecodeError {
    Syntax(SyntaxError),
    Type {
        /// `object`, `string`, `number 1.5`, …
        value: String,
        /// The Go type it did not fit.
        target: &'static str,
        /// The `Toleration` field being decoded, if any.
        field: Option<&'static str>,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Syntax(e) => e.fmt(f),
            DecodeError::Type {
                value,
                target,
                field: Some(field),
            } => write!(
                f,
                "json: cannot unmarshal {value} into Go struct field Toleration.{field} of type {target}"
            ),
            DecodeError::Type {
                value,
                target,
                field: None,
            } => write!(f, "json: cannot unmarshal {value} into Go value of type {target}"),
        }
    }
}

/// The fields of the internal `core.Toleration` by JSON name, with their Go types.
const FIELDS: [(&str, &str); 5] = [
    ("key", "string"),
    ("operator", "core.TolerationOperator"),
    ("value", "string"),
    ("effect", "core.TaintEffect"),
    ("tolerationSeconds", "int64"),
];

/// Go's `json.Unmarshal(data, &[]core.Toleration)`: the syntax is checked first; then type
/// mismatches are noted (the first one is the answer) while decoding goes on, unknown members
/// are ignored, names match case-insensitively, and `null` leaves a string as it was.
fn decode(data: &str) -> Result<Vec<Toleration>, DecodeError> {
    check_valid(data.as_bytes()).map_err(DecodeError::Syntax)?;
    let mut c = Cursor::new(data.as_bytes());
    let mut first = None;
    let mut out = Vec::new();
    match c.kind() {
        Kind::Null => {}
        Kind::Array => {
            c.enter();
            while c.more() {
                let mut t = Toleration::default();
                match c.kind() {
                    Kind::Object => decode_toleration(&mut c, &mut t, &mut first),
                    Kind::Null => c.skip(),
                    kind => {
                        note(&mut first, kind.go_name().into(), "core.Toleration", None);
                        c.skip();
                    }
                }
                out.push(t);
            }
        }
        kind => note(&mut first, kind.go_name().into(), "[]core.Toleration", None),
    }
    first.map_or(Ok(out), Err)
}

/// Go's `saveError`: only the first mismatch is kept.
fn note(
    first: &mut Option<DecodeError>,
    value: String,
    target: &'static str,
    field: Option<&'static str>,
) {
    if first.is_none() {
        *first = Some(DecodeError::Type {
            value,
            target,
            field,
        });
    }
}

fn decode_toleration(c: &mut Cursor<'_>, t: &mut Toleration, first: &mut Option<DecodeError>) {
    c.enter();
    while c.more() {
        let key = c.key();
        let Some(&(name, target)) = FIELDS.iter().find(|(name, _)| fold_eq(&key, name)) else {
            c.skip();
            continue;
        };
        let kind = c.kind();
        if name == "tolerationSeconds" {
            match kind {
                Kind::Null => {
                    t.toleration_seconds = None;
                    c.skip();
                }
                Kind::Number => {
                    let text = c.number();
                    // strconv.ParseInt(text, 10, 64): no fraction, no exponent, no overflow.
                    match text.parse::<i64>() {
                        Ok(v) => t.toleration_seconds = Some(v),
                        Err(_) => note(first, alloc::format!("number {text}"), target, Some(name)),
                    }
                }
                _ => {
                    note(first, kind.go_name().into(), target, Some(name));
                    c.skip();
                }
            }
            continue;
        }
        match kind {
            Kind::String => {
                let v = c.string();
                match name {
                    "key" => t.key = v,
                    "operator" => t.operator = v,
                    "value" => t.value = v,
                    _ => t.effect = v,
                }
            }
            Kind::Null => c.skip(),
            _ => {
                note(first, kind.go_name().into(), target, Some(name));
                c.skip();
            }
        }
    }
}

/// Go's `ValidateTolerationsInPodAnnotations`, given the annotation's value and the path of the
/// annotations (`metadata.annotations`).
pub(super) fn validate_tolerations_annotation(
    errs: &mut ErrorList,
    value: &str,
    path: &LazyPath<'_>,
) {
    match decode(value) {
        Err(e) => errs.push(Error::invalid(path, TOLERATIONS_ANNOTATION, e)),
        Ok(tolerations) => {
            validate_tolerations(errs, &tolerations, &path.child(TOLERATIONS_ANNOTATION));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decode;
    use alloc::format;
    use alloc::string::{String, ToString};

    fn err(data: &str) -> String {
        decode(data).map_or_else(|e| e.to_string(), |t| format!("ok {}", t.len()))
    }

    #[test]
    fn go_decoder_messages() {
        let rows = [
            (r#"[{"operator": "Exists", "effect": "NoSchedule"}]"#, "ok 1"),
            ("null", "ok 0"),
            ("[]", "ok 0"),
            ("[null, {}]", "ok 2"),
            ("", "unexpected end of JSON input"),
            ("   ", "unexpected end of JSON input"),
            ("[{", "unexpected end of JSON input"),
            ("[1.", "invalid character ' ' after decimal point in numeric literal"),
            ("-", "invalid character ' ' in numeric literal"),
            ("\"\\", "invalid character ' ' in string escape code"),
            ("[2, 3", "unexpected end of JSON input"),
            ("\"abc", "unexpected end of JSON input"),
            (r#"{"X": "foo", "Y"}"#, "invalid character '}' after object key"),
            ("[1, 2, 3+]", "invalid character '+' after array element"),
            ("x", "invalid character 'x' looking for beginning of value"),
            ("[1,]", "invalid character ']' looking for beginning of value"),
            ("[] x", "invalid character 'x' after top-level value"),
            ("{\"a\" 1}", "invalid character '1' after object key"),
            ("{\"a\":1 2}", "invalid character '2' after object key:value pair"),
            ("[1 2]", "invalid character '2' after array element"),
            ("{1:2}", "invalid character '1' looking for beginning of object key string"),
            ("\"a\u{1}\"", "invalid character '\\x01' in string literal"),
            ("\"\\x\"", "invalid character 'x' in string escape code"),
            ("\"\\u12g4\"", "invalid character 'g' in \\u hexadecimal character escape"),
            ("-x", "invalid character 'x' in numeric literal"),
            ("1.x", "invalid character 'x' after decimal point in numeric literal"),
            ("1ex", "invalid character 'x' in exponent of numeric literal"),
            ("tru", "invalid character ' ' in literal true (expecting 'e')"),
            ("trUe", "invalid character 'U' in literal true (expecting 'u')"),
            ("nul1", "invalid character '1' in literal null (expecting 'l')"),
            ("fals", "invalid character ' ' in literal false (expecting 'e')"),
            ("'a'", r"invalid character '\'' looking for beginning of value"),
            ("\u{e9}", "invalid character 'Ã' looking for beginning of value"),
            ("{}", "json: cannot unmarshal object into Go value of type []core.Toleration"),
            ("\"a\"", "json: cannot unmarshal string into Go value of type []core.Toleration"),
            ("1", "json: cannot unmarshal number into Go value of type []core.Toleration"),
            ("[true]", "json: cannot unmarshal bool into Go value of type core.Toleration"),
            ("[[1]]", "json: cannot unmarshal array into Go value of type core.Toleration"),
            (
                r#"[{"key": 1}]"#,
                "json: cannot unmarshal number into Go struct field Toleration.key of type string",
            ),
            (
                r#"[{"OPERATOR": {}}]"#,
                "json: cannot unmarshal object into Go struct field Toleration.operator of type core.TolerationOperator",
            ),
            (
                r#"[{"tolerationSeconds": 1.5}]"#,
                "json: cannot unmarshal number 1.5 into Go struct field Toleration.tolerationSeconds of type int64",
            ),
            (
                r#"[{"tolerationSeconds": "5", "effect": 1}]"#,
                "json: cannot unmarshal string into Go struct field Toleration.tolerationSeconds of type int64",
            ),
            (r#"[{"tolerationſeconds": 5, "unknown": [[{}]]}]"#, "ok 1"),
        ];
        for (data, want) in rows {
            assert_eq!(err(data), want, "{data:?}");
        }
        let t = decode(r#"[{"KEY": "a\u00e9\ud83d\ude00", "key": "b", "Effect": null}]"#).unwrap();
        assert_eq!(t[0].key, "b");
        let t = decode(r#"[{"key": "a\u00e9\ud83d\ude00\ud800x"}]"#).unwrap();
        assert_eq!(t[0].key, "a\u{e9}\u{1F600}\u{FFFD}x");
        let deep = "[".repeat(10_001);
        assert_eq!(err(&deep), "invalid character '[' exceeded max depth");
        assert_eq!(err(&"[".repeat(10_000)), "unexpected end of JSON input");
    }
}
