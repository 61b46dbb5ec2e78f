#![no_main]

#[path = "../../checks/tests/oracle/mod.rs"]
mod oracle;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|value: &str| {
    for pair in oracle::family(&[
        "c_identifier",
        "env_var_name",
        "relaxed_env_var_name",
        "config_map_key",
        "port_name",
        "percent",
        "http_header_name",
    ]) {
        if let Some(diff) = oracle::disagreement(pair, value) {
            panic!("{diff}");
        }
    }
});
