//! `cxassess agree`: agreement between raters on the 1–5 items of a pyramid or maturity
//! instrument, from an engagement folder or results files.

use std::path::{Path, PathBuf};

use super::load::{self, Merged};
use super::{AgreeArgs, Context, emit, write_options};
use crate::error::{Error, Result};
use crate::instrument::Kind;
use crate::report::doc::{Inline, Tone};
use crate::report::{self, Format};
use crate::score::agree::agreement;

/// `cxassess agree`.
pub(super) fn agree(ctx: Context, args: &AgreeArgs) -> Result<()> {
    let files = load::expand(&args.inputs)?;
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let mut groups: Vec<Merged> = load::groups(&paths)?
        .into_iter()
        .filter(|g| matches!(g.instrument.kind, Kind::Pyramid | Kind::Maturity))
        .collect();
    if let Some(wanted) = &args.instrument {
        groups.retain(|g| &g.instrument.id == wanted || g.sources.iter().any(|s| s == wanted));
    }
    let group = match groups.len() {
        1 => groups.remove(0),
        0 => {
            let inputs = args
                .inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ");
            return Err(Error::Usage(if let Some(id) = args.instrument.as_deref() {
                crate::tr!(
                    ctx.lang,
                    "err-cli-agree-no-ratings-for",
                    id = id,
                    inputs = inputs
                )
            } else {
                crate::tr!(ctx.lang, "err-cli-agree-no-ratings", inputs = inputs)
            }));
        }
        _ => {
            let ids: Vec<String> = groups.iter().map(|g| g.instrument.id.clone()).collect();
            return Err(Error::Usage(crate::tr!(
                ctx.lang,
                "err-cli-agree-several",
                ids = ids.join(&crate::tr!(ctx.lang, "err-cli-and")),
                first = ids[0].as_str()
            )));
        }
    };
    // Partial responses count and are said, as in `report`; --complete-only leaves them out.
    let mut responses = group.results.responses;
    let incomplete = responses.iter().filter(|r| !r.complete).count();
    if args.complete_only {
        responses.retain(|r| r.complete);
    }
    let (partial, left_out) = if args.complete_only {
        (0, incomplete)
    } else {
        (incomplete, 0)
    };
    let a = agreement(&group.instrument, &responses);
    let format = Format::from(args.format);
    let text = if format == Format::Json {
        let mut json = report::agree::json(&a);
        if let serde_json::Value::Object(m) = &mut json {
            m.insert("partial".into(), partial.into());
            m.insert("partial_left_out".into(), left_out.into());
        }
        let mut s = serde_json::to_string_pretty(&json).unwrap_or_default();
        s.push('\n');
        s
    } else {
        let options = write_options(ctx.lang, None, format == Format::Text);
        let mut doc = report::agree::document(&group.instrument, &a, ctx.lang);
        let said = if partial > 0 {
            Some(crate::tr!(
                ctx.lang,
                "report-partial",
                partial = partial,
                n = responses.len()
            ))
        } else {
            (left_out > 0).then(|| crate::tr!(ctx.lang, "compare-partial-left-out", n = left_out))
        };
        if let Some(said) = said {
            doc.meta.push(Inline::toned(said, Tone::Warn));
        }
        report::write::write(&doc, format, options)
    };
    emit(None, &text)
}
