//! The command line, at the edge of the program: [`args`] is what clap parses; one module per
//! command family loads the files, calls the library with plain values, picks the format and
//! writes the result. Nothing below this module imports it. Errors travel up as [`Error`];
//! `main` turns them into exit codes. Reports go to stdout; messages go to stderr.

mod agree;
mod args;
mod check;
mod compare;
mod engagement;
mod files;
pub mod help;
mod list;
mod load;
mod place;
mod pretty;
mod report;
mod respondent;
mod run;
mod wave;

use std::io::Write as _;
use std::path::Path;

pub use args::*;

use crate::error::{Error, Result};
use crate::lang::Lang;

/// Settings every command shares.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// Display language.
    pub lang: Lang,
    /// Plain line mode requested.
    pub plain: bool,
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let lang = cli.lang.unwrap_or_else(Lang::from_env);
    crate::lang::set_messages(lang);
    let ctx = Context {
        lang,
        plain: cli.plain || std::env::var_os("ACCESSIBLE").is_some_and(|v| !v.is_empty()),
    };
    match cli.command {
        None => run::home(ctx),
        Some(Command::List) => list::list(ctx),
        Some(Command::Run(a)) => run::run(ctx, &a),
        Some(Command::Fill(a)) => files::fill(&a),
        Some(Command::Report(a)) => report::report(ctx, &a),
        Some(Command::Diff(a)) => compare::diff(ctx, &a),
        Some(Command::Trend(a)) => compare::trend(ctx, &a),
        Some(Command::Import(a)) => files::import(&a),
        Some(Command::Export(a)) => files::export(&a),
        Some(Command::Validate(a)) => files::validate(&a),
        Some(Command::Template(a)) => files::template(&a),
        Some(Command::Demo(a)) => report::demo(ctx, &a),
        Some(Command::Init(a)) => engagement::init(&a),
        Some(Command::Status(a)) => engagement::status(ctx, &a),
        Some(Command::Agree(a)) => agree::agree(ctx, &a),
        Some(Command::Check(a)) => check::check(ctx, &a),
        Some(Command::Completions(a)) => completions(ctx.lang, a.shell),
        Some(Command::Man) => man(ctx.lang),
    }
}

/// `cxassess completions SHELL`: clap's generator over our own command line.
fn completions(lang: Lang, shell: clap_complete::Shell) -> Result<()> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut help::unwrapped(lang), "cxassess", &mut out);
    let mut script = String::from_utf8_lossy(&out).into_owned();
    // clap's fish, PowerShell and Elvish generators leave positional values out: offer the
    // built-in ids where a command takes an instrument (files are offered as the shell does).
    let ids = crate::instrument::builtin::ids();
    let commands = ["run", "fill", "import", "template", "demo"];
    match shell {
        clap_complete::Shell::Fish => {
            let ids = ids.join(" ");
            for cmd in commands {
                script.push_str(&format!(
                    "complete -c cxassess -n \"__fish_cxassess_using_subcommand {cmd}\" -a \"{ids}\"\n"
                ));
            }
        }
        clap_complete::Shell::PowerShell | clap_complete::Shell::Elvish => {
            let powershell = shell == clap_complete::Shell::PowerShell;
            for cmd in commands {
                let mut lines = String::new();
                for id in &ids {
                    lines.push_str("\n            ");
                    if powershell {
                        lines.push_str(&format!(
                            "[CompletionResult]::new('{id}', '{id}', [CompletionResultType]::ParameterValue, '{id}')"
                        ));
                    } else {
                        lines.push_str(&format!("cand {id} '{id}'"));
                    }
                }
                let block = if powershell {
                    format!("        'cxassess;{cmd}' {{")
                } else {
                    format!("        &'cxassess;{cmd}'= {{")
                };
                script = script.replacen(&block, &format!("{block}{lines}"), 1);
            }
        }
        _ => {}
    }
    emit(None, &script)
}

/// `cxassess man`: the roff man page — the program with its commands, then each command's
/// synopsis and options.
fn man(lang: Lang) -> Result<()> {
    use std::io::Write as _;
    let io = |e: std::io::Error| Error::io("<stdout>", e);
    let mut out = Vec::new();
    let cmd = help::unwrapped(lang);
    clap_mangen::Man::new(cmd.clone())
        .render(&mut out)
        .map_err(io)?;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let page = clap_mangen::Man::new(sub.clone());
        writeln!(out, ".SH \"CXASSESS {}\"", sub.get_name().to_uppercase()).map_err(io)?;
        if let Some(about) = sub.get_about() {
            writeln!(out, "{}", about.to_string().replace('\\', "\\\\")).map_err(io)?;
        }
        page.render_synopsis_section(&mut out).map_err(io)?;
        page.render_options_section(&mut out).map_err(io)?;
    }
    emit(None, &String::from_utf8_lossy(&out))
}

/// Writes `text` to `out`, or stdout when `None` (atomically when it is a file).
pub fn emit(out: Option<&Path>, text: &str) -> Result<()> {
    if let Some(path) = out {
        crate::response::write_atomic(path, text.as_bytes())
    } else {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
            .map_err(|e| Error::io("<stdout>", e))
    }
}

/// Writes data meant to be read back (CSV) to `out`, or to stdout when `None`. The rule: a file
/// or a pipe gets the bytes exactly, so `export > x.csv` round-trips through `import`; a
/// terminal is for eyes, and gets the text through [`crate::sanitize::terminal`], so an escape
/// sequence in a cell is shown as `\x1b`, never obeyed.
pub fn emit_data(out: Option<&Path>, text: &str) -> Result<()> {
    use std::io::IsTerminal as _;
    if out.is_none() && std::io::stdout().is_terminal() {
        emit(None, &crate::sanitize::terminal(text))
    } else {
        emit(out, text)
    }
}

/// A message for the person at the terminal, on stderr. A terminal that has gone away (a closed
/// window) or a closed pipe makes the write fail; that is no reason to panic, so it is ignored.
/// Messages quote paths and values from files, so they are shown through
/// [`crate::sanitize::terminal`]: an escape sequence in them is printed, never obeyed.
pub fn note(message: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{}", crate::sanitize::terminal(message));
    let _ = err.flush();
}

/// How to write text for stdout (or `out`): the terminal's width (`COLUMNS`, else the
/// terminal's size, else the default when stdout is not a terminal) and colour.
fn write_options(lang: Lang, out: Option<&Path>, text: bool) -> crate::report::write::Options {
    use std::io::IsTerminal;
    let terminal = out.is_none() && std::io::stdout().is_terminal();
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0);
    let width = columns
        .or_else(|| {
            terminal
                .then(crossterm::terminal::size)
                .and_then(Result::ok)
                .map(|(w, _)| usize::from(w))
        })
        .unwrap_or(crate::report::write::text::DEFAULT_WIDTH);
    crate::report::write::Options {
        lang,
        width,
        color: color_wanted(out, text),
    }
}

/// Whether coloured text should be written to stdout: text going to a terminal, and `NO_COLOR`
/// unset.
fn color_wanted(out: Option<&Path>, text: bool) -> bool {
    use std::io::IsTerminal;
    text && out.is_none()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::io::stdout().is_terminal()
}
