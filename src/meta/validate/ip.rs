//! IP addresses and CIDRs, parsed as `k8s.io/utils/net.ParseIPSloppy` / `ParseCIDRSloppy` do:
//! Go 1.16's `net.ParseIP`, which accepts leading zeros in IPv4 octets (`010.0.0.1` is `10.0.0.1`)
//! and in IPv6 groups.

use alloc::string::{String, ToString};
use core::net::{Ipv4Addr, Ipv6Addr};

use super::{Violation, Violations};

const IPV4_LEN: usize = 4;
const IPV6_LEN: usize = 16;
/// Go's `big`: parsing stops with an error once a number reaches it.
const BIG: u32 = 0xFF_FFFF;

/// Go's `dtoi`: a decimal number at the start of `s`, with the count of digits consumed.
fn dtoi(s: &[u8]) -> Option<(u32, usize)> {
    let mut n: u32 = 0;
    let mut i = 0;
    for &b in s {
        if !b.is_ascii_digit() {
            break;
        }
        n = n * 10 + u32::from(b - b'0');
        if n >= BIG {
            return None;
        }
        i += 1;
    }
    (i > 0).then_some((n, i))
}

/// Go's `xtoi`: a hexadecimal number at the start of `s`, with the count of digits consumed.
fn xtoi(s: &[u8]) -> Option<(u32, usize)> {
    let mut n: u32 = 0;
    let mut i = 0;
    for &b in s {
        let d = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            b'A'..=b'F' => b - b'A' + 10,
            _ => break,
        };
        n = n * 16 + u32::from(d);
        if n >= BIG {
            return None;
        }
        i += 1;
    }
    (i > 0).then_some((n, i))
}

fn parse_ipv4(mut s: &[u8]) -> Option<[u8; IPV4_LEN]> {
    let mut ip = [0u8; IPV4_LEN];
    for (i, octet) in ip.iter_mut().enumerate() {
        if i > 0 {
            s = s.strip_prefix(b".")?;
        }
        let (n, c) = dtoi(s)?;
        *octet = u8::try_from(n).ok()?;
        s = s.get(c..)?;
    }
    s.is_empty().then_some(ip)
}

fn v4_in_v6(v4: [u8; IPV4_LEN]) -> [u8; IPV6_LEN] {
    let mut ip = [0u8; IPV6_LEN];
    ip[10] = 0xff;
    ip[11] = 0xff;
    ip[12..].copy_from_slice(&v4);
    ip
}

fn parse_ipv6(mut s: &[u8]) -> Option<[u8; IPV6_LEN]> {
    let mut ip = [0u8; IPV6_LEN];
    let mut ellipsis: Option<usize> = None;
    if let Some(rest) = s.strip_prefix(b"::") {
        ellipsis = Some(0);
        s = rest;
        if s.is_empty() {
            return Some(ip);
        }
    }
    let mut i = 0;
    while i < IPV6_LEN {
        let (n, c) = xtoi(s)?;
        if n > 0xFFFF {
            return None;
        }
        if s.get(c) == Some(&b'.') {
            // A trailing IPv4 address: only in the last four bytes, or after an ellipsis.
            if (ellipsis.is_none() && i != IPV6_LEN - IPV4_LEN) || i + IPV4_LEN > IPV6_LEN {
                return None;
            }
            let v4 = parse_ipv4(s)?;
            ip.get_mut(i..i + IPV4_LEN)?.copy_from_slice(&v4);
            s = &[];
            i += IPV4_LEN;
            break;
        }
        let [hi, lo] = u16::try_from(n).ok()?.to_be_bytes();
        *ip.get_mut(i)? = hi;
        *ip.get_mut(i + 1)? = lo;
        i += 2;
        s = s.get(c..)?;
        if s.is_empty() {
            break;
        }
        if s.first() != Some(&b':') || s.len() == 1 {
            return None;
        }
        s = s.get(1..)?;
        if s.first() == Some(&b':') {
            if ellipsis.is_some() {
                return None;
            }
            ellipsis = Some(i);
            s = s.get(1..)?;
            if s.is_empty() {
                break;
            }
        }
    }
    if !s.is_empty() {
        return None;
    }
    if i < IPV6_LEN {
        let e = ellipsis?;
        let n = IPV6_LEN - i;
        ip.copy_within(e..i, e + n);
        ip.get_mut(e..e + n)?.fill(0);
    } else if ellipsis.is_some() {
        // The ellipsis must stand for at least one zero group.
        return None;
    }
    Some(ip)
}

/// Go 1.16's `net.ParseIP`: the 16-byte form, IPv4 as IPv4-mapped IPv6.
pub(crate) fn parse_ip_sloppy(s: &str) -> Option<[u8; IPV6_LEN]> {
    let bytes = s.as_bytes();
    match bytes.iter().find(|&&b| b == b'.' || b == b':') {
        Some(b'.') => parse_ipv4(bytes).map(v4_in_v6),
        Some(_) => parse_ipv6(bytes),
        None => None,
    }
}

