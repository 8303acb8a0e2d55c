//! The evidence and confidence columns of a row (`<question>.evidence`, `<question>.confidence`):
//! read into the response, each problem at its row and column. The cell encoding is
//! [`crate::response::evidence`]'s.

use csv::ByteRecord;

use super::columns::{ExtraKind, Layout};
use super::place;
use super::stream::text;
use crate::error::Problem;
use crate::instrument::Instrument;
use crate::lang::messages;
use crate::response::Confidence;
use crate::response::Response;
use crate::response::evidence::parse_evidence_cell;
use crate::tr;

/// Reads the extra columns of `record` (row `row`) into `response`, replacing what an earlier
/// row left there; problems go to `problems`.
pub(super) fn read(
    layout: &Layout,
    instrument: &Instrument,
    (file, row): (&str, u64),
    record: &ByteRecord,
    response: &mut Response,
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
        }
    }
}
