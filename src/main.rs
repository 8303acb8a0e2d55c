//! The `cxassess` binary: parse arguments, run, map errors to exit codes (SPEC.md).

use std::ffi::OsString;
use std::io::Write as _;
use std::process::ExitCode;

use clap::FromArgMatches as _;
use cxassess::cli::help;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // The words of --help and of parse errors follow --lang, so it is read first.
    let lang = help::lang_from_args(&args);
    // Parsing says what it refuses (an unknown --lang value) in the language of messages.
    cxassess::lang::set_messages(lang);
    let parsed = help::command(lang)
        .try_get_matches_from(&args)
        .and_then(|m| cxassess::cli::Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let text = help::render_error(&e, lang);
            // Help and version are what was asked for (stdout, exit 0); errors go to stderr.
            if e.use_stderr() {
                let _ = std::io::stderr().lock().write_all(text.as_bytes());
                return ExitCode::from(2);
            }
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            return ExitCode::SUCCESS;
        }
    };
    let lang = cli.lang.unwrap_or(lang);
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
            cxassess::cli::note(&format!("{} {e}", cxassess::tr!(lang, "error-label")));
            ExitCode::from(e.exit_code())
        }
    }
}
