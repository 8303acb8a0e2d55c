//! `cxassess init` and `cxassess status`: start an engagement folder, and show who has answered
//! what in one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{Context, InitArgs, StatusArgs, TableFormat, emit, note, write_options};
use crate::engagement::{self, Engagement};
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::lang::messages;
use crate::report::{self, Format};
use crate::response;

/// The engagement folder: `dir` when given (it must hold an engagement.yaml), else the current
/// folder or its nearest parent with one.
pub(super) fn locate(dir: Option<&Path>) -> Result<PathBuf> {
    if let Some(d) = dir {
        return if d.join(engagement::FILE).is_file() {
            Ok(d.to_path_buf())
        } else {
            Err(Error::Usage(crate::tr!(
                messages(),
                "err-cli-not-engagement",
                dir = d.display().to_string(),
                file = engagement::FILE
            )))
        };
    }
    let here = std::env::current_dir().map_err(|e| Error::io(".", e))?;
    Engagement::find(&here).ok_or_else(|| {
        Error::Usage(crate::tr!(
            messages(),
            "err-cli-not-inside-engagement",
            dir = here.display().to_string(),
            file = engagement::FILE
        ))
    })
}

/// `cxassess init`.
pub(super) fn init(args: &InitArgs) -> Result<()> {
    if let Some(d) = &args.date {
        if !engagement::parse::is_date(d) {
            return Err(Error::Usage(crate::tr!(
                messages(),
                "err-cli-date",
                date = d.as_str()
            )));
        }
    }
    if args.client.trim().is_empty() {
        return Err(Error::Usage(crate::tr!(messages(), "err-cli-client-empty")));
    }
    let file = args.dir.join(engagement::FILE);
    if file.exists() {
        return Err(Error::Usage(crate::tr!(
            messages(),
            "err-cli-engagement-exists",
            file = file.display().to_string()
        )));
    }
    std::fs::create_dir_all(&args.dir).map_err(|e| Error::io(&args.dir, e))?;
    let text = Engagement::new_file(&args.client, args.period.as_deref(), args.date.as_deref());
    response::write_atomic(&file, text.as_bytes())?;
    note(&crate::tr!(
        messages(),
        "cli-engagement-started",
        dir = args.dir.display().to_string()
    ));
    Ok(())
}

/// Today, YYYY-MM-DD (`CXASSESS_TODAY` overrides it, for tests and for looking back).
pub(super) fn today() -> String {
    std::env::var("CXASSESS_TODAY")
        .ok()
        .filter(|d| engagement::parse::is_date(d))
        .unwrap_or_else(|| jiff::Zoned::now().date().to_string())
}

/// The engagement's instruments by id, loaded (built-in ids, or paths relative to its folder).
pub(super) fn instruments(e: &Engagement) -> Result<BTreeMap<String, Instrument>> {
    let mut out = BTreeMap::new();
    let mut ids: Vec<&String> = e.instruments.iter().collect();
    for m in &e.roster {
        ids.extend(&m.instruments);
    }
    for id in ids {
        if out.contains_key(id) {
            continue;
        }
        let spec = if crate::instrument::builtin::ids().contains(&id.as_str()) {
            id.clone()
        } else {
            e.dir.join(id).display().to_string()
        };
        out.insert(id.clone(), Instrument::load(&spec)?);
    }
    Ok(out)
}

/// `cxassess status`.
pub(super) fn status(ctx: Context, args: &StatusArgs) -> Result<()> {
    let dir = locate(args.dir.as_deref())?;
    let e = Engagement::load(&dir)?;
    let instruments = instruments(&e)?;
    let mut files = Vec::new();
    for (_, path) in e.results_files()? {
        files.push(response::read_results(&path)?);
    }
    let status = engagement::status::status(&e, &files, &instruments, &today());
    match args.format {
        TableFormat::Json => {
            let mut text = serde_json::to_string_pretty(&status).unwrap_or_else(|_| "{}".into());
            text.push('\n');
            emit(None, &text)
        }
        f => {
            let format = Format::from(f);
            let options = write_options(ctx.lang, None, format == Format::Text);
            emit(
                None,
                &report::write::write(
                    &report::status::document(&status, ctx.lang),
                    format,
                    options,
                ),
            )
        }
    }
}
