//! `truncateEndpoints` of
//! [`pkg/controller/endpoint/endpoints_controller.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/controller/endpoint/endpoints_controller.go):
//! an Endpoints object holds at most 1000 addresses.

use alloc::vec::Vec;

use crate::api::core::EndpointSubset;

/// The most addresses one Endpoints object holds. Go's `maxCapacity`.
#[doc(alias = "maxCapacity")]
pub const MAX_CAPACITY: usize = 1000;

/// Cuts the subsets down to [`MAX_CAPACITY`] addresses and says whether it did. Not-ready addresses
/// go first; when the ready ones alone are too many, all not-ready ones go and the ready ones are
/// cut. Each subset keeps its share of the limit, rounded up, in order, until the limit is spent.
/// Go's `truncateEndpoints`.
///
/// ```
/// use kube_primitives::api::core::{EndpointAddress, EndpointSubset};
/// use kube_primitives::service::truncate_subsets;
///
/// let mut subset = EndpointSubset::default();
/// subset.addresses = vec![EndpointAddress::default(); 1200];
/// assert!(truncate_subsets(std::slice::from_mut(&mut subset)));
/// assert_eq!(subset.addresses.len(), 1000);
/// ```
#[doc(alias = "truncateEndpoints")]
pub fn truncate_subsets(subsets: &mut [EndpointSubset]) -> bool {
    let ready: usize = subsets.iter().map(|s| s.addresses.len()).sum();
    let not_ready: usize = subsets.iter().map(|s| s.not_ready_addresses.len()).sum();
    if ready + not_ready <= MAX_CAPACITY {
        return false;
    }
    let truncate_ready = ready > MAX_CAPACITY;
    let (max, total) = if truncate_ready {
        (MAX_CAPACITY, ready)
    } else {
        (MAX_CAPACITY - ready, not_ready)
    };
    let mut can_be_added = max;
    for subset in subsets.iter_mut() {
        let list: &mut Vec<_> = if truncate_ready {
            subset.not_ready_addresses.clear();
            &mut subset.addresses
        } else {
            &mut subset.not_ready_addresses
        };
        // Upstream's float arithmetic (`math.Ceil`), kept for its rounding; `f64::ceil` is
        // std-only, and for a non-negative finite value truncation plus one is the same.
        #[expect(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "upstream's float64 proportion, rounded up as math.Ceil does"
        )]
        let share = {
            let x = (list.len() as f64 / total as f64) * max as f64;
            let t = x as usize;
            if (t as f64) < x {
                t + 1
            } else {
                t
            }
        };
        let to_be_added = share.min(can_be_added);
        list.truncate(to_be_added);
        can_be_added -= list.len();
    }
    true
}
