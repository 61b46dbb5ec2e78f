//! The eviction rate limiter the node lifecycle controller keeps per zone: client-go's
//! `flowcontrol.NewTokenBucketRateLimiter`
//! ([`k8s.io/client-go/util/flowcontrol/throttle.go`](https://github.com/kubernetes/client-go/blob/v0.36.3/util/flowcontrol/throttle.go),
//! v0.36.3) over `golang.org/x/time/rate`, advanced with the caller's clock, and
//! `RateLimitedTimedQueue.SwapLimiter`'s change of rate
//! ([`pkg/controller/nodelifecycle/scheduler/rate_limited_queue.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/nodelifecycle/scheduler/rate_limited_queue.go)).

use crate::clock::Instant;

/// The burst of the eviction limiters (Go's `EvictionRateLimiterBurst`).
#[doc(alias = "EvictionRateLimiterBurst")]
pub const EVICTION_BURST: u32 = 1;

/// A token bucket (`rate.Limiter` as `TryAccept` uses it): `qps` tokens a second up to `burst`,
/// full before its first use. Go's `NewTokenBucketRateLimiter`.
///
/// The arithmetic is upstream's: the rate is the `float32` qps widened to `float64`, elapsed time
/// is counted in nanoseconds, and a request that would wait less than a nanosecond is let
/// through, leaving the bucket a sliver below zero.
///
/// ```
/// use kube_primitives::clock::Instant;
/// use kube_primitives::node::TokenBucket;
///
/// let mut limiter = TokenBucket::new(0.1, 1); // one eviction every 10 s
/// let s = |secs: i64| Instant::from_millis(secs * 1000);
/// assert!(limiter.try_accept(s(0)));
/// assert!(!limiter.try_accept(s(5)));
/// assert!(limiter.try_accept(s(10)));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[doc(alias = "NewTokenBucketRateLimiter")]
pub struct TokenBucket {
    qps: f32,
    burst: u32,
    tokens: f64,
    last: Option<Instant>,
}

impl TokenBucket {
    /// A bucket of `qps` tokens a second holding at most `burst`.
    #[must_use]
    pub fn new(qps: f32, burst: u32) -> TokenBucket {
        TokenBucket {
            qps,
            burst,
            tokens: 0.0,
            last: None,
        }
    }

    /// The rate. Go's `QPS`.
    #[must_use]
    #[doc(alias = "QPS")]
    pub fn qps(&self) -> f32 {
        self.qps
    }

    /// Takes a token at `now` if one is there (`TryAccept`, `AllowN(now, 1)`).
    #[doc(alias = "TryAccept")]
    pub fn try_accept(&mut self, now: impl Into<Instant>) -> bool {
        let now = now.into();
        let limit = f64::from(self.qps);
        if limit.is_infinite() && limit > 0.0 {
            return true;
        }
        if limit == 0.0 {
            // `rate.Limiter` with a zero limit hands out its burst once.
            if self.burst >= 1 {
                self.burst -= 1;
                return true;
            }
            return false;
        }
        let tokens = self.tokens_at(now) - 1.0;
        let wait_nanos = if tokens < 0.0 {
            duration_from_tokens(-tokens, limit)
        } else {
            0
        };
        let ok = self.burst >= 1 && wait_nanos <= 0;
        if ok {
            // `last` follows the caller's clock, backwards too, as upstream's does.
            self.last = Some(now);
            self.tokens = tokens;
        }
        ok
    }

    /// `advance`: the tokens at `now` (time before the last use counts as none passing).
    fn tokens_at(&self, now: Instant) -> f64 {
        // A zero `last` is centuries ago: Go's `Sub` saturates at the largest duration.
        let elapsed = self.last.map_or(i64::MAX, |last| {
            let d = now.nanos_since(last).clamp(0, i128::from(i64::MAX));
            i64::try_from(d).unwrap_or(i64::MAX)
        });
        let limit = f64::from(self.qps);
        // `tokensFromDuration`: nothing accrues at a rate of 0 or less (NaN falls through, as
        // in Go).
        let delta = if limit <= 0.0 {
            0.0
        } else {
            seconds(elapsed) * limit
        };
        let tokens = self.tokens + delta;
        let burst = f64::from(self.burst);
        // Go's `if tokens > burst`, which a NaN never satisfies.
        if tokens > burst {
            burst
        } else {
            tokens
        }
    }
}

/// Go's `Duration.Seconds()`.
#[expect(
    clippy::cast_precision_loss,
    reason = "Go's Seconds() is float64 arithmetic"
)]
fn seconds(nanos: i64) -> f64 {
    let (sec, nsec) = (nanos / 1_000_000_000, nanos % 1_000_000_000);
    sec as f64 + nsec as f64 / 1e9
}

/// `Limit.durationFromTokens`, in nanoseconds (Go's float-to-int conversion truncates): forever
/// at a rate of 0 or less.
#[expect(
    clippy::cast_possible_truncation,
    reason = "Go's float64 → Duration conversion truncates"
)]
fn duration_from_tokens(tokens: f64, limit: f64) -> i64 {
    if limit <= 0.0 {
        return i64::MAX;
    }
    let d = (tokens / limit) * 1e9;
    if d > 9_223_372_036_854_775_808.0 {
        return i64::MAX;
    }
    d as i64
}

/// A zone's eviction limiter (Go's `RateLimitedTimedQueue`'s): a [`TokenBucket`] with burst 1, or
/// nothing at all while the rate is 0 (`NewFakeNeverRateLimiter`).
#[derive(Clone, Debug, PartialEq)]
#[doc(alias = "RateLimitedTimedQueue")]
pub struct EvictionLimiter {
    qps: f32,
    bucket: Option<TokenBucket>,
}

impl EvictionLimiter {
    /// A limiter at `qps` evictions a second.
    #[must_use]
    pub fn new(qps: f32) -> EvictionLimiter {
        EvictionLimiter {
            qps,
            bucket: (qps > 0.0).then(|| TokenBucket::new(qps, EVICTION_BURST)),
        }
    }

    /// The current rate. Go's `QPS`.
    #[must_use]
    #[doc(alias = "QPS")]
    pub fn qps(&self) -> f32 {
        self.qps
    }

    /// Whether an eviction may go ahead at `now`. Go's `TryAccept`.
    #[doc(alias = "TryAccept")]
    pub fn try_accept(&mut self, now: impl Into<Instant>) -> bool {
        let now = now.into();
        self.bucket.as_mut().is_some_and(|b| b.try_accept(now))
    }

    /// Changes the rate (`SwapLimiter`): nothing when it is the same; a rate of 0 stops
    /// evictions; otherwise a new bucket, drained when the old one had no token at `now` (so
    /// that raising the rate does not grant an extra eviction). The drain test takes the old
    /// bucket's token if it had one, as upstream's `TryAccept` does.
    #[doc(alias = "SwapLimiter")]
    pub fn swap(&mut self, qps: f32, now: impl Into<Instant>) {
        let now = now.into();
        if self.qps == qps {
            return;
        }
        let mut next = EvictionLimiter::new(qps);
        if let Some(bucket) = next.bucket.as_mut() {
            if !self.try_accept(now) {
                bucket.try_accept(now);
            }
        }
        *self = next;
    }
}
