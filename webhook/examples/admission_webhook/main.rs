//! An admission webhook: `cargo run --example admission_webhook -- --listen 127.0.0.1:8443`
//! (`--help` lists the options). The work is in the `kube-primitives-webhook` library.

use kube_primitives_webhook::{Args, ArgsError};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(ArgsError::Help) => {
            print!("{}", kube_primitives_webhook::args::USAGE);
            return std::process::ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("{e}");
            return std::process::ExitCode::from(2);
        }
    };
    match kube_primitives_webhook::run(args).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("admission_webhook: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
