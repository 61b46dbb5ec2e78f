//! ASCII decimal digits in and out of 64-bit words: eight digits at a time with SWAR
//! arithmetic when reading, two at a time from a pair table when writing. The big integer and
//! the canonical forms are built on these, which is what makes long quantities linear.

/// Powers of ten that fit a `u64`.
#[expect(clippy::indexing_slicing, reason = "evaluated at compile time")]
pub(crate) const POW10_64: [u64; 20] = {
    let mut t = [1u64; 20];
    let mut i = 1;
    while i < 20 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// 10^k for k < 20 (0 beyond, which no caller reaches).
pub(crate) fn pow10(k: u32) -> u64 {
    POW10_64.get(to_index(u64::from(k))).copied().unwrap_or(0)
}

/// A count as an index; counts that do not fit the address space are out of range anyway.
pub(crate) fn to_index(k: u64) -> usize {
    usize::try_from(k).unwrap_or(usize::MAX)
}

/// The value of the digits `start..end` of `high` followed by `low`, at most 19 of them.
pub(crate) fn digits_between(high: &[u8], low: &[u8], start: usize, end: usize) -> u64 {
    let h = high.len();
    if start >= h {
        return parse_run(low.get(start - h..end - h).unwrap_or_default());
    }
    if end <= h {
        return parse_run(high.get(start..end).unwrap_or_default());
    }
    let tail = low.get(..end - h).unwrap_or_default();
    let head = parse_run(high.get(start..).unwrap_or_default());
    let scale = pow10(u32::try_from(tail.len()).unwrap_or(0));
    head.wrapping_mul(scale).wrapping_add(parse_run(tail))
}

/// The value of at most 19 ASCII digits.
fn parse_run(digits: &[u8]) -> u64 {
    let mut v = 0u64;
    let mut rest = digits;
    while let Some((eight, tail)) = rest.split_first_chunk::<8>() {
        v = v.wrapping_mul(100_000_000).wrapping_add(parse8(*eight));
        rest = tail;
    }
    for &d in rest {
        v = v
            .wrapping_mul(10)
            .wrapping_add(u64::from(d.wrapping_sub(b'0')));
    }
    v
}

/// Eight ASCII digits at once: pairs, then quads, then the whole, in one register.
fn parse8(digits: [u8; 8]) -> u64 {
    const MASK: u64 = 0x0000_00FF_0000_00FF;
    let v = u64::from_le_bytes(digits).wrapping_sub(0x3030_3030_3030_3030);
    let v = v.wrapping_mul(10).wrapping_add(v >> 8);
    let v = (v & MASK)
        .wrapping_mul(100 + (1_000_000 << 32))
        .wrapping_add(((v >> 16) & MASK).wrapping_mul(1 + (10_000 << 32)));
    (v >> 32) & 0xFFFF_FFFF
}

/// Whether all eight bytes are ASCII digits: each is 0x30..=0x39 when its high nibble is 3 and
/// stays 3 after adding 6.
fn all_digits(x: u64) -> bool {
    const HIGH: u64 = 0xF0F0_F0F0_F0F0_F0F0;
    const THREES: u64 = 0x3030_3030_3030_3030;
    x & HIGH == THREES && x.wrapping_add(0x0606_0606_0606_0606) & HIGH == THREES
}

/// The value of eight bytes when all are ASCII digits.
pub(crate) fn eight_digits(chunk: &[u8; 8]) -> Option<u64> {
    all_digits(u64::from_le_bytes(*chunk)).then(|| parse8(*chunk))
}

/// How many ASCII digits `s` starts with, eight at a time.
pub(crate) fn digit_run(s: &[u8]) -> usize {
    let mut n = 0;
    let mut rest = s;
    while let Some((eight, tail)) = rest.split_first_chunk::<8>() {
        if !all_digits(u64::from_le_bytes(*eight)) {
            break;
        }
        n += 8;
        rest = tail;
    }
    n + rest.iter().take_while(|b| b.is_ascii_digit()).count()
}

/// Writes the `n` low digits of `v` at `at`, zero-padded; returns the new length.
pub(crate) fn put_digits(buf: &mut [u8], at: usize, v: u64, n: u64) -> usize {
    let end = at + to_index(n);
    let mut v = v;
    if let Some(dst) = buf.get_mut(at..end) {
        for slot in dst.iter_mut().rev() {
            *slot = b'0' + low_digit(v);
            v /= 10;
        }
    }
    end
}

/// Two-digit pairs `00` to `99`, so that printing divides once per two digits.
#[expect(
    clippy::indexing_slicing,
    clippy::cast_possible_truncation,
    reason = "evaluated at compile time, on digits below 10"
)]
const PAIRS: [[u8; 2]; 100] = {
    let mut t = [[0u8; 2]; 100];
    let mut i = 0;
    while i < 100 {
        t[i] = [b'0' + (i / 10) as u8, b'0' + (i % 10) as u8];
        i += 1;
    }
    t
};

/// Writes a full limb: 19 digits, as 3 + 8 + 8.
pub(crate) fn put_limb(dst: &mut [u8], v: u64) {
    let (head, rest) = (v / 10_000_000_000_000_000, v % 10_000_000_000_000_000);
    let (mid, low) = (rest / 100_000_000, rest % 100_000_000);
    put_digits(dst, 0, head, 3);
    put8(dst.get_mut(3..11).unwrap_or_default(), mid);
    put8(dst.get_mut(11..19).unwrap_or_default(), low);
}

/// The two digits of `p < 100`.
pub(crate) fn digit_pair(p: u64) -> [u8; 2] {
    PAIRS
        .get(usize::try_from(p).unwrap_or(0))
        .copied()
        .unwrap_or_default()
}

/// Writes `v < 10^8` as eight digits.
fn put8(dst: &mut [u8], v: u64) {
    let pair = digit_pair;
    let (high, low) = (v / 10_000, v % 10_000);
    let pairs = [
        pair(high / 100),
        pair(high % 100),
        pair(low / 100),
        pair(low % 100),
    ];
    for (slot, p) in dst.chunks_exact_mut(2).zip(pairs) {
        slot.copy_from_slice(&p);
    }
}

fn low_digit(v: u64) -> u8 {
    u8::try_from(v % 10).unwrap_or(0)
}

/// Digits written by [`put_digits`] are ASCII.
pub(crate) fn ascii(b: &[u8]) -> &str {
    core::str::from_utf8(b).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_runs_of_digits() {
        assert_eq!(digit_run(b"1234567890123456789x1"), 19);
        assert_eq!(digit_run(b"12345678/"), 8);
        assert_eq!(digit_run(b"1234567:"), 7);
        assert_eq!(digit_run(b""), 0);
        assert_eq!(eight_digits(b"01234567"), Some(1_234_567));
        assert_eq!(eight_digits(b"0123456a"), None);
        assert_eq!(eight_digits(b"9999999\xff"), None);
        assert_eq!(parse_run(b"9999999999999999999"), 9_999_999_999_999_999_999);
        assert_eq!(digits_between(b"123", b"456", 1, 5), 2345);
    }

    #[test]
    fn writes_digits() {
        let mut limb = [0u8; 19];
        put_limb(&mut limb, 1_234_567_890_123);
        assert_eq!(ascii(&limb), "0000001234567890123");
        put_limb(&mut limb, 9_999_999_999_999_999_999);
        assert_eq!(ascii(&limb), "9999999999999999999");
        let mut buf = [0u8; 4];
        assert_eq!(put_digits(&mut buf, 0, 42, 4), 4);
        assert_eq!(ascii(&buf), "0042");
        assert_eq!(digit_pair(7), *b"07");
    }
}
