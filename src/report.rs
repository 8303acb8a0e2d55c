//! Reports.

use crate::cli::{Context, DemoArgs, ReportArgs};
use crate::error::{Error, Result};

/// `cxassess report`.
pub fn command(_ctx: Context, _args: &ReportArgs) -> Result<()> {
    Err(Error::Environment("report is being built".into()))
}

/// `cxassess demo`.
pub fn demo_command(_ctx: Context, _args: &DemoArgs) -> Result<()> {
    Err(Error::Environment("demo is being built".into()))
}

/// The scored summary the runner's completion screen shows: a few plain lines (no colour, no
/// markup), in `lang`.
pub fn summary_text(
    instrument: &crate::instrument::Instrument,
    responses: &[crate::response::Response],
    lang: crate::lang::Lang,
) -> String {
    let answered: usize = responses.iter().map(|r| r.answers.len()).sum();
    format!(
        "{}: {answered}/{}",
        lang.pick("Answers", "已答"),
        instrument.questions.len() * responses.len().max(1)
    )
}
