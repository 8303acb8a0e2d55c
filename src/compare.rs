//! Diff and trend: results files compared over time. [`figures`] extracts the headline figures of
//! any scored result (every kind), [`diff`] compares two files figure by figure and answer by
//! answer, [`trend`] lines up many files in time order. Pure functions from results to plain data
//! and text; the two commands at the bottom read the files and print.

pub mod diff;
pub mod figures;
pub mod trend;

use std::io::IsTerminal as _;
use std::path::Path;

use crate::cli::{Context, DiffArgs, TableFormat, TrendArgs};
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::report::text::Painter;
use crate::response::{Results, read_results};

fn painter(format: TableFormat) -> Painter {
    Painter {
        color: format == TableFormat::Text
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::io::stdout().is_terminal(),
    }
}

fn pretty(v: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}

fn same_instrument(
    first: (&Path, &Instrument),
    other: (&Path, &Instrument),
    what: &str,
) -> Result<()> {
    if first.1.id == other.1.id {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "{} is for '{}' but {} is for '{}': {what} compares results of one instrument",
        first.0.display(),
        first.1.id,
        other.0.display(),
        other.1.id
    )))
}

/// `cxassess diff`.
pub fn diff_command(ctx: Context, args: &DiffArgs) -> Result<()> {
    if let Some(p) = args.fail_on_drop {
        if !p.is_finite() || p < 0.0 {
            return Err(Error::Usage(format!(
                "--fail-on-drop {p}: give the largest drop you accept, in points, as a number ≥ 0 (e.g. --fail-on-drop 5)"
            )));
        }
    }
    let (old, old_inst): (Results, Instrument) = read_results(&args.old)?;
    let (new, new_inst): (Results, Instrument) = read_results(&args.new)?;
    same_instrument((&args.old, &old_inst), (&args.new, &new_inst), "diff")?;
    let d = diff::diff(
        &diff::Side {
            file: args.old.display().to_string(),
            results: &old,
            instrument: &old_inst,
        },
        &diff::Side {
            file: args.new.display().to_string(),
            results: &new,
            instrument: &new_inst,
        },
    );
    let lang = ctx.lang;
    let out = match args.format {
        TableFormat::Text => diff::text(&d, lang, painter(args.format), args.fail_on_drop),
        TableFormat::Markdown => diff::markdown(&d, lang, args.fail_on_drop),
        TableFormat::Json => pretty(&diff::json(&d, lang, args.fail_on_drop)),
    };
    crate::cli::emit(None, &out)?;
    match args
        .fail_on_drop
        .and_then(|p| diff::drop_message(&d, p, lang))
    {
        Some(message) => Err(Error::DropFound(message)),
        None => Ok(()),
    }
}

/// `cxassess trend`.
pub fn trend_command(ctx: Context, args: &TrendArgs) -> Result<()> {
    let mut loaded: Vec<(&Path, Results, Instrument)> = Vec::new();
    for f in &args.files {
        let (results, inst) = read_results(f)?;
        if let Some((first, _, first_inst)) = loaded.first() {
            same_instrument((first, first_inst), (f, &inst), "trend")?;
        }
        loaded.push((f, results, inst));
    }
    let t = trend::trend(
        loaded
            .iter()
            .map(|(f, r, i)| (f.display().to_string(), r, i))
            .collect(),
    );
    let lang = ctx.lang;
    let out = match args.format {
        TableFormat::Text => trend::text(&t, lang, painter(args.format)),
        TableFormat::Markdown => trend::markdown(&t, lang),
        TableFormat::Json => pretty(&trend::json(&t, lang)),
    };
    crate::cli::emit(None, &out)
}
