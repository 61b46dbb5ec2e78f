//! HTTPS, as the API server calls webhooks: a certificate made at test time with the `openssl`
//! command (a CA and a server certificate for `localhost` it signs, as a `caBundle` would
//! hold), a review answered over TLS. Skipped, with a note, where `openssl` is not installed.

mod support;

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use kube_primitives_webhook::{tls, Limits, Server, Webhook};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use serde_json::json;
use support::{pod_review, response, send};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

fn openssl(dir: &Path, args: &[&str]) -> bool {
    Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A CA and a `localhost` server certificate signed by it, in `dir`; `false` without openssl.
fn make_certificates(dir: &Path) -> bool {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n\
         keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    let steps: [&[&str]; 3] = [
        &[
            &["req", "-x509"],
            &ec[..],
            &[
                "-keyout",
                "ca.key",
                "-out",
                "ca.crt",
                "-days",
                "1",
                "-subj",
                "/CN=webhook-test-ca",
            ],
        ]
        .concat(),
        &[
            &["req"],
            &ec[..],
            &[
                "-keyout",
                "tls.key",
                "-out",
                "tls.csr",
                "-subj",
                "/CN=localhost",
            ],
        ]
        .concat(),
        &[
            "x509",
            "-req",
            "-in",
            "tls.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "tls.crt",
            "-days",
            "1",
            "-extfile",
            "server.ext",
        ],
    ];
    steps.iter().all(|args| openssl(dir, args))
}

#[tokio::test]
async fn reviews_over_https() {
    let dir = std::env::temp_dir().join(format!("kp-webhook-tls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    if !make_certificates(&dir) {
        eprintln!("openssl is not available: TLS test skipped");
        return;
    }
    let config = tls::server_config(&dir.join("tls.crt"), &dir.join("tls.key")).unwrap();
    let server = Server::bind(
        ([127, 0, 0, 1], 0).into(),
        Webhook::default(),
        Some(config),
        Limits::default(),
    )
    .await
    .unwrap();
    let addr = server.local_addr().unwrap();
    tokio::spawn(server.run());

    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_file(dir.join("ca.crt")).unwrap())
        .unwrap();
    #[expect(deprecated, reason = "the ring provider, as the server uses")]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let client = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let connector = TlsConnector::from(Arc::new(client));
    let name = ServerName::try_from("localhost").unwrap();
    let stream = connector
        .connect(name, TcpStream::connect(addr).await.unwrap())
        .await
        .expect("TLS handshake with the CA's certificate");
    let pod = json!({"metadata": {"name": "web", "namespace": "default"}, "spec": {"containers": [{"name": "a", "image": "nginx"}]}});
    let reply = send(
        stream,
        "POST",
        "/validate",
        &pod_review("t1", "default", &pod),
    )
    .await;
    assert_eq!(response(&reply, "t1")["allowed"], true);

    // Plain HTTP to the TLS port gets a TLS alert, not an answer, and the server goes on.
    let mut plain = TcpStream::connect(addr).await.unwrap();
    plain
        .write_all(b"POST /validate HTTP/1.1\r\nHost: w\r\nContent-Length: 2\r\n\r\n{}")
        .await
        .unwrap();
    let mut raw = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), plain.read_to_end(&mut raw)).await;
    assert!(!raw.starts_with(b"HTTP/"), "{raw:?}");
    let stream = connector
        .connect(
            ServerName::try_from("localhost").unwrap(),
            TcpStream::connect(addr).await.unwrap(),
        )
        .await
        .unwrap();
    let reply = send(
        stream,
        "POST",
        "/validate",
        &pod_review("t2", "default", &pod),
    )
    .await;
    assert_eq!(response(&reply, "t2")["allowed"], true);
    let _ = std::fs::remove_dir_all(&dir);
}
