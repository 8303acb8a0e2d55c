//! The command line's own words in the user's language: every command's and flag's description,
//! the headings of `--help`, and clap's parse errors, from the catalogs (`locales/*/help.ftl`).
//!
//! The shape of the command line stays in [`super::args`] (clap's derive); [`command`] takes
//! that shape, builds it (so clap's own `--help`, `--version` and `help` exist), then replaces
//! every description with the catalog's: `help-cmd-<command>` for a command, `help-arg-<command>-
//! <flag>` for a flag (`help-arg-<flag>` for the global ones). Defaults and possible values are
//! written by us too, so `[default: …]` reads `[默认: …]` in Chinese. A test walks the whole
//! command tree: every command and flag has its message in every language, and no message is
//! left over from a flag that is gone.
//!
//! The language comes before the arguments are parsed: `--lang` if it is on the command line
//! ([`lang_from_args`]), else the environment.

use std::ffi::OsString;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory as _};

use super::Cli;
use crate::lang::Lang;
use crate::tr;

/// The `--lang` given in `args` (the program name first), if any and valid; otherwise the
/// environment's language. Stops at `--`, after which nothing is a flag.
pub fn lang_from_args(args: &[OsString]) -> Lang {
    let mut it = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(arg) = it.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--lang" {
            it.next()
        } else {
            arg.strip_prefix("--lang=")
        };
        if let Some(lang) = value.and_then(|v| v.parse::<Lang>().ok()) {
            return lang;
        }
    }
    Lang::from_env()
}

/// The whole command line with its words in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    // Building creates clap's `--help`, `--version` and `help` command and copies the global
    // flags into every command, so they can be worded like the rest.
    cmd.build();
    localize(cmd, &[], &Layout::new(lang))
}

/// The command line with its words in `lang` and no line breaks added: for the man page and
/// completion scripts, whose readers lay text out themselves.
pub fn unwrapped(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    localize(
        cmd,
        &[],
        &Layout {
            lang,
            width: usize::from(u16::MAX),
            annotate: false,
        },
    )
}

/// How the words are laid out: clap wraps text at spaces only, which Chinese has none of, so
/// text with wide characters is wrapped here (between any two of them, never before a closing
/// mark) and put on the line below its flag, where the room is known.
struct Layout {
    lang: Lang,
    /// The help's width: the terminal's (`COLUMNS`, else its size), at most 100 as clap has it.
    width: usize,
    /// Whether descriptions end with the default and the possible values (`--help` does;
    /// completion scripts and the man page list them their own way).
    annotate: bool,
}

/// How far clap indents a description that goes below its flag.
const NEXT_LINE_INDENT: usize = 10;

impl Layout {
    fn new(lang: Lang) -> Self {
        use std::io::IsTerminal as _;
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|c| *c > 0)
            .or_else(|| {
                std::io::stdout()
                    .is_terminal()
                    .then(crossterm::terminal::size)
                    .and_then(Result::ok)
                    .map(|(w, _)| usize::from(w))
            });
        Layout {
            lang,
            width: columns.unwrap_or(100).clamp(40, 100),
            annotate: true,
        }
    }
}

/// `text` wrapped to `width` columns when it holds wide characters; as it is otherwise (clap
/// wraps it).
fn wrap_wide(text: String, width: usize) -> String {
    if !has_wide(&text) {
        return text;
    }
    text.lines()
        .flat_map(|line| crate::report::text::wrap(line, width))
        .collect::<Vec<_>>()
        .join("\n")
}

fn has_wide(text: &str) -> bool {
    text.chars()
        .any(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(1) >= 2)
}

/// The catalog key of the command at `path` (empty: the program itself).
fn command_key(path: &[String]) -> String {
    // `help run` is the copy of `run` under clap's `help` command: same words.
    let path = match path {
        [first, rest @ ..] if first == "help" && !rest.is_empty() => rest,
        _ => path,
    };
    if path.is_empty() {
        "help-cmd".to_string()
    } else {
        format!("help-cmd-{}", path.join("-"))
    }
}

/// The catalog key of flag or argument `id` of the command at `path`.
fn arg_key(path: &[String], arg: &Arg) -> String {
    let id = arg.get_id().as_str().replace('_', "-");
    // Global flags, and clap's own --help and --version, read the same in every command.
    if arg.is_global_set() || id == "help" || id == "version" || path.is_empty() {
        format!("help-arg-{id}")
    } else {
        format!("help-arg-{}-{id}", path.join("-"))
    }
}

