//! What the webhook's integration tests share: a server on `127.0.0.1:0`, a plain HTTP/1.1
//! client over a raw socket (so that tests can also send what no real client would), reviews
//! built around objects, and base64 decoding of the patches.
#![allow(dead_code, reason = "each test crate uses only some of these helpers")]

use std::net::SocketAddr;
use std::time::Duration;

use kube_primitives_webhook::{Limits, Server, Webhook};
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

/// Starts `webhook` on a free loopback port with `limits`, in the test's runtime.
pub async fn start(webhook: Webhook, limits: Limits) -> SocketAddr {
    let server = Server::bind(([127, 0, 0, 1], 0).into(), webhook, None, limits)
        .await
        .expect("bind 127.0.0.1:0");
    let addr = server.local_addr().expect("local address");
    tokio::spawn(server.run());
    addr
}

/// An HTTP response: status code and body.
#[derive(Debug)]
pub struct Reply {
    pub code: u16,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }
}

/// Sends one request on a new connection (`Connection: close`) and reads the whole reply,
/// failing the test after 60 s rather than hanging.
pub async fn send<S: AsyncRead + AsyncWrite + Unpin>(
    mut stream: S,
    method: &str,
    path: &str,
    body: &[u8],
) -> Reply {
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: webhook\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let exchange = async {
        stream.write_all(head.as_bytes()).await.expect("write head");
        // The server may answer and close before reading all of a refused body.
        let _ = stream.write_all(body).await;
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw).await;
        raw
    };
    let raw = tokio::time::timeout(Duration::from_secs(60), exchange)
        .await
        .expect("the server answered within 60 s");
    parse_reply(&raw)
}

fn parse_reply(raw: &[u8]) -> Reply {
    let text = String::from_utf8_lossy(raw);
    let (head, _) = text
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP response: {text:?}"));
    let code = head
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status line: {head:?}"));
    let start = head.len() + 4;
    Reply {
        code,
        body: raw[start..].to_vec(),
    }
}

/// POSTs `body` to `path` over plain HTTP.
pub async fn post(addr: SocketAddr, path: &str, body: &[u8]) -> Reply {
    let stream = TcpStream::connect(addr).await.expect("connect");
    send(stream, "POST", path, body).await
}

/// An `admission.k8s.io/v1` review of a create of `object` (`kind` in `group`/`version`, as
/// `resource`) in `namespace`.
pub fn review(
    uid: &str,
    gvk: (&str, &str, &str),
    resource: &str,
    namespace: &str,
    object: &Value,
) -> Value {
    let (group, version, kind) = gvk;
    let mut review = json!({
        "apiVersion": "admission.k8s.io/v1",
        "kind": "AdmissionReview",
        "request": {
            "uid": uid,
            "kind": {"group": group, "version": version, "kind": kind},
            "resource": {"group": group, "version": version, "resource": resource},
            "requestKind": {"group": group, "version": version, "kind": kind},
            "requestResource": {"group": group, "version": version, "resource": resource},
            "namespace": namespace,
            "operation": "CREATE",
            "userInfo": {"username": "admin", "groups": ["system:masters"]},
            "object": object,
            "oldObject": null,
            "dryRun": false,
            "options": {"apiVersion": "meta.k8s.io/v1", "kind": "CreateOptions"}
        }
    });
    // `name` is omitted when empty, as Go's `omitempty` does.
    if let Some(name) = object.pointer("/metadata/name").filter(|n| n.is_string()) {
        review["request"]["name"] = name.clone();
    }
    review
}

/// A pod review.
pub fn pod_review(uid: &str, namespace: &str, pod: &Value) -> Vec<u8> {
    serde_json::to_vec(&review(uid, ("", "v1", "Pod"), "pods", namespace, pod)).unwrap()
}

/// The `response` of a review reply, after checking the envelope and the echoed `uid`.
pub fn response(reply: &Reply, uid: &str) -> Value {
    assert_eq!(reply.code, 200, "{}", String::from_utf8_lossy(&reply.body));
    let review = reply.json();
    assert_eq!(review["apiVersion"], "admission.k8s.io/v1");
    assert_eq!(review["kind"], "AdmissionReview");
    assert_eq!(review["response"]["uid"], uid);
    review["response"].clone()
}

/// Standard base64 decoding (RFC 4648), for the patches.
pub fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {c:?}"),
    };
    let mut out = Vec::new();
    for chunk in text.as_bytes().chunks(4) {
        let digits: Vec<u8> = chunk
            .iter()
            .filter(|&&c| c != b'=')
            .map(|&c| value(c))
            .collect();
        let n = digits
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &d)| n | u32::from(d) << (18 - 6 * i));
        out.extend(
            n.to_be_bytes()[1..]
                .iter()
                .take(digits.len().saturating_sub(1)),
        );
    }
    out
}

/// The JSON Patch of a review response, applied to `original` with the `json-patch` crate.
pub fn apply_patch(response: &Value, original: &Value) -> Value {
    let mut out = original.clone();
    let Some(patch) = response["patch"].as_str() else {
        assert!(response.get("patchType").is_none());
        return out;
    };
    assert_eq!(response["patchType"], "JSONPatch");
    let ops: json_patch::Patch =
        serde_json::from_slice(&base64_decode(patch)).expect("the patch is a JSON Patch");
    json_patch::patch(&mut out, &ops).unwrap_or_else(|e| panic!("{e}: {ops:?}"));
    out
}

#[test]
fn base64_decodes_rfc_4648_vectors() {
    for (text, want) in [
        ("", ""),
        ("Zg==", "f"),
        ("Zm8=", "fo"),
        ("Zm9v", "foo"),
        ("Zm9vYmFy", "foobar"),
    ] {
        assert_eq!(base64_decode(text), want.as_bytes());
    }
}
