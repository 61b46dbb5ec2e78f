//! What a client can throw at the webhook: malformed JSON, a wrong `apiVersion`, a 10 MB body, a
//! million-digit quantity, an unparsable quantity, headers sent one byte at a time. Each gets a
//! clear 4xx or a denied review in bounded time, and the server answers a normal review after
//! each.

mod support;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use kube_primitives::api::core::ResourceQuota;
use kube_primitives_webhook::{Limits, Policy, Webhook};
use serde_json::{json, Value};
use support::{pod_review, post, response, send, start};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn pod(name: &str, cpu: &str) -> Value {
    json!({"apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": name, "namespace": "team-a"},
        "spec": {"containers": [{"name": "app", "image": "nginx",
            "resources": {"requests": {"cpu": cpu}}}]}})
}

async fn server() -> SocketAddr {
    let quota: ResourceQuota = serde_json::from_value(json!({
        "metadata": {"name": "team-a", "namespace": "team-a"},
        "spec": {"hard": {"requests.cpu": "4"}}
    }))
    .unwrap();
    let mut policy = Policy::default();
    policy.add_quota(quota);
    let limits = Limits {
        header_timeout: Duration::from_secs(1),
        body_timeout: Duration::from_secs(2),
        ..Limits::default()
    };
    start(
        Webhook {
            policy,
            default_tolerations: false,
            allow_privileged: false,
        },
        limits,
    )
    .await
}

/// The server still answers a normal review.
async fn still_serving(addr: SocketAddr) {
    let r = post(
        addr,
        "/validate",
        &pod_review("ok", "team-a", &pod("fine", "1")),
    )
    .await;
    assert_eq!(response(&r, "ok")["allowed"], true);
}

/// The `Status` of an HTTP error reply.
fn status(reply: &support::Reply, code: u16) -> Value {
    assert_eq!(reply.code, code, "{}", String::from_utf8_lossy(&reply.body));
    let status = reply.json();
    assert_eq!(status["kind"], "Status");
    assert_eq!(status["code"], code);
    status
}

#[tokio::test]
async fn malformed_and_mistyped_bodies_get_400() {
    let addr = server().await;
    let s = status(&post(addr, "/validate", b"{\"apiVersion\": ").await, 400);
    assert!(
        s["message"]
            .as_str()
            .unwrap()
            .starts_with("the body is not an AdmissionReview: "),
        "{s}"
    );
    still_serving(addr).await;

    let mut review: Value =
        serde_json::from_slice(&pod_review("v", "team-a", &pod("p", "1"))).unwrap();
    review["apiVersion"] = json!("admission.k8s.io/v1beta1");
    let s = status(
        &post(addr, "/mutate", &serde_json::to_vec(&review).unwrap()).await,
        400,
    );
    assert_eq!(
        s["message"],
        "expected apiVersion \"admission.k8s.io/v1\" and kind \"AdmissionReview\", \
         got \"admission.k8s.io/v1beta1\" and \"AdmissionReview\""
    );
    still_serving(addr).await;

    let s = status(&post(addr, "/validate", br#"{"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "request": {"uid": 7}}"#).await, 400);
    assert!(
        s["message"]
            .as_str()
            .unwrap()
            .contains("request.uid: invalid type"),
        "{s}"
    );
    // Nesting beyond serde_json's recursion limit is an error, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    status(&post(addr, "/validate", deep.as_bytes()).await, 400);
    still_serving(addr).await;

    status(&post(addr, "/nowhere", b"{}").await, 404);
    let get = send(
        TcpStream::connect(addr).await.unwrap(),
        "GET",
        "/validate",
        b"",
    )
    .await;
    status(&get, 405);
    still_serving(addr).await;
}

#[tokio::test]
async fn a_10_mb_body_gets_413() {
    let addr = server().await;
    let mut review: Value =
        serde_json::from_slice(&pod_review("big", "team-a", &pod("p", "1"))).unwrap();
    review["request"]["object"]["metadata"]["annotations"] =
        json!({"padding": "x".repeat(10 << 20)});
    let body = serde_json::to_vec(&review).unwrap();
    let s = status(&post(addr, "/validate", &body).await, 413);
    assert_eq!(
        s["message"],
        "the request body is larger than 3145728 bytes"
    );
    still_serving(addr).await;

    // Without a Content-Length (chunked), the limit holds while reading.
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"POST /validate HTTP/1.1\r\nHost: w\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..10 {
        let head = format!("{:x}\r\n", chunk.len());
        if stream.write_all(head.as_bytes()).await.is_err()
            || stream.write_all(&chunk).await.is_err()
            || stream.write_all(b"\r\n").await.is_err()
        {
            break;
        }
    }
    let mut raw = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut raw)).await;
    assert!(
        String::from_utf8_lossy(&raw).starts_with("HTTP/1.1 413"),
        "{}",
        String::from_utf8_lossy(&raw[..raw.len().min(200)])
    );
    still_serving(addr).await;
}

#[tokio::test]
async fn hostile_quantities_are_denied_not_crashed_on() {
    let addr = server().await;
    // A million digits: parsed exactly, charged against the quota, refused.
    let huge = "9".repeat(1 << 20);
    let started = Instant::now();
    let r = post(
        addr,
        "/validate",
        &pod_review("h1", "team-a", &pod("hostile", &huge)),
    )
    .await;
    let r = response(&r, "h1");
    assert_eq!(r["allowed"], false);
    let message = r["status"]["message"].as_str().unwrap();
    assert!(
        message.starts_with(&format!(
            "pods \"hostile\" is forbidden: exceeded quota: team-a, requested: requests.cpu={}",
            &huge[..50]
        )),
        "{}",
        &message[..200]
    );
    assert!(message.ends_with(", used: requests.cpu=0, limited: requests.cpu=4"));
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "took {:?}",
        started.elapsed()
    );
    still_serving(addr).await;

    // A quantity that does not parse: a 400 naming the field, as a decode error.
    let r = post(
        addr,
        "/validate",
        &pod_review("h2", "team-a", &pod("hostile", "12 cores")),
    )
    .await;
    let r = response(&r, "h2");
    assert_eq!(r["allowed"], false);
    assert_eq!(r["status"]["code"], 400);
    assert_eq!(r["status"]["reason"], "BadRequest");
    let message = r["status"]["message"].as_str().unwrap();
    assert!(
        message.starts_with(
            "Pod in version \"v1\" cannot be handled as a Pod: \
             spec.containers[0].resources.requests[cpu]: "
        ),
        "{message}"
    );
    // The same on /mutate.
    let r = post(
        addr,
        "/mutate",
        &pod_review("h3", "team-a", &pod("hostile", "12 cores")),
    )
    .await;
    assert_eq!(response(&r, "h3")["status"]["code"], 400);
    still_serving(addr).await;
}

#[tokio::test]
async fn slow_headers_are_cut_off() {
    let addr = server().await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"POST /validate HTTP/1.1\r\nHost: w\r\n")
        .await
        .unwrap();
    // While it dawdles, others are served.
    still_serving(addr).await;
    let mut rest = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), slow.read_to_end(&mut rest)).await;
    assert!(read.is_ok(), "the connection was still open after 10 s");
    still_serving(addr).await;
}
