//! Container image references, as the kubelet and the API server's defaulting parse them.
//!
//! - [`Reference`]: `github.com/distribution/reference` v0.6.0, the grammar
//!   ([`Reference::parse`], Go's `Parse`) and Docker Hub normalization
//!   ([`Reference::parse_normalized`], Go's `ParseNormalizedNamed`), with Go's errors
//!   ([`ReferenceError`]) word for word. Parsing borrows the input and, for a valid one, does not
//!   allocate.
//! - [`parse_image_name`] and [`default_pull_policy`]: Kubernetes' `parsers.ParseImageName` and
//!   the `imagePullPolicy` `SetDefaults_Container` derives from the tag.
//!
//! The grammar is a hand-written scanner equivalent to the regular expressions of
//! <https://github.com/distribution/reference/blob/v0.6.0/regexp.go>; it reads each byte a
//! bounded number of times, so hostile input costs linear time.
//!
//! ```
//! use kube_primitives::api::image::{default_pull_policy, parse_image_name, Reference};
//!
//! let r = Reference::parse_normalized("quay.io/prometheus/node-exporter:v1.8.2").unwrap();
//! assert_eq!(r.domain(), "quay.io");
//! assert_eq!(r.path(), "prometheus/node-exporter");
//! assert_eq!(r.tag(), Some("v1.8.2"));
//!
//! let n = parse_image_name("nginx").unwrap();
//! assert_eq!(n.repo, "docker.io/library/nginx");
//! assert_eq!(n.tag, Some("latest"));
//! assert_eq!(default_pull_policy("nginx"), "Always");
//! assert_eq!(default_pull_policy("nginx:1.27"), "IfNotPresent");
//! ```

mod error;
mod grammar;
mod image_name;
mod normalize;
mod reference;

pub use error::ReferenceError;
pub use image_name::{default_pull_policy, parse_image_name, ImageName, DEFAULT_IMAGE_TAG};
pub use reference::{Reference, NAME_TOTAL_LENGTH_MAX};
