//! The `cxassess` binary: parse arguments, run, map errors to exit codes (SPEC.md).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match cxassess::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cxassess::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(cxassess::Error::Io { source, .. })
            if source.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            // `cxassess report … | head` is a normal use, not a failure.
            ExitCode::SUCCESS
        }
        // A failed gate (`diff --fail-on-drop`) has stated its verdict in the output already:
        // said once, not again on stderr.
        Err(e @ cxassess::Error::DropFound(_)) => ExitCode::from(e.exit_code()),
        Err(e) => {
            // Never a panic, even when stderr is a terminal that has gone away.
            cxassess::cli::note(&format!("error: {e}"));
            ExitCode::from(e.exit_code())
        }
    }
}