/// `netutils.IsIPv6String`: parses (sloppily, leading zeros allowed) as an IP that is not
/// IPv4 or IPv4-mapped IPv6.
pub(crate) fn is_ipv6_string(s: &str) -> bool {
    parse_ip_sloppy(s).is_some_and(|ip| !is_v4(&ip))
}

/// Go's `net.ParseIP(s).String()` with Kubernetes' sloppy parser (`netutils.ParseIPSloppy`):
/// the canonical text of an address (`010.001.2.3` → `10.1.2.3`, `fd00:10:0::3` →
/// `fd00:10::3`, `::ffff:1.2.3.4` → `1.2.3.4`), or `None` when `s` is not an IP.
pub(crate) fn canonical_ip(s: &str) -> Option<String> {
    let ip = parse_ip_sloppy(s)?;
    // Go prints IPv4 and IPv4-mapped addresses dotted, everything else as RFC 5952 (the first
    // longest run of two or more zero groups as `::`), which is how `core::net` prints IPv6.
    let text = if is_v4(&ip) {
        let [.., a, b, c, d] = ip;
        Ipv4Addr::new(a, b, c, d).to_string()
    } else {
        Ipv6Addr::from(ip).to_string()
    };
    Some(text)
}

/// Go's `IP.To4() != nil`: IPv4, or IPv4-mapped IPv6 (`::ffff:1.2.3.4`).
fn is_v4(ip: &[u8; IPV6_LEN]) -> bool {
    ip[..10].iter().all(|&b| b == 0) && ip[10] == 0xff && ip[11] == 0xff
}

/// Go's `ParseCIDRSloppy`, reduced to whether it succeeds.
pub(crate) fn is_cidr_sloppy(s: &str) -> bool {
    let Some((addr, mask)) = s.split_once('/') else {
        return false;
    };
    let (ok, bits) = match parse_ipv4(addr.as_bytes()) {
        Some(_) => (true, 32),
        None => (parse_ipv6(addr.as_bytes()).is_some(), 128),
    };
    ok && matches!(dtoi(mask.as_bytes()), Some((n, c)) if c == mask.len() && n <= bits)
}

/// Go's `IsValidIP`: an IPv4 or IPv6 address, leading zeros allowed.
///
/// ```
/// use kube_primitives::meta::validate;
///
/// assert!(validate::ip("10.9.8.7").is_valid());
/// assert!(validate::ip("2001:db8::ffff").is_valid());
/// assert!(validate::ip("010.009.008.007").is_valid()); // accepted, as upstream does
/// assert!(!validate::ip("10.9.8").is_valid());
/// ```
#[doc(alias = "IsValidIP")]
pub fn ip(value: &str) -> Violations {
    if parse_ip_sloppy(value).is_some() {
        Violations::new()
    } else {
        Violations::one(Violation::InvalidIp)
    }
}

/// Go's `IsValidIPv4Address`: an IPv4 address (an IPv4-mapped IPv6 address counts as IPv4).
#[doc(alias = "IsValidIPv4Address")]
pub fn ipv4(value: &str) -> Violations {
    match parse_ip_sloppy(value) {
        Some(ip) if is_v4(&ip) => Violations::new(),
        _ => Violations::one(Violation::InvalidIpv4),
    }
}

/// Go's `IsValidIPv6Address`: an IPv6 address that is not IPv4-mapped.
#[doc(alias = "IsValidIPv6Address")]
pub fn ipv6(value: &str) -> Violations {
    match parse_ip_sloppy(value) {
        Some(ip) if !is_v4(&ip) => Violations::new(),
        _ => Violations::one(Violation::InvalidIpv6),
    }
}

