//! Every test of the crate but the conformance replay, as one test binary: one link instead of
//! seventy keeps a clean build (and CI) fast. Each module is one former test file; run one with
//! `cargo test -p kube-primitives-checks --test suite -- module_name::`.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/jsonl.rs"]
mod jsonl;
#[path = "../oracle/mod.rs"]
mod oracle;
#[path = "../common/typical.rs"]
mod typical;

mod alloc_count;

mod autotraits;
mod corpus_meta;
mod corpus_objects;
mod corpus_selectors;
mod corpus_validation;
mod decode_paths;
mod default_tolerations_patch;
mod image_reference_oracle;
mod interop_k8s_openapi;
mod interop_kube;
mod limit_range_defaults;
mod limit_range_patch;
mod no_alloc;
mod no_alloc_pod;
mod node_eviction;
mod node_rate_limiter;
mod parity_1_36;
mod probe_simulation;
mod probe_worker;
mod quantity_error_spans;
mod quantity_huge;
mod quantity_paths;
mod quantity_serde;
mod quota_controller_usage;
mod quota_props;
mod readiness_story;
mod regex_oracle;
mod schema;
mod selector_algebra;
mod selector_bad_input;
mod selector_error_spans;
mod selector_index;
mod selector_index_corpus;
mod selector_props;
mod service_defaults_patch;
mod tolerations_annotation;
mod upstream_active_pods;
mod upstream_allocator;
mod upstream_api;
mod upstream_conditions;
mod upstream_cron_job_validation;
mod upstream_daemon_set_update;
mod upstream_deployment_scale;
mod upstream_dns;
mod upstream_dns_names;
mod upstream_endpoints;
mod upstream_envvars;
mod upstream_fields;
mod upstream_image_normalize;
mod upstream_image_reference;
mod upstream_job_update_validation;
mod upstream_job_validation;
mod upstream_limit_ranger;
mod upstream_node_health;
mod upstream_nodeaffinity;
mod upstream_object_quota;
mod upstream_pdb_validation;
mod upstream_phase;
mod upstream_pod_csi_volume;
mod upstream_pod_defaults;
mod upstream_pod_ephemeral_resize;
mod upstream_pod_host_name_file_key_ref;
mod upstream_pod_os_security;
mod upstream_pod_projected_certs;
mod upstream_pod_pull_policy;
mod upstream_pod_resources;
mod upstream_pod_seccomp;
mod upstream_pod_small_tables;
mod upstream_pod_update_validation;
mod upstream_pod_validation;
mod upstream_pod_validation_containers;
mod upstream_pod_validation_env_mounts;
mod upstream_pod_validation_more;
mod upstream_pod_volume_sources;
mod upstream_pod_volume_sources_legacy;
mod upstream_pod_volume_sources_more;
mod upstream_qos;
mod upstream_quantity;
mod upstream_quota_admission;
mod upstream_quota_usage;
mod upstream_resources;
mod upstream_rolling;
mod upstream_service_validation;
mod upstream_stateful_set_validation;
mod upstream_status;
mod upstream_taints;
mod upstream_validation;
mod upstream_workload;
mod upstream_workload_defaults;
mod upstream_workload_small_tables;
mod upstream_workload_validation;
mod upstream_zones;
mod wire_pod;
