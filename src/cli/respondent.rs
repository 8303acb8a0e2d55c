//! A respondent's answers coming into a results file that may already hold them — the same rule
//! for `run`, `fill` and `import`: a role that contradicts the role recorded for the respondent is
//! refused (exit 2), and new answers to a recorded respondent are merged into what is recorded
//! (new values win question by question; nothing recorded is dropped).

use std::path::Path;

use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::response::{Response, Results};

/// The recorded response of `respondent` in `results` (without a name: the first incomplete one).
fn find<'a>(results: &'a Results, respondent: Option<&str>) -> Option<&'a Response> {
    match respondent {
        Some(name) => results.responses.iter().find(|r| r.respondent == name),
        None => results.responses.iter().find(|r| !r.complete),
    }
}

/// The role recorded for `respondent` in the results file at `out`, if the file exists and has
/// them (without a name: the role of the first incomplete response).
pub(super) fn recorded_role(out: &Path, respondent: Option<&str>) -> Result<Option<String>> {
    if !out.is_file() {
        return Ok(None);
    }
    let (results, _) = crate::response::read_results(out)?;
    Ok(find(&results, respondent).and_then(|r| r.role.clone()))
}

/// What is wrong and how to fix it when `given` contradicts the `recorded` role of `respondent`
/// in `file`; `None` when they agree (or either is missing).
pub(super) fn contradiction(
    file: &Path,
    respondent: &str,
    given: Option<&str>,
    recorded: Option<&str>,
) -> Option<(String, String)> {
    let (given, recorded) = (given?.trim(), recorded?.trim());
    if given.is_empty() || recorded.is_empty() || given.eq_ignore_ascii_case(recorded) {
        return None;
    }
    let lang = crate::lang::messages();
    Some((
        crate::tr!(
            lang,
            "err-cli-role-contradicts-recorded",
            given = given,
            respondent = respondent,
            recorded = recorded,
            file = file.display().to_string()
        ),
        crate::tr!(
            lang,
            "err-cli-role-contradicts-recorded-fix",
            recorded = recorded
        ),
    ))
}

/// Refuses (exit 2) a role `given` that contradicts the role recorded for `respondent` in `file`.
pub(super) fn check_recorded(
    file: &Path,
    respondent: &str,
    given: Option<&str>,
    recorded: Option<&str>,
) -> Result<()> {
    match contradiction(file, respondent, given, recorded) {
        Some((what, fix)) => Err(Error::Usage(crate::audience::with_fix(&what, &fix))),
        None => Ok(()),
    }
}

/// What merging changed in a recorded response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Changed {
    /// Answers added or given another value.
    pub answers: usize,
    /// Notes added or given another text.
    pub notes: usize,
}

/// Lays `new` over `recorded`: each answer, note, piece of evidence, confidence and field given
/// anew replaces the recorded one for its question; everything else recorded stays. The role is
/// kept unless the recorded response has none; `started` stays, `updated` is the new one. The
/// response is complete when it was, or when it now answers everything it must.
pub(super) fn merge(instrument: &Instrument, recorded: &mut Response, new: Response) -> Changed {
    let mut changed = Changed::default();
    if recorded.role.is_none() {
        recorded.role = new.role;
    }
    for (id, answer) in new.answers {
        if recorded.answers.get(&id) != Some(&answer) {
            changed.answers += 1;
            crate::response::carry::reassessed(recorded, &id);
            recorded.answers.insert(id, answer);
        }
    }
    for (id, note) in new.notes {
        if recorded.notes.get(&id) != Some(&note) {
            changed.notes += 1;
            recorded.notes.insert(id, note);
        }
    }
    recorded.evidence.extend(new.evidence);
    recorded.confidence.extend(new.confidence);
    recorded.fields.extend(new.fields);
    if recorded.started.is_none() {
        recorded.started = new.started;
    }
    if new.updated.is_some() {
        recorded.updated = new.updated;
    }
    recorded.complete = recorded.complete || crate::audience::is_complete(instrument, recorded);
    changed
}

/// Adds `new` to `results` (the file at `out`, read under its lock), merging it into the
/// respondent's recorded response when there is one; refuses a role that contradicts the
/// recorded one. Returns what changed for a recorded respondent, `None` for a new one.
pub(super) fn absorb(
    results: &mut Results,
    out: &Path,
    instrument: &Instrument,
    mut new: Response,
) -> Result<Option<Changed>> {
    let recorded = results
        .responses
        .iter_mut()
        .find(|r| r.respondent == new.respondent);
    if let Some(slot) = recorded {
        check_recorded(
            out,
            &new.respondent,
            new.role.as_deref(),
            slot.role.as_deref(),
        )?;
        return Ok(Some(merge(instrument, slot, new)));
    }
    new.complete = new.complete || crate::audience::is_complete(instrument, &new);
    results.responses.push(new);
    Ok(None)
}

/// Says on stderr what merging into a recorded respondent changed.
pub(super) fn say_updated(respondent: &str, out: &Path, changed: Changed) {
    super::note(&crate::tr!(
        crate::lang::messages(),
        "cli-updated",
        respondent = respondent,
        file = out.display().to_string(),
        answers = changed.answers.to_string(),
        notes = changed.notes.to_string()
    ));
}

#[cfg(test)]
mod tests;
