//! Environment variables: `ValidateEnv`, `ValidateEnvFrom` and every `valueFrom` source, and the
//! downward API field selectors shared with `downwardAPI` volumes
//! ([validation.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/validation/validation.go),
//! [pods/helpers.go](https://github.com/kubernetes/kubernetes/blob/v1.36.0/pkg/apis/core/pods/helpers.go)).

use alloc::format;
use alloc::string::ToString;

use super::{push_violations, qualified_name};
use crate::api::core::{
    EnvFromSource, EnvVar, ObjectFieldSelector, PodSpec, ResourceFieldSelector,
};
use crate::meta::field::{Error, ErrorList, LazyPath};
use crate::meta::validate::{config_map_key, relaxed_env_var_name};
use crate::meta::NameValidator;

/// `validEnvDownwardAPIFieldPathExpressions`, sorted as upstream lists them.
pub(super) const ENV_FIELD_PATHS: [&str; 9] = [
    "metadata.name",
    "metadata.namespace",
    "metadata.uid",
    "spec.nodeName",
    "spec.serviceAccountName",
    "status.hostIP",
    "status.hostIPs",
    "status.podIP",
    "status.podIPs",
];

/// `validContainerResourceFieldPathExpressions`, sorted.
const RESOURCE_FIELD_PATHS: [&str; 6] = [
    "limits.cpu",
    "limits.ephemeral-storage",
    "limits.memory",
    "requests.cpu",
    "requests.ephemeral-storage",
    "requests.memory",
];

/// Go's `ValidateEnv` (with the relaxed variable names of 1.36).
pub(super) fn validate_env(errs: &mut ErrorList, vars: &[EnvVar], path: &LazyPath<'_>) {
    for (i, ev) in vars.iter().enumerate() {
        let p = path.index(i);
        if ev.name.is_empty() {
            errs.push(Error::required(&p.child("name"), ""));
        } else {
            push_violations(
                errs,
                &p.child("name"),
                &ev.name,
                relaxed_env_var_name(&ev.name),
            );
        }
        validate_value_from(errs, ev, &p.child("valueFrom"));
    }
}

/// Go's `validateEnvVarValueFrom`.
fn validate_value_from(errs: &mut ErrorList, ev: &EnvVar, path: &LazyPath<'_>) {
    let Some(vf) = &ev.value_from else {
        return;
    };
    let mut sources = 0;
    if let Some(fr) = &vf.field_ref {
        sources += 1;
        validate_object_field_selector(errs, fr, &ENV_FIELD_PATHS, &path.child("fieldRef"));
    }
    if let Some(rf) = &vf.resource_field_ref {
        sources += 1;
        validate_resource_field_selector(errs, rf, &path.child("resourceFieldRef"), false);
    }
    if let Some(cm) = &vf.config_map_key_ref {
        sources += 1;
        validate_key_selector(errs, &cm.name, &cm.key, &path.child("configMapKeyRef"));
    }
    if let Some(s) = &vf.secret_key_ref {
        sources += 1;
        validate_key_selector(errs, &s.name, &s.key, &path.child("secretKeyRef"));
    }
    if let Some(f) = &vf.file_key_ref {
        sources += 1;
        let fp = path.child("fileKeyRef");
        if f.volume_name.is_empty() {
            errs.push(Error::required(&fp.child("volumeName"), ""));
        }
        if f.path.is_empty() {
            errs.push(Error::required(&fp.child("path"), ""));
        }
        if f.key.is_empty() {
            errs.push(Error::required(&fp.child("key"), ""));
        }
    }
    if sources == 0 {
        errs.push(Error::invalid(
            path,
            "",
            "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`",
        ));
    } else if !ev.value.is_empty() {
        errs.push(Error::invalid(
            path,
            "",
            "may not be specified when `value` is not empty",
        ));
    } else if sources > 1 {
        errs.push(Error::invalid(
            path,
            "",
            "may not have more than one field specified at a time",
        ));
    }
}

/// Go's `validateConfigMapKeySelector` / `validateSecretKeySelector`.
fn validate_key_selector(errs: &mut ErrorList, name: &str, key: &str, path: &LazyPath<'_>) {
    push_violations(
        errs,
        &path.child("name"),
        name,
        NameValidator::DnsSubdomain.validate(name, false),
    );
    if key.is_empty() {
        errs.push(Error::required(&path.child("key"), ""));
    } else {
        push_violations(errs, &path.child("key"), key, config_map_key(key));
    }
}

