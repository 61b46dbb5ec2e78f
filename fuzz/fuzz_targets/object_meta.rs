#![no_main]

use kube_primitives::api::core::ObjectMeta;
use kube_primitives::meta::{
    field::Path, validate_object_meta, validate_object_meta_update, NameValidator,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(meta) = serde_json::from_slice::<ObjectMeta>(data) else {
        return;
    };
    let path = Path::new("metadata");
    for name_fn in [
        NameValidator::DnsSubdomain,
        NameValidator::DnsLabel,
        NameValidator::Dns1035Label,
        NameValidator::PathSegment,
    ] {
        for errs in [
            validate_object_meta(&meta, true, name_fn, &path),
            validate_object_meta(&meta, false, name_fn, &path),
        ] {
            // Every error renders.
            let _ = errs.to_string();
        }
    }
    let _ = validate_object_meta_update(&meta, &ObjectMeta::default(), &path).to_string();
    // Serializing and reading back gives the same metadata.
    let json = serde_json::to_string(&meta).expect("serializes");
    let back: ObjectMeta = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, meta);
});
