//! Port names and numbers, percentages, HTTP header names.

use super::chars::{all, is, ALNUM, DASH, DIGIT, LOWER, LOWER_ALNUM};
use super::{FormatRule, LengthUnit, Violation, Violations};

/// Longest port name (IANA service name, RFC 6335).
pub const PORT_NAME_MAX_LEN: usize = 15;

/// Go's `IsValidPortName`: at most 15 characters of `[-a-z0-9]`, at least one letter, no `--`,
/// no leading or trailing `-`. Every broken rule is reported.
///
/// ```
/// use kube_primitives::meta::validate;
///
/// assert!(validate::port_name("http-metrics").is_valid());
/// assert_eq!(validate::port_name("8080").len(), 1); // no letter
/// ```
#[doc(alias = "IsValidPortName")]
pub fn port_name(value: &str) -> Violations {
    let bytes = value.as_bytes();
    if is_port_name(bytes) {
        return Violations::new();
    }
    port_name_violations(bytes)
}

/// Every reason [`port_name`] gives, in upstream's order.
fn port_name_violations(bytes: &[u8]) -> Violations {
    let mut errs = Violations::new();
    if bytes.len() > PORT_NAME_MAX_LEN {
        errs.push(Violation::TooLong {
            max: PORT_NAME_MAX_LEN,
            unit: LengthUnit::Characters,
        });
    }
    if bytes.is_empty() || !all(bytes, LOWER_ALNUM | DASH) {
        errs.push(Violation::PortNameCharset);
    }
    if !bytes.iter().any(|&b| is(b, LOWER)) {
        errs.push(Violation::PortNameNoLetter);
    }
    if bytes.windows(2).any(|w| w == b"--") {
        errs.push(Violation::PortNameConsecutiveHyphens);
    }
    if bytes.first() == Some(&b'-') || bytes.last() == Some(&b'-') {
        errs.push(Violation::PortNameHyphenAtEnd);
    }
    errs
}

/// Whether [`port_name`] finds nothing wrong, in one pass: a valid name is the common case, and
/// the four separate scans that explain an invalid one cost more than the name is long.
fn is_port_name(bytes: &[u8]) -> bool {
    if bytes.is_empty() || bytes.len() > PORT_NAME_MAX_LEN {
        return false;
    }
    let (mut letter, mut prev) = (false, b'-');
    for &b in bytes {
        match b {
            b'a'..=b'z' => letter = true,
            b'0'..=b'9' => {}
            b'-' if prev != b'-' => {}
            _ => return false,
        }
        prev = b;
    }
    letter && prev != b'-'
}

/// Go's `IsValidPortNum`: 1 to 65535.
#[doc(alias = "IsValidPortNum")]
pub fn port_number(port: i64) -> Violations {
    in_range(port, 1, 65535)
}

/// Go's `IsInRange`: `min <= value <= max`.
#[doc(alias = "IsInRange")]
pub fn in_range(value: i64, min: i64, max: i64) -> Violations {
    if (min..=max).contains(&value) {
        Violations::new()
    } else {
        Violations::one(Violation::OutOfRange { min, max })
    }
}

/// Go's `IsValidPercent`: `[0-9]+%`, such as `25%`.
#[doc(alias = "IsValidPercent")]
pub fn percent(value: &str) -> Violations {
    match value.as_bytes() {
        [digits @ .., b'%'] if !digits.is_empty() && all(digits, DIGIT) => Violations::new(),
        _ => Violations::one(Violation::Format(FormatRule::Percent)),
    }
}

/// Go's `IsHTTPHeaderName`: `[-A-Za-z0-9]+`.
#[doc(alias = "IsHTTPHeaderName")]
pub fn http_header_name(value: &str) -> Violations {
    if !value.is_empty() && all(value.as_bytes(), ALNUM | DASH) {
        Violations::new()
    } else {
        Violations::one(Violation::Format(FormatRule::HttpHeaderName))
    }
}

#[cfg(test)]
mod tests {
    use super::{is_port_name, port_name_violations};

    /// The one-pass check agrees with the reasons on every string of up to six bytes over an
    /// alphabet that exercises each rule, and on the length limit.
    #[test]
    fn one_pass_port_name_check_agrees() {
        let alphabet = [b'a', b'z', b'0', b'-', b'A', b'_'];
        let mut word = alloc::vec::Vec::new();
        let mut count = 0;
        for len in 0..=6u32 {
            for mut n in 0..6usize.pow(len) {
                word.clear();
                for _ in 0..len {
                    word.push(alphabet[n % 6]);
                    n /= 6;
                }
                assert_eq!(
                    is_port_name(&word),
                    port_name_violations(&word).is_valid(),
                    "{word:?}"
                );
                count += 1;
            }
        }
        assert!(count > 50_000);
        for len in [14, 15, 16, 17] {
            let w = alloc::vec![b'a'; len];
            assert_eq!(
                is_port_name(&w),
                port_name_violations(&w).is_valid(),
                "{len}"
            );
        }
    }
}