/// `fieldpath.SplitMaybeSubscriptedPath`: `metadata.labels['key']` → (`metadata.labels`, `key`).
fn split_subscripted(field_path: &str) -> Option<(&str, &str)> {
    let s = field_path.strip_suffix("']")?;
    let (path, sub) = s.split_once("['")?;
    if path.is_empty() {
        return None;
    }
    Some((path, sub))
}

/// Go's `ConvertDownwardAPIFieldLabel`'s error for a v1 field label, if any.
fn convert_field_label(version: &str, label: &str) -> Result<(), alloc::string::String> {
    if version != "v1" {
        return Err(format!("unsupported pod version: {version}"));
    }
    if let Some((path, _)) = split_subscripted(label) {
        return match path {
            "metadata.annotations" | "metadata.labels" => Ok(()),
            _ => Err(format!("field label does not support subscript: {label}")),
        };
    }
    match label {
        "metadata.annotations"
        | "metadata.labels"
        | "metadata.name"
        | "metadata.namespace"
        | "metadata.uid"
        | "spec.nodeName"
        | "spec.restartPolicy"
        | "spec.serviceAccountName"
        | "spec.schedulerName"
        | "status.phase"
        | "status.hostIP"
        | "status.hostIPs"
        | "status.podIP"
        | "status.podIPs"
        | "spec.host" => Ok(()),
        _ => Err(format!("field label not supported: {label}")),
    }
}

/// Go's `validateObjectFieldSelector`.
pub(super) fn validate_object_field_selector(
    errs: &mut ErrorList,
    fs: &ObjectFieldSelector,
    expressions: &[&str],
    path: &LazyPath<'_>,
) {
    if fs.api_version.is_empty() {
        errs.push(Error::required(&path.child("apiVersion"), ""));
        return;
    }
    if fs.field_path.is_empty() {
        errs.push(Error::required(&path.child("fieldPath"), ""));
        return;
    }
    if let Err(e) = convert_field_label(&fs.api_version, &fs.field_path) {
        errs.push(Error::invalid(
            &path.child("fieldPath"),
            fs.field_path.as_str(),
            format!("error converting fieldPath: {e}"),
        ));
        return;
    }
    // `spec.host` converts to `spec.nodeName`.
    let internal = if fs.field_path == "spec.host" {
        "spec.nodeName"
    } else {
        fs.field_path.as_str()
    };
    if let Some((p, sub)) = split_subscripted(internal) {
        match p {
            "metadata.annotations" => qualified_name(errs, &sub.to_lowercase(), path),
            "metadata.labels" => qualified_name(errs, sub, path),
            _ => errs.push(Error::invalid(path, p, "does not support subscript")),
        }
    } else if !expressions.contains(&internal) {
        errs.push(Error::not_supported(
            &path.child("fieldPath"),
            internal,
            expressions,
        ));
    }
}

/// Go's `validateContainerResourceFieldSelector` (`volume`: a `downwardAPI` volume's, which
/// needs a container name).
pub(super) fn validate_resource_field_selector(
    errs: &mut ErrorList,
    fs: &ResourceFieldSelector,
    path: &LazyPath<'_>,
    volume: bool,
) {
    if volume && fs.container_name.is_empty() {
        errs.push(Error::required(&path.child("containerName"), ""));
    } else if fs.resource.is_empty() {
        errs.push(Error::required(&path.child("resource"), ""));
    } else if !RESOURCE_FIELD_PATHS.contains(&fs.resource.as_str())
        && !fs.resource.starts_with("requests.hugepages-")
        && !fs.resource.starts_with("limits.hugepages-")
    {
        errs.push(Error::not_supported(
            &path.child("resource"),
            fs.resource.as_str(),
            &RESOURCE_FIELD_PATHS,
        ));
    }
    if !fs.divisor.is_zero() {
        let d = fs.divisor.to_string();
        let r = fs.resource.as_str();
        const BYTES: [&str; 13] = [
            "1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei",
        ];
        const BYTES_LIST: &str = "1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei";
        let dp = path.child("divisor");
        match r {
            "limits.cpu" | "requests.cpu" if d != "1m" && d != "1" => errs.push(Error::invalid(
                &dp,
                r,
                "only divisor's values 1m and 1 are supported with the cpu resource",
            )),
            "limits.memory" | "requests.memory" if !BYTES.contains(&d.as_str()) => {
                errs.push(Error::invalid(
                    &dp,
                    r,
                    format!(
                        "only divisor's values {BYTES_LIST} are supported with the memory resource"
                    ),
                ));
            }
            "limits.ephemeral-storage" | "requests.ephemeral-storage"
                if !BYTES.contains(&d.as_str()) =>
            {
                errs.push(Error::invalid(
                    &dp,
                    r,
                    format!("only divisor's values {BYTES_LIST} are supported with the local ephemeral storage resource"),
                ));
            }
            _ => {}
        }
        if (r.starts_with("requests.hugepages-") || r.starts_with("limits.hugepages-"))
            && !BYTES.contains(&d.as_str())
        {
            errs.push(Error::invalid(
                &dp,
                r,
                format!(
                    "only divisor's values {BYTES_LIST} are supported with the hugepages resource"
                ),
            ));
        }
    }
}

