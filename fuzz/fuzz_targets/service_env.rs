#![no_main]

//! Service environment variables from arbitrary names, addresses and protocols: no panic; one
//! character of the name gives one of the variable name, never a `-`; every variable of a
//! service starts with its prefix.

use kube_primitives::api::core::{Service, ServicePort};
use kube_primitives::service::{env_var_name, service_env_vars};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: (String, String, Vec<(String, String, i32)>)| {
    let (name, ip, ports) = data;
    let prefix = env_var_name(&name);
    assert_eq!(prefix.chars().count(), name.chars().count());
    assert!(!prefix.contains('-'));
    let ports = ports
        .iter()
        .map(|(n, proto, p)| ServicePort::new(n, proto, *p))
        .collect();
    let svc = Service::new(&name, &ip, ports);
    for var in service_env_vars([&svc]) {
        assert!(var.name.starts_with(&prefix), "{} / {prefix}", var.name);
    }
});
