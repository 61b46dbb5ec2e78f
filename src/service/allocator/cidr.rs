//! CIDR blocks for the IP allocator (`net.ParseCIDR` with Go's `IPNet.String`).

use core::fmt;
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use core::str::FromStr;

/// A network block such as `10.96.0.0/12`: the masked network address and its prefix length.
///
/// ```
/// use kube_primitives::service::Cidr;
///
/// let c: Cidr = "10.96.0.7/12".parse().unwrap();
/// assert_eq!(c.to_string(), "10.96.0.0/12");
/// assert!(c.contains("10.100.0.1".parse().unwrap()));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

/// `invalid CIDR address: …`, Go's `ParseCIDR` error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CidrError(alloc::string::String);

impl fmt::Display for CidrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid CIDR address: {}", self.0)
    }
}

#[cfg(feature = "std")]
impl std::error::Error for CidrError {}

/// An address as a number, IPv4 addresses (also IPv4-mapped IPv6 ones) as 32-bit values.
pub(super) fn ip_bits(ip: IpAddr) -> (bool, u128) {
    match ip {
        IpAddr::V4(v4) => (true, u128::from(u32::from(v4))),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => (true, u128::from(u32::from(v4))),
            None => (false, u128::from(v6)),
        },
    }
}

impl Cidr {
    /// Parses `address/prefix` (the address is masked to the network). Go's `net.ParseCIDR`
    /// (standard library).
    ///
    /// # Errors
    ///
    /// No `/`, an address that does not parse, or a prefix beyond the family's width.
    #[doc(alias = "ParseCIDR")]
    pub fn parse(s: &str) -> Result<Cidr, CidrError> {
        let err = || CidrError(s.into());
        let (addr, prefix) = s.split_once('/').ok_or_else(err)?;
        // Go accepts one to three decimal digits, no sign.
        if prefix.is_empty() || prefix.len() > 3 || !prefix.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let prefix: u8 = prefix.parse().map_err(|_| err())?;
        let network = match addr.parse::<IpAddr>().map_err(|_| err())? {
            IpAddr::V4(v4) if prefix <= 32 => {
                let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
                IpAddr::V4(Ipv4Addr::from(u32::from(v4) & mask))
            }
            IpAddr::V6(v6) if prefix <= 128 => {
                let mask = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
                IpAddr::V6(Ipv6Addr::from(u128::from(v6) & mask))
            }
            _ => return Err(err()),
        };
        Ok(Cidr { network, prefix })
    }

    /// The network address.
    pub fn network(&self) -> IpAddr {
        self.network
    }

    /// The prefix length.
    pub fn prefix(&self) -> u8 {
        self.prefix
    }

    /// Whether this is an IPv6 block.
    pub fn is_ipv6(&self) -> bool {
        self.network.is_ipv6()
    }

    /// How many bits the host part has.
    pub(super) fn host_bits(&self) -> u32 {
        let width = if self.is_ipv6() { 128 } else { 32 };
        width - u32::from(self.prefix)
    }

    /// Whether `ip` is in the block (IPv4-mapped IPv6 addresses count as IPv4, as in Go). Go's
    /// `IPNet.Contains`.
    #[doc(alias = "Contains")]
    pub fn contains(&self, ip: IpAddr) -> bool {
        let (v4, bits) = ip_bits(ip);
        let (net_v4, net) = ip_bits(self.network);
        v4 == net_v4
            && bits.checked_shr(self.host_bits()).unwrap_or(0)
                == net.checked_shr(self.host_bits()).unwrap_or(0)
    }
}

impl FromStr for Cidr {
    type Err = CidrError;

    fn from_str(s: &str) -> Result<Cidr, CidrError> {
        Cidr::parse(s)
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}
