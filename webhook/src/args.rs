//! The command line: `--listen ADDR [--quotas FILE] [--limit-ranges FILE]
//! [--tls-cert FILE --tls-key FILE] [--default-tolerations] [--allow-privileged]`.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

/// The usage text.
pub const USAGE: &str = "\
usage: admission_webhook [--listen ADDR] [--quotas FILE] [--limit-ranges FILE]
                         [--tls-cert FILE --tls-key FILE] [--default-tolerations]
                         [--allow-privileged]

  --listen ADDR          address to serve on (default 127.0.0.1:8443; 0.0.0.0:8443 in a pod)
  --quotas FILE          ResourceQuotas to enforce: JSON, a List (kubectl get resourcequota
                         -A -o json), an array or one object
  --limit-ranges FILE    LimitRanges whose defaults /mutate applies and whose bounds
                         /validate enforces, in the same forms
  --tls-cert FILE        PEM certificate chain; with --tls-key, serve HTTPS
  --tls-key FILE         PEM private key
  --default-tolerations  /mutate also adds the not-ready and unreachable NoExecute
                         tolerations (300 s) to new pods, as DefaultTolerationSeconds does
  --allow-privileged     accept privileged and hostProcess containers: give it when the
                         API server runs with --allow-privileged=true (kubeadm, kind and
                         most distributions do; the API server's own default is false)
";

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Args {
    /// `--listen`.
    pub listen: SocketAddr,
    /// `--quotas`.
    pub quotas: Option<PathBuf>,
    /// `--limit-ranges`.
    pub limit_ranges: Option<PathBuf>,
    /// `--tls-cert` and `--tls-key`, given together.
    pub tls: Option<(PathBuf, PathBuf)>,
    /// `--default-tolerations`.
    pub default_tolerations: bool,
    /// `--allow-privileged`.
    pub allow_privileged: bool,
}

/// A command line that cannot be used.
#[derive(Debug, PartialEq, Eq)]
pub enum ArgsError {
    /// `--help` was asked for.
    Help,
    /// What is wrong.
    Invalid(String),
}

impl fmt::Display for ArgsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArgsError::Help => f.write_str(USAGE),
            ArgsError::Invalid(why) => write!(f, "{why}\n\n{USAGE}"),
        }
    }
}

impl std::error::Error for ArgsError {}

impl Args {
    /// Parses the arguments after the program name; `--flag value` and `--flag=value` both work.
    ///
    /// # Errors
    ///
    /// [`ArgsError::Help`] for `--help`, else [`ArgsError::Invalid`] saying which argument is
    /// wrong.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, ArgsError> {
        let invalid = |s: String| ArgsError::Invalid(s);
        let mut listen = None;
        let (mut quotas, mut limit_ranges, mut cert, mut key) = (None, None, None, None);
        let (mut default_tolerations, mut allow_privileged) = (false, false);
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
                _ => (arg.clone(), None),
            };
            match flag.as_str() {
                "-h" | "--help" => return Err(ArgsError::Help),
                "--default-tolerations" => {
                    default_tolerations = true;
                    continue;
                }
                "--allow-privileged" => {
                    allow_privileged = true;
                    continue;
                }
                "--listen" | "--quotas" | "--limit-ranges" | "--tls-cert" | "--tls-key" => {}
                _ => return Err(invalid(format!("unknown argument {arg:?}"))),
            }
            let value = inline
                .or_else(|| args.next())
                .ok_or_else(|| invalid(format!("{flag} needs a value")))?;
            match flag.as_str() {
                "--listen" => {
                    let addr = value.parse().map_err(|e| {
                        invalid(format!("--listen {value:?}: {e} (expected IP:PORT)"))
                    })?;
                    listen = Some(addr);
                }
                "--quotas" => quotas = Some(PathBuf::from(value)),
                "--limit-ranges" => limit_ranges = Some(PathBuf::from(value)),
                "--tls-cert" => cert = Some(PathBuf::from(value)),
                _ => key = Some(PathBuf::from(value)),
            }
        }
        let tls = match (cert, key) {
            (Some(c), Some(k)) => Some((c, k)),
            (None, None) => None,
            _ => return Err(invalid("--tls-cert and --tls-key go together".into())),
        };
        Ok(Args {
            listen: listen.unwrap_or(SocketAddr::from(([127, 0, 0, 1], 8443))),
            quotas,
            limit_ranges,
            tls,
            default_tolerations,
            allow_privileged,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Args, ArgsError> {
        Args::parse(args.iter().map(|s| (*s).to_owned()))
    }

    #[test]
    fn flags() {
        let a = parse(&[
            "--listen",
            "0.0.0.0:9443",
            "--quotas=q.json",
            "--default-tolerations",
            "--allow-privileged",
        ])
        .unwrap();
        assert_eq!(a.listen, "0.0.0.0:9443".parse().unwrap());
        assert_eq!(a.quotas, Some(PathBuf::from("q.json")));
        assert!(a.default_tolerations && a.tls.is_none() && a.limit_ranges.is_none());
        assert!(a.allow_privileged && !parse(&[]).unwrap().allow_privileged);
        assert_eq!(parse(&[]).unwrap().listen.port(), 8443);
        assert_eq!(parse(&["--help"]), Err(ArgsError::Help));
    }

    #[test]
    fn mistakes_are_named() {
        let message = |args: &[&str]| match parse(args) {
            Err(ArgsError::Invalid(m)) => m,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            message(&["--tls-cert", "c.pem"]),
            "--tls-cert and --tls-key go together"
        );
        assert_eq!(message(&["--quotas"]), "--quotas needs a value");
        assert_eq!(message(&["--port", "1"]), r#"unknown argument "--port""#);
        assert!(message(&["--listen", "localhost"]).starts_with(r#"--listen "localhost": "#));
    }
}
