//! The extra columns of a row (`<question>.evidence`, `<question>.confidence`, `<question>.note`,
//! `<question>.na_reason`): read into the response, each problem at its row and column. The
//! evidence cell encoding is [`crate::response::evidence`]'s; a note or a reason is the cell's
//! text as written, a blank cell none.

use csv::ByteRecord;

use super::columns::{ExtraKind, Layout};
use super::place;
use super::stream::text;
use crate::error::Problem;
use crate::instrument::Instrument;
use crate::lang::messages;
use crate::response::evidence::parse_evidence_cell;
use crate::response::{Answer, Confidence, Response};
use crate::tr;

/// This row's answers, not yet moved into the response: per entry of
/// [`Layout::questions`], whether the question was answered and (if so) its answer.
pub(super) struct RowAnswers<'a> {
    pub answered: &'a [bool],
    pub fresh: &'a mut [Option<Answer>],
}

/// Reads the extra columns of `record` (row `row`) into `response`, replacing what an earlier
/// row left there, and N/A reasons into `answers`; problems go to `problems`. A note cell is put
/// before a note the row already has (an allocation's renormalisation).
pub(super) fn read(
    layout: &Layout,
    instrument: &Instrument,
    (file, row): (&str, u64),
    record: &ByteRecord,
    (response, answers): (&mut Response, RowAnswers<'_>),
    problems: &mut Vec<Problem>,
) {
    if !response.evidence.is_empty() {
        response.evidence.clear();
    }
    if !response.confidence.is_empty() {
        response.confidence.clear();
    }
    for &(column, question, what) in &layout.extras {
        let cell = text(record.get(column).unwrap_or_default());
        if cell.trim().is_empty() {
            continue;
        }
        let id = &instrument.questions[question].id;
        let bad =
            |what: String, fix: String| place(file, row, column, &layout.header(column), what, fix);
        match what {
            ExtraKind::Evidence => match parse_evidence_cell(cell) {
                Ok(list) => {
                    response.evidence.insert(id.clone(), list);
                }
                Err(what) => problems.push(bad(what, tr!(messages(), "err-csv-evidence-fix"))),
            },
            ExtraKind::Confidence => match Confidence::parse(cell) {
                Some(level) => {
                    response.confidence.insert(id.clone(), level);
                }
                None => problems.push(bad(
                    tr!(
                        messages(),
                        "err-csv-confidence",
                        value = super::cells::quote(cell)
                    ),
                    tr!(messages(), "err-csv-confidence-fix"),
                )),
            },
            ExtraKind::Note => {
                let note = match response.notes.remove(id) {
                    Some(noted) => format!("{cell}\n{noted}"),
                    None => cell.to_string(),
                };
                response.notes.insert(id.clone(), note);
            }
            ExtraKind::NaReason => {
                let answer = layout
                    .questions
                    .iter()
                    .position(|qc| qc.question == question)
                    .filter(|&pos| answers.answered[pos])
                    .and_then(|pos| answers.fresh[pos].as_mut());
                match answer {
                    Some(Answer::Na(reason)) => *reason = Some(cell.to_string()),
                    _ => problems.push(bad(
                        tr!(
                            messages(),
                            "err-csv-na-reason-not-na",
                            id = id.as_str(),
                            value = super::cells::quote(cell)
                        ),
                        tr!(messages(), "err-csv-na-reason-not-na-fix", id = id.as_str()),
                    )),
                }
            }
        }
    }
}
