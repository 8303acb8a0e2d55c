//! The evidence and confidence columns of a row (`<question>.evidence`, `<question>.confidence`):
//! read into the response, each problem at its row and column. The cell encoding is
//! [`crate::response::evidence`]'s.

use csv::ByteRecord;

use super::columns::{ExtraKind, Layout};
use super::place;
use super::stream::text;
use crate::error::Problem;
use crate::instrument::Instrument;
use crate::response::Confidence;
use crate::response::Response;
use crate::response::evidence::parse_evidence_cell;

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
        let bad = |what: String, fix: &str| {
            place(
                file,
                row,
                column,
                layout.header(column),
                what,
                fix.to_string(),
            )
        };
        match what {
            ExtraKind::Evidence => match parse_evidence_cell(cell) {
                Ok(list) => {
                    response.evidence.insert(id.clone(), list);
                }
                Err(what) => problems.push(bad(
                    what,
                    "write each piece as `supports: <ref>` or `contradicts: <ref>`, separated by \
                     ` | ` (a | inside a ref is written ||), or leave the cell empty",
                )),
            },
            ExtraKind::Confidence => match Confidence::parse(cell) {
                Some(level) => {
                    response.confidence.insert(id.clone(), level);
                }
                None => problems.push(bad(
                    format!("{} is not a confidence level", super::cells::quote(cell)),
                    "write low, medium or high, or leave the cell empty",
                )),
            },
        }
    }
}