fn localize(mut cmd: Command, path: &[String], layout: &Layout) -> Command {
    let lang = layout.lang;
    let about = tr!(lang, &command_key(path));
    // Wide text goes below its flag or command, where it has the width less the indent.
    let wide = has_wide(&about);
    let below = layout.width - NEXT_LINE_INDENT;
    cmd = cmd
        .term_width(layout.width)
        .next_line_help(wide)
        .about(wrap_wide(about, below))
        .long_about(None::<&str>)
        .subcommand_help_heading(tr!(lang, "help-commands"))
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            tr!(lang, "help-usage")
        ));
    if path.is_empty() {
        cmd = cmd.after_help(wrap_wide(tr!(lang, "help-after"), layout.width));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_string())
        .collect();
    for id in ids {
        // `--plain` is global so it may come anywhere on the line, but only the home screen
        // and `run` have a line mode: elsewhere it is accepted and not offered.
        let offered = id != "plain" || path.is_empty() || path == ["run"];
        cmd = cmd.mut_arg(id, |a| localize_arg(a, path, layout).hide(!offered));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let mut sub_path = path.to_vec();
        sub_path.push(name.clone());
        cmd = cmd.mut_subcommand(name, |s| localize(s, &sub_path, layout));
    }
    cmd
}

fn localize_arg(arg: Arg, path: &[String], layout: &Layout) -> Arg {
    let lang = layout.lang;
    let mut help = tr!(lang, &arg_key(path, &arg));
    let values: Vec<String> = if !layout.annotate || arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        arg.get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect()
    };
    // A switch's default (`false`) says nothing; clap leaves it out too.
    let defaults: Vec<String> =
        if arg.is_hide_default_value_set() || !arg.get_action().takes_values() {
            Vec::new()
        } else {
            arg.get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect()
        };
    if !defaults.is_empty() {
        help.push_str(&format!(
            " [{}: {}]",
            tr!(lang, "help-default"),
            defaults.join(" ")
        ));
    }
    // Built-in ids and formats are listed; `--help` has the room for them.
    if !values.is_empty() {
        help.push_str(&format!(
            " [{}: {}]",
            tr!(lang, "help-possible-values"),
            values.join(", ")
        ));
    }
    let heading = if arg.is_positional() {
        tr!(lang, "help-arguments")
    } else {
        tr!(lang, "help-options")
    };
    let arg = arg
        .help(wrap_wide(help, layout.width - NEXT_LINE_INDENT))
        .long_help(None::<&str>)
        .help_heading(heading);
    if layout.annotate {
        arg.hide_default_value(true).hide_possible_values(true)
    } else {
        arg
    }
}

/// A parse error (or `--help`, `--version`) as the user sees it in `lang`. Help and version
/// come from [`command`]'s words already; errors are worded from the catalogs with clap's
/// context (the flag, the value, the suggestion, the usage line).
pub fn render_error(e: &clap::Error, lang: Lang) -> String {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let mut text = e.render().to_string();
            if !text.ends_with('\n') {
                text.push('\n');
            }
            return text;
        }
        _ => {}
    }
    let Some(message) = message(e, lang) else {
        // A kind without the context to word it (clap's I/O or format failures): clap's words.
        return e.render().to_string();
    };
    let mut out = format!("{} {message}", tr!(lang, "error-label"));
    let mut suggested = false;
    for (kind, what) in [
        (
            ContextKind::SuggestedSubcommand,
            "help-error-similar-command",
        ),
        (ContextKind::SuggestedArg, "help-error-similar-argument"),
        (ContextKind::SuggestedValue, "help-error-similar-value"),
    ] {
        if let Some(value) = e.get(kind) {
            out.push_str(if suggested { "\n" } else { "\n\n" });
            suggested = true;
            let similar = match value {
                ContextValue::Strings(v) => v.join("', '"),
                other => other.to_string(),
            };
            out.push_str(&format!("  {}", tr!(lang, what, similar = similar)));
        }
    }
    if let Some(ContextValue::StyledStrs(tips)) = e.get(ContextKind::Suggested) {
        if !suggested {
            out.push('\n');
        }
        for tip in tips {
            let tip = tip_text(&tip.to_string(), lang);
            out.push_str(&format!("\n  {} {tip}", tr!(lang, "help-error-tip")));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        out.push_str("\n\n");
        out.push_str(&usage_line(usage, lang));
    }
    out.push_str("\n\n");
    out.push_str(&tr!(lang, "help-error-more"));
    out.push('\n');
    out
}

