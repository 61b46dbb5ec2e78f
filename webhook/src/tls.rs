//! TLS for the server: the API server calls webhooks only over HTTPS, verifying the
//! certificate against the configuration's `caBundle`.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::ServerConfig;

/// A certificate or key that cannot be used.
#[derive(Debug)]
pub struct TlsError {
    /// The file, when the error is about one.
    pub path: Option<PathBuf>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for TlsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(p) => write!(f, "{}: {}", p.display(), self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for TlsError {}

/// A server configuration from a PEM certificate chain (leaf first) and a PEM private key
/// (PKCS #8, PKCS #1 or SEC1), with the ring provider, TLS 1.2 and 1.3, and HTTP/1.1 offered
/// by ALPN.
///
/// # Errors
///
/// [`TlsError`] naming the file that cannot be read or used.
pub fn server_config(cert: &Path, key: &Path) -> Result<Arc<ServerConfig>, TlsError> {
    let in_file = |path: &Path| {
        let path = path.to_owned();
        move |e: &dyn fmt::Display| TlsError {
            path: Some(path.clone()),
            message: e.to_string(),
        }
    };
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .map_err(|e| in_file(cert)(&e))?
        .collect::<Result<_, _>>()
        .map_err(|e| in_file(cert)(&e))?;
    if chain.is_empty() {
        return Err(in_file(cert)(&"no CERTIFICATE block"));
    }
    let key = PrivateKeyDer::from_pem_file(key).map_err(|e| in_file(key)(&e))?;
    // ring rather than aws-lc-rs (which needs cmake to build); rustls 0.23.48 deprecates ring's
    // provider for lacking post-quantum key exchange, which this cluster-internal hop can do
    // without.
    #[expect(
        deprecated,
        reason = "ring is the provider that builds without extra tooling"
    )]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError {
            path: None,
            message: e.to_string(),
        })?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| TlsError {
            path: Some(cert.to_owned()),
            message: format!("certificate and key do not go together: {e}"),
        })?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}
