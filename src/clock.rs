//! The caller's clock. The library never reads a clock: back-off, probes and rate limiters take
//! the time from their caller as an [`Instant`].

use core::time::Duration;

/// Nanoseconds of a duration, wide enough for any difference of two instants.
pub(crate) fn nanos(d: Duration) -> i128 {
    i128::try_from(d.as_nanos()).unwrap_or(i128::MAX)
}

/// A point on the caller's clock: nanoseconds since any fixed epoch, before it as well (event
/// times may precede the epoch the caller picked).
///
/// ```
/// use core::time::Duration;
/// use kube_primitives::clock::Instant;
///
/// let t = Instant::from_millis(1_500);
/// assert_eq!(t.after(Duration::from_millis(500)), Instant::from_millis(2_000));
/// assert_eq!(Instant::from_millis(2_000).nanos_since(t), 500_000_000);
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
