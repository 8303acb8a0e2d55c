//! `cxassess` (the home screen) and `cxassess run`: hand the terminal to the runner, then say
//! where the answers are. Inside an engagement (`--engagement DIR`, or the current folder's)
//! and without `--out`, answers go into its layout; `--consensus` runs the consensus workshop.

use std::path::PathBuf;

use super::{Context, RunArgs, note};
use crate::engagement::Engagement;
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::tui::{self, session::Respondent, session::Start};

/// `cxassess` with no command.
pub(super) fn home(ctx: Context) -> Result<()> {
    for message in tui::home(ctx.lang, ctx.plain)? {
        note(&message);
    }
    Ok(())
}

/// The role recorded for `respondent` in the results file at `out`, if the file exists and has
/// them.
fn recorded_role(out: &std::path::Path, respondent: Option<&str>) -> Result<Option<String>> {
    if !out.is_file() {
        return Ok(None);
    }
    let (results, _) = crate::response::read_results(out)?;
    let found = match respondent {
        Some(name) => results.responses.iter().find(|r| r.respondent == name),
        None => results.responses.iter().find(|r| !r.complete),
    };
    Ok(found.and_then(|r| r.role.clone()))
}

/// The engagement `run` answers in: `--engagement DIR`, else (without `--out`) the current
/// folder's or its nearest parent's.
fn engagement_of(args: &RunArgs) -> Result<Option<Engagement>> {
    let dir = match (&args.engagement, &args.out) {
        (Some(d), _) => Some(super::engagement::locate(Some(d))?),
        (None, None) => {
            let here = std::env::current_dir().map_err(|e| Error::io(".", e))?;
            Engagement::find(&here)
        }
        (None, Some(_)) => None,
    };
    dir.map(|d| Engagement::load(&d)).transpose()
}

/// Where a respondent's answers go inside engagement `e`: `<DIR>/<instrument>/<respondent>.yaml`.
fn layout_out(
    e: &Engagement,
    instrument: &Instrument,
    respondent: Option<&str>,
) -> Result<PathBuf> {
    let Some(name) = respondent.map(str::trim).filter(|n| !n.is_empty()) else {
        return Err(Error::Usage(format!(
            "inside the engagement {} answers go to {}/<respondent>.yaml: name who answers with --respondent NAME, or give --out FILE",
            e.dir.display(),
            e.instrument_dir(&instrument.id).display()
        )));
    };
    Ok(e.results_path(&instrument.id, name))
}

/// `cxassess run`.
pub(super) fn run(ctx: Context, args: &RunArgs) -> Result<()> {
    let instrument = Instrument::load(&args.instrument)?;
    let engagement = engagement_of(args)?;
    if args.consensus {
        let Some(e) = engagement else {
            return Err(Error::Usage(
                "run --consensus works inside an engagement: run it in the engagement folder (or below it), or give --engagement DIR".into(),
            ));
        };
        for message in tui::consensus(&e.dir, &args.instrument, ctx.lang, ctx.plain)? {
            note(&message);
        }
        return Ok(());
    }
    let out = match (&args.out, &engagement) {
        (Some(out), _) => Some(out.clone()),
        (None, Some(e)) => Some(layout_out(e, &instrument, args.respondent.as_deref())?),
        (None, None) => None,
    };
    let recorded = match &out {
        Some(out) => recorded_role(out, args.respondent.as_deref())?,
        None => None,
    };
    // A roster member's role, when neither --role nor the file says one.
    let rostered = engagement.as_ref().and_then(|e| {
        let member = e.member(args.respondent.as_deref()?)?;
        member.role.clone()
    });
    if let (Some(given), Some(recorded)) = (&args.role, &recorded) {
        if !given.trim().eq_ignore_ascii_case(recorded.trim()) {
            return Err(Error::Usage(format!(
                "--role {given} contradicts the role recorded for this respondent ({recorded}) in {}: leave out --role to resume, or use another --respondent",
                out.as_deref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default()
            )));
        }
    }
    let role = args
        .role
        .clone()
        .or_else(|| recorded.is_none().then_some(rostered).flatten());
    instrument.check_role(role.as_deref().or(recorded.as_deref()))?;
    let wave = super::wave::fields(
        out.as_deref(),
        args.org.as_deref(),
        args.period.as_deref(),
        args.date.as_deref(),
    )?;
    let start = Start {
        instrument: args.instrument.clone(),
        out,
        who: Respondent {
            name: args.respondent.clone(),
            role,
            org: wave.org,
        },
        period: wave.period,
        date: wave.date,
        from: args.from.clone(),
    };
    for message in tui::run(&start, ctx.lang, ctx.plain)? {
        note(&message);
    }
    Ok(())
}
