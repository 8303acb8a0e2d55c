//! `cxassess diff` and `cxassess trend`: read the files and engagement folders, form the waves
//! (the library plans them, [`super::load::merge`] merges each wave's files respondent first),
//! compare, write; `diff --fail-on-drop` turns a drop into exit 3.

use std::path::{Path, PathBuf};

use super::{Context, DiffArgs, ReportFormat, TrendArgs, emit, load, write_options};
use crate::compare::diff::document::{self as diff_doc, Options};
use crate::compare::diff::{self, Gate};
use crate::compare::trend::{self, document as trend_doc};
use crate::compare::waves::{self, Input, Planned, Pooled, Source, Wave};
use crate::engagement::{self, Engagement};
use crate::error::{Error, Result};
use crate::report::{Format, doc::Document, write};
use crate::response::read_results;

/// Writes `v` as pretty JSON and a line break to `out` (whole, atomically) or to stdout (as it
/// is serialised, through a buffer: a diff's JSON can be tens of megabytes).
fn write_json(out: Option<&Path>, v: &impl serde::Serialize) -> Result<()> {
    use std::io::Write as _;
    if let Some(path) = out {
        let mut bytes = serde_json::to_vec_pretty(v).map_err(|e| Error::io(path, e.into()))?;
        bytes.push(b'\n');
        return crate::response::write_atomic(path, &bytes);
    }
    let mut w = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    super::pretty::to_writer(&mut w, v)
        .map_err(std::io::Error::from)
        .and_then(|()| w.write_all(b"\n"))
        .and_then(|()| w.flush())
        .map_err(|e| Error::io("<stdout>", e))
}

fn source(path: &Path) -> Result<Source> {
    let (results, instrument) = read_results(path)?;
    Ok(Source {
        file: path.display().to_string(),
        results,
        instrument,
    })
}

/// Reads each argument: an engagement folder with its results files, or a results file.
fn read(inputs: &[PathBuf]) -> Result<Vec<Input>> {
    inputs.iter().map(|p| read_one(p)).collect()
}

/// Reads one argument: an engagement folder with its results files, or a results file.
fn read_one(p: &Path) -> Result<Input> {
    if !p.is_dir() {
        return Ok(Input::File(Box::new(source(p)?)));
    }
    if !p.join(engagement::FILE).is_file() {
        return Err(Error::Usage(crate::tr!(
            crate::lang::messages(),
            "err-cli-wave-not-engagement",
            dir = p.display().to_string(),
            file = engagement::FILE
        )));
    }
    let engagement = Engagement::load(p)?;
    let files = engagement
        .results_files()?
        .into_iter()
        .map(|(_, f)| source(&f))
        .collect::<Result<Vec<_>>>()?;
    Ok(Input::Folder {
        folder: p.display().to_string(),
        engagement: Box::new(engagement),
        files,
    })
}

/// Reads OLD and NEW at the same time, OLD on a thread of its own; an error in OLD is told
/// first, as if they had been read one after the other.
fn read_pair(old: &Path, new: &Path) -> Result<(Input, Input)> {
    let (old, new) = std::thread::scope(|s| {
        let old = s.spawn(|| read_one(old));
        let new = read_one(new);
        (
            old.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
            new,
        )
    });
    Ok((old?, new?))
}

/// A planned wave with its files merged instrument by instrument, respondent first. Two
/// versions of one instrument in one wave cannot be scored together: exit 2, naming them.
fn merged(p: Planned, complete_only: bool) -> Result<Wave> {
    let loaded = p
        .sources
        .into_iter()
        .map(|s| (s.file, s.results, s.instrument))
        .collect();
    let groups = load::merge(loaded)?;
    for (i, g) in groups.iter().enumerate() {
        if let Some(other) = groups[..i]
            .iter()
            .find(|o| o.instrument.id == g.instrument.id)
        {
            return Err(Error::Usage(crate::tr!(
                crate::lang::messages(),
                "err-cli-wave-versions",
                wave = p.info.label.as_str(),
                version = other.instrument.version.to_string(),
                id = g.instrument.id.as_str(),
                files = other.sources.join(", "),
                other_version = g.instrument.version.to_string(),
                other_files = g.sources.join(", ")
            )));
        }
    }
    Ok(Wave {
        info: p.info,
        engagement: p.engagement,
        instruments: groups
            .into_iter()
            .map(|g| Pooled::new(g.instrument, g.results, g.sources, complete_only))
            .collect(),
    })
}

