//! The caller's clock. The library never reads a clock: back-off, probes, rate limiters, the node
//! health check, quota admission and the workload controllers take "now" from their caller as an
//! [`Instant`] (every such parameter accepts `impl Into<Instant>`, so a [`Time`] or a
//! [`MicroTime`] from an object, or with `std` a `SystemTime`, can be passed as it is).

use core::time::Duration;

use crate::api::core::{MicroTime, Time};

/// Nanoseconds of a duration, wide enough for any difference of two instants.
pub(crate) fn nanos(d: Duration) -> i128 {
    i128::try_from(d.as_nanos()).unwrap_or(i128::MAX)
}

/// A point in time: nanoseconds since the Unix epoch (1970-01-01T00:00:00Z), before it as well.
/// Converts losslessly from the wire's [`Time`] and [`MicroTime`] and back (see
/// [`Instant::to_time`]), so the caller's clock and the timestamps in objects compare directly.
///
/// ```
/// use core::time::Duration;
/// use kube_primitives::api::core::Time;
/// use kube_primitives::clock::Instant;
///
/// let t = Instant::from_millis(1_500);
/// assert_eq!(t.after(Duration::from_millis(500)), Instant::from_millis(2_000));
/// assert_eq!(Instant::from_millis(2_000).nanos_since(t), 500_000_000);
///
/// let created: Time = "2026-01-01T00:00:00Z".parse().unwrap();
/// let now = Instant::from(created).after(Duration::from_secs(90));
/// assert_eq!(now.to_time().to_string(), "2026-01-01T00:01:30Z");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(i128);

impl Instant {
    /// The instant `ms` milliseconds after the epoch (before it when negative).
    pub fn from_millis(ms: i64) -> Instant {
        Instant(i128::from(ms) * 1_000_000)
    }

    /// The instant `ns` nanoseconds after the epoch.
    pub fn from_nanos(ns: i64) -> Instant {
        Instant(i128::from(ns))
    }

    /// The instant `secs` seconds after the epoch.
    pub fn from_unix_seconds(secs: i64) -> Instant {
        Instant(i128::from(secs) * 1_000_000_000)
    }

    /// Nanoseconds since the epoch.
    #[must_use]
    pub const fn unix_nanos(self) -> i128 {
        self.0
    }

    /// The instant as a wire timestamp, clamped to the years `Time` can hold (about ±292
    /// billion).
    #[must_use]
    pub fn to_time(self) -> Time {
        Time::from_unix_nanos(self.0)
    }

    /// The instant `d` after this one.
    #[must_use]
    pub fn after(self, d: Duration) -> Instant {
        Instant(self.0.saturating_add(nanos(d)))
    }

    /// `self − earlier` in nanoseconds, negative when `earlier` is later.
    #[must_use]
    pub fn nanos_since(self, earlier: Instant) -> i128 {
        self.0.saturating_sub(earlier.0)
    }
}

impl From<Time> for Instant {
    fn from(t: Time) -> Instant {
        Instant(t.unix_nanos())
    }
}

impl From<MicroTime> for Instant {
    fn from(t: MicroTime) -> Instant {
        Instant(t.time().unix_nanos())
    }
}

impl From<Instant> for Time {
    fn from(i: Instant) -> Time {
        i.to_time()
    }
}

#[cfg(feature = "std")]
impl From<std::time::SystemTime> for Instant {
    /// The system clock's reading, for callers who take "now" from it.
    fn from(t: std::time::SystemTime) -> Instant {
        match t.duration_since(std::time::UNIX_EPOCH) {
            Ok(after) => Instant(nanos(after)),
            Err(before) => Instant(nanos(before.duration()).saturating_neg()),
        }
    }
}
