//! The HTTP(S) server: HTTP/1.1 on hyper, routes `POST /validate`, `POST /mutate` and
//! `GET /healthz`, with every resource a client can hold bounded (body size, time to send the
//! headers, time to send the body, connections at once, connection age).

use std::convert::Infallible;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio_rustls::TlsAcceptor;

use crate::status::{bad_request, failure, Denial};
use crate::{Endpoint, Webhook};

/// The bounds on what one client can make the server hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The largest request body read; larger ones get 413. The API server itself refuses
    /// bodies over 3 MiB (`MaxRequestBodyBytes` in
    /// [`apiserver/pkg/server/config.go`](https://github.com/kubernetes/kubernetes/blob/v1.36.0/staging/src/k8s.io/apiserver/pkg/server/config.go)),
    /// so a review of any object it stores fits.
    pub max_body_bytes: usize,
    /// Time for a client to send a request's headers (also the TLS handshake).
    pub header_timeout: Duration,
    /// Time for a client to send a request's body.
    pub body_timeout: Duration,
    /// Connections served at once; further ones wait in the listen backlog.
    pub max_connections: usize,
    /// A connection is closed (after its current request) when this old, so idle keep-alive
    /// connections cannot be hoarded.
    pub max_connection_age: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_body_bytes: 3 << 20,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            max_connections: 256,
            max_connection_age: Duration::from_secs(300),
        }
    }
}

/// A bound listener, ready to serve.
pub struct Server {
    listener: TcpListener,
    webhook: Arc<Webhook>,
    tls: Option<TlsAcceptor>,
    limits: Limits,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("listener", &self.listener)
            .field("tls", &self.tls.is_some())
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl Server {
    /// Binds `addr` (port 0 picks a free port; see [`Server::local_addr`]). With `tls`, every
    /// connection is TLS.
    ///
    /// # Errors
    ///
    /// The bind error.
    pub async fn bind(
        addr: SocketAddr,
        webhook: Webhook,
        tls: Option<Arc<rustls::ServerConfig>>,
        limits: Limits,
    ) -> io::Result<Server> {
        Ok(Server {
            listener: TcpListener::bind(addr).await?,
            webhook: Arc::new(webhook),
            tls: tls.map(TlsAcceptor::from),
            limits,
        })
    }

    /// The address bound.
    ///
    /// # Errors
    ///
    /// The socket's error.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until the process ends. A failed accept (out of file descriptors, say) is
    /// logged and retried after a pause; a failed connection never stops the server.
    pub async fn run(self) {
        let slots = Arc::new(Semaphore::new(self.limits.max_connections.max(1)));
        loop {
            // Wait for a free slot before accepting, so excess clients queue in the backlog.
            let Ok(permit) = Arc::clone(&slots).acquire_owned().await else {
                return;
            };
            let (stream, peer) = match self.listener.accept().await {
                Ok(accepted) => accepted,
                Err(e) => {
                    eprintln!("accept: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            };
            let webhook = Arc::clone(&self.webhook);
            let tls = self.tls.clone();
            let limits = self.limits;
            tokio::spawn(async move {
                if let Err(e) = connection(stream, tls, webhook, limits).await {
                    eprintln!("{peer}: {e}");
                }
                drop(permit);
            });
        }
    }
}

async fn connection(
    stream: TcpStream,
    tls: Option<TlsAcceptor>,
    webhook: Arc<Webhook>,
    limits: Limits,
) -> io::Result<()> {
    let _ = stream.set_nodelay(true);
    match tls {
        None => serve_http(stream, webhook, limits).await,
        Some(acceptor) => {
            let stream = tokio::time::timeout(limits.header_timeout, acceptor.accept(stream))
                .await
                .map_err(|_| {
                    io::Error::new(io::ErrorKind::TimedOut, "TLS handshake timed out")
                })??;
            serve_http(stream, webhook, limits).await
        }
    }
}

async fn serve_http<S>(stream: S, webhook: Arc<Webhook>, limits: Limits) -> io::Result<()>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = service_fn(move |req| {
        let webhook = Arc::clone(&webhook);
        async move { Ok::<_, Infallible>(route(req, webhook, limits).await) }
    });
    let conn = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_buf_size(64 << 10)
        .serve_connection(TokioIo::new(stream), service);
    let mut conn = std::pin::pin!(conn);
    tokio::select! {
        done = conn.as_mut() => return done.map_err(io::Error::other),
        () = tokio::time::sleep(limits.max_connection_age) => conn.as_mut().graceful_shutdown(),
    }
    // Let the request in flight finish, within the time it may take.
    tokio::time::timeout(limits.body_timeout * 2, conn)
        .await
        .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "connection did not close"))?
        .map_err(io::Error::other)
}

async fn route(
    req: Request<Incoming>,
    webhook: Arc<Webhook>,
    limits: Limits,
) -> Response<Full<Bytes>> {
    let endpoint = match req.uri().path() {
        "/validate" => Endpoint::Validate,
        "/mutate" => Endpoint::Mutate,
        "/healthz" if req.method() == Method::GET => {
            return reply(StatusCode::OK, "text/plain", Bytes::from_static(b"ok"));
        }
        path => {
            return error(failure(404, "NotFound", format!("no such path: {path}")));
        }
    };
    if req.method() != Method::POST {
        return error(failure(
            405,
            "MethodNotAllowed",
            format!("{} takes POST, not {}", req.uri().path(), req.method()),
        ));
    }
    let too_large = || {
        error(failure(
            413,
            "RequestEntityTooLarge",
            format!(
                "the request body is larger than {} bytes",
                limits.max_body_bytes
            ),
        ))
    };
    let declared = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limits.max_body_bytes as u64) {
        return too_large();
    }
    let body = Limited::new(req.into_body(), limits.max_body_bytes);
    let body = match tokio::time::timeout(limits.body_timeout, body.collect()).await {
        Err(_) => {
            return error(failure(
                408,
                "Timeout",
                "the request body was not sent in time".into(),
            ))
        }
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => return too_large(),
        Ok(Err(e)) => return error(bad_request(format!("reading the request body: {e}"))),
        Ok(Ok(collected)) => collected.to_bytes(),
    };
    // Decoding and checking is CPU work (a 3 MiB object, a million-digit quantity): off the
    // threads that drive the connections.
    let handled = tokio::task::spawn_blocking(move || webhook.review(endpoint, &body)).await;
    match handled {
        Ok(Ok(review)) => reply(
            StatusCode::OK,
            "application/json",
            Bytes::from(serde_json::to_vec(&review).unwrap_or_default()),
        ),
        Ok(Err(e)) => error(bad_request(e.to_string())),
        Err(e) => error(failure(
            500,
            "InternalError",
            format!("the review failed: {e}"),
        )),
    }
}

fn reply(code: StatusCode, content_type: &'static str, body: Bytes) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(body));
    *response.status_mut() = code;
    response.headers_mut().insert(
        CONTENT_TYPE,
        hyper::header::HeaderValue::from_static(content_type),
    );
    response
}

/// An error answer: the `Status` as JSON, with its code as the HTTP status.
fn error(status: Denial) -> Response<Full<Bytes>> {
    let code = u16::try_from(status.code)
        .ok()
        .and_then(|c| StatusCode::from_u16(c).ok())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_vec(&status).unwrap_or_default();
    reply(code, "application/json", Bytes::from(body))
}
