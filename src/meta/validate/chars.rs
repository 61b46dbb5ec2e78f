//! Byte classes for the hand-written scanners that replace upstream's regular expressions.
//!
//! One 256-entry table of bit flags (as `http` validates header names): a class test is a load
//! and a mask, and every non-ASCII byte is in no class, so multi-byte UTF-8 fails every test.

pub(crate) const LOWER: u8 = 1 << 0;
pub(crate) const UPPER: u8 = 1 << 1;
pub(crate) const DIGIT: u8 = 1 << 2;
pub(crate) const DASH: u8 = 1 << 3;
pub(crate) const UNDERSCORE: u8 = 1 << 4;
pub(crate) const DOT: u8 = 1 << 5;

pub(crate) const ALPHA: u8 = LOWER | UPPER;
pub(crate) const ALNUM: u8 = LOWER | UPPER | DIGIT;
pub(crate) const LOWER_ALNUM: u8 = LOWER | DIGIT;

#[expect(
    clippy::indexing_slicing,
    clippy::cast_possible_truncation,
    reason = "runs at compile time with b < 256: an out-of-bounds index would fail the build"
)]
static CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = match c {
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            b'0'..=b'9' => DIGIT,
            b'-' => DASH,
            b'_' => UNDERSCORE,
            b'.' => DOT,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// Whether byte `b` is in any of the classes of `mask`.
#[inline(always)]
#[expect(
    clippy::indexing_slicing,
    reason = "a `u8` cannot index past a 256-entry table"
)]
pub(crate) fn is(b: u8, mask: u8) -> bool {
    CLASSES[b as usize] & mask != 0
}

/// Whether every byte of `s` is in `mask`.
#[inline]
pub(crate) fn all(s: &[u8], mask: u8) -> bool {
    s.iter().all(|&b| is(b, mask))
}

/// Matches `[first]([inner]*[last])?`: the shape shared by DNS labels, qualified-name parts, label
/// values and similar tokens. Empty input does not match.
#[inline]
pub(crate) fn token(s: &[u8], first: u8, inner: u8, last: u8) -> bool {
    match s {
        [] => false,
        [only] => is(*only, first),
        [head, middle @ .., tail] => is(*head, first) && is(*tail, last) && all(middle, inner),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_classes() {
        for b in 0..=255u8 {
            assert_eq!(is(b, LOWER), b.is_ascii_lowercase(), "{b}");
            assert_eq!(is(b, UPPER), b.is_ascii_uppercase(), "{b}");
            assert_eq!(is(b, DIGIT), b.is_ascii_digit(), "{b}");
            assert_eq!(is(b, DASH), b == b'-', "{b}");
            assert_eq!(is(b, UNDERSCORE), b == b'_', "{b}");
            assert_eq!(is(b, DOT), b == b'.', "{b}");
        }
    }

    #[test]
    fn token_shape() {
        assert!(token(b"a", ALNUM, ALNUM | DASH, ALNUM));
        assert!(token(b"a-b", ALNUM, ALNUM | DASH, ALNUM));
        assert!(!token(b"a-", ALNUM, ALNUM | DASH, ALNUM));
        assert!(!token(b"-", ALNUM, ALNUM | DASH, ALNUM));
        assert!(!token(b"", ALNUM, ALNUM | DASH, ALNUM));
        // A single byte only has to be a valid first byte.
        assert!(!token(b"1", LOWER, LOWER_ALNUM | DASH, LOWER_ALNUM));
        assert!(token(b"a", LOWER, LOWER_ALNUM | DASH, LOWER_ALNUM));
    }
}
