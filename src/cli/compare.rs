//! `cxassess diff` and `cxassess trend`: read the files, compare, print; `diff --fail-on-drop`
//! turns a drop into exit 3.

use std::path::Path;

use super::{Context, DiffArgs, TableFormat, TrendArgs, emit};
use crate::compare;
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::report::text::Painter;
use crate::response::{Results, read_results};

fn painter(format: TableFormat) -> Painter {
    Painter {
        color: super::color_wanted(None, format == TableFormat::Text),
    }
}

fn pretty(v: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}

/// `cxassess diff`.
pub(super) fn diff(ctx: Context, args: &DiffArgs) -> Result<()> {
    if let Some(p) = args.fail_on_drop {
        if !p.is_finite() || p < 0.0 {
            return Err(Error::Usage(format!(
                "--fail-on-drop {p}: give the largest drop you accept, in points, as a number ≥ 0 (e.g. --fail-on-drop 5)"
            )));
        }
    }
    let (old, old_inst): (Results, Instrument) = read_results(&args.old)?;
    let (new, new_inst): (Results, Instrument) = read_results(&args.new)?;
    compare::same_instrument((&args.old, &old_inst), (&args.new, &new_inst), "diff")?;
    let d = compare::diff::diff(
        &compare::diff::Side {
            file: args.old.display().to_string(),
            results: &old,
            instrument: &old_inst,
        },
        &compare::diff::Side {
            file: args.new.display().to_string(),
            results: &new,
            instrument: &new_inst,
        },
    );
    let lang = ctx.lang;
    let out = match args.format {
        TableFormat::Text => compare::diff::text(&d, lang, painter(args.format), args.fail_on_drop),
        TableFormat::Markdown => compare::diff::markdown(&d, lang, args.fail_on_drop),
        TableFormat::Json => pretty(&compare::diff::json(&d, lang, args.fail_on_drop)),
    };
    emit(None, &out)?;
    match args
        .fail_on_drop
        .and_then(|p| compare::diff::drop_message(&d, p, lang))
    {
        Some(message) => Err(Error::DropFound(message)),
        None => Ok(()),
    }
}

/// `cxassess trend`.
pub(super) fn trend(ctx: Context, args: &TrendArgs) -> Result<()> {
    let mut loaded: Vec<(&Path, Results, Instrument)> = Vec::new();
    for f in &args.files {
        let (results, inst) = read_results(f)?;
        if let Some((first, _, first_inst)) = loaded.first() {
            compare::same_instrument((first, first_inst), (f, &inst), "trend")?;
        }
        loaded.push((f, results, inst));
    }
    let t = compare::trend::trend(
        loaded
            .iter()
            .map(|(f, r, i)| (f.display().to_string(), r, i))
            .collect(),
    );
    let lang = ctx.lang;
    let out = match args.format {
        TableFormat::Text => compare::trend::text(&t, lang, painter(args.format)),
        TableFormat::Markdown => compare::trend::markdown(&t, lang),
        TableFormat::Json => pretty(&compare::trend::json(&t, lang)),
    };
    emit(None, &out)
}
