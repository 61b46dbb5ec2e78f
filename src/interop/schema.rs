//! JSON Schemas (feature `schemars`) for the types a custom resource's spec holds, so that they
//! sit in a kube-rs `#[derive(CustomResource, JsonSchema)]` struct as k8s-openapi's do.
//!
//! The schemas are what the API server's structural-schema rules accept and what the types'
//! serde forms are:
//!
//! - [`Quantity`] is `x-kubernetes-int-or-string` (it reads JSON numbers and strings and writes
//!   strings), as k8s-openapi's `Quantity` and the OpenAPI of
//!   [`resource.Quantity`](https://github.com/kubernetes/apimachinery/blob/v0.36.3/pkg/api/resource/quantity.go)
//!   declare it; [`IntOrString`] likewise.
//! - [`ResourceList`] is an object whose values are quantities.
//! - [`Selector`] and [`FieldSelector`] are strings (their canonical text).
//! - [`LabelSelector`] and [`LabelSelectorRequirement`] are objects with the fields of
//!   `metav1.LabelSelector`, `matchLabels` and `matchExpressions` optional.

use alloc::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::api::core::{LabelSelector, LabelSelectorRequirement, ResourceList};
use crate::api::{IntOrString, Quantity};
use crate::selector::{FieldSelector, Selector};

/// A schema that accepts an integer or a string (`x-kubernetes-int-or-string`), the form the
/// API server's structural schemas require for such fields.
fn int_or_string(description: &str) -> Schema {
    json_schema!({
        "description": description,
        "x-kubernetes-int-or-string": true,
    })
}

impl JsonSchema for Quantity {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Quantity".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        int_or_string(
            "A Kubernetes quantity (resource.Quantity): a decimal number with an optional \
             SI, binary-SI or exponent suffix, such as 250m, 1.5Gi or 1e3.",
        )
    }
}

impl JsonSchema for IntOrString {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "IntOrString".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        int_or_string("An integer or a string (intstr.IntOrString), such as 8080 or \"http\".")
    }
}

impl JsonSchema for ResourceList {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "ResourceList".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Quantities by resource name (v1.ResourceList).",
            "type": "object",
            "additionalProperties": generator.subschema_for::<Quantity>(),
        })
    }
}

impl JsonSchema for Selector {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Selector".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A label selector in its string form, such as \
                            \"app=web,tier in (frontend,edge),!canary\".",
            "type": "string",
        })
    }
}

impl JsonSchema for FieldSelector {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "FieldSelector".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A field selector in its string form, such as \
                            \"metadata.name=web,status.phase!=Failed\".",
            "type": "string",
        })
    }
}

impl JsonSchema for LabelSelector {
    fn schema_name() -> Cow<'static, str> {
        "LabelSelector".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A label query over a set of resources (metav1.LabelSelector): the \
                            requirements of matchLabels and matchExpressions are ANDed; an empty \
                            selector matches everything.",
            "type": "object",
            "properties": {
                "matchLabels": {
                    "description": "Labels that must be present with these values.",
                    "type": "object",
                    "additionalProperties": {"type": "string"},
                },
                "matchExpressions": {
                    "description": "Requirements on labels.",
                    "type": "array",
                    "items": generator.subschema_for::<LabelSelectorRequirement>(),
                },
            },
        })
    }
}

impl JsonSchema for LabelSelectorRequirement {
    fn schema_name() -> Cow<'static, str> {
        "LabelSelectorRequirement".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "One requirement of a label selector \
                            (metav1.LabelSelectorRequirement).",
            "type": "object",
            "required": ["key", "operator"],
            "properties": {
                "key": {"description": "The label key.", "type": "string"},
                "operator": {
                    "description": "In, NotIn, Exists or DoesNotExist.",
                    "type": "string",
                },
                "values": {
                    "description": "The values for In and NotIn; empty for Exists and \
                                    DoesNotExist.",
                    "type": "array",
                    "items": {"type": "string"},
                },
            },
        })
    }
}