/// Go's `IsValidCIDR`: an address, `/`, and a prefix length within the address size.
///
/// ```
/// use kube_primitives::meta::validate;
///
/// assert!(validate::cidr("10.0.0.0/8").is_valid());
/// assert!(validate::cidr("2001:db8::/64").is_valid());
/// assert!(!validate::cidr("10.0.0.0/33").is_valid());
/// ```
#[doc(alias = "IsValidCIDR")]
pub fn cidr(value: &str) -> Violations {
    if is_cidr_sloppy(value) {
        Violations::new()
    } else {
        Violations::one(Violation::InvalidCidr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expectations from Go's net/ip_test.go ipStringTests and RFC 5952 section 4 examples.
    #[test]
    fn canonical_text() {
        for (input, want) in [
            ("10.1.2.3", Some("10.1.2.3")),
            ("010.001.002.003", Some("10.1.2.3")),
            ("::ffff:1.2.3.4", Some("1.2.3.4")),
            ("::ffff:0102:0304", Some("1.2.3.4")),
            ("::1.2.3.4", Some("::102:304")),
            ("fd00:10:0::3", Some("fd00:10::3")),
            (
                "2001:0db8:0000:0000:0000:0000:0000:0001",
                Some("2001:db8::1"),
            ),
            ("2001:db8:0:0:1:0:0:1", Some("2001:db8::1:0:0:1")),
            ("2001:db8:0:1:1:1:1:1", Some("2001:db8:0:1:1:1:1:1")),
            ("2001:0:0:1:0:0:0:1", Some("2001:0:0:1::1")),
            ("2001:DB8::A", Some("2001:db8::a")),
            ("::", Some("::")),
            ("::1", Some("::1")),
            ("1::", Some("1::")),
            ("1:0:0:0:0:0:0:0", Some("1::")),
            ("0:0:0:0:0:0:0:1", Some("::1")),
            ("fe80::1%lo0", None),
            ("not an ip", None),
        ] {
            assert_eq!(canonical_ip(input).as_deref(), want, "{input}");
        }
    }

    // Rows from Go 1.16 net/ip_test.go parseIPTests, and k8s.io/utils/net ParseIPSloppy tests.
    #[test]
    fn parse_ip_table() {
        let v4 = |a, b, c, d| Some(v4_in_v6([a, b, c, d]));
        assert_eq!(parse_ip_sloppy("127.0.1.2"), v4(127, 0, 1, 2));
        assert_eq!(parse_ip_sloppy("127.0.0.1"), v4(127, 0, 0, 1));
        assert_eq!(parse_ip_sloppy("127.001.002.003"), v4(127, 1, 2, 3));
        assert_eq!(parse_ip_sloppy("::ffff:127.1.2.3"), v4(127, 1, 2, 3));
        assert_eq!(parse_ip_sloppy("::ffff:127.001.002.003"), v4(127, 1, 2, 3));
        assert_eq!(parse_ip_sloppy("::ffff:7f01:0203"), v4(127, 1, 2, 3));
        assert_eq!(
            parse_ip_sloppy("0:0:0:0:0000:ffff:127.1.2.3"),
            v4(127, 1, 2, 3)
        );
        assert_eq!(
            parse_ip_sloppy("0:0:0:0:000000:ffff:127.1.2.3"),
            v4(127, 1, 2, 3)
        );
        assert_eq!(parse_ip_sloppy("0:0:0:0::ffff:127.1.2.3"), v4(127, 1, 2, 3));
        let mut db8 = [0u8; 16];
        db8[..4].copy_from_slice(&[0x20, 0x01, 0x48, 0x60]);
        db8[14] = 0x00;
        db8[15] = 0x68;
        assert_eq!(
            parse_ip_sloppy("2001:4860:0:2001::68").map(|ip| ip[..4].to_vec()),
            Some(db8[..4].to_vec())
        );
        assert_eq!(
            parse_ip_sloppy("2001:4860:0000:2001:0000:0000:0000:0068").map(|ip| ip[15]),
            Some(0x68)
        );
        assert_eq!(parse_ip_sloppy("::"), Some([0; 16]));
        for bad in [
            "-0.0.0.0",
            "0.-1.0.0",
            "0.0.-2.0",
            "0.0.0.-3",
            "127.0.0.256",
            "abc",
            "123:",
            "fe80::1%lo0",
            "fe80::1%911",
            "",
            "a1:a2:a3:a4::b1:b2:b3:b4",
            "127.001.002.003.",
            "::ffff:127.001.002.003.",
            "1.2.3",
            "1::2::3",
            ":1::",
            "1:2:3:4:5:6:7:8::",
            "1:2:3:4:5:6:7:8:9",
            "::1.2.3",
            "1.2.3.4:",
            "1:2:3:4:5:6:7:1.2.3.4",
        ] {
            assert_eq!(parse_ip_sloppy(bad), None, "{bad:?}");
        }
        assert!(parse_ip_sloppy("1:2:3:4:5:6:7:8").is_some());
        assert!(parse_ip_sloppy("1:2:3:4:5:6:1.2.3.4").is_some());
        assert!(parse_ip_sloppy("1:2:3:4:5::1.2.3.4").is_some());
        assert!(parse_ip_sloppy("1:2:3:4:5:6:7::").is_some());
    }

    #[test]
    fn versions() {
        assert!(ipv4("::ffff:1.2.3.4").is_valid());
        assert!(!ipv6("::ffff:1.2.3.4").is_valid());
        assert!(ipv6("::1").is_valid());
        assert!(!ipv4("::1").is_valid());
    }

    // Rows from k8s.io/apimachinery/pkg/util/validation/ip_test.go TestIsValidCIDR.
    #[test]
    fn cidr_table() {
        for good in [
            "0.0.0.0/0",
            "1.2.3.0/24",
            "1.2.3.4/32",
            "::/0",
            "2001:4860:4860::/48",
            "::ffff:1.2.3.0/120",
            "1.2.3.04/32",
            "1.2.3.4/024",
        ] {
            assert!(cidr(good).is_valid(), "{good}");
        }
        for bad in [
            "",
            "1.2.3.4",
            "1.2.3.4/33",
            "1.2.3.4/-1",
            "1.2.3.4/",
            "2001:db8::/129",
            "/24",
            "1.2.3.4/24/24",
            "1.2.3.4/+24",
            " 1.2.3.4/24",
        ] {
            assert!(!cidr(bad).is_valid(), "{bad}");
        }
    }
}
