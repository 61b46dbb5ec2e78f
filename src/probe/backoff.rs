//! Per-key exponential back-off with the caller's clock. Go's `flowcontrol.Backoff` of
//! [`k8s.io/client-go/util/flowcontrol/backoff.go`](https://github.com/kubernetes/client-go/blob/v0.36.3/util/flowcontrol/backoff.go)
//! (v0.36.3); the items without a kubelet file named below follow that file.

use alloc::collections::BTreeMap;
use alloc::string::String;
use core::time::Duration;

use crate::clock::nanos;
use crate::clock::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Entry {
    backoff: Duration,
    last_update: Instant,
}

/// Exponential back-off per key (`flowcontrol.Backoff`): each [`next`](Backoff::next) doubles
/// the delay up to the maximum, starting over from the initial delay once an event comes more
/// than the reset window after the last update.
///
/// Instants are the caller's ([`Instant`]); nothing here reads a clock. The kubelet's crash-loop
/// back-off is [`Backoff::kubelet`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backoff {
    initial: Duration,
    max: Duration,
    reset_after: Duration,
    entries: BTreeMap<String, Entry>,
}

/// The kubelet's back-off: 10 s doubling to 300 s.
const CONTAINER_BACKOFF: Duration = Duration::from_secs(10);
const MAX_CONTAINER_BACKOFF: Duration = Duration::from_secs(300);
/// The kubelet resets a container's back-off after 10 minutes without a restart, whatever the
/// maximum (its `HasExpiredFunc`).
const KUBELET_RESET: Duration = Duration::from_secs(600);

impl Backoff {
    /// `NewBackOff(initial, max)`: the reset window is twice the maximum.
    #[doc(alias = "NewBackOff")]
    pub fn new(initial: Duration, max: Duration) -> Backoff {
        Backoff {
            initial,
            max,
            reset_after: max.saturating_mul(2),
            entries: BTreeMap::new(),
        }
    }

    /// The kubelet's crash-loop back-off: 10 s doubling to `max_restart_period` (300 s unless
    /// `maxContainerRestartPeriod` sets it; a maximum below 10 s lowers the initial delay to it),
    /// reset after 10 minutes. Go's `newCrashLoopBackOff` in
    /// [`pkg/kubelet/kubelet.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/kubelet.go),
    /// with its `flowcontrol.NewBackOff`.
    #[doc(alias = "newCrashLoopBackOff")]
    pub fn kubelet(max_restart_period: Option<Duration>) -> Backoff {
        let max = max_restart_period.unwrap_or(MAX_CONTAINER_BACKOFF);
        let mut b = Backoff::new(CONTAINER_BACKOFF.min(max), max);
        b.reset_after = KUBELET_RESET;
        b
    }

    /// The initial delay.
    pub fn initial(&self) -> Duration {
        self.initial
    }

    /// The maximum delay.
    pub fn max(&self) -> Duration {
        self.max
    }

    /// `hasExpired`: more than the reset window between the last update and `event`.
    fn expired(&self, event: Instant, last_update: Instant) -> bool {
        event.nanos_since(last_update) > nanos(self.reset_after)
    }

    /// `Get`: the current delay of `key` (zero when unknown).
    #[doc(alias = "Get")]
    pub fn get(&self, key: &str) -> Duration {
        self.entries.get(key).map_or(Duration::ZERO, |e| e.backoff)
    }

    /// `Next`: starts `key` at the initial delay, or doubles it (up to the maximum); `event` is
    /// when the failure happened, `now` the caller's clock.
    #[doc(alias = "Next")]
    pub fn next(&mut self, key: &str, event: impl Into<Instant>, now: impl Into<Instant>) {
        let (event, now) = (event.into(), now.into());
        let backoff = match self.entries.get(key) {
            Some(e) if !self.expired(event, e.last_update) => {
                e.backoff.saturating_mul(2).min(self.max)
            }
            _ => self.initial,
        };
        self.entries.insert(
            key.into(),
            Entry {
                backoff,
                last_update: now,
            },
        );
    }

    /// `Reset` / `DeleteEntry`: forgets `key`.
    #[doc(alias = "Reset")]
    #[doc(alias = "DeleteEntry")]
    pub fn reset(&mut self, key: &str) {
        self.entries.remove(key);
    }

    /// `IsInBackOffSince`: whether less than the delay has passed between `event` and `now`.
    #[doc(alias = "IsInBackOffSince")]
    pub fn is_in_backoff_since(
        &self,
        key: &str,
        event: impl Into<Instant>,
        now: impl Into<Instant>,
    ) -> bool {
        let (event, now) = (event.into(), now.into());
        match self.entries.get(key) {
            Some(e) if !self.expired(event, e.last_update) => {
                now.nanos_since(event) < nanos(e.backoff)
            }
            _ => false,
        }
    }

    /// `IsInBackOffSinceUpdate`: whether less than the delay has passed between the last
    /// update and `event`.
    #[doc(alias = "IsInBackOffSinceUpdate")]
    pub fn is_in_backoff_since_update(&self, key: &str, event: impl Into<Instant>) -> bool {
        let event = event.into();
        match self.entries.get(key) {
            Some(e) if !self.expired(event, e.last_update) => {
                event.nanos_since(e.last_update) < nanos(e.backoff)
            }
            _ => false,
        }
    }

    /// `GC`: forgets every key not updated within the reset window before `now`.
    #[doc(alias = "GC")]
    pub fn gc(&mut self, now: impl Into<Instant>) {
        let now = now.into();
        let reset = nanos(self.reset_after);
        self.entries
            .retain(|_, e| now.nanos_since(e.last_update) <= reset);
    }

    /// The kubelet's `doBackOff` for a container that exited at `finished`: `true` (stay in
    /// CrashLoopBackOff) when still in back-off since then, else records a restart with
    /// [`next`](Backoff::next) and returns `false`. In
    /// [`pkg/kubelet/kuberuntime/kuberuntime_manager.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/kubelet/kuberuntime/kuberuntime_manager.go).
    #[doc(alias = "doBackOff")]
    pub fn do_backoff(
        &mut self,
        key: &str,
        finished: impl Into<Instant>,
        now: impl Into<Instant>,
    ) -> bool {
        let (finished, now) = (finished.into(), now.into());
        if self.is_in_backoff_since(key, finished, now) {
            return true;
        }
        self.next(key, finished, now);
        false
    }
}
