//! `cxassess check`: the open points of results files (or of an engagement folder's), as a
//! document or JSON; with `--strict`, exit 3 when there are any.

use super::{CheckArgs, Context, emit, load, write_options};
use crate::error::{Error, Result};
use crate::report::check::{FileOpenPoints, document, json};
use crate::report::{self, Format};
use crate::response::{self, open::open_points};

/// `cxassess check`.
pub(super) fn check(ctx: Context, args: &CheckArgs) -> Result<()> {
    let files = load::expand(&args.inputs)?;
    let mut read = Vec::with_capacity(files.len());
    for f in &files {
        let (results, instrument) = response::read_results(f)?;
        read.push((f.display().to_string(), results, instrument));
    }
    let found: Vec<FileOpenPoints<'_>> = read
        .iter()
        .map(|(file, results, instrument)| FileOpenPoints {
            file: file.clone(),
            instrument,
            points: results
                .responses
                .iter()
                .flat_map(|r| open_points(instrument, r))
                .collect(),
        })
        .collect();
    let format = Format::from(args.format);
    let text = if format == Format::Json {
        let mut s = serde_json::to_string_pretty(&json(&found)).unwrap_or_default();
        s.push('\n');
        s
    } else {
        let options = write_options(ctx.lang, None, format == Format::Text);
        report::write::write(&document(&found, ctx.lang), format, options)
    };
    emit(None, &text)?;
    let open: usize = found.iter().map(|f| f.points.len()).sum();
    if args.strict && open > 0 {
        return Err(Error::GateFailed(crate::tr!(
            ctx.lang,
            "err-cli-check-strict",
            open = open.to_string(),
            files = found
                .iter()
                .filter(|f| !f.points.is_empty())
                .count()
                .to_string(),
            total = found.len().to_string()
        )));
    }
    Ok(())
}
