//! `cxassess` (the home screen) and `cxassess run`: hand the terminal to the runner, then say
//! where the answers are.

use super::{Context, RunArgs, note};
use crate::error::Result;
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
    let start = Start {
        instrument: args.instrument.clone(),
        out: args.out.clone(),
        who: Respondent {
            name: args.respondent.clone(),
            role: args.role.clone(),
            org: args.org.clone(),
        },
    };
    for message in tui::run(&start, ctx.lang, ctx.plain)? {
        note(&message);
    }
    Ok(())
}
