//! Services: the environment variables the kubelet gives containers for the services they can see
//! (`kubernetes/kubernetes`
//! [`pkg/kubelet/envvars`](https://github.com/kubernetes/kubernetes/tree/v1.36.0/pkg/kubelet/envvars)),
//! and pods' resolver configuration
//! ([`pkg/kubelet/network/dns`](https://github.com/kubernetes/kubernetes/tree/v1.36.0/pkg/kubelet/network/dns));
//! NodePort ranges and their allocator.
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
mod defaults_patch;
mod dns;
mod endpoints;
mod env;
mod validate;

pub use allocator::{
    AllocationError, Cidr, CidrError, IpAllocationError, IpAllocator, PortAllocator, PortRange,
    PortRangeError, RandomSource, SplitMix64,
};
pub use defaults_patch::defaults_patch;
pub use dns::{
    dns_records, pod_dns, pod_hostname_and_domain, pod_record_name, pod_visible_hostname,
    service_fqdn, srv_name, DnsError, DnsEvent, DnsPod, DnsRecord, EventObject, HostResolver,
    HostnameError, KubeletDns, PodDns, ResolvConf, FQDN_MAX_LEN, HOSTNAME_MAX_LEN,
};
pub use endpoints::{
    endpoints_for_service, repack_subsets, truncate_subsets, EndpointsTriggerTracker,
    ENDPOINT_CONTROLLER_NAME, HEADLESS_LABEL, LAST_CHANGE_TRIGGER_TIME_ANNOTATION,
    MANAGED_BY_LABEL, MAX_CAPACITY, OVER_CAPACITY_ANNOTATION,
};
pub use env::{
    env_var_name, is_service_ip_set, pod_service_env, service_env_vars, visible_services,
};
pub use validate::{validate_service, validate_service_manifest};
