//! The eviction rate limiter with the caller's clock, after client-go
//! util/flowcontrol/throttle_test.go (`TestBasicThrottle`, `TestIncrementThrottle`,
//! `TestThrottle`) and pkg/controller/nodelifecycle/scheduler/rate_limited_queue_test.go
//! (`TestSwapLimiter`).
//!
//! Upstream: <https://github.com/kubernetes/client-go/blob/v0.36.3/util/flowcontrol/throttle_test.go>,
//! <https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/nodelifecycle/scheduler/rate_limited_queue_test.go>

use kube_primitives::clock::Instant;
use kube_primitives::node::{EvictionLimiter, TokenBucket};

fn ms(v: i64) -> Instant {
    Instant::from_millis(v)
}

#[test]
fn basic_throttle() {
    let mut r = TokenBucket::new(1.0, 3);
    for i in 0..3 {
        assert!(r.try_accept(ms(0)), "unexpected false accept {i}");
    }
    assert!(!r.try_accept(ms(0)), "unexpected true accept");
}

#[test]
fn increment_throttle() {
    let mut r = TokenBucket::new(1.0, 1);
    assert!(r.try_accept(ms(0)));
    assert!(!r.try_accept(ms(0)));
    // Allow to refill.
    assert!(r.try_accept(ms(2_000)));
}

#[test]
fn throttle_spaces_requests() {
    // qps 10, burst 1: one every 100 ms, never two within 100 ms.
    let mut r = TokenBucket::new(10.0, 1);
    let mut accepted = Vec::new();
    for t in (0..1_000).step_by(10) {
        if r.try_accept(ms(t)) {
            accepted.push(t);
        }
    }
    assert_eq!(accepted, (0..1_000).step_by(100).collect::<Vec<_>>());
}

#[test]
fn float32_rate_and_nanosecond_slack() {
    // 0.1 as float32 is slightly more than 0.1: after 10 s a token is there.
    let mut r = TokenBucket::new(0.1, 1);
    assert!(r.try_accept(ms(0)));
    assert!(!r.try_accept(ms(9_999)));
    assert!(r.try_accept(ms(10_000)));
    // The clock going backwards adds nothing.
    assert!(!r.try_accept(ms(5_000)));
    assert!(!r.try_accept(ms(19_999)));
    assert!(r.try_accept(ms(20_000)));
}

#[test]
fn swap_limiter() {
    let mut l = EvictionLimiter::new(0.0);
    assert_eq!(l.qps(), 0.0);
    assert!(!l.try_accept(ms(0)), "a rate of 0 never evicts");
    l.swap(5.5, ms(0));
    assert_eq!(l.qps(), 5.5);
    let before = l.clone();
    l.swap(5.5, ms(0));
    assert_eq!(
        l, before,
        "the limiter is not swapped when the rate is the same"
    );
}

#[test]
fn swapping_a_drained_limiter_keeps_it_drained() {
    let mut l = EvictionLimiter::new(0.1);
    assert!(l.try_accept(ms(0)));
    // The old bucket is empty, so the new one starts empty: no extra eviction.
    l.swap(1.0, ms(500));
    assert!(!l.try_accept(ms(500)));
    assert!(l.try_accept(ms(1_500)));
    // A full old bucket gives its token up to the check; the new one starts full.
    let mut l = EvictionLimiter::new(0.1);
    l.swap(0.01, ms(0));
    assert!(l.try_accept(ms(0)));
    assert!(!l.try_accept(ms(99_999)));
    // 0.01 as float32 is slightly less than 0.01: 100 s are not quite enough.
    assert!(!l.try_accept(ms(100_000)));
    assert!(l.try_accept(ms(100_001)));
}

#[test]
fn zone_evictions_over_time() {
    // A healthy zone evicts at 0.1/s; in partial disruption of a large zone 0.01/s; stopped
    // at 0. Evictions in the first 300 s of each regime:
    let mut l = EvictionLimiter::new(0.1);
    let count = |l: &mut EvictionLimiter, from: i64| {
        (from..from + 300)
            .filter(|s| l.try_accept(ms(s * 1000)))
            .count()
    };
    assert_eq!(count(&mut l, 0), 30);
    l.swap(0.01, ms(300_000));
    assert_eq!(count(&mut l, 300), 3);
    l.swap(0.0, ms(600_000));
    assert_eq!(count(&mut l, 600), 0);
}

#[test]
fn odd_rates() {
    // A negative rate accrues nothing, not even the first token; a zero rate hands out its
    // burst once; an infinite one always accepts; NaN never panics.
    let mut negative = TokenBucket::new(-1.0, 3);
    assert!(!negative.try_accept(ms(0)));
    assert!(!negative.try_accept(ms(1_000_000)));
    let mut zero = TokenBucket::new(0.0, 2);
    assert!(zero.try_accept(ms(0)) && zero.try_accept(ms(0)));
    assert!(!zero.try_accept(ms(1_000_000)));
    let mut inf = TokenBucket::new(f32::INFINITY, 0);
    assert!((0..100).all(|i| inf.try_accept(ms(i))));
    let mut nan = TokenBucket::new(f32::NAN, 1);
    let _ = (0..10).map(|i| nan.try_accept(ms(i * 1000))).count();
    // Instants far apart or out of order are fine.
    let mut r = TokenBucket::new(1.0, 1);
    assert!(r.try_accept(Instant::from_nanos(i64::MAX)));
    assert!(!r.try_accept(Instant::from_nanos(i64::MIN)));
    // A refused request leaves the bucket as it was: no time has passed since the last token.
    assert!(!r.try_accept(Instant::from_nanos(i64::MAX)));
}
