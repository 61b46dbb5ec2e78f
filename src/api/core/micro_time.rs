//! `metav1.MicroTime`: a timestamp that keeps microseconds on the wire (leases, events).

use core::fmt;

use super::Time;

/// A [`Time`] that prints with six fractional digits (`2026-01-01T00:00:00.123456Z`), as
/// `metav1.MicroTime` does; it parses any RFC 3339 timestamp.
///
/// ```
/// use kube_primitives::api::core::MicroTime;
///
/// let t: MicroTime = serde_json::from_str(r#""2026-01-01T12:00:00.1234567Z""#).unwrap();
/// assert_eq!(t.to_string(), "2026-01-01T12:00:00.123456Z");
/// assert_eq!(t.time().unix_seconds(), 1_767_268_800);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MicroTime(pub Time);

impl MicroTime {
    /// The instant.
    #[must_use]
    pub const fn time(self) -> Time {
        self.0
    }
}

impl From<Time> for MicroTime {
    fn from(t: Time) -> MicroTime {
        MicroTime(t)
    }
}

impl fmt::Display for MicroTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_rfc3339(f, super::time::Fraction::Micro)
    }
}

impl serde::Serialize for MicroTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for MicroTime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Time::deserialize(deserializer).map(MicroTime)
    }
}
