//! `Head`: a string's first eight bytes as one word, with its length. Matching compares heads
//! first and reads the strings only when two heads agree on strings longer than eight bytes.

use core::cmp::Ordering;

/// The first eight bytes of a string, big-endian and zero-padded, and its length (saturated to
/// `u32`), packed into one `u128` (word high, length low) so that comparing two heads is one
/// 128-bit comparison.
///
/// Heads order strings: when the words differ they order the strings byte-wise (a shorter string
/// that is a prefix pads with zeros, which sort first); when the words agree and both strings
/// fit in eight bytes, the lengths decide.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Head {
    packed: u128,
}

const LEN: u128 = (1 << 64) - 1;

impl Head {
    fn new(word: u64, len: usize) -> Head {
        let len = u32::try_from(len).unwrap_or(u32::MAX);
        Head {
            packed: u128::from(word) << 64 | u128::from(len),
        }
    }

    /// The head of `s`.
    #[inline]
    pub(crate) fn of(s: &[u8]) -> Head {
        let word = match s.first_chunk::<8>() {
            Some(chunk) => u64::from_be_bytes(*chunk),
            None => {
                let mut buf = [0u8; 8];
                for (d, b) in buf.iter_mut().zip(s) {
                    *d = *b;
                }
                u64::from_be_bytes(buf)
            }
        };
        Head::new(word, s.len())
    }

    /// The head of `text[start..end]`, loading eight bytes at once where the text has them and
    /// masking off what lies past `end`.
    #[inline]
    pub(crate) fn of_span(text: &[u8], start: usize, end: usize) -> Head {
        let len = end.saturating_sub(start);
        match text.get(start..).and_then(<[u8]>::first_chunk::<8>) {
            // `len < 8`: the shift is at most 56 bits.
            Some(chunk) if len < 8 => {
                Head::new(u64::from_be_bytes(*chunk) & !(u64::MAX >> (len * 8)), len)
            }
            Some(_) | None => Head::of(text.get(start..end).unwrap_or_default()),
        }
    }

    /// Whether the string fits in the head (at most eight bytes).
    #[inline]
    pub(crate) fn short(self) -> bool {
        self.packed & LEN <= 8
    }

    /// The packed head: ordering these orders two strings exactly when one of them is short.
    #[inline]
    pub(crate) fn key(self) -> u128 {
        self.packed
    }

    #[inline]
    fn word(self) -> u128 {
        self.packed >> 64
    }

    /// The packed head's halves: the first eight bytes (big-endian) and the length, in the
    /// order [`Head::key`] compares them.
    #[inline]
    pub(crate) fn halves(self) -> (u64, u64) {
        // Both shifts keep 64 bits: the truncation is the point.
        #[allow(clippy::cast_possible_truncation)]
        ((self.packed >> 64) as u64, self.packed as u64)
    }
}

/// Byte-wise order of `a` and `b`, given their heads.
#[inline]
pub(crate) fn cmp_headed(a: &[u8], a_head: Head, b: &[u8], b_head: Head) -> Ordering {
    cmp_heads_then(a_head, b_head, || (a, b))
}

/// [`cmp_headed`] for strings fetched only when the heads cannot decide (equal first words, one
/// of them long): slicing them costs more than the comparison usually does.
#[inline]
pub(crate) fn cmp_heads_then<'a>(
    a_head: Head,
    b_head: Head,
    bytes: impl FnOnce() -> (&'a [u8], &'a [u8]),
) -> Ordering {
    match a_head.word().cmp(&b_head.word()) {
        Ordering::Equal if a_head.short() && b_head.short() => a_head.packed.cmp(&b_head.packed),
        Ordering::Equal => {
            let (a, b) = bytes();
            a.get(8..).cmp(&b.get(8..))
        }
        other => other,
    }
}

/// Whether `a` equals `b`, given their heads.
#[inline]
pub(crate) fn eq_headed(a: &[u8], a_head: Head, b: &[u8], b_head: Head) -> bool {
    a_head == b_head && (a_head.short() || a.get(8..) == b.get(8..))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_order_and_compare_like_bytes() {
        let words: [&[u8]; 14] = [
            b"",
            b"\0",
            b"a",
            b"a\0",
            b"ab",
            b"abcdefgh",
            b"abcdefgh\0",
            b"abcdefghi",
            b"abcdefgha",
            b"b",
            b"app.kubernetes.io/name",
            b"app.kubernetes.io/instance",
            b"\xff\xff",
            b"zz",
        ];
        for a in words {
            for b in words {
                let (ha, hb) = (Head::of(a), Head::of(b));
                assert_eq!(cmp_headed(a, ha, b, hb), a.cmp(b), "{a:?} {b:?}");
                assert_eq!(cmp_heads_then(ha, hb, || (a, b)), a.cmp(b), "{a:?} {b:?}");
                assert_eq!(eq_headed(a, ha, b, hb), a == b, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn span_heads_equal_plain_heads() {
        let text = b"app=web,tier in (frontend,backend),x=";
        for start in 0..text.len() {
            for end in start..=text.len() {
                assert_eq!(
                    Head::of_span(text, start, end),
                    Head::of(&text[start..end]),
                    "{start}..{end}"
                );
            }
        }
    }
}
