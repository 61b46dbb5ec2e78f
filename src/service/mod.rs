//! Services: the environment variables the kubelet gives containers for the services they can
//! see (`kubernetes/kubernetes` `pkg/kubelet/envvars`), and pods' resolver configuration
//! (`pkg/kubelet/network/dns`); NodePort ranges and their allocator.
//!
//! ```
//! use kube_primitives::api::core::{Service, ServicePort};
//! use kube_primitives::service::service_env_vars;
//!
//! let redis = Service::new("redis-primary", "10.0.0.11", vec![ServicePort::new("", "", 6379)]);
//! let env = service_env_vars([&redis]);
//! assert_eq!(env[0].name, "REDIS_PRIMARY_SERVICE_HOST");
//! assert_eq!(env[3].value, "tcp://10.0.0.11:6379");
//! ```

mod allocator;
mod dns;
mod endpoints;
mod env;
mod validate;

pub use allocator::{
    AllocationError, Cidr, CidrError, IpAllocationError, IpAllocator, PortAllocator, PortRange,
    PortRangeError, RandomSource, SplitMix64,
};
pub use dns::{
    pod_dns, DnsError, DnsEvent, DnsPod, EventObject, HostResolver, KubeletDns, PodDns, ResolvConf,
};
pub use endpoints::{
    endpoints_for_service, repack_subsets, truncate_subsets, HEADLESS_LABEL, MAX_CAPACITY,
    OVER_CAPACITY_ANNOTATION,
};
pub use env::{env_var_name, is_service_ip_set, service_env_vars};
pub use validate::{validate_service, validate_service_manifest};