/// Go's `ValidateEnvFrom`.
pub(super) fn validate_env_from(errs: &mut ErrorList, vars: &[EnvFromSource], path: &LazyPath<'_>) {
    for (i, ev) in vars.iter().enumerate() {
        let p = path.index(i);
        if !ev.prefix.is_empty() {
            push_violations(
                errs,
                &p.child("prefix"),
                &ev.prefix,
                relaxed_env_var_name(&ev.prefix),
            );
        }
        let mut sources = 0;
        if let Some(cm) = &ev.config_map_ref {
            sources += 1;
            validate_ref_name(errs, &cm.name, &p.child("configMapRef"));
        }
        if let Some(s) = &ev.secret_ref {
            sources += 1;
            validate_ref_name(errs, &s.name, &p.child("secretRef"));
        }
        if sources == 0 {
            errs.push(Error::invalid(
                path,
                "",
                "must specify one of: `configMapRef` or `secretRef`",
            ));
        } else if sources > 1 {
            errs.push(Error::invalid(
                path,
                "",
                "may not have more than one field specified at a time",
            ));
        }
    }
}

/// `validateConfigMapEnvSource` / `validateSecretEnvSource`: the name is validated as a prefix
/// (upstream passes `prefix = true`).
fn validate_ref_name(errs: &mut ErrorList, name: &str, path: &LazyPath<'_>) {
    if name.is_empty() {
        errs.push(Error::required(&path.child("name"), ""));
    } else {
        push_violations(
            errs,
            &path.child("name"),
            name,
            NameValidator::DnsSubdomain.validate(name, true),
        );
    }
}

/// Go's `validateFileKeyRefVolumes`: an environment variable read from a file names a volume of
/// the pod, and an `emptyDir` one (init containers, containers, then ephemeral containers).
pub(super) fn validate_file_key_ref_volumes(
    errs: &mut ErrorList,
    spec: &PodSpec,
    path: &LazyPath<'_>,
) {
    let mut check = |list: &'static str, i: usize, env: &[EnvVar]| {
        for (j, e) in env.iter().enumerate() {
            let Some(r) = e.value_from.as_ref().and_then(|v| v.file_key_ref.as_ref()) else {
                continue;
            };
            // Upstream's map of volume names keeps the last of duplicates.
            let volume = spec.volumes.iter().rev().find(|v| v.name == r.volume_name);
            let container = path.child(list);
            let ctr = container.index(i);
            let envs = ctr.child("env");
            let var = envs.index(j);
            let from = var.child("valueFrom");
            let key_ref = from.child("fileKeyRef");
            let p = key_ref.child("volumeName");
            match volume {
                None => errs.push(Error::not_found(&p, r.volume_name.as_str())),
                Some(v) if v.empty_dir.is_none() => errs.push(Error::invalid(
                    &p,
                    r.volume_name.as_str(),
                    "referenced volume must be of type emptyDir",
                )),
                Some(_) => {}
            }
        }
    };
    for (i, c) in spec.init_containers.iter().enumerate() {
        check("initContainers", i, &c.env);
    }
    for (i, c) in spec.containers.iter().enumerate() {
        check("containers", i, &c.env);
    }
    for (i, c) in spec.ephemeral_containers.iter().enumerate() {
        check("ephemeralContainers", i, &c.env);
    }
}

#[cfg(test)]
mod tests {
    use super::{convert_field_label, split_subscripted};

    #[test]
    fn subscripted_paths() {
        assert_eq!(
            split_subscripted("metadata.labels['app']"),
            Some(("metadata.labels", "app"))
        );
        assert_eq!(split_subscripted("['app']"), None);
        assert_eq!(split_subscripted("metadata.labels"), None);
        assert!(convert_field_label("v1", "metadata.annotations['a']").is_ok());
        assert_eq!(
            convert_field_label("v1", "status.foo['a']"),
            Err("field label does not support subscript: status.foo['a']".into())
        );
        assert_eq!(
            convert_field_label("v2", "metadata.name"),
            Err("unsupported pod version: v2".into())
        );
    }
}