/// The waves of `inputs`, in time order; with `complete_only`, without the responses that are
/// not complete.
fn waves_of(inputs: &[PathBuf], complete_only: bool) -> Result<Vec<Wave>> {
    waves::plan(read(inputs)?)
        .into_iter()
        .map(|p| merged(p, complete_only))
        .collect()
}

/// Writes `doc` (or `json`) in `format` to `out` or stdout.
fn write_out<J: serde::Serialize>(
    ctx: Context,
    format: ReportFormat,
    out: Option<&Path>,
    doc: impl FnOnce() -> Document,
    json: impl FnOnce() -> J,
) -> Result<()> {
    let format = Format::from(format);
    if format == Format::Json {
        return write_json(out, &json());
    }
    let options = write_options(ctx.lang, out, format == Format::Text);
    emit(out, &write::write(&doc(), format, options))
}

/// `cxassess diff`.
pub(super) fn diff(ctx: Context, args: &DiffArgs) -> Result<()> {
    if let Some(p) = args.fail_on_drop {
        if !p.is_finite() || p < 0.0 {
            return Err(Error::Usage(crate::tr!(
                ctx.lang,
                "err-cli-fail-on-drop",
                points = p.to_string()
            )));
        }
    }
    // Two arguments are OLD and NEW as given, each a wave of its own whatever its period (two
    // versions of one file compare); more files form waves by period, put in time order.
    let waves = if let [old, new] = args.inputs.as_slice() {
        let (old, new) = read_pair(old, new)?;
        waves::pair(old, new)
            .into_iter()
            .map(|p| merged(p, args.complete_only))
            .collect::<Result<Vec<_>>>()?
    } else {
        waves_of(&args.inputs, args.complete_only)?
    };
    if waves.len() != 2 {
        let labels: Vec<&str> = waves.iter().map(|w| w.info.label.as_str()).collect();
        return Err(Error::Usage(crate::tr!(
            ctx.lang,
            "err-cli-diff-two-waves",
            n = waves.len().to_string(),
            labels = labels.join(", ")
        )));
    }
    let lang = ctx.lang;
    let today = super::engagement::today();
    let d = diff::diff(
        &waves[0],
        &waves[1],
        args.instrument.as_deref(),
        &today,
        lang,
    )?;
    let gate = args.fail_on_drop.map(|points| Gate {
        points,
        significant: args.significant,
    });
    let options = Options {
        gate,
        verbose: args.verbose,
    };
    write_out(
        ctx,
        args.format,
        args.out.as_deref(),
        || diff_doc::document(&d, &options, lang),
        || diff::json::json(&d, gate, lang),
    )?;
    let outcome = match gate.and_then(|g| diff_doc::drop_message(&d, g, lang)) {
        Some(message) => Err(Error::DropFound(message)),
        None => Ok(()),
    };
    // The process ends here: two waves of tens of thousands of responses and their changes
    // are left for the system to take back at exit, not freed one allocation at a time.
    std::mem::forget(d);
    std::mem::forget(waves);
    outcome
}

/// `cxassess trend`.
pub(super) fn trend(ctx: Context, args: &TrendArgs) -> Result<()> {
    let waves = waves_of(&args.inputs, args.complete_only)?;
    let lang = ctx.lang;
    let set = trend::trend(&waves, args.instrument.as_deref(), lang)?;
    write_out(
        ctx,
        args.format,
        args.out.as_deref(),
        || trend_doc::document(&set, lang),
        || trend_doc::json(&set),
    )
}
