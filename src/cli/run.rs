//! `cxassess` (the home screen) and `cxassess run`: hand the terminal to the runner, then say
//! where the answers are. Inside an engagement (`--engagement DIR`, or the current folder's)
//! and without `--out`, answers go into its layout; `--consensus` runs the consensus workshop.

use super::{Context, RunArgs, note};
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

/// `cxassess run`.
pub(super) fn run(ctx: Context, args: &RunArgs) -> Result<()> {
    let instrument = Instrument::load(&args.instrument)?;
    // Inside an engagement, without --out, the answers go into its layout and the roster gives
    // the respondent's role.
    let mut role = args.role.clone();
    let engagement = super::place::engagement(args.engagement.as_deref(), args.out.as_deref())?;
    if args.consensus {
        let Some(e) = engagement else {
            return Err(Error::Usage(crate::tr!(
                ctx.lang,
                "err-cli-consensus-outside"
            )));
        };
        for message in tui::consensus(&e.dir, &args.instrument, ctx.lang, ctx.plain)? {
            note(&message);
        }
        return Ok(());
    }
    let out = match (&args.out, engagement) {
        (Some(out), _) => Some(out.clone()),
        (None, Some(e)) => {
            let name = args
                .respondent
                .as_deref()
                .filter(|n| !n.trim().is_empty())
                .ok_or_else(|| super::place::needs_respondent(&e))?;
            role = super::place::role(&e, name, role.as_deref())?;
            // Its folder is made once the respondent is known to be asked something.
            Some(e.results_path(&instrument.id, name))
        }
        (None, None) => None,
    };
    let recorded = match &out {
        Some(out) => super::respondent::recorded_role(out, args.respondent.as_deref())?,
        None => None,
    };
    if let Some(out) = &out {
        super::respondent::check_recorded(
            out,
            args.respondent.as_deref().unwrap_or_default(),
            role.as_deref(),
            recorded.as_deref(),
        )?;
    }
    // A role with nothing to answer is refused before the runner writes anything.
    crate::audience::check_asked(&instrument, role.as_deref().or(recorded.as_deref()))?;
    if let (None, Some(dir)) = (&args.out, out.as_deref().and_then(std::path::Path::parent)) {
        std::fs::create_dir_all(dir).map_err(|err| Error::io(dir, err))?;
    }
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
