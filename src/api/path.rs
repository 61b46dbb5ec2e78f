//! REST paths of the Kubernetes API.

use alloc::string::String;
use core::fmt::Write;

use super::{GroupVersion, GroupVersionResource};

impl GroupVersion {
    /// The API root of this group version: `/api/v1` for the core group, `/apis/{group}/{version}`
    /// otherwise.
    ///
    /// ```
    /// use kube_primitives::api::GroupVersion;
    ///
    /// assert_eq!(GroupVersion::new("", "v1").api_path(), "/api/v1");
    /// assert_eq!(GroupVersion::new("apps", "v1").api_path(), "/apis/apps/v1");
    /// ```
    pub fn api_path(&self) -> String {
        if self.group.is_empty() {
            alloc::format!("/api/{}", self.version)
        } else {
            alloc::format!("/apis/{}/{}", self.group, self.version)
        }
    }
}

impl GroupVersionResource {
    /// The collection: `/apis/apps/v1/namespaces/{namespace}/deployments`, or without the
    /// namespace segment for cluster-scoped resources (or all namespaces) when `namespace` is
    /// `None`.
    ///
    /// ```
    /// use kube_primitives::api::GroupVersionResource;
    ///
    /// let deployments = GroupVersionResource::new("apps", "v1", "deployments");
    /// assert_eq!(deployments.collection_path(Some("shop")), "/apis/apps/v1/namespaces/shop/deployments");
    /// assert_eq!(deployments.collection_path(None), "/apis/apps/v1/deployments");
    /// ```
    pub fn collection_path(&self, namespace: Option<&str>) -> String {
        let mut p = self.group_version().api_path();
        if let Some(ns) = namespace {
            let _ = write!(p, "/namespaces/{ns}");
        }
        let _ = write!(p, "/{}", self.resource);
        p
    }

    /// One object: the collection path and `/{name}`.
    ///
    /// ```
    /// use kube_primitives::api::GroupVersionResource;
    ///
    /// let nodes = GroupVersionResource::new("", "v1", "nodes");
    /// assert_eq!(nodes.item_path(None, "node-1"), "/api/v1/nodes/node-1");
    /// ```
    pub fn item_path(&self, namespace: Option<&str>, name: &str) -> String {
        let mut p = self.collection_path(namespace);
        let _ = write!(p, "/{name}");
        p
    }

    /// A subresource of one object: the item path and `/{subresource}`.
    ///
    /// ```
    /// use kube_primitives::api::GroupVersionResource;
    ///
    /// let pods = GroupVersionResource::new("", "v1", "pods");
    /// assert_eq!(pods.subresource_path(Some("shop"), "web-0", "status"), "/api/v1/namespaces/shop/pods/web-0/status");
    /// ```
    pub fn subresource_path(
        &self,
        namespace: Option<&str>,
        name: &str,
        subresource: &str,
    ) -> String {
        let mut p = self.item_path(namespace, name);
        let _ = write!(p, "/{subresource}");
        p
    }
}
