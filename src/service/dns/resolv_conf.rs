//! Go's `parseResolvConf`
//! ([`pkg/kubelet/network/dns/dns.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/network/dns/dns.go)).

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use super::DnsError;

/// Go's `appendOptions`: options accumulate over `options` lines, a later option replacing an
/// earlier one of the same name (the part before the first `:`). Upstream returns them in map
/// order; here they come sorted by name.
fn append_options<'a>(
    by_name: &mut BTreeMap<&'a str, &'a str>,
    new: impl Iterator<Item = &'a str>,
) {
    for o in new {
        by_name.insert(o.split(':').next().unwrap_or_default(), o);
    }
}

/// Upstream reads at most 10 MiB of the file.
const MAX_RESOLV_CONF_LEN: usize = 10 << 20;

/// A resolver configuration: nameservers, search domains and options.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ResolvConf {
    /// `nameserver` lines, accumulated.
    pub servers: Vec<String>,
    /// The last `search` line's domains, each without one trailing dot (a bare `.` dropped).
    pub searches: Vec<String>,
    /// The options of all `options` lines, the last of each name winning, sorted by name.
    pub options: Vec<String>,
}

impl ResolvConf {
    /// A configuration from its parts, taken as they are.
    pub fn new(servers: Vec<String>, searches: Vec<String>, options: Vec<String>) -> ResolvConf {
        ResolvConf {
            servers,
            searches,
            options,
        }
    }

    /// Parses a `resolv.conf` file as the kubelet does: lines trimmed of Unicode white space, `#`
    /// comments skipped, fields split on white space; `nameserver` lines accumulate, the last
    /// `search` line wins, options accumulate by name. Go's `parseResolvConf`.
    ///
    /// # Errors
    ///
    /// A `nameserver` line without an address, or a file over 10 MiB.
    ///
    /// ```
    /// use kube_primitives::service::ResolvConf;
    ///
    /// let c = ResolvConf::parse("nameserver 10.0.0.2\nsearch corp.example. example\noptions ndots:2\n").unwrap();
    /// assert_eq!(c.servers, ["10.0.0.2"]);
    /// assert_eq!(c.searches, ["corp.example", "example"]);
    /// assert_eq!(
    ///     ResolvConf::parse("nameserver\n").unwrap_err().to_string(),
    ///     "Encountered error while parsing resolv conf file. Error: nameserver list is empty "
    /// );
    /// ```
    #[doc(alias = "parseResolvConf")]
    pub fn parse(text: &str) -> Result<ResolvConf, DnsError> {
        if text.len() > MAX_RESOLV_CONF_LEN {
            return Err(DnsError::TooLarge);
        }
        let mut conf = ResolvConf::default();
        let mut options = BTreeMap::new();
        let mut empty_nameserver = false;
        for line in text.split('\n') {
            let trimmed = line.trim();
            if trimmed.starts_with('#') {
                continue;
            }
            let mut fields = trimmed.split_whitespace();
            let Some(first) = fields.next() else { continue };
            match first {
                "nameserver" => match fields.next() {
                    Some(addr) => conf.servers.push(addr.into()),
                    None => empty_nameserver = true,
                },
                "search" => {
                    // A bare `.` is dropped; one trailing dot is trimmed so that a domain with
                    // and without it counts once.
                    conf.searches = fields
                        .filter(|s| *s != ".")
                        .map(|s| s.strip_suffix('.').unwrap_or(s).into())
                        .collect();
                }
                "options" => append_options(&mut options, fields),
                _ => {}
            }
        }
        // Upstream aggregates one error per such line; the aggregate prints the message once.
        if empty_nameserver {
            return Err(DnsError::EmptyNameserver);
        }
        conf.options = options.into_values().map(String::from).collect();
        Ok(conf)
    }
}
