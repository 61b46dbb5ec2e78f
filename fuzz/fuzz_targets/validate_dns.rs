#![no_main]

#[path = "../../checks/tests/oracle/mod.rs"]
mod oracle;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|value: &str| {
    for pair in oracle::family(&[
        "dns1123_label",
        "dns1123_subdomain",
        "dns1123_subdomain_with_underscore",
        "dns1035_label",
        "wildcard_dns1123_subdomain",
    ]) {
        if let Some(diff) = oracle::disagreement(pair, value) {
            panic!("{diff}");
        }
    }
});