/// One of clap's tips in `lang`: the forms clap words (clap_builder's `error/mod.rs`) are
/// read apart and said from the catalogs; any other tip is kept as clap says it.
fn tip_text(tip: &str, lang: Lang) -> String {
    if let Some((arg, fix)) = tip
        .strip_prefix("to pass '")
        .and_then(|t| t.strip_suffix('\''))
        .and_then(|t| t.split_once("' as a value, use '"))
    {
        return tr!(lang, "help-error-tip-as-value", arg = arg, fix = fix);
    }
    if let Some(sub) = tip
        .strip_prefix("subcommand '")
        .and_then(|t| t.strip_suffix("' exists; to use it, remove the '--' before it"))
    {
        return tr!(lang, "help-error-tip-remove-dashes", command = sub);
    }
    if let Some(what) = tip
        .strip_prefix('\'')
        .and_then(|t| t.strip_suffix("' exists"))
    {
        return tr!(lang, "help-error-tip-exists", what = what);
    }
    tip.to_string()
}

/// clap's usage line with our heading for its own.
fn usage_line(usage: &StyledStr, lang: Lang) -> String {
    let text = usage.to_string();
    match text.strip_prefix("Usage:") {
        Some(rest) => format!("{}{rest}", tr!(lang, "help-usage")),
        None => text,
    }
}

/// The error's sentence, or `None` when clap gave too little context to word it.
fn message(e: &clap::Error, lang: Lang) -> Option<String> {
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let list = |kind| match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    Some(match e.kind() {
        ErrorKind::InvalidValue => {
            let arg = arg?;
            let mut m = if let Some(value) = value.filter(|v| !v.is_empty()) {
                tr!(lang, "help-error-invalid-value", value = value, arg = arg)
            } else {
                tr!(lang, "help-error-value-required", arg = arg)
            };
            let valid = list(ContextKind::ValidValue);
            if !valid.is_empty() {
                m.push_str(&format!(
                    "\n  [{}: {}]",
                    tr!(lang, "help-possible-values"),
                    valid.join(", ")
                ));
            }
            m
        }
        ErrorKind::ValueValidation => {
            let (arg, value) = (arg?, value?);
            let mut m = tr!(lang, "help-error-invalid-value", value = value, arg = arg);
            if let Some(source) = std::error::Error::source(e) {
                m.push_str(&format!(": {source}"));
            }
            m
        }
        ErrorKind::UnknownArgument => tr!(lang, "help-error-unexpected-argument", arg = arg?),
        ErrorKind::InvalidSubcommand => tr!(
            lang,
            "help-error-unknown-command",
            command = text(ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::NoEquals => tr!(lang, "help-error-no-equals", arg = arg?),
        ErrorKind::MissingRequiredArgument => {
            let mut m = tr!(lang, "help-error-missing");
            for a in list(ContextKind::InvalidArg) {
                m.push_str(&format!("\n  {a}"));
            }
            m
        }
        ErrorKind::MissingSubcommand => tr!(
            lang,
            "help-error-missing-command",
            command = text(ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::ArgumentConflict => {
            let arg = arg?;
            let prior = list(ContextKind::PriorArg);
            if prior.is_empty() {
                tr!(lang, "help-error-repeated", arg = arg)
            } else {
                tr!(
                    lang,
                    "help-error-conflict",
                    arg = arg,
                    other = prior.join("', '")
                )
            }
        }
        ErrorKind::TooManyValues => tr!(lang, "help-error-too-many", value = value?, arg = arg?),
        ErrorKind::TooFewValues => tr!(
            lang,
            "help-error-too-few",
            arg = arg?,
            min = text(ContextKind::MinValues)?,
            given = text(ContextKind::ActualNumValues)?
        ),
        ErrorKind::WrongNumberOfValues => tr!(
            lang,
            "help-error-wrong-number",
            arg = arg?,
            want = text(ContextKind::ExpectedNumValues)?,
            given = text(ContextKind::ActualNumValues)?
        ),
        ErrorKind::InvalidUtf8 => tr!(lang, "help-error-utf8"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
